"""Applies the fault chosen for an API request (header, queue or random draw)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from starlette.datastructures import Headers
from starlette.responses import HTMLResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hrflow_sandbox.connection import close_connection, send_truncated
from hrflow_sandbox.envelopes import error_response
from hrflow_sandbox.faults import Fault, FaultSpecError
from hrflow_sandbox.spec_routes import find_route
from hrflow_sandbox.state import SandboxState

logger = logging.getLogger("hrflow_sandbox")

FAULT_HEADER = "x-sandbox-fault"

GATEWAY_PAGE = """<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
"""


class FaultInjection:
    """Counts API requests per operation and injects faults into them."""

    def __init__(self, app: ASGIApp, state: SandboxState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        op = find_route(scope["method"], scope["path"]) if scope["type"] == "http" else None
        if op is None:
            await self.app(scope, receive, send)
            return
        with self.state.tracking(op.operation_id):
            try:
                fault = self.state.faults.next_fault(Headers(scope=scope).get(FAULT_HEADER))
            except FaultSpecError as error:
                response = error_response(400, f"Invalid X-Sandbox-Fault header: {error}")
                await response(scope, receive, send)
                return
            if fault is None:
                await self.app(scope, receive, send)
                return
            logger.info("Injecting fault %r into %s", fault.spec, op.operation_id)
            await self.inject(fault, scope, receive, send)

    async def inject(self, fault: Fault, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer the request as `fault` says."""
        if fault.kind == "delay":
            # The request is taken in first, so a client that gives up during the delay
            # still gets its write performed, as with a slow server.
            body = await read_body(receive)
            await asyncio.sleep(fault.seconds)
            await self.app(scope, replay(body, receive), send)
        elif fault.kind == "drop":
            # Take the request in first: the server got it, then went away.
            await read_body(receive)
            await close_connection(scope, receive)
        elif fault.kind == "drop-after-write":
            await self.captured(scope, receive)
            await close_connection(scope, receive)
        elif fault.kind == "truncate":
            start, body = await self.captured(scope, receive)
            await send_truncated(scope, receive, send, start, body)
        else:
            await fault_response(fault)(scope, receive, send)

    async def captured(self, scope: Scope, receive: Receive) -> tuple[dict[str, Any], bytes]:
        """Run the operation for real, keeping its answer instead of sending it."""
        messages: list[Message] = []

        async def keep(message: Message) -> None:
            messages.append(message)

        await self.app(scope, receive, keep)
        start = next(m for m in messages if m["type"] == "http.response.start")
        body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
        return dict(start), body


async def read_body(receive: Receive) -> bytes:
    """The whole request body."""
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def replay(body: bytes, receive: Receive) -> Receive:
    """A `receive` handing out `body` in one message, then deferring to `receive`."""
    pending = True

    async def replaying() -> Message:
        nonlocal pending
        if pending:
            pending = False
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replaying


def fault_response(fault: Fault) -> Response:
    """The canned answer of a status, body-code or html fault."""
    if fault.kind == "html":
        return HTMLResponse(GATEWAY_PAGE, 502)
    if fault.kind == "body-code":
        return error_response(fault.status, http_status=200)
    headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else None
    return error_response(fault.status, headers=headers)
