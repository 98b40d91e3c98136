"""How written bodies are stored and how stored objects are read back."""

from __future__ import annotations

import re
from typing import Any

from hrflow_sandbox.operations import Kind
from hrflow_sandbox.store import StoredObject, new_key

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
    container = "board" if obj.kind == "job" else "source"
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
