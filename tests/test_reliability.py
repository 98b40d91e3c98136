"""Real faults from the sandbox: lost answers, truncations and timeouts (the crowd: test_evidence_storm.py).

Each scenario runs through `HrFlow` and through `AsyncHrFlow` on both async backends.
Backoff waits are really slept, but shortened: the jitter factor is fixed at 0.02, so
min(0.5 * 2^n, 8) s becomes 10 ms, 20 ms, ... (`Retry-After` is honoured as asked).
"""

from __future__ import annotations

import time
import types
from typing import Any

import pytest
from conftest import SANDBOX_HEADERS, Api, SandboxControl

from hrflow_client import (
    APIConnectionError,
    APITimeoutError,
    HrFlow,
    _retries,
)

CREDENTIALS = {
    "api_key": SANDBOX_HEADERS["X-API-KEY"],
    "user_email": SANDBOX_HEADERS["X-USER-EMAIL"],
}
BOARD = "reliability-board"


@pytest.fixture(autouse=True)
def short_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_retries, "random", types.SimpleNamespace(uniform=lambda a, b: 0.02))


def stored_jobs(control: SandboxControl, board: str = BOARD) -> list[dict[str, Any]]:
    return control.jobs(board)


# ---------------------------------------------------------- lost answers ----


async def test_a_create_without_a_reference_whose_answer_is_lost_after_the_write_is_not_retried(
    api: Api, sandbox_control: SandboxControl
) -> None:
    sandbox_control.queue_faults("drop-after-write")
    with pytest.raises(APIConnectionError) as caught:
        await api.call("job", "create", board_key=BOARD, job={"name": "Data Engineer"})
    assert type(caught.value) is APIConnectionError and caught.value.attempts == 1
    assert sandbox_control.requests("indexJob") == 1
    [stored] = stored_jobs(sandbox_control)
    assert stored["name"] == "Data Engineer"


@pytest.mark.parametrize("fault", ["drop-after-write", "truncate"])
async def test_a_profile_create_without_a_reference_whose_answer_is_lost_is_not_retried(
    api: Api, sandbox_control: SandboxControl, fault: str
) -> None:
    sandbox_control.queue_faults(fault)
    with pytest.raises(APIConnectionError):
        await api.call("profile", "create", source_key="src", profile={"text": "cv"})
    assert sandbox_control.requests("indexProfile") == 1
    [stored] = sandbox_control.profiles("src")
    assert stored["text"] == "cv"


async def test_a_create_whose_answer_is_lost_is_retried_with_retry_creates_and_returns_the_stored_job(
    mode: str, sandbox_url: str, sandbox_control: SandboxControl
) -> None:
    """The retry is told "Reference already exists"; the job its first attempt stored is returned."""
    api = Api(mode, sandbox_url, retry_creates=True)
    sandbox_control.queue_faults("drop-after-write")
    try:
        job = await api.call("job", "create", board_key=BOARD, job={"name": "x", "reference": "r"})
    finally:
        await api.close()
    assert sandbox_control.requests("indexJob") == 2
    [stored] = stored_jobs(sandbox_control)
    assert job.key == stored["key"]


def test_a_create_that_times_out_but_lands_later_still_leaves_one_job(
    sandbox_url: str, sandbox_control: SandboxControl
) -> None:
    """The retry stores the job first; the late attempt meets its reference and stores nothing."""
    sandbox_control.queue_faults("delay=0.8")
    job = {"name": "Late", "reference": "late-1"}
    with HrFlow(**CREDENTIALS, base_url=sandbox_url, timeout=0.2) as client:
        sent = time.monotonic()
        created = client.job.create(board_key=BOARD, job=job)
    deadline = sent + 30  # wait for the delayed create to run, however busy the machine
    while sandbox_control.state()["in_flight"] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sandbox_control.requests("indexJob") == 2
    [stored] = stored_jobs(sandbox_control)
    assert stored["key"] == created.key


