"""Replaces the generated `client.py`: both HrFlow auth headers, a repr without the key, and the quirk-handling transports.

The generated functions in `hrflow_client.api` only need `get_httpx_client()`,
`get_async_httpx_client()` and `raise_on_unexpected_status`; this class keeps that
contract, so they get retries, typed errors and redaction too.
"""

from __future__ import annotations

import os
import platform
import re
import ssl
import unicodedata
from collections.abc import Callable
from types import TracebackType
from typing import Any, Literal, Self, TypeVar

import httpx
from attrs import define, field

from . import _aiohttp, _limits
from ._envelope import invalid_answer, mismatch
from ._exceptions import HrFlowError, InvalidRequestError
from ._redaction import REDACTED, SECRET_HEADERS, Redactor, install_log_filter
from ._retries import RetryPolicy
from ._transport import AsyncHrFlowTransport, HrFlowTransport
from ._version import __version__

Parsed = TypeVar("Parsed")

DEFAULT_BASE_URL = "https://api.hrflow.ai/v1"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RESPONSE_SIZE = _limits.DEFAULT_MAX_RESPONSE_SIZE
USER_AGENT = (
    f"hrflow-client/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
)
HttpBackend = Literal["auto", "httpx", "aiohttp"]
Verify = str | bool | ssl.SSLContext
_LIMITS = httpx.Limits(
    max_connections=100, max_keepalive_connections=20, keepalive_expiry=_limits.IDLE_EXPIRY
)


def _api_key(value: object) -> str:
    """The key without the surrounding whitespace a file read leaves; refused if it holds other control characters.

    Messages never quote the key.
    """
    if not isinstance(value, str):
        raise InvalidRequestError(f"api_key must be a str, not {type(value).__name__}")
    key = value.strip()
    if not key:
        raise InvalidRequestError("api_key is empty")
    for position, char in enumerate(key):
        if not char.isascii() or not char.isprintable() or char.isspace():
            name = unicodedata.name(char, f"U+{ord(char):04X}")
            raise InvalidRequestError(
                f"api_key has a character that cannot be sent in a header ({name}) "
                f"at position {position}; the key itself is not shown"
            )
    return key


def _user_email(value: object) -> str:
    if not isinstance(value, str):
        raise InvalidRequestError(f"user_email must be a str, not {type(value).__name__}")
    email = value.strip()
    if not email or not email.isascii() or not email.isprintable():
        raise InvalidRequestError(
            f"user_email {value!r} cannot be sent in an HTTP header: it must be printable ASCII"
        )
    return email


def _base_url(value: object) -> str:
    if not isinstance(value, str):
        raise InvalidRequestError(f"base_url must be a str, not {type(value).__name__}")
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise InvalidRequestError(f"base_url {value!r} is not a valid URL: {exc}") from None
    if url.scheme not in ("http", "https") or not _HOST.fullmatch(url.raw_host):
        raise InvalidRequestError(
            f"base_url {value!r} must be an http:// or https:// URL with a host"
        )
    return value


_HOST = re.compile(rb"[A-Za-z0-9._:\-]+")
"""What a host can be once httpx has IDNA-encoded it (an IPv6 address is kept without brackets)."""


