"""The surface a user touches every day: reading results, writing inputs, per-call control, logging.

Everything goes over real HTTP: the sandbox, or a scripted server on 127.0.0.1 when an
answer must be exactly so (a request id, a 503 first).
"""

from __future__ import annotations

import datetime
import json
import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from scripted import ScriptedServer, envelope

import hrflow_client
from hrflow_client import (
    AsyncHrFlow,
    BadRequestError,
    HrFlow,
    InternalServerError,
    InvalidRequestError,
    MissingCredentialsError,
    NotFoundError,
    ResponseValidationError,
    coordinate,
    coordinates,
)
from hrflow_schemas import JobWrite as JobWriteSchema

ROOT = Path(__file__).resolve().parent.parent
KEY = "sandbox-test-key"
EMAIL = "tests@example.com"
JOB = {"key": "a" * 40, "name": "Data Engineer", "created_at": "2020-06-11T14:43:29+0000"}


@pytest.fixture
def client(sandbox_url: str) -> Iterator[HrFlow]:
    with HrFlow(api_key=KEY, user_email=EMAIL, base_url=sandbox_url, max_retries=0) as client:
        yield client


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as server:
        yield server


@pytest.fixture
def scripted(server: ScriptedServer) -> Iterator[HrFlow]:
    with HrFlow(api_key=KEY, user_email=EMAIL, base_url=server.url) as client:
        yield client


# ---- reading results -------------------------------------------------------------


def test_a_result_repr_shows_the_fields_that_are_set_and_nothing_unset(client: HrFlow) -> None:
    job = client.job.create(board_key="b", job={"name": "Data Engineer", "reference": "r-1"})
    text = repr(job)
    assert text.startswith("Job(key='") and "name='Data Engineer'" in text
    assert "reference='r-1'" in text
    assert "Unset" not in text and "object at 0x" not in text
    skill = hrflow_client.models.Skill(name="python")
    assert repr(skill) == "Skill(name='python')"


def test_the_key_and_created_at_of_a_read_object_need_no_narrowing(client: HrFlow) -> None:
    job = client.job.create(board_key="b", job={"name": "Data Engineer"})
    key: str = job.key
    indexed: datetime.datetime = job.created_at
    assert len(key) == 40
    assert isinstance(indexed, datetime.datetime) and indexed.tzinfo is not None


def test_a_read_object_without_created_at_is_an_invalid_answer_naming_it(
    server: ScriptedServer, scripted: HrFlow
) -> None:
    server.script(envelope(200, "ok", {"key": "a" * 40, "name": "Data Engineer"}))
    with pytest.raises(ResponseValidationError) as caught:
        scripted.job.get(board_key="b", key="k")
    assert "the required field 'created_at' is missing" in str(caught.value)


def test_coordinates_read_as_floats_while_the_raw_value_stays(client: HrFlow) -> None:
    location = {"text": "Dampierre", "lat": "47.7667", "lng": 2.5167}
    job = client.job.create(board_key="b", job={"name": "x", "location": location})
    assert job.location is not hrflow_client.types.UNSET
    assert coordinates(job.location) == (47.7667, 2.5167)
    assert job.location.lat == "47.7667"
    assert coordinate("lat") is None and coordinate(None) is None and coordinate(True) is None
    assert coordinate("47,5") == 47.5 and coordinate(float("nan")) is None
    assert coordinates({"lat": "lat", "lng": 1}) is None


def test_a_raw_response_carries_the_redacted_request_elapsed_json_and_request_id(
    server: ScriptedServer, scripted: HrFlow
) -> None:
    answer = envelope(200, "ok", JOB)
    answer.headers["X-Request-ID"] = "req-123"
    server.script(answer)
    raw = scripted.job.with_raw_response.get(board_key="b", key="a" * 40)
    assert raw.request_id == "req-123"
    assert raw.json == {"code": 200, "message": "ok", "data": JOB}
    assert raw.request.method == "GET" and raw.request.url.path == "/v1/job/indexing"
    assert raw.request.headers["x-api-key"] == "[REDACTED]"
    assert KEY not in repr(raw) and KEY not in str(raw.request.headers)
    assert isinstance(raw.elapsed, datetime.timedelta) and raw.elapsed.total_seconds() > 0


