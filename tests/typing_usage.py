"""Type-checked with mypy --strict (see pyproject.toml): the public surface as a user writes it.

Every generated method appears here, sync and async, plain and `with_raw_response`,
so a generator change that loses a type fails mypy.
"""

import datetime

from hrflow_client import APIStatusError, AsyncHrFlow, HrFlow, RawResponse
from hrflow_client.models import Job, JobWrite, Profile
from hrflow_schemas import JobWrite as JobWriteSchema


def index_and_read(client: HrFlow) -> str:
    job: Job = client.job.create(
        board_key="board", job={"name": "Data Engineer", "reference": "ref-1"}
    )
    again: Job = client.job.get(board_key="board", reference="ref-1")
    raw: RawResponse[Job] = client.job.with_raw_response.get(board_key="board", key=job.key)
    edited: Job = client.job.edit(board_key="board", job=again, timeout=2.0, max_retries=1)
    raw_created: RawResponse[Job] = client.job.with_raw_response.create(
        board_key="board", job=JobWrite(name="Analyst")
    )
    raw_edited: RawResponse[Job] = client.job.with_raw_response.edit(board_key="board", job=edited)
    quiet: HrFlow = client.with_options(timeout=1.0, max_retries=0, default_headers={"X-A": "1"})
    quiet.job.get(board_key="b", key="k", extra_headers={"X-B": "2"}, extra_query={"q": 1})
    quiet.job.create(board_key="b", job=JobWriteSchema(name="x"), extra_body={"flag": True})
    request_id: str | None = raw.request_id
    assert raw.json["code"] == raw.code and raw.elapsed.total_seconds() >= 0 and request_id != ""
    assert raw.code == 200 and again.key == job.key and raw_created.data.key != raw_edited.data.key
    return job.key


def edit_profile_read_back(client: HrFlow, key: str) -> datetime.datetime | str | None:
    created: Profile = client.profile.create(source_key="source", profile={"info": {}})
    profile: Profile = client.profile.get(source_key="source", key=key)
    edited: Profile = client.profile.edit(source_key="source", profile=profile)
    raws: list[RawResponse[Profile]] = [
        client.profile.with_raw_response.create(source_key="source", profile=created),
        client.profile.with_raw_response.get(source_key="source", reference="r"),
        client.profile.with_raw_response.edit(source_key="source", profile=edited),
    ]
    assert all(raw.http_status in (200, 201) for raw in raws)
    start = edited.experiences[0].date_start if edited.experiences else None
    return start if isinstance(start, datetime.datetime | str) else None


async def read_async(client: AsyncHrFlow) -> int:
    try:
        job = await client.job.get(board_key="board", key="missing")
    except APIStatusError as error:
        return error.status_code
    created: Job = await client.job.create(board_key="board", job={"name": "x"})
    edited: Job = await client.job.edit(board_key="board", job=created)
    raw_job: RawResponse[Job] = await client.job.with_raw_response.get(board_key="b", key="k")
    await client.job.with_raw_response.create(board_key="board", job={"name": "y"})
    await client.job.with_raw_response.edit(board_key="board", job=edited)
    profile: Profile = await client.profile.create(source_key="s", profile={})
    profile = await client.profile.edit(source_key="s", profile=profile)
    profile = await client.profile.get(source_key="s", key=profile.key)
    raw_profile: RawResponse[Profile] = await client.profile.with_raw_response.get(
        source_key="s", key=profile.key
    )
    await client.profile.with_raw_response.create(source_key="s", profile={})
    await client.profile.with_raw_response.edit(source_key="s", profile=raw_profile.data)
    return len(job.skills or []) + raw_job.code
