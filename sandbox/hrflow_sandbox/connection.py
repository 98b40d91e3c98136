"""Closing a client connection from inside the app, with or without a partial answer.

ASGI has no way to drop a connection: an app that returns without answering makes
uvicorn send a 500. `SandboxH11Protocol` (uvicorn's h11 protocol, which the sandbox's
server uses) puts each connection's transport into the request scope, under
`extensions["hrflow_sandbox.transport"]`, so a fault can close the socket itself.
"""

from __future__ import annotations

import asyncio
from typing import Any, cast

from starlette.types import Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

TRANSPORT_EXTENSION = "hrflow_sandbox.transport"


class SandboxH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, exposing the connection's transport to the app."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(cast(asyncio.Transport, transport))
        inner = self.app

        async def app_with_transport(scope: Any, receive: Any, send: Any) -> None:
            extensions = dict(scope.get("extensions") or {})
            extensions[TRANSPORT_EXTENSION] = transport
            scope["extensions"] = extensions
            await inner(scope, receive, send)

        self.app = app_with_transport


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
