"""Hardening of the client: bounded in time and memory, every failure an HrFlowError, on all three stacks.

Each fault is produced over real loopback sockets by `hostile.HostileServer` or
`scripted.ScriptedServer`.
"""

from __future__ import annotations

import asyncio
import logging
import time
import tracemalloc
import zlib
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest
from hostile import (
    HostileServer,
    answer,
    bomb,
    closed_port,
    closing_after,
    endless,
    gzip_bomb,
    hang_up,
    huge,
    ok,
    per_connection,
    raw,
    trickle,
)
from scripted import ScriptedServer, envelope

from hrflow_client import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncHrFlow,
    AuthenticatedClient,
    HrFlow,
    HrFlowError,
    InvalidRequestError,
    ResponseTooLargeError,
    ResponseValidationError,
)
from hrflow_client.api.job import get_job

KEY = "sk_test_hardening_0123456789abcdef"
EMAIL = "me@example.com"
STACKS = ["sync", "httpx", "aiohttp"]
LIMIT = 1 << 20


Call = Callable[[Any], Any]
"""A call on a client: `HrFlow` or `AsyncHrFlow` in, the call's result (or awaitable) out."""

CALLS: dict[str, Call] = {
    "get": lambda client: client.job.get(board_key="b", key="k"),
    "create": lambda client: client.job.create(board_key="b", job={"name": "n"}),
}

Step = str | float | Call
"""One step of a `session`: a name in `CALLS` ("create" has no reference), a call, or seconds to wait."""


async def session(stack: str, url: str, *steps: Step, **settings: Any) -> list[Any]:
    """`steps` through one fresh client on `stack`: each call's result or `HrFlowError`.

    "sync" is `HrFlow`, each call run in a worker thread; the others `AsyncHrFlow` on
    that backend. `settings` go to the client, over `KEY`, `EMAIL`, `url` and
    `max_retries=0`; a setting refused there raises.
    """
    settings = {"api_key": KEY, "user_email": EMAIL, "base_url": url, "max_retries": 0, **settings}
    client: HrFlow | AsyncHrFlow = (
        HrFlow(**settings) if stack == "sync" else AsyncHrFlow(http_backend=stack, **settings)
    )
    outcomes: list[Any] = []
    try:
        for step in steps:
            if isinstance(step, int | float):
                await anyio.sleep(step)
                continue
            run = CALLS[step] if isinstance(step, str) else step
            try:
                if isinstance(client, HrFlow):
                    outcomes.append(await anyio.to_thread.run_sync(run, client))
                else:
                    outcomes.append(await run(client))
            except HrFlowError as error:
                outcomes.append(error)
    finally:
        if isinstance(client, HrFlow):
            client.close()
        else:
            await client.close()
    return outcomes


async def call(stack: str, url: str, step: str | Call, **settings: Any) -> Any:
    """One call through a fresh client on `stack`: its result, or its error raised."""
    [outcome] = await session(stack, url, step, **settings)
    if isinstance(outcome, HrFlowError):
        raise outcome
    return outcome


async def get(stack: str, url: str, **settings: Any) -> Any:
    return await call(stack, url, "get", **settings)


async def create(stack: str, url: str, **settings: Any) -> Any:
    return await call(stack, url, "create", **settings)


# ------------------------------------------------------------------ memory ----


@pytest.mark.parametrize("stack", STACKS)
@pytest.mark.parametrize(
    "behaviour",
    [endless, huge, bomb(gzip_bomb(64 * LIMIT))],
    ids=["endless-chunked", "1-GB-content-length", "gzip-bomb"],
)
async def test_an_answer_past_max_response_size_raises_promptly_with_bounded_memory(
    stack: str, behaviour: Callable[..., None]
) -> None:
    with HostileServer(behaviour) as server:
        tracemalloc.start()
        started = time.monotonic()
        try:
            with pytest.raises(ResponseTooLargeError) as caught:
                await get(stack, server.url, max_response_size=LIMIT, timeout=30)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert time.monotonic() - started < 10
    assert caught.value.limit == LIMIT and caught.value.http_status == 200
    assert "max_response_size" in str(caught.value)
    assert peak < 8 * LIMIT, f"peak {peak:,} bytes for a limit of {LIMIT:,}"


