"""What the sandbox holds: jobs and profiles in SQLite, per-key accounts, boards and sources, files, one app's state.

Each `X-API-KEY` is an account that sees only its own objects: the app puts the
request's account in `current_account`, and the store scopes every namespace (board,
source) lookup to it, so any route touching the store is isolated for free. The key
itself is never stored: accounts are named by a SHA-256 digest of it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from hrflow_sandbox.config import SandboxConfig
from hrflow_sandbox.faults import FaultPlan
from hrflow_sandbox.spec import spec_operations
from hrflow_sandbox.webhooks import WebhookSender, WebhookTarget

Kind = Literal["job", "profile"]

CONTAINER: dict[Kind, str] = {"job": "board", "profile": "source"}
"""What holds each kind: jobs live in boards, profiles in sources."""


def now() -> str:
    """The current UTC time, formatted with a `+0000` offset (no colon), as the service does."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


def new_key() -> str:
    """A fresh object key: 40 lowercase hexadecimal characters."""
    return secrets.token_hex(20)


# ---- accounts ----------------------------------------------------------------

current_account: ContextVar[str | None] = ContextVar("hrflow_sandbox_account", default=None)
"""The account of the request being served; `None` (control API without a key, or
direct use of the store) reads every account and writes to the anonymous one."""


def account_of(api_key: str) -> str:
    """The account name of a key: its SHA-256 digest, so the store never holds keys."""
    return hashlib.sha256(api_key.encode("utf-8", "surrogateescape")).hexdigest()


@contextmanager
def scoped(account: str | None) -> Iterator[None]:
    """Run the block as `account` (`None`: unscoped)."""
    token = current_account.set(account)
    try:
        yield
    finally:
        current_account.reset(token)


ANONYMOUS = ""
"""The account of objects written without one (direct use of the store)."""


def _account() -> str:
    """The account writes go to: the request's, or the anonymous one outside requests."""
    account = current_account.get()
    return ANONYMOUS if account is None else account


# ---- objects -----------------------------------------------------------------

_TABLES: dict[Kind, str] = {"job": "jobs", "profile": "profiles"}

_SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS namespaces (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account TEXT NOT NULL,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    UNIQUE (account, kind, key)
);
""" + "".join(
    f"""
