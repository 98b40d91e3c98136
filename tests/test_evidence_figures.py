"""Every figure of the README's performance table is the committed `bench/results.md`'s."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # bench/ is a directory of the repository, not an installed package

from bench import report  # noqa: E402

README = (ROOT / "README.md").read_text(encoding="utf-8")
RESULTS = (ROOT / "bench" / "results.md").read_text(encoding="utf-8")


def test_the_readme_performance_table_is_the_one_generated_from_bench_results() -> None:
    start, end = README.index(report.README_START), README.index(report.README_END)
    shown = README[start : end + len(report.README_END)]
    assert shown == report.readme_table(RESULTS), (
        "README.md's performance table differs from bench/results.md:"
        " run `.venv/bin/python -m bench.report` (or scripts/bench) and commit both"
    )


def test_the_committed_results_are_a_full_run_measured_as_documented() -> None:
    assert "quick mode" not in RESULTS
    for title in ("Per-call overhead", "decode", "Async bulk", "Import time", "Regeneration"):
        assert title in RESULTS, title
    assert "holding only the client's runtime dependencies" in RESULTS


def test_every_target_of_the_run_is_in_the_readme_with_its_figure() -> None:
    targets = report._md_rows(report._section(RESULTS, "Targets:"))
    assert len(targets) >= 9
    for label, measured, required, verdict, _ in targets:
        row = f"| {report.MEASURES.get(label, label)} | {measured} | {required} | {verdict} |"
        assert row in README, row
