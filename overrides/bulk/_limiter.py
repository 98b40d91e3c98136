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
from collections import deque
from contextlib import suppress


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
        self._waiters: deque[asyncio.Future[None]] = deque()

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

    async def acquire(self) -> None:
        """Wait for a request slot: inside the window, after any pause, within the rate."""
        while True:
            wait = self.paused_until - time.monotonic() if self.paused_until else 0.0
            if wait <= 0 and self.in_flight < max(1, int(self.window)):
                wait = self._take_token()
                if wait <= 0:
                    self.in_flight += 1
                    return
            waiter = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            try:
                await asyncio.wait_for(waiter, timeout=wait if wait > 0 else None)
            except TimeoutError:
                pass
            finally:
                if not waiter.done():
                    waiter.cancel()
                with suppress(ValueError):
                    self._waiters.remove(waiter)

    def release(self) -> None:
        """Give a slot back and wake the longest waiter."""
        self.in_flight -= 1
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    def succeeded(self) -> None:
        if self.window < self.ceiling:
            self.window = min(float(self.ceiling), self.window + 1.0 / self.window)

    def throttle(self, wait: float) -> None:
        """A 429: halve the window and hold new requests for `wait` seconds."""
        self.throttled += 1
        self.window = max(1.0, self.window / 2.0)
        self.paused_until = max(self.paused_until, time.monotonic() + wait)
