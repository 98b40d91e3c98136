"""The sandbox app: the spec's paths routed to their handlers, the control API, the middleware of every request."""

from __future__ import annotations

import logging

from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hrflow_sandbox import handlers, parsing, search
from hrflow_sandbox.answers import InvalidResponse, error_response
from hrflow_sandbox.config import SandboxConfig
from hrflow_sandbox.control import CONTROL_PREFIX, ControlGuard, Endpoint, control_routes
from hrflow_sandbox.faults import FaultInjection
from hrflow_sandbox.handlers import Handler
from hrflow_sandbox.spec import API_PREFIX, SpecOperation, spec_operations
from hrflow_sandbox.store import SandboxState, account_of, scoped

logger = logging.getLogger("hrflow_sandbox")

HANDLERS: dict[str, Handler] = {
    "indexJob": handlers.indexing("job", "create"),
    "editJob": handlers.indexing("job", "edit"),
    "getJob": handlers.indexing("job", "get"),
    "indexProfile": handlers.indexing("profile", "create"),
    "editProfile": handlers.indexing("profile", "edit"),
    "getProfile": handlers.indexing("profile", "get"),
    "listBoards": handlers.list_namespaces("job"),
    "getBoard": handlers.get_namespace("job"),
    "listSources": handlers.list_namespaces("profile"),
    "getSource": handlers.get_namespace("profile"),
    "archiveJob": handlers.archive("job"),
    "archiveProfile": handlers.archive("profile"),
    "checkAuth": handlers.check_auth,
    "checkWebhook": handlers.check_webhook,
    "listJobs": search.list_objects("job"),
    "listProfiles": search.list_objects("profile"),
    "searchJobs": search.search_objects("job"),
    "searchProfiles": search.search_objects("profile"),
    "scoreJobs": search.score_objects("job"),
    "scoreProfiles": search.score_objects("profile"),
    "parseProfileFile": parsing.parse_profile_file,
    "getProfileParsing": parsing.get_profile_parsing,
    "getProfileAttachments": parsing.get_profile_attachments,
}
"""The handler of each operationId of the spec."""


def create_app(config: SandboxConfig | None = None) -> Starlette:
    """A sandbox app with its own state, reachable as `app.state.sandbox`.

    Routes come from the spec's paths: each operation is served by the handler of its
    operationId in `HANDLERS`; an operation of the spec without one is a sandbox bug,
    refused here. Every request, whatever its route, passes the control guard, the body
    limit and the per-key account scope.
    """
    config = config or SandboxConfig()
    state = SandboxState(config)
    by_path: dict[str, dict[str, Endpoint]] = {}
    for op in spec_operations():
        if op.operation_id not in HANDLERS:
            raise LookupError(f"the sandbox has no handler for operation {op.operation_id}")
        endpoint = _bound(HANDLERS[op.operation_id], op, state)
        by_path.setdefault(API_PREFIX + op.path, {})[op.method] = endpoint
    routes = [
        Route(path, _dispatch(endpoints), methods=list(endpoints))
        for path, endpoints in by_path.items()
    ]

    async def uploaded_file(request: Request) -> Response:
        return await parsing.uploaded_file(request, state)

    app = Starlette(
        routes=[
            *routes,
            *control_routes(state),
            Route(f"{parsing.FILES}/{{alt}}", uploaded_file, methods=["GET"]),
        ],
        middleware=[
            Middleware(ErrorMiddleware, state=state),
            Middleware(ControlGuard, config=config),
            Middleware(BodyLimit, max_bytes=config.max_body_bytes),
            Middleware(AccountScope),
            Middleware(FaultInjection, plan=state.faults, tracking=state.tracking),
        ],
        exception_handlers={HTTPException: _http_error},
    )
    app.state.sandbox = state
    return app


def _bound(handler: Handler, op: SpecOperation, state: SandboxState) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        return await handler(op, request, state)

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


class ErrorMiddleware:
    """Answer `{"code": 500, "message": "Internal server error"}` for unexpected errors.

    Each error is logged and recorded in the state (the test fixtures fail a test that
    caused one). An `InvalidResponse` (an answer failing its model, a sandbox bug) is
    logged with the answer that was not sent; with `strict_responses` it is treated as
    any other error, and raised again once answered, so the server logs it as well.
    """

    def __init__(self, app: ASGIApp, state: SandboxState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except ClientDisconnect:
            logger.info("Client left before %s %s was answered", scope["method"], scope["path"])
        except Exception as error:
            strict = self.state.config.strict_responses
            if isinstance(error, InvalidResponse) and not strict:
                logger.error("%s\nbody: %s", error, error.content.decode())
                self.state.record_error(str(error))
            else:
                logger.exception("Internal error answering %s %s", scope["method"], scope["path"])
                self.state.record_error(f"{scope['method']} {scope['path']}: {error!r}")
            if not started:
                await error_response(500, "Internal server error")(scope, receive, send)
            if isinstance(error, InvalidResponse) and strict:
                raise


class BodyTooLarge(Exception):
    """The request body went past the limit while being read."""


class BodyLimit:
    """Answer 413 (and close the connection) for bodies over `max_bytes`, as a real server would.

    A declared `Content-Length` over the limit is refused before reading anything; a
    chunked body is counted as it arrives and refused when it goes past the limit.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await self.too_large()(scope, receive, send)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self.too_large()(scope, receive, send)

    def too_large(self) -> ASGIApp:
        """The 413 answer; the connection is closed after it, the rest of the body unread."""
        return error_response(
            413,
            f"Request body larger than {self.max_bytes} bytes",
            headers={"Connection": "close"},
        )


class AccountScope:
    """Scope each request to the account of its `X-API-KEY` (see `store.current_account`).

    API requests are always scoped (a missing key is the empty key's account, and is
    refused anyway); control requests only when they carry a key.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        api_key = Headers(scope=scope).get("x-api-key")
        is_control = scope["path"].startswith(CONTROL_PREFIX)
        account = None if is_control and api_key is None else account_of(api_key or "")
        with scoped(account):
            await self.app(scope, receive, send)
