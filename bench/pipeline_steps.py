"""Run `scripts/pipeline.py --check` once; print the step timings it returns as JSON.

    python -m bench.pipeline_steps

The pipeline's own output goes to stderr (and its tail into the JSON). `pipeline.run`
records, for each group of parallel steps, each step's finish time and CPU time (from
`wait4`), so the JSON shows both the critical path and what each tool costs.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import sys
import time
from typing import Any

from bench.payloads import ROOT


def outcome(status: int, output: str) -> str:
    """ "up to date", "stale" (a full build that differs from generated/) or "failed"."""
    if status == 0:
        return "up to date"
    if "is not what spec/" in output:
        return "stale"
    return "failed"


def _load() -> Any:
    # As when run as a script: its directory first on sys.path (for its sibling modules).
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location(
        "hrflow_pipeline", ROOT / "scripts" / "pipeline.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _phases(timings: Any) -> dict[str, float]:
    """The pipeline's own (in-process) work; the build's share is what its tool groups left."""
    phases = {f"{name} (in-process)": spent for name, spent in timings.phases.items()}
    if "build (in-process)" in phases:
        phases["build (in-process)"] -= sum(group.wall for group in timings.groups)
    return phases


def main() -> int:
    pipeline = _load()
    start, cpu_start = time.perf_counter(), time.process_time()
    output = io.StringIO()
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        status, timings = pipeline.run(["--check", "--no-cache"])
    total = time.perf_counter() - start
    sys.stderr.write(output.getvalue())
    report = {
        "status": status,
        "outcome": outcome(status, output.getvalue()),
        "output": output.getvalue()[-2000:],
        "total": total,
        "self_cpu": time.process_time() - cpu_start,
        "groups": [
            {
                "wall": group.wall,
                "steps": {
                    name: {"wall": step.finished, "cpu": step.cpu}
                    for name, step in group.steps.items()
                },
            }
            for group in timings.groups
        ],
        "phases": _phases(timings),
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
