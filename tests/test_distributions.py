"""The two published distributions, built as a release builds them and installed from their wheels.

`uv build` makes each sdist and then the wheel from that sdist (so an sdist that misses a
file fails here). Each wheel is installed into a fresh venv with the project's uv, offline
from the cache that scripts/bootstrap filled, constrained to the versions in uv.lock.
"""

from __future__ import annotations

import email.message
import email.parser
import json
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
UV = ROOT / ".cache" / "tools" / "uv-0.13.9" / "bin" / "uv"
SPEC_VERSION = str(
    yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))["info"]["version"]
)
SERVER_DEPENDENCIES = {"pydantic", "pydantic-core", "starlette", "uvicorn", "hrflow-sandbox"}


def uv(*args: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    if not UV.is_file():
        pytest.fail(f"{UV.relative_to(ROOT)} is missing: run scripts/bootstrap")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"VIRTUAL_ENV", "UV_PROJECT_ENVIRONMENT"}
    }
    env.update(UV_NO_PROGRESS="1", UV_PYTHON_DOWNLOADS="never", NO_COLOR="1")
    result = subprocess.run(
        [str(UV), *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    if check:
        assert result.returncode == 0, f"uv {' '.join(map(str, args))}:\n{result.stderr[-3000:]}"
    return result


@dataclass
class Wheel:
    path: Path

    def names(self) -> list[str]:
        with zipfile.ZipFile(self.path) as archive:
            return archive.namelist()

    def read(self, name: str) -> str:
        with zipfile.ZipFile(self.path) as archive:
            return archive.read(name).decode("utf-8")

    def dist_info(self) -> str:
        (info,) = {n.split("/")[0] for n in self.names() if n.split("/")[0].endswith(".dist-info")}
        return info

    def metadata(self) -> email.message.Message:
        return email.parser.Parser().parsestr(self.read(f"{self.dist_info()}/METADATA"))

    def top_level(self) -> set[str]:
        return {n.split("/")[0] for n in self.names()} - {self.dist_info()}


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    uv("build", "--offline", "--all-packages", "--out-dir", out)
    return out


@pytest.fixture(scope="module")
def client_wheel(dist: Path) -> Wheel:
    (path,) = dist.glob("hrflow_client-*.whl")
    return Wheel(path)


@pytest.fixture(scope="module")
def sandbox_wheel(dist: Path) -> Wheel:
    (path,) = dist.glob("hrflow_sandbox-*.whl")
    return Wheel(path)


@pytest.fixture(scope="module")
def constraints(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The locked versions of every third-party package, so that the install is offline-safe."""
    target = tmp_path_factory.mktemp("constraints") / "constraints.txt"
    exported = uv(
        "export", "--frozen", "--no-hashes", "--no-emit-workspace", "--all-packages", "--all-extras"
    )
    target.write_text(exported.stdout, encoding="utf-8")
    return target


def fresh_venv(where: Path, constraints: Path, *requirements: str) -> Path:
    """A new venv with only `requirements` (and their dependencies) installed; its python.

    Offline from uv's cache when it holds every locked package's metadata; otherwise
    (a cache filled by `uv sync`, which reads metadata from uv.lock) from PyPI.
    """
    uv("venv", "--offline", "--quiet", "--python", sys.executable, where)
    python = where / "bin" / "python"
    offline_first("pip", "install", "--python", python, "-c", constraints, *requirements)
    return python


def offline_first(*args: str | Path) -> None:
    """Run uv offline; only when the cache lacks something, again with PyPI."""
    offline = uv("--offline", *args, check=False)
    if offline.returncode != 0:
        assert "network was disabled" in offline.stderr, offline.stderr[-3000:]
        uv(*args)


def installed(python: Path) -> dict[str, str]:
    listed = uv("pip", "list", "--python", python, "--format", "json")
    return {p["name"]: p["version"] for p in json.loads(listed.stdout)}


@pytest.fixture(scope="module")
def client_python(
    tmp_path_factory: pytest.TempPathFactory, client_wheel: Wheel, constraints: Path
) -> Path:
    return fresh_venv(
        tmp_path_factory.mktemp("client") / "venv", constraints, str(client_wheel.path)
    )


@pytest.fixture(scope="module")
def sandbox_python(
    tmp_path_factory: pytest.TempPathFactory, sandbox_wheel: Wheel, constraints: Path
) -> Path:
    return fresh_venv(
        tmp_path_factory.mktemp("sandbox") / "venv", constraints, str(sandbox_wheel.path)
    )


@contextmanager
def serving(argv: list[str | Path], logs: Path) -> Iterator[str]:
    """Run a sandbox command on a free port; yield the base URL it prints on its first line."""
    with (
        logs.open("w", encoding="utf-8") as log,
        subprocess.Popen(
            [str(a) for a in (*argv, "--port", "0", "--log-level", "warning")],
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        ) as process,
    ):
        try:
            assert process.stdout is not None
            first_line = process.stdout.readline().strip()
            assert re.fullmatch(r"http://127\.0\.0\.1:\d+/v1", first_line), (
                f"first line {first_line!r}; stderr:\n{logs.read_text(encoding='utf-8')[-2000:]}"
            )
            yield first_line
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


ROUND_TRIP = """
import sys
from hrflow_client import HrFlow, NotFoundError

with HrFlow(api_key="k", user_email="me@example.com", base_url=sys.argv[1], timeout=10) as client:
    job = client.job.create(board_key="b", job={"name": "Data Engineer", "reference": "de-1"})
    again = client.job.get(board_key="b", reference="de-1")
    try:
        client.job.get(board_key="b", reference="missing")
    except NotFoundError as exc:
        print(type(exc).__name__, exc.status_code)
    print(again.key == job.key, again.name)
"""

ASYNC_ON_AIOHTTP = """
import asyncio, sys
from hrflow_client import AsyncHrFlow

async def main():
    async with AsyncHrFlow(
        api_key="k", user_email="me@example.com", base_url=sys.argv[1], http_backend="aiohttp"
    ) as client:
        created = await client.profile.create(source_key="s", profile={"info": {"full_name": "Ada"}})
        read = await client.profile.get(source_key="s", key=created.key)
        print("aiohttp" in sys.modules, read.info.full_name)

asyncio.run(main())
"""


def run_script(python: Path, script: str, *args: str) -> str:
    result = subprocess.run(
        [str(python), "-c", script, *args],
        cwd=python.parent.parent,  # not the repository: nothing is importable from it
        env={"PATH": os.environ.get("PATH", ""), "PYTHONNOUSERSITE": "1"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


# ------------------------------------------------------------------- metadata ----


def description(metadata: email.message.Message) -> str:
    body = metadata.get_payload()
    assert isinstance(body, str)
    return body


def assert_complete_metadata(wheel: Wheel, name: str, readme: Path) -> None:
    metadata = wheel.metadata()
    assert metadata["Name"] == name
    assert metadata["Version"] == SPEC_VERSION
    assert metadata["Summary"]
    assert metadata["License-Expression"] == "MIT"
    assert metadata["License-File"] == "LICENSE"
    license_text = wheel.read(f"{wheel.dist_info()}/licenses/LICENSE")
    assert license_text == (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert license_text.startswith("MIT License")
    urls = dict(url.split(", ", 1) for url in metadata.get_all("Project-URL", []))
    assert urls and all(url.startswith("https://") for url in urls.values()), urls
    assert metadata["Requires-Python"] == ">=3.11"
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert description(metadata).strip() == readme.read_text(encoding="utf-8").strip()
    assert "Typing :: Typed" in metadata.get_all("Classifier", [])


def requirements(wheel: Wheel) -> tuple[set[str], dict[str, set[str]]]:
    """Names required always, and per extra."""
    always: set[str] = set()
    extras: dict[str, set[str]] = {}
    for requirement in wheel.metadata().get_all("Requires-Dist", []):
        name = re.match(r"[A-Za-z0-9._-]+", requirement)
        assert name is not None, requirement
        extra = re.search(r"extra == '([^']+)'", requirement)
        if extra:
            extras.setdefault(extra.group(1), set()).add(name.group(0))
        else:
            always.add(name.group(0))
    return always, extras


def test_client_wheel_holds_the_client_only(client_wheel: Wheel) -> None:
    assert client_wheel.top_level() == {"hrflow_client"}
    names = client_wheel.names()
    assert "hrflow_client/py.typed" in names
    assert "hrflow_client/_version.py" in names
    entry_points = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    for name in entry_points:
        assert "hrflow_sandbox" not in client_wheel.read(name)
    always, extras = requirements(client_wheel)
    assert always == {"httpx", "attrs"}
    assert extras["aiohttp"] == {"aiohttp", "httpx-aiohttp"}
    assert not SERVER_DEPENDENCIES & set().union(*extras.values()), extras
    assert_complete_metadata(client_wheel, "hrflow-client", ROOT / "README.md")


def test_sandbox_wheel_holds_the_sandbox_the_models_and_the_command(sandbox_wheel: Wheel) -> None:
    assert sandbox_wheel.top_level() == {"hrflow_sandbox", "hrflow_schemas"}
    names = sandbox_wheel.names()
    for name in (
        "hrflow_schemas/__init__.py",
        "hrflow_schemas/openapi.json",
        "hrflow_schemas/py.typed",
    ):
        assert name in names
        assert sandbox_wheel.read(name) == (ROOT / "generated" / name).read_text(encoding="utf-8")
    entry_points = sandbox_wheel.read(f"{sandbox_wheel.dist_info()}/entry_points.txt")
    assert "hrflow-sandbox = hrflow_sandbox.__main__:main" in entry_points
    always, extras = requirements(sandbox_wheel)
    assert always == {"starlette", "uvicorn", "pydantic"}  # not the client
    assert extras == {}
    assert_complete_metadata(sandbox_wheel, "hrflow-sandbox", ROOT / "sandbox" / "README.md")


def test_each_distribution_ships_the_same_license() -> None:
    assert (ROOT / "sandbox" / "LICENSE").read_bytes() == (ROOT / "LICENSE").read_bytes()


# -------------------------------------------------------- installed, fresh venvs ----


def test_client_wheel_installs_without_the_sandbox(client_python: Path) -> None:
    packages = installed(client_python)
    assert packages["hrflow-client"] == SPEC_VERSION
    assert {"httpx", "attrs"} <= set(packages)
    assert not SERVER_DEPENDENCIES & set(packages), packages
    assert not (client_python.parent / "hrflow-sandbox").exists()
    out = run_script(
        client_python,
        "import importlib.util, hrflow_client\n"
        "print(hrflow_client.__version__)\n"
        "print([m for m in ('hrflow_sandbox', 'hrflow_schemas', 'pydantic') if importlib.util.find_spec(m)])",
    )
    assert out.splitlines() == [SPEC_VERSION, "[]"]


def test_sandbox_wheel_installs_without_the_client(sandbox_python: Path) -> None:
    packages = installed(sandbox_python)
    assert packages["hrflow-sandbox"] == SPEC_VERSION
    assert "hrflow-client" not in packages and "httpx" not in packages, packages
    assert (sandbox_python.parent / "hrflow-sandbox").is_file()


def test_installed_client_round_trips_through_the_installed_sandbox_command(
    client_python: Path, sandbox_python: Path, tmp_path: Path
) -> None:
    with serving([sandbox_python.parent / "hrflow-sandbox"], tmp_path / "sandbox.log") as url:
        out = run_script(client_python, ROUND_TRIP, url)
    assert out.splitlines() == ["NotFoundError 404", "True Data Engineer"]


def test_client_aiohttp_extra_installs_and_runs(
    tmp_path: Path, client_wheel: Wheel, constraints: Path, sandbox_python: Path
) -> None:
    python = fresh_venv(tmp_path / "venv", constraints, f"{client_wheel.path}[aiohttp]")
    packages = installed(python)
    assert {"aiohttp", "httpx-aiohttp"} <= set(packages)
    assert not SERVER_DEPENDENCIES & set(packages), packages
    with serving([sandbox_python.parent / "hrflow-sandbox"], tmp_path / "sandbox.log") as url:
        out = run_script(python, ASYNC_ON_AIOHTTP, url)
    assert out.split() == ["True", "Ada"]


def test_sandbox_runs_with_uvx_from_its_wheel(sandbox_wheel: Wheel, tmp_path: Path) -> None:
    """What another-language team runs (`uvx hrflow-sandbox`), from the built wheel."""
    import httpx

    tool_run = ("tool", "run", "--from", sandbox_wheel.path, "hrflow-sandbox")
    offline_first(*tool_run, "--help")  # resolves and caches its environment
    command = [UV, "--offline", *tool_run]
    with serving(command, tmp_path / "sandbox.log") as url:
        answer = httpx.get(
            f"{url}/job/indexing",
            params={"board_key": "b", "key": "0" * 40},
            headers={"X-API-KEY": "k", "X-USER-EMAIL": "me@example.com"},
            timeout=10,
        )
    assert answer.json()["code"] == 404
