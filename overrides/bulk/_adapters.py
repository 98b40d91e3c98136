"""What the bulk engine needs from a resource (create, edit, read by reference, list, archive).

The engine only talks to an `Adapter`; `JobAdapter` and `ProfileAdapter` implement
it on `AsyncHrFlow`. Listing and archiving (mirror mode, export) use the client's
`list` and `archive` methods when it has them; an adapter without them says so.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, Protocol

from .._exceptions import HrFlowError, NotFoundError

if TYPE_CHECKING:
    from .._facade import AsyncHrFlow


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


class _ClientAdapter:
    kind = ""
    namespace_arg = ""

    def __init__(self, client: AsyncHrFlow, namespace: str) -> None:
        if not namespace:
            raise HrFlowError(f"{self.namespace_arg}= is required for a bulk run of {self.kind}s")
        self.client = client
        self.namespace = namespace
        self.resource: Any = getattr(client, self.kind)

    def _kw(self) -> dict[str, Any]:
        return {self.namespace_arg: self.namespace, "max_retries": 0}

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
        return callable(getattr(self.resource, capability, None))

    def _method(self, name: str) -> Any:
        method = getattr(self.resource, name, None)
        if method is None:
            raise Unsupported(
                f"this client has no {self.kind}.{name}: "
                f"{'export and archive_missing need' if name == 'list' else 'archive_missing needs'} it"
            )
        return method

    async def list(self) -> AsyncIterator[dict[str, Any]]:
        method = self._method("list")
        keys = {f"{self.namespace_arg}s": [self.namespace]}
        async for obj in method(**keys, limit=100):
            yield obj if isinstance(obj, dict) else obj.to_dict()

    async def archive(self, reference: str) -> None:
        method = self._method("archive")
        await method(**self._kw(), reference=reference, archived=True)


class JobAdapter(_ClientAdapter):
    """Jobs of one board."""

    kind = "job"
    namespace_arg = "board_key"


class ProfileAdapter(_ClientAdapter):
    """Profiles of one source."""

    kind = "profile"
    namespace_arg = "source_key"


def adapter_for(client: AsyncHrFlow, resource: str, namespace: str) -> _ClientAdapter:
    """The adapter of `resource` ("job" or "profile") in a board or source."""
    if resource in ("job", "jobs"):
        return JobAdapter(client, namespace)
    if resource in ("profile", "profiles"):
        return ProfileAdapter(client, namespace)
    raise HrFlowError(f'unknown resource {resource!r}: expected "job" or "profile"')
