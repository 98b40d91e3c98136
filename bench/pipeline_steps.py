"""Run `scripts/pipeline.py --check` once with every step timed; print the timings as JSON.

    python -m bench.pipeline_steps

The pipeline's own output goes to stderr (and its tail into the JSON). Parallel groups are run the way the
pipeline runs them (all steps of a group at once), with each step's finish time
recorded with its CPU time (from `wait4`), so the JSON shows both the critical path
and what each tool costs.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
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


def main() -> int:
    pipeline = _load()
    groups: list[dict[str, Any]] = []
    phases: dict[str, float] = {}

    def run_parallel(steps: Sequence[Any]) -> None:
        start = time.perf_counter()
        finished: dict[str, dict[str, float]] = {}
        failures: list[str] = []

        def wait(step: Any, proc: subprocess.Popen[str]) -> None:
            assert proc.stdout is not None
            output = proc.stdout.read()
            proc.stdout.close()
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            finished[step.name] = {
                "wall": time.perf_counter() - start,
                "cpu": usage.ru_utime + usage.ru_stime,
            }
            if proc.returncode != 0:
                failures.append(f"--- {step.name} failed (exit {proc.returncode}) ---\n{output}")

        threads = []
        for step in steps:
            proc = subprocess.Popen(
                [str(a) for a in step.argv],
                cwd=pipeline.ROOT,
                env=pipeline.TOOL_ENV,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            thread = threading.Thread(target=wait, args=(step, proc))
            thread.start()
            threads.append(thread)
        for thread in threads:
            thread.join()
        groups.append({"wall": time.perf_counter() - start, "steps": finished})
        if failures:
            raise pipeline.PipelineError("\n\n".join(failures))

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                phases[name] = phases.get(name, 0.0) + time.perf_counter() - start

        return wrapper

    pipeline.run_parallel = run_parallel
    for function, label in (
        ("validate_spec", "validate_spec (in-process)"),
        ("overlay_overrides", "overlay overrides (in-process)"),
        ("differences", "compare with generated/ (in-process)"),
    ):
        if callable(getattr(pipeline, function, None)):
            setattr(pipeline, function, timed(label, getattr(pipeline, function)))
    start, cpu_start = time.perf_counter(), time.process_time()
    output = io.StringIO()
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        status = pipeline.main(["--check"])
    total = time.perf_counter() - start
    sys.stderr.write(output.getvalue())
    report = {
        "status": status,
        "outcome": outcome(status, output.getvalue()),
        "output": output.getvalue()[-2000:],
        "total": total,
        "self_cpu": time.process_time() - cpu_start,
        "groups": groups,
        "phases": phases,
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