CREATE TABLE IF NOT EXISTS {table} (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    namespace_id INTEGER NOT NULL REFERENCES namespaces (id),
    key TEXT NOT NULL UNIQUE,
    reference TEXT,
    fields TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (namespace_id, reference)
);
"""
    for table in _TABLES.values()
)


# What a read can look an object up by, as SQL over the stored row.
_LOOKUP_COLUMNS = {
    "key": "o.key",
    "reference": "o.reference",
    "email": "json_extract(o.fields, '$.info.email')",
}


class StoreError(Exception):
    """The database cannot be used (e.g. written by an older, unisolated sandbox)."""


class ReferenceTaken(Exception):
    """The reference is already used by another object of the namespace."""


class UnknownObject(Exception):
    """No object has this key in this namespace."""


@dataclass(frozen=True, slots=True)
class StoredObject:
    """A job or profile as stored: server-set fields plus the fields as written."""

    kind: Kind
    id: int
    key: str
    namespace: str
    namespace_id: int
    fields: dict[str, Any]
    created_at: str
    updated_at: str


class Store:
    """Jobs namespaced by board key, profiles by source key, namespaces by account.

    Objects are reached only through `_namespace_id` (lookups and writes) and `_select`
    (reads), which both filter by the current account: a new query must go through
    them, or filter on `namespaces.account` itself, to stay isolated.

    Every method takes one lock and runs one transaction, so calls from the event
    loop and from other threads never interleave.
    """

    def __init__(self, db_path: str | os.PathLike[str] | None = None) -> None:
        self._lock = threading.RLock()
        target = ":memory:" if db_path is None else os.fspath(db_path)
        try:
            self._db = sqlite3.connect(target, check_same_thread=False)
            if db_path is not None:
                # WAL with synchronous=NORMAL: a commit is in the OS's hands before the
                # answer goes out, so it survives the process being killed (not a power cut).
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
            version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
            tables = int(self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        except sqlite3.Error as error:
            raise StoreError(f"cannot use {target} as the sandbox's database: {error}") from None
        if tables and version != _SCHEMA_VERSION:
            self._db.close()
            raise StoreError(
                f"{target} was written by another version of hrflow-sandbox"
                f" (schema {version}, expected {_SCHEMA_VERSION}); remove it or use another file"
            )
        with self._lock, self._db:
            self._db.executescript(_SCHEMA)
            self._db.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()

    def create(
        self, kind: Kind, namespace: str, reference: str | None, fields: dict[str, Any]
    ) -> StoredObject:
        """Store a new object; raise `ReferenceTaken` if `reference` is in use."""
        table = _TABLES[kind]
        stamp = now()
        with self._lock, self._db:
            namespace_id = self._namespace_id(kind, namespace, create=True)
            assert namespace_id is not None
            if reference is not None and self._id_by_reference(table, namespace_id, reference):
                raise ReferenceTaken(reference)
            key = new_key()
            cursor = self._db.execute(
                f"INSERT INTO {table} (namespace_id, key, reference, fields, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (namespace_id, key, reference, json.dumps(fields), stamp, stamp),
            )
            assert cursor.lastrowid is not None
            return StoredObject(
                kind, cursor.lastrowid, key, namespace, namespace_id, fields, stamp, stamp
            )

    def edit(
        self, kind: Kind, namespace: str, key: str, reference: str | None, fields: dict[str, Any]
    ) -> StoredObject:
        """Replace an object's fields, keeping its id, key and creation time.

        Raise `UnknownObject` if the key is not in the namespace, `ReferenceTaken` if
        another object of the namespace uses `reference`.
        """
        table = _TABLES[kind]
        with self._lock, self._db:
            namespace_id = self._namespace_id(kind, namespace, create=False)
            row = None
            if namespace_id is not None:
                row = self._db.execute(
                    f"SELECT id, created_at FROM {table} WHERE namespace_id = ? AND key = ?",
                    (namespace_id, key),
                ).fetchone()
            if namespace_id is None or row is None:
                raise UnknownObject(key)
            object_id, created_at = int(row[0]), str(row[1])
            if reference is not None:
                holder = self._id_by_reference(table, namespace_id, reference)
                if holder is not None and holder != object_id:
                    raise ReferenceTaken(reference)
            stamp = now()
            self._db.execute(
                f"UPDATE {table} SET reference = ?, fields = ?, updated_at = ? WHERE id = ?",
                (reference, json.dumps(fields), stamp, object_id),
            )
            return StoredObject(
                kind, object_id, key, namespace, namespace_id, fields, created_at, stamp
            )

    def get(self, kind: Kind, namespace: str, *, by: str, value: str) -> StoredObject | None:
        """The object of the namespace whose `by` (`key`, `reference` or `email`) is `value`.

        `email` is the profile's `info.email`; when several profiles share it, the
        first created is answered.
        """
        with self._lock:
            rows = self._select(
                kind, f"n.key = ? AND {_LOOKUP_COLUMNS[by]} = ?", (namespace, value)
            )
        return rows[0] if rows else None

    def all(self, kind: Kind) -> list[StoredObject]:
        """Every stored object of a kind (of the current account, if any), in creation order."""
        with self._lock:
            return self._select(kind, "1 = 1", ())

    def clear(self) -> None:
        """Forget every object and namespace of every account, and restart ids at 1."""
        with self._lock, self._db:
            for table in (*_TABLES.values(), "namespaces"):
                self._db.execute(f"DELETE FROM {table}")
            self._db.execute("DELETE FROM sqlite_sequence")

    def namespaces(self, kind: Kind) -> list[tuple[int, str]]:
        """`(id, key)` of every board (jobs) or source (profiles) of the current account
        (of every account outside requests), in creation order."""
        account = current_account.get()
        where, params = (
            ("kind = ?", (kind,))
            if account is None
            else (
                "kind = ? AND account = ?",
                (kind, account),
            )
        )
        with self._lock:
            rows = self._db.execute(
                f"SELECT id, key FROM namespaces WHERE {where} ORDER BY id", params
            ).fetchall()
        return [(int(row[0]), str(row[1])) for row in rows]

    def ensure_namespace(self, kind: Kind, namespace: str) -> int:
        """The id of a board or source, created if it does not exist yet."""
        with self._lock, self._db:
            namespace_id = self._namespace_id(kind, namespace, create=True)
        assert namespace_id is not None
        return namespace_id

    def in_namespace(self, kind: Kind, namespace: str) -> list[StoredObject]:
        """Every object of one board or source, in creation order."""
        with self._lock:
            return self._select(kind, "n.key = ?", (namespace,))

    def _select(self, kind: Kind, where: str, params: tuple[Any, ...]) -> list[StoredObject]:
        account = current_account.get()
        if account is not None:
            where, params = f"n.account = ? AND ({where})", (account, *params)
        rows = self._db.execute(
            "SELECT o.id, o.key, n.key, n.id, o.fields, o.created_at, o.updated_at"
            f" FROM {_TABLES[kind]} AS o JOIN namespaces AS n ON n.id = o.namespace_id"
            f" WHERE {where} ORDER BY o.id",
            params,
        ).fetchall()
        return [
            StoredObject(kind, int(r[0]), r[1], r[2], int(r[3]), json.loads(r[4]), r[5], r[6])
            for r in rows
        ]

    def _namespace_id(self, kind: Kind, namespace: str, *, create: bool) -> int | None:
        account = _account()
        row = self._db.execute(
            "SELECT id FROM namespaces WHERE account = ? AND kind = ? AND key = ?",
            (account, kind, namespace),
        ).fetchone()
        if row is not None:
            return int(row[0])
        if not create:
            return None
        cursor = self._db.execute(
            "INSERT INTO namespaces (account, kind, key) VALUES (?, ?, ?)",
            (account, kind, namespace),
        )
        return cursor.lastrowid

    def _id_by_reference(self, table: str, namespace_id: int, reference: str) -> int | None:
        row = self._db.execute(
            f"SELECT id FROM {table} WHERE namespace_id = ? AND reference = ?",
            (namespace_id, reference),
        ).fetchone()
        return None if row is None else int(row[0])


# ---- how objects are stored and read back ------------------------------------

# Fields the server sets: a value written for them is dropped (as the docs' examples
# show for `created_at`) and the server's own is returned.
SERVER_FIELDS: dict[Kind, frozenset[str]] = {
    "job": frozenset({"board_key", "id", "key", "board", "created_at", "updated_at"}),
    "profile": frozenset({"source_key", "id", "key", "source", "created_at", "updated_at"}),
}

# What a read answers for fields that were never written (the docs' read examples).
_JOB_DEFAULTS: dict[str, Any] = {
    "sections": [],
    "skills": [],
    "languages": [],
    "tags": [],
    "ranges_float": [],
    "ranges_date": [],
    "metadatas": [],
    "status": True,
    "archive": False,
}
_PROFILE_DEFAULTS: dict[str, Any] = {"archive": None}

_DATED_LISTS = ("experiences", "educations")
_DATE_FIELDS = ("date_start", "date_end")
_KEY = re.compile(r"[0-9a-f]{40}")


def stored_fields(kind: Kind, body: dict[str, Any]) -> dict[str, Any]:
    """The fields of a validated write body as they are stored and read back.

    Server-set fields are dropped. Profile experiences and educations get a `key`
    (a well-formed one the client sends back is kept) and their `{"iso8601": X}`
    dates become the plain string X.
    """
    fields = {name: value for name, value in body.items() if name not in SERVER_FIELDS[kind]}
    if kind == "profile":
        for name in _DATED_LISTS:
            items = fields.get(name)
            if isinstance(items, list):
                fields[name] = [_reshape_dated(item) for item in items]
    return fields


def _reshape_dated(item: Any) -> Any:
    if not isinstance(item, dict):
        return item
    key = item.get("key")
    reshaped: dict[str, Any] = {
        "key": key if isinstance(key, str) and _KEY.fullmatch(key) else new_key()
    }
    reshaped.update((name, value) for name, value in item.items() if name != "key")
    for name in _DATE_FIELDS:
        value = reshaped.get(name)
        if isinstance(value, dict) and "iso8601" in value:
            reshaped[name] = value["iso8601"]
    return reshaped


def read_shape(obj: StoredObject) -> dict[str, Any]:
    """The object as a read answers it: server-set fields, written fields, defaults."""
    data: dict[str, Any] = {"id": obj.id, "key": obj.key, "reference": None}
    data.update(obj.fields)
    for name, value in (_JOB_DEFAULTS if obj.kind == "job" else _PROFILE_DEFAULTS).items():
        data.setdefault(name, _fresh(value))
    container = CONTAINER[obj.kind]
    data[container] = {
        "id": obj.namespace_id,
        "key": obj.namespace,
        "name": f"Sandbox {container} {obj.namespace_id}",
        "type": "api",
        "subtype": "http_api",
    }
    data["created_at"] = obj.created_at
    data["updated_at"] = obj.updated_at
    return data


def _fresh(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


# ---- boards and sources ------------------------------------------------------


@dataclass(slots=True)
class NamespaceInfo:
    """What a seeded board or source was given: a name and a description."""

    name: str | None
    description: str | None
    created_at: str = field(default_factory=now)


class Namespaces:
    """Names of seeded boards and sources, and how they are read back.

    A namespace row in the store is the board or source (of one account); names and
    descriptions seeded through the control API are kept here by that row's id (in
    memory), everything else is derived.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._info: dict[int, NamespaceInfo] = {}

    def seed(self, namespace_id: int, name: str | None, description: str | None) -> None:
        """Remember a board's or source's name (the store row is created by the caller)."""
        with self._lock:
            self._info[namespace_id] = NamespaceInfo(name, description)

    def clear(self) -> None:
        """Forget every seeded name."""
        with self._lock:
            self._info.clear()

    def describe(
        self, kind: Kind, namespace_id: int, key: str, objects: list[StoredObject]
    ) -> dict[str, Any]:
        """The board or source as GET /board(s) and /source(s) answer it."""
        with self._lock:
            info = self._info.get(namespace_id)
        noun = CONTAINER[kind]
        stamps = sorted(obj.created_at for obj in objects)
        created = info.created_at if info is not None else (stamps[0] if stamps else now())
        data: dict[str, Any] = {
            "id": namespace_id,
            "key": key,
            "name": info.name
            if info is not None and info.name
            else f"Sandbox {noun} {namespace_id}",
            "description": info.description if info is not None else None,
            "type": "api",
            "subtype": "http_api",
            "environment": "sandbox",
            "status": True,
            "archive": None,
            "members": [],
            "user": None,
            "stats": {"size": str(len(objects))},
            "created_at": created,
            "updated_at": max([created, *(obj.updated_at for obj in objects)]),
        }
        if kind == "profile":
            data.update(private=True, notification=False, consent=None, consent_url=None)
        return data


