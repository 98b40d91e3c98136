"""Type-checked with mypy --strict (see pyproject.toml): the public surface as a user writes it."""

import datetime

from hrflow_client import APIStatusError, AsyncHrFlow, HrFlow, RawResponse
from hrflow_client.models import Job, Profile


def index_and_read(client: HrFlow) -> str:
    job: Job = client.job.create(
        board_key="board", job={"name": "Data Engineer", "reference": "ref-1"}
    )
    again: Job = client.job.get(board_key="board", reference="ref-1")
    raw: RawResponse[Job] = client.job.with_raw_response.get(board_key="board", key=job.key)
    assert raw.code == 200 and again.key == job.key
    return job.key


def edit_profile_read_back(client: HrFlow, key: str) -> datetime.datetime | str | None:
    profile: Profile = client.profile.get(source_key="source", key=key)
    edited: Profile = client.profile.edit(source_key="source", profile=profile)
    start = edited.experiences[0].date_start if edited.experiences else None
    return start if isinstance(start, datetime.datetime | str) else None


async def read_async(client: AsyncHrFlow) -> int:
    try:
        job = await client.job.get(board_key="board", key="missing")
    except APIStatusError as error:
        return error.status_code
    return len(job.skills or [])
