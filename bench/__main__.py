"""`python -m bench`: run the benchmarks, print a table, write `results.md`.

scripts/bench                      # everything (about 5-10 minutes)
scripts/bench --quick              # tiny samples: checks the harness still runs
scripts/bench --only percall,bulk  # a subset (names below; repeatable)
scripts/bench --output DIR         # write DIR/results.md instead of bench/results.md
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from bench import bulk, bulk_import, cpu, decode, e2e, imports, percall, regenerate, report

Runner = Callable[..., list[report.Section]]
BENCHMARKS: dict[str, Runner] = {
    "percall": percall.run,
    "decode": decode.run,
    "bulk": bulk.run,
    "bulk_import": bulk_import.run,
    "imports": imports.run,
    "regenerate": regenerate.run,
    "e2e": e2e.run,
}
DEFAULT_OUTPUT = Path(__file__).resolve().parent


def _names(values: Sequence[str] | None) -> list[str]:
    if not values:
        return list(BENCHMARKS)
    wanted = {name.strip() for value in values for name in value.split(",") if name.strip()}
    unknown = wanted - set(BENCHMARKS)
    if unknown:
        raise SystemExit(
            f"unknown benchmark(s): {', '.join(sorted(unknown))}; choose from {', '.join(BENCHMARKS)}"
        )
    return [name for name in BENCHMARKS if name in wanted]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/bench",
        description=(__doc__ or "").splitlines()[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="benchmarks: " + ", ".join(BENCHMARKS),
    )
    parser.add_argument("--quick", action="store_true", help="few iterations (smoke test)")
    parser.add_argument(
        "--only", action="append", metavar="NAME", help="run only these (comma-separated)"
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT,
        metavar="DIR",
        help="directory for results.md (default: bench/)",
    )
    args = parser.parse_args(argv)
    names = _names(args.only)
    output: Path = args.output
    output.mkdir(parents=True, exist_ok=True)
    pinning = (
        f"client pinned to CPU {cpu.CLIENT_CPU}, servers to CPU {cpu.SERVER_CPU}"
        if cpu.can_split()
        else f"not possible ({len(cpu.available()) or os.cpu_count()} CPU(s) available)"
    )
    sections: list[report.Section] = []
    failed: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="hrflow-bench-") as tmp:
        for name in names:
            print(f"bench: {name}...", file=sys.stderr, flush=True)
            began = time.perf_counter()
            try:
                sections += BENCHMARKS[name](quick=args.quick, workdir=Path(tmp))
            except Exception as exc:  # report it, and still run and write the others
                traceback.print_exc()
                failed.append(name)
                sections.append(
                    report.Section(
                        name=name,
                        title=f"{name} (failed)",
                        unit="s",
                        per="run",
                        skipped=f"the benchmark raised {exc!r}",
                    )
                )
            print(f"bench: {name} done in {time.perf_counter() - began:.1f} s", file=sys.stderr)
    duration = time.perf_counter() - started
    print(report.console(sections))
    target = output / "results.md"
    target.write_text(
        report.markdown(sections, quick=args.quick, pinned=pinning, duration=duration),
        encoding="utf-8",
    )
    print(f"\nwrote {target}", file=sys.stderr)
    if output.resolve() == DEFAULT_OUTPUT and not args.quick:
        changed = report.update_readme(results=target)
        print(
            "README.md's performance table " + ("updated" if changed else "unchanged"),
            file=sys.stderr,
        )
    if failed:
        print(f"bench: failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
