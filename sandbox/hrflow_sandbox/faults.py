"""Faults injected into API requests: the fault-spec grammar, the plan picking one per request, the middleware.

Grammar of a spec (whitespace around parts is ignored, names are case-insensitive):

    <status>[;retry-after=<seconds or HTTP date>]   e.g. 503, 429;retry-after=2 (200-599)
    body-code=<code>                                e.g. body-code=429 (HTTP 200; 100-599)
    delay=<seconds>                                 e.g. delay=0.5 (at most the sandbox's
                                                    max_fault_delay, 30 s by default)
    drop | drop-after-write | truncate | html

A request's `X-Sandbox-Fault` header wins; otherwise the oldest queued fault is
consumed; otherwise a random fault may be drawn. Only the spec's operations take faults.

ASGI has no way to drop a connection: an app that returns without answering makes
uvicorn send a 500. The sandbox's server puts each connection's transport into the
request scope, under `extensions[TRANSPORT_EXTENSION]`, so `drop`, `drop-after-write`
and `truncate` can close the socket themselves.
"""

from __future__ import annotations

import asyncio
import logging
import math
import random
import threading
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, Literal

from starlette.datastructures import Headers
from starlette.responses import HTMLResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hrflow_sandbox.answers import error_response
from hrflow_sandbox.config import DEFAULT_MAX_FAULT_DELAY
from hrflow_sandbox.spec import find_route

logger = logging.getLogger("hrflow_sandbox")

FAULT_HEADER = "x-sandbox-fault"
TRANSPORT_EXTENSION = "hrflow_sandbox.transport"

FaultKind = Literal["status", "body-code", "delay", "drop", "drop-after-write", "truncate", "html"]
_BARE: tuple[FaultKind, ...] = ("drop", "drop-after-write", "truncate", "html")


class FaultSpecError(ValueError):
    """A fault spec that does not follow the grammar."""


@dataclass(frozen=True, slots=True)
class Fault:
    """One parsed fault spec."""

    kind: FaultKind
    spec: str
    status: int = 0
    retry_after: str | None = None
    seconds: float = 0.0


def parse_fault(text: str, max_delay: float = DEFAULT_MAX_FAULT_DELAY) -> Fault:
    """Parse one fault spec; raise `FaultSpecError` if it is malformed, or a delay
    longer than `max_delay` seconds."""
    spec = text.strip()
    lowered = spec.lower()
    for kind in _BARE:
        if lowered == kind:
            return Fault(kind=kind, spec=spec)
    if lowered.startswith("body-code="):
        code = _status(spec.partition("=")[2], lowest=100)
        return Fault(kind="body-code", spec=spec, status=code)
    if lowered.startswith("delay="):
        seconds = _seconds(spec.partition("=")[2], spec)
        if seconds > max_delay:
            raise FaultSpecError(f"a delay may be at most {max_delay:g} seconds, got {spec!r}")
        return Fault(kind="delay", spec=spec, seconds=seconds)
    status_text, _, option = spec.partition(";")
    status = _status(status_text)
    retry_after = None
    if option:
        name, equals, value = option.partition("=")
        if name.strip().lower() != "retry-after" or not equals:
            raise FaultSpecError(f"unknown fault option {option.strip()!r} in {spec!r}")
        retry_after = _retry_after(value.strip(), spec)
    return Fault(kind="status", spec=spec, status=status, retry_after=retry_after)


def _status(text: str, lowest: int = 200) -> int:
    value = text.strip()
    if not value.isdigit() or not lowest <= int(value) <= 599:
        raise FaultSpecError(
            f"unknown fault {value!r}: expected an HTTP status ({lowest}-599),"
            " body-code=<code>, delay=<seconds>, drop, drop-after-write, truncate or html"
        )
    return int(value)


