"""`HrFlow` and `AsyncHrFlow`: the client most users need, on top of the generated package."""

from __future__ import annotations

import os
from types import TracebackType
from typing import Any, Self

import httpx
from attrs import evolve

from ._envelope import parse
from ._exceptions import APIError, HrFlowError
from ._operations import Operation, RawResponse, T, Timeout
from ._reconcile import Reconciliation
from ._resources import AsyncResources, Resources
from ._retries import POLICY, RetryPolicy
from .client import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_TIMEOUT,
    AuthenticatedClient,
    HttpBackend,
    Verify,
)


def _settings(
    api_key: str | None,
    user_email: str | None,
    base_url: str | None,
    timeout: Timeout,
    max_retries: int,
    retry_creates: bool,
    http_backend: HttpBackend,
    verify_ssl: Verify,
    max_response_size: int,
) -> AuthenticatedClient:
    api_key = api_key if api_key is not None else os.environ.get("HRFLOW_API_KEY")
    user_email = user_email if user_email is not None else os.environ.get("HRFLOW_USER_EMAIL")
    if not api_key:
        raise HrFlowError("no API key: pass api_key= or set HRFLOW_API_KEY")
    if not user_email:
        raise HrFlowError("no user email: pass user_email= or set HRFLOW_USER_EMAIL")
    return AuthenticatedClient(
        api_key=api_key,
        user_email=user_email,
        base_url=base_url or os.environ.get("HRFLOW_BASE_URL") or DEFAULT_BASE_URL,
        timeout=httpx.Timeout(timeout) if timeout is not None else DEFAULT_TIMEOUT,
        retry_policy=RetryPolicy(max_retries=max_retries, retry_non_idempotent=retry_creates),
        http_backend=http_backend,
        verify_ssl=verify_ssl,
        max_response_size=max_response_size,
    )


_CLIENT_DEFAULTS: dict[str, Any] = {"timeout": httpx.USE_CLIENT_DEFAULT}


def _request_options(
    settings: AuthenticatedClient, timeout: Timeout, max_retries: int | None
) -> dict[str, Any]:
    """Keyword arguments for one request: per-call timeout and retry count, if given."""
    if timeout is None and max_retries is None:
        return _CLIENT_DEFAULTS
    options: dict[str, Any] = {
        "timeout": timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT
    }
    if max_retries is not None:
        options["extensions"] = {POLICY: evolve(settings.retry_policy, max_retries=max_retries)}
    return options


class HrFlow(Resources):
    """Synchronous HrFlow client; one connection pool, reused across calls.

    Its resources (`client.job`, `client.profile`, ...) are generated from the spec.

    `api_key`, `user_email` and `base_url` default to `HRFLOW_API_KEY`,
    `HRFLOW_USER_EMAIL` and `HRFLOW_BASE_URL`. `timeout` defaults to 5 s to connect
    and 60 s to read; GET and PUT are retried `max_retries` times on connection
    errors, timeouts, 408/409/429 and 5xx. So is a create carrying its `reference`,
    read back by reference when its outcome stays unknown (exactly once); other
    creates only when `retry_creates=True`.
    `verify_ssl` is True, False, a CA bundle path or an `ssl.SSLContext`. Answers
    larger than `max_response_size` decoded bytes (32 MiB) raise `ResponseTooLargeError`.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        user_email: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = None,
        max_retries: int = 2,
        retry_creates: bool = False,
        verify_ssl: Verify = True,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        self.api_client = _settings(
            api_key,
            user_email,
            base_url,
            timeout,
            max_retries,
            retry_creates,
            "httpx",
            verify_ssl,
            max_response_size,
        )
        super().__init__(self._send)

    def __repr__(self) -> str:
        return f"HrFlow(base_url={self.api_client.base_url!r})"

    def _send(
        self,
        operation: Operation[T],
        arguments: dict[str, Any],
        timeout: Timeout,
        max_retries: int | None,
    ) -> RawResponse[T]:
        http = self.api_client.get_httpx_client()
        request = operation.request(arguments)
        options = _request_options(self.api_client, timeout, max_retries)
        reconciliation = Reconciliation.of(operation, arguments)
        if reconciliation is None:
            return parse(operation, http.request(**request, **options), self.api_client.redactor)
        create_options = reconciliation.options(options, self.api_client.retry_policy)
        while True:
            try:
                response = http.request(**request, **create_options)
            except APIError as error:
                if not reconciliation.wanted(error):
                    raise
                try:
                    return self._send(
                        reconciliation.lookup, reconciliation.lookup_arguments, timeout, max_retries
                    )
                except HrFlowError as lookup_error:
                    if not reconciliation.again(error, lookup_error):
                        raise error from None
                continue
            return parse(operation, response, self.api_client.redactor)

    def close(self) -> None:
        self.api_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncHrFlow(AsyncResources):
    """Asynchronous HrFlow client, with the same methods as `HrFlow` as coroutines.

    `http_backend="auto"` runs on aiohttp when the `aiohttp` extra is installed
    (several times the throughput of httpx's own async stack under concurrency),
    else on httpx's; force either with "aiohttp" or "httpx".
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        user_email: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = None,
        max_retries: int = 2,
        retry_creates: bool = False,
        http_backend: HttpBackend = "auto",
        verify_ssl: Verify = True,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        self.api_client = _settings(
            api_key,
            user_email,
            base_url,
            timeout,
            max_retries,
            retry_creates,
            http_backend,
            verify_ssl,
            max_response_size,
        )
        super().__init__(self._send)

    def __repr__(self) -> str:
        return f"AsyncHrFlow(base_url={self.api_client.base_url!r})"

    async def _send(
        self,
        operation: Operation[T],
        arguments: dict[str, Any],
        timeout: Timeout,
        max_retries: int | None,
    ) -> RawResponse[T]:
        http = self.api_client.get_async_httpx_client()
        request = operation.request(arguments)
        options = _request_options(self.api_client, timeout, max_retries)
        reconciliation = Reconciliation.of(operation, arguments)
        if reconciliation is None:
            response = await http.request(**request, **options)
            return parse(operation, response, self.api_client.redactor)
        create_options = reconciliation.options(options, self.api_client.retry_policy)
        while True:
            try:
                response = await http.request(**request, **create_options)
            except APIError as error:
                if not reconciliation.wanted(error):
                    raise
                try:
                    return await self._send(
                        reconciliation.lookup, reconciliation.lookup_arguments, timeout, max_retries
                    )
                except HrFlowError as lookup_error:
                    if not reconciliation.again(error, lookup_error):
                        raise error from None
                continue
            return parse(operation, response, self.api_client.redactor)

    async def close(self) -> None:
        await self.api_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
