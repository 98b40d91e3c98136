"""The ASGI app: the spec's operations under `/v1` (routed from the spec's paths), plus the control API."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from hrflow_sandbox.accounts import AccountScope
from hrflow_sandbox.api_handlers import HANDLERS, Handler
from hrflow_sandbox.config import SandboxConfig
from hrflow_sandbox.control import Endpoint, control_routes
from hrflow_sandbox.control_guard import ControlGuard
from hrflow_sandbox.envelopes import error_response
from hrflow_sandbox.error_middleware import ErrorMiddleware
from hrflow_sandbox.fault_injection import FaultInjection
from hrflow_sandbox.handlers import handle
from hrflow_sandbox.limits import BodyLimit
from hrflow_sandbox.operations import API_PREFIX, OPERATIONS, Operation
from hrflow_sandbox.spec_routes import spec_operations
from hrflow_sandbox.state import SandboxState


def create_app(config: SandboxConfig | None = None) -> Starlette:
    """A sandbox app with its own state, reachable as `app.state.sandbox`.

    Routes come from the spec's paths: each operationId is served by the indexing
    handler of `OPERATIONS` or by its entry in `HANDLERS`; an operation of the spec
    without a handler is a sandbox bug, refused here. Every request, whatever its route,
    passes the control guard, the body limit and the per-key account scope.
    """
    config = config or SandboxConfig()
    state = SandboxState(config)
    indexing = {op.operation_id: op for op in OPERATIONS}
    by_path: dict[str, dict[str, Endpoint]] = {}
    for spec_op in spec_operations():
        if spec_op.operation_id in indexing:
            endpoint = _indexing(indexing[spec_op.operation_id], state)
        elif spec_op.operation_id in HANDLERS:
            endpoint = _bound(HANDLERS[spec_op.operation_id], state, spec_op.query)
        else:
            raise LookupError(f"the sandbox has no handler for operation {spec_op.operation_id}")
        by_path.setdefault(API_PREFIX + spec_op.path, {})[spec_op.method] = endpoint
    routes = [
        Route(path, _dispatch(endpoints), methods=list(endpoints))
        for path, endpoints in by_path.items()
    ]
    app = Starlette(
        routes=[*routes, *control_routes(state), Route(FILES, _uploaded(state), methods=["GET"])],
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


FILES = "/files/{alt}"
"""Uploaded files, by their attachment's `alt` (unguessable, as the service's public URLs)."""


def _uploaded(state: SandboxState) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        content = state.documents.file(request.path_params["alt"])
        if content is None:
            return error_response(404, "File not found")
        return Response(content, 200, media_type="application/octet-stream")

    return endpoint


def _indexing(op: Operation, state: SandboxState) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        return await handle(op, request, state)

    return endpoint


def _bound(handler: Handler, state: SandboxState, query: frozenset[str]) -> Endpoint:
    """Serve `handler`, refusing query parameters the operation does not declare."""

    async def endpoint(request: Request) -> Response:
        unknown = sorted(set(request.query_params) - query)
        if unknown:
            return error_response(400, f"Invalid parameter '{unknown[0][:80]}': not expected here")
        return await handler(request, state)

    return endpoint


def _dispatch(endpoints: dict[str, Endpoint]) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        return await endpoints[method](request)

    return endpoint


async def _http_error(request: Request, error: Exception) -> Response:
    """Routing errors (unknown path, unsupported method) as envelopes."""
    assert isinstance(error, HTTPException)
    return error_response(error.status_code, headers=error.headers)
