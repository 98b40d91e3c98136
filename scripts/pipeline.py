"""Turn spec/openapi.yaml (+ overrides/) into everything under generated/.

Run through ./scripts/regenerate, which bootstraps the environment first. Every
artefact is built in a staging directory; generated/ is only replaced once all of
them succeeded, so a broken spec leaves it untouched. With --check nothing is
written: the staging tree is compared with generated/ and differences are listed.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import facade
import openapi30
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
OVERRIDES = ROOT / "overrides"
GENERATED = ROOT / "generated"
BIN = Path(sys.executable).parent
NODE_BIN = ROOT / "node_modules" / ".bin"
OPC_CONFIG = ROOT / "scripts" / "openapi-python-client.yaml"
ARTEFACTS = ("openapi", "hrflow_client", "hrflow_schemas", "typescript")
REPLACEMENT_MARKER = "Replaces the generated"
GENERATED_README = """\
# generated/

Everything here is written by `./scripts/regenerate` from `spec/openapi.yaml` and
`overrides/`. Do not edit by hand: the next run rewrites it, and
`./scripts/regenerate --check` (run by the tests) fails on any difference.

- `openapi/`: the spec for other-language teams (bundled 3.1, dereferenced, 3.0.3).
- `hrflow_client/`: the Python client (openapi-python-client, then `overrides/` overlaid).
- `hrflow_schemas/`: pydantic v2 models of the same schemas (datamodel-code-generator).
- `typescript/`: TypeScript types (openapi-typescript), checked with `tsc --strict`.
"""


class PipelineError(Exception):
    """A step failed; the message says which and why."""


@dataclass
class Step:
    name: str
    argv: Sequence[str | Path]
    # Redocly exits 0 on warnings; for the files we publish a warning fails the step too.
    fail_on_warnings: bool = False


REDOCLY_WARNINGS = re.compile(r"You have \d+ warnings?")


TOOL_ENV = {**os.environ, "REDOCLY_TELEMETRY": "off", "NO_COLOR": "1"}


@dataclass
class StepTime:
    finished: float  # seconds from the start of its group
    cpu: float  # the tool's own user + system time


@dataclass
class Group:
    wall: float
    steps: dict[str, StepTime]


@dataclass
class Timings:
    """What one run spent where: each group of parallel steps, and the in-process phases."""

    groups: list[Group] = field(default_factory=list)
    phases: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.phases[name] = self.phases.get(name, 0.0) + time.perf_counter() - started


# The current run's record, so that build() need not hand it to every group.
_timings: ContextVar[Timings] = ContextVar("timings")


def run_parallel(steps: Sequence[Step], meanwhile: Callable[[], None] | None = None) -> None:
    """Run independent steps at once; report every failure, not only the first.

    `meanwhile` runs in this process while the steps run; if it raises, the steps are
    stopped and its error wins.
    """
    started = time.perf_counter()
    times: dict[str, StepTime] = {}
    outputs: dict[str, tuple[int, str]] = {}

    def wait(step: Step, proc: subprocess.Popen[str]) -> None:
        assert proc.stdout is not None
        output = proc.stdout.read()
        proc.stdout.close()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        times[step.name] = StepTime(time.perf_counter() - started, usage.ru_utime + usage.ru_stime)
        outputs[step.name] = (proc.returncode, output)

    waiters = []
    procs = []
    for step in steps:
        proc = subprocess.Popen(
            [str(a) for a in step.argv],
            cwd=ROOT,
            env=TOOL_ENV,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        procs.append(proc)
        waiters.append(threading.Thread(target=wait, args=(step, proc)))
        waiters[-1].start()
    try:
        if meanwhile is not None:
            meanwhile()
    except BaseException:
        for proc in procs:
            proc.kill()
        raise
    finally:
        for waiter in waiters:
            waiter.join()
    timings = _timings.get(None)
    if timings is not None:
        timings.groups.append(Group(time.perf_counter() - started, times))
    failures = [
        f"--- {step.name} failed (exit {status}) ---\n{output.strip()}"
        for step in steps
        for status, output in [outputs[step.name]]
        if status != 0 or (step.fail_on_warnings and REDOCLY_WARNINGS.search(output))
    ]
    if failures:
        raise PipelineError("\n\n".join(failures))


def _yaml_lines(text: str) -> dict[tuple[str | int, ...], int]:
    """Map every JSON path of a YAML document to its 1-based line, for error messages."""
    lines: dict[tuple[str | int, ...], int] = {}

    def walk(node: yaml.Node, path: tuple[str | int, ...]) -> None:
        lines[path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                lines[(*path, key.value)] = key.start_mark.line + 1
                walk(value, (*path, key.value))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                walk(item, (*path, index))

    root = yaml.compose(text)
    if root is not None:
        walk(root, ())
    return lines


def _pointer(path: Sequence[str | int]) -> str:
    """The JSON pointer (RFC 6901) of a path in the document."""
    return "".join(f"/{str(part).replace('~', '~0').replace('/', '~1')}" for part in path) or "/"


def _line(lines: dict[tuple[str | int, ...], int], path: Sequence[str | int]) -> int:
    """The line of `path`, or of its nearest ancestor the YAML maps."""
    found = tuple(path)
    while found and found not in lines:
        found = found[:-1]
    return lines.get(found, 1)


def _short(message: str, limit: int = 160) -> str:
    """A validator message cut to one readable line (they can quote a whole subtree)."""
    line = " ".join(message.split())
    return line if len(line) <= limit else line[: limit - 3] + "..."


def _follow(node: Any, path: Sequence[str | int]) -> tuple[bool, Any]:
    for part in path:
        in_dict = isinstance(node, dict) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if not (in_dict or in_list):
            return False, None
        node = node[part]
    return True, node


def _same(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b


def _locate(document: Any, path: tuple[str | int, ...], instance: Any) -> tuple[str | int, ...]:
    """The document path of a validation error.

    Errors on the document itself carry their full path; errors inside a Schema Object
    carry a path relative to that schema, so the first node (in document order) from
    which that relative path leads to the offending value is taken.
    """
    found, value = _follow(document, path)
    if found and _same(value, instance):
        return path
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), document)]
    while stack:
        prefix, node = stack.pop(0)
        found, value = _follow(node, path)
        if prefix and found and _same(value, instance):
            return (*prefix, *path)
        if isinstance(node, dict):
            stack[:0] = [((*prefix, key), child) for key, child in node.items()]
        elif isinstance(node, list):
            stack[:0] = [((*prefix, index), child) for index, child in enumerate(node)]
    return path


def dangling_refs(document: Any, base: Path) -> list[tuple[tuple[str | int, ...], str]]:
    """`(path, ref)` of every `$ref` that points to nothing: a missing file or JSON pointer."""
    found: list[tuple[tuple[str | int, ...], str]] = []

    def resolves(ref: str) -> bool:
        target, _, fragment = ref.partition("#")
        if target:
            path = base / target
            if not path.is_file():
                return False
            if not fragment:
                return True
            node: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        else:
            node = document
        for raw in fragment.split("/")[1:]:
            part = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return False
        return True

    def walk(node: Any, path: tuple[str | int, ...]) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not resolves(ref):
                found.append(((*path, "$ref"), ref))
            for key, value in node.items():
                walk(value, (*path, key))
        elif isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, (*path, index))

    walk(document, ())
    return found


def validate_spec() -> None:
    """Fail with `spec/openapi.yaml:LINE: message (at /json/pointer)`, one short line per
    problem, when the spec is not valid YAML, has a `$ref` to nothing, or is not valid
    OpenAPI 3.1."""
    from jsonschema_path import SchemaPath
    from openapi_spec_validator import OpenAPIV31SpecValidator
    from referencing.exceptions import Unresolvable

    text = SPEC.read_text(encoding="utf-8")
    where = SPEC.relative_to(ROOT) if SPEC.is_relative_to(ROOT) else SPEC
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f"{mark.line + 1}:{mark.column + 1}:" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise PipelineError(f"{where}:{at} not valid YAML: {_short(problem)}") from None
    if not isinstance(document, dict):
        raise PipelineError(f"{where}:1: not an OpenAPI document (expected a mapping at the top)")
    lines = _yaml_lines(text)
    dangling = dangling_refs(document, SPEC.parent)
    if dangling:
        raise PipelineError(
            "the spec has references to nothing:\n"
            + "\n".join(
                f"{where}:{_line(lines, path)}: $ref {ref!r} points to nothing (at {_pointer(path)})"
                for path, ref in dangling[:10]
            )
        )
    spec_path = SchemaPath.from_dict(document, base_uri=SPEC.as_uri())
    try:
        errors = list(OpenAPIV31SpecValidator(spec_path).iter_errors())
    except Unresolvable as exc:
        raise PipelineError(
            f"{where}:1: a reference cannot be resolved: {_short(str(exc))}"
        ) from None
    if errors:
        messages = []
        for error in errors[:10]:
            path = _locate(document, tuple(error.absolute_path), error.instance)
            message = _short(error.message.split("\n\n")[0])
            messages.append(f"{where}:{_line(lines, path)}: {message} (at {_pointer(path)})")
        raise PipelineError("the spec is not valid OpenAPI 3.1:\n" + "\n".join(messages))


def _validate_spec_timed() -> None:
    timings = _timings.get(None)
    if timings is None:
        validate_spec()
        return
    with timings.phase("validate spec"):
        validate_spec()


def lint_steps() -> list[Step]:
    return [
        Step(
            "redocly lint",
            [NODE_BIN / "redocly", "lint", "--config", "spec/redocly.yaml", "spec/openapi.yaml"],
        ),
        Step(
            "spectral lint",
            [
                NODE_BIN / "spectral",
                "lint",
                "--ruleset",
                "spec/.spectral.yaml",
                "--fail-severity",
                "warn",
                "spec/openapi.yaml",
            ],
        ),
    ]


def published_lint_steps(openapi_dir: Path) -> list[Step]:
    """Lint every file published in generated/openapi/, one process per linter.

    Redocly reads all four files with its unused-component rule off, because the
    dereferenced file keeps `components` whose every use was inlined; Spectral reads the
    bundled 3.1 file and the 3.0 one with every rule, its `oas3-unused-component`
    included (the JSON twin's content is the YAML's, which `build` checks; a Spectral
    process costs about 2 s of CPU per file).
    """
    files = [
        openapi_dir / name
        for name in ("openapi.yaml", "openapi-3.0.json", "openapi.json", "openapi.deref.json")
    ]
    return [
        Step(
            "redocly lint (published)",
            [
                NODE_BIN / "redocly",
                "lint",
                "--config",
                "spec/redocly.yaml",
                "--format",
                "stylish",
                "--skip-rule",
                "no-unused-components",
                *files,
            ],
            fail_on_warnings=True,
        ),
        Step(
            "spectral lint (published)",
            [
                NODE_BIN / "spectral",
                "lint",
                "--ruleset",
                "spec/.spectral.yaml",
                "--fail-severity",
                "warn",
                *files[:2],
            ],
        ),
    ]


def python_generator_input(bundled: dict[str, Any], target: Path) -> None:
    """Write the bundled spec as the Python generators read it.

    Timestamps are declared as plain strings because the service writes `+0000`
    offsets that strict RFC 3339 parsers reject; Python's `datetime.fromisoformat`
    (used by the generated models, which fall back to the raw string) accepts them,
    so for Python they become `format: date-time` again.
    """

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            out = {key: walk(value) for key, value in node.items()}
            if out.get("x-hrflow-lenient-date-time"):
                out["format"] = "date-time"
            return out
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    target.write_text(json.dumps(walk(bundled), indent=2), encoding="utf-8")


def build(staging: Path, *, lint_published: bool = True) -> dict[str, int]:
    """Build every artefact into `staging`; return counts for the summary.

    The spec is validated while the linters and bundlers (which only read it) run.
    `lint_published=False` (for --check) skips linting the files of generated/openapi/:
    they are only compared there, and identical files were linted when published.
    """
    openapi_dir = staging / "openapi"
    openapi_dir.mkdir(parents=True)
    bundled_yaml = openapi_dir / "openapi.yaml"
    bundled_json = openapi_dir / "openapi.json"
    redocly = NODE_BIN / "redocly"
    run_parallel(
        [
            *lint_steps(),
            Step("bundle (yaml)", [redocly, "bundle", SPEC, "-o", bundled_yaml]),
            Step("bundle (json)", [redocly, "bundle", SPEC, "--ext", "json", "-o", bundled_json]),
            Step(
                "bundle (dereferenced)",
                [
                    redocly,
                    "bundle",
                    SPEC,
                    "--dereferenced",
                    "--ext",
                    "json",
                    "-o",
                    openapi_dir / "openapi.deref.json",
                ],
            ),
        ],
        meanwhile=_validate_spec_timed,
    )
    bundled = json.loads(bundled_json.read_text(encoding="utf-8"))
    if yaml.safe_load(bundled_yaml.read_text(encoding="utf-8")) != bundled:
        raise PipelineError("openapi.yaml and openapi.json were bundled differently")
    work = staging / ".work"
    work.mkdir()
    python_input = work / "openapi.python.json"
    python_generator_input(bundled, python_input)
    typescript_dir = staging / "typescript"
    typescript_dir.mkdir()
    schemas_dir = staging / "hrflow_schemas"
    schemas_dir.mkdir()
    run_parallel(
        [
            Step(
                "openapi-python-client",
                [
                    BIN / "openapi-python-client",
                    "generate",
                    "--path",
                    python_input,
                    "--config",
                    OPC_CONFIG,
                    "--custom-template-path",
                    ROOT / "scripts" / "templates",
                    "--meta",
                    "none",
                    "--output-path",
                    staging / "hrflow_client",
                    "--fail-on-warning",
                ],
            ),
            Step(
                "datamodel-code-generator",
                [
                    BIN / "datamodel-codegen",
                    "--input",
                    python_input,
                    "--output",
                    schemas_dir / "__init__.py",
                ],
            ),
            Step(
                "openapi-down-convert",
                [
                    NODE_BIN / "openapi-down-convert",
                    "--input",
                    bundled_json,
                    "--output",
                    openapi_dir / "openapi-3.0.json",
                ],
            ),
            Step(
                "openapi-typescript",
                [
                    NODE_BIN / "openapi-typescript",
                    bundled_yaml,
                    "--output",
                    typescript_dir / "hrflow.d.ts",
                ],
            ),
        ]
    )
    shutil.rmtree(work)
    (schemas_dir / "py.typed").touch()
    shutil.copyfile(bundled_json, schemas_dir / "openapi.json")
    down_converted = openapi_dir / "openapi-3.0.json"
    try:
        finished = openapi30.finish(
            json.loads(down_converted.read_text(encoding="utf-8")),
            bundled["info"].get("license", {}).get("identifier"),
            bundled.get("webhooks"),
        )
    except ValueError as exc:
        raise PipelineError(f"openapi-3.0.json: {exc}") from exc
    down_converted.write_text(json.dumps(finished, indent=2) + "\n", encoding="utf-8")
    try:
        facade.write(bundled, staging / "hrflow_client")
    except facade.FacadeError as exc:
        raise PipelineError(f"facade: {exc}") from exc
    overlay_overrides(staging / "hrflow_client")
    write_version(staging / "hrflow_client", bundled)
    python = [staging / "hrflow_client", staging / "hrflow_schemas"]
    run_parallel(
        [
            *(published_lint_steps(openapi_dir) if lint_published else []),
            Step(
                "tsc --strict",
                # Only the ES library and no ambient @types: the types need nothing else,
                # and loading the DOM and node_modules/@types makes this the slowest step.
                [
                    NODE_BIN / "tsc",
                    "--strict",
                    "--noEmit",
                    "--lib",
                    "es2022",
                    "--typeRoots",
                    typescript_dir,
                    typescript_dir / "hrflow.d.ts",
                ],
            ),
            Step(
                "ruff check --fix",
                [
                    BIN / "ruff",
                    "check",
                    "--quiet",
                    "--no-cache",
                    "--fix-only",
                    "--select",
                    "I,F401",
                    *python,
                ],
            ),
        ]
    )
    run_parallel([Step("ruff format", [BIN / "ruff", "format", "--quiet", "--no-cache", *python])])
    (staging / "README.md").write_text(GENERATED_README, encoding="utf-8")
    return {
        "operations": sum(
            1
            for item in bundled["paths"].values()
            for method in item
            if method in {"get", "put", "post", "delete", "patch"}
        ),
        "models": len(list((staging / "hrflow_client" / "models").glob("*.py"))) - 1,
        "schemas": len(bundled["components"]["schemas"]),
    }


def write_version(package: Path, bundled: dict[str, Any]) -> None:
    """`hrflow_client.__version__` is the spec's info.version, as the distribution's is."""
    version = json.dumps(bundled["info"]["version"])
    (package / "_version.py").write_text(
        f'"""The spec\'s info.version, written by scripts/regenerate."""\n\n__version__ = {version}\n',
        encoding="utf-8",
    )


