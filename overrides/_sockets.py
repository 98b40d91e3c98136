"""Sync sockets bounded by the attempt's total deadline (`_limits.left`), under the client's pool or a user's.

A module of its own so that `import hrflow_client` does not load httpcore: it is
imported when the first sync pool is built, as httpx imports httpcore.
"""

from __future__ import annotations

from typing import Any

import httpcore
import httpx

from ._limits import left


class _DeadlineStream(httpcore.NetworkStream):
    """A socket whose every read and write waits at most until the attempt's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(
            ssl_context, server_hostname, left(timeout, httpcore.ConnectTimeout)
        )
        return _DeadlineStream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """A sync network backend (httpcore's sockets by default) bounded by the deadline of the attempt running in this thread.

    Outside an attempt there is no deadline, and every call passes through unchanged.
    """

    def __init__(self, inner: httpcore.NetworkBackend | None = None) -> None:
        self._inner = httpcore.SyncBackend() if inner is None else inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host, port, left(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_unix_socket(
            path, left(timeout, httpcore.ConnectTimeout), socket_options
        )
        return _DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _bound(holder: object) -> None:
    """The backend and socket of an httpcore pool or connection, and of the connections inside it, deadline-bounded once."""
    while holder is not None:
        backend = getattr(holder, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend) and not isinstance(
            backend, DeadlineBackend
        ):
            setattr(holder, "_network_backend", DeadlineBackend(backend))  # noqa: B010
        stream = getattr(holder, "_network_stream", None)
        if isinstance(stream, httpcore.NetworkStream) and not isinstance(stream, _DeadlineStream):
            setattr(holder, "_network_stream", _DeadlineStream(stream))  # noqa: B010
        holder = getattr(holder, "_connection", None)


def bound_client(client: httpx.Client) -> None:
    """Put the attempt deadline under an `httpx.Client` of the user's, as under the client's own pool.

    Each httpcore pool behind it (its transport and its mounts, proxies included, when
    they are `httpx.HTTPTransport`s) gets its network backend wrapped in a
    `DeadlineBackend`, and the connections it already holds their sockets; wrapping
    twice changes nothing. The owner's own requests carry no deadline, so they pass through.
    """
    for transport in (client._transport, *client._mounts.values()):
        if isinstance(transport, httpx.HTTPTransport):
            _bound(transport._pool)
            for connection in transport._pool.connections:
                _bound(connection)
