"""The sandbox as a server people run on their laptops: isolated per key, a control API
no web page can drive, real-server limits, a database that survives signals and kill -9."""

from __future__ import annotations

import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from conftest import JSON, SandboxFactory

from hrflow_sandbox import SandboxConfig, sandbox
from hrflow_sandbox.faults import FaultSpecError, RandomFaults, parse_fault
from hrflow_sandbox.store import Store, StoreError

pytestmark = pytest.mark.timeout(60)

JOBS = "/job/indexing"
PROFILES = "/profile/indexing"
ALICE = {"X-API-KEY": "alice-key-0001", "X-USER-EMAIL": "alice@example.com"}
BOB = {"X-API-KEY": "bob-key-0002", "X-USER-EMAIL": "bob@example.com"}
ROOT = Path(__file__).resolve().parent.parent


def control_root(base_url: str) -> str:
    return base_url.removesuffix("/v1") + "/__sandbox"


def create_job(url: str, headers: dict[str, str], **fields: Any) -> dict[str, Any]:
    answer = httpx.post(url + JOBS, json=fields, headers=headers, timeout=10).json()
    assert answer["code"] == 201, answer
    data: dict[str, Any] = answer["data"]
    return data


def stored_state(url: str) -> dict[str, Any]:
    response = httpx.get(control_root(url) + "/state", headers=JSON, timeout=10)
    response.raise_for_status()
    state: dict[str, Any] = response.json()
    return state


# ---------------------------------------------------------------- isolation ----


def test_a_key_cannot_read_or_overwrite_another_keys_job(sandbox_url: str) -> None:
    job = create_job(sandbox_url, ALICE, board_key="shared", name="Alice's", reference="r1")
    for params in ({"key": job["key"]}, {"reference": "r1"}):
        read = httpx.get(sandbox_url + JOBS, params={"board_key": "shared", **params}, headers=BOB)
        assert read.json() == {"code": 404, "message": "Job not found"}
    overwrite = httpx.put(
        sandbox_url + JOBS,
        json={"board_key": "shared", "key": job["key"], "name": "Bob's"},
        headers=BOB,
    )
    assert overwrite.json() == {"code": 404, "message": "Job not found"}
    own = httpx.get(
        sandbox_url + JOBS, params={"board_key": "shared", "key": job["key"]}, headers=ALICE
    )
    assert own.json()["data"] == job


def test_each_key_has_its_own_boards_references_and_sources(sandbox_url: str) -> None:
    alice = create_job(sandbox_url, ALICE, board_key="b", name="A", reference="same")
    bob = create_job(sandbox_url, BOB, board_key="b", name="B", reference="same")
    assert alice["key"] != bob["key"]
    for headers, name in ((ALICE, "A"), (BOB, "B")):
        read = httpx.get(
            sandbox_url + JOBS, params={"board_key": "b", "reference": "same"}, headers=headers
        )
        assert read.json()["data"]["name"] == name
    profile = httpx.post(
        sandbox_url + PROFILES, json={"source_key": "s", "reference": "p"}, headers=ALICE
    ).json()["data"]
    edit = httpx.put(
        sandbox_url + PROFILES, json={"source_key": "s", "key": profile["key"]}, headers=BOB
    )
    assert edit.json() == {"code": 404, "message": "Profile not found"}


def test_the_state_shows_every_key_or_only_the_one_sent(sandbox_url: str) -> None:
    create_job(sandbox_url, ALICE, board_key="b", name="A")
    create_job(sandbox_url, BOB, board_key="b", name="B")
    everything = stored_state(sandbox_url)["jobs"]["b"]
    assert sorted(job["name"] for job in everything) == ["A", "B"]
    alice_only = httpx.get(
        control_root(sandbox_url) + "/state", headers={**JSON, "X-API-KEY": ALICE["X-API-KEY"]}
    ).json()["jobs"]["b"]
    assert [job["name"] for job in alice_only] == ["A"]


