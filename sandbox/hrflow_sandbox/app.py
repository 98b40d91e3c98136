"""The ASGI app: the spec's operations under `/v1`, plus the control API."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from hrflow_sandbox.accounts import AccountScope
from hrflow_sandbox.config import SandboxConfig
from hrflow_sandbox.control import Endpoint, control_routes
from hrflow_sandbox.control_guard import ControlGuard
from hrflow_sandbox.envelopes import error_response
from hrflow_sandbox.error_middleware import ErrorMiddleware
from hrflow_sandbox.fault_injection import FaultInjection
from hrflow_sandbox.handlers import handle
from hrflow_sandbox.limits import BodyLimit
from hrflow_sandbox.operations import API_PREFIX, OPERATIONS, Operation
from hrflow_sandbox.state import SandboxState


def create_app(config: SandboxConfig | None = None) -> Starlette:
    """A sandbox app with its own state, reachable as `app.state.sandbox`.

    Every request, whatever its route, passes the control guard, the body limit and
    the per-key account scope.
    """
    config = config or SandboxConfig()
    state = SandboxState(config)
    by_path: dict[str, dict[str, Operation]] = {}
    for op in OPERATIONS:
        by_path.setdefault(API_PREFIX + op.path, {})[op.method] = op
    routes = [
        Route(path, _endpoint(ops, state), methods=list(ops)) for path, ops in by_path.items()
    ]
    app = Starlette(
        routes=[*routes, *control_routes(state)],
        middleware=[
            Middleware(ErrorMiddleware, state=state),
            Middleware(ControlGuard, config=config),
            Middleware(BodyLimit, max_bytes=config.max_body_bytes),
            Middleware(AccountScope),
            Middleware(FaultInjection, state=state),
        ],
        exception_handlers={HTTPException: _http_error},
    )
    app.state.sandbox = state
    return app


def _endpoint(ops: dict[str, Operation], state: SandboxState) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        return await handle(ops[method], request, state)

    return endpoint


async def _http_error(request: Request, error: Exception) -> Response:
    """Routing errors (unknown path, unsupported method) as envelopes."""
    assert isinstance(error, HTTPException)
    return error_response(error.status_code, headers=error.headers)