def _timeout(value: object) -> httpx.Timeout:
    try:
        timeout = httpx.Timeout(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InvalidRequestError(
            f"timeout must be a number of seconds, None or an httpx.Timeout, not {value!r}"
        ) from None
    return _limits.check_timeout(timeout)


def _max_response_size(instance: object, attribute: Any, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidRequestError(f"max_response_size must be an int > 0, not {value!r}")


def _http_backend(instance: object, attribute: Any, value: object) -> None:
    if value not in ("auto", "httpx", "aiohttp"):
        raise InvalidRequestError(
            f"http_backend must be 'auto', 'httpx' or 'aiohttp', not {value!r}"
        )
    if value == "aiohttp" and not _aiohttp.available():
        raise InvalidRequestError(
            "http_backend='aiohttp' needs the aiohttp extra: pip install 'hrflow-client[aiohttp]'"
        )


def _ssl_context(verify: object) -> ssl.SSLContext | bool:
    """What both HTTP stacks take, built once: a CA bundle path becomes a context trusting it."""
    if isinstance(verify, bool | ssl.SSLContext):
        return verify
    if not isinstance(verify, str | os.PathLike):
        raise InvalidRequestError(
            f"verify_ssl must be True, False, a CA bundle path or an ssl.SSLContext, not {verify!r}"
        )
    try:
        return ssl.create_default_context(cafile=os.fspath(verify))
    except (OSError, ssl.SSLError) as exc:
        raise InvalidRequestError(
            f"verify_ssl={verify!r} cannot be used as a CA bundle: {exc}"
        ) from None


class _SecretHeaders(httpx.Headers):
    """Headers whose repr masks the API key, as httpx masks `Authorization`."""

    def __repr__(self) -> str:
        items = [
            (name, REDACTED if name.lower() in SECRET_HEADERS else value)
            for name, value in self.multi_items()
        ]
        return f"Headers({items!r})"


class _HTTPTransport(httpx.HTTPTransport):
    """httpx's transport over sockets bounded by the attempt's total deadline (`_sockets.DeadlineBackend`)."""

    def __init__(self, verify: ssl.SSLContext | bool) -> None:
        context = httpx.create_ssl_context(verify=verify)
        super().__init__(verify=context, limits=_LIMITS)
        import httpcore

        from ._sockets import DeadlineBackend

        self._pool = httpcore.ConnectionPool(
            ssl_context=context,
            max_connections=_LIMITS.max_connections,
            max_keepalive_connections=_LIMITS.max_keepalive_connections,
            keepalive_expiry=_LIMITS.keepalive_expiry,
            network_backend=DeadlineBackend(),
        )


def _add_defaults(request: httpx.Request, headers: httpx.Headers) -> None:
    """The injected client's own default headers, where the request does not set them (`send` skips them)."""
    for name, value in headers.multi_items():
        if name not in request.headers:
            request.headers[name] = value


class _ThroughClient(httpx.BaseTransport):
    """Sends through an `httpx.Client` the user configured (proxies, limits, event hooks, transports).

    It sits under `HrFlowTransport`, so retries, the envelope check, limits and
    redaction apply as with the client's own connections; its httpcore pools get the
    attempt's total deadline (`_sockets.bound_client`), which its owner's own requests
    never carry. The injected client stays its owner's to close.
    """

    def __init__(self, client: httpx.Client) -> None:
        from ._sockets import bound_client

        bound_client(client)
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _add_defaults(request, self._client.headers)
        return self._client.send(request, stream=True)


class _AsyncThroughClient(httpx.AsyncBaseTransport):
    """The async twin of `_ThroughClient`, for an injected `httpx.AsyncClient`.

    `AsyncHrFlowTransport` cancels an attempt at its deadline whatever sends it, so
    nothing of the injected client needs wrapping.
    """

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _add_defaults(request, self._client.headers)
        return await self._client.send(request, stream=True)


def _http_client(instance: object, attribute: Any, value: object) -> None:
    if value is not None and not isinstance(value, httpx.Client | httpx.AsyncClient):
        raise InvalidRequestError(
            f"http_client must be an httpx.Client or httpx.AsyncClient, not {type(value).__name__}"
        )


def _closed(what: str) -> HrFlowError:
    return HrFlowError(f"this {what} is closed; create a new one to make further calls")


def _invalid(exc: Exception) -> HrFlowError:
    """A failure raised while building a request, before the transport: the arguments are at fault."""
    if isinstance(exc, RecursionError):
        return InvalidRequestError("the request body is nested too deeply to be encoded as JSON")
    if isinstance(exc, UnicodeEncodeError):
        return InvalidRequestError(
            f"a header or URL holds a character it cannot carry: {exc.reason}"
        )
    if isinstance(exc, httpx.InvalidURL):
        return InvalidRequestError(f"the request URL is invalid: {exc}")
    if isinstance(exc, httpx.StreamError):
        return InvalidRequestError(f"the request cannot be sent: {exc}")
    return HrFlowError(f"the HTTP client cannot send: {exc}")


_BUILD_ERRORS = (httpx.InvalidURL, httpx.StreamError, UnicodeEncodeError, RuntimeError)


class _Client(httpx.Client):
    """httpx's client, raising only HrFlowError for requests it cannot even build or send."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._headers = _SecretHeaders(self._headers)

    def request(self, *args: Any, **kwargs: Any) -> httpx.Response:
        if self.is_closed:
            raise _closed("client")
        try:
            return super().request(*args, **kwargs)
        except _BUILD_ERRORS as exc:
            raise _invalid(exc) from None


class _AsyncClient(httpx.AsyncClient):
    """The async twin of `_Client`."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._headers = _SecretHeaders(self._headers)

    async def request(self, *args: Any, **kwargs: Any) -> httpx.Response:
        if self.is_closed:
            raise _closed("client")
        try:
            return await super().request(*args, **kwargs)
        except _BUILD_ERRORS as exc:
            raise _invalid(exc) from None


def _running_loop() -> object | None:
    import asyncio  # here, not at import: only async clients need it

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


@define
class AuthenticatedClient:
    """Connection settings and the pooled httpx clients (one sync, one async) built from them.

    Every HrFlow operation needs both `X-API-KEY` and `X-USER-EMAIL`; they are sent
    on every request. `verify_ssl` is True, False, a CA bundle path or an SSLContext.
    `http_backend` picks the async stack: "auto" uses aiohttp when the `aiohttp`
    extra is installed, else httpx's own; `http_client` (an `httpx.Client` for sync
    calls, an `httpx.AsyncClient` for async ones) sends instead, under the same retries,
    checks and limits. Every setting is checked here, when the
    client is built (`InvalidRequestError`), not at the first call. An answer larger
    than `max_response_size` decoded bytes is refused (`ResponseTooLargeError`).
    """

    api_key: str = field(repr=False, converter=_api_key)
    user_email: str = field(converter=_user_email)
    base_url: str = field(default=DEFAULT_BASE_URL, converter=_base_url)
    timeout: httpx.Timeout = field(default=DEFAULT_TIMEOUT, converter=_timeout)
    retry_policy: RetryPolicy = field(factory=RetryPolicy)
    http_backend: HttpBackend = field(default="auto", validator=_http_backend)
    verify_ssl: Verify = True
    raise_on_unexpected_status: bool = True
    max_response_size: int = field(default=DEFAULT_MAX_RESPONSE_SIZE, validator=_max_response_size)
    http_client: httpx.Client | httpx.AsyncClient | None = field(
        default=None, repr=False, validator=_http_client
    )
    redactor: Redactor = field(init=False, repr=False)
    _ssl: ssl.SSLContext | bool = field(init=False, repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)
    _loop: object | None = field(default=None, init=False, repr=False)
    _closed: set[str] = field(factory=set, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.retry_policy, RetryPolicy):
            raise InvalidRequestError(
                f"retry_policy must be a RetryPolicy, not {type(self.retry_policy).__name__}"
            )
        self._ssl = _ssl_context(self.verify_ssl)
        install_log_filter()

    def _headers(self) -> dict[str, str]:
        return {
            "X-API-KEY": self.api_key,
            "X-USER-EMAIL": self.user_email,
            "Accept-Encoding": _limits.ACCEPT_ENCODING,
            "User-Agent": USER_AGENT,
        }

    @redactor.default
    def _redactor_of_the_key(self) -> Redactor:
        return Redactor((self.api_key,))

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            if "sync" in self._closed:
                raise _closed("client")
            inner: httpx.BaseTransport = (
                _ThroughClient(self.http_client)
                if isinstance(self.http_client, httpx.Client)
                else _HTTPTransport(self._ssl)
            )
            transport = HrFlowTransport(
                inner,
                policy=self.retry_policy,
                redactor=self.redactor,
                max_response_size=self.max_response_size,
            )
            self._client = _Client(
                base_url=self.base_url,
                headers=self._headers(),
                timeout=self.timeout,
                transport=transport,
            )
        return self._client

    def _async_inner_transport(self) -> httpx.AsyncBaseTransport:
        """An injected client, httpx's own async stack, or aiohttp's (several times faster under concurrency)."""
        if isinstance(self.http_client, httpx.AsyncClient):
            return _AsyncThroughClient(self.http_client)
        if self.http_backend != "httpx" and _aiohttp.available():
            return _aiohttp.AiohttpTransport(self._ssl, _limits.IDLE_EXPIRY)
        return httpx.AsyncHTTPTransport(verify=self._ssl, limits=_LIMITS)

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            if "async" in self._closed:
                raise _closed("client")
            transport = AsyncHrFlowTransport(
                self._async_inner_transport(),
                policy=self.retry_policy,
                redactor=self.redactor,
                max_response_size=self.max_response_size,
            )
            self._async_client = _AsyncClient(
                base_url=self.base_url,
                headers=self._headers(),
                timeout=self.timeout,
                transport=transport,
            )
        loop = _running_loop()
        if loop is not None and loop is not self._loop:
            if self._loop is not None and not self._async_client.is_closed:
                raise HrFlowError(
                    "this async client is bound to the event loop it first ran in; "
                    "create one client per event loop (each asyncio.run() starts a new one)"
                )
            self._loop = loop
        return self._async_client

    def parse_answer(self, parse: Callable[..., Parsed], response: httpx.Response) -> Parsed:
        """What a generated function's `_parse_response` makes of an answer.

        The generated models raise KeyError, TypeError or ValueError on an answer that is
        not what the spec describes (no `data`, a list for an object); that is a
        `ResponseValidationError` here, its text redacted, as on the `HrFlow` facade.
        """
        try:
            return parse(client=self, response=response)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise invalid_answer(
                f"the answer is not what the spec describes: {mismatch(exc)}",
                response,
                response.request,
                self.redactor,
            ) from None

    def close(self) -> None:
        self._closed.add("sync")
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        self._closed.add("async")
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