def test_an_error_carries_the_request_id(server: ScriptedServer, scripted: HrFlow) -> None:
    answer = envelope(404, "Job not found", status=200)
    answer.headers["X-Request-ID"] = "req-404"
    server.script(answer)
    with pytest.raises(NotFoundError) as caught:
        scripted.job.get(board_key="b", key="a" * 40)
    assert caught.value.request_id == "req-404"


# ---- writing inputs --------------------------------------------------------------


def test_mypy_rejects_a_mistyped_dict_and_accepts_a_typed_one(tmp_path: Path) -> None:
    module = tmp_path / "usage.py"
    module.write_text(
        textwrap.dedent(
            """
            from hrflow_client import HrFlow
            from hrflow_schemas import JobWrite

            def use(client: HrFlow) -> None:
                client.job.create(board_key="b", job={"name": "x", "skills": [{"name": "py"}]})
                client.job.create(board_key="b", job=JobWrite(name="x"))
                client.job.create(board_key="b", job={"name": 1})
            """
        )
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(module)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, result.stdout
    assert "usage.py:8:" in errors[0] and "[arg-type]" in errors[0], errors[0]


def test_the_shipped_pydantic_models_are_accepted_with_only_their_set_fields(
    server: ScriptedServer, scripted: HrFlow
) -> None:
    server.script(envelope(201, "created", JOB))
    job = scripted.job.create(board_key="b", job=JobWriteSchema(name="Data Engineer"))
    assert job.key == JOB["key"]
    assert server.received[0].json() == {"name": "Data Engineer", "board_key": "b"}


def test_a_missing_field_is_named_as_the_user_wrote_it(client: HrFlow) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        client.job.create(board_key="b", job={"reference": "r"})
    assert str(caught.value) == "job is missing required field 'name'"
    with pytest.raises(InvalidRequestError, match=r"^board_key= is required"):
        client.job.create(board_key=None, job={"name": "x"})  # type: ignore[arg-type]


def test_a_bad_date_names_the_field_and_what_is_accepted(client: HrFlow) -> None:
    profile = {"experiences": [{"title": "Lead"}, {"title": "x", "date_start": "yesterday"}]}
    with pytest.raises(InvalidRequestError) as caught:
        client.profile.create(source_key="s", profile=profile)  # type: ignore[arg-type]
    message = str(caught.value)
    assert message.startswith("profile.experiences[1].date_start is 'yesterday', not a date")
    assert "2018-01-01T00:00:00" in message and "datetime.date" in message
    assert "^[" not in message and len(message) < 220
    good = {"experiences": [{"title": "x", "date_start": datetime.date(2016, 1, 1)}]}
    created = client.profile.create(source_key="s", profile=good)  # type: ignore[arg-type]
    assert created.experiences and created.experiences[0].date_start == datetime.datetime(
        2016, 1, 1
    )


@pytest.mark.parametrize(
    ("missing", "variable"),
    [("HRFLOW_API_KEY", "HRFLOW_API_KEY"), ("HRFLOW_USER_EMAIL", "HRFLOW_USER_EMAIL")],
)
def test_missing_credentials_raise_their_own_error_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, missing: str, variable: str
) -> None:
    monkeypatch.setenv("HRFLOW_API_KEY", KEY)
    monkeypatch.setenv("HRFLOW_USER_EMAIL", EMAIL)
    monkeypatch.delenv(missing)
    with pytest.raises(MissingCredentialsError, match=variable):
        HrFlow()
    assert issubclass(MissingCredentialsError, hrflow_client.HrFlowError)


# ---- per-request control ---------------------------------------------------------


def test_extra_headers_query_and_body_reach_the_service(
    server: ScriptedServer, scripted: HrFlow
) -> None:
    server.script(envelope(201, "created", JOB))
    scripted.job.create(
        board_key="b",
        job={"name": "x"},
        extra_headers={"X-Trace": "t-1"},
        extra_query={"debug": "1"},
        extra_body={"name": "renamed", "flag": True},
    )
    received = server.received[0]
    assert received.headers["x-trace"] == "t-1"
    assert received.path == "/v1/job/indexing?debug=1"
    assert received.json() == {"name": "renamed", "board_key": "b", "flag": True}


