"""Bulk upsert over real HTTP against the sandbox: exactly once by reference, journal, resume, limits."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import SANDBOX_HEADERS, SandboxControl

from hrflow_client import AsyncHrFlow, HrFlow, HrFlowError
from hrflow_client.bulk import (
    BulkUpsert,
    ClientAdapter,
    abulk_upsert,
    astream_upsert,
    bulk_upsert,
    read_jsonl,
)
from hrflow_sandbox import SandboxServer

BOARD = "bulk-board"
SOURCE = "bulk-source"
CREDENTIALS = {
    "api_key": SANDBOX_HEADERS["X-API-KEY"],
    "user_email": SANDBOX_HEADERS["X-USER-EMAIL"],
}


def jobs(count: int, start: int = 0, suffix: str = "") -> Iterator[dict[str, Any]]:
    for i in range(start, start + count):
        yield {"name": f"Engineer {i}{suffix}", "reference": f"ref-{i}", "summary": "x" * 50}


def stored(control: SandboxControl, board: str = BOARD) -> Counter[str]:
    return Counter(job["reference"] for job in control.jobs(board))


async def test_first_run_creates_second_skips_what_the_journal_has_and_edits_what_changed(
    sandbox_url: str, sandbox_control: SandboxControl, tmp_path: Path
) -> None:
    journal = tmp_path / "journal.jsonl"
    async with AsyncHrFlow(**CREDENTIALS, base_url=sandbox_url) as client:
        first = await abulk_upsert(client, "job", board_key=BOARD, items=jobs(30), journal=journal)
        changed = (
            {**job, "name": job["name"] + " (v2)"} if job["reference"] == "ref-3" else job
            for job in jobs(30)
        )
        second = await abulk_upsert(client, "job", board_key=BOARD, items=changed, journal=journal)
        edited = await client.job.get(board_key=BOARD, reference="ref-3")

    assert first.counts == {"created": 30} and first.failed == 0
    assert not (tmp_path / "journal.dead.jsonl").exists()  # created only when something fails
    assert second.counts == {"skipped": 29, "updated": 1}
    assert edited.name == "Engineer 3 (v2)"
    assert stored(sandbox_control) == Counter({f"ref-{i}": 1 for i in range(30)})
    assert sandbox_control.requests("indexJob") == 30
    assert sandbox_control.requests("editJob") == 1


async def test_without_a_journal_existing_references_are_read_and_left_alone_or_edited(
    sandbox_url: str, sandbox_control: SandboxControl
) -> None:
    async with AsyncHrFlow(**CREDENTIALS, base_url=sandbox_url) as client:
        await abulk_upsert(client, "job", board_key=BOARD, items=jobs(10))
        again = await abulk_upsert(
            client, "job", board_key=BOARD, items=[*jobs(9), *jobs(1, start=9, suffix="!")]
        )

    assert again.counts == {"unchanged": 9, "updated": 1}
    assert stored(sandbox_control) == Counter({f"ref-{i}": 1 for i in range(10)})


async def test_a_create_whose_answer_is_lost_is_reconciled_by_reference_not_sent_again(
    sandbox_url: str, sandbox_control: SandboxControl, tmp_path: Path
) -> None:
    sandbox_control.queue_faults("drop-after-write", "truncate")
    results = []
    async with AsyncHrFlow(**CREDENTIALS, base_url=sandbox_url) as client:
        summary = await abulk_upsert(
            client, "job", board_key=BOARD, items=jobs(2), concurrency=1, on_result=results.append
        )

    assert summary.counts == {"created": 2}
    # The client reads a lost create back by reference itself (x-hrflow-reconcile); what
    # it leaves ambiguous, the engine reconciles: either way one read, never a resend.
    assert summary.retries <= 2
    assert sandbox_control.requests("indexJob") == 2
    assert stored(sandbox_control) == Counter({"ref-0": 1, "ref-1": 1})
    assert all(result.key for result in results)


async def test_a_429_with_retry_after_pauses_every_request_and_halves_the_window(
    sandbox_url: str, sandbox_control: SandboxControl
) -> None:
    sandbox_control.queue_faults("429;retry-after=1", "body-code=429")
    async with AsyncHrFlow(**CREDENTIALS, base_url=sandbox_url) as client:
        engine = BulkUpsert(ClientAdapter(client, "job", BOARD), concurrency=8)
        started = time.monotonic()
        summary = await engine.run(jobs(20))

    assert summary.counts == {"created": 20}
    assert summary.throttled == 2 and summary.retries == 2
    assert time.monotonic() - started >= 1.0
    assert engine.limiter.window < 8
    assert stored(sandbox_control) == Counter({f"ref-{i}": 1 for i in range(20)})


async def test_retries_are_bounded_for_the_run_and_failures_go_to_the_dead_letter_file(
    sandbox_url: str, sandbox_control: SandboxControl, tmp_path: Path
) -> None:
    sandbox_control.random_faults(1.0, ["500"], seed=1)
    journal = tmp_path / "j.jsonl"
    async with AsyncHrFlow(**CREDENTIALS, base_url=sandbox_url) as client:
        summary = await abulk_upsert(
            client, "job", board_key=BOARD, items=jobs(6), journal=journal, retry_budget=4
        )

    assert summary.counts == {"failed": 6}
    assert summary.retries == 4
    dead = [json.loads(line) for line in (tmp_path / "j.dead.jsonl").read_text().splitlines()]
    assert sorted(entry["reference"] for entry in dead) == [f"ref-{i}" for i in range(6)]
    assert all("500" in entry["error"] and entry["item"]["reference"] for entry in dead)
    assert any("retry budget" in entry["error"] for entry in dead)


async def test_max_attempts_bounds_each_step_of_an_item_not_its_whole_life(
    sandbox_url: str, sandbox_control: SandboxControl
) -> None:
    # The read by reference fails twice then finds nothing; the create then fails once:
    # five calls for the item in all, but never three failures in one step.
    sandbox_control.queue_faults("500", "500", "delay=0", "500")
    results: list[Any] = []
    async with AsyncHrFlow(**CREDENTIALS, base_url=sandbox_url) as client:
        engine = BulkUpsert(ClientAdapter(client, "job", BOARD), concurrency=1, max_attempts=3)
        summary = await engine.run(jobs(1), on_result=results.append)

    assert summary.counts == {"created": 1}, results
    assert results[0].attempts > 3
    assert stored(sandbox_control) == Counter({"ref-0": 1})


async def test_items_without_a_reference_fail_with_a_clear_error_unless_at_least_once(
    sandbox_url: str, sandbox_control: SandboxControl, tmp_path: Path
) -> None:
    items = [{"name": "no ref"}, {"name": "with", "reference": "r"}, "not an object"]
    async with AsyncHrFlow(**CREDENTIALS, base_url=sandbox_url) as client:
        results = [r async for r in astream_upsert(client, "job", board_key=BOARD, items=items)]
        loose = await abulk_upsert(
            client, "job", board_key=BOARD, items=[{"name": "no ref"}], require_reference=False
        )

    by_index = {result.index: result for result in results}
    assert by_index[0].failed and "item 0 has no reference" in (by_index[0].error or "")
    assert by_index[1].outcome == "created"
    assert by_index[2].failed and "expected a dict or a model, got str" in (by_index[2].error or "")
    assert loose.counts == {"created": 1}


async def test_dry_run_reads_only_and_says_what_would_change(
    sandbox_url: str, sandbox_control: SandboxControl, tmp_path: Path
) -> None:
    journal = tmp_path / "j.jsonl"
    async with AsyncHrFlow(**CREDENTIALS, base_url=sandbox_url) as client:
        await abulk_upsert(client, "job", board_key=BOARD, items=jobs(2))
        items = [*jobs(1), *jobs(1, start=1, suffix="?"), *jobs(1, start=2)]
        plan = await abulk_upsert(
            client, "job", board_key=BOARD, items=items, journal=journal, dry_run=True
        )

    assert plan.counts == {"unchanged": 1, "would_update": 1, "would_create": 1}
    assert not journal.exists()
    assert sandbox_control.requests("indexJob") == 2 and sandbox_control.requests("editJob") == 0


async def test_input_is_pulled_lazily_within_a_bounded_window(sandbox_url: str) -> None:
    pulled = 0

    async def source() -> AsyncIterator[dict[str, Any]]:
        nonlocal pulled
        for job in jobs(200):
            pulled += 1
            yield job

    most_ahead = 0
    done = 0
    async with AsyncHrFlow(**CREDENTIALS, base_url=sandbox_url) as client:
        async for _ in astream_upsert(
            client, "job", board_key=BOARD, items=source(), concurrency=4
        ):
            done += 1
            most_ahead = max(most_ahead, pulled - done)

    assert done == 200
    assert most_ahead <= 2 * 4


def test_the_sync_client_upserts_profiles_and_reads_jsonl(
    sandbox_url: str, sandbox_control: SandboxControl, tmp_path: Path
) -> None:
    path = tmp_path / "profiles.jsonl"
    lines = [
        json.dumps({"reference": f"p{i}", "info": {"full_name": f"Person {i}"}}) for i in range(5)
    ]
    path.write_text("\n".join(lines) + "\n\n")
    with HrFlow(**CREDENTIALS, base_url=sandbox_url) as client:
        summary = bulk_upsert(client, "profile", source_key=SOURCE, items=read_jsonl(path))
        again = bulk_upsert(client, "profile", source_key=SOURCE, items=read_jsonl(path))

    assert summary.counts == {"created": 5}
    assert again.counts == {"unchanged": 5}
    assert len(sandbox_control.profiles(SOURCE)) == 5


RUNNER = """
import sys
from hrflow_client import HrFlow
from hrflow_client.bulk import bulk_upsert, read_jsonl
with HrFlow(api_key="k", user_email="me@example.com", base_url=sys.argv[1]) as client:
    summary = bulk_upsert(client, "job", board_key=sys.argv[2], items=read_jsonl(sys.argv[3]),
                          journal=sys.argv[4], concurrency=8)
