"""The request body limit: a real server refuses what it will not buffer (HTTP 413)."""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hrflow_sandbox.envelopes import error_response


class BodyTooLarge(Exception):
    """The request body went past the limit while being read."""


class BodyLimit:
    """Answer 413 (and close the connection) for bodies over `max_bytes`.

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
