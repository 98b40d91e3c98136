"""The service's quirks, as the public client hides them, proven over real HTTP on loopback."""

from __future__ import annotations

import datetime
import json
import logging
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme
from scripted import Answer, ScriptedServer, envelope, serve

import hrflow_client
from hrflow_client import (
    APIStatusError,
    AsyncHrFlow,
    AuthenticationError,
    BadRequestError,
    HrFlow,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
)
from hrflow_client.api.job import get_job
from hrflow_client.models import GetJobResponse

EXAMPLES = Path(__file__).resolve().parent.parent / "spec" / "examples"
SECRET = "sk_live_0123456789abcdef_SECRET"


def example(name: str) -> Any:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))["value"]


JOB = example("job-get-response-200.json")["data"]
PROFILE = example("profile-put-response-201.json")["data"]

scripted = pytest.fixture(serve)


@pytest.fixture
def client(scripted: ScriptedServer) -> Iterator[HrFlow]:
    with HrFlow(
        api_key=SECRET, user_email="me@example.com", base_url=scripted.url, max_retries=0
    ) as client:
        yield client


@pytest.mark.parametrize(("http_status", "code"), [(200, 201), (201, 200), (200, 200), (201, 201)])
def test_success_is_decided_by_body_code_whatever_the_http_pairing(
    client: HrFlow, scripted: ScriptedServer, http_status: int, code: int
) -> None:
    scripted.script(envelope(code, "Job created", JOB, status=http_status))
    raw = client.job.with_raw_response.create(board_key="b", job={"name": "Data Engineer"})
    assert (raw.http_status, raw.code, raw.message) == (http_status, code, "Job created")
    assert raw.data.key == JOB["key"]


def test_http_200_carrying_code_400_raises_bad_request(
    client: HrFlow, scripted: ScriptedServer
) -> None:
    scripted.script(envelope(400, "Invalid source fields"))
    with pytest.raises(BadRequestError) as caught:
        client.job.get(board_key="b", key="k")
    assert (caught.value.status_code, caught.value.http_status) == (400, 200)
    assert caught.value.message == "code 400: Invalid source fields"


