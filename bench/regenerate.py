"""`scripts/regenerate` wall time, warm: `scripts/pipeline.py --check` (builds everything, writes nothing)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.payloads import ROOT
from bench.pipeline_steps import outcome
from bench.report import Section
from bench.stats import Series, Target

TARGET_SECONDS = 15.0


def _timed_check() -> tuple[float, str, str]:
    """Wall time, outcome ("up to date", "stale" or "failed") and output of one run."""
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "scripts/pipeline.py", "--check", "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    output = result.stdout + result.stderr
    return elapsed, outcome(result.returncode, output), output


class InstrumentationError(RuntimeError):
    """The instrumented pipeline run failed (output attached)."""


def _instrumented() -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "bench.pipeline_steps"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0 or not result.stdout.strip():
        raise InstrumentationError(
            f"`python -m bench.pipeline_steps` exited {result.returncode}:\n"
            + result.stderr[-2000:]
        )
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def _breakdown(report: dict[str, Any]) -> str:
    lines = [
        f"One instrumented run (`python -m bench.pipeline_steps`): {report['total']:.1f} s wall."
        " Steps of a group run in parallel; *finished at* is from the group's start, *CPU*"
        " is the tool's own user+system time.",
        "",
        "| group | step | finished at (s) | CPU (s) |",
        "|:--|:--|--:|--:|",
    ]
    cpu_total = report["self_cpu"]
    for index, group in enumerate(report["groups"], 1):
        for name, step in sorted(group["steps"].items(), key=lambda kv: kv[1]["wall"]):
            lines.append(
                f"| {index} ({group['wall']:.1f} s) | {name} | {step['wall']:.1f} | {step['cpu']:.1f} |"
            )
            cpu_total += step["cpu"]
    for name, spent in report["phases"].items():
        lines.append(f"| - | {name} | {spent:.1f} | - |")
    lines += [
        "",
        f"CPU total: {cpu_total:.1f} s (pipeline process {report['self_cpu']:.1f} s); on"
        f" {os.cpu_count()} cores that alone is at least {cpu_total / (os.cpu_count() or 1):.1f} s of wall time.",
    ]
    return "\n".join(lines)


def _tsc_variants(workdir: Path, rounds: int) -> str | None:
    """The pipeline's `tsc --strict` step as it is, against the same check without ambient types."""
    tsc = ROOT / "node_modules" / ".bin" / "tsc"
    declarations = ROOT / "generated" / "typescript" / "hrflow.d.ts"
    if not tsc.exists() or not declarations.exists():
        return None
    no_types = workdir / "no-ambient-types"
    no_types.mkdir(exist_ok=True)
    variants = {
        "as in the pipeline: `tsc --strict --noEmit hrflow.d.ts`": [],
        "proposed: `... --lib es2022 --typeRoots <empty dir>`": [
            "--lib",
            "es2022",
            "--typeRoots",
            str(no_types),
        ],
    }
    times: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(rounds):
        for name, extra in variants.items():
            start = time.perf_counter()
            result = subprocess.run(
                [str(tsc), "--strict", "--noEmit", *extra, str(declarations)],
                cwd=ROOT,
                capture_output=True,
            )
            times[name].append(time.perf_counter() - start)
            if result.returncode != 0:
                return f"`tsc` variant failed ({name}): {result.stdout.decode()[:500]}"
    lines = [
        "The `tsc --strict` step alone, on `generated/typescript/hrflow.d.ts` (best of"
        f" {rounds}). Without options tsc also loads and checks the DOM library and every"
        " `node_modules/@types` package the Node tools brought in (node, ws, estree...);"
        " the declarations need neither, and the proposed options still fail on any"
        " type error in them:",
        "",
        "| tsc invocation | wall (s) |",
        "|:--|--:|",
    ]
    lines += [f"| {name} | {min(spent):.1f} |" for name, spent in times.items()]
    return "\n".join(lines)


def run(*, quick: bool, workdir: Path) -> list[Section]:
    section = Section(
        name="regenerate",
        title="5. Regeneration, warm (`scripts/pipeline.py --check`)",
        unit="s",
        per="run",
        baseline=None,
    )
    outcomes: list[str] = []
    if quick:
        report = _instrumented()
        series = Series("pipeline.py --check (instrumented)")
        if report["outcome"] != "failed":
            series.samples.append(report["total"])
        outcomes.append(report["outcome"])
        failure = report["output"]
    else:
        _timed_check()  # warm the caches (node modules, .pyc, page cache)
        series = Series("pipeline.py --check")
        failure = ""
        for _ in range(3):
            elapsed, result, output = _timed_check()
            outcomes.append(result)
            if result == "failed":
                failure = output
            else:
                series.samples.append(elapsed)
        report = _instrumented()
    if not series.samples:
        section.skipped = (
            "every `pipeline.py --check` run failed:\n\n```\n" + failure[-1500:] + "\n```"
        )
        return [section]
    section.series = [series]
    section.targets = [Target("regenerate --check, warm", series.median, "<", TARGET_SECONDS, "s")]
    stale = ""
    if "stale" in outcomes:
        stale = " (generated/ was stale: exit 1, after a full build)"
    if "failed" in outcomes:
        stale += f"; {outcomes.count('failed')} failed run(s) left out"
    section.setup = [
        f"{len(series.samples)} timed run(s){'' if quick else ' after a warm-up'}{stale}. `--check --no-cache` runs every step"
        " of a regeneration (lint, bundle, generate, overlay, tsc, ruff) into a temporary"
        " directory and compares; it only skips the final copy and the smoke test (a plain"
        " `--check` whose inputs and generated/ match its last full check skips the build).",
    ]
    if not section.targets[0].hit:
        section.details.append(
            f"**Missed: {section.targets[0].label}** ({section.targets[0].margin()})."
            " The run is CPU-bound (see the CPU column): a dozen Node and Python tools each"
            " pay their start-up on two cores. The largest single saving is the `tsc`"
            " step (compared below); the lint group could also overlap the generators,"
            " which do not depend on it."
        )
    section.details.append(_breakdown(report))
    if not quick:
        comparison = _tsc_variants(workdir, rounds=2)
        if comparison:
            section.details.append(comparison)
    return [section]
