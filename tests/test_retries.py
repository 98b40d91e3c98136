"""The retry policy, proven over real HTTP on loopback: what is retried, how often, how long it waits.

Every test runs the same scenario through `HrFlow` and through `AsyncHrFlow` on both
async backends (httpx's own stack and aiohttp). Waits are recorded, not slept: the
transports' sleep functions are replaced, and the jitter factor is fixed at 0.8, so a
backoff of min(0.5 * 2^n, 8) s becomes exactly 0.4, 0.8, 1.6, 3.2, 6.4, 6.4 ...
"""

from __future__ import annotations

import email.utils
import json
import logging
import socket
import time
import types
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import conftest
import httpx
import pytest
from scripted import Answer, ScriptedServer, envelope, serve

from hrflow_client import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncHrFlow,
    AuthenticationError,
    BadRequestError,
    HrFlow,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    _aiohttp,
    _retries,
    _transport,
)

EXAMPLES = Path(__file__).resolve().parent.parent / "spec" / "examples"
SECRET = "sk_live_0123456789abcdef_SECRET"
JITTER = 0.8


def _example(name: str) -> Any:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))["value"]


JOB = _example("job-get-response-200.json")["data"]
PROFILE = _example("profile-put-response-201.json")["data"]

MODES = ["sync", "async-httpx", "async-aiohttp"]


@pytest.fixture
def scripted() -> Iterator[ScriptedServer]:
    for server in serve():
        # Headers and body go out in two writes; without TCP_NODELAY each answer stalls
        # ~40 ms on Nagle's algorithm and the client's delayed ACK.
        server._http.RequestHandlerClass.disable_nagle_algorithm = True  # type: ignore[attr-defined]
        yield server


def backoff(*attempts: int) -> list[float]:
    """The waits the policy takes before retries number `attempts` (0-based), with JITTER."""
    return [min(0.5 * 2.0**n, 8.0) * JITTER for n in attempts]


@dataclass
class Waits:
    """Waits asked of the sync and async sleep functions, and the jitter ranges drawn."""

    sync: list[float] = field(default_factory=list)
    async_: list[float] = field(default_factory=list)
    jitter_ranges: list[tuple[float, float]] = field(default_factory=list)

    def all(self) -> list[float]:
        return self.sync + self.async_


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> Waits:
    recorded = Waits()

    def uniform(low: float, high: float) -> float:
        recorded.jitter_ranges.append((low, high))
        return JITTER

    async def async_sleep(seconds: float) -> None:
        recorded.async_.append(seconds)

    monkeypatch.setattr(_transport, "_sleep", recorded.sync.append)
    monkeypatch.setattr(_transport, "_async_sleep", async_sleep)
    monkeypatch.setattr(_retries, "random", types.SimpleNamespace(uniform=uniform))
    return recorded


class Api(conftest.Api):
    """The shared `Api` with this file's secret key, and a check of how it waited."""

    def __init__(self, mode: str, base_url: str, **options: Any) -> None:
        super().__init__(mode, base_url, api_key=SECRET, user_email="me@example.com", **options)

    def assert_waited(self, waits: Waits, expected: list[float]) -> None:
        """The waits went through the sleep of this client's kind, and only through it."""
        own, other = (
            (waits.sync, waits.async_) if self.mode == "sync" else (waits.async_, waits.sync)
        )
        assert own == pytest.approx(expected)
        assert other == []


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def api(mode: str, scripted: ScriptedServer) -> AsyncIterator[Api]:
    client = Api(mode, scripted.url)
    yield client
    await client.close()


# Calls by method: GET reads a job, PUT edits one, POST creates one.
CALLS: dict[str, tuple[str, str, dict[str, Any]]] = {
    "GET": ("job", "get", {"board_key": "b", "key": JOB["key"]}),
    "PUT": ("job", "edit", {"board_key": "b", "job": JOB}),
    "POST": ("job", "create", {"board_key": "b", "job": {"name": "Data Engineer"}}),
}


def success(method: str) -> Answer:
    """The service's success answer for one of CALLS (with its quirky status pairings)."""
    return {
        "GET": envelope(200, "Job details", JOB),
        "PUT": envelope(201, "Job created", JOB),
        "POST": envelope(201, "Job created", JOB),
    }[method]