def overlay_overrides(package: Path, *, fresh: bool = True) -> None:
    """Copy overrides/ onto the generated package.

    A module that takes the place of a generated one must say so on its first line
    ("Replaces the generated ..."), so that every replacement is visible in overrides/;
    that is checked on a `fresh` package, where only generated modules exist yet.
    """
    for source in sorted(OVERRIDES.rglob("*")):
        if (
            source.is_dir()
            or source.suffix not in {".py", ".typed"}
            or "__pycache__" in source.parts
        ):
            continue
        target = package / source.relative_to(OVERRIDES)
        if fresh and target.exists() and source.suffix == ".py":
            first_line = source.read_text(encoding="utf-8").lstrip('"').splitlines()[0]
            if not first_line.startswith(REPLACEMENT_MARKER):
                raise PipelineError(
                    f"overrides/{source.relative_to(OVERRIDES)} replaces a generated module but its "
                    f'docstring does not start with "{REPLACEMENT_MARKER} ...": say what it replaces and why'
                )
        if target.exists() and filecmp.cmp(source, target, shallow=False):
            continue  # unchanged: keep its timestamp, and Python's cached bytecode with it
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)


def _files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            yield path.relative_to(root)


def differences(staging: Path) -> list[str]:
    """Paths (relative to generated/) whose content differs from the staging build."""
    changed = []
    for name in (*ARTEFACTS, "README.md"):
        new, old = staging / name, GENERATED / name
        if new.is_file() or old.is_file():
            if not (new.is_file() and old.is_file() and filecmp.cmp(new, old, shallow=False)):
                changed.append(name)
            continue
        new_files = set(_files(new)) if new.exists() else set()
        old_files = set(_files(old)) if old.exists() else set()
        for rel in sorted(new_files | old_files):
            if (
                rel not in new_files
                or rel not in old_files
                or not filecmp.cmp(new / rel, old / rel, shallow=False)
            ):
                changed.append(f"{name}/{rel}")
    return changed


