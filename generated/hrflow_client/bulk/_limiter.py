"""AIMD concurrency limit shared by every request of a bulk run: halve on 429, grow back slowly.

The window starts at the configured concurrency. A 429 (HTTP status or body code)
halves it (never below 1) and pauses every new request until its `Retry-After`
(or an exponential backoff when absent) has passed; each success adds 1/window,
so the window grows back by about one request per round trip of a full window,
up to the configured ceiling. An optional `rate` caps requests per second with a
token bucket (burst of one second's worth).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress


class AdaptiveLimiter:
    def __init__(self, concurrency: int, rate: float | None = None) -> None:
        if concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, not {concurrency}")
        if rate is not None and rate <= 0:
            raise ValueError(f"rate must be positive, not {rate}")
        self.ceiling = concurrency
        self.window = float(concurrency)
        self.in_flight = 0
        self.paused_until = 0.0
        self.throttled = 0
        self._rate = rate
        self._tokens = rate or 0.0
        self._stamp = time.monotonic()
        self._changed = asyncio.Condition()

    def _take_token(self) -> float:
        """0 when a token was taken, else seconds until one is available."""
        if self._rate is None:
            return 0.0
        now = time.monotonic()
        self._tokens = min(self._rate, self._tokens + (now - self._stamp) * self._rate)
        self._stamp = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return 0.0
        return (1.0 - self._tokens) / self._rate

    async def _acquire(self) -> None:
        async with self._changed:
            while True:
                wait = self.paused_until - time.monotonic()
                if wait <= 0 and self.in_flight < max(1, int(self.window)):
                    wait = self._take_token()
                    if wait <= 0:
                        self.in_flight += 1
                        return
                with suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), timeout=wait if wait > 0 else None)

    async def _release(self) -> None:
        async with self._changed:
            self.in_flight -= 1
            self._changed.notify_all()

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold one request slot for the duration of one HTTP call."""
        await self._acquire()
        try:
            yield
        finally:
            await self._release()

    def succeeded(self) -> None:
        self.window = min(float(self.ceiling), self.window + 1.0 / self.window)

    def throttle(self, wait: float) -> None:
        """A 429: halve the window and hold new requests for `wait` seconds."""
        self.throttled += 1
        self.window = max(1.0, self.window / 2.0)
        self.paused_until = max(self.paused_until, time.monotonic() + wait)
