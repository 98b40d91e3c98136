"""The `hrflow` command: bulk import (exactly once, resumable) and export, a group per resource with `bulk_upsert`.

    hrflow jobs import jobs.jsonl --board KEY [--journal J] [--concurrency N] [--dry-run] [--archive-missing]
    hrflow profiles import profiles.jsonl --source KEY ...
    hrflow jobs export --board KEY > jobs.jsonl

Credentials come from HRFLOW_API_KEY, HRFLOW_USER_EMAIL and HRFLOW_BASE_URL. Needs the
`cli` extra (click, rich). Exit status: 0 when every item succeeded, 1 when some
failed (see the dead-letter file), 2 on a usage or configuration error.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO, TypeVar

try:
    import click
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskID,
        TextColumn,
        TimeElapsedColumn,
    )
except ImportError as missing:  # pragma: no cover - exercised only without the extra
    raise SystemExit(
        f"the hrflow command needs the cli extra: pip install 'hrflow-client[cli]' ({missing})"
    ) from None

from ._exceptions import HrFlowError
from ._facade import AsyncHrFlow
from ._resources import BULK_TARGETS
from .bulk import BulkUpsert, ClientAdapter, ItemResult, Summary
from .bulk._items import count_lines, read_jsonl

FAILED = 1
USAGE = 2
FC = TypeVar("FC", bound=Callable[..., Any] | click.Command)


class Reporter:
    """Progress: a live bar on a terminal, a plain line every `interval` seconds otherwise."""

    def __init__(self, total: int | None, stream: TextIO, interval: float, live: bool) -> None:
        self.total = total
        self.stream = stream
        self.interval = interval
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self._last = self.started
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        if live:
            self._progress = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:.1f} items/s"),
                TextColumn("[red]{task.fields[failed]} failed"),
                TimeElapsedColumn(),
                console=Console(file=stream),
            )
            self._task = self._progress.add_task("importing", total=total, rate=0.0, failed=0)
            self._progress.start()

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def __call__(self, result: ItemResult) -> None:
        self.done += 1
        self.failed += result.failed
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, advance=1, rate=self.rate(), failed=self.failed)
            return
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            of_total = f"/{self.total}" if self.total is not None else ""
            print(
                f"hrflow: {self.done}{of_total} done, {self.failed} failed, {self.rate():.1f} items/s",
                file=self.stream,
                flush=True,
            )

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()


def _items(source: str) -> tuple[Iterator[dict[str, Any]], int | None]:
    if source == "-":
        return (_stdin_items(), None)
    return read_jsonl(source), count_lines(source)


def _stdin_items() -> Iterator[dict[str, Any]]:
    for number, line in enumerate(sys.stdin, start=1):
        if line.strip():
            try:
                value = json.loads(line)
            except ValueError as exc:
                raise HrFlowError(f"<stdin>:{number}: not JSON ({exc})") from None
            if not isinstance(value, dict):
                raise HrFlowError(f"<stdin>:{number}: expected a JSON object")
            yield value


async def _import(
    resource: str, namespace: str, source: str, options: dict[str, Any], interval: float
) -> Summary:
    items, total = _items(source)
    if options.get("dead_letter") is None and options.get("journal") is None and source != "-":
        options["dead_letter"] = Path(source).with_name(Path(source).stem + ".dead.jsonl")
    live = sys.stderr.isatty() and interval > 0
    reporter = Reporter(total, sys.stderr, interval, live)
    try:
        async with AsyncHrFlow() as client:
            engine = BulkUpsert(ClientAdapter(client, resource, namespace), **options)
            return await engine.run(items, reporter)
    finally:
        reporter.close()


async def _export(resource: str, namespace: str, out: TextIO) -> int:
    count = 0
    async with AsyncHrFlow() as client:
        async for obj in ClientAdapter(client, resource, namespace).list():
            out.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
            count += 1
    return count


def _fail(message: str) -> None:
    click.echo(f"hrflow: {message}", err=True)
    sys.exit(USAGE)


def _namespace(option: str, purpose: str) -> Callable[[FC], FC]:
    """The required `--board KEY` (or `--source KEY`) option, passed on as `namespace`."""
    return click.option(
        f"--{option}", "namespace", required=True, help=f"the {option} key {purpose}"
    )


def _import_command(resource: str, namespace_option: str) -> click.Command:
    @click.command("import")
    @click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
    @_namespace(namespace_option, "to import into")
    @click.option(
        "--journal",
        type=click.Path(dir_okay=False, path_type=Path),
        help="JSONL journal: resume a run with the same file",
    )
    @click.option(
        "--dead-letter",
        type=click.Path(dir_okay=False, path_type=Path),
        help="failed items with their error (default: next to the journal, or to FILE)",
    )
    @click.option(
        "--concurrency",
        type=click.IntRange(1, 256),
        default=16,
        show_default=True,
        help="requests in flight at most",
    )
    @click.option("--rate", type=click.FloatRange(min=0.01), help="requests per second at most")
    @click.option(
        "--max-attempts",
        type=click.IntRange(1, 20),
        default=5,
        show_default=True,
        help="calls per step of one item",
    )
    @click.option(
        "--retry-budget",
        type=click.IntRange(0),
        help="retries for the whole run (default: 10 + half the items)",
    )
    @click.option(
        "--dry-run", is_flag=True, help="read only: report what would be created, edited, archived"
    )
    @click.option(
        "--archive-missing",
        is_flag=True,
        help="archive what the namespace holds and FILE does not (needs listing)",
    )
    @click.option(
        "--progress-interval",
        type=float,
        default=5.0,
        show_default=True,
        help="seconds between progress lines when not on a terminal (0: none)",
    )
    def command(file: str, namespace: str, progress_interval: float, **options: Any) -> None:
        """Create or edit every object of FILE (JSON Lines, `-` for stdin), exactly once by reference."""
        try:
            summary = asyncio.run(_import(resource, namespace, file, options, progress_interval))
        except HrFlowError as exc:
            _fail(str(exc))
            return
        click.echo(str(summary), err=True)
        sys.exit(FAILED if summary.failed else 0)

    return command


def _export_command(resource: str, namespace_option: str) -> click.Command:
    @click.command("export")
    @_namespace(namespace_option, "to export")
    @click.option(
        "--output",
        "-o",
        type=click.File("w", encoding="utf-8"),
        default="-",
        help="JSONL file (default: stdout)",
    )
    def command(namespace: str, output: TextIO) -> None:
        """Write every object of the namespace as JSON Lines (needs the client's listing)."""
        try:
            count = asyncio.run(_export(resource, namespace, output))
        except HrFlowError as exc:
            _fail(str(exc))
            return
        click.echo(f"hrflow: exported {count} {resource}s", err=True)

    return command


def _group(resource: str, namespace_option: str) -> click.Group:
    group = click.Group(resource + "s", help=f"{resource.capitalize()}s, in {namespace_option}s.")
    group.add_command(_import_command(resource, namespace_option))
    group.add_command(_export_command(resource, namespace_option))
    return group


cli = click.Group(
    "hrflow", help="Bulk import and export for HrFlow.ai (credentials from HRFLOW_* variables)."
)
for resource, target in BULK_TARGETS.items():  # every resource carrying bulk_upsert
    cli.add_command(_group(resource, target["namespace"].removesuffix("_key")))

main: Callable[[], Any] = cli
