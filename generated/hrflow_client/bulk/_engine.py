"""The bulk upsert engine: a bounded window of items in flight, each indexed exactly once by reference.

Per item (identified by its `reference`): skipped when the journal already records
it done with the same content hash; edited by key when the journal knows it with
other content; reconciled by reference (read, then left alone, edited or created)
when the journal shows a create that may have been sent; created otherwise. A create
refused because the reference exists, or whose outcome is unknown (dropped
connection, truncated or non-envelope answer, 5xx), is reconciled by reading the
reference, never sent again blind: the client reads it back at once in the same call
(`x-hrflow-reconcile`), and what that one read cannot settle (it failed, or found
nothing yet) comes here as a transient failure, read again after the backoff. Retries
are the engine's (the client is called with `max_retries=0`), bounded per item and for
the whole run, and counted.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

from attrs import define, field, frozen

from .._exceptions import (
    APIConnectionError,
    APIStatusError,
    BadRequestError,
    HrFlowError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
)
from .._retries import backoff
from ._adapters import Adapter, Unsupported
from ._items import Items, aiterate, as_dict, content_hash, same_content
from ._journal import DONE, Entry, JournalWriter, load
from ._limiter import AdaptiveLimiter

T = TypeVar("T")
TRANSIENT = (RateLimitError, InternalServerError, APIConnectionError, ResponseValidationError)


@frozen
class ItemResult:
    """The outcome of one input item (or, in mirror mode, of one archived object).

    `outcome` is one of created, updated, unchanged, skipped (done in an earlier run
    of the same journal), failed, archived, or in a dry run would_create,
    would_update, would_archive.
    """

    index: int | None
    reference: str | None
    outcome: str
    key: str | None = None
    error: str | None = None
    attempts: int = 0

    @property
    def failed(self) -> bool:
        return self.outcome == "failed"


@define
class Summary:
    """Counts by outcome, retries, 429s met, elapsed time and throughput of a bulk run."""

    counts: dict[str, int]
    retries: int
    throttled: int
    elapsed: float
    journal: Path | None = None
    dead_letter: Path | None = None

    @property
    def items(self) -> int:
        return sum(n for outcome, n in self.counts.items() if "archive" not in outcome)

    @property
    def failed(self) -> int:
        return self.counts.get("failed", 0)

    @property
    def items_per_second(self) -> float:
        return self.items / self.elapsed if self.elapsed > 0 else 0.0

    def __str__(self) -> str:
        counts = ", ".join(f"{n} {outcome}" for outcome, n in sorted(self.counts.items())) or "none"
        lines = [
            f"{self.items} items in {self.elapsed:.1f} s ({self.items_per_second:.1f} items/s): {counts}",
            f"retries: {self.retries}, rate limited (429): {self.throttled}",
        ]
        if self.failed and self.dead_letter is not None:
            lines.append(f"failed items with their errors: {self.dead_letter}")
        return "\n".join(lines)


class _Ambiguous(Exception):
    """A create failed in a way that says nothing about whether it was indexed."""


@define
class _Item:
    index: int
    ident: str
    reference: str | None
    body: dict[str, Any]
    content_hash: str
    attempts: int = 0
    retries: int = 0


@define
class _Budget:
    """Retries left for the whole run: `fixed`, or 10 + `ratio` of the items started."""

    fixed: int | None
    ratio: float
    started: int = 0
    spent: int = 0

    def take(self) -> bool:
        limit = self.fixed if self.fixed is not None else 10 + int(self.ratio * self.started)
        if self.spent >= limit:
            return False
        self.spent += 1
        return True


def _optional_path(value: str | Path | None) -> Path | None:
    return Path(value) if value else None


@define
class BulkUpsert:
    """One bulk run over an adapter; `stream()` yields results as they complete, `run()` a summary.

    `concurrency` bounds requests in flight (the AIMD window's ceiling) and, times two,
    the items held in memory. `max_attempts` bounds calls per step of one item;
    `retry_budget` the retries of the whole run (default: 10 + half the items started).
    Without `journal` nothing survives the process; `dead_letter` defaults to the
    journal's path with `.dead.jsonl`.
    """

    adapter: Adapter
    journal: Path | None = field(default=None, converter=_optional_path)
    dead_letter: Path | None = field(default=None, converter=_optional_path)
    concurrency: int = 16
    rate: float | None = None
    max_attempts: int = 5
    retry_budget: int | None = None
    dry_run: bool = False
    archive_missing: bool = False
    require_reference: bool = True
    durable: bool = False
    limiter: AdaptiveLimiter = field(init=False)
    _entries: dict[str, Entry] = field(init=False, factory=dict)
    _budget: _Budget = field(init=False)
    _busy: dict[str, list[asyncio.Future[None]]] = field(init=False, factory=dict)
    _seen: set[str] | None = field(init=False, default=None)
    _writer: JournalWriter = field(init=False)
    _dead: JournalWriter = field(init=False)
    _counts: Counter[str] = field(init=False, factory=Counter)

    def __attrs_post_init__(self) -> None:
        if self.max_attempts < 1:
            raise HrFlowError(f"max_attempts must be at least 1, not {self.max_attempts}")
        self.limiter = AdaptiveLimiter(self.concurrency, self.rate)
        self._budget = _Budget(self.retry_budget, 0.5)
        if self.dead_letter is None and self.journal is not None:
            self.dead_letter = self.journal.with_name(self.journal.stem + ".dead.jsonl")

    @property
    def retries(self) -> int:
        return self._budget.spent

    async def run(
        self, items: Items, on_result: Callable[[ItemResult], object] | None = None
    ) -> Summary:
        """Process every item; returns the summary (results go to `on_result` if given)."""
        started = time.monotonic()
        async for result in self.stream(items):
            if on_result is not None:
                on_result(result)
        return self.summary(time.monotonic() - started)

    def summary(self, elapsed: float) -> Summary:
        return Summary(
            counts=dict(self._counts),
            retries=self.retries,
            throttled=self.limiter.throttled,
            elapsed=elapsed,
            journal=self.journal,
            dead_letter=self.dead_letter if self._counts.get("failed") else None,
        )

    async def stream(self, items: Items) -> AsyncIterator[ItemResult]:
        """Results in completion order; at most 2 x concurrency items are held at once."""
        if self.archive_missing:
            missing = [c for c in ("list", "archive") if not self.adapter.supports(c)]
            if missing:
                raise Unsupported(
                    f"archive_missing needs {self.adapter.kind}.{' and .'.join(missing)},"
                    " which this client does not have"
                )
        self._entries = load(self.journal) if self.journal is not None else {}
        self._seen = set() if self.archive_missing else None
        self._writer = JournalWriter(None if self.dry_run else self.journal, durable=self.durable)
        self._dead = JournalWriter(None if self.dry_run else self.dead_letter, lazy=True)
        window = 2 * self.concurrency
        finished: asyncio.Queue[asyncio.Task[ItemResult]] = asyncio.Queue()
        pending: set[asyncio.Task[ItemResult]] = set()

        def done(task: asyncio.Task[ItemResult]) -> None:
            pending.discard(task)
            finished.put_nowait(task)

        try:
            index = 0
            async for item in aiterate(items):
                while len(pending) >= window or not finished.empty():
                    yield self._count((await finished.get()).result())
                task = asyncio.create_task(self._one(index, item))
                pending.add(task)
                task.add_done_callback(done)
                index += 1
            while pending or not finished.empty():
                yield self._count((await finished.get()).result())
            if self.archive_missing:
                async for result in self._mirror():
                    yield self._count(result)
        finally:
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)
            self._writer.close()
            self._dead.close()

    def _count(self, result: ItemResult) -> ItemResult:
        self._counts[result.outcome] += 1
        return result

    # ---------------------------------------------------------------- items

    async def _one(self, index: int, raw: Any) -> ItemResult:
        self._budget.started += 1
        try:
            body = as_dict(raw, index)
        except HrFlowError as exc:
            return self._failed_early(index, None, raw, str(exc))
        reference = body.get("reference")
        if not isinstance(reference, str) or not reference:
            if self.require_reference:
                message = f"item {index} has no reference: exactly-once needs one (or require_reference=False)"
                return self._failed_early(index, None, body, message)
            reference = None
        if self._seen is not None and reference is not None:
            self._seen.add(reference)
        item = _Item(index, reference or f"#{index}", reference, body, content_hash(body))
        while item.ident in self._busy:
            waiters = self._busy[item.ident]
            waiter = asyncio.get_running_loop().create_future()
            waiters.append(waiter)
            await waiter
        self._busy[item.ident] = []
        try:
            return await self._upsert(item)
        except HrFlowError as exc:
            error = f"{self.adapter.kind} {item.reference or item.ident!r}: {exc}"
            return self._finish(item, "failed", None, error)
        finally:
            for waiter in self._busy.pop(item.ident):
                if not waiter.done():
                    waiter.set_result(None)

    def _failed_early(self, index: int, reference: str | None, item: Any, error: str) -> ItemResult:
        self._dead.write({"index": index, "reference": reference, "error": error, "item": item})
        return ItemResult(index, reference, "failed", error=error)

    def _finish(
        self, item: _Item, outcome: str, key: str | None, error: str | None = None
    ) -> ItemResult:
        if not self.dry_run:
            record: dict[str, Any] = {"id": item.ident, "state": outcome, "hash": item.content_hash}
            if key:
                record["key"] = key
            if error:
                record["error"] = error
            self._writer.write(record)
            if outcome == "failed":
                self._dead.write(
                    {
                        "index": item.index,
                        "reference": item.reference,
                        "error": error,
                        "item": item.body,
                    }
                )
        return ItemResult(item.index, item.reference, outcome, key, error, item.attempts)

    async def _upsert(self, item: _Item) -> ItemResult:
        entry = self._entries.get(item.ident)
        if entry is not None and entry.state in DONE and entry.content_hash == item.content_hash:
            return ItemResult(item.index, item.reference, "skipped", entry.key)
        if self.dry_run:
            return await self._plan(item, entry)
        if entry is not None and entry.state in DONE and entry.key:
            try:
                key = await self._call(item, self.adapter.edit, item.body, entry.key)
                return self._finish(item, "updated", key or entry.key)
            except NotFoundError:
                pass  # deleted since: reconcile below
        if entry is not None and item.reference is not None:
            return await self._reconcile(item, created=False)
        return await self._create(item)

    async def _plan(self, item: _Item, entry: Entry | None) -> ItemResult:
        """Dry run: read only, and say what would be done."""
        remote = (
            await self._call(item, self.adapter.get, item.reference) if item.reference else None
        )
        if remote is None:
            return ItemResult(item.index, item.reference, "would_create", attempts=item.attempts)
        outcome = "unchanged" if same_content(remote, item.body) else "would_update"
        return ItemResult(
            item.index, item.reference, outcome, remote.get("key"), attempts=item.attempts
        )

    async def _reconcile(self, item: _Item, *, created: bool) -> ItemResult:
        """Read the reference; leave alone, edit, or (when absent) create."""
        assert item.reference is not None
        remote = await self._call(item, self.adapter.get, item.reference)
        if remote is None:
            return await self._create(item)
        key = remote.get("key")
        if same_content(remote, item.body):
            return self._finish(item, "created" if created else "unchanged", key)
        if not isinstance(key, str):
            raise HrFlowError(f"reference {item.reference!r}: the service returned no key")
        key = await self._call(item, self.adapter.edit, item.body, key) or key
        return self._finish(item, "created" if created else "updated", key)

    async def _create(self, item: _Item) -> ItemResult:
        if item.reference is not None:
            self._writer.write({"id": item.ident, "state": "sending", "hash": item.content_hash})
        try:
            key = await self._call(item, self.adapter.create, item.body, create=True)
        except _Ambiguous:
            if item.reference is None:
                raise HrFlowError(
                    f"item {item.index}: create failed without a reference to check"
                ) from None
            return await self._reconcile(item, created=True)
        except BadRequestError as exc:
            if item.reference is None or "already exists" not in exc.message.lower():
                raise
            if item.attempts >= self.max_attempts:
                raise
            return await self._reconcile(item, created=False)
        return self._finish(item, "created", key)

    async def _call(
        self, item: _Item, method: Callable[..., Awaitable[T]], *args: Any, create: bool = False
    ) -> T:
        """One call under the limiter, retried on 429 and transient failures within the budgets.

        A create that fails in a way that may have indexed it raises `_Ambiguous` once a
        retry is granted, so that the caller reads the reference before sending again.
        """
        tries = 0  # `max_attempts` bounds each step; `item.attempts` counts them all
        while True:
            tries += 1
            item.attempts += 1
            await self.limiter.acquire()
            try:
                result = await method(*args)
            except TRANSIENT as exc:
                self.limiter.release()
                headers = exc.headers if isinstance(exc, APIStatusError) else None
                if isinstance(exc, RateLimitError):
                    self.limiter.throttle(backoff(item.retries, headers))
                if tries >= self.max_attempts:
                    raise HrFlowError(f"gave up after {tries} attempts: {exc}") from exc
                if not self._budget.take():
                    raise HrFlowError(f"retry budget of the run exhausted: {exc}") from exc
                item.retries += 1
                if not isinstance(exc, RateLimitError):
                    await asyncio.sleep(backoff(item.retries - 1, headers))
                    if create:
                        raise _Ambiguous() from exc
                continue
            except BaseException:
                self.limiter.release()
                raise
            self.limiter.release()
            self.limiter.succeeded()
            return result

    # --------------------------------------------------------------- mirror

    async def _mirror(self) -> AsyncIterator[ItemResult]:
        """Archive what the namespace holds and the input did not name (dry run: report it)."""
        assert self._seen is not None
        async for remote in self.adapter.list():
            reference = remote.get("reference")
            if not isinstance(reference, str) or reference in self._seen or remote.get("archive"):
                continue
            key = remote.get("key") if isinstance(remote.get("key"), str) else None
            if self.dry_run:
                yield ItemResult(None, reference, "would_archive", key)
                continue
            item = _Item(-1, reference, reference, {}, "")
            try:
                await self._call(item, self.adapter.archive, reference)
            except HrFlowError as exc:
                self._writer.write({"id": reference, "state": "archive_failed", "error": str(exc)})
                yield ItemResult(None, reference, "failed", key, str(exc), item.attempts)
                continue
            self._writer.write({"id": reference, "state": "archived", "key": key})
            yield ItemResult(None, reference, "archived", key, attempts=item.attempts)
