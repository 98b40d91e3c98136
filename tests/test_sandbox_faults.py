"""Fault injection, observed as a client sees it over real HTTP."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import SandboxControl

from hrflow_sandbox.faults import Fault, FaultSpecError, parse_fault

JOBS = "/job/indexing"
BOARD = "faults-board"
FAULT = "X-Sandbox-Fault"

pytestmark = pytest.mark.timeout(30)


@pytest.fixture
def api(sandbox_url: str, sandbox_headers: dict[str, str]) -> Iterator[httpx.Client]:
    """An authenticated client of the sandbox."""
    with httpx.Client(base_url=sandbox_url, headers=sandbox_headers, timeout=10) as client:
        yield client


def new_job(name: str = "Data Engineer") -> dict[str, Any]:
    return {"board_key": BOARD, "name": name}


def stored_names(control: SandboxControl) -> list[str]:
    return [job["name"] for job in control.jobs(BOARD)]


# ------------------------------------------------------------------- grammar ----


@pytest.mark.parametrize(
    ("spec", "fault"),
    [
        ("503", Fault("status", "503", status=503)),
        ("429;retry-after=2", Fault("status", "429;retry-after=2", status=429, retry_after="2")),
        (
            "503; Retry-After=Wed, 21 Oct 2015 07:28:00 GMT",
            Fault(
                "status",
                "503; Retry-After=Wed, 21 Oct 2015 07:28:00 GMT",
                status=503,
                retry_after="Wed, 21 Oct 2015 07:28:00 GMT",
            ),
        ),
        ("body-code=429", Fault("body-code", "body-code=429", status=429)),
        ("delay=0.25", Fault("delay", "delay=0.25", seconds=0.25)),
        (" drop ", Fault("drop", "drop")),
        ("DROP-AFTER-WRITE", Fault("drop-after-write", "DROP-AFTER-WRITE")),
        ("truncate", Fault("truncate", "truncate")),
        ("html", Fault("html", "html")),
    ],
)
def test_fault_specs_parse(spec: str, fault: Fault) -> None:
    assert parse_fault(spec) == fault


@pytest.mark.parametrize(
    "spec",
    [
        "",
        "boom",
        "99",
        "600",
        "503;retry-after=soon",
        "503;wait=2",
        "delay=-1",
        "delay=x",
        "body-code=",
    ],
)
def test_malformed_fault_specs_are_rejected(spec: str) -> None:
    with pytest.raises(FaultSpecError):
        parse_fault(spec)


# ------------------------------------------------------------ each fault kind ----


@pytest.mark.parametrize("retry_after", ["3", "Wed, 21 Oct 2015 07:28:00 GMT"])
def test_a_status_fault_answers_that_status_with_retry_after(
    api: httpx.Client, sandbox_control: SandboxControl, retry_after: str
) -> None:
    response = api.post(JOBS, json=new_job(), headers={FAULT: f"429;retry-after={retry_after}"})
    assert response.status_code == 429
    assert response.headers["retry-after"] == retry_after
    assert response.json() == {"code": 429, "message": "Too many requests"}
    assert stored_names(sandbox_control) == []


def test_a_status_fault_without_retry_after_sends_no_header(api: httpx.Client) -> None:
    response = api.post(JOBS, json=new_job(), headers={FAULT: "503"})
    assert response.status_code == 503
    assert "retry-after" not in response.headers
    assert response.json() == {"code": 503, "message": "Service unavailable"}


def test_a_body_code_fault_answers_http_200_carrying_an_error_code(
    api: httpx.Client, sandbox_control: SandboxControl
) -> None:
    response = api.post(JOBS, json=new_job(), headers={FAULT: "body-code=429"})
    assert response.status_code == 200
    assert response.json() == {"code": 429, "message": "Too many requests"}
    assert stored_names(sandbox_control) == []


def test_a_delay_fault_answers_normally_after_the_delay(api: httpx.Client) -> None:
    started = time.monotonic()
    response = api.post(JOBS, json=new_job(), headers={FAULT: "delay=0.3"})
    assert time.monotonic() - started >= 0.3
    assert response.json()["code"] == 201


def test_a_delay_fault_trips_a_client_timeout_yet_the_write_happens(
    sandbox_url: str, sandbox_headers: dict[str, str], sandbox_control: SandboxControl
) -> None:
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(
            sandbox_url + JOBS,
            json=new_job("slow"),
            headers={**sandbox_headers, FAULT: "delay=3"},
            timeout=httpx.Timeout(5, read=0.1),
        )
    state = sandbox_control.state()
    assert (state["in_flight"], state["jobs"]) == (1, {})
    deadline = time.monotonic() + 30
    while not stored_names(sandbox_control) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert stored_names(sandbox_control) == ["slow"]


def test_a_drop_fault_closes_the_connection_without_answer_and_stores_nothing(
    api: httpx.Client, sandbox_control: SandboxControl
) -> None:
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        api.post(JOBS, json=new_job(), headers={FAULT: "drop"})
    assert stored_names(sandbox_control) == []
    assert sandbox_control.requests("indexJob") == 1
    assert api.post(JOBS, json=new_job()).json()["code"] == 201


def test_a_drop_fault_on_a_large_body_still_closes_without_answer(
    api: httpx.Client, sandbox_control: SandboxControl
) -> None:
    body = {**new_job(), "summary": "x" * 2_000_000}
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        api.post(JOBS, json=body, headers={FAULT: "drop"})
    assert stored_names(sandbox_control) == []


def test_a_drop_after_write_fault_stores_the_object_then_closes_the_connection(
    api: httpx.Client, sandbox_control: SandboxControl
) -> None:
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        api.post(JOBS, json=new_job("written"), headers={FAULT: "drop-after-write"})
    assert stored_names(sandbox_control) == ["written"]


def test_a_drop_after_write_on_an_edit_stores_the_edit(
    api: httpx.Client, sandbox_control: SandboxControl
) -> None:
    key = api.post(JOBS, json=new_job("before")).json()["data"]["key"]
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        api.put(JOBS, json={**new_job("after"), "key": key}, headers={FAULT: "drop-after-write"})
    assert stored_names(sandbox_control) == ["after"]


def test_a_truncate_fault_stores_the_object_and_sends_a_cut_body(
    api: httpx.Client, sandbox_control: SandboxControl
) -> None:
    with pytest.raises(httpx.RemoteProtocolError, match=r"complete message body"):
        api.post(JOBS, json=new_job("truncated"), headers={FAULT: "truncate"})
    assert stored_names(sandbox_control) == ["truncated"]


def test_a_truncated_body_is_shorter_than_its_content_length(
    sandbox_url: str, sandbox_headers: dict[str, str]
) -> None:
    received = b""
    declared = 0
    with (
        httpx.Client(headers=sandbox_headers) as client,
        pytest.raises(httpx.RemoteProtocolError),
        client.stream("POST", sandbox_url + JOBS, json=new_job(), headers={FAULT: "truncate"}) as r,
    ):
        declared = int(r.headers["content-length"])
        for chunk in r.iter_raw():
            received += chunk
    assert 0 < len(received) < declared
    assert received.startswith(b'{"code":201')


def test_an_html_fault_answers_a_502_gateway_page(
    api: httpx.Client, sandbox_control: SandboxControl
) -> None:
    response = api.post(JOBS, json=new_job(), headers={FAULT: "html"})
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert "<h1>502 Bad Gateway</h1>" in response.text
    assert stored_names(sandbox_control) == []


def test_a_fault_applies_before_the_credentials_check(sandbox_url: str) -> None:
    response = httpx.get(sandbox_url + JOBS, headers={FAULT: "503"})
    assert response.status_code == 503


def test_a_malformed_fault_header_answers_400(api: httpx.Client) -> None:
    response = api.post(JOBS, json=new_job(), headers={FAULT: "explode"})
    assert response.status_code == 400
    assert response.json()["message"].startswith("Invalid X-Sandbox-Fault header: ")


# ------------------------------------------------------------- control API ----


def test_queued_faults_hit_the_next_requests_in_order(
    api: httpx.Client, sandbox_control: SandboxControl
) -> None:
    sandbox_control.queue_faults("503;retry-after=1", "body-code=429")
    sandbox_control.queue_faults("drop", "html")
    assert sandbox_control.state()["faults"]["queued"] == [
        "503;retry-after=1",
        "body-code=429",
        "drop",
        "html",
    ]

    first = api.post(JOBS, json=new_job())
    assert (first.status_code, first.headers["retry-after"]) == (503, "1")
    second = api.get(JOBS, params={"board_key": BOARD, "key": "k"})
    assert (second.status_code, second.json()["code"]) == (200, 429)
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        api.post(JOBS, json=new_job())
    assert api.post(JOBS, json=new_job()).status_code == 502
    assert api.post(JOBS, json=new_job()).json()["code"] == 201

    assert sandbox_control.state()["faults"]["queued"] == []
    assert sandbox_control.requests("indexJob") == 4
    assert sandbox_control.requests("getJob") == 1


def test_a_header_fault_leaves_the_queue_alone(
    api: httpx.Client, sandbox_control: SandboxControl
) -> None:
    sandbox_control.queue_faults("500")
    assert api.post(JOBS, json=new_job(), headers={FAULT: "body-code=503"}).json()["code"] == 503
    assert api.post(JOBS, json=new_job()).status_code == 500


def test_control_requests_do_not_consume_faults(
    api: httpx.Client, sandbox_control: SandboxControl
) -> None:
    sandbox_control.queue_faults("500")
    sandbox_control.state()
    assert api.post(JOBS, json=new_job()).status_code == 500


def test_clearing_faults_empties_the_queue(
    api: httpx.Client, sandbox_control: SandboxControl
) -> None:
    sandbox_control.queue_faults("500", "500")
    sandbox_control.random_faults(1.0, ["503"])
    assert sandbox_control.clear_faults() == {"queued": [], "random": None}
    assert api.post(JOBS, json=new_job()).json()["code"] == 201


def statuses(api: httpx.Client, count: int) -> list[int]:
    return [api.post(JOBS, json=new_job()).status_code for _ in range(count)]


def test_random_faults_follow_their_rate_and_seed(
    api: httpx.Client, sandbox_control: SandboxControl
) -> None:
    sandbox_control.random_faults(1.0, ["500", "503"], seed=7)
    first = statuses(api, 12)
    assert set(first) == {500, 503}
    sandbox_control.random_faults(1.0, ["500", "503"], seed=7)
    assert statuses(api, 12) == first

    sandbox_control.random_faults(0.3, ["500"], seed=1)
    mixed = statuses(api, 40)
    assert 0 < mixed.count(500) < 40

    sandbox_control.random_faults(0.0, ["500"])
    assert set(statuses(api, 5)) == {200}


def test_queued_faults_come_before_random_ones(
    api: httpx.Client, sandbox_control: SandboxControl
) -> None:
    sandbox_control.random_faults(1.0, ["503"])
    sandbox_control.queue_faults("429")
    assert statuses(api, 2) == [429, 503]


@pytest.mark.parametrize(
    "body",
    [
        {"faults": ["boom"]},
        {"faults": "500"},
        {"faults": [500]},
        {"random": {"rate": 2, "faults": ["500"]}},
        {"random": {"rate": 0.5, "faults": []}},
        {"random": {"rate": 0.5, "faults": ["500"], "seed": "x"}},
        {"random": "often"},
    ],
)
def test_the_control_api_rejects_malformed_faults(
    sandbox_url: str, sandbox_control: SandboxControl, body: dict[str, Any]
) -> None:
    response = httpx.post(sandbox_control.root + "/faults", json=body)
    assert response.status_code == 400
    assert response.json()["message"].startswith("Invalid fault: ")
    assert sandbox_control.state()["faults"] == {"queued": [], "random": None}


def test_a_random_faults_entry_of_null_stops_random_faults(
    api: httpx.Client, sandbox_control: SandboxControl
) -> None:
    sandbox_control.random_faults(1.0, ["500"])
    httpx.post(sandbox_control.root + "/faults", json={"random": None}).raise_for_status()
    assert api.post(JOBS, json=new_job()).status_code == 200


def test_faulted_requests_are_counted(api: httpx.Client, sandbox_control: SandboxControl) -> None:
    sandbox_control.queue_faults("500", "500")
    statuses(api, 3)
    assert sandbox_control.requests("indexJob") == 3
