"""httpx transports that retry, decide success on the body `code`, and raise typed, redacted errors.

They sit under every request, so the generated functional API (`hrflow_client.api`)
gets the same behaviour as the `HrFlow` facade.
"""

from __future__ import annotations

import logging
import time

import httpx

from . import _envelope, _limits, _retries
from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    HrFlowError,
    InvalidRequestError,
    ResponseTooLargeError,
    ResponseValidationError,
)
from ._redaction import Redactor

logger = logging.getLogger("hrflow_client")


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


async def _async_sleep(seconds: float) -> None:
    import anyio  # here, not at the top: only async calls need it, not `import hrflow_client`

    await anyio.sleep(seconds)


def _policy(request: httpx.Request, default: _retries.RetryPolicy) -> _retries.RetryPolicy:
    policy = request.extensions.get(_retries.POLICY, default)
    assert isinstance(policy, _retries.RetryPolicy)
    return policy


def _log_attempt(
    request: httpx.Request,
    attempt: int,
    policy: _retries.RetryPolicy,
    why: str,
    wait: float | None,
) -> None:
    """One failed attempt, at INFO: what failed, which attempt, and the wait before the next (or none)."""
    if not logger.isEnabledFor(logging.INFO):
        return
    then = f"retrying in {wait:.2f} s" if wait is not None else "not retried"
    logger.info(
        "%s %s attempt %d of %d failed: %s; %s",
        request.method,
        request.url.copy_with(query=None),
        attempt + 1,
        policy.max_retries + 1,
        why,
        then,
    )


def _connection_error(
    exc: httpx.TransportError,
    request: httpx.Request,
    redactor: Redactor,
    attempts: int,
    policy: _retries.RetryPolicy,
) -> HrFlowError:
    detail = redactor.text(str(exc)) or type(exc).__name__
    if isinstance(exc, _retries.CANNOT_SUCCEED):
        return InvalidRequestError(f"the request cannot be sent: {type(exc).__name__}: {detail}")
    message = f"{type(exc).__name__}: {detail}"
    if not (_retries.request_never_sent(exc) or policy.idempotent(request.method)):
        message = (
            f"{message.rstrip('.')}; the request may have reached the service, so its outcome"
            " is unknown (not retried: a retry could carry it out twice)"
        )
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return kind(message, request=redactor.request(request), attempts=attempts)


def _unreadable(
    exc: _limits.ResponseTooLarge | httpx.DecodingError,
    request: httpx.Request,
    http_status: int,
    redactor: Redactor,
    attempts: int,
) -> APIError:
    """The error for an answer that cannot be read whole: too large, or its encoding broken."""
    if isinstance(exc, _limits.ResponseTooLarge):
        return ResponseTooLargeError(
            f"HTTP {http_status} answer is larger than max_response_size ({exc.limit:,} bytes)",
            request=redactor.request(request),
            http_status=http_status,
            limit=exc.limit,
            attempts=attempts,
        )
    return ResponseValidationError(
        f"HTTP {http_status} answer cannot be decoded: {redactor.text(str(exc))}",
        request=redactor.request(request),
        http_status=http_status,
        text="",
        attempts=attempts,
    )


class _Unreadable(Exception):
    """Carries an unreadable answer's cause and status out of an attempt."""

    def __init__(
        self, cause: _limits.ResponseTooLarge | httpx.DecodingError, http_status: int
    ) -> None:
        super().__init__(cause)
        self.cause = cause
        self.http_status = http_status


