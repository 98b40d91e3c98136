"""A hostile HTTP server on 127.0.0.1: endless, trickling, bomb-like or hung-up answers, byte for byte.

`scripted.ScriptedServer` answers with whole, well-formed bodies; these faults need
control of every byte and of the timing between them.
"""

from __future__ import annotations

import itertools
import json
import socket
import socketserver
import threading
import time
import zlib
from collections.abc import Callable
from typing import Any

Behaviour = Callable[[socket.socket, bytes], None]
"""Writes an answer to a connection, given the request it read (head and body)."""

OK_BODY = json.dumps(
    {
        "code": 200,
        "message": "Job retrieved",
        "data": {"key": "k", "name": "n", "created_at": "2020-06-11T14:43:29+0000"},
    }
).encode()


def head(status: str = "200 OK", **headers: str | int) -> bytes:
    lines = [f"HTTP/1.1 {status}"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def answer(body: bytes, status: str = "200 OK", **headers: str | int) -> bytes:
    return head(status, Content_Type="application/json", Content_Length=len(body), **headers) + body


def ok(connection: socket.socket, request: bytes) -> None:
    connection.sendall(answer(OK_BODY))


def endless(connection: socket.socket, request: bytes) -> None:
    """Headers, then a chunked body that never ends."""
    connection.sendall(head(Content_Type="application/json", Transfer_Encoding="chunked"))
    chunk = b"[" + b"1," * 32767
    framed = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    while True:
        connection.sendall(framed)


def huge(connection: socket.socket, request: bytes) -> None:
    """A 1 GB body announced by Content-Length, sent as fast as the client reads."""
    size = 1_000_000_000
    connection.sendall(head(Content_Type="application/json", Content_Length=size))
    block = b" " * 65536
    for _ in range(size // len(block)):
        connection.sendall(block)


def gzip_bomb(decoded_size: int) -> bytes:
    """A gzip body of `decoded_size` spaces: about a thousand times smaller than what it decodes to."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = b" " * (1 << 20)
    parts = [compressor.compress(block) for _ in range(decoded_size // len(block))]
    return b"".join(parts) + compressor.flush()


def bomb(body: bytes) -> Behaviour:
    def send(connection: socket.socket, request: bytes) -> None:
        connection.sendall(answer(body, Content_Encoding="gzip"))

    return send


def trickle(interval: float, *, in_headers: bool = False) -> Behaviour:
    """One byte every `interval` seconds, forever: of the status line, or of the body after whole headers."""

    def send(connection: socket.socket, request: bytes) -> None:
        if not in_headers:
            connection.sendall(head(Content_Type="application/json", Transfer_Encoding="chunked"))
        source = itertools.cycle(b"HTTP/1.1 200 OK\r\nX-Padding: " if in_headers else b"1\r\n \r\n")
        while True:
            connection.sendall(bytes([next(source)]))
            time.sleep(interval)

    return send


def raw(data: bytes) -> Behaviour:
    def send(connection: socket.socket, request: bytes) -> None:
        connection.sendall(data)

    return send


def hang_up(connection: socket.socket, request: bytes) -> None:
    """Closes the connection without answering the request it read."""
    connection.shutdown(socket.SHUT_RDWR)


def closing_after(seconds: float, behaviour: Behaviour = ok) -> Behaviour:
    """`behaviour`, then the connection closed `seconds` later, as by a server with a short keep-alive."""

    def send(connection: socket.socket, request: bytes) -> None:
        behaviour(connection, request)
        time.sleep(seconds)
        hang_up(connection, request)

    return send


def per_connection(*behaviours: Behaviour) -> Behaviour:
    """The n-th request of each connection served by `behaviours[n]`, the last one serving the rest."""
    served: dict[socket.socket, int] = {}

    def send(connection: socket.socket, request: bytes) -> None:
        count = served.get(connection, 0)
        served[connection] = count + 1
        behaviours[min(count, len(behaviours) - 1)](connection, request)

    return send


def _read_request(stream: Any) -> bytes | None:
    lines = []
    while True:
        line = stream.readline(65537)
        if not line:
            return None
        lines.append(line)
        if line in (b"\r\n", b"\n"):
            break
    request = b"".join(lines)
    length = 0
    for line in lines[1:]:
        name, _, value = line.decode("latin-1").partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    return request + (stream.read(length) if length else b"")


class HostileServer:
    """Serves every request of every connection with `behaviour`; counts connections and requests."""

    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.connections = 0
        self.requests: list[bytes] = []
        server = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                server.connections += 1
                try:
                    while True:
                        request = _read_request(self.rfile)
                        if request is None:
                            return
                        server.requests.append(request)
                        server.behaviour(self.connection, request)
                except OSError:
                    return

        self._tcp = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._tcp.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._tcp.server_address[1]}/v1"

    def __enter__(self) -> HostileServer:
        threading.Thread(target=self._tcp.serve_forever, args=(0.02,), daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._tcp.shutdown()
        self._tcp.server_close()


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port
