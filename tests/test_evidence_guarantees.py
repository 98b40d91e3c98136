"""Guarantees of the README that once had no test: each would pass the suite if broken.

Redaction of raw answer text (HTML, plain text, malformed `data`, a key the client
does not know), any 2xx body code succeeding, the `Retry-After` bound, and the
functional API's own retry default. Everything goes through the public client over
real HTTP on loopback (tests/scripted.py).
"""

from __future__ import annotations

import datetime
import email.utils
import json
import logging
import socket
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import conftest
import pytest
from scripted import Answer, ScriptedServer, envelope, serve

from hrflow_client import (
    APIConnectionError,
    APIError,
    AuthenticatedClient,
    AuthenticationError,
    BadRequestError,
    HrFlow,
    InternalServerError,
    ResponseValidationError,
)
from hrflow_client.api.job import get_job

EXAMPLES = Path(__file__).resolve().parent.parent / "spec" / "examples"
SECRET = "sk_live_0123456789abcdef_SECRET"
OTHER_KEY = "askw_f0e1d2c3b4a5_other"
JOB: dict[str, Any] = json.loads(
    (EXAMPLES / "job-get-response-200.json").read_text(encoding="utf-8")
)["value"]["data"]
PROFILE: dict[str, Any] = json.loads(
    (EXAMPLES / "profile-put-response-201.json").read_text(encoding="utf-8")
)["value"]["data"]
MODES = ["sync", "async-httpx"]

scripted = pytest.fixture(serve)


class Api(conftest.Api):
    """The shared `Api` with this file's secret key."""

    def __init__(self, mode: str, base_url: str, **options: Any) -> None:
        super().__init__(mode, base_url, api_key=SECRET, user_email="me@example.com", **options)


@pytest.fixture(params=MODES)
async def api(request: pytest.FixtureRequest, scripted: ScriptedServer) -> AsyncIterator[Api]:
    client = Api(str(request.param), scripted.url, max_retries=0)
    yield client
    await client.close()


def everything_kept(error: APIError) -> str:
    """Every text an error exposes: str, repr, message, attributes, the kept request."""
    return "\n".join(
        [
            str(error),
            repr(error),
            error.message,
            repr(vars(error)),
            repr(dict(error.request.headers)),
            str(error.request.url),
        ]
    )


# ------------------------------------------------------------- redaction ----


@pytest.mark.parametrize(
    ("answer", "error_class", "kept"),
    [
        (
            Answer(
                502,
                f"<html><body><h1>502 Bad Gateway</h1><p>X-API-KEY: {SECRET}</p></body></html>".encode(),
                {"Content-Type": "text/html"},
            ),
            InternalServerError,
            "body",
        ),
        (
            Answer(200, f"upstream refused the key {SECRET} today".encode()),
            ResponseValidationError,
            "text",
        ),
        (
            Answer(200, {"code": 200, "message": "Job details", "data": {"name": SECRET}}),
            ResponseValidationError,
            "text",
        ),
        (
            Answer(200, {"code": 200, "message": "Job details", "data": [SECRET]}),
            ResponseValidationError,
            "text",
        ),
    ],
    ids=["html-502", "plain-text-200", "data-not-a-job", "data-not-an-object"],
)
async def test_the_key_is_redacted_from_html_plain_text_and_malformed_data_answers(
    api: Api,
    scripted: ScriptedServer,
    caplog: pytest.LogCaptureFixture,
    answer: Answer,
    error_class: type[APIError],
    kept: str,
) -> None:
    caplog.set_level(logging.DEBUG)
    scripted.script(answer)
    with pytest.raises(error_class) as caught:
        await api.call("job", "get", board_key="b", key="k")
    assert SECRET not in everything_kept(caught.value) + caplog.text
    assert "[REDACTED]" in getattr(caught.value, kept)  # the text was kept, and redacted


