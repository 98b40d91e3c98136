"""Probe: creates carrying a reference, under random faults, are stored exactly once and never reported failed when stored.

Each create is one plain `client.job.create(...)` call (no retry loop around it)
against a local sandbox drawing a random fault for 30 % (`--rate`) of the API requests: lost
answers after the write, truncated answers, 5xx, HTML 502, 429, and delays longer
than the client's timeout (the write lands after the client gave up). Then the
sandbox's state is compared with what each call returned or raised:

- duplicates: references stored more than once, and jobs stored more than once
  with the same content (name and summary are unique per create);
- false failures: calls that raised although their job is stored;
- wrong results: calls that returned a job other than the one stored for their reference;
- failures: calls that raised and whose job is not stored (allowed: nothing was written).

    .venv/bin/python tests/probe_reconcile.py [--creates 400] [--seed 13] [--rate 0.3]
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
from attrs import define, field

from hrflow_client import AsyncHrFlow, HrFlow, HrFlowError

FAULTS = [
    "drop",
    "drop-after-write",
    "truncate",
    "500",
    "503",
    "body-code=503",
    "html",
    "429;retry-after=0",
    "delay=0.05",
    "delay=0.6",
]
TIMEOUT = 0.4
"""The client's timeout: shorter than the longest delay, so some writes land after it gave up."""
API_KEY, USER_EMAIL = "probe-key", "probe@example.com"
STACKS = ("sync", "async-httpx", "async-aiohttp")


@define
class Figures:
    """What one run of the probe counted."""

    stack: str
    creates: int
    succeeded: int = 0
    failures: int = 0
    false_failures: int = 0
    wrong_results: int = 0
    duplicate_references: int = 0
    duplicate_contents: int = 0
    lost: int = 0
    errors: Counter[str] = field(factory=Counter)

    def line(self) -> str:
        return (
            f"{self.stack:14} creates {self.creates:4}  succeeded {self.succeeded:4}  "
            f"failed {self.failures:3} (nothing stored)  false failures {self.false_failures}  "
            f"duplicates {self.duplicate_references} by reference, "
            f"{self.duplicate_contents} by content  wrong results {self.wrong_results}  "
            f"lost {self.lost}"
        )


def _job(board: str, number: int) -> dict[str, Any]:
    return {"name": f"Job {number}", "summary": f"{board} #{number}", "reference": f"ref-{number}"}


class _Control:
    def __init__(self, base_url: str) -> None:
        self.root = base_url.removesuffix("/v1") + "/__sandbox"
        self.http = httpx.Client(timeout=10, headers={"Content-Type": "application/json"})

    def call(self, method: str, path: str, body: Any = None) -> Any:
        response = self.http.request(method, self.root + path, json=body)
        response.raise_for_status()
        return response.json()

    def settle(self) -> dict[str, Any]:
        """Stop faults, wait for delayed writes still running, and return the state."""
        self.call("DELETE", "/faults")
        deadline = time.monotonic() + 30
        while True:
            state: dict[str, Any] = self.call("GET", "/state")
            if state["in_flight"] == 0 or time.monotonic() > deadline:
                return state
            time.sleep(0.05)


def _count(
    figures: Figures, board: str, outcomes: dict[int, Any], state: dict[str, Any]
) -> Figures:
    stored = state["jobs"].get(board, [])
    by_reference = Counter(job["reference"] for job in stored)
    by_content = Counter((job["name"], job.get("summary")) for job in stored)
    figures.duplicate_references = sum(n - 1 for n in by_reference.values() if n > 1)
    figures.duplicate_contents = sum(n - 1 for n in by_content.values() if n > 1)
    keys = {job["reference"]: job["key"] for job in stored}
    for number, outcome in outcomes.items():
        key = keys.get(_job(board, number)["reference"])
        if isinstance(outcome, HrFlowError):
            figures.errors[type(outcome).__name__] += 1
            if key is None:
                figures.failures += 1
            else:
                figures.false_failures += 1
        elif key is None:
            figures.lost += 1
        else:
            figures.succeeded += 1
            figures.wrong_results += outcome != key
    return figures


def _faults(control: _Control, seed: int, rate: float) -> None:
    control.call("POST", "/faults", {"random": {"rate": rate, "faults": FAULTS, "seed": seed}})


def run_sync(
    base_url: str, board: str, creates: int, seed: int, rate: float, threads: int = 16
) -> Figures:
    """`creates` creates through `HrFlow`, from `threads` threads."""
    control = _Control(base_url)
    _faults(control, seed, rate)
    outcomes: dict[int, Any] = {}
    with HrFlow(
        api_key=API_KEY, user_email=USER_EMAIL, base_url=base_url, timeout=TIMEOUT
    ) as client:

        def one(number: int) -> None:
            try:
                outcomes[number] = client.job.create(board_key=board, job=_job(board, number)).key
            except HrFlowError as error:
                outcomes[number] = error

        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(one, range(creates)))
    return _count(Figures("sync", creates), board, outcomes, control.settle())


async def run_async(
    base_url: str,
    board: str,
    creates: int,
    seed: int,
    rate: float,
    backend: str,
    in_flight: int = 32,
) -> Figures:
    """`creates` creates through `AsyncHrFlow` on `backend`, `in_flight` at a time."""
    control = _Control(base_url)
    _faults(control, seed, rate)
    outcomes: dict[int, Any] = {}
    gate = asyncio.Semaphore(in_flight)
    async with AsyncHrFlow(
        api_key=API_KEY,
        user_email=USER_EMAIL,
        base_url=base_url,
        timeout=TIMEOUT,
        http_backend="aiohttp" if backend == "aiohttp" else "httpx",
    ) as client:

        async def one(number: int) -> None:
            async with gate:
                try:
                    job = await client.job.create(board_key=board, job=_job(board, number))
                    outcomes[number] = job.key
                except HrFlowError as error:
                    outcomes[number] = error

        await asyncio.gather(*(one(number) for number in range(creates)))
    return _count(Figures(f"async-{backend}", creates), board, outcomes, control.settle())


def probe(
    base_url: str, creates: int, seed: int, rate: float = 0.3, stacks: Sequence[str] = STACKS
) -> list[Figures]:
    """Run the probe on each stack, each in a board of its own; `rate` of the requests meet a fault."""
    results = []
    for index, stack in enumerate(stacks):
        board = f"probe-{stack}-{seed}"
        if stack == "sync":
            results.append(run_sync(base_url, board, creates, seed + index, rate))
        else:
            backend = stack.removeprefix("async-")
            run = run_async(base_url, board, creates, seed + index, rate, backend)
            results.append(asyncio.run(run))
    return results


def main(argv: Sequence[str] | None = None) -> int:
    from hrflow_sandbox import SandboxConfig, SandboxServer

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--creates", type=int, default=400, help="creates per stack")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--rate", type=float, default=0.3, help="share of requests hit by a fault")
    options = parser.parse_args(argv)
    with SandboxServer(SandboxConfig()) as server:
        results = probe(server.url, options.creates, options.seed, options.rate)
    for figures in results:
        print(figures.line())
        print(f"{'':14} errors raised: {dict(figures.errors) or 'none'}")
    bad = sum(f.false_failures + f.duplicate_references + f.duplicate_contents for f in results)
    bad += sum(f.wrong_results + f.lost for f in results)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
