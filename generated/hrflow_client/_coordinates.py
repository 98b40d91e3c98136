"""Quirk: latitudes and longitudes come back as numbers, numeric strings, junk strings or null; read them as floats."""

from __future__ import annotations

import math


def coordinate(value: object) -> float | None:
    """A latitude or longitude as a float: `47.7667`, `"47.7667"` and `"47,7667"` give 47.7667.

    A value that is not a finite number (null, unset, `"lat"`, `""`) gives None; the
    raw value stays on the model (`location.lat`).
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def coordinates(location: object) -> tuple[float, float] | None:
    """`(lat, lng)` of a location (a model or a dict) as floats, or None unless both are numbers."""
    if isinstance(location, dict):
        lat, lng = location.get("lat"), location.get("lng")
    else:
        lat, lng = getattr(location, "lat", None), getattr(location, "lng", None)
    pair = coordinate(lat), coordinate(lng)
    return (pair[0], pair[1]) if pair[0] is not None and pair[1] is not None else None
