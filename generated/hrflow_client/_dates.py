"""Dates the spec gives the written-date shape are written as {"iso8601": ...} objects but read back as strings."""

from __future__ import annotations

import datetime
import re
from typing import Any

from ._exceptions import InvalidRequestError

_CALENDAR_DATE = re.compile(r"\d{4}-\d{2}-\d{2}([T ]|$)")
ACCEPTED = (
    "an ISO 8601 date or date-time ('2018-01-01', '2018-01-01T00:00:00',"
    " '1990-08-09T00:00:00+0000'), a datetime.date, {'iso8601': ...} or None"
)


def to_write_date(value: Any, where: str = "the date") -> Any:
    """A read date (string or datetime) as the write endpoints take it; objects and null pass through.

    A string that is not a calendar date or date-time is refused here, naming `where`,
    before the service answers with its pattern.
    """
    if isinstance(value, datetime.date):
        return {"iso8601": value.isoformat()}
    if isinstance(value, str):
        _check(value, where)
        return {"iso8601": value}
    if isinstance(value, dict) and isinstance(value.get("iso8601"), str):
        _check(value["iso8601"], f"{where}.iso8601")
    return value


def _check(text: str, where: str) -> None:
    try:
        valid = bool(_CALENDAR_DATE.match(text)) and bool(datetime.datetime.fromisoformat(text))
    except ValueError:
        valid = False
    if not valid:
        raise InvalidRequestError(f"{where} is {text!r}, not a date: give {ACCEPTED}")


def reshape_written_dates(
    body: dict[str, Any], paths: tuple[tuple[str, ...], ...], name: str = ""
) -> dict[str, Any]:
    """A copy of `body` whose values at `paths` (`*`: every item of a list) are in the write shape.

    The paths come from the spec (`date-objects-on-write`); this is what lets an
    object read with `get` be passed straight to `edit`. `name` (the argument, `profile`)
    starts the place an error names: `profile.experiences[0].date_start`; without one,
    the place starts at the body's field (an argument of the call).
    """
    for path in paths:
        body = _reshape(body, path, name)
    return body


def _reshape(node: Any, path: tuple[str, ...], where: str) -> Any:
    if not path:
        return to_write_date(node, where)
    head, rest = path[0], path[1:]
    if head == "*":
        if not isinstance(node, list):
            return node
        return [_reshape(item, rest, f"{where}[{index}]") for index, item in enumerate(node)]
    if isinstance(node, dict) and head in node:
        return {**node, head: _reshape(node[head], rest, f"{where}.{head}" if where else head)}
    return node
