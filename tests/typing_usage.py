"""Type-checked with mypy --strict (see pyproject.toml): the public surface as a user writes it.

Every generated method appears here, sync and async, plain and `with_raw_response`,
so a generator change that loses a type fails mypy.
"""

import datetime
from pathlib import Path
from typing import Any

from hrflow_client import (
    APIStatusError,
    AsyncHrFlow,
    AsyncPager,
    HrFlow,
    Page,
    PageMeta,
    Pager,
    RawResponse,
)
from hrflow_client.bulk import Summary
from hrflow_client.models import (
    Attachment,
    Job,
    JobWrite,
    Namespace,
    Parsing,
    Profile,
    Source,
)
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
    # What a stored object always carries reads without narrowing.
    indexed: datetime.datetime = job.created_at
    assert indexed.year > 2000
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


def cover_the_api(client: HrFlow, resume: Path) -> float:
    boards: list[Namespace] = list(client.board.list(name="x", sort_by="name", order_by="asc"))
    board: Namespace = client.board.get(key="b")
    sources: Pager[Source] = client.source.list(page=1, limit=10)
    source: Source = client.source.get(key="s")
    job_pages: list[Page[Job]] = list(client.job.list(board_keys=["b"], return_job=True).pages())
    meta: PageMeta = job_pages[0].meta
    profiles: list[Profile] = list(client.profile.list(source_keys=["s"], limit=5))
    raw_page: RawResponse[list[Job]] = client.job.with_raw_response.list(board_keys=["b"])
    archived: dict[str, Any] = client.job.archive(board_key="b", reference="r")
    restored: dict[str, Any] = client.profile.archive(source_key="s", key="k", archived=False)
    for file in (resume, b"%PDF-1.4", resume.open("rb")):
        parsed: dict[str, Any] | list[Any] = client.profile.parse(
            source_key="s", file=file, sync_parsing=True, tags=[{"name": "t", "value": "v"}]
        )
    parsing: Parsing = client.profile.get_parsing(source_key="s", profile_email="a@x.io")
    attachments: list[Attachment] = client.profile.attachments(source_key="s", key="k")
    found: list[Job] = list(client.job.search(board_keys=["b"], skills=["sql"], text_keywords=[]))
    people: Pager[Profile] = client.profile.search(source_keys=["s"], stage="yes")
    scored: list[tuple[Job, float]] = list(
        client.job.score(board_keys=["b"], source_key="s", profile_key="p")
    )
    ranked: Pager[tuple[Profile, float]] = client.profile.score(
        source_keys=["s"], board_key="b", job_key="j"
    )
    raw_scores: RawResponse[list[tuple[Profile, float]]] = client.profile.with_raw_response.score(
        source_keys=["s"], board_key="b", job_key="j"
    )
    auth: dict[str, Any] = client.auth.check()
    hook: dict[str, Any] = client.webhook.check(url="https://e.io", type="profile.parse.success")
    counted = [boards, board, sources, source, meta, profiles, raw_page, archived, restored]
    counted += [parsed, parsing, attachments, found, people, ranked, raw_scores, auth, hook]
    bulk: Summary = client.job.bulk_upsert(board_key="b", jobs=[{"name": "n", "reference": "r"}])
    counted += [bulk, client.profile.bulk_upsert(source_key="s", profiles=iter([]), dry_run=True)]
    return sum(score for _, score in scored) + len(counted)


async def cover_the_api_async(client: AsyncHrFlow) -> int:
    boards: AsyncPager[Namespace] = client.board.list()
    names = [board.key async for board in boards]
    pages = [page.meta.total async for page in client.job.list(board_keys=["b"]).pages()]
    pairs = [
        (job.key, score)
        async for job, score in client.job.score(board_keys=["b"], source_key="s", profile_key="p")
    ]
    people = [p.key async for p in client.profile.search(source_keys=["s"])]
    listed = [p.key async for p in client.profile.list(source_keys=["s"])]
    found = [j.key async for j in client.job.search(board_keys=["b"])]
    ranked = [
        p.key async for p, _ in client.profile.score(source_keys=["s"], board_key="b", job_key="j")
    ]
    sources = [s.key async for s in client.source.list()]
    board: Namespace = await client.board.get(key="b")
    source: Source = await client.source.get(key="s")
    archived: dict[str, Any] = await client.job.archive(board_key="b", key="k", archived=True)
    restored: dict[str, Any] = await client.profile.archive(source_key="s", reference="r")
    parsed: dict[str, Any] | list[Any] = await client.profile.parse(source_key="s", file=b"x")
    parsing: Parsing = await client.profile.get_parsing(source_key="s", key="k")
    attachments: list[Attachment] = await client.profile.attachments(source_key="s", key="k")
    raw: RawResponse[list[Job]] = await client.job.with_raw_response.search(board_keys=["b"])
    auth: dict[str, Any] = await client.auth.check()
    hook: dict[str, Any] = await client.webhook.check(url="https://e.io", type="job.score.start")
    more = [board, source, archived, restored, parsed, parsing, attachments, raw, auth, hook]
    return len(names + pages + pairs + people + listed + found + ranked + sources + more)
