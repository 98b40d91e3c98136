"""Running the sandbox: the `sandbox()` runner, the CLI, SQLite persistence, concurrency."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import SandboxControl

from hrflow_sandbox import sandbox

JOBS = "/job/indexing"
PROFILES = "/profile/indexing"
URL = re.compile(r"http://127\.0\.0\.1:(\d+)/v1")


def test_the_runner_serves_on_a_free_port_and_stops_in_bounded_time(
    sandbox_headers: dict[str, str],
) -> None:
    with sandbox() as url:
        match = URL.fullmatch(url)
        assert match and int(match.group(1)) > 0
        keep_alive = httpx.Client(headers=sandbox_headers)
        assert keep_alive.get(url + JOBS, params={"board_key": "b", "key": "k"}).status_code == 404
        started = time.monotonic()
    assert time.monotonic() - started < 5
    with pytest.raises(httpx.TransportError):
        httpx.get(url + JOBS, timeout=2)
    keep_alive.close()


@pytest.mark.timeout(30)
def test_objects_survive_a_restart_with_a_sqlite_file(
    tmp_path: Path, sandbox_headers: dict[str, str]
) -> None:
    db = tmp_path / "sandbox.db"
    with sandbox(db_path=db) as url:
        created = httpx.post(
            url + JOBS,
            json={"board_key": "b", "name": "kept", "reference": "r1"},
            headers=sandbox_headers,
        ).json()["data"]
        httpx.post(url + PROFILES, json={"source_key": "s"}, headers=sandbox_headers)
    with sandbox(db_path=str(db)) as url:
        read = httpx.get(
            url + JOBS, params={"board_key": "b", "reference": "r1"}, headers=sandbox_headers
        )
        assert read.json()["data"] == created
        duplicate = httpx.post(
            url + JOBS,
            json={"board_key": "b", "name": "x", "reference": "r1"},
            headers=sandbox_headers,
        )
        assert duplicate.json() == {"code": 400, "message": "Reference already exists"}
        second = httpx.post(
            url + JOBS, json={"board_key": "b", "name": "x"}, headers=sandbox_headers
        )
        assert second.json()["data"]["id"] == created["id"] + 1


@pytest.mark.timeout(60)
def test_the_cli_prints_its_url_first_and_serves(tmp_path: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "hrflow_sandbox",
        "--port",
        "0",
        "--strict-rest",
        "--api-key",
        "key-one",
        "--api-key",
        "key-two",
        "--db",
        str(tmp_path / "cli.db"),
        "--log-level",
        "warning",
    ]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    ) as process:
        try:
            assert process.stdout is not None
            first_line = process.stdout.readline().strip()
            assert URL.fullmatch(first_line), first_line
            email = {"X-USER-EMAIL": "cli@example.com"}
            for key in ("key-one", "key-two"):
                created = httpx.post(
                    first_line + JOBS,
                    json={"board_key": "b", "name": "n"},
                    headers={**email, "X-API-KEY": key},
                    timeout=10,
                )
                assert (created.status_code, created.json()["code"]) == (201, 201)
            rejected = httpx.post(
                first_line + JOBS, json={}, headers={**email, "X-API-KEY": "other"}, timeout=10
            )
            assert rejected.status_code == 401
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
    assert (tmp_path / "cli.db").exists()


# ---------------------------------------------------------------- concurrency ----


async def post_all(url: str, headers: dict[str, str], bodies: list[dict[str, Any]]) -> list[Any]:
    limits = httpx.Limits(max_connections=50)
    async with httpx.AsyncClient(headers=headers, limits=limits, timeout=30) as client:
        responses = await asyncio.gather(*(client.post(url + JOBS, json=b) for b in bodies))
    return [r.json() for r in responses]


@pytest.mark.timeout(60)
async def test_200_concurrent_creates_store_exactly_200_jobs(
    sandbox_url: str, sandbox_headers: dict[str, str], sandbox_control: SandboxControl
) -> None:
    bodies = [{"board_key": "load", "name": f"job {i}", "reference": f"r{i}"} for i in range(200)]
    answers = await post_all(sandbox_url, sandbox_headers, bodies)
    assert {a["code"] for a in answers} == {201}
    jobs = sandbox_control.jobs("load")
    assert len(jobs) == 200
    assert sorted(j["id"] for j in jobs) == list(range(1, 201))
    assert len({j["key"] for j in jobs}) == 200
    assert {j["reference"] for j in jobs} == {f"r{i}" for i in range(200)}
    assert sandbox_control.requests("indexJob") == 200


@pytest.mark.timeout(60)
async def test_concurrent_creates_of_one_reference_store_exactly_one(
    sandbox_url: str, sandbox_headers: dict[str, str], sandbox_control: SandboxControl
) -> None:
    bodies = [{"board_key": "race", "name": f"job {i}", "reference": "same"} for i in range(50)]
    answers = await post_all(sandbox_url, sandbox_headers, bodies)
    assert sorted(a["code"] for a in answers) == [201] + [400] * 49
    assert len(sandbox_control.jobs("race")) == 1


@pytest.mark.timeout(60)
async def test_200_concurrent_edits_leave_each_object_with_one_of_its_edits(
    sandbox_url: str, sandbox_headers: dict[str, str], sandbox_control: SandboxControl
) -> None:
    created = await post_all(
        sandbox_url, sandbox_headers, [{"board_key": "edit", "name": f"v0 {i}"} for i in range(20)]
    )
    keys = [c["data"]["key"] for c in created]
    edits = [
        {"board_key": "edit", "key": keys[i % 20], "name": f"v{1 + i // 20} {i % 20}"}
        for i in range(200)
    ]
    async with httpx.AsyncClient(headers=sandbox_headers, timeout=30) as client:
        responses = await asyncio.gather(*(client.put(sandbox_url + JOBS, json=e) for e in edits))
    assert {r.json()["code"] for r in responses} == {201}
    jobs = {j["key"]: j for j in sandbox_control.jobs("edit")}
    assert len(jobs) == 20
    for index, key in enumerate(keys):
        version, number = jobs[key]["name"].split()
        assert number == str(index) and 1 <= int(version[1:]) <= 10
