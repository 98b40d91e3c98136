"""The body `code` is the real status: HTTP 200 can carry code 400, and 200/201 pair both ways on success."""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._exceptions import APIError, ResponseValidationError, status_error_class
from ._redaction import Redactor

ENVELOPE = "hrflow_envelope"
"""Key of `httpx.Response.extensions` holding the decoded envelope of a successful answer."""

_TEXT_LIMIT = 2000


def excerpt(content: bytes, redactor: Redactor) -> str:
    """The start of a raw answer, decoded and with secrets redacted, to keep on an error."""
    return redactor.text(content[:_TEXT_LIMIT].decode("utf-8", errors="replace"))


def inspect(
    response: httpx.Response, request: httpx.Request, redactor: Redactor
) -> dict[str, Any] | APIError:
    """Decode a fully read answer; return its envelope on success, else the error it stands for.

    The error is returned, not raised, so the retry loop can decide whether to try again.
    """
    http_status = response.status_code
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError, RecursionError):  # nested too deep: not an envelope
        body = None
    code = body.get("code") if isinstance(body, dict) else None
    if not isinstance(code, int) or isinstance(code, bool):
        text = excerpt(response.content, redactor)
        reason = "is not JSON" if body is None else "is not a {code, message, data} envelope"
        if http_status >= 400:
            return status_error_class(http_status)(
                f"HTTP {http_status}, and the body {reason}: {text[:200]!r}",
                request=redactor.request(request),
                status_code=http_status,
                http_status=http_status,
                body=text,
                headers=response.headers,
            )
        return ResponseValidationError(
            f"HTTP {http_status} answer {reason}: {text[:200]!r}",
            request=redactor.request(request),
            http_status=http_status,
            text=text,
        )
    assert isinstance(body, dict)
    if not 200 <= code < 300:  # 1xx, 3xx or a negative code is no success either
        message = body.get("message")
        try:
            safe_body = redactor.json(body)
        except RecursionError:  # too deeply nested to walk: keep the redacted start of the text
            safe_body = excerpt(response.content, redactor)
        return status_error_class(code)(
            f"code {code}: {redactor.text(message) if isinstance(message, str) else 'no message'}",
            request=redactor.request(request),
            status_code=code,
            http_status=http_status,
            body=safe_body,
            headers=response.headers,
        )
    return body
