"""Dates the spec gives the written-date shape are written as {"iso8601": ...} objects but read back as strings."""

from __future__ import annotations

import datetime
from typing import Any


def to_write_date(value: Any) -> Any:
    """A read date (string or datetime) as the write endpoints take it; objects and null pass through."""
    if isinstance(value, datetime.date):
        return {"iso8601": value.isoformat()}
    if isinstance(value, str):
        return {"iso8601": value}
    return value


def reshape_written_dates(
    body: dict[str, Any], paths: tuple[tuple[str, ...], ...]
) -> dict[str, Any]:
    """A copy of `body` whose values at `paths` (`*`: every item of a list) are in the write shape.

    The paths come from the spec (`date-objects-on-write`); this is what lets an
    object read with `get` be passed straight to `edit`.
    """
    for path in paths:
        body = _reshape(body, path)
    return body


def _reshape(node: Any, path: tuple[str, ...]) -> Any:
    if not path:
        return to_write_date(node)
    head, rest = path[0], path[1:]
    if head == "*":
        return [_reshape(item, rest) for item in node] if isinstance(node, list) else node
    if isinstance(node, dict) and head in node:
        return {**node, head: _reshape(node[head], rest)}
    return node