async def call(api: Api, method: str, **options: Any) -> Any:
    resource, operation, arguments = CALLS[method]
    return await api.call(resource, operation, **arguments, **options)


def failure(kind: str) -> Answer:
    """`"503"`: HTTP 503 with body code 503; `"200/503"`: HTTP 200 carrying body code 503."""
    http_status, _, code = kind.rpartition("/")
    return envelope(int(code), f"failure {kind}", status=int(http_status or code))


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


RETRYABLE = ["408", "409", "429", "500", "502", "503", "504", "200/429", "200/503"]


@pytest.mark.parametrize("method", ["GET", "PUT"])
@pytest.mark.parametrize("kind", RETRYABLE)
async def test_each_retryable_status_recovers_within_max_retries_for_get_and_put(
    api: Api, scripted: ScriptedServer, waits: Waits, method: str, kind: str
) -> None:
    scripted.script(failure(kind), failure(kind), success(method))
    job = await call(api, method)
    assert job.key == JOB["key"]
    assert [request.method for request in scripted.received] == [method] * 3
    api.assert_waited(waits, backoff(0, 1))
    assert waits.jitter_ranges == [(0.75, 1.0)] * 2


@pytest.mark.parametrize("method", ["GET", "PUT"])
@pytest.mark.parametrize(
    ("code", "error"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
    ],
)
async def test_client_errors_raise_at_once_without_retrying(
    api: Api,
    scripted: ScriptedServer,
    waits: Waits,
    method: str,
    code: int,
    error: type[APIStatusError],
) -> None:
    scripted.script(failure(str(code)), success(method))
    with pytest.raises(error) as caught:
        await call(api, method)
    assert caught.value.attempts == 1 and "attempts" not in str(caught.value)
    assert len(scripted.received) == 1
    assert waits.all() == []


@pytest.mark.parametrize("kind", ["503", "200/503"])
async def test_exhausted_retries_raise_the_last_error_after_max_retries_plus_one_attempts(
    api: Api, scripted: ScriptedServer, waits: Waits, kind: str
) -> None:
    scripted.script(*[failure(kind)] * 3, success("GET"))
    with pytest.raises(InternalServerError) as caught:
        await call(api, "GET")
    assert caught.value.attempts == 3
    assert str(caught.value) == "code 503: failure " + kind + " (after 3 attempts)"
    assert len(scripted.received) == 3
    api.assert_waited(waits, backoff(0, 1))


async def test_a_dropped_connection_on_get_is_retried(
    api: Api, scripted: ScriptedServer, waits: Waits
) -> None:
    scripted.script(Answer(drop=True), success("GET"))
    assert (await call(api, "GET")).key == JOB["key"]
    assert len(scripted.received) == 2
    api.assert_waited(waits, backoff(0))


@pytest.mark.parametrize("method", ["GET", "PUT"])
async def test_max_retries_zero_sends_a_dropped_get_or_put_exactly_once(
    api: Api, scripted: ScriptedServer, waits: Waits, method: str
) -> None:
    scripted.script(Answer(drop=True), success(method))
    with pytest.raises(APIConnectionError) as caught:
        await call(api, method, max_retries=0)
    assert type(caught.value) is APIConnectionError and caught.value.attempts == 1
    assert len(scripted.received) == 1


async def test_a_read_timeout_on_get_is_retried(
    api: Api, scripted: ScriptedServer, waits: Waits
) -> None:
    scripted.script(Answer(delay=0.6, body={"code": 200}), success("GET"))
    assert (await call(api, "GET", timeout=0.2)).key == JOB["key"]
    assert len(scripted.received) == 2
    api.assert_waited(waits, backoff(0))


async def test_a_read_timeout_exhausting_retries_raises_api_timeout_error(
    api: Api, scripted: ScriptedServer, waits: Waits
) -> None:
    scripted.script(*[Answer(delay=0.4, body={"code": 200})] * 2)
    with pytest.raises(APITimeoutError) as caught:
        await call(api, "GET", timeout=0.15, max_retries=1)
    assert caught.value.attempts == 2 and "(after 2 attempts)" in str(caught.value)
    api.assert_waited(waits, backoff(0))