def test_extra_headers_send_a_sandbox_fault_through_the_client(client: HrFlow) -> None:
    with pytest.raises(InternalServerError):
        client.job.get(board_key="b", key="k", extra_headers={"X-Sandbox-Fault": "503"})
    with pytest.raises(BadRequestError):
        client.job.create(
            board_key="b", job={"name": "x"}, extra_headers={"X-Sandbox-Fault": "body-code=400"}
        )


def test_with_options_returns_a_copy_sharing_the_pool(
    server: ScriptedServer, scripted: HrFlow
) -> None:
    quiet = scripted.with_options(max_retries=0, default_headers={"X-Team": "data"})
    assert quiet.api_client is scripted.api_client
    assert quiet.api_client.get_httpx_client() is scripted.api_client.get_httpx_client()
    server.script(envelope(503, "busy", status=503), envelope(200, "ok", JOB))
    with pytest.raises(InternalServerError):
        quiet.job.get(board_key="b", key="k")
    assert len(server.received) == 1 and server.received[0].headers["x-team"] == "data"
    assert scripted.job.get(board_key="b", key="k").key == JOB["key"]
    assert "x-team" not in server.received[1].headers
    with pytest.raises(InvalidRequestError, match="max_retries"):
        scripted.with_options(max_retries=-1)


def test_an_injected_httpx_client_is_used_under_the_same_retries(server: ScriptedServer) -> None:
    seen: list[str] = []

    def hook(request: httpx.Request) -> None:
        seen.append(request.method)

    server.script(envelope(503, "busy", status=503), envelope(200, "ok", JOB))
    with (
        httpx.Client(event_hooks={"request": [hook]}, headers={"X-Proxy-Auth": "p"}) as mine,
        HrFlow(api_key=KEY, user_email=EMAIL, base_url=server.url, http_client=mine) as client,
    ):
        assert client.job.get(board_key="b", key="k").key == JOB["key"]
        assert not mine.is_closed
    assert seen == ["GET", "GET"]
    assert server.received[1].headers["x-proxy-auth"] == "p"
    assert server.received[1].headers["x-api-key"] == KEY


async def test_an_injected_async_client_is_used(server: ScriptedServer) -> None:
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(str(request.url))

    server.script(envelope(200, "ok", JOB))
    async with (
        httpx.AsyncClient(event_hooks={"request": [hook]}) as mine,
        AsyncHrFlow(api_key=KEY, user_email=EMAIL, base_url=server.url, http_client=mine) as client,
    ):
        assert (await client.job.get(board_key="b", key="k")).key == JOB["key"]
    assert len(seen) == 1 and seen[0].startswith(server.url)


def test_an_injected_client_of_the_wrong_kind_is_refused() -> None:
    with pytest.raises(InvalidRequestError, match=r"httpx\.Client"):
        HrFlow(api_key=KEY, user_email=EMAIL, http_client=httpx.AsyncClient())  # type: ignore[arg-type]


def test_the_user_agent_names_the_package_python_and_httpx(
    server: ScriptedServer, scripted: HrFlow
) -> None:
    server.script(envelope(200, "ok", JOB))
    scripted.job.get(board_key="b", key="k")
    agent = server.received[0].headers["user-agent"]
    python = ".".join(map(str, sys.version_info[:3]))
    expected = (
        f"hrflow-client/{hrflow_client.__version__} python/{python} httpx/{httpx.__version__}"
    )
    assert agent == expected


def test_every_failed_attempt_is_logged_with_status_attempt_and_wait(
    server: ScriptedServer, scripted: HrFlow, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="hrflow_client")
    server.script(*[envelope(503, "busy", status=503)] * 3)
    with pytest.raises(InternalServerError):
        scripted.job.get(board_key="b", key="k", max_retries=2)
    lines = [r.getMessage() for r in caplog.records if r.name == "hrflow_client"]
    assert len(lines) == 3, lines
    for number, line in enumerate(lines, start=1):
        assert f"attempt {number} of 3 failed: HTTP 503, code 503: busy" in line
    assert "retrying in" in lines[0] and "retrying in" in lines[1]
    assert lines[2].endswith("not retried")
    assert all(KEY not in line for line in lines)


