"""The sandbox's connections: a deadline for request headers, and closing a connection
from inside the app, with or without a partial answer.

uvicorn drops idle keep-alive connections, but not one that never completes its
request headers (a half-open or trickling client holds its socket forever):
`SandboxH11Protocol` drops a connection whose headers are not all in within
`header_timeout` seconds of its opening or of its previous answer.

ASGI has no way to drop a connection: an app that returns without answering makes
uvicorn send a 500. `SandboxH11Protocol` (uvicorn's h11 protocol, which the sandbox's
server uses) puts each connection's transport into the request scope, under
`extensions["hrflow_sandbox.transport"]`, so a fault can close the socket itself.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, cast

import h11
from starlette.types import Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

logger = logging.getLogger("hrflow_sandbox")

TRANSPORT_EXTENSION = "hrflow_sandbox.transport"


class SandboxH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, with a header deadline and the transport exposed to the app.

    `header_timeout` is set by `with_header_timeout` (uvicorn builds the protocol itself).
    """

    header_timeout: float = 10.0
    _header_timer: asyncio.TimerHandle | None = None

    @classmethod
    def with_header_timeout(cls, seconds: float) -> type[SandboxH11Protocol]:
        """This protocol, dropping connections whose headers take over `seconds`."""
        return type(cls.__name__, (cls,), {"header_timeout": seconds})

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(cast(asyncio.Transport, transport))
        self._arm_header_timer()
        inner = self.app

        async def app_with_transport(scope: Any, receive: Any, send: Any) -> None:
            extensions = dict(scope.get("extensions") or {})
            extensions[TRANSPORT_EXTENSION] = transport
            scope["extensions"] = extensions
            await inner(scope, receive, send)

        self.app = app_with_transport

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_timer()
        super().connection_lost(exc)

    def _arm_header_timer(self) -> None:
        self._disarm_header_timer()
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_overdue)

    def _disarm_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_overdue(self) -> None:
        self._header_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            logger.info(
                "Dropping a connection whose request headers took over %g s", self.header_timeout
            )
            self.transport.close()


class NoTransportError(RuntimeError):
    """The server running the app does not expose its transport (not the sandbox's server)."""


def _transport(scope: Scope) -> asyncio.BaseTransport:
    transport = (scope.get("extensions") or {}).get(TRANSPORT_EXTENSION)
    if not isinstance(transport, asyncio.BaseTransport):
        raise NoTransportError(
            "connection faults need the sandbox's own server (hrflow_sandbox.sandbox or the CLI)"
        )
    return transport


async def close_connection(scope: Scope, receive: Receive) -> None:
    """Close the connection (flushing what was already written) and wait until the
    server has noticed, so it does not try to answer the request itself."""
    _transport(scope).close()
    async with asyncio.timeout(5):
        while (await receive())["type"] != "http.disconnect":
            pass


async def send_truncated(
    scope: Scope, receive: Receive, send: Send, start: dict[str, Any], body: bytes
) -> None:
    """Send the response head (its Content-Length announcing all of `body`), then only
    the first half of `body`, then close the connection."""
    _transport(scope)  # fail before sending anything if the connection cannot be closed
    await send(start)
    await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
    await close_connection(scope, receive)
