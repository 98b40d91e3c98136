"""Real faults from the sandbox: lost answers, truncations, timeouts and a faulty crowd of calls.

Each scenario runs through `HrFlow` and through `AsyncHrFlow` on both async backends.
Backoff waits are really slept, but shortened: the jitter factor is fixed at 0.02, so
min(0.5 * 2^n, 8) s becomes 10 ms, 20 ms, ... (`Retry-After` is honoured as asked).
"""

from __future__ import annotations

import asyncio
import time
import types
from collections.abc import AsyncIterator
from typing import Any

import pytest
from conftest import SANDBOX_HEADERS, SandboxControl

from hrflow_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncHrFlow,
    BadRequestError,
    HrFlow,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    _retries,
)
from hrflow_client.models import Job

MODES = ["sync", "async-httpx", "async-aiohttp"]
CREDENTIALS = {
    "api_key": SANDBOX_HEADERS["X-API-KEY"],
    "user_email": SANDBOX_HEADERS["X-USER-EMAIL"],
}
BOARD = "reliability-board"


@pytest.fixture(autouse=True)
def short_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_retries, "random", types.SimpleNamespace(uniform=lambda a, b: 0.02))


class Api:
    """One client, called the same way whether it is `HrFlow` or `AsyncHrFlow`."""

    def __init__(self, mode: str, base_url: str, **options: Any) -> None:
        self.mode = mode
        settings = {**CREDENTIALS, "base_url": base_url, **options}
        if mode == "sync":
            self.client: HrFlow | AsyncHrFlow = HrFlow(**settings)
        else:
            self.client = AsyncHrFlow(**settings, http_backend=mode.removeprefix("async-"))

    async def call(self, resource: str, method: str, **arguments: Any) -> Any:
        result = getattr(getattr(self.client, resource), method)(**arguments)
        return await result if self.mode != "sync" else result

    async def close(self) -> None:
        if isinstance(self.client, AsyncHrFlow):
            await self.client.close()
        else:
            self.client.close()


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def api(mode: str, sandbox_url: str) -> AsyncIterator[Api]:
    client = Api(mode, sandbox_url)
    yield client
    await client.close()


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


# ------------------------------------------------------------ concurrency ----

JOBS = 100
IN_FLIGHT = 32
RANDOM_FAULTS = [
    "500",
    "503",
    "body-code=503",
    "429",
    "429;retry-after=0",
    "drop",
    "delay=0.05",
    "drop-after-write",
    "truncate",
    "html",
]
# Failures after which a call may or may not have taken effect (or was refused: 429).
AMBIGUOUS = (APIConnectionError, InternalServerError, RateLimitError)


async def create_once(client: AsyncHrFlow, job: dict[str, Any]) -> Job:
    """The documented safe create: on an ambiguous failure, look the job up by reference."""
    for _ in range(20):
        try:
            return await client.job.create(board_key=BOARD, job=job)
        except AMBIGUOUS:
            pass
        except BadRequestError as error:
            if "Reference already exists" not in error.message:
                raise
        try:
            return await client.job.get(board_key=BOARD, reference=job["reference"])
        except (NotFoundError, *AMBIGUOUS):
            continue
    raise AssertionError(f"could not create {job['reference']} in 20 tries")


async def edit_until_done(client: AsyncHrFlow, job: dict[str, Any]) -> Job:
    """Edits are idempotent: retried by the client, and again here if every try failed."""
    for _ in range(20):
        try:
            return await client.job.edit(board_key=BOARD, job=job)
        except AMBIGUOUS:
            continue
    raise AssertionError(f"could not edit {job['reference']} in 20 tries")


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_concurrent_creates_and_edits_under_random_faults_end_with_exactly_the_written_jobs(
    sandbox_url: str, sandbox_control: SandboxControl, backend: str
) -> None:
    sandbox_control.random_faults(0.3, RANDOM_FAULTS, seed=20240601)
    gate = asyncio.Semaphore(IN_FLIGHT)
    in_flight = peak = 0

    def final(number: int) -> dict[str, Any]:
        return {
            "name": f"Job {number} (edited)",
            "reference": f"job-{number}",
            "summary": f"summary {number}",
            "tags": [{"name": "batch", "value": number}],
        }

    async def one(client: AsyncHrFlow, number: int) -> tuple[str, str]:
        nonlocal in_flight, peak
        async with gate:
            in_flight += 1
            peak = max(peak, in_flight)
            try:
                created = await create_once(
                    client, {"name": f"Job {number}", "reference": f"job-{number}"}
                )
                edited = await edit_until_done(client, {**final(number), "key": created.key})
            finally:
                in_flight -= 1
        assert edited.key == created.key
        return f"job-{number}", created.key

    async with AsyncHrFlow(
        **CREDENTIALS, base_url=sandbox_url, http_backend=backend, retry_creates=False
    ) as client:
        keys = dict(await asyncio.gather(*(one(client, number) for number in range(JOBS))))
    sandbox_control.clear_faults()

    state = sandbox_control.state()
    assert state["errors"] == []
    stored = state["jobs"][BOARD]
    assert len(stored) == JOBS
    assert {job["reference"]: job["key"] for job in stored} == keys
    for job in stored:
        number = int(job["reference"].removeprefix("job-"))
        assert {name: job[name] for name in final(number)} == final(number)
    assert peak == IN_FLIGHT
    assert state["requests"]["indexJob"] > JOBS and state["requests"]["editJob"] > JOBS
