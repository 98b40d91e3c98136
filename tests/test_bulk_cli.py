"""The `hrflow` command over real HTTP against the sandbox: import, resume, exit status, progress, export."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import SANDBOX_HEADERS, SandboxControl

HRFLOW = str(Path(sys.executable).with_name("hrflow"))


def environment(base_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HRFLOW_")}
    env["HRFLOW_API_KEY"] = SANDBOX_HEADERS["X-API-KEY"]
    env["HRFLOW_USER_EMAIL"] = SANDBOX_HEADERS["X-USER-EMAIL"]
    env["HRFLOW_BASE_URL"] = base_url
    return env


def write_jobs(path: Path, items: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(item) + "\n" for item in items))
    return path


def hrflow(base_url: str, *args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [HRFLOW, *args],
        env=environment(base_url),
        capture_output=True,
        text=True,
        timeout=60,
        **kwargs,
    )


def test_import_then_resume_reports_progress_and_a_summary(
    sandbox_url: str, sandbox_control: SandboxControl, tmp_path: Path
) -> None:
    source = write_jobs(
        tmp_path / "jobs.jsonl", [{"name": f"J{i}", "reference": f"r{i}"} for i in range(60)]
    )
    journal = tmp_path / "journal.jsonl"
    args = ["jobs", "import", str(source), "--board", "cli-board", "--journal", str(journal)]

    first = hrflow(sandbox_url, *args, "--concurrency", "4", "--progress-interval", "0.001")
    again = hrflow(sandbox_url, *args)

    assert first.returncode == 0, first.stderr
    assert "/60 done, 0 failed" in first.stderr
    assert "60 items in" in first.stderr and "60 created" in first.stderr
    assert again.returncode == 0 and "60 skipped" in again.stderr
    assert len(sandbox_control.jobs("cli-board")) == 60


def test_failed_items_exit_1_and_land_in_the_dead_letter_file(
    sandbox_url: str, tmp_path: Path
) -> None:
    source = write_jobs(tmp_path / "p.jsonl", [{"reference": "ok", "info": {}}, {"info": {}}])
    dead = tmp_path / "dead.jsonl"

    run = hrflow(
        sandbox_url, "profiles", "import", str(source), "--source", "s", "--dead-letter", str(dead)
    )

    default = hrflow(sandbox_url, "profiles", "import", str(source), "--source", "s")

    assert run.returncode == 1
    assert "1 created, 1 failed" in run.stderr
    assert "item 1 has no reference" in dead.read_text()
    assert default.returncode == 1 and "1 failed, 1 unchanged" in default.stderr
    assert "item 1 has no reference" in (tmp_path / "p.dead.jsonl").read_text()


def test_a_configuration_error_exits_2_with_a_message_naming_it(
    sandbox_url: str, tmp_path: Path
) -> None:
    source = write_jobs(tmp_path / "jobs.jsonl", [{"name": "x", "reference": "r"}])
    env = environment(sandbox_url)
    del env["HRFLOW_API_KEY"]

    no_key = subprocess.run(
        [HRFLOW, "jobs", "import", str(source), "--board", "b"],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    missing = hrflow(sandbox_url, "jobs", "import", str(tmp_path / "nope.jsonl"), "--board", "b")

    assert no_key.returncode == 2 and "HRFLOW_API_KEY" in no_key.stderr
    assert missing.returncode == 2 and "nope.jsonl" in missing.stderr


def test_on_a_terminal_the_progress_is_a_live_bar(sandbox_url: str, tmp_path: Path) -> None:
    source = write_jobs(
        tmp_path / "jobs.jsonl", [{"name": f"J{i}", "reference": f"t{i}"} for i in range(20)]
    )
    leader, follower = pty.openpty()
    try:
        run = subprocess.run(
            [HRFLOW, "jobs", "import", str(source), "--board", "tty-board"],
            env=environment(sandbox_url),
            stdout=subprocess.PIPE,
            stderr=follower,
            timeout=60,
        )
        os.close(follower)
        output = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
    finally:
        os.close(leader)

    text = output.decode(errors="replace")
    assert run.returncode == 0
    assert "20/20" in text and "items/s" in text and "━" in text
    assert "20 created" in text


def test_export_writes_every_object_of_the_board_as_jsonl(sandbox_url: str, tmp_path: Path) -> None:
    source = write_jobs(
        tmp_path / "jobs.jsonl", [{"name": f"J{i}", "reference": f"e{i}"} for i in range(3)]
    )
    assert hrflow(sandbox_url, "jobs", "import", str(source), "--board", "exp").returncode == 0

    run = hrflow(sandbox_url, "jobs", "export", "--board", "exp")

    assert run.returncode == 0, run.stderr
    exported = [json.loads(line) for line in run.stdout.splitlines()]
    assert sorted(job["reference"] for job in exported) == ["e0", "e1", "e2"]