@pytest.mark.parametrize(
    ("code", "error"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_each_error_code_raises_its_typed_error(
    client: HrFlow, scripted: ScriptedServer, code: int, error: type[APIStatusError]
) -> None:
    scripted.script(envelope(code, "nope", status=code))
    with pytest.raises(error) as caught:
        client.job.get(board_key="b", key="k")
    assert type(caught.value) is error and caught.value.body == {"code": code, "message": "nope"}


@pytest.mark.parametrize(
    "answer",
    [
        Answer(200, b"<html><body>Bad gateway</body></html>", {"Content-Type": "text/html"}),
        Answer(200, b'{"code": 200, "message": "Job details", "data": {"key": '),
        Answer(200, b"\xff\xfe not utf-8"),
        Answer(200, {"message": "no code"}),
        Answer(200, ["not", "an", "object"]),
        Answer(200, {"code": "200", "message": "code as text", "data": JOB}),
        Answer(200, {"code": 200, "message": "no data"}),
        Answer(200, {"code": 200, "message": "data is a list", "data": []}),
        Answer(200, {"code": 200, "message": "job without key", "data": {"name": "x"}}),
        Answer(200, {"code": 200, "message": "skills not a list", "data": {**JOB, "skills": 3}}),
    ],
    ids=lambda answer: str(answer.body)[:30],
)
def test_a_body_that_is_not_the_envelope_raises_response_validation_error(
    client: HrFlow, scripted: ScriptedServer, answer: Answer
) -> None:
    scripted.script(answer)
    with pytest.raises(ResponseValidationError) as caught:
        client.job.get(board_key="b", key="k")
    assert caught.value.http_status == 200
    assert len(caught.value.text) <= 2000


def test_an_html_gateway_error_raises_the_http_status_error(
    client: HrFlow, scripted: ScriptedServer
) -> None:
    scripted.script(Answer(502, b"<html>502 Bad Gateway</html>", {"Content-Type": "text/html"}))
    with pytest.raises(InternalServerError) as caught:
        client.job.get(board_key="b", key="k")
    assert caught.value.status_code == 502 and "not JSON" in caught.value.message


def test_a_huge_body_error_keeps_only_a_truncated_text(
    client: HrFlow, scripted: ScriptedServer
) -> None:
    scripted.script(Answer(200, b"x" * 5_000_000))
    with pytest.raises(ResponseValidationError) as caught:
        client.job.get(board_key="b", key="k")
    assert len(caught.value.text) == 2000 and len(str(caught.value)) < 400


def test_timestamps_with_plus0000_or_without_seconds_parse_to_datetime(
    client: HrFlow, scripted: ScriptedServer
) -> None:
    data = {**JOB, "created_at": "2020-04-06T12:02:31+0000", "updated_at": "2020-05-18T21:59"}
    scripted.script(envelope(200, "Job details", data))
    job = client.job.get(board_key="b", key="k")
    assert job.created_at == datetime.datetime(2020, 4, 6, 12, 2, 31, tzinfo=datetime.UTC)
    assert job.updated_at == datetime.datetime(2020, 5, 18, 21, 59)


def test_coordinates_as_strings_and_location_fields_of_any_shape_parse(
    client: HrFlow, scripted: ScriptedServer
) -> None:
    for fields in ([], None, {"city": "Paris"}):
        location = {
            "text": "Scotland",
            "lat": "lat",
            "lng": "55.9",
            "gmaps": None,
            "fields": fields,
        }
        scripted.script(envelope(200, "Job details", {**JOB, "location": location}))
        job = client.job.get(board_key="b", key="k")
        assert job.location.lat == "lat" and job.location.lng == "55.9"
        assert job.to_dict()["location"]["fields"] == fields


def test_unknown_fields_and_unknown_skill_kinds_are_kept(
    client: HrFlow, scripted: ScriptedServer
) -> None:
    data = {
        **JOB,
        "brand_new_field": {"x": 1},
        "skills": [{"name": "tact", "type": "social", "value": "high"}],
    }
    scripted.script(envelope(200, "Job details", data))
    job = client.job.get(board_key="b", key="k")
    assert job.additional_properties["brand_new_field"] == {"x": 1}
    assert job.skills[0].type_ == "social" and job.skills[0].value == "high"
    assert job.to_dict()["brand_new_field"] == {"x": 1}


@pytest.mark.parametrize("lookup", [{}, {"key": "k", "reference": "r"}])
def test_get_needs_exactly_one_of_key_or_reference_before_any_request(
    client: HrFlow, scripted: ScriptedServer, lookup: dict[str, str]
) -> None:
    with pytest.raises(ValueError, match="exactly one"):
        client.job.get(board_key="b", **lookup)
    with pytest.raises(InvalidRequestError):
        client.profile.get(source_key="s", **lookup)
    assert scripted.received == []


def test_both_auth_headers_are_sent_by_the_facade_and_the_functional_api(
    client: HrFlow, scripted: ScriptedServer
) -> None:
    scripted.script(envelope(200, "Job details", JOB), envelope(200, "Job details", JOB))
    client.job.get(board_key="b", reference="REF1")
    parsed = get_job.sync(client=client.api_client, board_key="b", reference="REF1")
    assert isinstance(parsed, GetJobResponse) and parsed.data.key == JOB["key"]
    for request in scripted.received:
        assert request.headers["x-api-key"] == SECRET
        assert request.headers["x-user-email"] == "me@example.com"
        assert request.path == "/v1/job/indexing?board_key=b&reference=REF1"


def test_the_functional_api_gets_the_same_body_code_handling(
    client: HrFlow, scripted: ScriptedServer
) -> None:
    scripted.script(envelope(404, "Job not found"))
    with pytest.raises(NotFoundError):
        get_job.sync(client=client.api_client, board_key="b", key="missing")


def test_the_echoed_secret_key_never_leaks(
    client: HrFlow, scripted: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    echo = {"code": 401, "message": f"Unauthorized. Invalid secret key: {SECRET} "}
    scripted.script(Answer(401, echo), Answer(200, echo))
    errors = []
    for _ in range(2):
        with pytest.raises(AuthenticationError) as caught:
            client.job.get(board_key="b", key="k")
        errors.append(caught.value)
    seen = [repr(client), str(client), repr(client.api_client), caplog.text]
    for error in errors:
        seen += [
            str(error),
            repr(error),
            repr(error.body),
            error.message,
            repr(dict(error.request.headers)),
        ]
        seen += [repr(vars(error))]
        assert error.request.headers["x-api-key"] == "[REDACTED]"
    assert SECRET not in "\n".join(seen)
    assert "[REDACTED]" in errors[0].message


def test_a_profile_read_back_can_be_edited_as_is(client: HrFlow, scripted: ScriptedServer) -> None:
    scripted.script(
        envelope(200, "Profile details", PROFILE),
        envelope(200, "Profile edited", PROFILE, status=201),
    )
    profile = client.profile.get(source_key="s", key=PROFILE["key"])
    assert isinstance(profile.experiences[0].date_start, datetime.datetime)
    edited = client.profile.edit(source_key="s", profile=profile)
    assert edited.key == PROFILE["key"]
    sent = scripted.received[1].json()
    assert sent["source_key"] == "s" and sent["key"] == PROFILE["key"]
    assert sent["experiences"][0]["date_start"] == {"iso8601": "2018-01-01T00:00:00"}
    assert sent["educations"][0]["date_end"] == {"iso8601": "2018-01-01T00:00:00"}


def test_profile_dates_accept_strings_datetimes_and_already_shaped_objects(
    client: HrFlow, scripted: ScriptedServer
) -> None:
    scripted.script(envelope(201, "Profile created", PROFILE))
    experiences = [
        {"title": "a", "date_start": "2016-01-01T00:00:00", "date_end": None},
        {
            "title": "b",
            "date_start": datetime.date(2017, 3, 1),
            "date_end": datetime.datetime(2018, 7, 1, 9, 30),
        },
        {"title": "c", "date_start": {"iso8601": "2019-01-01T00:00:00"}},
    ]
    client.profile.create(source_key="s", profile={"experiences": experiences})
    sent = scripted.received[0].json()["experiences"]
    assert [(item.get("date_start"), item.get("date_end")) for item in sent] == [
        ({"iso8601": "2016-01-01T00:00:00"}, None),
        ({"iso8601": "2017-03-01"}, {"iso8601": "2018-07-01T09:30:00"}),
        ({"iso8601": "2019-01-01T00:00:00"}, None),
    ]


def test_editing_needs_the_object_key_and_a_dict_or_model(
    client: HrFlow, scripted: ScriptedServer
) -> None:
    with pytest.raises(InvalidRequestError, match="'key'"):
        client.job.edit(board_key="b", job={"name": "no key"})
    with pytest.raises(
        InvalidRequestError, match="a dict, a hrflow_client model or a hrflow_schemas model"
    ):
        client.job.create(board_key="b", job=["not", "a", "job"])  # type: ignore[arg-type]
    assert scripted.received == []


def test_credentials_and_base_url_come_from_the_environment(
    scripted: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HRFLOW_API_KEY", SECRET)
    monkeypatch.setenv("HRFLOW_USER_EMAIL", "env@example.com")
    monkeypatch.setenv("HRFLOW_BASE_URL", scripted.url)
    scripted.script(envelope(200, "Job details", JOB))
    with HrFlow() as client:
        client.job.get(board_key="b", key="k")
    assert scripted.received[0].headers["x-user-email"] == "env@example.com"
    monkeypatch.delenv("HRFLOW_API_KEY")
    with pytest.raises(hrflow_client.HrFlowError, match="HRFLOW_API_KEY"):
        HrFlow()


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_async_client_hides_the_same_quirks_on_both_backends(
    scripted: ScriptedServer, backend: str
) -> None:
    scripted.script(
        envelope(200, "Profile edited", PROFILE, status=201), envelope(400, "Invalid source fields")
    )
    async with AsyncHrFlow(
        api_key=SECRET,
        user_email="me@example.com",
        base_url=scripted.url,
        max_retries=0,
        http_backend=backend,
    ) as client:
        profile = await client.profile.edit(source_key="s", profile=PROFILE)
        assert profile.key == PROFILE["key"]
        with pytest.raises(BadRequestError):
            await client.job.get(board_key="b", key="k")
    inner = client.api_client.get_async_httpx_client()._transport._inner  # type: ignore[attr-defined]
    assert type(inner).__name__ == (
        "AiohttpTransport" if backend == "aiohttp" else "AsyncHTTPTransport"
    )


@pytest.mark.parametrize("backend", ["sync", "httpx", "aiohttp"])
async def test_https_with_a_private_ca_needs_verify_ssl(backend: str, tmp_path: Path) -> None:
    authority = trustme.CA()
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("localhost").configure_cert(tls)
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    with ScriptedServer(tls) as server:
        server.default = envelope(200, "Job details", JOB)
        for verify, succeeds in ((True, False), (str(bundle), True)):
            options: dict[str, Any] = {
                "api_key": SECRET,
                "user_email": "me@example.com",
                "base_url": server.url,
                "max_retries": 0,
                "verify_ssl": verify,
            }
            if backend == "sync":
                with HrFlow(**options) as client:
                    call: Any = lambda: client.job.get(board_key="b", key="k")  # noqa: E731
                    outcome = _outcome(call)
            else:
                async with AsyncHrFlow(**options, http_backend=backend) as client:
                    outcome = await _async_outcome(client.job.get(board_key="b", key="k"))
            assert outcome == ("ok" if succeeds else "APIConnectionError"), (verify, outcome)


def _outcome(call: Any) -> str:
    try:
        call()
    except hrflow_client.HrFlowError as error:
        return type(error).__name__
    return "ok"


async def _async_outcome(call: Any) -> str:
    try:
        await call
    except hrflow_client.HrFlowError as error:
        return type(error).__name__
    return "ok"


def test_a_short_key_is_redacted_as_a_whole_word_only(scripted: ScriptedServer) -> None:
    scripted.script(
        Answer(401, {"code": 401, "message": "Unauthorized. Invalid secret key: k (socket k)"})
    )
    with (
        HrFlow(
            api_key="k", user_email="me@example.com", base_url=scripted.url, max_retries=0
        ) as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        client.job.get(board_key="b", key="x")
    assert (
        caught.value.message
        == "code 401: Unauthorized. Invalid secret key: [REDACTED] (socket [REDACTED])"
    )
