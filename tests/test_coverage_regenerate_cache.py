"""`--check` skips the build only when nothing it depends on, nor generated/ itself, changed.

The pipeline runs on a small stand-in tree (its ROOT and GENERATED pointed at tmp_path)
with the build replaced by a counter, so each case costs milliseconds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pipeline
import pytest


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    for name in ("spec/openapi.yaml", "overrides/_x.py", "scripts/facade.py", "uv.lock"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(name)
    generated = tmp_path / "generated"
    (generated / "hrflow_client").mkdir(parents=True)
    (generated / "hrflow_client" / "job.py").write_text("class Job: ...\n")
    builds: dict[str, Any] = {"count": 0, "differences": []}

    def build(staging: Path, *, lint_published: bool = True) -> dict[str, int]:
        builds["count"] += 1
        return {"operations": 0, "schemas": 0, "models": 0}

    monkeypatch.setattr(pipeline, "ROOT", tmp_path)
    monkeypatch.setattr(pipeline, "GENERATED", generated)
    monkeypatch.setattr(pipeline, "STAMP", tmp_path / ".cache" / "stamp.json")
    monkeypatch.setattr(pipeline, "validate_spec", lambda: None)
    monkeypatch.setattr(pipeline, "build", build)
    monkeypatch.setattr(pipeline, "differences", lambda staging: builds["differences"])
    builds["root"] = tmp_path
    return builds


def test_a_second_check_with_nothing_changed_skips_the_build(tree: dict[str, Any]) -> None:
    assert pipeline.main(["--check"]) == 0 and tree["count"] == 1
    assert pipeline.main(["--check"]) == 0 and tree["count"] == 1
    assert pipeline.main(["--check", "--no-cache"]) == 0 and tree["count"] == 2


@pytest.mark.parametrize(
    "edited",
    [
        "spec/openapi.yaml",
        "overrides/_x.py",
        "scripts/facade.py",
        "uv.lock",
        "generated/hrflow_client/job.py",
    ],
)
def test_an_edit_to_an_input_or_to_generated_builds_again(
    tree: dict[str, Any], edited: str
) -> None:
    assert pipeline.main(["--check"]) == 0
    path: Path = tree["root"] / edited
    path.write_text(path.read_text() + "# edited\n")
    tree["differences"] = ["hrflow_client/job.py"]
    assert pipeline.main(["--check"]) == 1 and tree["count"] == 2
    assert pipeline.main(["--check"]) == 1 and tree["count"] == 3  # a stale tree is never cached
