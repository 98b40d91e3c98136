"""Query parameters of the listing, searching and scoring operations, refused with a 400 naming them."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from hrflow_sandbox.validation import BadRequest, required_param

_TRUE = {"true", "True", "1"}
_FALSE = {"false", "False", "0"}


def json_list(params: Mapping[str, str], name: str, *, required: bool = False) -> list[str]:
    """A parameter holding a JSON array of strings (`board_keys=["a","b"]`); [] when absent."""
    raw = required_param(params, name) if required else params.get(name)
    if raw is None:
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        value = None
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise BadRequest(
            f"Invalid parameter '{name}': expected a JSON array of strings such as "
            f'["abc"], got {raw[:80]!r}'
        )
    if required and not value:
        raise BadRequest(f"Invalid parameter '{name}': give at least one key")
    return value


def integer(
    params: Mapping[str, str], name: str, default: int, *, low: int, high: int | None = None
) -> int:
    """An integer parameter within [low, high]."""
    raw = params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(
            f"Invalid parameter '{name}': expected an integer, got {raw[:40]!r}"
        ) from None
    if value < low or (high is not None and value > high):
        bounds = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise BadRequest(f"Invalid parameter '{name}': must be {bounds}, got {value}")
    return value


def choice(
    params: Mapping[str, str], name: str, allowed: Sequence[str], default: str | None
) -> str | None:
    """A parameter taking one of `allowed`."""
    raw = params.get(name)
    if raw is None:
        return default
    if raw not in allowed:
        raise BadRequest(f"Invalid parameter '{name}': must be one of {', '.join(allowed)}")
    return raw


def boolean(params: Mapping[str, str], name: str) -> bool:
    """A boolean parameter: `true`/`false` (also `True`/`False`, as the official SDK sends, and 1/0)."""
    raw = params.get(name)
    if raw is None or raw in _FALSE:
        return False
    if raw in _TRUE:
        return True
    raise BadRequest(f"Invalid parameter '{name}': expected true or false, got {raw[:40]!r}")


def one_of(params: Mapping[str, object], names: Sequence[str]) -> tuple[str, str]:
    """`(name, value)` of the one lookup parameter given among `names`, non-empty."""
    given = [(name, params[name]) for name in names if params.get(name) is not None]
    if len(given) != 1:
        listed = ", ".join(f"'{name}'" for name in names)
        raise BadRequest(f"Invalid parameters: give exactly one of {listed}")
    name, value = given[0]
    if not isinstance(value, str) or not value:
        raise BadRequest(f"Invalid parameter '{name}': String should have at least 1 character")
    return name, value
