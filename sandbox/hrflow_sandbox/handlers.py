"""What every operation checks first, and the operations on jobs, profiles, boards, sources, auth and webhooks.

A handler answers one operation of the spec (`SpecOperation`): it checks the request,
touches the store and answers, every answer checked against the spec's model of it.
The app routes each operationId of the spec to its handler.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import Response

import hrflow_schemas as models
from hrflow_sandbox.answers import Action, answer, error_response, page_of, render, success_outcome
from hrflow_sandbox.spec import SpecOperation
from hrflow_sandbox.store import (
    CONTAINER,
    Kind,
    ReferenceTaken,
    SandboxState,
    StoredObject,
    UnknownObject,
    new_key,
    now,
    read_shape,
    stored_fields,
)
from hrflow_sandbox.validation import (
    BadRequest,
    choice,
    describe,
    model_errors,
    one_of,
    page_and_limit,
    required_param,
    valid_object,
)

Handler = Callable[[SpecOperation, Request, SandboxState], Awaitable[Response]]

NOUN: dict[Kind, str] = {"job": "Job", "profile": "Profile"}
READ_MODEL: dict[Kind, type[BaseModel]] = {"job": models.Job, "profile": models.Profile}


class NotFound(Exception):
    """The board, source, job or profile does not exist; the message says which."""


def served(handler: Handler, *, any_query: bool = False) -> Handler:
    """`handler` behind the checks of every operation, its errors answered as envelopes.

    Query parameters the operation does not declare are refused with a 400 (unless
    `any_query`), then credentials are checked.
    """

    async def run(op: SpecOperation, request: Request, state: SandboxState) -> Response:
        if not any_query:
            unknown = sorted(set(request.query_params) - op.query)
            if unknown:
                return error_response(
                    400, f"Invalid parameter '{unknown[0][:80]}': not expected here"
                )
        denied = check_credentials(request.headers, state.config.api_keys)
        if denied is not None:
            return denied
        try:
            return await handler(op, request, state)
        except BadRequest as error:
            return error_response(400, error.message)
        except NotFound as error:
            return error_response(404, str(error))
        except ReferenceTaken:
            return error_response(400, "Reference already exists")

    return run


def check_credentials(
    headers: Mapping[str, str], api_keys: frozenset[str] | None
) -> Response | None:
    """The 401 answer for missing or unknown credentials, or None when they are accepted.

    Both `X-API-KEY` and `X-USER-EMAIL` must be present and non-empty; with an
    allow-list, the key must be in it. The message echoes the key that was sent,
    trailing space included, as the service's does.
    """
    api_key = headers.get("x-api-key", "")
    email = headers.get("x-user-email", "")
    if not api_key or not email or (api_keys is not None and api_key not in api_keys):
        return error_response(401, f"Unauthorized. Invalid secret key: {api_key} ")
    return None


async def valid_body(op: SpecOperation, request: Request) -> dict[str, Any]:
    """The request's JSON object, once it fits the operation's request model."""
    assert op.request_model is not None
    return valid_object(op.request_model, await request.body())


def namespace_field(kind: Kind) -> str:
    """The body or query field naming the board (jobs) or source (profiles)."""
    return f"{CONTAINER[kind]}_key"


def find(state: SandboxState, kind: Kind, namespace: str, name: str, value: str) -> StoredObject:
    """The object of the namespace whose `name` (a lookup parameter) is `value`; `NotFound` otherwise."""
    by = "email" if name == "profile_email" else name
    obj = state.store.get(kind, namespace, by=by, value=value)
    if obj is None:
        raise NotFound(f"{NOUN[kind]} not found")
    return obj


# ---- indexing: create, edit, get ---------------------------------------------


def indexing(kind: Kind, action: Action) -> Handler:
    """Create, edit or get a job or profile, answered with the spec's success statuses.

    These operations take (and ignore) query parameters the spec does not declare.
    """

    async def handler(op: SpecOperation, request: Request, state: SandboxState) -> Response:
        if action == "get":
            params = request.query_params
            namespace = required_param(params, namespace_field(kind))
            obj = find(state, kind, namespace, *one_of(params, op.lookups, sentence=True))
        else:
            obj = write(kind, action, await valid_body(op, request), state)
        outcome = success_outcome(op, NOUN[kind], action, strict_rest=state.config.strict_rest)
        body = {"code": outcome.body_code, "message": outcome.message, "data": read_shape(obj)}
        return answer(op, body, outcome.http_status)

    return served(handler, any_query=True)


def write(kind: Kind, action: Action, data: dict[str, Any], state: SandboxState) -> StoredObject:
    """POST/PUT: create or replace the object a validated body describes."""
    namespace: str = data[namespace_field(kind)]
    fields = stored_fields(kind, data)
    check_readable(kind, namespace, fields)
    reference: str | None = fields.get("reference")
    if action == "create":
        return state.store.create(kind, namespace, reference, fields)
    try:
        return state.store.edit(kind, namespace, data["key"], reference, fields)
    except UnknownObject:
        raise NotFound(f"{NOUN[kind]} not found") from None


def check_readable(kind: Kind, namespace: str, fields: dict[str, Any]) -> None:
    """Reject written values that could not be read back as the read model says.

    Experience/education dates and `info.date_birth` are free strings when written
    but timestamps when read; an extra field named like a read-only one (`status`,
    `archive`, ...) must have that field's type.
    """
    stamp = now()
    preview = read_shape(StoredObject(kind, 1, "0" * 40, namespace, 1, fields, stamp, stamp))
    for detail in model_errors(READ_MODEL[kind], render(preview)):
        if detail["loc"] and detail["loc"][0] in fields:
            raise BadRequest(describe(detail, preview))


# ---- boards and sources ------------------------------------------------------


def namespace_view(state: SandboxState, kind: Kind, namespace_id: int, key: str) -> dict[str, Any]:
    return state.namespaces.describe(kind, namespace_id, key, state.store.in_namespace(kind, key))


def list_namespaces(kind: Kind) -> Handler:
    async def handler(op: SpecOperation, request: Request, state: SandboxState) -> Response:
        params = request.query_params
        page, limit = page_and_limit(params)
        sort_by = choice(params, "sort_by", ("date", "name"), "date")
        order_by = choice(params, "order_by", ("desc", "asc"), "desc")
        name = (params.get("name") or "").lower()
        items = [namespace_view(state, kind, id_, key) for id_, key in state.store.namespaces(kind)]
        items = [item for item in items if name in str(item["name"]).lower()]
        field = "name" if sort_by == "name" else "created_at"
        items.sort(key=lambda item: (str(item[field]), item["id"]), reverse=order_by == "desc")
        chunk, meta = page_of(items, page, limit)
        message = f"{CONTAINER[kind].capitalize()} list"
        return answer(op, {"code": 200, "message": message, "meta": meta, "data": chunk})

    return served(handler)


def get_namespace(kind: Kind) -> Handler:
    async def handler(op: SpecOperation, request: Request, state: SandboxState) -> Response:
        key = required_param(request.query_params, "key")
        found = [(id_, k) for id_, k in state.store.namespaces(kind) if k == key]
        noun = CONTAINER[kind].capitalize()
        if not found:
            raise NotFound(f"{noun} not found")
        data = namespace_view(state, kind, *found[0])
        return answer(op, {"code": 200, "message": f"{noun} info", "data": data})

    return served(handler)


# ---- archive -----------------------------------------------------------------


def archive(kind: Kind) -> Handler:
    async def handler(op: SpecOperation, request: Request, state: SandboxState) -> Response:
        data = await valid_body(op, request)
        namespace = data[namespace_field(kind)]
        obj = find(state, kind, namespace, *one_of(data, op.lookups))
        fields = dict(obj.fields)
        if data["is_archive"] == 1:
            fields["archive"] = now()
        else:
            fields.pop("archive", None)
        state.store.edit(kind, namespace, obj.key, fields.get("reference"), fields)
        body = {
            "code": 200,
            "message": f"{NOUN[kind]} {'archived' if data['is_archive'] else 'unarchived'}",
            "data": {"key": obj.key},
        }
        return answer(op, body)

    return served(handler)


# ---- auth and webhooks -------------------------------------------------------


@served
async def check_auth(op: SpecOperation, request: Request, state: SandboxState) -> Response:
    key = request.headers.get("x-api-key", "")
    permission = (
        "read" if key.startswith("askr_") else "write" if key.startswith("askw_") else "all"
    )
    data = {
        "team_name": "sandbox",
        "team_subdomain": "sandbox",
        "request_origin": "api",
        "api_key_permission": permission,
    }
    return answer(op, {"code": 200, "message": "Authentication succeeded", "data": data})


@served
async def check_webhook(op: SpecOperation, request: Request, state: SandboxState) -> Response:
    data = await valid_body(op, request)
    state.webhooks.emit(
        {"type": data["type"], "origin": "check", "message": "webhook check"}, data["url"]
    )
    out = {
        "team_name": "sandbox",
        "webhook_id": f"wid_{new_key()[:22]}",
        "url": data["url"],
        "type": data["type"],
    }
    return answer(op, {"code": 200, "message": "ok", "data": out})