@pytest.mark.parametrize("stack", STACKS)
async def test_an_answer_just_under_max_response_size_is_read_whole(stack: str) -> None:
    body = (
        b'{"code": 200, "message": "ok", "data": {"key": "k", '
        + b'"created_at": "2020-06-11T14:43:29+0000", "name": "'
        + b"x" * (LIMIT - 150)
        + b'"}}'
    )
    compressed = zlib.compress(body)
    with HostileServer(raw(answer(compressed, Content_Encoding="deflate"))) as server:
        job = await get(stack, server.url, max_response_size=LIMIT)
    assert job.name == "x" * (LIMIT - 150)


@pytest.mark.parametrize("stack", STACKS)
async def test_a_broken_content_encoding_is_a_response_validation_error(stack: str) -> None:
    with (
        HostileServer(raw(answer(b"not gzip at all", Content_Encoding="gzip"))) as server,
        pytest.raises(ResponseValidationError, match="cannot be decoded"),
    ):
        await get(stack, server.url)


@pytest.mark.parametrize("stack", STACKS)
async def test_an_encoding_that_was_not_asked_for_is_a_response_validation_error(
    stack: str,
) -> None:
    with (
        HostileServer(raw(answer(b"\x8b\x00", Content_Encoding="br"))) as server,
        pytest.raises(ResponseValidationError, match="'br'"),
    ):
        await get(stack, server.url)
    assert b"accept-encoding: gzip, deflate\r\n" in server.requests[0].lower()


# ---------------------------------------------------------------- deadline ----


@pytest.mark.parametrize("stack", STACKS)
@pytest.mark.parametrize("in_headers", [False, True], ids=["body", "headers"])
async def test_a_trickling_server_cannot_stretch_an_attempt_past_its_timeout(
    stack: str, in_headers: bool
) -> None:
    with HostileServer(trickle(0.2, in_headers=in_headers)) as server:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await get(stack, server.url, timeout=1)
        elapsed = time.monotonic() - started
    assert elapsed < 2.0, f"an attempt with timeout=1 took {elapsed:.2f} s"


@pytest.mark.parametrize("stack", STACKS)
async def test_each_retry_gets_its_own_deadline(stack: str) -> None:
    with HostileServer(trickle(0.1)) as server:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            await get(stack, server.url, timeout=0.5, max_retries=1)
        elapsed = time.monotonic() - started
    assert caught.value.attempts == 2 and server.connections == 2
    assert 1.0 <= elapsed < 3.0


class _Forwarding(httpx.BaseTransport):
    """A transport of the user's own kind, whose sockets the client cannot reach."""

    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def _owners_client(stack: str, mounted: str | None) -> httpx.Client | httpx.AsyncClient:
    """The client a user injects; with `mounted`, that origin goes through a mounted transport."""
    if stack == "sync":
        return httpx.Client(mounts={mounted: httpx.HTTPTransport()} if mounted else None)
    return httpx.AsyncClient(mounts={mounted: httpx.AsyncHTTPTransport()} if mounted else None)


async def _owners_get(mine: httpx.Client | httpx.AsyncClient, url: str) -> httpx.Response:
    """A request the injected client's owner sends directly, outside any HrFlow call."""
    if isinstance(mine, httpx.Client):
        return await anyio.to_thread.run_sync(mine.get, url)
    return await mine.get(url)