def test_hrflow_log_turns_logging_on_without_code(server: ScriptedServer) -> None:
    server.script(envelope(503, "busy", status=503), envelope(200, "ok", JOB))
    code = (
        "from hrflow_client import HrFlow\n"
        "HrFlow().job.get(board_key='b', key='k')\n"
        "print('done')\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("HRFLOW_")}
    env |= {
        "HRFLOW_LOG": "debug",
        "HRFLOW_BASE_URL": server.url,
        "HRFLOW_API_KEY": KEY,
        "HRFLOW_USER_EMAIL": EMAIL,
    }
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 0 and result.stdout == "done\n", result.stderr
    assert "attempt 1 of 3 failed: HTTP 503, code 503: busy; retrying in" in result.stderr
    assert "HTTP Request: GET http://localhost" in result.stderr and "200 OK" in result.stderr
    assert KEY not in result.stderr
    server.script(envelope(503, "busy", status=503), envelope(200, "ok", JOB))
    unset = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={k: v for k, v in env.items() if k != "HRFLOW_LOG"},
    )
    assert unset.returncode == 0 and "attempt" not in unset.stderr


# ---- examples --------------------------------------------------------------------


def _example(script: str, base_url: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HRFLOW_")}
    env |= {"HRFLOW_BASE_URL": base_url, "HRFLOW_API_KEY": KEY, "HRFLOW_USER_EMAIL": EMAIL}
    return subprocess.run(
        [sys.executable, str(ROOT / "examples" / script)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_the_quick_start_runs_twice_against_one_sandbox(
    sandbox_url: str, sandbox_control: object
) -> None:
    for _ in range(2):
        result = _example("quickstart.py", sandbox_url)
        assert result.returncode == 0, result.stderr
        assert "indexed job" in result.stdout
    jobs = sandbox_control.jobs("my-board")  # type: ignore[attr-defined]
    assert len(jobs) == 2 and len({job["reference"] for job in jobs}) == 2


# webhook_receiver.py always plays its loop on an embedded sandbox: it must tell the
# sandbox where to send the events, which a remote service learns from its dashboard.
# `_connect.py` is what the others import.
INDEXING_EXAMPLES = sorted(
    p.name for p in (ROOT / "examples").glob("[!_]*.py") if p.name != "webhook_receiver.py"
)


@pytest.mark.parametrize("script", INDEXING_EXAMPLES)
def test_every_example_honours_hrflow_base_url(
    script: str, sandbox_url: str, sandbox_control: object
) -> None:
    result = _example(script, sandbox_url)
    assert result.returncode == 0, result.stderr
    stored = sandbox_control.jobs("my-board")  # type: ignore[attr-defined]
    assert [job["reference"] for job in stored] and json.dumps(stored)


async def test_the_async_client_takes_the_same_options_and_copies(server: ScriptedServer) -> None:
    server.script(envelope(503, "busy", status=503), envelope(201, "created", JOB))
    async with AsyncHrFlow(
        api_key=KEY, user_email=EMAIL, base_url=server.url, http_backend="httpx"
    ) as client:
        quiet = client.with_options(max_retries=0, default_query={"team": "data"})
        assert quiet.api_client is client.api_client
        with pytest.raises(InternalServerError):
            await quiet.job.get(board_key="b", key="k", extra_headers={"X-Trace": "t"})
        raw = await client.job.with_raw_response.create(
            board_key="b", job=JobWriteSchema(name="x"), extra_body={"flag": 1}
        )
    assert raw.data.key == JOB["key"] and raw.json["code"] == 201
    first, second = server.received
    assert first.path.endswith("team=data")
    assert first.headers["x-trace"] == "t"
    assert second.json() == {"name": "x", "board_key": "b", "flag": 1}
