"""Bulk import and sync: stream jobs or profiles in, each indexed exactly once by reference, resumable.

    from hrflow_client import HrFlow
    from hrflow_client.bulk import bulk_upsert, read_jsonl

    with HrFlow() as client:
        summary = bulk_upsert(client, "job", board_key="...", items=read_jsonl("jobs.jsonl"),
                              journal="jobs.journal.jsonl")

`abulk_upsert` / `astream_upsert` are the async forms on `AsyncHrFlow`; `BulkUpsert` runs
over any `Adapter` (the Dask runner and the `hrflow` command use it).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._exceptions import HrFlowError
from ._adapters import Adapter, JobAdapter, ProfileAdapter, Unsupported, adapter_for
from ._engine import BulkUpsert, ItemResult, Summary
from ._items import Items, read_jsonl
from ._limiter import AdaptiveLimiter

if TYPE_CHECKING:  # imported lazily: the facade may import this module to attach methods
    from .._facade import AsyncHrFlow, HrFlow

__all__ = [
    "Adapter",
    "AdaptiveLimiter",
    "BulkUpsert",
    "ItemResult",
    "Items",
    "JobAdapter",
    "ProfileAdapter",
    "Summary",
    "Unsupported",
    "abulk_upsert",
    "ajob_bulk_upsert",
    "aprofile_bulk_upsert",
    "astream_upsert",
    "async_client_like",
    "bulk_upsert",
    "job_bulk_upsert",
    "profile_bulk_upsert",
    "read_jsonl",
]

OnResult = Callable[[ItemResult], object]


def _namespace(resource: str, board_key: str | None, source_key: str | None) -> str:
    given = board_key if resource.startswith("job") else source_key
    other = source_key if resource.startswith("job") else board_key
    if other is not None:
        wanted = "board_key" if resource.startswith("job") else "source_key"
        raise Unsupported(f"a bulk run of {resource}s takes {wanted}=, not the other namespace key")
    return given or ""


def _engine(
    client: AsyncHrFlow,
    resource: str,
    board_key: str | None,
    source_key: str | None,
    options: dict[str, Any],
) -> BulkUpsert:
    adapter = adapter_for(client, resource, _namespace(resource, board_key, source_key))
    return BulkUpsert(adapter, **options)


async def astream_upsert(
    client: AsyncHrFlow,
    resource: str,
    *,
    items: Items,
    board_key: str | None = None,
    source_key: str | None = None,
    **options: Any,
) -> AsyncIterator[ItemResult]:
    """Results of a bulk upsert as they complete (options: see `BulkUpsert`)."""
    async for result in _engine(client, resource, board_key, source_key, options).stream(items):
        yield result


async def abulk_upsert(
    client: AsyncHrFlow,
    resource: str,
    *,
    items: Items,
    board_key: str | None = None,
    source_key: str | None = None,
    on_result: OnResult | None = None,
    **options: Any,
) -> Summary:
    """Upsert every item of `items` into a board ("job") or source ("profile"); returns the summary."""
    engine = _engine(client, resource, board_key, source_key, options)
    return await engine.run(items, on_result)


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
    board_key: str | None = None,
    source_key: str | None = None,
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
                async_client,
                resource,
                items=items,
                board_key=board_key,
                source_key=source_key,
                on_result=on_result,
                **options,
            )

    return asyncio.run(run())


def job_bulk_upsert(
    client: HrFlow,
    *,
    board_key: str,
    jobs: Items,
    journal: str | Path | None = None,
    **options: Any,
) -> Summary:
    """`client.job.bulk_upsert(board_key=, jobs=, journal=, ...)`."""
    return bulk_upsert(client, "job", board_key=board_key, items=jobs, journal=journal, **options)


def profile_bulk_upsert(
    client: HrFlow,
    *,
    source_key: str,
    profiles: Items,
    journal: str | Path | None = None,
    **options: Any,
) -> Summary:
    """`client.profile.bulk_upsert(source_key=, profiles=, journal=, ...)`."""
    return bulk_upsert(
        client, "profile", source_key=source_key, items=profiles, journal=journal, **options
    )


async def ajob_bulk_upsert(
    client: AsyncHrFlow,
    *,
    board_key: str,
    jobs: Items,
    journal: str | Path | None = None,
    **options: Any,
) -> Summary:
    """`async_client.job.bulk_upsert(board_key=, jobs=, journal=, ...)`."""
    return await abulk_upsert(
        client, "job", board_key=board_key, items=jobs, journal=journal, **options
    )


async def aprofile_bulk_upsert(
    client: AsyncHrFlow,
    *,
    source_key: str,
    profiles: Items,
    journal: str | Path | None = None,
    **options: Any,
) -> Summary:
    """`async_client.profile.bulk_upsert(source_key=, profiles=, journal=, ...)`."""
    return await abulk_upsert(
        client, "profile", source_key=source_key, items=profiles, journal=journal, **options
    )
