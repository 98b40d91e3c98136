"""The control API under `/__sandbox` (not in the spec; guarded by `control_guard`).

```text
POST   /__sandbox/faults  {"faults": [spec, ...], "random": {rate, faults, seed} | null}
GET    /__sandbox/faults  pending faults
DELETE /__sandbox/faults  drop queued faults, stop random ones
GET    /__sandbox/state   stored objects per namespace, request counters, faults, errors
POST   /__sandbox/reset   forget everything
POST   /__sandbox/boards  {"key": ..., "name": ..., "description": ...}  seed a board (X-API-KEY's)
POST   /__sandbox/sources {"key": ..., "name": ..., "description": ...}  seed a source (X-API-KEY's)
POST   /__sandbox/webhook {"url": loopback URL, "secret": ...} | {"url": null}  where events go
GET    /__sandbox/webhook the target URL and every delivery
```
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from hrflow_sandbox.accounts import CONTROL_PREFIX, current_account
from hrflow_sandbox.envelopes import error_response, json_response
from hrflow_sandbox.faults import FaultSpecError, RandomFaults
from hrflow_sandbox.operations import Kind
from hrflow_sandbox.state import SandboxState
from hrflow_sandbox.validation import BadRequest, parse_object
from hrflow_sandbox.webhook_delivery import WebhookTarget

Endpoint = Callable[[Request], Awaitable[Response]]


def control_routes(state: SandboxState) -> list[Route]:
    """The control endpoints of one sandbox."""

    async def add_faults(request: Request) -> Response:
        try:
            data = parse_object(await request.body())
            specs = data.get("faults", [])
            if not isinstance(specs, list):
                raise FaultSpecError("'faults' must be a list of fault specs")
            random_faults = None
            if data.get("random") is not None:
                random_faults = RandomFaults.from_json(data["random"], state.faults.max_delay)
            state.faults.queue(specs)
        except BadRequest as error:
            return error_response(400, error.message)
        except FaultSpecError as error:
            return error_response(400, f"Invalid fault: {error}")
        if "random" in data:
            state.faults.set_random(random_faults)
        return json_response(state.faults.describe(), 200)

    async def show_faults(request: Request) -> Response:
        return json_response(state.faults.describe(), 200)

    async def clear_faults(request: Request) -> Response:
        state.faults.clear()
        return json_response(state.faults.describe(), 200)

    async def show_state(request: Request) -> Response:
        return json_response(state.snapshot(), 200)

    async def reset(request: Request) -> Response:
        state.reset()
        return json_response({"reset": True}, 200)

    def seed(kind: Kind) -> Endpoint:
        async def seed_namespace(request: Request) -> Response:
            try:
                data = parse_object(await request.body())
                key, name, description = (data.get(f) for f in ("key", "name", "description"))
                if not isinstance(key, str) or not key:
                    raise BadRequest("Invalid field 'key': a non-empty string is required")
                if not all(v is None or isinstance(v, str) for v in (name, description)):
                    raise BadRequest("Invalid body: 'name' and 'description' must be strings")
            except BadRequest as error:
                return error_response(400, error.message)
            if current_account.get() is None:
                return error_response(
                    400, "Missing X-API-KEY: send the key of the account the namespace is for"
                )
            namespace_id = state.store.ensure_namespace(kind, key)
            state.namespaces.seed(namespace_id, name, description)
            return json_response({"key": key, "name": name, "description": description}, 200)

        return seed_namespace

    async def set_webhook(request: Request) -> Response:
        try:
            data = parse_object(await request.body())
            url, secret = data.get("url"), data.get("secret")
            if url is None:
                state.webhooks.configure(None)
            elif not isinstance(url, str) or not isinstance(secret, str) or not secret:
                raise BadRequest(
                    "Invalid body: give 'url' (a loopback URL) and 'secret' (non-empty)"
                )
            else:
                state.webhooks.configure(WebhookTarget(url, secret))
        except BadRequest as error:
            return error_response(400, error.message)
        except ValueError as error:
            return error_response(400, str(error))
        return json_response(state.webhooks.describe(), 200)

    async def show_webhook(request: Request) -> Response:
        return json_response(state.webhooks.describe(), 200)

    return [
        Route(f"{CONTROL_PREFIX}/boards", seed("job"), methods=["POST"]),
        Route(f"{CONTROL_PREFIX}/sources", seed("profile"), methods=["POST"]),
        Route(f"{CONTROL_PREFIX}/webhook", set_webhook, methods=["POST"]),
        Route(f"{CONTROL_PREFIX}/webhook", show_webhook, methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/faults", add_faults, methods=["POST"]),
        Route(f"{CONTROL_PREFIX}/faults", show_faults, methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/faults", clear_faults, methods=["DELETE"]),
        Route(f"{CONTROL_PREFIX}/state", show_state, methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/reset", reset, methods=["POST"]),
    ]
