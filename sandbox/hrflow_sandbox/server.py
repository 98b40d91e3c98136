"""Serving a sandbox with uvicorn, in a background thread or in the foreground (CLI), with a header deadline.

uvicorn drops idle keep-alive connections, but not one that never completes its
request headers (a half-open or trickling client holds its socket forever):
`SandboxH11Protocol` drops a connection whose headers are not all in within
`header_timeout` seconds of its opening or of its previous answer. It also puts each
connection's transport into the request scope, so connection faults can close it.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

import h11
import uvicorn
from starlette.applications import Starlette
from uvicorn.protocols.http.h11_impl import H11Protocol

from hrflow_sandbox.app import create_app
from hrflow_sandbox.config import SandboxConfig
from hrflow_sandbox.faults import TRANSPORT_EXTENSION
from hrflow_sandbox.spec import API_PREFIX
from hrflow_sandbox.store import SandboxState

logger = logging.getLogger("hrflow_sandbox")


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


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on `host:port` (port 0: a free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, so that asyncio sets TCP_NODELAY on accepted connections (it checks
    # the protocol); without it every answer waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    return sock


def base_url(sock: socket.socket) -> str:
    """`http://<host>:<port>/v1` for a bound socket."""
    host, port = sock.getsockname()[:2]
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}{API_PREFIX}"


def uvicorn_server(app: Starlette, *, log_level: str | None = None) -> uvicorn.Server:
    """A uvicorn server for the app, using the protocol that lets faults drop connections
    and drops connections slow to send their headers.

    Logging is left to the caller (no dictConfig), and no lifespan is run.
    """
    state: SandboxState = app.state.sandbox
    config = uvicorn.Config(
        app,
        http=SandboxH11Protocol.with_header_timeout(state.config.header_timeout),
        lifespan="off",
        log_config=None,
        log_level=log_level,
        access_log=False,
        timeout_graceful_shutdown=1,
    )
    return uvicorn.Server(config)


class SandboxServer:
    """A sandbox served by uvicorn in a background thread on `host` (a free port by default)."""

    def __init__(self, config: SandboxConfig | None = None, host: str = "127.0.0.1", port: int = 0):
        self.app = create_app(config)
        self._socket = bind(host, port)
        self.url = base_url(self._socket)
        self._server = uvicorn_server(self.app)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [self._socket]},
            daemon=True,
            name=f"hrflow-sandbox {self.url}",
        )

    @property
    def state(self) -> SandboxState:
        """The sandbox's state (store, faults, counters, recorded errors)."""
        state: SandboxState = self.app.state.sandbox
        return state

    def start(self, timeout: float = 10.0) -> str:
        """Start serving; return the base URL once the server accepts requests."""
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the sandbox server stopped during startup")
            if time.monotonic() > deadline:
                self.stop()
                raise TimeoutError(f"the sandbox server did not start within {timeout} s")
            time.sleep(0.005)
        return self.url

    def stop(self, timeout: float = 5.0) -> None:
        """Stop serving (in bounded time) and release the socket and the database."""
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout / 2)
        if self._thread.is_alive():
            self._server.force_exit = True
            self._thread.join(timeout / 2)
        if self._thread.is_alive():
            logger.warning("the sandbox server at %s did not stop in time", self.url)
        self._socket.close()
        self.state.store.close()

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


@contextmanager
def sandbox(**config: Any) -> Iterator[str]:
    """Run a sandbox on 127.0.0.1 (a free port) while the block runs; yield its base URL.

    Keyword arguments are `SandboxConfig` fields, e.g. `sandbox(strict_rest=True)`.
    """
    with SandboxServer(SandboxConfig(**config)) as server:
        yield server.url
