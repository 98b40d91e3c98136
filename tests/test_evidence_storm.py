"""A crowd of concurrent creates and edits under random faults, counted so a duplicate create shows.

The sandbox refuses a second job with the same `reference`, which hides a client that
resends a create blindly: the copy comes back as a 400 that the safe-create recipe
then resolves by reference. So the storm counts twice:

- jobs created WITH a reference: a "Reference already exists" answer is only allowed
  after one of this test's own create calls for that reference failed ambiguously;
  on a first call it can only mean the client sent the create twice;
- jobs created WITHOUT a reference (nothing stops a copy): every content is stored at
  most once, and exactly once when the call said it was created.

The last test runs the same storm with `retry_creates=True`, a client that resends
creates after any failure, and checks that these counts catch it.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pytest
from conftest import SANDBOX_HEADERS, SandboxControl

from hrflow_client import (
    APIConnectionError,
    AsyncHrFlow,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from hrflow_client.models import Job

CREDENTIALS = {
    "api_key": SANDBOX_HEADERS["X-API-KEY"],
    "user_email": SANDBOX_HEADERS["X-USER-EMAIL"],
}
BOARD = "storm-board"
WITH_REFERENCE = 60
WITHOUT_REFERENCE = 40
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
# Failures after which a create may have been stored.
AMBIGUOUS = (APIConnectionError, InternalServerError)


@dataclass
class Storm:
    """What the client told the test, to hold against what the sandbox stored."""

    keys: dict[str, str] = field(default_factory=dict)  # reference -> key, from the client
    refused_first_time: list[str] = field(default_factory=list)  # a copy on a first call
    loose: dict[str, str | None] = field(default_factory=dict)  # content -> key, None: unknown
    peak: int = 0


def final(number: int) -> dict[str, Any]:
    return {
        "name": f"Job {number} (edited)",
        "reference": f"job-{number}",
        "summary": f"summary {number}",
        "tags": [{"name": "batch", "value": number}],
    }


async def create_by_reference(client: AsyncHrFlow, job: dict[str, Any], storm: Storm) -> Job:
    """The documented safe create: after an ambiguous failure, look the job up by reference."""
    maybe_stored = False
    for _ in range(20):
        try:
            return await client.job.create(board_key=BOARD, job=job)
        except AMBIGUOUS:
            maybe_stored = True
        except RateLimitError:
            pass  # refused: nothing was stored
        except BadRequestError as error:
            if "Reference already exists" not in error.message:
                raise
            if not maybe_stored:
                storm.refused_first_time.append(job["reference"])
        try:
            return await client.job.get(board_key=BOARD, reference=job["reference"])
        except (NotFoundError, RateLimitError, *AMBIGUOUS):
            continue
    raise AssertionError(f"could not create {job['reference']} in 20 tries")


async def create_without_reference(client: AsyncHrFlow, content: str) -> str | None:
    """A create nothing can deduplicate: retried here only when it was refused (429)."""
    for _ in range(20):
        try:
            return (await client.job.create(board_key=BOARD, job={"name": content})).key
        except RateLimitError:
            continue
        except AMBIGUOUS:
            return None
    raise AssertionError(f"could not create {content!r} in 20 tries")


async def edit_until_done(client: AsyncHrFlow, job: dict[str, Any]) -> Job:
    for _ in range(20):
        try:
            return await client.job.edit(board_key=BOARD, job=job)
        except (RateLimitError, *AMBIGUOUS):
            continue
    raise AssertionError(f"could not edit {job['reference']} in 20 tries")


async def run_storm(client: AsyncHrFlow, referenced: int, loose: int) -> Storm:
    storm = Storm()
    gate = asyncio.Semaphore(IN_FLIGHT)
    in_flight = 0

    async def with_reference(number: int) -> None:
        nonlocal in_flight
        async with gate:
            in_flight += 1
            storm.peak = max(storm.peak, in_flight)
            try:
                job = {"name": f"Job {number}", "reference": f"job-{number}"}
                created = await create_by_reference(client, job, storm)
                edited = await edit_until_done(client, {**final(number), "key": created.key})
                assert edited.key == created.key
                storm.keys[job["reference"]] = created.key
            finally:
                in_flight -= 1

    async def without_reference(number: int) -> None:
        async with gate:
            content = f"Loose job {number}"
            storm.loose[content] = await create_without_reference(client, content)

    await asyncio.gather(
        *(with_reference(number) for number in range(referenced)),
        *(without_reference(number) for number in range(loose)),
    )
    return storm


def duplicates(storm: Storm, stored: list[dict[str, Any]]) -> list[str]:
    """Every way the stored jobs disagree with "each create took effect at most once"."""
    problems = [f"{ref}: refused as a copy on its first create" for ref in storm.refused_first_time]
    by_reference = Counter(job.get("reference") for job in stored if job.get("reference"))
    by_content = Counter(job["name"] for job in stored)
    for reference, key in storm.keys.items():
        [job] = [job for job in stored if job.get("reference") == reference] or [None]
        if by_reference[reference] != 1 or job is None or job["key"] != key:
            problems.append(f"{reference}: stored {by_reference[reference]} time(s)")
    for content, key in storm.loose.items():
        count = by_content[content]
        if count > 1:
            problems.append(f"{content!r}: duplicated, stored {count} times")
        elif key is not None and count != 1:
            problems.append(f"{content!r}: created as {key} but not stored")
    return problems


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_a_storm_of_creates_and_edits_stores_each_job_once_with_its_last_edit(
    sandbox_url: str, sandbox_control: SandboxControl, backend: str
) -> None:
    sandbox_control.random_faults(0.3, RANDOM_FAULTS, seed=20240601)
    async with AsyncHrFlow(**CREDENTIALS, base_url=sandbox_url, http_backend=backend) as client:
        storm = await run_storm(client, WITH_REFERENCE, WITHOUT_REFERENCE)
    sandbox_control.clear_faults()
    stored = sandbox_control.jobs(BOARD)
    assert duplicates(storm, stored) == []
    assert len(storm.keys) == WITH_REFERENCE and storm.peak == IN_FLIGHT
    for job in stored:
        if job.get("reference"):
            number = int(job["reference"].removeprefix("job-"))
            assert {name: job[name] for name in final(number)} == final(number)
    assert sandbox_control.requests("indexJob") > WITH_REFERENCE + WITHOUT_REFERENCE


async def test_the_storm_counts_catch_a_client_that_resends_creates_blindly(
    sandbox_url: str, sandbox_control: SandboxControl
) -> None:
    """`retry_creates=True` resends a create whose answer was lost; the counts must see it.

    Creates carrying a reference are read back instead (`x-hrflow-reconcile`), so the
    duplicates are the loose jobs, created without one.
    """
    sandbox_control.random_faults(0.3, ["drop-after-write", "truncate", "500"], seed=7)
    async with AsyncHrFlow(
        **CREDENTIALS, base_url=sandbox_url, http_backend="httpx", retry_creates=True
    ) as client:
        storm = await run_storm(client, 40, 40)
    sandbox_control.clear_faults()
    problems = duplicates(storm, sandbox_control.jobs(BOARD))
    assert any("Loose" in problem and "duplicated" in problem for problem in problems), problems