print(summary.counts, summary.failed, flush=True)
sys.exit(1 if summary.failed else 0)
"""


def test_kill_9_at_any_moment_then_resume_indexes_every_item_exactly_once(
    sandbox_server: SandboxServer,
    sandbox_url: str,
    sandbox_control: SandboxControl,
    tmp_path: Path,
) -> None:
    total = 300
    source = tmp_path / "jobs.jsonl"
    source.write_text("".join(json.dumps(job) + "\n" for job in jobs(total)))
    journal = tmp_path / "journal.jsonl"
    # Slow answers keep creates in flight, so the kills land between send and answer.
    sandbox_control.random_faults(1.0, ["delay=0.02"], seed=3)
    command = [sys.executable, "-c", RUNNER, sandbox_url, BOARD, str(source), str(journal)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    for lines_before_kill in (40, 150):
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if journal.exists() and journal.read_bytes().count(b"\n") >= lines_before_kill:
                break
            time.sleep(0.005)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        sandbox_server.state.wait_idle()
    in_doubt = sum('"sending"' in line for line in journal.read_text().splitlines())
    sandbox_control.clear_faults()
    finished = subprocess.run(command, env=env, capture_output=True, timeout=60)

    assert finished.returncode == 0, finished.stderr.decode()[-2000:]
    assert in_doubt > 0
    assert stored(sandbox_control) == Counter({f"ref-{i}": 1 for i in range(total)})
    assert sandbox_control.requests("indexJob") == total


async def test_two_runs_cannot_share_a_journal(sandbox_url: str, tmp_path: Path) -> None:
    journal = tmp_path / "j.jsonl"

    async def slow() -> AsyncIterator[dict[str, Any]]:
        yield {"name": "a", "reference": "a"}
        await asyncio.sleep(0.5)

    async with AsyncHrFlow(**CREDENTIALS, base_url=sandbox_url) as client:
        first = asyncio.create_task(
            abulk_upsert(client, "job", board_key=BOARD, items=slow(), journal=journal)
        )
        await asyncio.sleep(0.1)
        with pytest.raises(HrFlowError, match=r"journal .*j\.jsonl is in use by another run"):
            await abulk_upsert(client, "job", board_key=BOARD, items=jobs(1), journal=journal)
        assert (await first).counts == {"created": 1}


async def test_rate_caps_requests_per_second_after_a_one_second_burst(
    sandbox_url: str, sandbox_control: SandboxControl
) -> None:
    async with AsyncHrFlow(**CREDENTIALS, base_url=sandbox_url) as client:
        started = time.monotonic()
        summary = await abulk_upsert(client, "job", board_key=BOARD, items=jobs(10), rate=5)
        elapsed = time.monotonic() - started

    assert summary.counts == {"created": 10}
    assert elapsed >= 0.9  # 5 at once, then 5 more at 5 per second


def test_the_clients_resources_carry_bulk_upsert_sync(
    sandbox_url: str, sandbox_control: SandboxControl, tmp_path: Path
) -> None:
    with HrFlow(**CREDENTIALS, base_url=sandbox_url) as client:
        first = client.job.bulk_upsert(board_key=BOARD, jobs=jobs(3), journal=tmp_path / "j")
        again = client.job.bulk_upsert(board_key=BOARD, jobs=jobs(3), journal=tmp_path / "j")
        profiles = client.profile.bulk_upsert(
            source_key=SOURCE, profiles=[{"reference": "p", "info": {}}]
        )

    assert first.counts == {"created": 3}
    assert again.counts == {"skipped": 3}
    assert profiles.counts == {"created": 1}
    assert stored(sandbox_control) == Counter({f"ref-{i}": 1 for i in range(3)})


async def test_the_async_clients_resources_carry_bulk_upsert(
    sandbox_url: str, sandbox_control: SandboxControl
) -> None:
    async with AsyncHrFlow(**CREDENTIALS, base_url=sandbox_url) as client:
        summary = await client.job.bulk_upsert(board_key=BOARD, jobs=jobs(2), concurrency=2)
        profiles = await client.profile.bulk_upsert(
            source_key=SOURCE, profiles=[{"reference": "p", "info": {}}]
        )
    with (
        HrFlow(**CREDENTIALS, base_url=sandbox_url) as sync_client,
        pytest.raises(HrFlowError, match="in async code use abulk_upsert"),
    ):
        sync_client.job.bulk_upsert(board_key=BOARD, jobs=jobs(1))

    assert summary.counts == {"created": 2}
    assert profiles.counts == {"created": 1}
    assert stored(sandbox_control) == Counter({"ref-0": 1, "ref-1": 1})
    assert len(sandbox_control.profiles(SOURCE)) == 1


async def test_a_run_by_resource_name_takes_the_namespace_argument_the_spec_gives_it(
    sandbox_url: str,
) -> None:
    async with AsyncHrFlow(**CREDENTIALS, base_url=sandbox_url) as client:
        with pytest.raises(HrFlowError, match="board_key= is required for a bulk run of jobs"):
            await abulk_upsert(client, "job", source_key=SOURCE, items=jobs(1))
        with pytest.raises(HrFlowError, match=r"no bulk upsert for 'board'.*'job', 'profile'"):
            await abulk_upsert(client, "board", board_key=BOARD, items=jobs(1))