# ------------------------------------------------------------------ creates ----


@pytest.mark.parametrize("kind", ["500", "503", "200/503", "408", "409"])
async def test_a_create_is_not_retried_on_a_server_error_by_default(
    api: Api, scripted: ScriptedServer, waits: Waits, kind: str
) -> None:
    scripted.script(failure(kind), success("POST"))
    with pytest.raises(APIStatusError) as caught:
        await call(api, "POST")
    assert caught.value.attempts == 1
    assert [request.method for request in scripted.received] == ["POST"]
    assert waits.all() == []


async def test_a_create_is_not_retried_after_the_connection_dropped_by_default(
    api: Api, scripted: ScriptedServer, waits: Waits
) -> None:
    scripted.script(Answer(drop=True), success("POST"))
    with pytest.raises(APIConnectionError) as caught:
        await call(api, "POST")
    assert type(caught.value) is APIConnectionError and caught.value.attempts == 1
    assert len(scripted.received) == 1
    assert waits.all() == []


async def test_a_create_is_not_retried_after_a_read_timeout_by_default(
    api: Api, scripted: ScriptedServer, waits: Waits
) -> None:
    scripted.script(Answer(delay=0.5, body={"code": 201}), success("POST"))
    with pytest.raises(APITimeoutError) as caught:
        await call(api, "POST", timeout=0.15)
    assert caught.value.attempts == 1
    assert len(scripted.received) == 1
    assert waits.all() == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", ["500", "200/503", "drop"])
async def test_a_create_is_retried_on_server_errors_and_drops_with_retry_creates(
    scripted: ScriptedServer, waits: Waits, mode: str, fault: str
) -> None:
    api = Api(mode, scripted.url, retry_creates=True)
    try:
        scripted.script(Answer(drop=True) if fault == "drop" else failure(fault), success("POST"))
        assert (await call(api, "POST")).key == JOB["key"]
    finally:
        await api.close()
    assert [request.method for request in scripted.received] == ["POST", "POST"]
    assert scripted.received[0].body == scripted.received[1].body
    api.assert_waited(waits, backoff(0))


@pytest.mark.parametrize("kind", ["429", "200/429"])
async def test_a_create_is_retried_after_429_even_without_retry_creates(
    api: Api, scripted: ScriptedServer, waits: Waits, kind: str
) -> None:
    scripted.script(failure(kind), success("POST"))
    assert (await call(api, "POST")).key == JOB["key"]
    assert [request.method for request in scripted.received] == ["POST", "POST"]
    api.assert_waited(waits, backoff(0))


async def test_a_create_is_retried_when_nothing_listens_as_the_request_never_left(
    mode: str, waits: Waits
) -> None:
    api = Api(mode, f"http://127.0.0.1:{unused_port()}/v1")
    try:
        with pytest.raises(APIConnectionError) as caught:
            await call(api, "POST")
    finally:
        await api.close()
    assert type(caught.value) is APIConnectionError
    assert caught.value.attempts == 3 and "(after 3 attempts)" in str(caught.value)
    api.assert_waited(waits, backoff(0, 1))


# -------------------------------------------------------------- Retry-After ----


def http_date(seconds_from_now: float) -> str:
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


@pytest.mark.parametrize("status", [429, 503])
async def test_retry_after_in_seconds_is_honoured(
    api: Api, scripted: ScriptedServer, waits: Waits, status: int
) -> None:
    refused = envelope(status, "slow down", status=status)
    refused.headers["Retry-After"] = "7"
    scripted.script(refused, success("GET"))
    await call(api, "GET")
    api.assert_waited(waits, [7.0])
    assert waits.jitter_ranges == []


async def test_retry_after_as_an_http_date_is_honoured(
    api: Api, scripted: ScriptedServer, waits: Waits
) -> None:
    refused = envelope(429, "slow down", status=429)
    refused.headers["Retry-After"] = http_date(30)
    scripted.script(refused, success("GET"))
    await call(api, "GET")
    [wait] = waits.all()
    assert 27.0 <= wait <= 30.0


