"""A minimal, fast HTTP/1.1 keep-alive server answering canned HrFlow envelopes, run in its own process.

It parses just enough HTTP for the clients under test (Content-Length bodies, keep-alive,
`Connection: close`) and answers from pre-encoded bytes, so nearly all the measured
time is the client's. `--latency` delays every answer without blocking the loop
(`loop.call_later`, what `asyncio.sleep` does), so many requests can be in flight.

    python -m bench.server [--latency SECONDS] [--cert PEM --key PEM] [--cpu N]

prints one JSON line, `{"http": PORT, "https": PORT or null}`, then serves until killed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import ssl
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench import cpu
from bench.payloads import ROOT, job_get_envelope, job_post_envelope
from bench.tls import TlsFiles


def _response(status: str, body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nServer: bench\r\n\r\n"
    )
    return head.encode("ascii") + body


ROUTES: dict[tuple[bytes, bytes], bytes] = {
    (b"GET", b"/v1/job/indexing"): _response("200 OK", job_get_envelope()),
    (b"POST", b"/v1/job/indexing"): _response("200 OK", job_post_envelope()),
}
NOT_FOUND = _response("404 Not Found", b'{"code":404,"message":"Not found","data":null}')
BAD_REQUEST = _response("400 Bad Request", b'{"code":400,"message":"Bad request","data":null}')


class CannedHTTP(asyncio.Protocol):
    """One connection: answers each complete request from `ROUTES`, in order."""

    def __init__(self, latency: float) -> None:
        self._latency = latency
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None
        self._loop = asyncio.get_running_loop()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def connection_lost(self, exc: Exception | None) -> None:
        self._transport = None

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while True:
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self._buffer[:end]).lower()
            if b"transfer-encoding:" in head:
                self._answer(BAD_REQUEST, close=True)
                return
            length = 0
            marker = head.find(b"\r\ncontent-length:")
            if marker >= 0:
                stop = head.find(b"\r\n", marker + 2)
                length = int(head[marker + 17 : stop if stop >= 0 else None])
            total = end + 4 + length
            if len(self._buffer) < total:
                return
            line = head[: head.find(b"\r\n")] if b"\r\n" in head else head
            method, target = bytes(self._buffer[: len(line)]).split(b" ", 2)[:2]
            del self._buffer[:total]
            body = ROUTES.get((method, target.split(b"?", 1)[0]), NOT_FOUND)
            close = b"\r\nconnection: close" in head
            if self._latency > 0:
                self._loop.call_later(self._latency, self._answer, body, close)
            else:
                self._answer(body, close)

    def _answer(self, response: bytes, close: bool) -> None:
        if self._transport is None:
            return
        self._transport.write(response)
        if close:
            self._transport.close()


async def serve(latency: float, tls: ssl.SSLContext | None) -> None:
    loop = asyncio.get_running_loop()
    plain = await loop.create_server(
        lambda: CannedHTTP(latency), "127.0.0.1", 0, backlog=1024, reuse_address=True
    )
    secure = None
    if tls is not None:
        secure = await loop.create_server(
            lambda: CannedHTTP(latency), "127.0.0.1", 0, backlog=1024, ssl=tls
        )
    ports = {
        "http": plain.sockets[0].getsockname()[1],
        "https": secure.sockets[0].getsockname()[1] if secure is not None else None,
    }
    print(json.dumps(ports), flush=True)
    await asyncio.Event().wait()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.server", description=__doc__)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--cert", type=Path)
    parser.add_argument("--key", type=Path)
    parser.add_argument("--cpu", type=int)
    args = parser.parse_args(argv)
    if args.cpu is not None:
        cpu.pin(args.cpu)
    context = None
    if args.cert is not None and args.key is not None:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.latency, context))


@dataclass(frozen=True)
class Server:
    """Base URLs (ending in `/v1`) of a running canned server."""

    http: str
    https: str | None


@contextlib.contextmanager
def running(
    *, latency: float = 0.0, tls: TlsFiles | None = None, server_cpu: int | None = None
) -> Iterator[Server]:
    """Start `python -m bench.server` in a child process; stop it on exit."""
    argv = [sys.executable, "-m", "bench.server", "--latency", str(latency)]
    if tls is not None:
        argv += ["--cert", str(tls.server_cert), "--key", str(tls.server_key)]
    if server_cpu is not None:
        argv += ["--cpu", str(server_cpu)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"bench server exited early (status {proc.wait()})")
        ports = json.loads(line)
        https = ports["https"]
        yield Server(
            http=f"http://127.0.0.1:{ports['http']}/v1",
            https=f"https://localhost:{https}/v1" if https is not None else None,
        )
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


if __name__ == "__main__":
    main()
