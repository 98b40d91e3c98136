"""Boards and sources: created when first used (a job or profile indexed into them) or seeded by name.

A namespace row in the store is the board or source (of one account); names and
descriptions seeded through the control API are kept here by that row's id (in memory),
everything else is derived.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from hrflow_sandbox.operations import Kind
from hrflow_sandbox.store import StoredObject
from hrflow_sandbox.timestamps import now


@dataclass(slots=True)
class NamespaceInfo:
    """What a seeded board or source was given: a name and a description."""

    name: str | None
    description: str | None
    created_at: str = field(default_factory=now)


class Namespaces:
    """Names of seeded boards and sources, and how they are read back."""

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
        noun = "board" if kind == "job" else "source"
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
