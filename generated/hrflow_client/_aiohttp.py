"""aiohttp behind httpx's interface: its exceptions become httpx's here, once, so nothing else knows aiohttp.

httpx-aiohttp maps most aiohttp errors coarsely (a refused connection or a server
disconnect both become `ConnectTimeout`) and lets others through raw (a malformed
answer, or a `ValueError`/`AssertionError` for a bad URL or header). This module
re-maps them from their cause, as httpx maps httpcore's, so the retry policy and the
transport loops only ever see `httpx.TransportError`.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator
from typing import Any, NoReturn

import httpx

_NEVER_SENT_TIMEOUT = ("ConnectionTimeoutError",)
_CONNECT = ("ClientConnectorError",)
_READ_TIMEOUT = ("ServerTimeoutError", "SocketTimeoutError")
_PROTOCOL = (
    "ServerDisconnectedError",
    "ClientPayloadError",
    "ClientResponseError",
    "HttpProcessingError",
)
_BAD_URL = ("InvalidURL", "NonHttpUrlClientError")
_PROXY = ("ClientProxyConnectionError", "ClientHttpProxyError")
_TRANSLATED: tuple[tuple[tuple[str, ...], type[httpx.TransportError]], ...] = (
    (_PROXY, httpx.ProxyError),
    (_NEVER_SENT_TIMEOUT, httpx.ConnectTimeout),
    (_CONNECT, httpx.ConnectError),
    (_READ_TIMEOUT, httpx.ReadTimeout),
    (_PROTOCOL, httpx.RemoteProtocolError),
    (_BAD_URL, httpx.UnsupportedProtocol),
)


def _aiohttp_origin(exc: BaseException) -> BaseException | None:
    """The aiohttp exception behind `exc`, if any (httpx-aiohttp chains it as the cause)."""
    for candidate in (exc, exc.__cause__):
        if candidate is not None and type(candidate).__module__.startswith("aiohttp"):
            return candidate
    return None


def translate(exc: Exception, *, sending: bool) -> Exception:
    """The httpx exception standing for `exc`, raised by aiohttp or httpx-aiohttp.

    A `ValueError`/`AssertionError`/`TypeError` from aiohttp or yarl while sending means
    the request itself is malformed (control characters in a header, an odd URL): a
    `LocalProtocolError`, which is never retried. Anything else unknown that broke a
    connection is a generic network error.
    """
    origin = _aiohttp_origin(exc)
    if origin is None:
        if isinstance(exc, httpx.HTTPError | RuntimeError):
            return exc
        if isinstance(exc, TimeoutError):
            kind: type[httpx.TransportError] = httpx.ReadTimeout
        elif isinstance(exc, ValueError | AssertionError | TypeError | UnicodeError) and sending:
            kind = httpx.LocalProtocolError
        elif isinstance(exc, ValueError | AssertionError | TypeError | UnicodeError):
            kind = httpx.RemoteProtocolError
        else:
            return exc
        return _chained(kind, exc, exc)
    names = {cls.__name__ for cls in type(origin).__mro__}
    for known, kind in _TRANSLATED:
        if names.intersection(known):
            return _chained(kind, exc, origin)
    if isinstance(origin, OSError):
        return _chained(httpx.ReadError, exc, origin)
    return _chained(httpx.NetworkError, exc, origin)


def _chained(
    kind: type[httpx.TransportError], exc: BaseException, origin: BaseException
) -> Exception:
    detail = str(origin) or type(origin).__name__
    error = kind(f"{type(origin).__name__}: {detail}"[:500])
    error.__cause__ = origin
    return error


def _reraise(exc: Exception, *, sending: bool) -> NoReturn:
    error = translate(exc, sending=sending)
    if error is exc:
        raise exc
    raise error


def _session(verify: ssl.SSLContext | bool, keepalive: float) -> Any:
    """An aiohttp session that never resends a request by itself.

    aiohttp silently resends a request once when a kept-alive connection turns out
    closed, with no backoff and no log, even for a write whose answer was lost;
    retries are the transport's job, counted and logged there.
    """
    import aiohttp

    connector = aiohttp.TCPConnector(limit=100, keepalive_timeout=keepalive, ssl=verify)
    session = aiohttp.ClientSession(connector=connector)
    session._retry_connection = False
    return session


class _TranslatedStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream) -> None:
        self._inner = inner

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except Exception as exc:
            _reraise(exc, sending=False)

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        except Exception as exc:
            _reraise(exc, sending=False)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """httpx-aiohttp's transport, raising only httpx exceptions."""

    def __init__(self, verify: ssl.SSLContext | bool, keepalive: float) -> None:
        from httpx_aiohttp import AiohttpTransport as Inner

        self._inner = Inner(client=lambda: _session(verify, keepalive))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self._inner.handle_async_request(request)
        except Exception as exc:
            _reraise(exc, sending=True)
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _TranslatedStream(response.stream)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def available() -> bool:
    """Whether the aiohttp extra is installed."""
    try:
        import aiohttp  # noqa: F401
        import httpx_aiohttp  # noqa: F401
    except ImportError:
        return False
    return True
