"""`HrFlow` and `AsyncHrFlow`: the client most users need, on top of the generated package."""

from __future__ import annotations

import os
from types import TracebackType
from typing import Any, Self

import httpx

from ._exceptions import InvalidRequestError, MissingCredentialsError
from ._operations import NO_OPTIONS, Headers, Operation, Options, Query, RawResponse, T, Timeout
from ._reconcile import Exchange
from ._resources import AsyncResources, Resources
from ._retries import RetryPolicy
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
    http_client: httpx.Client | httpx.AsyncClient | None,
    wanted: type[httpx.Client] | type[httpx.AsyncClient],
) -> AuthenticatedClient:
    if http_client is not None and not isinstance(http_client, wanted):
        raise InvalidRequestError(
            f"http_client must be an {wanted.__module__}.{wanted.__name__},"
            f" not {type(http_client).__name__}"
        )
    api_key = api_key if api_key is not None else os.environ.get("HRFLOW_API_KEY")
    user_email = user_email if user_email is not None else os.environ.get("HRFLOW_USER_EMAIL")
    if not api_key:
        raise MissingCredentialsError("no API key: pass api_key= or set HRFLOW_API_KEY")
    if not user_email:
        raise MissingCredentialsError("no user email: pass user_email= or set HRFLOW_USER_EMAIL")
    return AuthenticatedClient(
        api_key=api_key,
        user_email=user_email,
        base_url=base_url or os.environ.get("HRFLOW_BASE_URL") or DEFAULT_BASE_URL,
        timeout=httpx.Timeout(timeout) if timeout is not None else DEFAULT_TIMEOUT,
        retry_policy=RetryPolicy(max_retries=max_retries, retry_non_idempotent=retry_creates),
        http_backend=http_backend,
        verify_ssl=verify_ssl,
        max_response_size=max_response_size,
        http_client=http_client,
    )


def _merge(defaults: Options, options: Options) -> Options:
    """A call's options over the client's (`with_options`): the call's win, headers and query merged."""
    if options.empty:
        return defaults
    if defaults.empty:
        return options
    return Options(
        timeout=options.timeout if options.timeout is not None else defaults.timeout,
        max_retries=(
            options.max_retries if options.max_retries is not None else defaults.max_retries
        ),
        headers={**(defaults.headers or {}), **(options.headers or {})} or None,
        query={**(defaults.query or {}), **(options.query or {})} or None,
        body=options.body,
    )


def _copy_options(
    defaults: Options,
    timeout: Timeout,
    max_retries: int | None,
    default_headers: Headers | None,
    default_query: Query | None,
) -> Options:
    if max_retries is not None and max_retries < 0:
        raise InvalidRequestError(f"max_retries must be 0 or more, not {max_retries}")
    return _merge(defaults, Options(timeout, max_retries, default_headers, default_query, None))


class _Facade:
    """What `HrFlow` and `AsyncHrFlow` share: their settings, per-call defaults and `with_options`."""

    api_client: AuthenticatedClient
    _defaults: Options

    def _start(self, settings: AuthenticatedClient, defaults: Options) -> None:
        self.api_client = settings
        self._defaults = defaults
        self._bind()

    def _bind(self) -> None:
        """Hand this client's `_send` to its generated resources."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.api_client.base_url!r})"

    def with_options(
        self,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        default_headers: Headers | None = None,
        default_query: Query | None = None,
    ) -> Self:
        """A copy sending every call with these options (a call's own still win); it shares this pool.

        Closing either closes the pool both use.
        """
        copy = object.__new__(type(self))
        defaults = _copy_options(
            self._defaults, timeout, max_retries, default_headers, default_query
        )
        copy._start(self.api_client, defaults)
        return copy


class HrFlow(_Facade, Resources):
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
    `http_client` is an `httpx.Client` of yours (proxies, limits, event hooks, a custom
    transport) to send through, with the same retries and checks; it stays yours to close.
    Every method takes `extra_headers=`, `extra_query=`, `extra_body=`, `timeout=` and
    `max_retries=`; `with_options(...)` gives a copy with defaults for them.
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
        http_client: httpx.Client | None = None,
    ) -> None:
        settings = _settings(
            api_key,
            user_email,
            base_url,
            timeout,
            max_retries,
            retry_creates,
            "httpx",
            verify_ssl,
            max_response_size,
            http_client,
            httpx.Client,
        )
        self._start(settings, NO_OPTIONS)

    def _bind(self) -> None:
        Resources.__init__(self, self._send)

    def _send(
        self, operation: Operation[T], arguments: dict[str, Any], options: Options
    ) -> RawResponse[T]:
        http = self.api_client.get_httpx_client()
        exchange = Exchange(self.api_client, operation, arguments, _merge(self._defaults, options))
        while exchange.request is not None:
            try:
                response = http.request(**exchange.request)
            except Exception as error:
                exchange.fail(error)
            else:
                exchange.answer(response)
        return exchange.result

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


class AsyncHrFlow(_Facade, AsyncResources):
    """Asynchronous HrFlow client, with the same methods as `HrFlow` as coroutines.

    `http_backend="auto"` runs on aiohttp when the `aiohttp` extra is installed
    (several times the throughput of httpx's own async stack under concurrency),
    else on httpx's; force either with "aiohttp" or "httpx". `http_client` is an
    `httpx.AsyncClient` of yours to send through instead (it stays yours to close).
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
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        settings = _settings(
            api_key,
            user_email,
            base_url,
            timeout,
            max_retries,
            retry_creates,
            http_backend,
            verify_ssl,
            max_response_size,
            http_client,
            httpx.AsyncClient,
        )
        self._start(settings, NO_OPTIONS)

    def _bind(self) -> None:
        AsyncResources.__init__(self, self._send)

    async def _send(
        self, operation: Operation[T], arguments: dict[str, Any], options: Options
    ) -> RawResponse[T]:
        http = self.api_client.get_async_httpx_client()
        exchange = Exchange(self.api_client, operation, arguments, _merge(self._defaults, options))
        while exchange.request is not None:
            try:
                response = await http.request(**exchange.request)
            except Exception as error:
                exchange.fail(error)
            else:
                exchange.answer(response)
        return exchange.result

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
