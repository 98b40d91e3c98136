"""Another language end to end: a TypeScript client made from the published spec drives the sandbox.

`tests/typescript/e2e/roundtrip.mts` uses the published types
(`generated/typescript/hrflow.d.ts`) with openapi-fetch (pinned in package.json): it
creates jobs, lists them back page by page, archives one and lists again. tsc compiles
it strictly (a spec change breaking the script fails here), then node runs it.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import SandboxControl

ROOT = Path(__file__).resolve().parent.parent
E2E = ROOT / "tests" / "typescript" / "e2e"


def test_a_typescript_client_creates_lists_through_pages_and_archives_a_job(
    tmp_path: Path,
    sandbox_url: str,
    sandbox_headers: dict[str, str],
    sandbox_control: SandboxControl,
) -> None:
    (tmp_path / "node_modules").symlink_to(ROOT / "node_modules")  # resolves openapi-fetch
    compiled = subprocess.run(
        [ROOT / "node_modules" / ".bin" / "tsc", "-p", E2E / "tsconfig.json", "--outDir", tmp_path],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    ran = subprocess.run(
        ["node", tmp_path / "roundtrip.mjs", sandbox_url, sandbox_headers["X-API-KEY"]],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert ran.returncode == 0, ran.stderr
    result = json.loads(ran.stdout)

    created = result["created"]
    assert result["before"] == {"keys": created[::-1], "pages": 3}  # newest first, limit 1
    assert result["archived"] == created[0]
    assert result["after"] == {"keys": created[:0:-1], "pages": 2}
    stored = {job["key"]: job for job in sandbox_control.jobs("ts-board")}
    assert set(stored) == set(created) and stored[created[0]]["archive"]
    assert sandbox_control.requests("listJobs") == 5
