"""scripts/pipeline.py: drift is caught, spec changes flow into the models, a broken spec changes nothing.

Each test runs the real pipeline on a copy of the project (tools shared with this
checkout), so the checkout itself is never touched.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("spec", "overrides", "scripts", "generated", "pyproject.toml")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, tmp_path / name)
    (tmp_path / "node_modules").symlink_to(ROOT / "node_modules")
    return tmp_path


def regenerate(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(project / "scripts" / "pipeline.py"), "--no-smoke", *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )


def tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def test_check_lists_a_hand_edited_generated_file(project: Path) -> None:
    edited = project / "generated" / "hrflow_client" / "models" / "job.py"
    edited.write_text(edited.read_text() + "\n# a hand edit\n")
    result = regenerate(project, "--check")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "hrflow_client/models/job.py" in result.stdout.splitlines()[-1]


@pytest.mark.timeout(600)  # two full regenerations: minutes on a busy 2-core machine
def test_a_new_optional_field_in_the_spec_shows_up_in_every_generated_artefact(
    project: Path,
) -> None:
    spec = project / "spec" / "openapi.yaml"
    anchor = "    JobWrite:\n      type: object\n      description: A job as written. Every list defaults to empty when omitted.\n      properties:\n"
    text = spec.read_text()
    assert anchor in text
    field = "        remote_policy:\n          type: [string, 'null']\n          description: Whether the job can be done remotely.\n"
    spec.write_text(text.replace(anchor, anchor + field))
    result = regenerate(project)
    assert result.returncode == 0, result.stdout + result.stderr
    generated = project / "generated"
    assert (
        "remote_policy: None | str | Unset"
        in (generated / "hrflow_client/models/job_write.py").read_text()
    )
    assert "remote_policy: str | None" in (generated / "hrflow_schemas/__init__.py").read_text()
    assert "remote_policy?: string | null;" in (generated / "typescript/hrflow.d.ts").read_text()
    assert '"remote_policy"' in (generated / "openapi/openapi-3.0.json").read_text()
    assert regenerate(project, "--check").returncode == 0


def test_a_broken_spec_fails_with_its_line_and_leaves_generated_untouched(project: Path) -> None:
    spec = project / "spec" / "openapi.yaml"
    lines = spec.read_text().splitlines(keepends=True)
    broken = next(i for i, line in enumerate(lines) if line.strip() == "operationId: editJob")
    lines[broken] = lines[broken].replace("operationId: editJob", "operationId: [editJob]")
    spec.write_text("".join(lines))
    before = tree_digest(project / "generated")
    result = regenerate(project)
    assert result.returncode == 1
    assert f"spec/openapi.yaml:{broken + 1}:" in result.stderr, result.stderr
    assert tree_digest(project / "generated") == before


def test_an_override_replacing_a_generated_module_must_say_so(project: Path) -> None:
    (project / "overrides" / "types.py").write_text('"""Shadows types.py without saying so."""\n')
    result = regenerate(project)
    assert result.returncode == 1
    assert "overrides/types.py replaces a generated module" in result.stderr