async def test_retry_after_in_the_past_retries_at_once(
    api: Api, scripted: ScriptedServer, waits: Waits
) -> None:
    refused = envelope(429, "slow down", status=429)
    refused.headers["Retry-After"] = http_date(-3600)
    scripted.script(refused, success("GET"))
    await call(api, "GET")
    api.assert_waited(waits, [0.0])


@pytest.mark.parametrize("value", ["61", "3600", "in a while", ""], ids=repr)
async def test_retry_after_over_60_seconds_or_unreadable_falls_back_to_backoff(
    api: Api, scripted: ScriptedServer, waits: Waits, value: str
) -> None:
    refused = envelope(429, "slow down", status=429)
    refused.headers["Retry-After"] = value
    scripted.script(refused, refused, success("GET"))
    await call(api, "GET")
    api.assert_waited(waits, backoff(0, 1))


async def test_retry_after_as_an_http_date_over_60_seconds_away_falls_back_to_backoff(
    api: Api, scripted: ScriptedServer, waits: Waits
) -> None:
    refused = envelope(503, "maintenance", status=503)
    refused.headers["Retry-After"] = http_date(3600)
    scripted.script(refused, success("GET"))
    await call(api, "GET")
    api.assert_waited(waits, backoff(0))


# ------------------------------------------------------- per-call settings ----


async def test_per_call_max_retries_zero_overrides_the_client(
    api: Api, scripted: ScriptedServer, waits: Waits
) -> None:
    scripted.script(failure("503"), success("GET"))
    with pytest.raises(InternalServerError) as caught:
        await call(api, "GET", max_retries=0)
    assert caught.value.attempts == 1 and len(scripted.received) == 1
    assert waits.all() == []


async def test_per_call_max_retries_can_allow_more_than_the_client_and_backoff_is_capped(
    mode: str, scripted: ScriptedServer, waits: Waits
) -> None:
    api = Api(mode, scripted.url, max_retries=0)
    try:
        scripted.script(*[failure("502")] * 6, success("GET"))
        assert (await call(api, "GET", max_retries=6)).key == JOB["key"]
        scripted.script(failure("502"), success("GET"))
        with pytest.raises(InternalServerError):
            await call(api, "GET")
    finally:
        await api.close()
    assert len(scripted.received) == 8
    api.assert_waited(waits, [0.4, 0.8, 1.6, 3.2, 6.4, 6.4])


async def test_per_call_max_retries_keeps_the_clients_create_policy(
    mode: str, scripted: ScriptedServer, waits: Waits
) -> None:
    api = Api(mode, scripted.url, retry_creates=True)
    try:
        scripted.script(failure("500"), failure("500"), failure("500"), success("POST"))
        assert (await call(api, "POST", max_retries=3)).key == JOB["key"]
    finally:
        await api.close()
    assert len(scripted.received) == 4
    api.assert_waited(waits, backoff(0, 1, 2))


# ------------------------------------------------------------------ logging ----


async def test_each_retry_is_logged_at_info_with_attempt_and_wait_and_never_the_key(
    api: Api, scripted: ScriptedServer, waits: Waits, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="hrflow_client")
    echo = {"code": 503, "message": f"Unavailable for secret key: {SECRET} ({SECRET})"}
    scripted.script(Answer(503, echo), Answer(drop=True), success("GET"))
    await api.call("job", "get", board_key="b", reference=SECRET)
    records = [record for record in caplog.records if record.name == "hrflow_client"]
    assert [record.levelno for record in records] == [logging.INFO] * 2
    first, second = (record.getMessage() for record in records)
    assert "attempt 1 of 3 failed: HTTP 503, code 503" in first and "retrying in 0.40 s" in first
    assert "attempt 2 of 3 failed" in second and second.endswith("retrying in 0.80 s")
    assert all("GET" in message and "/job/indexing" in message for message in (first, second))
    assert SECRET not in caplog.text
    assert SECRET not in repr([record.args for record in records])


async def test_nothing_is_logged_when_a_call_succeeds_at_once(
    api: Api, scripted: ScriptedServer, waits: Waits, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="hrflow_client")
    scripted.script(success("GET"))
    await call(api, "GET")
    assert [r for r in caplog.records if r.name == "hrflow_client"] == []


