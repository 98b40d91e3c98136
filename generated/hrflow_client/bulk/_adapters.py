"""What the bulk engine needs from a resource (create, edit, read by reference, list, archive).

The engine only talks to an `Adapter`; `ClientAdapter` implements it on a resource of
`AsyncHrFlow` through its own methods, as `BULK_TARGETS` (written from the spec with
the resources) describes it. An adapter that cannot list or archive says so.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, Protocol, TypedDict

from .._exceptions import HrFlowError, NotFoundError

if TYPE_CHECKING:
    from .._facade import AsyncHrFlow


class BulkTarget(TypedDict):
    """A resource the engine can run on: its namespace argument (`board_key`) and its list's, if any."""

    namespace: str
    listing: str | None


class Unsupported(HrFlowError):
    """The client cannot do what the bulk run asked (listing or archiving)."""


class Adapter(Protocol):
    """One namespace (a board or a source) of one resource, as the engine sees it."""

    kind: str
    namespace: str

    def supports(self, capability: str) -> bool:
        """Whether the optional "list" or "archive" can be used."""

    async def create(self, item: dict[str, Any]) -> str | None:
        """Index `item`; returns the new object's key."""

    async def edit(self, item: dict[str, Any], key: str) -> str | None:
        """Replace the object `key` with `item`; returns its key."""

    async def get(self, reference: str) -> dict[str, Any] | None:
        """The object with this reference as JSON, or None when there is none."""

    def list(self) -> AsyncIterator[dict[str, Any]]:
        """Every object of the namespace as JSON; raises `Unsupported` when the client cannot list."""

    async def archive(self, reference: str) -> None:
        """Archive the object with this reference; raises `Unsupported` when the client cannot."""


def bulk_target(resource: str) -> BulkTarget:
    """The bulk target of `client.<resource>`; an `HrFlowError` naming the others if it has none."""
    from .._resources import BULK_TARGETS

    if resource not in BULK_TARGETS:
        known = ", ".join(repr(name) for name in BULK_TARGETS)
        raise HrFlowError(
            f"no bulk upsert for {resource!r}: the resources that have one are {known}"
        )
    return BULK_TARGETS[resource]


class ClientAdapter:
    """One board or source of `client.<resource>`; its create and edit take the object as `<resource>=`."""

    def __init__(self, client: AsyncHrFlow, resource: str, namespace: str) -> None:
        self.target = bulk_target(resource)
        if not namespace:
            raise HrFlowError(
                f"{self.target['namespace']}= is required for a bulk run of {resource}s"
            )
        self.kind = resource
        self.namespace = namespace
        self.resource: Any = getattr(client, resource)

    def _kw(self) -> dict[str, Any]:
        return {self.target["namespace"]: self.namespace, "max_retries": 0}

    async def create(self, item: dict[str, Any]) -> str | None:
        created = await self.resource.create(**self._kw(), **{self.kind: item})
        return getattr(created, "key", None)

    async def edit(self, item: dict[str, Any], key: str) -> str | None:
        edited = await self.resource.edit(**self._kw(), **{self.kind: {**item, "key": key}})
        return getattr(edited, "key", None) or key

    async def get(self, reference: str) -> dict[str, Any] | None:
        try:
            found = await self.resource.get(**self._kw(), reference=reference)
        except NotFoundError:
            return None
        data: dict[str, Any] = found.to_dict()
        return data

    def supports(self, capability: str) -> bool:
        if capability == "list":
            return self.target["listing"] is not None
        return callable(getattr(self.resource, capability, None))

    def _unsupported(self, name: str) -> Unsupported:
        return Unsupported(
            f"this client has no {self.kind}.{name}: "
            f"{'export and archive_missing need' if name == 'list' else 'archive_missing needs'} it"
        )

    async def list(self) -> AsyncIterator[dict[str, Any]]:
        listing = self.target["listing"]
        if listing is None:
            raise self._unsupported("list")
        async for obj in self.resource.list(**{listing: [self.namespace]}, limit=100):
            yield obj if isinstance(obj, dict) else obj.to_dict()

    async def archive(self, reference: str) -> None:
        if not self.supports("archive"):
            raise self._unsupported("archive")
        await self.resource.archive(**self._kw(), reference=reference, archived=True)