class _RetryDecisions:
    """What both transports do after each try: return the answer, or say how long to wait, or raise."""

    def __init__(
        self, *, policy: _retries.RetryPolicy, redactor: Redactor, max_response_size: int
    ) -> None:
        self._policy = policy
        self._redactor = redactor
        self._max_response_size = max_response_size

    def _after_failure(
        self,
        exc: httpx.TransportError,
        request: httpx.Request,
        policy: _retries.RetryPolicy,
        attempt: int,
    ) -> float:
        _retries.note_failure(request, exc)
        why = f"{type(exc).__name__}: {self._redactor.text(str(exc))}".rstrip(": ")
        if not _retries.should_retry_transport_error(policy, request.method, exc, attempt):
            _log_attempt(request, attempt, policy, why, None)
            raise _connection_error(exc, request, self._redactor, attempt + 1, policy) from None
        wait = _retries.backoff(attempt)
        _log_attempt(request, attempt, policy, why, wait)
        return wait

    def _after_answer(
        self,
        response: httpx.Response,
        request: httpx.Request,
        policy: _retries.RetryPolicy,
        attempt: int,
    ) -> httpx.Response | float:
        response.headers = self._redactor.headers(response.headers)
        outcome = _envelope.inspect(response, request, self._redactor)
        if not isinstance(outcome, APIError):
            response.extensions[_envelope.ENVELOPE] = outcome
            return response
        _retries.note_failure(request, outcome)
        why = f"HTTP {response.status_code}, {outcome.message}"
        if not _retries.should_retry_error(policy, request.method, outcome, attempt):
            outcome.attempts = attempt + 1
            _log_attempt(request, attempt, policy, why, None)
            raise outcome
        wait = _retries.backoff(attempt, response.headers)
        _log_attempt(request, attempt, policy, why, wait)
        return wait


class HrFlowTransport(_RetryDecisions, httpx.BaseTransport):
    """Wraps a transport (by default httpx's own) with retries, limits and quirk handling."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        policy: _retries.RetryPolicy,
        redactor: Redactor,
        max_response_size: int,
    ) -> None:
        super().__init__(policy=policy, redactor=redactor, max_response_size=max_response_size)
        self._inner = inner

    def _attempt(self, request: httpx.Request, budget: float | None) -> httpx.Response:
        token = _limits.start(budget)
        try:
            response = self._inner.handle_request(request)
            try:
                _limits.read(response, self._max_response_size)
            except (_limits.ResponseTooLarge, httpx.DecodingError) as exc:
                raise _Unreadable(exc, response.status_code) from None
            finally:
                response.close()
        finally:
            _limits.stop(token)
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        policy = _policy(request, self._policy)
        budget = _limits.attempt_budget(request)
        attempt = 0
        while True:
            try:
                response = self._attempt(request, budget)
            except httpx.TransportError as exc:
                wait = self._after_failure(exc, request, policy, attempt)
            except _Unreadable as exc:
                raise _unreadable(
                    exc.cause, request, exc.http_status, self._redactor, attempt + 1
                ) from None
            else:
                outcome = self._after_answer(response, request, policy, attempt)
                if isinstance(outcome, httpx.Response):
                    return outcome
                wait = outcome
            _sleep(wait)
            attempt += 1

    def close(self) -> None:
        self._inner.close()


class AsyncHrFlowTransport(_RetryDecisions, httpx.AsyncBaseTransport):
    """The async twin of `HrFlowTransport`; waits without blocking the event loop."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        policy: _retries.RetryPolicy,
        redactor: Redactor,
        max_response_size: int,
    ) -> None:
        super().__init__(policy=policy, redactor=redactor, max_response_size=max_response_size)
        self._inner = inner

    async def _attempt(self, request: httpx.Request, budget: float | None) -> httpx.Response:
        import anyio  # here, not at the top: only async calls need it, not `import hrflow_client`

        response: httpx.Response | None = None
        try:
            with anyio.fail_after(budget):
                response = await self._inner.handle_async_request(request)
                await _limits.aread(response, self._max_response_size)
        except TimeoutError:
            raise httpx.ReadTimeout(
                f"the attempt's total deadline of {budget} s passed", request=request
            ) from None
        except (_limits.ResponseTooLarge, httpx.DecodingError) as exc:
            assert response is not None
            raise _Unreadable(exc, response.status_code) from None
        finally:
            if response is not None:
                await response.aclose()
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        policy = _policy(request, self._policy)
        budget = _limits.attempt_budget(request)
        attempt = 0
        while True:
            try:
                response = await self._attempt(request, budget)
            except httpx.TransportError as exc:
                wait = self._after_failure(exc, request, policy, attempt)
            except _Unreadable as exc:
                raise _unreadable(
                    exc.cause, request, exc.http_status, self._redactor, attempt + 1
                ) from None
            else:
                outcome = self._after_answer(response, request, policy, attempt)
                if isinstance(outcome, httpx.Response):
                    return outcome
                wait = outcome
            await _async_sleep(wait)
            attempt += 1

    async def aclose(self) -> None:
        await self._inner.aclose()