async def test_an_edit_whose_answer_is_lost_is_retried_and_leaves_one_correct_job(
    api: Api, sandbox_control: SandboxControl
) -> None:
    created = await api.call(
        "job", "create", board_key=BOARD, job={"name": "v1", "reference": "ref"}
    )
    sandbox_control.queue_faults("drop-after-write")
    edited = await api.call(
        "job",
        "edit",
        board_key=BOARD,
        job={"key": created.key, "name": "v2", "reference": "ref", "tags": [{"name": "t"}]},
    )
    assert edited.key == created.key and edited.name == "v2"
    assert sandbox_control.requests("editJob") == 2
    [stored] = stored_jobs(sandbox_control)
    assert stored["key"] == created.key and stored["id"] == created.id
    assert (stored["name"], stored["reference"], stored["tags"]) == ("v2", "ref", [{"name": "t"}])


async def test_a_profile_edit_whose_answer_is_truncated_is_retried(
    api: Api, sandbox_control: SandboxControl
) -> None:
    created = await api.call("profile", "create", source_key="src", profile={"text": "v1"})
    sandbox_control.queue_faults("truncate")
    edited = await api.call(
        "profile", "edit", source_key="src", profile={"key": created.key, "text": "v2"}
    )
    assert edited.text == "v2" and sandbox_control.requests("editProfile") == 2
    [stored] = sandbox_control.profiles("src")
    assert stored["key"] == created.key and stored["text"] == "v2"


@pytest.mark.parametrize(
    "fault", ["truncate", "drop", "html", "500", "body-code=503", "429", "408", "409"]
)
async def test_a_failed_get_recovers_by_retry(
    api: Api, sandbox_control: SandboxControl, fault: str
) -> None:
    created = await api.call("job", "create", board_key=BOARD, job={"name": "x"})
    sandbox_control.queue_faults(fault)
    found = await api.call("job", "get", board_key=BOARD, key=created.key)
    assert found.to_dict() == created.to_dict()
    assert sandbox_control.requests("getJob") == 2


async def test_a_create_refused_with_429_and_retry_after_waits_then_indexes_once(
    api: Api, sandbox_control: SandboxControl
) -> None:
    sandbox_control.queue_faults("429;retry-after=1")
    started = time.monotonic()
    job = await api.call("job", "create", board_key=BOARD, job={"name": "x", "reference": "r"})
    assert 1.0 <= time.monotonic() - started < 10.0  # at least what was asked; generous above
    assert sandbox_control.requests("indexJob") == 2
    [stored] = stored_jobs(sandbox_control)
    assert stored["key"] == job.key


# --------------------------------------------------------------- timeouts ----


async def test_a_timeout_fires_at_the_configured_time_not_when_the_slow_answer_comes(
    mode: str, sandbox_url: str, sandbox_control: SandboxControl
) -> None:
    api = Api(mode, sandbox_url, timeout=0.5, max_retries=0)
    sandbox_control.queue_faults("delay=2.5")
    try:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            await api.call("job", "get", board_key=BOARD, reference="anything")
        elapsed = time.monotonic() - started
    finally:
        await api.close()
    assert 0.5 <= elapsed < 2.0  # never early; before the answer would come (2.5 s)
    assert caught.value.attempts == 1


async def test_a_per_call_timeout_fires_at_its_time_not_when_the_slow_answer_comes(
    api: Api, sandbox_control: SandboxControl
) -> None:
    sandbox_control.queue_faults("delay=2.5")
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        await api.call("job", "get", board_key=BOARD, key="k", timeout=0.4, max_retries=0)
    assert 0.4 <= time.monotonic() - started < 2.0  # not the client default, nor the answer


async def test_a_timed_out_get_is_retried_and_recovers(
    mode: str, sandbox_url: str, sandbox_control: SandboxControl
) -> None:
    api = Api(mode, sandbox_url, timeout=0.3)
    try:
        created = await api.call("job", "create", board_key=BOARD, job={"name": "x"})
        sandbox_control.queue_faults("delay=0.8")
        started = time.monotonic()
        found = await api.call("job", "get", board_key=BOARD, key=created.key)
        elapsed = time.monotonic() - started
    finally:
        await api.close()
    assert found.key == created.key and 0.3 <= elapsed < 5.0
    assert sandbox_control.requests("getJob") == 2
