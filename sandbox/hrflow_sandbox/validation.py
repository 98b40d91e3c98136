"""Request checks that answer HTTP 400 with a message naming the offending field."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails


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


def validate_body(model: type[BaseModel], body: bytes, data: Mapping[str, Any]) -> None:
    """Validate the raw JSON `body` (already parsed as `data`) against `model`."""
    errors = model_errors(model, body)
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


def lookup_param(params: Mapping[str, str], names: Sequence[str]) -> tuple[str, str]:
    """`(name, value)` of a read's lookup: exactly one of `names` given, non-empty."""
    given = [name for name in names if name in params]
    if len(given) != 1:
        quoted = [f"'{name}'" for name in names]
        listed = ", ".join(quoted[:-1]) + f" or {quoted[-1]}"
        raise BadRequest(f"Invalid parameters: give exactly one of {listed}")
    name = given[0]
    if not params[name]:
        raise BadRequest(f"Invalid parameter '{name}': String should have at least 1 character")
    return name, params[name]


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