@pytest.mark.parametrize(
    "answer",
    [
        Answer(401, {"code": 401, "message": f"Unauthorized. Invalid secret key: {OTHER_KEY} "}),
        Answer(200, {"code": 401, "message": f"Invalid Secret Key:   {OTHER_KEY}"}),
        Answer(401, f"<p>Invalid secret key: {OTHER_KEY}</p>".encode()),
    ],
    ids=["json-401", "json-200-carrying-401", "html-401"],
)
async def test_whatever_follows_secret_key_is_redacted_even_a_key_the_client_never_sent(
    api: Api, scripted: ScriptedServer, answer: Answer
) -> None:
    scripted.script(answer)
    with pytest.raises(AuthenticationError) as caught:
        await api.call("job", "get", board_key="b", key="k")
    kept = everything_kept(caught.value) + repr(caught.value.body)
    assert OTHER_KEY not in kept
    assert "[REDACTED]" in caught.value.message


async def test_a_key_in_an_error_too_deep_to_walk_is_redacted_from_the_text_kept_instead(
    api: Api, scripted: ScriptedServer
) -> None:
    nested = "[" * 900 + "]" * 900
    body = f'{{"code": 401, "message": "Invalid secret key: {SECRET}", "data": {nested}}}'
    scripted.script(Answer(401, body.encode()))
    with pytest.raises(AuthenticationError) as caught:
        await api.call("job", "get", board_key="b", key="k")
    assert isinstance(caught.value.body, str) and "[REDACTED]" in caught.value.body
    assert SECRET not in everything_kept(caught.value) + caught.value.body


