"""Mirror mode (archive_missing) and its dry run, over real HTTP against the sandbox.

The engine's mirror logic runs against the adapter's optional `list` and `archive`.
The client has no listing or archiving operation yet, so this test's adapter lists a
board through the sandbox's control API and archives by editing a job with
`archive: true`; the engine code under test is the one users run.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from conftest import SANDBOX_HEADERS, SandboxControl

from hrflow_client import AsyncHrFlow
from hrflow_client.bulk import BulkUpsert, JobAdapter, Unsupported

BOARD = "mirror-board"
CREDENTIALS = {
    "api_key": SANDBOX_HEADERS["X-API-KEY"],
    "user_email": SANDBOX_HEADERS["X-USER-EMAIL"],
}


class ListingJobAdapter(JobAdapter):
    """Jobs of a sandbox board, with listing and archiving (see the module docstring)."""

    def __init__(self, client: AsyncHrFlow, namespace: str, base_url: str) -> None:
        super().__init__(client, namespace)
        self.state_url = base_url.removesuffix("/v1") + "/__sandbox/state"

    def supports(self, capability: str) -> bool:
        return capability in ("list", "archive")

    async def list(self) -> AsyncIterator[dict[str, Any]]:
        async with httpx.AsyncClient() as http:
            answer = await http.get(self.state_url, headers={"Content-Type": "application/json"})
            state = answer.json()
        for job in state["jobs"].get(self.namespace, []):
            yield job

    async def archive(self, reference: str) -> None:
        job = await self.get(reference)
        assert job is not None
        await self.edit({"name": job["name"], "reference": reference, "archive": True}, job["key"])


def jobs(*numbers: int) -> list[dict[str, Any]]:
    return [{"name": f"Job {n}", "reference": f"m{n}"} for n in numbers]


def archived(control: SandboxControl) -> set[str]:
    return {job["reference"] for job in control.jobs(BOARD) if job["archive"]}


async def test_archive_missing_archives_only_what_the_input_leaves_out_after_a_dry_run(
    sandbox_url: str, sandbox_control: SandboxControl
) -> None:
    async with AsyncHrFlow(**CREDENTIALS, base_url=sandbox_url) as client:
        adapter = ListingJobAdapter(client, BOARD, sandbox_url)
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


async def test_archive_missing_without_listing_fails_before_anything_is_sent(
    sandbox_url: str, sandbox_control: SandboxControl
) -> None:
    async with AsyncHrFlow(**CREDENTIALS, base_url=sandbox_url) as client:
        adapter = JobAdapter(client, BOARD)
        if adapter.supports("list") and adapter.supports("archive"):
            pytest.skip("this client can list and archive jobs")
        with pytest.raises(Unsupported, match=r"archive_missing needs job\.list"):
            await BulkUpsert(adapter, archive_missing=True).run(jobs(0))

    assert sandbox_control.requests("indexJob") == 0
