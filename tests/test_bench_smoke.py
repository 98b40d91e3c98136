"""The benchmark harness still runs: every benchmark in quick mode, results written to a temp dir."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "bench" / "results.md"


@pytest.mark.timeout(600)  # every benchmark, even quick, takes minutes on a busy machine
def test_bench_quick_runs_every_benchmark(tmp_path: Path) -> None:
    before = COMMITTED.read_bytes() if COMMITTED.exists() else None
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--output", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=500,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    results = (tmp_path / "results.md").read_text(encoding="utf-8")
    for title in (
        "## 1. Per-call overhead, sequential job.get over HTTP",
        "## 1. Per-call overhead, sequential job.get over HTTPS",
        "## 2. Large payload decode",
        "## 3. Async bulk indexing",
        "## 4. Import time",
        "## 5. Regeneration, warm",
        "## 6. End to end against the sandbox",
    ):
        assert title in results, title
    assert "quick mode" in results
    assert "== Targets ==" in result.stdout
    # Quick figures never overwrite the committed full run.
    assert (COMMITTED.read_bytes() if COMMITTED.exists() else None) == before
