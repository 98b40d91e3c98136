"""Request checks: a bad body or query parameter is answered HTTP 400 with a message naming it."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

MAX_LIMIT = 1000
_TRUE = {"true", "True", "1"}
_FALSE = {"false", "False", "0"}


class BadRequest(Exception):
    """The request is invalid; `message` says why, naming the field."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text} is out of range")
    return value


def parse_object(body: bytes) -> dict[str, Any]:
    """The JSON object in `body`; `BadRequest` if it is not JSON or not an object.

    NaN, Infinity and numbers too large for a double are refused, as they could not
    be sent back as JSON.
    """
    try:
        data = json.loads(body, parse_constant=_reject_constant, parse_float=_finite_float)
    except ValueError as error:  # also UnicodeDecodeError
        raise BadRequest(f"Invalid JSON body: {error}") from None
    except RecursionError:
        raise BadRequest("Invalid JSON body: nested too deeply") from None
    if not isinstance(data, dict):
        raise BadRequest(f"Invalid body: expected a JSON object, got {_json_type(data)}")
    return data


def model_errors(model: type[BaseModel], content: bytes) -> list[ErrorDetails]:
    """Why the JSON `content` does not fit `model`; empty when it does.

    It must validate as a client reads it (pydantic's default, lax mode), and also in
    strict mode, which rejects what JSON Schema rejects (`"5"` for a number, `1` for a
    boolean). Strict mode's datetime errors are left out: it refuses date-only
    timestamps that lax mode, and the spec, accept.
    """
    try:
        model.model_validate_json(content)
    except ValidationError as error:
        return error.errors(include_url=False)
    try:
        model.model_validate_json(content, strict=True)
    except ValidationError as error:
        return [
            detail
            for detail in error.errors(include_url=False)
            if not detail["type"].startswith("datetime")
        ]
    return []


def valid_object(model: type[BaseModel], body: bytes) -> dict[str, Any]:
    """The JSON object in `body`, once it fits `model`; `BadRequest` otherwise."""
    data = parse_object(body)
    validate(model, body, data)
    return data


def validate(model: type[BaseModel], content: bytes, data: Any) -> None:
    """Refuse the JSON `content` (already parsed as `data`) unless it fits `model`."""
    errors = model_errors(model, content)
    if errors:
        raise BadRequest(describe(errors[0], data))


def describe(error: ErrorDetails, data: Any) -> str:
    """`Invalid field '<path>': <reason>`, the path following the fields of `data`."""
    if error["type"] == "json_invalid":
        return f"Invalid JSON body: {error['msg'].removeprefix('Invalid JSON: ')}"
    path = field_path(error["loc"], data)
    if not path:
        return f"Invalid body: {error['msg']}"
    return f"Invalid field '{path}': {error['msg']}"


def field_path(loc: Sequence[int | str], data: Any) -> str:
    """Render a pydantic error location as `a.b[0].c`, following the input data.

    Location parts that do not index the data (union member tags such as `str` or
    `Iso8601Date`) are skipped; a last part naming a missing field is kept.
    """
    path = ""
    current = data
    for index, part in enumerate(loc):
        last = index == len(loc) - 1
        if isinstance(part, int) and isinstance(current, list) and 0 <= part < len(current):
            path += f"[{part}]"
            current = current[part]
        elif isinstance(part, str) and isinstance(current, dict) and part in current:
            path += f".{part}" if path else part
            current = current[part]
        elif isinstance(part, str) and last and isinstance(current, dict):
            path += f".{part}" if path else part
    return path


def required_param(params: Mapping[str, str], name: str) -> str:
    """A required, non-empty query parameter."""
    value = params.get(name)
    if value is None:
        raise BadRequest(f"Invalid parameter '{name}': Field required")
    if not value:
        raise BadRequest(f"Invalid parameter '{name}': String should have at least 1 character")
    return value


def one_of(
    values: Mapping[str, object], names: Sequence[str], *, sentence: bool = False
) -> tuple[str, str]:
    """`(name, value)` of a lookup: exactly one of `names` given (query or body), a non-empty string.

    A refusal lists `names` with commas, or with `sentence` as `'a', 'b' or 'c'` (the
    wording of the job and profile reads).
    """
    given = [name for name in names if values.get(name) is not None]
    if len(given) != 1:
        quoted = [f"'{name}'" for name in names]
        listed = ", ".join(quoted)
        if sentence and len(quoted) > 1:
            listed = ", ".join(quoted[:-1]) + f" or {quoted[-1]}"
        raise BadRequest(f"Invalid parameters: give exactly one of {listed}")
    name = given[0]
    value = values[name]
    if not isinstance(value, str) or not value:
        raise BadRequest(f"Invalid parameter '{name}': String should have at least 1 character")
    return name, value


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


def json_items(fields: Mapping[str, str], name: str) -> list[dict[str, Any]]:
    """A form field holding a JSON array of objects (`tags=[{...}]`); [] when absent or empty."""
    raw = fields.get(name)
    if raw is None or raw == "":
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        value = None
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise BadRequest(
            f"Invalid field '{name}': expected a JSON array of objects, got {raw[:80]!r}"
        )
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


def page_and_limit(params: Mapping[str, str]) -> tuple[int, int]:
    """`page` (from 1) and `limit` (1 to `MAX_LIMIT`, 30 by default) of a listing."""
    return integer(params, "page", 1, low=1), integer(params, "limit", 30, low=1, high=MAX_LIMIT)


def _json_type(value: Any) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if value is None:
        return "null"
    return "a number"