def _seconds(text: str, spec: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        raise FaultSpecError(f"expected a number of seconds in {spec!r}") from None
    if not math.isfinite(seconds) or seconds < 0:
        raise FaultSpecError(f"expected a non-negative number of seconds in {spec!r}")
    return seconds


def _retry_after(value: str, spec: str) -> str:
    if value.isdigit():
        return value
    try:
        parsedate_to_datetime(value)
    except (TypeError, ValueError):
        raise FaultSpecError(
            f"retry-after must be whole seconds or an HTTP date in {spec!r}"
        ) from None
    return value


@dataclass(frozen=True, slots=True)
class RandomFaults:
    """Faults drawn at random: each API request gets one of `faults` with probability `rate`."""

    rate: float
    faults: tuple[Fault, ...]
    seed: int | None
    rng: random.Random

    @classmethod
    def from_json(cls, data: Any, max_delay: float = DEFAULT_MAX_FAULT_DELAY) -> RandomFaults:
        """Build from `{"rate": 0.3, "faults": [...], "seed": 7}`."""
        if not isinstance(data, Mapping):
            raise FaultSpecError("'random' must be an object {rate, faults, seed}")
        rate, specs, seed = data.get("rate"), data.get("faults"), data.get("seed")
        if isinstance(rate, bool) or not isinstance(rate, int | float) or not 0 <= rate <= 1:
            raise FaultSpecError("'random.rate' must be a number between 0 and 1")
        if not isinstance(specs, list) or not specs:
            raise FaultSpecError("'random.faults' must be a non-empty list of fault specs")
        if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
            raise FaultSpecError("'random.seed' must be an integer")
        faults = tuple(parse_fault(_spec_text(spec), max_delay) for spec in specs)
        return cls(float(rate), faults, seed, random.Random(seed))

    def draw(self) -> Fault | None:
        """The fault for one request, or None."""
        if self.rng.random() < self.rate:
            return self.rng.choice(self.faults)
        return None

    def describe(self) -> dict[str, Any]:
        """The settings, as JSON."""
        return {"rate": self.rate, "faults": [f.spec for f in self.faults], "seed": self.seed}


def _spec_text(spec: Any) -> str:
    if not isinstance(spec, str):
        raise FaultSpecError(f"a fault spec must be a string, got {spec!r}")
    return spec


class FaultPlan:
    """Queued (FIFO) and random faults; a request's own header fault takes precedence."""

    def __init__(self, max_delay: float = DEFAULT_MAX_FAULT_DELAY) -> None:
        self.max_delay = max_delay
        self._lock = threading.Lock()
        self._queue: deque[Fault] = deque()
        self._random: RandomFaults | None = None

    def queue(self, specs: Iterable[Any]) -> None:
        """Append faults, each consumed by one later API request. All or nothing."""
        faults = [parse_fault(_spec_text(spec), self.max_delay) for spec in specs]
        with self._lock:
            self._queue.extend(faults)

    def set_random(self, random_faults: RandomFaults | None) -> None:
        """Replace (or, with None, stop) the random faults."""
        with self._lock:
            self._random = random_faults

    def clear(self) -> None:
        """Drop queued faults and stop random ones."""
        with self._lock:
            self._queue.clear()
            self._random = None

    def next_fault(self, header: str | None) -> Fault | None:
        """The fault for an API request carrying `X-Sandbox-Fault: header` (or none).

        The header wins and leaves the queue alone; otherwise the oldest queued fault
        is consumed; otherwise a random fault may be drawn.
        """
        if header is not None and header.strip():
            return parse_fault(header, self.max_delay)
        with self._lock:
            if self._queue:
                return self._queue.popleft()
            return self._random.draw() if self._random is not None else None

    def describe(self) -> dict[str, Any]:
        """Pending faults, as JSON."""
        with self._lock:
            return {
                "queued": [fault.spec for fault in self._queue],
                "random": None if self._random is None else self._random.describe(),
            }


# ---- applying a fault --------------------------------------------------------

GATEWAY_PAGE = """<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
"""


class FaultInjection:
    """Counts API requests per operation (with `tracking`) and injects `plan`'s faults into them."""

    def __init__(
        self,
        app: ASGIApp,
        plan: FaultPlan,
        tracking: Callable[[str], AbstractContextManager[None]],
    ) -> None:
        self.app = app
        self.plan = plan
        self.tracking = tracking

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        op = find_route(scope["method"], scope["path"]) if scope["type"] == "http" else None
        if op is None:
            await self.app(scope, receive, send)
            return
        with self.tracking(op.operation_id):
            try:
                fault = self.plan.next_fault(Headers(scope=scope).get(FAULT_HEADER))
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


# ---- closing the connection --------------------------------------------------


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