@pytest.mark.parametrize("stack", ["sync", "httpx"])
@pytest.mark.parametrize("case", ["new-connection", "pooled-connection", "mounted-transport"])
async def test_an_injected_http_client_gets_the_total_deadline_and_stays_its_owners(
    stack: str, case: str
) -> None:
    """A trickle in the headers, which only the sockets see, through each kind of connection an injected client has."""
    slowly = trickle(0.2, in_headers=True)
    with (
        HostileServer(
            per_connection(ok, slowly) if case == "pooled-connection" else slowly
        ) as slow,
        HostileServer(ok) as fine,
    ):
        origin = slow.url.removesuffix("/v1")
        mine = _owners_client(stack, origin if case == "mounted-transport" else None)
        try:
            if case == "pooled-connection":
                assert (await _owners_get(mine, slow.url)).status_code == 200
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await get(stack, slow.url, timeout=1, http_client=mine)
            elapsed = time.monotonic() - started
            answered = await _owners_get(mine, fine.url)
        finally:
            if isinstance(mine, httpx.Client):
                mine.close()
            else:
                await mine.aclose()
    assert elapsed < 2.0, f"an attempt with timeout=1 took {elapsed:.2f} s"
    assert slow.connections == 1, "the attempt went through the owner's connection"
    assert answered.json()["message"] == "Job retrieved", "the owner's requests carry no deadline"


def test_through_a_custom_transport_a_trickled_body_still_ends_at_the_deadline() -> None:
    """The client cannot reach the sockets of a transport it does not know, only the body's chunks."""
    with HostileServer(trickle(0.05)) as server, httpx.Client(transport=_Forwarding()) as mine:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            asyncio.run(get("sync", server.url, timeout=1, http_client=mine))
        elapsed = time.monotonic() - started
    assert elapsed < 2.0, f"an attempt with timeout=1 took {elapsed:.2f} s"


# -------------------------------------------------------------- keep-alive ----


@pytest.mark.parametrize("stack", STACKS)
async def test_a_connection_idle_for_4_5_s_is_not_reused_before_servers_drop_it_at_5_s(
    stack: str,
) -> None:
    """Common servers close idle connections after 5 s; reusing one then races their close."""
    with HostileServer(ok) as server:
        outcomes = await session(stack, server.url, "get", "get", 4.5, "get")
    assert not [outcome for outcome in outcomes if isinstance(outcome, HrFlowError)]
    assert len(server.requests) == 3
    assert server.connections == 2, "a quick second call reuses the connection, a late one does not"


@pytest.mark.parametrize("stack", STACKS)
async def test_a_connection_the_server_closed_while_idle_is_never_used_for_the_next_create(
    stack: str,
) -> None:
    """A server with a short keep-alive closes each connection 0.3 s after answering.

    The second create, sent 0.6 s after the first, must go on a new connection: on the
    closed one it would fail, and a create without reference is never retried.
    """
    with HostileServer(closing_after(0.3)) as server:
        outcomes = await session(stack, server.url, "create", 0.6, "create")
    assert not [outcome for outcome in outcomes if isinstance(outcome, HrFlowError)]
    assert len(server.requests) == 2 and server.connections == 2


@pytest.mark.parametrize("stack", STACKS)
async def test_a_create_on_a_kept_alive_connection_closed_unanswered_is_not_retried_but_a_get_is(
    stack: str,
) -> None:
    """The server reads the request, then closes: the create may have been carried out, a get is harmless."""
    with HostileServer(per_connection(ok, hang_up)) as server:
        outcomes = await session(stack, server.url, "get", "create", "get", "get", max_retries=1)
    first, created, _, retried = outcomes
    assert not isinstance(first, HrFlowError) and not isinstance(retried, HrFlowError)
    assert isinstance(created, APIConnectionError) and created.attempts == 1
    assert "outcome is unknown" in str(created) and "not retried" in str(created)
    methods = [request.split(b" ", 1)[0] for request in server.requests]
    assert methods == [b"GET", b"POST", b"GET", b"GET", b"GET"], "only the last get is sent again"
    assert server.connections == 3


@pytest.mark.parametrize("stack", ["httpx", "aiohttp", "sync"])
async def test_a_refused_connection_is_a_connect_error_and_a_create_is_retried(
    stack: str,
) -> None:
    url = f"http://127.0.0.1:{closed_port()}/v1"
    with pytest.raises(APIConnectionError) as caught:
        await create(stack, url, max_retries=1)
    assert not isinstance(caught.value, APITimeoutError)
    assert caught.value.attempts == 2, "nothing was sent, so even a create is retried"
    assert "ConnectError" in str(caught.value)


# ------------------------------------------------------- settings at build ----


