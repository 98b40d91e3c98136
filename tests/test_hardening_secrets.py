"""The API key never leaks: every error path is run and every string it can reach is searched for the key.

Reachable strings: str, repr and traceback of each error, the headers, body and
request it keeps, `RawResponse.headers`, the clients' reprs, and everything logged at
DEBUG by hrflow_client, httpx, httpcore and aiohttp.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator
from typing import Any

import anyio
import pytest
from hostile import HostileServer, closed_port, endless, trickle
from scripted import Answer, ScriptedServer, envelope

from hrflow_client import AsyncHrFlow, HrFlow, HrFlowError, InvalidRequestError

KEY = "sk_live_Leak9Check0123456789abcdef"
EMAIL = "me@example.com"
STACKS = ["sync", "httpx", "aiohttp"]
LOGGERS = ("hrflow_client", "httpx", "httpcore", "aiohttp")


def forms(key: str) -> list[str]:
    """The key as it could be written: as is, `\\u`-escaped, percent-encoded (compared case-insensitively)."""
    return [
        key.lower(),
        "".join(f"\\u{ord(char):04x}" for char in key),
        "".join(f"%{ord(char):02x}" for char in key),
    ]


def leaks(text: str) -> list[str]:
    return [form for form in forms(KEY) if form in text.lower()]


ECHOES = [
    envelope(401, f"Invalid secret key: {KEY}", status=401),
    envelope(401, f"bad key '{KEY}'", status=401),
    envelope(400, f"xx{KEY}yy is not allowed"),
    Answer(status=502, body=f"<html>upstream said {KEY}</html>".encode()),
    Answer(
        status=200,
        body=('{"code": 500, "message": "' + forms(KEY)[1] + '"}').encode(),
    ),
    Answer(status=200, body=f"not json {KEY}".encode()),
    Answer(
        status=403,
        body={"code": 403, "message": "denied"},
        headers={"X-Echo-Key": KEY, "X-Escaped": forms(KEY)[1], "WWW-Authenticate": f"k{KEY}"},
    ),
    Answer(status=200, body={"code": 200, "message": "ok", "data": {"key": 3}}),
]
SUCCESS_WITH_ECHO = Answer(
    status=200,
    body={
        "code": 200,
        "message": "ok",
        "data": {"key": "k", "name": "n", "created_at": "2020-06-11T14:43:29+0000"},
    },
    headers={"X-Echo-Key": KEY, "X-Request-Key": f"{forms(KEY)[2]}"},
)


def texts_of(error: BaseException) -> Iterator[str]:
    yield str(error)
    yield repr(error)
    yield "".join(traceback.format_exception(error))
    for name in ("headers", "body", "text", "message"):
        yield repr(getattr(error, name, ""))
    request = getattr(error, "request", None)
    if request is not None:
        yield repr(request.headers)
        yield repr(list(request.headers.items()))


async def run_every_path(stack: str, key: str = KEY) -> list[str]:
    """Every error path on one stack; returns every string reached."""
    seen: list[str] = []

    async def attempt(call: Any) -> None:
        try:
            result = await call()
        except HrFlowError as error:
            seen.extend(texts_of(error))
        else:
            seen.append(repr(result))
            headers = getattr(result, "headers", None)
            if headers is not None:
                seen.append(repr(headers))
                seen.append(repr(list(headers.items())))

    def sync_client(url: str, **settings: Any) -> HrFlow:
        return HrFlow(api_key=key, user_email=EMAIL, base_url=url, max_retries=0, **settings)

    def async_client(url: str, **settings: Any) -> AsyncHrFlow:
        return AsyncHrFlow(
            api_key=key,
            user_email=EMAIL,
            base_url=url,
            max_retries=0,
            http_backend=stack,
            **settings,
        )

    async def calls(url: str, count: int, raw: bool = False, **settings: Any) -> None:
        if stack == "sync":
            client = sync_client(url, **settings)
            seen.extend([repr(client), repr(client.api_client)])
            seen.append(repr(client.api_client.get_httpx_client().headers))
            get = client.job.with_raw_response.get if raw else client.job.get
            for _ in range(count):
                await attempt(lambda: anyio.to_thread.run_sync(lambda: get(board_key="b", key="k")))
            client.close()
            return
        async_hrflow = async_client(url, **settings)
        seen.extend([repr(async_hrflow), repr(async_hrflow.api_client)])
        seen.append(repr(async_hrflow.api_client.get_async_httpx_client().headers))
        aget = async_hrflow.job.with_raw_response.get if raw else async_hrflow.job.get
        for _ in range(count):
            await attempt(lambda: aget(board_key="b", key="k"))
        await async_hrflow.close()

    with ScriptedServer() as server:
        server.script(*ECHOES, SUCCESS_WITH_ECHO)
        await calls(server.url, len(ECHOES))
        await calls(server.url, 1, raw=True)
    with HostileServer(trickle(0.05)) as slow:
        await calls(slow.url, 1, timeout=0.3)
    with HostileServer(endless) as big:
        await calls(big.url, 1, max_response_size=1 << 16)
    await calls(f"http://127.0.0.1:{closed_port()}/v1", 1)
    return seen


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    yield caplog


@pytest.mark.parametrize("stack", STACKS)
async def test_no_error_path_leaks_the_key_into_any_string_or_debug_log(
    stack: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    seen = await run_every_path(stack)
    records = [record for record in debug_logs.records if record.name.split(".")[0] in LOGGERS]
    assert records, "logs were captured"
    if (
        stack != "aiohttp"
    ):  # aiohttp's client logs nothing at DEBUG; httpcore does, headers included
        assert any(record.levelno == logging.DEBUG for record in records)
    logged = [debug_logs.text] + [record.getMessage() for record in records]
    reached = seen + logged
    assert len(seen) > 60
    found = {text[:120]: leaks(text) for text in reached if leaks(text)}
    assert not found, f"the key leaked into: {found}"


@pytest.mark.parametrize("stack", STACKS)
async def test_a_key_read_from_a_file_with_a_trailing_newline_is_stripped_and_never_shown(
    stack: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    seen = await run_every_path(stack, key=KEY + "\n")
    found = [text[:120] for text in [*seen, debug_logs.text] if leaks(text)]
    assert not found, f"the key leaked into: {found}"


@pytest.mark.parametrize("bad", ["\n", "\x00", " ", "\u00e9", "\x7f"])
def test_a_key_with_a_control_character_inside_is_refused_without_being_shown(bad: str) -> None:
    key = KEY[:10] + bad + KEY[10:]
    with pytest.raises(InvalidRequestError) as caught:
        HrFlow(api_key=key, user_email=EMAIL)
    text = "".join(texts_of(caught.value))
    assert "api_key" in str(caught.value)
    assert KEY[:10] not in text and KEY[10:] not in text


def test_the_key_sent_is_the_stripped_key() -> None:
    with ScriptedServer() as server:
        server.script(
            envelope(200, "ok", {"key": "k", "name": "n", "created_at": "2020-06-11T14:43:29+0000"})
        )
        with HrFlow(api_key=f"  {KEY}\r\n", user_email=EMAIL, base_url=server.url) as client:
            client.job.get(board_key="b", key="k")
    assert server.received[0].headers["x-api-key"] == KEY
