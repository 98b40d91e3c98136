"""Every attempt bounded in time and memory: a total deadline, however slowly a server trickles, and a capped answer size.

httpx's timeouts bound each network operation, so a server sending one byte a second
never trips them; its decoders inflate a whole chunk at once, so a small gzip bomb
can take gigabytes. Here an attempt gets one deadline for all its reads and writes,
and answers are decoded in bounded steps against a maximum size.

Where the deadline holds: async attempts are cancelled at it, whatever sends them (an
injected `httpx.AsyncClient` too). Sync ones are bounded socket by socket, on the
client's own pool and on the httpcore pools of an injected `httpx.Client`
(`_sockets.py`); through a transport of another kind, only between the chunks of
the body (`read`), its headers bounded by that transport's own timeouts.
"""

from __future__ import annotations

import math
import time
import zlib
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from typing import Any

import httpx

from ._exceptions import InvalidRequestError

DEFAULT_MAX_RESPONSE_SIZE = 32 * 1024 * 1024
"""Largest decoded answer accepted, in bytes: far above the largest real profile (a few MB)."""

IDLE_EXPIRY = 4.0
"""Seconds an idle pooled connection is kept: below the 5 s after which common servers close theirs."""

ACCEPT_ENCODING = "gzip, deflate"
"""The encodings decoded here in bounded steps; nothing else is asked for."""

_STEP = 64 * 1024
"""Most bytes one decoding step may produce."""

_DEADLINE: ContextVar[float | None] = ContextVar("hrflow_deadline", default=None)


class ResponseTooLarge(Exception):
    """The decoded answer passed the maximum size; raised while reading, before it is all in memory."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


def _seconds(value: object) -> float | None:
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or math.isnan(value)
        or value < 0
    ):
        raise InvalidRequestError(
            f"timeout must be a number of seconds >= 0, None or an httpx.Timeout, not {value!r}"
        )
    return float(value)


def check_timeout(timeout: httpx.Timeout) -> httpx.Timeout:
    """`timeout` itself, once each of its phases is None or a number of seconds."""
    for value in (timeout.connect, timeout.read, timeout.write, timeout.pool):
        _seconds(value)
    return timeout


def attempt_budget(request: httpx.Request) -> float | None:
    """Seconds one attempt may take in total: the longest of the request's timeouts (None: unbounded).

    With `timeout=2` an attempt ends within about 2 s; with `httpx.Timeout(10, connect=2)`
    connecting still fails after 2 s, and the whole attempt within 10 s.
    """
    phases: dict[str, Any] = request.extensions.get("timeout", {})
    budget: float | None = None
    for value in phases.values():
        seconds = _seconds(value)
        if seconds is not None and (budget is None or seconds > budget):
            budget = seconds
    return budget


def start(budget: float | None) -> Any:
    """Set the deadline of the attempt starting now, for the sync network backend; returns a reset token."""
    return _DEADLINE.set(None if budget is None else time.monotonic() + budget)


def stop(token: Any) -> None:
    _DEADLINE.reset(token)


def left(timeout: float | None, expired: type[Exception]) -> float | None:
    """`timeout` shortened to what is left of the deadline; `expired` raised when nothing is."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise expired("the attempt's total deadline passed")
    return remaining if timeout is None or remaining < timeout else timeout


class _Inflate:
    """zlib decoding that never produces more than `_STEP` bytes at once."""

    def __init__(self, wbits: int) -> None:
        self._wbits = wbits
        self._zlib = zlib.decompressobj(wbits)
        self._started = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        try:
            piece = self._zlib.decompress(data, _STEP)
        except zlib.error:
            if self._started or self._wbits != zlib.MAX_WBITS:
                raise
            # "deflate" is sent both zlib-wrapped and raw: retry the first bytes as raw.
            self._wbits = -zlib.MAX_WBITS
            self._zlib = zlib.decompressobj(self._wbits)
            piece = self._zlib.decompress(data, _STEP)
        self._started = True
        yield piece
        while self._zlib.unconsumed_tail:
            yield self._zlib.decompress(self._zlib.unconsumed_tail, _STEP)

    def flush(self) -> Iterator[bytes]:
        yield from self.feed(b"")
        yield self._zlib.flush()


_WBITS = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}


def _decoders(headers: httpx.Headers) -> list[_Inflate]:
    """One decoder per content coding, outermost first; an unasked-for coding is an error."""
    decoders: list[_Inflate] = []
    for value in headers.get_list("content-encoding", split_commas=True):
        coding = value.strip().lower()
        if coding in ("", "identity"):
            continue
        if coding not in _WBITS:
            raise httpx.DecodingError(
                f"the answer is encoded with {coding!r}, which was not asked for"
            )
        decoders.insert(0, _Inflate(_WBITS[coding]))
    return decoders


def _stage(decoder: _Inflate, pieces: Iterable[bytes], last: bool) -> Iterator[bytes]:
    for piece in pieces:
        yield from decoder.feed(piece)
    if last:
        yield from decoder.flush()


def _through(decoders: list[_Inflate], data: bytes, *, last: bool) -> Iterable[bytes]:
    """`data` through every decoder in turn, lazily, so no step holds more than a few pieces."""
    pieces: Iterable[bytes] = (data,)
    for decoder in decoders:
        pieces = _stage(decoder, pieces, last)
    return pieces


class _Collector:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self.chunks: list[bytes] = []

    def add(self, piece: bytes) -> None:
        self.size += len(piece)
        if self.size > self.limit:
            raise ResponseTooLarge(self.limit)
        self.chunks.append(piece)


def _announced_too_large(response: httpx.Response, limit: int, decoders: list[_Inflate]) -> None:
    length = response.headers.get("content-length")
    if not decoders and length is not None and length.isdigit() and int(length) > limit:
        raise ResponseTooLarge(limit)


def _decode_into(
    collector: _Collector, decoders: list[_Inflate], raw: bytes, *, last: bool
) -> None:
    if not decoders:
        collector.add(raw)
        return
    try:
        for piece in _through(decoders, raw, last=last):
            if piece:
                collector.add(piece)
    except zlib.error as exc:
        raise httpx.DecodingError(f"the answer's content encoding is broken: {exc}") from None


def read(response: httpx.Response, limit: int) -> None:
    """Read and decode a streamed answer into `response.content`, at most `limit` decoded bytes.

    The deadline is checked between chunks too, for a transport whose sockets it does not reach.
    """
    decoders = _decoders(response.headers)
    _announced_too_large(response, limit, decoders)
    collector = _Collector(limit)
    for raw in response.iter_raw():
        left(None, httpx.ReadTimeout)
        _decode_into(collector, decoders, raw, last=False)
    _decode_into(collector, decoders, b"", last=True)
    response._content = b"".join(collector.chunks)


async def aread(response: httpx.Response, limit: int) -> None:
    """The async twin of `read`."""
    decoders = _decoders(response.headers)
    _announced_too_large(response, limit, decoders)
    collector = _Collector(limit)
    async for raw in response.aiter_raw():
        _decode_into(collector, decoders, raw, last=False)
    _decode_into(collector, decoders, b"", last=True)
    response._content = b"".join(collector.chunks)
