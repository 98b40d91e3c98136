"""Mutation testing of the hand-written client layer: which deliberate breakages do the client tests miss?

Runs mutmut over `overrides/` as overlaid in `generated/hrflow_client/`, with the
client tests (scripted-server and sandbox tests over loopback; not the slow
reliability storm, the fuzzing or the publishing checks), in a work directory
under `.cache/mutation/` laid out the way mutmut expects (`src/`, `tests/`).
Each mutant runs only the tests that call the function it changes.

    scripts/mutation                          every hand-written module
    scripts/mutation _redaction _envelope     only these modules
    scripts/mutation --tests test_quirks.py   another test selection (globs, repeatable)

Prints the score and the diff of every surviving mutant; a later run with the same
sources and tests reuses mutmut's results. Not run in CI: a full run takes tens of
minutes on two cores.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".cache" / "mutation"
PACKAGE = "hrflow_client"
MUTMUT = Path(sys.executable).parent / "mutmut"
DEFAULT_TESTS = (
    "test_quirks.py",
    "test_retries.py",
    "test_client_sandbox.py",
    "test_evidence_guarantees.py",
)
TEST_SUPPORT = ("conftest.py", "scripted.py")
PYTEST_SETTINGS = """
[tool.pytest.ini_options]
testpaths = ["tests"]
addopts = ["-p", "no:cacheprovider"]
asyncio_mode = "auto"
asyncio_default_fixture_loop_scope = "function"
timeout = 120
markers = ["slow: long-running tests"]
"""


def hand_written_modules() -> list[str]:
    """Module names of overrides/ (each lands in generated/hrflow_client/ as is)."""
    return sorted(path.stem for path in (ROOT / "overrides").glob("*.py"))


def prepare(modules: Sequence[str], tests: Sequence[str]) -> None:
    """Lay out the work directory: the package under src/, the chosen tests, the spec examples."""
    source = WORK / "src" / PACKAGE
    if source.exists():
        shutil.rmtree(source)
    shutil.copytree(
        ROOT / "generated" / PACKAGE, source, ignore=shutil.ignore_patterns("__pycache__")
    )
    test_dir = WORK / "tests"
    if test_dir.exists():
        shutil.rmtree(test_dir)
    test_dir.mkdir(parents=True)
    chosen = sorted({path for pattern in tests for path in (ROOT / "tests").glob(pattern)})
    if not chosen:
        raise SystemExit(f"no test file matches {', '.join(tests)}")
    for path in [*chosen, *(ROOT / "tests" / name for name in TEST_SUPPORT)]:
        shutil.copy2(path, test_dir / path.name)
    for name in ("spec", "examples"):
        link = WORK / name
        if not link.is_symlink():
            link.symlink_to(ROOT / name)
    only = [f"src/{PACKAGE}/{module}.py" for module in modules]
    settings = (
        "[tool.mutmut]\n"
        'source_paths = ["src"]\n'
        f"only_mutate = {json.dumps(only)}\n"
        'also_copy = ["spec", "examples"]\n'
        'pytest_add_cli_args = ["-q", "-p", "no:randomly"]\n'
        'pytest_add_cli_args_test_selection = ["tests/"]\n' + PYTEST_SETTINGS
    )
    config = WORK / "pyproject.toml"
    if not config.exists() or config.read_text(encoding="utf-8") != settings:
        config.write_text(settings, encoding="utf-8")
        shutil.rmtree(WORK / "mutants", ignore_errors=True)  # other modules or tests: start over
    print(f"mutation: {len(modules)} module(s), tests: {', '.join(p.name for p in chosen)}")


def mutmut(*args: str, capture: bool = False) -> str:
    environment = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [str(MUTMUT), *args],
        cwd=WORK,
        env=environment,
        check=False,
        text=True,
        stdout=subprocess.PIPE if capture else None,
    )
    if result.returncode != 0:
        raise SystemExit(f"mutmut {' '.join(args)} failed (exit {result.returncode})")
    return result.stdout or ""


def report() -> int:
    """Print the score per module and the diff of every mutant that no test killed."""
    statuses: dict[str, str] = {}
    for line in mutmut("results", "--all", "true", capture=True).splitlines():
        name, _, status = line.strip().rpartition(": ")
        if name:
            statuses[name] = status
    by_module: dict[str, Counter[str]] = {}
    for name, status in statuses.items():
        module = name.removeprefix(f"{PACKAGE}.").split(".")[0]
        by_module.setdefault(module, Counter())[status] += 1
    total: Counter[str] = Counter(statuses.values())
    print("\nmodule                 killed  survived  no tests  timeout  other")
    for module, counts in sorted(by_module.items()):
        other = sum(counts.values()) - sum(
            counts[s] for s in ("killed", "survived", "no tests", "timeout")
        )
        print(
            f"{module:<22} {counts['killed']:>6}  {counts['survived']:>8}"
            f"  {counts['no tests']:>8}  {counts['timeout']:>7}  {other:>5}"
        )
    tried = total["killed"] + total["survived"] + total["timeout"]
    print(
        f"\nkilled {total['killed'] + total['timeout']} of {tried} mutants"
        f" ({total['timeout']} by a timeout), {total['survived']} survived,"
        f" {total['no tests']} not reached by the selected tests"
    )
    for name, status in sorted(statuses.items()):
        if status in ("survived", "no tests"):
            print()
            print(mutmut("show", name, capture=True).rstrip())
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/mutation",
        description=(__doc__ or "").splitlines()[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("modules", nargs="*", help="hand-written modules (default: all)")
    parser.add_argument("--tests", action="append", help="test files (globs) under tests/")
    parser.add_argument("--report-only", action="store_true", help="print the last results")
    parser.add_argument("--max-children", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args(argv)
    known = hand_written_modules()
    modules = [name.removesuffix(".py") for name in args.modules] or known
    unknown = sorted(set(modules) - set(known))
    if unknown:
        raise SystemExit(f"not hand-written modules: {', '.join(unknown)}; choose from {known}")
    if not args.report_only:
        prepare(modules, args.tests or DEFAULT_TESTS)
        mutmut("run", "--max-children", str(args.max_children), capture=False)
    return report()


if __name__ == "__main__":
    sys.exit(main())