def test_isolation_survives_a_restart_and_the_file_holds_no_key(tmp_path: Path) -> None:
    db = tmp_path / "isolated.sqlite"
    with sandbox(db_path=db) as url:
        job = create_job(url, ALICE, board_key="b", name="A", reference="r")
    with sandbox(db_path=db) as url:
        for headers, code in ((ALICE, 200), (BOB, 404)):
            read = httpx.get(
                url + JOBS, params={"board_key": "b", "key": job["key"]}, headers=headers
            )
            assert read.json()["code"] == code
    content = db.read_bytes()
    assert ALICE["X-API-KEY"].encode() not in content


# ------------------------------------------------------------- control guard ----


@pytest.fixture
def guarded(sandbox_url: str) -> Iterator[str]:
    """The sandbox's control root, with one job stored that a reset would remove."""
    create_job(sandbox_url, ALICE, board_key="keep", name="kept")
    yield control_root(sandbox_url)
    assert [job["name"] for job in stored_state(sandbox_url)["jobs"]["keep"]] == ["kept"]
    assert stored_state(sandbox_url)["faults"]["queued"] == []


@pytest.mark.parametrize(
    "host",
    [
        "evil.example",
        "evil.example:80",
        "192.168.1.20",
        "[2001:db8::1]:8765",
        "localhost.evil.example",
    ],
)
def test_the_control_api_refuses_a_host_that_is_not_loopback(guarded: str, host: str) -> None:
    for method, path in (("POST", "/reset"), ("GET", "/state"), ("POST", "/faults")):
        response = httpx.request(
            method, guarded + path, json={"faults": ["503"]}, headers={"Host": host}
        )
        assert response.status_code == 403
        assert response.json()["message"].startswith(f"Host {host!r} is not allowed")


@pytest.mark.parametrize(
    "host", ["localhost", "LOCALHOST:1", "127.0.0.1", "127.9.9.9:5", "[::1]:80"]
)
def test_the_control_api_answers_loopback_hosts(sandbox_url: str, host: str) -> None:
    response = httpx.get(control_root(sandbox_url) + "/faults", headers={**JSON, "Host": host})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Content-Type": "text/plain"},
        {"Content-Type": "application/x-www-form-urlencoded"},
        {"Content-Type": "multipart/form-data; boundary=x"},
    ],
)
def test_the_control_api_needs_a_json_content_type(guarded: str, headers: dict[str, str]) -> None:
    for method, path in (("POST", "/reset"), ("GET", "/state"), ("DELETE", "/faults")):
        response = httpx.request(method, guarded + path, headers=headers)
        assert response.status_code == 415, (method, path)
        assert response.json() == {
            "code": 415,
            "message": "The control API needs 'Content-Type: application/json'",
        }
    faults = httpx.post(guarded + "/faults", content=b'{"faults": ["503"]}', headers=headers)
    assert faults.status_code == 415


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "null"},
        {"Origin": "http://localhost:1"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
    ],
)
def test_the_control_api_refuses_cross_origin_requests(
    guarded: str, headers: dict[str, str]
) -> None:
    for method, path in (("POST", "/reset"), ("GET", "/state"), ("POST", "/faults")):
        response = httpx.request(method, guarded + path, json={"faults": ["503"]}, headers=headers)
        assert response.status_code == 403, (method, path)
        assert "refused" in response.json()["message"]


