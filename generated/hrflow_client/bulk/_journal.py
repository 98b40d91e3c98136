"""The append-only JSONL journal that makes a bulk run resumable after a crash at any moment.

Every line is one record, written with a single `write` and flushed to the OS before
the engine moves on, so a `kill -9` loses at most a line being written (a torn last
line is ignored on reading). A create is preceded by a `sending` record: on resume,
an item whose last record is `sending` may have been indexed and is reconciled by
reference instead of being sent again blind.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from attrs import frozen

from .._exceptions import HrFlowError

DONE = frozenset({"created", "updated", "unchanged", "archived"})


@frozen
class Entry:
    """What the journal last said about one reference (kept compact: one per item)."""

    state: str
    content_hash: str | None
    key: str | None


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """The journal's records in order; a torn last line (crash mid-write) is skipped."""
    with path.open("rb") as file:
        lines = file.read().split(b"\n")
    last = len(lines) - 1
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            if number == last:
                return
            raise HrFlowError(f"journal {path}: line {number + 1} is not JSON") from None
        if isinstance(record, dict) and isinstance(record.get("id"), str):
            yield record


def load(path: Path) -> dict[str, Entry]:
    """The last state of every item id in the journal (empty when the file does not exist)."""
    entries: dict[str, Entry] = {}
    if not path.exists():
        return entries
    for record in read_records(path):
        previous = entries.get(record["id"])
        key = record.get("key") or (previous.key if previous else None)
        entries[record["id"]] = Entry(
            state=str(record.get("state")), content_hash=record.get("hash"), key=key
        )
    return entries


class JournalWriter:
    """Appends records; `durable=True` also fsyncs each one (survives power loss, slower).

    `lazy=True` creates the file only with its first record (a dead-letter file exists
    only when something failed).
    """

    def __init__(self, path: Path | None, *, durable: bool = False, lazy: bool = False) -> None:
        self.path = path
        self._durable = durable
        self._file: IO[str] | None = None
        if path is not None and not lazy:
            self._open(path)

    def _open(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file = path.open("a", encoding="utf-8")
        self._lock(path)
        self._ensure_line_start(path)

    def _lock(self, path: Path) -> None:
        """One run per journal at a time (the OS drops the lock when the process dies)."""
        assert self._file is not None
        try:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._file.close()
            self._file = None
            raise HrFlowError(f"journal {path} is in use by another run") from None

    def _ensure_line_start(self, path: Path) -> None:
        """After a torn last line, start the next record on a line of its own."""
        assert self._file is not None
        size = path.stat().st_size
        if size:
            with path.open("rb") as file:
                file.seek(size - 1)
                if file.read(1) != b"\n":
                    self._file.write("\n")
                    self._file.flush()

    def write(self, record: dict[str, Any]) -> None:
        if self._file is None:
            if self.path is None:
                return
            self._open(self.path)
            assert self._file is not None
        self._file.write(
            json.dumps(record, ensure_ascii=False, separators=(",", ":"), default=str) + "\n"
        )
        self._file.flush()
        if self._durable:
            os.fsync(self._file.fileno())

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        self.path = None