# ---- uploaded files ----------------------------------------------------------


class Documents:
    """Uploaded files by their attachment's `alt`, and the parsing made from each, by profile key (in memory)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._parsings: dict[str, dict[str, Any]] = {}
        self._files: dict[str, bytes] = {}

    def keep(self, profile_key: str, parsing: dict[str, Any], alt: str, content: bytes) -> None:
        """Remember a profile's parsing and the file it came from (under `alt`)."""
        with self._lock:
            self._parsings[profile_key] = parsing
            self._files[alt] = content

    def parsing(self, profile_key: str) -> dict[str, Any] | None:
        with self._lock:
            return self._parsings.get(profile_key)

    def file(self, alt: str) -> bytes | None:
        with self._lock:
            return self._files.get(alt)

    def clear(self) -> None:
        with self._lock:
            self._parsings.clear()
            self._files.clear()


# ---- one app's state ---------------------------------------------------------


class SandboxState:
    """The state behind one app (`app.state.sandbox`)."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.store = Store(config.db_path)
        self.faults = FaultPlan(config.max_fault_delay)
        self.namespaces = Namespaces()
        self.documents = Documents()
        self.webhooks = WebhookSender(
            WebhookTarget(config.webhook_url, config.webhook_secret)
            if config.webhook_url and config.webhook_secret
            else None
        )
        self._lock = threading.Lock()
        self._requests: Counter[str] = Counter()
        self._errors: list[str] = []
        self._in_flight = 0

    @contextmanager
    def tracking(self, operation_id: str) -> Iterator[None]:
        """Count a request received for an operation, and keep it in flight while it runs."""
        with self._lock:
            self._requests[operation_id] += 1
            self._in_flight += 1
        try:
            yield
        finally:
            with self._lock:
                self._in_flight -= 1

    @property
    def in_flight(self) -> int:
        """API requests being answered right now (delayed ones included)."""
        with self._lock:
            return self._in_flight

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Wait until no API request is in flight; False if some still are after `timeout`."""
        deadline = time.monotonic() + timeout
        while self.in_flight:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True

    def record_error(self, description: str) -> None:
        """Remember an internal error (an unexpected exception or an invalid response)."""
        with self._lock:
            self._errors.append(description)

    @property
    def errors(self) -> list[str]:
        """Internal errors since the last reset."""
        with self._lock:
            return list(self._errors)

    def reset(self) -> None:
        """Forget objects, counters, faults and recorded errors."""
        self.store.clear()
        self.faults.clear()
        self.namespaces.clear()
        self.documents.clear()
        self.webhooks.clear()
        with self._lock:
            self._requests.clear()
            self._errors.clear()

    def snapshot(self) -> dict[str, Any]:
        """Stored objects per namespace (as a read answers them), counters, faults, errors."""
        objects: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for kind in CONTAINER:
            by_namespace = objects.setdefault(f"{kind}s", {})
            for obj in self.store.all(kind):
                by_namespace.setdefault(obj.namespace, []).append(read_shape(obj))
        with self._lock:
            requests = {
                op.operation_id: self._requests[op.operation_id] for op in spec_operations()
            }
            errors = list(self._errors)
            in_flight = self._in_flight
        return {
            **objects,
            "requests": requests,
            "in_flight": in_flight,
            "faults": self.faults.describe(),
            "errors": errors,
            "webhooks": self.webhooks.describe(),
        }
