"""Replaces the generated `client.py`: both HrFlow auth headers, a repr without the key, and the quirk-handling transports.

The generated functions in `hrflow_client.api` only need `get_httpx_client()`,
`get_async_httpx_client()` and `raise_on_unexpected_status`; this class keeps that
contract, so they get retries, typed errors and redaction too.
"""

from __future__ import annotations

import functools
import ssl
from types import TracebackType
from typing import Any, Literal, Self

import httpx
from attrs import define, field

from ._exceptions import HrFlowError
from ._redaction import Redactor
from ._retries import RetryPolicy
from ._transport import AsyncHrFlowTransport, HrFlowTransport

DEFAULT_BASE_URL = "https://api.hrflow.ai/v1"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
HttpBackend = Literal["auto", "httpx", "aiohttp"]
Verify = str | bool | ssl.SSLContext


def _async_inner_transport(backend: HttpBackend, verify: Verify) -> httpx.AsyncBaseTransport:
    """httpx's own async stack, or aiohttp's (several times faster under concurrency) when available."""
    if backend != "httpx":
        try:
            from httpx_aiohttp import AiohttpTransport
        except ImportError:
            if backend == "aiohttp":
                raise HrFlowError(
                    "http_backend='aiohttp' needs the aiohttp extra: pip install 'hrflow-client[aiohttp]'"
                ) from None
        else:
            return AiohttpTransport(client=functools.partial(_aiohttp_session, verify))
    return httpx.AsyncHTTPTransport(verify=_ssl_context(verify))


def _ssl_context(verify: Verify) -> ssl.SSLContext | bool:
    """What both HTTP stacks take: a CA bundle path becomes a context trusting it."""
    return ssl.create_default_context(cafile=verify) if isinstance(verify, str) else verify


def _aiohttp_session(verify: Verify) -> Any:
    """An aiohttp session that never resends a request by itself.

    aiohttp silently resends a request once when a kept-alive connection turns out
    closed, with no backoff and no log, even for a write whose answer was lost;
    retries are the transport's job, counted and logged there.
    """
    import aiohttp

    connector = aiohttp.TCPConnector(limit=100, keepalive_timeout=5.0, ssl=_ssl_context(verify))
    session = aiohttp.ClientSession(connector=connector)
    session._retry_connection = False
    return session


@define
class AuthenticatedClient:
    """Connection settings and the pooled httpx clients (one sync, one async) built from them.

    Every HrFlow operation needs both `X-API-KEY` and `X-USER-EMAIL`; they are sent
    on every request. `verify_ssl` is True, False, a CA bundle path or an SSLContext.
    `http_backend` picks the async stack: "auto" uses aiohttp when
    the `aiohttp` extra is installed, else httpx's own.
    """

    api_key: str = field(repr=False)
    user_email: str
    base_url: str = DEFAULT_BASE_URL
    timeout: httpx.Timeout = field(default=DEFAULT_TIMEOUT, converter=httpx.Timeout)
    retry_policy: RetryPolicy = field(factory=RetryPolicy)
    http_backend: HttpBackend = "auto"
    verify_ssl: Verify = True
    raise_on_unexpected_status: bool = True
    redactor: Redactor = field(init=False, repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def _headers(self) -> dict[str, str]:
        return {"X-API-KEY": self.api_key, "X-USER-EMAIL": self.user_email}

    @redactor.default
    def _redactor_of_the_key(self) -> Redactor:
        return Redactor((self.api_key,))

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            transport = HrFlowTransport(
                httpx.HTTPTransport(verify=_ssl_context(self.verify_ssl)),
                policy=self.retry_policy,
                redactor=self.redactor,
            )
            self._client = httpx.Client(
                base_url=self.base_url,
                headers=self._headers(),
                timeout=self.timeout,
                transport=transport,
            )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            transport = AsyncHrFlowTransport(
                _async_inner_transport(self.http_backend, self.verify_ssl),
                policy=self.retry_policy,
                redactor=self.redactor,
            )
            self._async_client = httpx.AsyncClient(
                base_url=self.base_url,
                headers=self._headers(),
                timeout=self.timeout,
                transport=transport,
            )
        return self._async_client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        if self._async_client is not None:
            await self._async_client.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


Client = AuthenticatedClient
"""Every operation is authenticated, so the plain client is the authenticated one."""
