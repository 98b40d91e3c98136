"""The control API under `/__sandbox` (not in the spec; guarded by `control_guard`).

```text
POST   /__sandbox/faults  {"faults": [spec, ...], "random": {rate, faults, seed} | null}
GET    /__sandbox/faults  pending faults
DELETE /__sandbox/faults  drop queued faults, stop random ones
GET    /__sandbox/state   stored objects per namespace, request counters, faults, errors
POST   /__sandbox/reset   forget everything
```
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from hrflow_sandbox.accounts import CONTROL_PREFIX
from hrflow_sandbox.envelopes import error_response, json_response
from hrflow_sandbox.faults import FaultSpecError, RandomFaults
from hrflow_sandbox.state import SandboxState
from hrflow_sandbox.validation import BadRequest, parse_object

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

    return [
        Route(f"{CONTROL_PREFIX}/faults", add_faults, methods=["POST"]),
        Route(f"{CONTROL_PREFIX}/faults", show_faults, methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/faults", clear_faults, methods=["DELETE"]),
        Route(f"{CONTROL_PREFIX}/state", show_state, methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/reset", reset, methods=["POST"]),
    ]
