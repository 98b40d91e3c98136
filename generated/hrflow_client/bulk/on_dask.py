"""Bulk upsert spread over a Dask cluster: one engine per partition, a cluster-wide limit, journals per partition.

Needs the `dask` extra. Each partition of the input runs `run_partition` (the same
engine as on one machine, with its own client and its own journal) as one Dask task.
A `distributed.Semaphore` named after the namespace caps how many partitions run at
once, so the cluster never has more than `concurrency` requests in flight (and never
more than `rate` requests per second) on one API key, whatever the number of workers.
A worker lost mid-run has its partition re-run elsewhere by Dask; the partition's
journal makes that re-run resume, so every item is still indexed exactly once. A lost
worker's lease returns to the semaphore after `distributed.scheduler.locks.lease-timeout`.

`run_partition` has no Dask in it: call it from a Ray task or a Spark `foreachPartition`
the same way (README, "Bulk import").
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from attrs import frozen

from .._facade import AsyncHrFlow
from ._adapters import ClientAdapter
from ._engine import BulkUpsert, Summary
from ._items import read_jsonl

Partition = str | Path | Iterable[Any]


@frozen(repr=False)
class Credentials:
    """What a worker needs to build its client; the key never appears in a repr or a task's arguments' repr."""

    api_key: str | None = None
    user_email: str | None = None
    base_url: str | None = None

    def __repr__(self) -> str:
        return f"Credentials(user_email={self.user_email!r}, base_url={self.base_url!r})"

    def client(self) -> AsyncHrFlow:
        return AsyncHrFlow(api_key=self.api_key, user_email=self.user_email, base_url=self.base_url)


def journal_path(journal_dir: str | Path, resource: str, namespace: str, index: int) -> Path:
    """The journal of partition `index`: the same path on every run, so a re-run resumes."""
    return Path(journal_dir) / f"{resource}-{namespace}-part-{index:05d}.jsonl"


def run_partition(
    resource: str,
    namespace: str,
    items: Partition,
    journal: str | Path,
    credentials: Credentials | None = None,
    **options: Any,
) -> Summary:
    """Upsert one partition (a JSONL path or an iterable of items) with its own client and journal."""
    source = read_jsonl(items) if isinstance(items, str | Path) else items
    credentials = credentials or Credentials()

    async def run() -> Summary:
        async with credentials.client() as client:
            engine = BulkUpsert(
                ClientAdapter(client, resource, namespace), journal=journal, **options
            )
            return await engine.run(source)

    return asyncio.run(run())


def _leased_partition(semaphore_name: str, leases: int, *args: Any, **options: Any) -> Summary:
    from distributed import Semaphore

    with Semaphore(max_leases=leases, name=semaphore_name):  # type: ignore[no-untyped-call]
        return run_partition(*args, **options)


def merge(summaries: Iterable[Summary], elapsed: float) -> Summary:
    """One summary for many partitions (counts and retries added, elapsed the caller's)."""
    counts: Counter[str] = Counter()
    retries = throttled = 0
    for summary in summaries:
        counts.update(summary.counts)
        retries += summary.retries
        throttled += summary.throttled
    return Summary(counts=dict(counts), retries=retries, throttled=throttled, elapsed=elapsed)


def bulk_upsert_dask(
    dask_client: Any,
    resource: str,
    namespace: str,
    partitions: Sequence[Partition],
    journal_dir: str | Path,
    *,
    credentials: Credentials | None = None,
    concurrency: int = 16,
    partition_concurrency: int = 4,
    rate: float | None = None,
    **options: Any,
) -> Summary:
    """Upsert every partition on the cluster of `dask_client` (a `distributed.Client`).

    At most `concurrency // partition_concurrency` partitions run at once (at least
    one), each with `partition_concurrency` requests in flight and `rate / that many`
    requests per second. `journal_dir` must be reachable from every worker (a shared
    filesystem); run again with the same arguments to resume.
    """
    from distributed import Semaphore

    leases = max(1, concurrency // partition_concurrency)
    name = f"hrflow-bulk-{resource}-{namespace}"
    Semaphore(max_leases=leases, name=name)  # type: ignore[no-untyped-call]
    started = time.monotonic()
    run = uuid.uuid4().hex[:8]
    futures = [
        dask_client.submit(
            _leased_partition,
            name,
            leases,
            resource,
            namespace,
            partition,
            journal_path(journal_dir, resource, namespace, index),
            credentials,
            concurrency=partition_concurrency,
            rate=rate / leases if rate is not None else None,
            key=f"{name}-{run}-part-{index:05d}",
            pure=False,
            **options,
        )
        for index, partition in enumerate(partitions)
    ]
    summaries: list[Summary] = dask_client.gather(futures)
    return merge(summaries, time.monotonic() - started)
