"""Import time, in fresh interpreters: `import hrflow_client` against `import httpx`.

Measured the way users import it: in a virtual environment holding only the client's
runtime dependencies (`[project].dependencies`, at the development environment's
versions, installed by uv from its cache), not in the development environment, where
`import httpx` also loads click, rich and pygments and so flatters the ratio.
Each sample is the wall time of `python -c "import X"` minus the median of
`python -c pass` (interpreter start-up), all interleaved in rounds. One extra
`python -X importtime` run explains where the client's own import time goes.
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from bench.report import Section
from bench.stats import Series, Target, Timing, interleave

ROOT = Path(__file__).resolve().parent.parent
MODULES = ("hrflow_client", "httpx", "hrflow_client.models")
NOTES = {"hrflow_client.models": "package plus every model, as after a first call; reference"}
TARGET = 1.5
_LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|( *)(\S+)")


def runtime_requirements() -> list[str]:
    """Names of the client's runtime dependencies, from pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [re.split(r"[\s<>=!~;\[]", spec, maxsplit=1)[0] for spec in project["dependencies"]]


def runtime_env(workdir: Path) -> tuple[str, list[str]]:
    """A venv with only the runtime dependencies and the package; its python and what it holds."""
    [uv] = sorted((ROOT / ".cache" / "tools").glob("uv-*/bin/uv"))[-1:] or [Path("uv")]
    env = workdir / "runtime-env"
    subprocess.run([str(uv), "venv", "--quiet", "--python", sys.executable, str(env)], check=True)
    python = env / "bin" / "python"
    pins = workdir / "dev-env-versions.txt"
    pins.write_text(
        "".join(
            f"{dist.metadata['Name']}=={dist.version}\n"
            for dist in importlib.metadata.distributions()
            if dist.metadata["Name"] and not dist.metadata["Name"].startswith("hrflow")
        ),
        encoding="utf-8",
    )
    install = [str(uv), "pip", "install", "--quiet", "--python", str(python), "-c", str(pins)]
    if subprocess.run([*install, "--offline", *runtime_requirements()], check=False).returncode:
        subprocess.run([*install, *runtime_requirements()], check=True)  # cache incomplete
    [site] = list((env / "lib").glob("python*/site-packages"))
    (site / "hrflow_client_source.pth").write_text(f"{ROOT / 'generated'}\n", encoding="utf-8")
    listed = subprocess.run(
        [str(uv), "pip", "freeze", "--python", str(python)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return str(python), listed


def _env(cwd: str) -> dict[str, str]:
    """The environment of every measured interpreter: bytecode written and read, as after an install.

    With PYTHONDONTWRITEBYTECODE set (as on some machines), every import would compile
    its sources, which measures the compiler, not the import; the bytecode goes to a
    cache under `cwd`, not beside the sources.
    """
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(Path(cwd) / "pycache")
    return env


def _wall(python: str, statement: str, cwd: str) -> float:
    start = time.perf_counter()
    subprocess.run([python, "-c", statement], cwd=cwd, env=_env(cwd), check=True)
    return time.perf_counter() - start


def _sample(python: str, statement: str, cwd: str) -> Callable[[], Timing]:
    return lambda: ([_wall(python, statement, cwd)], [])


def importtime(python: str, module: str, cwd: str) -> dict[str, tuple[int, int, int]]:
    """`-X importtime` of `import module`: {name: (self µs, cumulative µs, depth)}."""
    result = subprocess.run(
        [python, "-X", "importtime", "-c", f"import {module}"],
        cwd=cwd,
        env=_env(cwd),
        check=True,
        capture_output=True,
        text=True,
    )
    rows: dict[str, tuple[int, int, int]] = {}
    for line in result.stderr.splitlines():
        match = _LINE.match(line)
        if match:
            own, cumulative, indent, name = match.groups()
            rows[name] = (int(own), int(cumulative), (len(indent) - 1) // 2)
    return rows


def _breakdown(python: str, cwd: str) -> str:
    ours = importtime(python, "hrflow_client", cwd)
    httpx_modules = set(importtime(python, "httpx", cwd))
    extra = {name: row for name, row in ours.items() if name not in httpx_modules}
    by_root: dict[str, int] = defaultdict(int)
    for name, (own, _, _) in extra.items():
        by_root[name.split(".")[0]] += own
    total_ms = ours["hrflow_client"][1] / 1e3
    extra_ms = sum(by_root.values()) / 1e3
    models = [n for n in extra if n.startswith("hrflow_client.models.")]
    model_self = sum(extra[n][0] for n in models) / 1e3
    lines = [
        f"`python -X importtime -c 'import hrflow_client'` (one run): {total_ms:.0f} ms"
        f" cumulative, of which {extra_ms:.0f} ms in modules `import httpx` does not load:",
        "",
        "| top-level package | self time (ms) |",
        "|:--|--:|",
    ]
    for root, spent in sorted(by_root.items(), key=lambda kv: -kv[1])[:8]:
        lines.append(f"| {root} | {spent / 1e3:.1f} |")
    api = [n for n in extra if n.startswith("hrflow_client.api.")]
    if models or api:
        loaded = (
            f"The package import loads {len(models)} `hrflow_client.models.*` modules"
            f" ({model_self:.0f} ms self time, one attrs class each) and {len(api)}"
            " `hrflow_client.api.*` modules."
        )
    else:
        loaded = (
            "No `hrflow_client.models.*` or `hrflow_client.api.*` module is loaded by the"
            " package import (they are imported on first call); what remains beyond httpx"
            " is listed here."
        )
    lines += [
        "",
        loaded,
        "",
        "Slowest modules it adds (self time):",
        "",
        "| module | self (ms) | cumulative (ms) |",
        "|:--|--:|--:|",
    ]
    for name, (own, cumulative, _) in sorted(extra.items(), key=lambda kv: -kv[1][0])[:10]:
        lines.append(f"| `{name}` | {own / 1e3:.1f} | {cumulative / 1e3:.1f} |")
    return "\n".join(lines)


def run(*, quick: bool, workdir: Path) -> list[Section]:
    rounds = 2 if quick else 20
    with tempfile.TemporaryDirectory(dir=workdir) as cwd:
        python, holding = runtime_env(Path(cwd))
        statements = {"pass": "pass", **{m: f"import {m}" for m in MODULES}}
        for statement in statements.values():
            _wall(python, statement, cwd)  # write the bytecode and warm the page cache
        raw = interleave(
            {name: _sample(python, statement, cwd) for name, statement in statements.items()},
            rounds,
        )
        start_up = raw["pass"].median
        series = [
            Series(
                f"import {name}",
                [sample - start_up for sample in raw[name].samples],
                note=NOTES.get(name, ""),
            )
            for name in MODULES
        ]
        section = Section(
            name="imports",
            title="4. Import time (fresh interpreter, start-up subtracted)",
            unit="ms",
            per="import",
            series=series,
            baseline="import httpx",
        )
        ratio = series[0].median / series[1].median
        section.targets = [Target("import: hrflow_client / httpx", ratio, "<=", TARGET)]
        section.setup = [
            f"{rounds} rounds of `python -c 'import X'` per module; interpreter start-up"
            f" (`python -c pass`, median {start_up * 1e3:.0f} ms) subtracted from each sample."
            " Run in a virtual environment holding only the client's runtime dependencies,"
            f" as a user who installs it gets: {', '.join(holding)}, and the package itself"
            " (a `.pth` onto `generated/`), reading bytecode as after an install (written"
            " once to a cache first, whatever PYTHONDONTWRITEBYTECODE says). In the"
            " development environment `import httpx`"
            " also loads click, rich and pygments (httpx's CLI), which would flatter the ratio.",
        ]
        if not section.targets[0].hit:
            section.details.append(
                f"**Missed: {section.targets[0].label}** ({section.targets[0].margin()})."
                " What `import hrflow_client` loads beyond httpx is broken down below."
                " **Proposed fix:** defer whatever of it a call does not need until the"
                " first call (as is done for the generated models and `api` modules)."
            )
        if not section.targets[0].hit or not quick:
            section.details.append(_breakdown(python, cwd))
        return [section]
