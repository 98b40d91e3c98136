"""The README's quick start and its sections per capability run as written, against the sandbox.

Only the client's construction is swapped for one on the sandbox, and the state a
section assumes (a profile with the email it archives, a `cv.pdf`) is prepared first.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest
from test_coverage_api import pdf

from hrflow_client import HrFlow

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = (
    "## Quick start",
    "### Boards, sources, lists and pagination",
    "### Archive",
    "### Parse a resume",
    "### Search and score",
)


def first_python_block(readme: str, heading: str) -> str:
    after = readme.split(f"\n{heading}\n", 1)[1]
    match = re.search(r"```python\n(.*?)```", after, flags=re.DOTALL)
    assert match is not None, heading
    return match.group(1)


def test_the_readme_quick_start_sections_run_as_written(
    sandbox_url: str,
    sandbox_headers: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (tmp_path / "cv.pdf").write_bytes(
        pdf("Harry Potter", "harry.potter@hogwarts.edu", "Skills: python, data")
    )
    monkeypatch.chdir(tmp_path)
    with HrFlow(
        api_key=sandbox_headers["X-API-KEY"],
        user_email=sandbox_headers["X-USER-EMAIL"],
        base_url=sandbox_url,
    ) as client:
        names: dict[str, object] = {}
        printed = io.StringIO()
        for heading in SECTIONS:
            code = first_python_block(readme, heading)
            code = re.sub(r"^client = HrFlow\(.*$", "", code, flags=re.MULTILINE)
            if heading == "### Archive":
                client.profile.create(
                    source_key="my-source", profile={"info": {"email": "harry@hogwarts.edu"}}
                )
            names["client"] = client
            with contextlib.redirect_stdout(printed):
                exec(compile(code, f"README.md {heading}", "exec"), names)
        archived = list(client.profile.list(source_keys=["my-source"], return_profile=True))
    output = printed.getvalue()
    assert "Harry Potter ['harry.potter@hogwarts.edu']" in output
    assert re.search(r"^\d\.\d\d Data Engineer$", output, flags=re.MULTILINE)
    assert "harry@hogwarts.edu" not in [p.info.email for p in archived]
    assert names["attachments"] and names["parsing"] is not None
