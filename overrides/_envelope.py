"""Every answer is read here: the body `code` is the real status (HTTP 200 can carry 400; 200/201 pair both ways), then `data` is typed.

The transports call `inspect` on every answer (so the generated functional API gets
the same decision) and keep the envelope of a success on the response; the facade's
`parse` takes it from there. Both build their errors with the helpers below.
"""

from __future__ import annotations

import datetime
import json
from typing import Any, TypeVar

import httpx

from ._exceptions import APIError, APIStatusError, ResponseValidationError, status_error_class
from ._operations import Operation, RawResponse, request_id
from ._redaction import Redactor

ENVELOPE = "hrflow_envelope"
"""Key of `httpx.Response.extensions` holding the decoded envelope of a successful answer."""

_TEXT_LIMIT = 2000
T = TypeVar("T")


def excerpt(content: bytes, redactor: Redactor) -> str:
    """The start of a raw answer, decoded and with secrets redacted, to keep on an error."""
    return redactor.text(content[:_TEXT_LIMIT].decode("utf-8", errors="replace"))


def mismatch(exc: Exception) -> str:
    """What a generated model's decoding error says about the answer, in the spec's words."""
    if isinstance(exc, KeyError) and exc.args:
        return f"the required field {exc.args[0]!r} is missing"
    return f"{exc!r:.200}"


def invalid_answer(
    message: str, response: httpx.Response, request: httpx.Request, redactor: Redactor
) -> ResponseValidationError:
    error = ResponseValidationError(
        message,
        request=redactor.request(request),
        http_status=response.status_code,
        text=excerpt(response.content, redactor),
    )
    error.request_id = request_id(response.headers)
    return error


def _status(
    code: int,
    message: str,
    body: Any,
    response: httpx.Response,
    request: httpx.Request,
    redactor: Redactor,
) -> APIStatusError:
    error = status_error_class(code)(
        message,
        request=redactor.request(request),
        status_code=code,
        http_status=response.status_code,
        body=body,
        headers=response.headers,
    )
    error.request_id = request_id(response.headers)
    return error


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
            return _status(
                http_status,
                f"HTTP {http_status}, and the body {reason}: {text[:200]!r}",
                text,
                response,
                request,
                redactor,
            )
        return invalid_answer(
            f"HTTP {http_status} answer {reason}: {text[:200]!r}", response, request, redactor
        )
    assert isinstance(body, dict)
    if not 200 <= code < 300:  # 1xx, 3xx or a negative code is no success either
        message = body.get("message")
        try:
            safe_body = redactor.json(body)
        except RecursionError:  # too deeply nested to walk: keep the redacted start of the text
            safe_body = excerpt(response.content, redactor)
        said = redactor.text(message) if isinstance(message, str) else "no message"
        return _status(code, f"code {code}: {said}", safe_body, response, request, redactor)
    return body


def parse(
    operation: Operation[T], response: httpx.Response, redactor: Redactor, elapsed: float
) -> RawResponse[T]:
    """Turn a successful answer into its typed `data`; a malformed one raises ResponseValidationError.

    `elapsed` is how long the call took in seconds, retries included.
    """
    envelope: dict[str, Any] = response.extensions[ENVELOPE]
    try:
        data = operation.result.decode(envelope.get("data"))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise invalid_answer(
            f"the answer's data is not a valid {operation.result.label}: {mismatch(exc)}",
            response,
            response.request,
            redactor,
        ) from None
    meta = envelope.get("meta")
    if operation.paged and not _page_meta(meta):
        raise invalid_answer(
            f"the answer's meta is not a page's {{page, maxPage, count, total}}: {meta!r:.200}",
            response,
            response.request,
            redactor,
        )
    message = envelope.get("message")
    return RawResponse(
        data=data,
        code=envelope["code"],
        message=message if isinstance(message, str) else "",
        http_status=response.status_code,
        headers=response.headers,
        json=envelope,
        elapsed=datetime.timedelta(seconds=elapsed),
        request_=response.request,
        redact=redactor.request,
        meta=meta if isinstance(meta, dict) else None,
    )


def _page_meta(meta: Any) -> bool:
    return isinstance(meta, dict) and all(
        isinstance(meta.get(name), int) and not isinstance(meta.get(name), bool)
        for name in ("page", "maxPage", "count", "total")
    )