def test_the_functional_api_redacts_the_echoed_key_too(scripted: ScriptedServer) -> None:
    scripted.script(Answer(401, {"code": 401, "message": f"Invalid secret key: {SECRET} "}))
    with (
        AuthenticatedClient(
            api_key=SECRET, user_email="me@example.com", base_url=scripted.url
        ) as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        get_job.sync(client=client, board_key="b", key="k")
    assert SECRET not in everything_kept(caught.value) + repr(caught.value.body)
    assert caught.value.request.headers["x-api-key"] == "[REDACTED]"


@pytest.mark.parametrize(
    "body",
    [
        {"code": 200, "message": "Job details"},  # no data
        {"code": 200, "message": "Job details", "data": [SECRET]},  # a list for an object
    ],
    ids=["no-data", "list-data"],
)
async def test_the_functional_api_turns_an_answer_unlike_the_spec_into_a_typed_error(
    scripted: ScriptedServer, body: dict[str, Any]
) -> None:
    """The generated models raise KeyError/TypeError on such answers; callers get an HrFlowError."""
    scripted.script(Answer(200, body), Answer(200, body))
    with (
        AuthenticatedClient(
            api_key=SECRET, user_email="me@example.com", base_url=scripted.url
        ) as client,
        pytest.raises(ResponseValidationError) as caught,
    ):
        get_job.sync(client=client, board_key="b", key="k")
    assert "not what the spec describes" in str(caught.value)
    assert SECRET not in everything_kept(caught.value) + caught.value.text
    async with AuthenticatedClient(
        api_key=SECRET, user_email="me@example.com", base_url=scripted.url, http_backend="httpx"
    ) as client:
        with pytest.raises(ResponseValidationError):
            await get_job.asyncio(client=client, board_key="b", key="k")


# -------------------------------------------------------------- envelope ----


@pytest.mark.parametrize("http_status", [200, 201, 202])
@pytest.mark.parametrize("code", [200, 201, 202, 204])
async def test_any_2xx_body_code_succeeds_whatever_the_http_2xx(
    api: Api, scripted: ScriptedServer, http_status: int, code: int
) -> None:
    """202 is what HrFlow documents for asynchronous parsing; 204 is a 2xx all the same."""
    scripted.script(envelope(code, "Accepted", JOB, status=http_status))
    raw = await api.call("job.with_raw_response", "create", board_key="b", job={"name": "x"})
    assert (raw.http_status, raw.code, raw.message) == (http_status, code, "Accepted")
    assert raw.data.key == JOB["key"]


@pytest.mark.parametrize(("code", "error"), [(400, BadRequestError), (599, InternalServerError)])
async def test_the_first_and_last_error_codes_fail_even_on_http_200(
    api: Api, scripted: ScriptedServer, code: int, error: type[APIError]
) -> None:
    scripted.script(envelope(code, "nope", JOB))
    with pytest.raises(error):
        await api.call("job", "get", board_key="b", key="k")


async def test_the_raw_response_keeps_the_answers_headers_and_an_absent_message_is_empty(
    api: Api, scripted: ScriptedServer
) -> None:
    scripted.script(
        Answer(200, {"code": 200, "data": JOB}, headers={"X-Request-Id": "req-7"}),
    )
    raw = await api.call("job.with_raw_response", "get", board_key="b", key="k")
    assert raw.message == "" and raw.headers["x-request-id"] == "req-7"


# --------------------------------------------------------------- retries ----


class RetryAnnounced(Exception):
    """Raised from the log record of the first retry, so the test never sleeps through it."""


class StopAtFirstRetry(logging.Handler):
    """Keeps the first retry announcement of the `hrflow_client` logger, then stops the call."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if "; retrying in " in record.getMessage():
            self.messages.append(record.getMessage())
            raise RetryAnnounced


@pytest.fixture
def first_retry() -> Iterator[StopAtFirstRetry]:
    logger = logging.getLogger("hrflow_client")
    handler = StopAtFirstRetry()
    level = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(level)


def announced_wait(handler: StopAtFirstRetry) -> float:
    """The wait in "GET <url> attempt 1 of 3 failed: ...; retrying in 60.00 s"."""
    [message] = handler.messages
    return float(message.rsplit("; retrying in ", 1)[1].removesuffix(" s"))


def http_date(seconds_from_now: float) -> str:
    moment = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=seconds_from_now)
    return email.utils.format_datetime(moment, usegmt=True)


@pytest.mark.parametrize(
    ("retry_after", "low", "high"),
    [
        ("60", 60.0, 60.0),  # the bound itself is honoured
        ("59.5", 59.5, 59.5),
        ("0", 0.0, 0.0),
        ("60.5", 0.375, 0.5),  # beyond it: the first backoff, 0.5 s times [0.75, 1]
        ("3600", 0.375, 0.5),
        ("soon", 0.375, 0.5),
        ("", 0.375, 0.5),
    ],
)
@pytest.mark.parametrize("mode", MODES)
async def test_retry_after_is_honoured_up_to_sixty_seconds_and_ignored_beyond(
    scripted: ScriptedServer,
    first_retry: StopAtFirstRetry,
    mode: str,
    retry_after: str,
    low: float,
    high: float,
) -> None:
    scripted.script(
        Answer(503, {"code": 503, "message": "busy"}, headers={"Retry-After": retry_after})
    )
    api = Api(mode, scripted.url)
    try:
        with pytest.raises(RetryAnnounced):
            await api.call("job", "get", board_key="b", key="k")
    finally:
        await api.close()
    assert low <= announced_wait(first_retry) <= high
    assert "attempt 1 of 3 failed" in first_retry.messages[0]


@pytest.mark.parametrize(
    ("seconds_from_now", "low", "high"),
    [(30, 27.0, 30.5), (-120, 0.0, 0.0), (7200, 0.375, 0.5)],
    ids=["in-30-s", "in-the-past", "in-2-hours"],
)
def test_retry_after_as_an_http_date_is_a_wait_until_then_within_the_same_bound(
    scripted: ScriptedServer,
    first_retry: StopAtFirstRetry,
    seconds_from_now: float,
    low: float,
    high: float,
) -> None:
    scripted.script(
        Answer(
            429, {"code": 429, "message": "slow down"}, {"Retry-After": http_date(seconds_from_now)}
        )
    )
    with (
        HrFlow(api_key=SECRET, user_email="me@example.com", base_url=scripted.url) as client,
        pytest.raises(RetryAnnounced),
    ):
        client.job.get(board_key="b", key="k")
    assert low <= announced_wait(first_retry) <= high


@pytest.mark.parametrize(("failures", "succeeds"), [(2, True), (3, False)])
def test_the_functional_api_client_retries_twice_by_default(
    scripted: ScriptedServer, failures: int, succeeds: bool
) -> None:
    busy = Answer(503, {"code": 503, "message": "busy"}, {"Retry-After": "0"})
    scripted.script(*[busy] * failures, envelope(200, "Job details", JOB))
    with AuthenticatedClient(
        api_key=SECRET, user_email="me@example.com", base_url=scripted.url
    ) as client:
        if succeeds:
            parsed = get_job.sync(client=client, board_key="b", key="k")
            assert parsed is not None and parsed.data.key == JOB["key"]
        else:
            with pytest.raises(InternalServerError) as caught:
                get_job.sync(client=client, board_key="b", key="k")
            assert caught.value.attempts == 3
    assert len(scripted.received) == failures + (1 if succeeds else 0)


async def test_the_async_functional_api_client_retries_twice_by_default(
    scripted: ScriptedServer,
) -> None:
    busy = Answer(503, {"code": 503, "message": "busy"}, {"Retry-After": "0"})
    scripted.script(busy, busy, busy)
    async with AuthenticatedClient(
        api_key=SECRET, user_email="me@example.com", base_url=scripted.url, http_backend="httpx"
    ) as client:
        with pytest.raises(InternalServerError) as caught:
            await get_job.asyncio(client=client, board_key="b", key="k")
    assert caught.value.attempts == 3 and len(scripted.received) == 3


# ----------------------------------------------------------------- dates ----


async def test_experiences_that_are_not_objects_are_sent_as_given_for_the_service_to_judge(
    api: Api, scripted: ScriptedServer
) -> None:
    scripted.script(envelope(400, "Invalid field 'experiences[0]'"))
    with pytest.raises(BadRequestError):
        await api.call(
            "profile",
            "create",
            source_key="s",
            profile={"experiences": ["not an object", None], "educations": "none"},
        )
    sent = scripted.received[0].json()
    assert (sent["experiences"], sent["educations"]) == (["not an object", None], "none")


async def test_every_dated_field_of_every_item_is_reshaped_and_nothing_else(
    api: Api, scripted: ScriptedServer
) -> None:
    scripted.script(envelope(201, "Profile created", PROFILE))
    profile = {
        "info": {"date_birth": "1990-01-01"},
        "experiences": [
            {"title": "a", "date_start": "2016-01-01", "date_end": "2017-01-01"},
            {"title": "b", "date_end": datetime.date(2019, 5, 1)},
        ],
        "educations": [{"school": "c", "date_start": "2010-09-01", "date_end": None}],
    }
    await api.call("profile", "create", source_key="s", profile=profile)
    sent = scripted.received[0].json()
    assert sent["experiences"] == [
        {
            "title": "a",
            "date_start": {"iso8601": "2016-01-01"},
            "date_end": {"iso8601": "2017-01-01"},
        },
        {"title": "b", "date_end": {"iso8601": "2019-05-01"}},
    ]
    assert sent["educations"] == [
        {"school": "c", "date_start": {"iso8601": "2010-09-01"}, "date_end": None}
    ]
    assert sent["info"] == {"date_birth": "1990-01-01"}
    assert profile["experiences"][0]["date_start"] == "2016-01-01"  # the caller's dict is untouched


# ----------------------------------------------------- connection errors ----


@pytest.mark.parametrize("mode", MODES)
async def test_a_refused_connection_names_the_failure_and_keeps_the_redacted_request(
    mode: str,
) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    api = Api(mode, f"http://127.0.0.1:{port}/v1", max_retries=0)
    try:
        with pytest.raises(APIConnectionError) as caught:
            await api.call("job", "get", board_key="b", key="k")
    finally:
        await api.close()
    kind, _, detail = caught.value.message.partition(": ")
    assert kind == "ConnectError" and detail not in ("", "None", "ConnectError")  # httpx's words
    assert caught.value.request.url.path == "/v1/job/indexing"
    assert caught.value.request.headers["x-api-key"] == "[REDACTED]"
