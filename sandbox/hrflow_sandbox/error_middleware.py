"""Turns any exception escaping a handler into the service's 500 envelope, and logs it."""

from __future__ import annotations

import logging

from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hrflow_sandbox.envelopes import error_response
from hrflow_sandbox.handlers import InvalidResponse
from hrflow_sandbox.state import SandboxState

logger = logging.getLogger("hrflow_sandbox")


class ErrorMiddleware:
    """Answer `{"code": 500, "message": "Internal server error"}` for unexpected errors.

    Each error is logged with its traceback and recorded in the state (the test
    fixtures fail a test that caused one). An `InvalidResponse` (strict responses) is
    re-raised once answered, so the server logs it as well.
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
            logger.exception("Internal error answering %s %s", scope["method"], scope["path"])
            self.state.record_error(f"{scope['method']} {scope['path']}: {error!r}")
            if not started:
                await error_response(500, "Internal server error")(scope, receive, send)
            if isinstance(error, InvalidResponse):
                raise
