"""The service's JSON envelope, `{code, message, data}`, as HTTP responses."""

from __future__ import annotations

import http
import json
from collections.abc import Mapping
from typing import Any

from starlette.responses import Response

_MESSAGES = {
    400: "Bad request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    429: "Too many requests",
    500: "Internal server error",
    502: "Bad gateway",
    503: "Service unavailable",
    504: "Gateway timeout",
}


def render(content: Any) -> bytes:
    """Compact UTF-8 JSON, as sent on the wire."""
    return json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()


def json_response(content: Any, status: int, headers: Mapping[str, str] | None = None) -> Response:
    """A JSON response of already-built `content`."""
    return Response(render(content), status, headers=headers, media_type="application/json")


def default_message(code: int) -> str:
    """The usual message of an error envelope with this code."""
    if code in _MESSAGES:
        return _MESSAGES[code]
    try:
        return http.HTTPStatus(code).phrase
    except ValueError:
        return "Error"


def error_response(
    code: int,
    message: str | None = None,
    *,
    http_status: int | None = None,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """An error envelope `{code, message}`, sent with HTTP `http_status` (default: `code`)."""
    body = {"code": code, "message": default_message(code) if message is None else message}
    return json_response(body, code if http_status is None else http_status, headers)
