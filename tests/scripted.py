"""A scripted HTTP server on 127.0.0.1: answers from a queue, records what it received.

For faults the sandbox cannot produce (any status/body pairing, broken bodies,
invalid UTF-8): tests script the exact bytes, then assert on the recorded requests.
"""

from __future__ import annotations

import json
import ssl
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Answer:
    """One scripted answer. `body` may be bytes (sent as is) or a JSON value."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False

    def payload(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        return json.dumps(self.body).encode()


def envelope(code: int, message: str = "", data: Any = None, status: int = 200) -> Answer:
    """An answer in the HrFlow envelope; `status` is the HTTP status, `code` the body's."""
    body: dict[str, Any] = {"code": code, "message": message}
    if data is not None:
        body["data"] = data
    return Answer(status=status, body=body)


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class ScriptedServer:
    """Serves queued answers in order; once the queue is empty, repeats `default`."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.answers: deque[Answer] = deque()
        self.default = Answer(status=500, body={"code": 500, "message": "nothing scripted"})
        self.received: list[Received] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                server.received.append(
                    Received(
                        self.command,
                        self.path,
                        {k.lower(): v for k, v in self.headers.items()},
                        body,
                    )
                )
                answer = server.answers.popleft() if server.answers else server.default
                if answer.delay:
                    time.sleep(answer.delay)
                if answer.drop:
                    self.close_connection = True
                    self.connection.close()
                    return
                payload = answer.payload()
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.send_header(
                    "Content-Type", answer.headers.get("Content-Type", "application/json")
                )
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = _serve

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._http.daemon_threads = True
        if tls is not None:
            self._http.socket = tls.wrap_socket(self._http.socket, server_side=True)
        scheme = "https" if tls is not None else "http"
        self.url = f"{scheme}://localhost:{self._http.server_address[1]}/v1"

    def script(self, *answers: Answer) -> None:
        self.answers.extend(answers)

    def __enter__(self) -> ScriptedServer:
        threading.Thread(target=self._http.serve_forever, args=(0.02,), daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._http.shutdown()
        self._http.server_close()


def serve() -> Iterator[ScriptedServer]:
    with ScriptedServer() as server:
        yield server