# ------------------------------------------------------------ sync vs async ----


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_async_waits_never_block_the_event_loop(
    scripted: ScriptedServer, monkeypatch: pytest.MonkeyPatch, backend: str
) -> None:
    """Real (short) waits: the async client sleeps through anyio, never `time.sleep`."""

    def blocking_sleep(seconds: float) -> None:
        raise AssertionError(f"the async client called the blocking sleep ({seconds} s)")

    monkeypatch.setattr(_transport, "_sleep", blocking_sleep)
    monkeypatch.setattr(_retries, "random", types.SimpleNamespace(uniform=lambda a, b: 0.1))
    scripted.script(failure("503"), failure("200/429"), success("GET"))
    async with AsyncHrFlow(
        api_key=SECRET, user_email="me@example.com", base_url=scripted.url, http_backend=backend
    ) as client:
        started = time.monotonic()
        job = await client.job.get(board_key="b", key=JOB["key"])
        elapsed = time.monotonic() - started
    assert job.key == JOB["key"] and len(scripted.received) == 3
    assert 0.05 + 0.1 <= elapsed < 5.0


def test_sync_waits_really_sleep_for_the_backoff(
    scripted: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_retries, "random", types.SimpleNamespace(uniform=lambda a, b: 0.2))
    scripted.script(failure("503"), success("GET"))
    with HrFlow(api_key=SECRET, user_email="me@example.com", base_url=scripted.url) as client:
        started = time.monotonic()
        client.job.get(board_key="b", key=JOB["key"])
        elapsed = time.monotonic() - started
    assert 0.1 <= elapsed < 5.0


@pytest.mark.parametrize("method", ["GET", "PUT", "POST"])
async def test_profiles_follow_the_same_policy_as_jobs(
    api: Api, scripted: ScriptedServer, waits: Waits, method: str
) -> None:
    calls = {
        "GET": ("get", {"source_key": "s", "key": PROFILE["key"]}),
        "PUT": ("edit", {"source_key": "s", "profile": PROFILE}),
        "POST": ("create", {"source_key": "s", "profile": {"info": {"full_name": "Ada"}}}),
    }
    operation, arguments = calls[method]
    scripted.script(failure("500"), envelope(200, "ok", PROFILE))
    if method == "POST":
        with pytest.raises(InternalServerError):
            await api.call("profile", operation, **arguments)
        assert len(scripted.received) == 1
    else:
        profile = await api.call("profile", operation, **arguments)
        assert profile.key == PROFILE["key"] and len(scripted.received) == 2
    scripted.answers.clear()
    scripted.script(failure("429"), envelope(200, "ok", PROFILE))
    assert (await api.call("profile", operation, **arguments)).key == PROFILE["key"]


def test_rate_limit_error_is_raised_when_429_persists(
    scripted: ScriptedServer, waits: Waits
) -> None:
    scripted.script(*[failure("429")] * 2)
    with (
        HrFlow(
            api_key=SECRET, user_email="me@example.com", base_url=scripted.url, max_retries=1
        ) as client,
        pytest.raises(RateLimitError) as caught,
    ):
        client.job.create(board_key="b", job={"name": "x"})
    assert caught.value.attempts == 2 and waits.sync == backoff(0)


@pytest.mark.parametrize(
    ("cause", "never_sent"),
    [
        (None, True),
        (aiohttp.ConnectionTimeoutError("connect timed out"), True),
        (aiohttp.ServerDisconnectedError(), False),
    ],
    ids=["httpx", "aiohttp-connect-timeout", "aiohttp-disconnect"],
)
def test_only_failures_to_connect_count_as_never_sent(
    cause: Exception | None, never_sent: bool
) -> None:
    """httpx-aiohttp reports both as ConnectTimeout; only the first may resend a create."""
    error = httpx.ConnectTimeout("mapped")
    error.__cause__ = cause
    translated = _aiohttp.translate(error, sending=True)
    assert isinstance(translated, httpx.TransportError)
    assert _retries.request_never_sent(translated) is never_sent