@pytest.mark.parametrize(
    ("settings", "named"),
    [
        ({"max_retries": None}, "max_retries"),
        ({"max_retries": "2"}, "max_retries"),
        ({"max_retries": -1}, "max_retries"),
        ({"retry_creates": "yes"}, "retry_non_idempotent"),
        ({"timeout": "10"}, "timeout"),
        ({"timeout": -1}, "timeout"),
        ({"timeout": httpx.Timeout(5, read="x")}, "timeout"),  # type: ignore[arg-type]
        ({"verify_ssl": "/nonexistent/ca.pem"}, "/nonexistent/ca.pem"),
        ({"verify_ssl": 3}, "verify_ssl"),
        ({"base_url": "api.hrflow.ai/v1"}, "api.hrflow.ai/v1"),
        ({"base_url": "ftp://example.com/v1"}, "ftp://example.com/v1"),
        ({"base_url": "http://"}, "http://"),
        ({"base_url": "http://exa mple.com"}, "exa mple.com"),
        ({"user_email": "jos\u00e9@example.com"}, "jos\u00e9@example.com"),
        ({"user_email": "me@example.com\r\nX-Injected: 1"}, "user_email"),
        ({"max_response_size": 0}, "max_response_size"),
        ({"max_response_size": "big"}, "max_response_size"),
    ],
)
def test_bad_settings_are_refused_when_the_client_is_built(
    settings: dict[str, Any], named: str
) -> None:
    arguments: dict[str, Any] = {"api_key": KEY, "user_email": EMAIL, **settings}
    with pytest.raises(InvalidRequestError, match=named.replace("?", r"\?")) as caught:
        HrFlow(**arguments)
    assert isinstance(caught.value, ValueError)
    with pytest.raises(InvalidRequestError):
        AsyncHrFlow(**arguments)


def test_an_unknown_http_backend_is_refused_when_the_client_is_built() -> None:
    with pytest.raises(InvalidRequestError, match="http_backend"):
        AsyncHrFlow(api_key=KEY, user_email=EMAIL, http_backend="curl")  # type: ignore[arg-type]


def test_the_functional_api_client_checks_its_settings_too() -> None:
    with pytest.raises(InvalidRequestError, match="timeout"):
        AuthenticatedClient(api_key=KEY, user_email=EMAIL, timeout="10")  # type: ignore[arg-type]
    with pytest.raises(InvalidRequestError, match="base_url"):
        AuthenticatedClient(api_key=KEY, user_email=EMAIL, base_url="nope")


@pytest.mark.parametrize(
    ("per_call", "named"), [({"max_retries": "2"}, "max_retries"), ({"timeout": "10"}, "timeout")]
)
def test_bad_per_call_settings_are_refused_before_anything_is_sent(
    per_call: dict[str, Any], named: str
) -> None:
    with (
        ScriptedServer() as server,
        HrFlow(api_key=KEY, user_email=EMAIL, base_url=server.url) as client,
        pytest.raises(InvalidRequestError, match=named),
    ):
        client.job.get(board_key="b", key="k", **per_call)
    assert server.received == []


# --------------------------------------------------- every failure typed ----


def test_a_query_over_64_kb_is_an_invalid_request() -> None:
    with (
        ScriptedServer() as server,
        HrFlow(api_key=KEY, user_email=EMAIL, base_url=server.url) as client,
        pytest.raises(InvalidRequestError, match="URL"),
    ):
        client.job.get(board_key="b", key="k" * 70_000)
    assert server.received == []


def test_a_body_nested_too_deeply_is_an_invalid_request_in_both_apis() -> None:
    nested: dict[str, Any] = {}
    for _ in range(100_000):
        nested = {"n": nested}
    with (
        ScriptedServer() as server,
        HrFlow(api_key=KEY, user_email=EMAIL, base_url=server.url) as client,
    ):
        with pytest.raises(InvalidRequestError):
            client.job.create(board_key="b", job={"name": "n", "tags": nested})
        with pytest.raises(InvalidRequestError, match="nested too deeply"):
            client.api_client.get_httpx_client().post("/job/indexing", json=nested)
    assert server.received == []


