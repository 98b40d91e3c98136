"""Experience and education dates are written as {"iso8601": ...} objects but read back as strings."""

from __future__ import annotations

import datetime
from typing import Any

DATED_SECTIONS = ("experiences", "educations")
DATE_FIELDS = ("date_start", "date_end")


def to_write_date(value: Any) -> Any:
    """A read date (string or datetime) as the write endpoints take it; objects and null pass through."""
    if isinstance(value, datetime.date):
        return {"iso8601": value.isoformat()}
    if isinstance(value, str):
        return {"iso8601": value}
    return value


def reshape_profile_dates(profile: dict[str, Any]) -> dict[str, Any]:
    """A copy of `profile` whose experience/education dates are in the write shape.

    This is what lets a profile from `profile.get` be passed straight to `profile.edit`.
    """
    reshaped = dict(profile)
    for section in DATED_SECTIONS:
        items = reshaped.get(section)
        if isinstance(items, list):
            reshaped[section] = [
                {
                    **item,
                    **{name: to_write_date(item[name]) for name in DATE_FIELDS if name in item},
                }
                if isinstance(item, dict)
                else item
                for item in items
            ]
    return reshaped