STAMP = ROOT / ".cache" / "regenerate-check.json"
"""Local record (never committed) of the last build found equal to generated/: a later
`--check` with the same inputs and the same generated/ skips the build."""

INPUT_DIRS = ("spec", "overrides", "scripts")


def _digest(roots: Sequence[Path]) -> str:
    hashed = hashlib.sha256()
    for root in roots:
        files = [Path()] if root.is_file() else list(_files(root)) if root.exists() else []
        for rel in files:
            hashed.update(f"{root.name}/{rel}\0".encode())
            hashed.update((root / rel).read_bytes())
            hashed.update(b"\0")
    return hashed.hexdigest()


def fingerprint() -> dict[str, str]:
    """What a build depends on (spec/, overrides/, scripts/, the top-level files such as the
    lock files, the Python version) and what generated/ holds."""
    top = sorted(path for path in ROOT.iterdir() if path.is_file())
    inputs = [*(ROOT / name for name in INPUT_DIRS), *top]
    return {
        "inputs": _digest(inputs) + sys.version,
        "generated": _digest([GENERATED / name for name in (*ARTEFACTS, "README.md")]),
    }


def _stamp_matches(current: dict[str, str]) -> bool:
    try:
        return bool(json.loads(STAMP.read_text(encoding="utf-8")) == current)
    except (OSError, ValueError):
        return False