@pytest.mark.parametrize("stack", STACKS)
async def test_an_illegal_header_value_is_never_sent_nor_retried(stack: str) -> None:
    with HostileServer(ok) as server:
        settings = AuthenticatedClient(api_key=KEY, user_email=EMAIL, base_url=server.url)
        settings.http_backend = "httpx" if stack == "sync" else stack  # type: ignore[assignment]
        try:
            with pytest.raises(InvalidRequestError, match="cannot be sent"):
                if stack == "sync":
                    settings.get_httpx_client().get("/job/indexing", headers={"X-Bad": "a\r\nb"})
                else:
                    await settings.get_async_httpx_client().get(
                        "/job/indexing", headers={"X-Bad": "a\r\nb"}
                    )
        finally:
            settings.close()
            await settings.aclose()
    assert server.requests == []


@pytest.mark.parametrize("stack", STACKS)
async def test_a_url_without_an_http_scheme_is_never_retried(
    stack: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="hrflow_client")
    settings = AuthenticatedClient(api_key=KEY, user_email=EMAIL, base_url="http://127.0.0.1:9/v1")
    settings.http_backend = "httpx" if stack == "sync" else stack  # type: ignore[assignment]
    try:
        with pytest.raises(InvalidRequestError):
            if stack == "sync":
                settings.get_httpx_client().get("ftp://127.0.0.1/x")
            else:
                await settings.get_async_httpx_client().get("ftp://127.0.0.1/x")
    finally:
        settings.close()
        await settings.aclose()
    assert not [record for record in caplog.records if "retrying in" in record.getMessage()]


def test_a_closed_client_raises_hrflow_error() -> None:
    client = HrFlow(api_key=KEY, user_email=EMAIL, base_url="http://127.0.0.1:9/v1")
    client.close()
    with pytest.raises(HrFlowError, match="closed"):
        client.job.get(board_key="b", key="k")


@pytest.mark.parametrize("stack", ["httpx", "aiohttp"])
async def test_a_closed_async_client_raises_hrflow_error(stack: str) -> None:
    client = AsyncHrFlow(
        api_key=KEY, user_email=EMAIL, base_url="http://127.0.0.1:9/v1", http_backend=stack
    )
    client.api_client.get_async_httpx_client()
    await client.close()
    with pytest.raises(HrFlowError, match="closed"):
        await client.job.get(board_key="b", key="k")


@pytest.mark.parametrize("stack", ["httpx", "aiohttp"])
def test_an_async_client_reused_in_another_event_loop_raises_hrflow_error(stack: str) -> None:
    with HostileServer(ok) as server:
        client = AsyncHrFlow(api_key=KEY, user_email=EMAIL, base_url=server.url, http_backend=stack)
        first = asyncio.new_event_loop()
        try:
            first.run_until_complete(client.job.get(board_key="b", key="k"))
            with pytest.raises(HrFlowError, match="event loop"):
                asyncio.run(client.job.get(board_key="b", key="k"))
            first.run_until_complete(client.close())
        finally:
            first.close()


@pytest.mark.parametrize("code", [100, 302, -1, 199, 300])
def test_a_body_code_outside_2xx_is_never_a_success(code: int) -> None:
    with ScriptedServer() as server:
        server.script(
            envelope(
                code, "odd", {"key": "k", "name": "n", "created_at": "2020-06-11T14:43:29+0000"}
            )
        )
        with (
            HrFlow(api_key=KEY, user_email=EMAIL, base_url=server.url, max_retries=0) as client,
            pytest.raises(APIStatusError) as caught,
        ):
            client.job.get(board_key="b", key="k")
    assert caught.value.status_code == code


def test_an_undocumented_status_in_the_functional_api_is_an_hrflow_error() -> None:
    with ScriptedServer() as server:
        server.script(
            envelope(
                201,
                "Job created",
                {"key": "k", "name": "n", "created_at": "2020-06-11T14:43:29+0000"},
                status=201,
            )
        )
        settings = AuthenticatedClient(api_key=KEY, user_email=EMAIL, base_url=server.url)
        with pytest.raises(HrFlowError, match="Unexpected status code: 201"):
            get_job.sync(client=settings, board_key="b", key="k")
