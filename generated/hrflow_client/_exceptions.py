"""Typed errors: every failure this client raises is an `HrFlowError`, never a raw KeyError or JSONDecodeError."""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "HrFlowError",
    "InternalServerError",
    "InvalidRequestError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
]


class HrFlowError(Exception):
    """Base class of every error raised by hrflow_client."""


class InvalidRequestError(HrFlowError, ValueError):
    """The arguments cannot make a valid request; raised before anything is sent."""


class MissingCredentialsError(HrFlowError):
    """No API key or user email was given, as an argument or in the environment; the message names the variable."""


class APIError(HrFlowError):
    """A call failed. `request` is a copy of the request with its secrets redacted."""

    message: str
    request: httpx.Request
    attempts: int
    request_id: str | None = None
    """The answer's request id (`X-Request-ID` or alike) when the service sent one: quote it in support requests."""

    def __init__(self, message: str, *, request: httpx.Request, attempts: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.attempts = attempts

    def __str__(self) -> str:
        return (
            f"{self.message} (after {self.attempts} attempts)"
            if self.attempts > 1
            else self.message
        )


class APIConnectionError(APIError):
    """The service could not be reached, or the connection broke before a full answer arrived."""


class APITimeoutError(APIConnectionError):
    """The call took longer than its timeout."""


class ResponseValidationError(APIError):
    """The answer is not the `{code, message, data}` envelope the spec describes (not JSON, HTML, wrong shape).

    `text` holds the start of the raw answer (at most 2,000 characters), secrets redacted.
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request,
        http_status: int,
        text: str,
        attempts: int = 1,
    ) -> None:
        super().__init__(message, request=request, attempts=attempts)
        self.http_status = http_status
        self.text = text


class ResponseTooLargeError(APIError):
    """The answer grew past the client's `max_response_size` (decoded bytes); reading stopped there."""

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request,
        http_status: int,
        limit: int,
        attempts: int = 1,
    ) -> None:
        super().__init__(message, request=request, attempts=attempts)
        self.http_status = http_status
        self.limit = limit


class APIStatusError(APIError):
    """The service answered with an error `code`.

    `status_code` is the body `code`, which the service treats as the real status
    (an HTTP 200 can carry `"code": 400`); `http_status` is what HTTP said.
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request,
        status_code: int,
        http_status: int,
        body: Any,
        headers: httpx.Headers,
        attempts: int = 1,
    ) -> None:
        super().__init__(message, request=request, attempts=attempts)
        self.status_code = status_code
        self.http_status = http_status
        self.body = body
        self.headers = headers


class BadRequestError(APIStatusError):
    """Code 400: the request is invalid; the message names the field."""


class AuthenticationError(APIStatusError):
    """Code 401: the API key or user email is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """Code 403: the credentials do not grant access to this board or source."""


class NotFoundError(APIStatusError):
    """Code 404: no such board, source, job or profile."""


class RateLimitError(APIStatusError):
    """Code 429: too many requests."""


class InternalServerError(APIStatusError):
    """Code 500 or above: a failure on the service's side."""


_BY_CODE: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def status_error_class(code: int) -> type[APIStatusError]:
    """The most specific error class for a status code."""
    if code >= 500:
        return InternalServerError
    return _BY_CODE.get(code, APIStatusError)