def _write_stamp(current: dict[str, str]) -> None:
    try:
        STAMP.parent.mkdir(exist_ok=True)
        STAMP.write_text(json.dumps(current), encoding="utf-8")
    except OSError:
        pass  # only a cache: the next check builds again


def install(staging: Path) -> None:
    GENERATED.mkdir(exist_ok=True)
    for name in ARTEFACTS:
        target = GENERATED / name
        if target.exists():
            shutil.rmtree(target)
        shutil.move(staging / name, target)
    shutil.copyfile(staging / "README.md", GENERATED / "README.md")


def smoke() -> str:
    """Import the fresh package and round-trip a job and a profile through the sandbox."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "smoke.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise PipelineError(f"--- smoke test failed ---\n{(result.stdout + result.stderr).strip()}")
    return result.stdout.strip()


def main(argv: Sequence[str] | None = None) -> int:
    status, _ = run(argv)
    return status


def run(argv: Sequence[str] | None = None) -> tuple[int, Timings]:
    """What `main` does, also returning what each step took (scripts/bench reports it)."""
    timings = Timings()
    token = _timings.set(timings)
    try:
        return _main(argv, timings), timings
    finally:
        _timings.reset(token)


def _main(argv: Sequence[str] | None, timings: Timings) -> int:
    parser = argparse.ArgumentParser(prog="scripts/regenerate", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; fail if generated/ is stale"
    )
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke round trip")
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="with --check: build even when inputs and generated/ match the last checked build",
    )
    parser.add_argument(
        "--overlay",
        action="store_true",
        help="only copy overrides/ onto generated/hrflow_client (sub-second; no spec change)",
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        if args.overlay:
            overlay_overrides(GENERATED / "hrflow_client", fresh=False)
            print(
                f"overrides/ overlaid on generated/hrflow_client ({time.monotonic() - started:.2f} s)"
            )
            return 0
        with timings.phase("fingerprint"):
            current = fingerprint()
        if args.check and not args.no_cache and _stamp_matches(current):
            print(
                f"generated/ is up to date ({time.monotonic() - started:.1f} s; inputs and"
                " generated/ unchanged since the last full check, --no-cache to build)"
            )
            return 0
        with tempfile.TemporaryDirectory(prefix="hrflow-regenerate-") as tmp:
            staging = Path(tmp)
            with timings.phase("build"):
                counts = build(staging, lint_published=not args.check)
            with timings.phase("compare with generated/"):
                changed = differences(staging)
            if args.check:
                if changed:
                    print(
                        "generated/ is not what spec/ and overrides/ produce; run ./scripts/regenerate"
                        " (or, after an edit of overrides/ only, scripts/pipeline.py --overlay)."
                    )
                    print("\n".join(f"  {path}" for path in changed))
                    return 1
                if fingerprint() == current:  # nothing was edited during the build
                    _write_stamp(current)
                print(f"generated/ is up to date ({time.monotonic() - started:.1f} s)")
                return 0
            with timings.phase("install"):
                install(staging)
            after = fingerprint()
            if after["inputs"] == current["inputs"]:  # nothing was edited during the build
                _write_stamp(after)
        with timings.phase("smoke"):
            smoked = "" if args.no_smoke else smoke()
    except PipelineError as exc:
        print(f"regenerate: {exc}", file=sys.stderr)
        return 1
    print(
        f"regenerated in {time.monotonic() - started:.1f} s: "
        f"{counts['operations']} operations, {counts['schemas']} schemas, {counts['models']} client models; "
        f"{len(changed)} file(s) changed"
    )
    if smoked:
        print(f"  {smoked}")
    for path in changed[:20]:
        print(f"  {path}")
    if len(changed) > 20:
        print(f"  ... and {len(changed) - 20} more")
    return 0


if __name__ == "__main__":
    sys.exit(main())