def test_a_cors_preflight_is_refused_without_any_allow_header(guarded: str) -> None:
    response = httpx.options(
        guarded + "/reset",
        headers={
            "Origin": "http://evil.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert response.status_code == 403
    assert not [name for name in response.headers if name.lower().startswith("access-control")]


def test_a_same_origin_page_may_use_the_control_api(sandbox_url: str) -> None:
    origin = control_root(sandbox_url).removesuffix("/__sandbox")
    response = httpx.get(
        control_root(sandbox_url) + "/state",
        headers={**JSON, "Origin": origin, "Sec-Fetch-Site": "same-origin"},
    )
    assert response.status_code == 200


def test_allowed_hosts_and_the_token_are_configurable(sandbox_factory: SandboxFactory) -> None:
    url = sandbox_factory(allowed_hosts={"Sandbox.Test"}, control_token="s3cret-token")
    root = control_root(url)
    without = httpx.get(root + "/state", headers={**JSON, "Host": "sandbox.test"})
    assert without.status_code == 403
    assert without.json()["message"] == (
        "The control API needs the X-Sandbox-Token this sandbox was given"
    )
    for token in ("wrong", ""):
        refused = httpx.get(root + "/state", headers={**JSON, "X-Sandbox-Token": token})
        assert refused.status_code == 403
        assert "s3cret" not in refused.text
    answered = httpx.get(
        root + "/state", headers={"Host": "sandbox.test:80", "X-Sandbox-Token": "s3cret-token"}
    )
    assert answered.status_code == 200
    elsewhere = httpx.get(
        root + "/state", headers={"Host": "other.test", "X-Sandbox-Token": "s3cret-token"}
    )
    assert elsewhere.status_code == 403


def test_the_api_itself_is_not_subject_to_the_control_rules(sandbox_url: str) -> None:
    created = httpx.post(
        sandbox_url + JOBS,
        content=b'{"board_key": "b", "name": "n"}',
        headers={**ALICE, "Content-Type": "text/plain", "Host": "api.hrflow.test"},
    )
    assert created.json()["code"] == 201


# -------------------------------------------------------------------- limits ----


def raw_exchange(url: str, payload: bytes, *, timeout: float = 10.0) -> bytes:
    """Send raw bytes to the sandbox, then read until it closes the connection."""
    parts = urlsplit(url)
    assert parts.hostname is not None and parts.port is not None
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as sock:
        sock.sendall(payload)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def head(url: str, path: str, extra: str) -> bytes:
    host = urlsplit(url).netloc
    return (
        f"POST {path} HTTP/1.1\r\nHost: {host}\r\nX-API-KEY: k\r\nX-USER-EMAIL: e@example.com\r\n"
        f"Content-Type: application/json\r\n{extra}\r\n"
    ).encode()


def test_a_body_over_the_limit_gets_413_and_nothing_is_stored(
    sandbox_factory: SandboxFactory,
) -> None:
    url = sandbox_factory(max_body_bytes=1000)
    at_limit = b'{"board_key": "b", "name": "' + b"x" * 970 + b'"}'
    assert len(at_limit) == 1000
    accepted = httpx.post(url + JOBS, content=at_limit, headers={**ALICE, **JSON})
    assert accepted.json()["code"] == 201
    over = httpx.post(url + JOBS, content=at_limit + b" ", headers={**ALICE, **JSON})
    assert over.status_code == 413
    assert over.json() == {"code": 413, "message": "Request body larger than 1000 bytes"}
    assert over.headers["connection"] == "close"
    assert len(stored_state(url)["jobs"]["b"]) == 1


def test_an_announced_body_over_the_limit_is_refused_before_it_is_sent(
    sandbox_url: str,
) -> None:
    """The default limit (20 MiB) holds without a byte of the body being read."""
    answer = raw_exchange(
        sandbox_url, head(sandbox_url, "/v1" + JOBS, f"Content-Length: {20 * 1024 * 1024 + 1}\r\n")
    )
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert answer.endswith(b'{"code":413,"message":"Request body larger than 20971520 bytes"}')


def test_a_chunked_body_is_cut_off_when_it_passes_the_limit(
    sandbox_factory: SandboxFactory,
) -> None:
    url = sandbox_factory(max_body_bytes=1000)
    chunk = b"400\r\n" + b" " * 1024 + b"\r\n"
    for path in ("/v1" + JOBS, "/__sandbox/faults"):
        answer = raw_exchange(url, head(url, path, "Transfer-Encoding: chunked\r\n") + chunk * 3)
        assert answer.startswith(b"HTTP/1.1 413 "), answer[:100]


def connection_closed_after(url: str, payload: bytes, *, within: float) -> float:
    """Seconds until the sandbox closes a connection that sent `payload` and went quiet."""
    parts = urlsplit(url)
    assert parts.hostname is not None and parts.port is not None
    started = time.monotonic()
    with socket.create_connection((parts.hostname, parts.port), timeout=within) as sock:
        sock.sendall(payload)
        while sock.recv(65536):
            pass
    return time.monotonic() - started


@pytest.mark.parametrize(
    "payload",
    [b"", b"POST /v1/job/indexing HTTP/1.1\r\nHost: x\r\n", b"G"],
    ids=["silent", "unfinished-headers", "one-byte"],
)
def test_a_connection_that_does_not_finish_its_headers_is_dropped(
    sandbox_factory: SandboxFactory, payload: bytes
) -> None:
    url = sandbox_factory(header_timeout=0.5)
    elapsed = connection_closed_after(url, payload, within=10)
    assert 0.4 < elapsed < 5


def test_the_header_deadline_restarts_after_each_answer(sandbox_factory: SandboxFactory) -> None:
    url = sandbox_factory(header_timeout=0.5)
    parts = urlsplit(url)
    assert parts.hostname is not None and parts.port is not None
    request = (
        f"GET /v1/job/indexing?board_key=b&key=k HTTP/1.1\r\nHost: {parts.netloc}\r\n"
        "X-API-KEY: k\r\nX-USER-EMAIL: e@example.com\r\n\r\n"
    ).encode()
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        for _ in range(3):  # each request well within its own deadline, 1.2 s in all
            time.sleep(0.3)
            sock.sendall(request[:20])
            time.sleep(0.1)
            sock.sendall(request[20:])
            assert b"404" in sock.recv(65536).split(b"\r\n", 1)[0]
        started = time.monotonic()
        sock.sendall(request[:20])
        while sock.recv(65536):
            pass
        assert time.monotonic() - started < 5


def test_a_request_running_longer_than_the_header_deadline_is_answered(
    sandbox_factory: SandboxFactory,
) -> None:
    url = sandbox_factory(header_timeout=0.3)
    answer = httpx.post(
        url + JOBS,
        json={"board_key": "b", "name": "slow"},
        headers={**ALICE, "X-Sandbox-Fault": "delay=0.8"},
        timeout=10,
    )
    assert answer.json()["code"] == 201


def test_injected_delays_are_capped(sandbox_url: str, sandbox_factory: SandboxFactory) -> None:
    refused = httpx.post(
        sandbox_url + JOBS,
        json={"board_key": "b"},
        headers={**ALICE, "X-Sandbox-Fault": "delay=30.5"},
    )
    assert refused.json() == {
        "code": 400,
        "message": "Invalid X-Sandbox-Fault header: a delay may be at most 30 seconds,"
        " got 'delay=30.5'",
    }
    root = control_root(sandbox_url)
    queued = httpx.post(root + "/faults", json={"faults": ["delay=3600"]})
    assert queued.status_code == 400
    drawn = httpx.post(root + "/faults", json={"random": {"rate": 1, "faults": ["delay=1e9"]}})
    assert drawn.status_code == 400
    assert stored_state(sandbox_url)["faults"] == {"queued": [], "random": None}
    short = control_root(sandbox_factory(max_fault_delay=0.5))
    assert httpx.post(short + "/faults", json={"faults": ["delay=0.6"]}).status_code == 400
    assert httpx.post(short + "/faults", json={"faults": ["delay=0.5"]}).status_code == 200


def test_the_delay_cap_is_part_of_the_grammar() -> None:
    assert parse_fault("delay=30").seconds == 30
    with pytest.raises(FaultSpecError, match="at most 2 seconds"):
        parse_fault("delay=2.5", max_delay=2)
    with pytest.raises(FaultSpecError, match="at most 2 seconds"):
        RandomFaults.from_json({"rate": 0.5, "faults": ["503", "delay=3"]}, max_delay=2)


@pytest.mark.parametrize(
    "settings",
    [
        {"max_body_bytes": 0},
        {"header_timeout": 0},
        {"header_timeout": float("nan")},
        {"max_fault_delay": -1},
        {"control_token": ""},
    ],
)
def test_settings_that_would_disable_a_limit_are_refused(settings: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=next(iter(settings))):
        SandboxConfig(**settings)


# ------------------------------------------------------------------ database ----

URL = re.compile(r"http://127\.0\.0\.1:\d+/v1")


def start_cli(*args: str) -> tuple[subprocess.Popen[str], str]:
    """The CLI on a free port, and its base URL (its first line of output)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "hrflow_sandbox", "--port", "0", "--log-level", "warning", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    first_line = process.stdout.readline().strip()
    if not URL.fullmatch(first_line):
        process.kill()
        _, errors = process.communicate(timeout=10)
        pytest.fail(f"the CLI did not start: {first_line!r} {errors}")
    return process, first_line


def write_and_edit(url: str) -> tuple[str, str]:
    """Create then edit a job and a profile; return their keys once both edits are answered."""
    job = create_job(url, ALICE, board_key="b", name="v1", reference="j")
    edited = httpx.put(
        url + JOBS, json={"board_key": "b", "key": job["key"], "name": "v2"}, headers=ALICE
    ).json()
    assert edited["data"]["name"] == "v2"
    profile = httpx.post(
        url + PROFILES, json={"source_key": "s", "reference": "p", "tags": []}, headers=ALICE
    ).json()["data"]
    edited = httpx.put(
        url + PROFILES,
        json={"source_key": "s", "key": profile["key"], "tags": [{"name": "t", "value": "v2"}]},
        headers=ALICE,
    ).json()
    assert edited["code"] in (200, 201), edited
    return job["key"], profile["key"]


def assert_edits_kept(db: Path, job_key: str, profile_key: str) -> None:
    with sandbox(db_path=db) as url:
        job = httpx.get(url + JOBS, params={"board_key": "b", "key": job_key}, headers=ALICE)
        assert job.json()["data"]["name"] == "v2"
        profile = httpx.get(
            url + PROFILES, params={"source_key": "s", "key": profile_key}, headers=ALICE
        )
        assert profile.json()["data"]["tags"] == [{"name": "t", "value": "v2"}]


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stop_signal_closes_the_database_cleanly(tmp_path: Path, stop: signal.Signals) -> None:
    db = tmp_path / "signal.sqlite"
    process, url = start_cli("--db", str(db))
    try:
        keys = write_and_edit(url)
        assert Path(f"{db}-wal").exists()  # open in WAL mode while serving
        process.send_signal(stop)
        _, errors = process.communicate(timeout=15)
    finally:
        process.kill()
        process.wait(timeout=10)
    assert process.returncode == -stop, errors
    assert "Traceback" not in errors
    assert sorted(p.name for p in tmp_path.iterdir()) == ["signal.sqlite"]
    assert_edits_kept(db, *keys)


def test_acknowledged_edits_survive_kill_9(tmp_path: Path) -> None:
    db = tmp_path / "killed.sqlite"
    process, url = start_cli("--db", str(db))
    try:
        keys = write_and_edit(url)
        process.kill()  # SIGKILL: no shutdown, no checkpoint
        process.communicate(timeout=10)
    finally:
        process.kill()
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    assert_edits_kept(db, *keys)


def test_a_database_from_before_isolation_is_refused_with_its_path(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    with sqlite3.connect(db) as old:
        old.execute("CREATE TABLE namespaces (id INTEGER PRIMARY KEY, kind TEXT, key TEXT)")
    old.close()
    with pytest.raises(StoreError, match=re.escape(str(db))):
        Store(db)
    result = subprocess.run(
        [sys.executable, "-m", "hrflow_sandbox", "--port", "0", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert f"hrflow-sandbox: {db} was written by another version" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_documented_database_paths_stay_out_of_the_repository() -> None:
    """Following the READMEs never leaves an untracked database in the checkout."""
    pattern = re.compile(r"""--db\s+([^\s`]+)|db_path=["']([^"']+)["']""")
    paths = [
        match.group(1) or match.group(2)
        for readme in (ROOT / "README.md", ROOT / "sandbox" / "README.md")
        for match in pattern.finditer(readme.read_text())
        if match.group(1) != "PATH"
    ]
    assert paths
    for path in paths:
        assert path.startswith(("~", "/", "$")) or all(
            subprocess.run(["git", "check-ignore", "-q", name], cwd=ROOT).returncode == 0
            for name in (path, f"{path}-wal", f"{path}-shm")
        ), path
