"""The scripts in examples/ run, as a new user would run them, against an embedded sandbox."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
# What each script prints once it has done its job (default: "indexed job").
DONE = {"webhook_receiver.py": "verified profile.parse.success"}


# `_connect.py` is not an example: the others import it.
@pytest.mark.parametrize("script", sorted(path.name for path in EXAMPLES.glob("[!_]*.py")))
def test_example_runs_against_the_sandbox(script: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HRFLOW_")}
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / script)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert DONE.get(script, "indexed job") in result.stdout
