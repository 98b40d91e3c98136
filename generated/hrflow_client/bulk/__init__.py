"""Bulk import and sync: stream jobs or profiles in, each indexed exactly once by reference, resumable.

    from hrflow_client import HrFlow
    from hrflow_client.bulk import read_jsonl

    with HrFlow() as client:
        summary = client.job.bulk_upsert(board_key="...", jobs=read_jsonl("jobs.jsonl"),
                                         journal="jobs.journal.jsonl")

Every resource of `BULK_TARGETS` has that `bulk_upsert`, which runs `bulk_upsert` here;
`abulk_upsert` / `astream_upsert` are the async forms on `AsyncHrFlow`, all three taking
the resource by name. `BulkUpsert` runs over any `Adapter` (the Dask runner and the
`hrflow` command use `ClientAdapter`).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any

from .._exceptions import HrFlowError
from ._adapters import Adapter, BulkTarget, ClientAdapter, Unsupported, bulk_target
from ._engine import BulkUpsert, ItemResult, Summary
from ._items import Items, read_jsonl
from ._limiter import AdaptiveLimiter

if TYPE_CHECKING:  # imported lazily: the facade may import this module to attach methods
    from .._facade import AsyncHrFlow, HrFlow

__all__ = [
    "Adapter",
    "AdaptiveLimiter",
    "BulkTarget",
    "BulkUpsert",
    "ClientAdapter",
    "ItemResult",
    "Items",
    "Summary",
    "Unsupported",
    "abulk_upsert",
    "astream_upsert",
    "async_client_like",
    "bulk_target",
    "bulk_upsert",
    "read_jsonl",
]

OnResult = Callable[[ItemResult], object]


def _engine(client: AsyncHrFlow, resource: str, options: dict[str, Any]) -> BulkUpsert:
    """The engine on `client.<resource>`, in the namespace that `options` names (`board_key=`)."""
    namespace = options.pop(bulk_target(resource)["namespace"], "")
    return BulkUpsert(ClientAdapter(client, resource, namespace), **options)


async def astream_upsert(
    client: AsyncHrFlow,
    resource: str,
    *,
    items: Items,
    **options: Any,
) -> AsyncIterator[ItemResult]:
    """Results of a bulk upsert as they complete (options: the namespace, as `board_key=`, and `BulkUpsert`'s)."""
    async for result in _engine(client, resource, options).stream(items):
        yield result


async def abulk_upsert(
    client: AsyncHrFlow,
    resource: str,
    *,
    items: Items,
    on_result: OnResult | None = None,
    **options: Any,
) -> Summary:
    """Upsert every item of `items` into one namespace of `client.<resource>`; returns the summary."""
    return await _engine(client, resource, options).run(items, on_result)


def async_client_like(client: HrFlow | AsyncHrFlow) -> AsyncHrFlow:
    """An `AsyncHrFlow` with the same credentials, base URL, timeout and TLS settings."""
    from .._facade import AsyncHrFlow

    settings = client.api_client
    return AsyncHrFlow(
        api_key=settings.api_key,
        user_email=settings.user_email,
        base_url=settings.base_url,
        timeout=settings.timeout,
        verify_ssl=settings.verify_ssl,
    )


def bulk_upsert(
    client: HrFlow | AsyncHrFlow,
    resource: str,
    *,
    items: Items,
    on_result: OnResult | None = None,
    **options: Any,
) -> Summary:
    """`abulk_upsert` for synchronous code: runs the async engine on its own event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:
        raise HrFlowError(
            "bulk_upsert runs its own event loop; in async code use abulk_upsert with AsyncHrFlow"
        )

    async def run() -> Summary:
        async with async_client_like(client) as async_client:
            return await abulk_upsert(
                async_client, resource, items=items, on_result=on_result, **options
            )

    return asyncio.run(run())
