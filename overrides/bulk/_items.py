"""Reading bulk input as a stream, and the content hash that says an item has not changed."""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from pathlib import Path
from typing import Any

from .._exceptions import HrFlowError

Items = Iterable[Any] | AsyncIterable[Any]


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """The objects of a JSON Lines file, one at a time (blank lines skipped).

    A line that is not a JSON object raises `HrFlowError` naming the file and line.
    """
    path = Path(path)
    try:
        file = path.open(encoding="utf-8")
    except OSError as exc:
        raise HrFlowError(f"cannot read {path}: {exc.strerror}") from None
    with file:
        for number, line in enumerate(file, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except ValueError as exc:
                raise HrFlowError(f"{path}:{number}: not JSON ({exc})") from None
            if not isinstance(value, dict):
                raise HrFlowError(
                    f"{path}:{number}: expected a JSON object, got {type(value).__name__}"
                )
            yield value


def count_lines(path: str | Path) -> int:
    """Non-blank lines of a file, read in blocks (for a progress total)."""
    total = 0
    with Path(path).open("rb") as file:
        for line in file:
            total += bool(line.strip())
    return total


async def aiterate(items: Items) -> AsyncIterator[Any]:
    """Any iterable or async iterable, as an async iterator pulling one item at a time."""
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield item
    else:
        for item in items:
            yield item


def as_dict(item: Any, index: int) -> dict[str, Any]:
    """A plain dict, or a model's `to_dict()`; anything else is a clear error."""
    if isinstance(item, dict):
        return item
    to_dict = getattr(item, "to_dict", None)
    if callable(to_dict):
        value = to_dict()
        if isinstance(value, dict):
            return value
    raise HrFlowError(f"item {index}: expected a dict or a model, got {type(item).__name__}")


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def content_hash(item: dict[str, Any]) -> str:
    """A stable digest of an item's content (key order does not matter)."""
    return hashlib.blake2b(canonical(item).encode(), digest_size=16).hexdigest()


@functools.cache
def _not_content() -> frozenset[str]:
    """The fields that place an object rather than describe it: its key and the namespace ones."""
    from .._resources import BULK_TARGETS

    return frozenset({"key", *(target["namespace"] for target in BULK_TARGETS.values())})


def same_content(remote: dict[str, Any], item: dict[str, Any]) -> bool:
    """Whether the service already holds every field of `item` with the same value."""
    return all(
        name in _not_content() or canonical(remote.get(name)) == canonical(value)
        for name, value in item.items()
    )
