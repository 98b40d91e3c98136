"""What the sandbox answers: the service's envelopes, pages, success statuses; answers checked against the spec."""

from __future__ import annotations

import http
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from starlette.responses import Response

from hrflow_sandbox.spec import SpecOperation, bundled_spec
from hrflow_sandbox.validation import model_errors

Action = Literal["create", "edit", "get"]

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


class InvalidResponse(Exception):
    """An answer the sandbox built fails the operation's response model: a sandbox bug.

    The app's error middleware answers it with a 500 (and raises it again under
    `strict_responses`); `content` is the answer that was not sent.
    """

    def __init__(self, message: str, content: bytes) -> None:
        super().__init__(message)
        self.content = content


def answer(op: SpecOperation, body: dict[str, Any], status: int = 200) -> Response:
    """The JSON response, once `body` fits the spec's model of `op`'s answer with `status`."""
    content = render(body)
    model = op.response_models.get(status)
    if model is None:
        raise InvalidResponse(
            f"sandbox bug: the spec declares no {status} answer for {op.operation_id}", content
        )
    errors = model_errors(model, content)
    if errors:
        raise InvalidResponse(
            f"sandbox bug: the {op.operation_id} response fails {model.__name__}: "
            + "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors),
            content,
        )
    return Response(content, status, media_type="application/json")


def page_of(items: Sequence[Any], page: int, limit: int) -> tuple[list[Any], dict[str, int]]:
    """One page and its `meta`; a page past the last is empty (`maxPage` is 0 when nothing matched)."""
    total = len(items)
    chunk = list(items[(page - 1) * limit : page * limit])
    meta = {"page": page, "maxPage": math.ceil(total / limit), "count": len(chunk), "total": total}
    return chunk, meta


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a successful call answers: HTTP status, body `code` and `message`."""

    http_status: int
    body_code: int
    message: str


def quirk_outcomes(spec: dict[str, Any]) -> dict[str, Outcome]:
    """Operation id -> the quirky success pairing its `x-hrflow-quirks` declares.

    Only quirk entries carrying `http_status`, `body_code` and `message` count.
    """
    found: dict[str, Outcome] = {}
    for path_item in spec.get("paths", {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            for quirk in operation.get("x-hrflow-quirks", []):
                if {"http_status", "body_code", "message"} <= quirk.keys():
                    found[operation["operationId"]] = Outcome(
                        int(quirk["http_status"]), int(quirk["body_code"]), str(quirk["message"])
                    )
    return found


@cache
def _bundled_quirks() -> dict[str, Outcome]:
    return quirk_outcomes(bundled_spec())


def success_outcome(op: SpecOperation, noun: str, action: Action, *, strict_rest: bool) -> Outcome:
    """What a create, edit or read of a `noun` answers: the spec's quirky pairing, if it
    declares one and not `strict_rest`; otherwise REST (creates 201/201, the rest 200/200)."""
    quirky = None if strict_rest else _bundled_quirks().get(op.operation_id)
    if quirky is not None:
        return quirky
    if action == "create":
        return Outcome(201, 201, f"{noun} created")
    if action == "edit":
        return Outcome(200, 200, f"{noun} edited")
    return Outcome(200, 200, f"{noun} details")
