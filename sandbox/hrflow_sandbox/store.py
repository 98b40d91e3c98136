"""Stored jobs and profiles: SQLite, in memory or in a file, safe across threads.

Namespaces (boards, sources) belong to an account (`accounts.current_account`): every
lookup goes through them, so one API key never sees another's objects.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import threading
from dataclasses import dataclass
from typing import Any

from hrflow_sandbox.accounts import current_account
from hrflow_sandbox.operations import Kind
from hrflow_sandbox.timestamps import now

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


def new_key() -> str:
    """A fresh object key: 40 lowercase hexadecimal characters."""
    return secrets.token_hex(20)


ANONYMOUS = ""
"""The account of objects written without one (direct use of the store)."""


def _account() -> str:
    """The account writes go to: the request's, or the anonymous one outside requests."""
    account = current_account.get()
    return ANONYMOUS if account is None else account


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
