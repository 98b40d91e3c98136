"""httpx transports that retry, decide success on the body `code`, and raise typed, redacted errors.

They sit under every request, so the generated functional API (`hrflow_client.api`)
gets the same behaviour as the `HrFlow` facade.
"""

from __future__ import annotations

import logging
import time

import anyio
import httpx

from . import _envelope, _retries
from ._exceptions import APIConnectionError, APIError, APITimeoutError
from ._redaction import Redactor

logger = logging.getLogger("hrflow_client")


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


async def _async_sleep(seconds: float) -> None:
    await anyio.sleep(seconds)


def _policy(request: httpx.Request, default: _retries.RetryPolicy) -> _retries.RetryPolicy:
    policy = request.extensions.get(_retries.POLICY, default)
    assert isinstance(policy, _retries.RetryPolicy)
    return policy


def _log_retry(
    request: httpx.Request, attempt: int, policy: _retries.RetryPolicy, wait: float, why: str
) -> None:
    logger.info(
        "Retrying %s %s in %.2f s (attempt %d of %d) after %s",
        request.method,
        request.url.copy_with(query=None),
        wait,
        attempt + 2,
        policy.max_retries + 1,
        why,
    )


def _timed_out(exc: httpx.TransportError) -> bool:
    """Whether a failure is a timeout.

    httpx-aiohttp maps every aiohttp connection error, a refused connection or a
    server disconnect included, to `httpx.ConnectTimeout`; its aiohttp cause decides.
    """
    if _retries.from_aiohttp(exc.__cause__):
        return isinstance(exc.__cause__, TimeoutError)
    return isinstance(exc, httpx.TimeoutException)


def _unmapped_aiohttp_error(exc: Exception) -> httpx.TransportError | None:
    """An aiohttp error httpx-aiohttp lets through (a malformed answer), as an httpx error."""
    if not _retries.from_aiohttp(exc):
        return None
    error = httpx.RemoteProtocolError(f"{type(exc).__name__}: {exc}"[:500])
    error.__cause__ = exc
    return error


def _connection_error(
    exc: httpx.TransportError, request: httpx.Request, redactor: Redactor, attempts: int
) -> APIError:
    kind = APITimeoutError if _timed_out(exc) else APIConnectionError
    detail = redactor.text(str(exc)) or type(exc).__name__
    return kind(
        f"{type(exc).__name__}: {detail}", request=redactor.request(request), attempts=attempts
    )


class _RetryDecisions:
    """What both transports do after each try: return the answer, or say how long to wait, or raise."""

    def __init__(self, *, policy: _retries.RetryPolicy, redactor: Redactor) -> None:
        self._policy = policy
        self._redactor = redactor

    def _after_failure(
        self,
        exc: httpx.TransportError,
        request: httpx.Request,
        policy: _retries.RetryPolicy,
        attempt: int,
    ) -> tuple[float, str]:
        _retries.note_failure(request, exc)
        if not _retries.should_retry_transport_error(policy, request.method, exc, attempt):
            raise _connection_error(exc, request, self._redactor, attempt + 1) from None
        return _retries.backoff(attempt), type(exc).__name__

    def _after_answer(
        self,
        response: httpx.Response,
        request: httpx.Request,
        policy: _retries.RetryPolicy,
        attempt: int,
    ) -> httpx.Response | tuple[float, str]:
        outcome = _envelope.inspect(response, request, self._redactor)
        if not isinstance(outcome, APIError):
            response.extensions[_envelope.ENVELOPE] = outcome
            return response
        _retries.note_failure(request, outcome)
        if not _retries.should_retry_error(policy, request.method, outcome, attempt):
            outcome.attempts = attempt + 1
            raise outcome
        return _retries.backoff(attempt, response.headers), outcome.message


class HrFlowTransport(_RetryDecisions, httpx.BaseTransport):
    """Wraps a transport (by default httpx's own) with retries and quirk handling."""

    def __init__(
        self, inner: httpx.BaseTransport, *, policy: _retries.RetryPolicy, redactor: Redactor
    ) -> None:
        super().__init__(policy=policy, redactor=redactor)
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        policy = _policy(request, self._policy)
        attempt = 0
        while True:
            try:
                response = self._inner.handle_request(request)
                try:
                    response.read()
                finally:
                    response.close()
            except httpx.TransportError as exc:
                wait, why = self._after_failure(exc, request, policy, attempt)
            else:
                outcome = self._after_answer(response, request, policy, attempt)
                if isinstance(outcome, httpx.Response):
                    return outcome
                wait, why = outcome
            _log_retry(request, attempt, policy, wait, why)
            _sleep(wait)
            attempt += 1

    def close(self) -> None:
        self._inner.close()


class AsyncHrFlowTransport(_RetryDecisions, httpx.AsyncBaseTransport):
    """The async twin of `HrFlowTransport`; waits without blocking the event loop."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport, *, policy: _retries.RetryPolicy, redactor: Redactor
    ) -> None:
        super().__init__(policy=policy, redactor=redactor)
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        policy = _policy(request, self._policy)
        attempt = 0
        while True:
            try:
                response = await self._inner.handle_async_request(request)
                try:
                    await response.aread()
                finally:
                    await response.aclose()
            except httpx.TransportError as exc:
                wait, why = self._after_failure(exc, request, policy, attempt)
            except Exception as exc:
                mapped = _unmapped_aiohttp_error(exc)
                if mapped is None:
                    raise
                wait, why = self._after_failure(mapped, request, policy, attempt)
            else:
                outcome = self._after_answer(response, request, policy, attempt)
                if isinstance(outcome, httpx.Response):
                    return outcome
                wait, why = outcome
            _log_retry(request, attempt, policy, wait, why)
            await _async_sleep(wait)
            attempt += 1

    async def aclose(self) -> None:
        await self._inner.aclose()
