"""Retry policy: back off on blips, but never send a create twice unless the caller allows it."""

from __future__ import annotations

import email.utils
import random
import time
from typing import Any

import httpx
from attrs import field, frozen

from ._exceptions import APIError, APIStatusError, InvalidRequestError, RateLimitError

POLICY = "hrflow_retry_policy"
"""Key of `httpx.Request.extensions` carrying a per-call `RetryPolicy`."""

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_CODES = frozenset({408, 409, 429})
MAX_RETRY_AFTER = 60.0
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0


def _count(instance: object, attribute: Any, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidRequestError(f"{attribute.name} must be an int >= 0, not {value!r}")


def _flag(instance: object, attribute: Any, value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidRequestError(f"{attribute.name} must be True or False, not {value!r}")


@frozen
class RetryPolicy:
    """How often to retry, and whether non-idempotent calls (POST creates) may be retried.

    A create is retried only when the request provably did not reach the service
    (connection refused, pool timeout) or was refused with 429, unless
    `retry_non_idempotent` is set: a create retried after a dropped answer can index
    the same job twice. Settings are checked here, when the policy is built.
    """

    max_retries: int = field(default=2, validator=_count)
    retry_non_idempotent: bool = field(default=False, validator=_flag)

    def allows(self, attempt: int) -> bool:
        """Whether a further try is left after `attempt` (0-based) failed."""
        return attempt < self.max_retries

    def idempotent(self, method: str) -> bool:
        return self.retry_non_idempotent or method.upper() in IDEMPOTENT_METHODS


NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
"""Failures before any byte of the request left: connecting, or waiting for a pooled connection.

The aiohttp transport maps its own errors onto these (`_aiohttp.translate`), so the
same rule holds on both stacks.
"""

CANNOT_SUCCEED = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)
"""The request itself is malformed (URL without scheme, illegal header value): trying again cannot help."""


def request_never_sent(exc: httpx.TransportError) -> bool:
    """True when the failure happened before any byte of the request left."""
    return isinstance(exc, NEVER_SENT)


def should_retry_transport_error(
    policy: RetryPolicy, method: str, exc: httpx.TransportError, attempt: int
) -> bool:
    if not policy.allows(attempt) or isinstance(exc, CANNOT_SUCCEED):
        return False
    return request_never_sent(exc) or policy.idempotent(method)


def should_retry_error(policy: RetryPolicy, method: str, error: APIError, attempt: int) -> bool:
    if not isinstance(error, APIStatusError) or not policy.allows(attempt):
        return False
    if isinstance(error, RateLimitError):
        return True
    retryable = error.status_code in RETRYABLE_CODES or error.status_code >= 500
    return retryable and policy.idempotent(method)


def retry_after(headers: httpx.Headers | None) -> float | None:
    """Seconds the service asked to wait (`Retry-After`, seconds or HTTP date), if sane."""
    value = headers.get("retry-after") if headers is not None else None
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError, IndexError):
            return None
    return max(seconds, 0.0) if seconds <= MAX_RETRY_AFTER else None


def backoff(attempt: int, headers: httpx.Headers | None = None) -> float:
    """Wait before retry number `attempt + 1`: Retry-After if given, else min(0.5 * 2^n, 8) s with jitter."""
    asked = retry_after(headers)
    if asked is not None:
        return asked
    return min(INITIAL_BACKOFF * 2.0**attempt, MAX_BACKOFF) * random.uniform(0.75, 1.0)
