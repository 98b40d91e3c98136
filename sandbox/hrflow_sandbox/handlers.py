"""The six API operations: check credentials and input, touch the store, answer."""

from __future__ import annotations

import logging
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from hrflow_sandbox.auth import check_credentials
from hrflow_sandbox.envelopes import error_response, render
from hrflow_sandbox.operations import Operation
from hrflow_sandbox.outcomes import lookup_names
from hrflow_sandbox.representation import read_shape, stored_fields
from hrflow_sandbox.state import SandboxState
from hrflow_sandbox.store import ReferenceTaken, StoredObject, UnknownObject
from hrflow_sandbox.timestamps import now
from hrflow_sandbox.validation import (
    BadRequest,
    describe,
    lookup_param,
    model_errors,
    parse_object,
    required_param,
    validate_body,
)

logger = logging.getLogger("hrflow_sandbox")


class InvalidResponse(Exception):
    """The sandbox built a response that fails the operation's response model: a sandbox bug."""


async def handle(op: Operation, request: Request, state: SandboxState) -> Response:
    """Answer one API request for `op`."""
    denied = check_credentials(request.headers, state.config.api_keys)
    if denied is not None:
        return denied
    try:
        if op.action == "get":
            obj = read(op, request, state)
        else:
            obj = write(op, await request.body(), state)
    except BadRequest as error:
        return error_response(400, error.message)
    except UnknownObject:
        return error_response(404, f"{op.noun} not found")
    except ReferenceTaken:
        return error_response(400, "Reference already exists")
    outcome = state.outcomes[op.operation_id]
    body = {"code": outcome.body_code, "message": outcome.message, "data": read_shape(obj)}
    return checked_response(op, body, outcome.http_status, state)


def read(op: Operation, request: Request, state: SandboxState) -> StoredObject:
    """GET: the object of the namespace with the given key, reference (or profile email)."""
    params = request.query_params
    namespace = required_param(params, op.namespace_field)
    name, value = lookup_param(params, lookup_names(op.operation_id))
    obj = state.store.get(op.kind, namespace, by=name, value=value)
    if obj is None:
        raise UnknownObject(value)
    return obj


def write(op: Operation, body: bytes, state: SandboxState) -> StoredObject:
    """POST/PUT: validate the body, then create or replace the object."""
    assert op.request_model is not None
    data = parse_object(body)
    validate_body(op.request_model, body, data)
    namespace: str = data[op.namespace_field]
    fields = stored_fields(op.kind, data)
    check_readable(op, namespace, fields)
    reference: str | None = fields.get("reference")
    if op.action == "create":
        return state.store.create(op.kind, namespace, reference, fields)
    return state.store.edit(op.kind, namespace, data["key"], reference, fields)


def check_readable(op: Operation, namespace: str, fields: dict[str, Any]) -> None:
    """Reject written values that could not be read back as the read model says.

    Experience/education dates and `info.date_birth` are free strings when written
    but timestamps when read; an extra field named like a read-only one (`status`,
    `archive`, ...) must have that field's type.
    """
    stamp = now()
    preview = read_shape(StoredObject(op.kind, 1, "0" * 40, namespace, 1, fields, stamp, stamp))
    for detail in model_errors(op.read_model, render(preview)):
        if detail["loc"] and detail["loc"][0] in fields:
            raise BadRequest(describe(detail, preview))


def checked_response(
    op: Operation, body: dict[str, Any], http_status: int, state: SandboxState
) -> Response:
    """The response, once `body` is known to validate against the operation's model."""
    content = render(body)
    errors = model_errors(op.response_model, content)
    if not errors:
        return Response(content, http_status, media_type="application/json")
    message = (
        f"sandbox bug: the {op.operation_id} response fails {op.response_model.__name__}: "
        + "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors)
    )
    if state.config.strict_responses:
        raise InvalidResponse(message)
    logger.error("%s\nbody: %s", message, content.decode())
    state.record_error(message)
    return error_response(500, "Internal server error")
