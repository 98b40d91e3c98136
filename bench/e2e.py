"""End to end against the sandbox (`python -m hrflow_sandbox`, in its own process): job.create and job.get.

The sandbox validates, stores and re-reads every object, so its own time dominates;
the ratios show what each client adds on top of a realistic server, not the floor.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
from hrflow import Hrflow  # type: ignore[import-untyped]

from bench import cpu
from bench.payloads import API_KEY, ROOT, USER_EMAIL, job_create_body
from bench.report import Section
from bench.stats import call_batches, interleave, ratio, time_calls
from hrflow_client import HrFlow

OURS = "hrflow_client HrFlow"
RAW = "raw httpx.Client + json.loads"
SDK = "official SDK hrflow 4.3.0"
BOARD = "bench-board"
AUTH = {"X-API-KEY": API_KEY, "X-USER-EMAIL": USER_EMAIL}


@contextlib.contextmanager
def sandbox_process(server_cpu: int | None) -> Iterator[str]:
    """`python -m hrflow_sandbox --port 0` in a child process; yields its base URL."""
    argv = [sys.executable, "-m", "hrflow_sandbox", "--port", "0", "--log-level", "warning"]
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        if server_cpu is not None:
            os.sched_setaffinity(proc.pid, {server_cpu})
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        if not url.startswith("http"):
            raise RuntimeError(f"the sandbox did not start (exit {proc.poll()})")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _measure(url: str, calls: int, rounds: int) -> list[Section]:
    body = job_create_body()
    references = (f"bench-{n}" for n in itertools.count())
    with (
        HrFlow(api_key=API_KEY, user_email=USER_EMAIL, base_url=url) as ours,
        httpx.Client(base_url=url, headers=AUTH) as raw,
    ):
        sdk = Hrflow(api_url=url + "/", api_secret=API_KEY, api_user=USER_EMAIL)
        key = ours.job.create(board_key=BOARD, job={**body, "reference": next(references)}).key
        assert isinstance(key, str)
        params = {"board_key": BOARD, "key": key}
        operations: dict[str, dict[str, Callable[[], object]]] = {
            "job.create": {
                OURS: lambda: ours.job.create(
                    board_key=BOARD, job={**body, "reference": next(references)}
                ),
                RAW: lambda: json.loads(
                    raw.post(
                        "/job/indexing",
                        json={**body, "board_key": BOARD, "reference": next(references)},
                    ).content
                ),
                SDK: lambda: sdk.job.storing.add_json(
                    BOARD, {**body, "reference": next(references)}
                ),
            },
            "job.get": {
                OURS: lambda: ours.job.get(board_key=BOARD, key=key),
                RAW: lambda: json.loads(raw.get("/job/indexing", params=params).content),
                SDK: lambda: sdk.job.storing.get(board_key=BOARD, key=key),
            },
        }
        sections = []
        for operation, contenders in operations.items():
            for name in (RAW, SDK):
                answer = contenders[name]()
                assert isinstance(answer, dict) and answer["code"] in (200, 201), (name, answer)
            for call in contenders.values():
                time_calls(call, max(3, calls // 10))
            results = interleave(
                call_batches(contenders, calls),
                rounds,
            )
            section = Section(
                name="e2e",
                title=f"6. End to end against the sandbox: sequential {operation}",
                unit="us",
                per="call",
                series=[results[name] for name in (OURS, RAW, SDK)],
                baseline=RAW,
            )
            section.setup = [
                f"{rounds} rounds x {calls} calls per contender over HTTP; the sandbox runs in"
                " its own process (uvicorn + starlette, validating and storing every job)."
                " No targets: for reference only.",
                f"hrflow_client / raw httpx: **{ratio(results[OURS], results[RAW]):.2f}x**;"
                f" official SDK / hrflow_client: **{ratio(results[SDK], results[OURS]):.2f}x**.",
            ]
            sections.append(section)
        return sections


def run(*, quick: bool, workdir: Path) -> list[Section]:
    calls, rounds = (10, 1) if quick else (100, 10)
    split = cpu.can_split()
    try:
        import hrflow_sandbox  # noqa: F401
    except ImportError as exc:
        return [
            Section(
                name="e2e",
                title="6. End to end against the sandbox",
                unit="us",
                per="call",
                skipped=f"hrflow_sandbox unavailable: {exc}",
            )
        ]
    with (
        sandbox_process(cpu.SERVER_CPU if split else None) as url,
        cpu.pinned(cpu.CLIENT_CPU) if split else contextlib.nullcontext(False),
    ):
        return _measure(url, calls, rounds)
