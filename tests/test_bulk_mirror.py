"""Mirror mode (archive_missing) and its dry run, over real HTTP against the sandbox.

The engine lists the board through `job.list` (page after page) and archives through
`job.archive`, the client's own operations.
"""

from __future__ import annotations

from typing import Any

from conftest import SANDBOX_HEADERS, SandboxControl

from hrflow_client import AsyncHrFlow
from hrflow_client.bulk import BulkUpsert, ClientAdapter

BOARD = "mirror-board"
CREDENTIALS = {
    "api_key": SANDBOX_HEADERS["X-API-KEY"],
    "user_email": SANDBOX_HEADERS["X-USER-EMAIL"],
}


def jobs(*numbers: int) -> list[dict[str, Any]]:
    return [{"name": f"Job {n}", "reference": f"m{n}"} for n in numbers]


def archived(control: SandboxControl) -> set[str]:
    return {job["reference"] for job in control.jobs(BOARD) if job["archive"]}


async def test_archive_missing_archives_only_what_the_input_leaves_out_after_a_dry_run(
    sandbox_url: str, sandbox_control: SandboxControl
) -> None:
    async with AsyncHrFlow(**CREDENTIALS, base_url=sandbox_url) as client:
        adapter = ClientAdapter(client, "job", BOARD)
        await BulkUpsert(adapter).run(jobs(0, 1, 2, 3, 4))

        plan = await BulkUpsert(adapter, archive_missing=True, dry_run=True).run(jobs(0, 1, 2))
        archived_by_plan = archived(sandbox_control)
        mirror = await BulkUpsert(adapter, archive_missing=True).run(jobs(0, 1, 2))
        again = await BulkUpsert(adapter, archive_missing=True).run(jobs(0, 1, 2))

    assert plan.counts == {"unchanged": 3, "would_archive": 2}
    assert archived_by_plan == set()
    assert mirror.counts == {"unchanged": 3, "archived": 2}
    assert archived(sandbox_control) == {"m3", "m4"}
    assert again.counts == {"unchanged": 3}
    assert len(sandbox_control.jobs(BOARD)) == 5
