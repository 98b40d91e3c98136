"""Every operation of issue 16 on `HrFlow` and `AsyncHrFlow`, over real HTTP against the sandbox.

Lists and searches are iterators fetching page after page; scores are (item, score)
pairs; key arrays are Python lists; `archived` is a boolean; `parse` takes a path,
bytes or a binary file.
"""

from __future__ import annotations

import asyncio
import io
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import SandboxControl

from hrflow_client import (
    APIStatusError,
    AsyncHrFlow,
    HrFlow,
    InvalidRequestError,
    NotFoundError,
    Page,
    PageMeta,
)
from hrflow_client.models import Attachment, Job, Namespace, Parsing, Profile, Source

RESUME = b"Harry Potter\nharry.potter@hogwarts.edu\n+44 20 7946 0958\nSkills: python, sql\n"
SKILLS = {"java": ["java"], "half": ["python"], "full": ["python", "sql"]}


@pytest.fixture
def client(sandbox_url: str, sandbox_headers: dict[str, str]) -> Iterator[HrFlow]:
    with HrFlow(
        api_key=sandbox_headers["X-API-KEY"],
        user_email=sandbox_headers["X-USER-EMAIL"],
        base_url=sandbox_url,
        max_retries=2,
    ) as hrflow:
        yield hrflow


def async_client(url: str, headers: dict[str, str], **options: Any) -> AsyncHrFlow:
    return AsyncHrFlow(
        api_key=headers["X-API-KEY"],
        user_email=headers["X-USER-EMAIL"],
        base_url=url,
        http_backend="httpx",
        **options,
    )


def jobs(client: HrFlow, board: str, count: int) -> list[str]:
    return [
        client.job.create(board_key=board, job={"name": f"Job {n}", "reference": f"r{n}"}).key
        for n in range(count)
    ]


def skills(*names: str) -> list[dict[str, str]]:
    return [{"name": name, "type": "hard"} for name in names]


# ---- pagination -------------------------------------------------------------------------


def test_a_list_iterates_over_every_page_and_stops_after_max_page(
    client: HrFlow, sandbox_control: SandboxControl
) -> None:
    created = jobs(client, "b", 5)
    listed = [job.key for job in client.job.list(board_keys=["b"], limit=2, order_by="asc")]
    assert listed == created
    assert sandbox_control.requests("listJobs") == 3  # pages 1, 2, 3 (maxPage): no extra call


def test_pages_carry_their_meta_and_the_last_one_is_short(client: HrFlow) -> None:
    jobs(client, "b", 5)
    pages = list(client.job.list(board_keys=["b"], limit=2).pages())
    assert [page.meta for page in pages] == [
        PageMeta(page=1, max_page=3, count=2, total=5),
        PageMeta(page=2, max_page=3, count=2, total=5),
        PageMeta(page=3, max_page=3, count=1, total=5),
    ]
    assert all(isinstance(page, Page) and page.response.http_status == 200 for page in pages)
    assert [len(page.items) for page in pages] == [2, 2, 1]


def test_an_empty_board_gives_one_empty_page_with_max_page_zero(
    client: HrFlow, sandbox_control: SandboxControl
) -> None:
    client.job.create(board_key="b", job={"name": "gone", "reference": "g"})
    client.job.archive(board_key="b", reference="g")
    assert list(client.job.list(board_keys=["b"])) == []
    (page,) = client.job.list(board_keys=["b"]).pages()
    assert page.meta == PageMeta(page=1, max_page=0, count=0, total=0) and page.items == []
    assert sandbox_control.requests("listJobs") == 2


def test_iteration_starts_at_the_page_asked_for_and_a_page_past_the_end_is_empty(
    client: HrFlow,
) -> None:
    created = jobs(client, "b", 3)
    assert [j.key for j in client.job.list(board_keys=["b"], limit=1, page=2, order_by="asc")] == (
        created[1:]
    )
    (past,) = client.job.list(board_keys=["b"], limit=2, page=9).pages()
    assert past.items == [] and past.meta == PageMeta(page=9, max_page=2, count=0, total=3)


def test_a_limit_above_the_cap_is_refused_naming_it(client: HrFlow) -> None:
    jobs(client, "b", 1)
    assert len(list(client.job.list(board_keys=["b"], limit=1000))) == 1
    with pytest.raises(APIStatusError, match="limit"):
        list(client.job.list(board_keys=["b"], limit=1001))


def test_a_page_failing_mid_iteration_is_retried_not_skipped(
    client: HrFlow, sandbox_control: SandboxControl
) -> None:
    created = jobs(client, "b", 4)
    walk = iter(client.job.list(board_keys=["b"], limit=2, order_by="asc"))
    first = [next(walk).key, next(walk).key]
    sandbox_control.queue_faults("503", "drop")
    rest = [job.key for job in walk]
    assert first + rest == created
    assert sandbox_control.requests("listJobs") == 4  # page 1, page 2 three times


def test_a_page_that_keeps_failing_raises_and_nothing_after_it_is_yielded(
    client: HrFlow, sandbox_control: SandboxControl
) -> None:
    jobs(client, "b", 4)
    walk = iter(client.job.list(board_keys=["b"], limit=2, max_retries=0))
    seen = [next(walk), next(walk)]
    sandbox_control.queue_faults("500")
    with pytest.raises(APIStatusError) as failed:
        next(walk)
    assert failed.value.status_code == 500 and len(seen) == 2
    with pytest.raises(StopIteration):
        next(walk)


def test_a_raw_list_answers_one_page_with_its_meta(client: HrFlow) -> None:
    jobs(client, "b", 3)
    raw = client.job.with_raw_response.list(board_keys=["b"], limit=2, page=2)
    assert len(raw.data) == 1 and raw.meta == {"page": 2, "maxPage": 2, "count": 1, "total": 3}


def test_key_arrays_are_python_lists_and_a_string_is_refused_before_sending(
    client: HrFlow, sandbox_control: SandboxControl
) -> None:
    jobs(client, "a", 1)
    jobs(client, "b", 2)
    assert len(list(client.job.list(board_keys=["a", "b"]))) == 3
    with pytest.raises(InvalidRequestError, match="board_keys must be a list"):
        client.job.list(board_keys="a", limit=1).pages().__next__()  # type: ignore[arg-type]
    assert sandbox_control.requests("listJobs") == 1


# ---- every operation, sync --------------------------------------------------------------


def test_boards_and_sources_are_listed_and_read(client: HrFlow) -> None:
    jobs(client, "b1", 1)
    client.profile.create(source_key="s1", profile={"info": {"full_name": "A B"}})
    boards = list(client.board.list())
    assert [type(b) for b in boards] == [Namespace] and boards[0].key == "b1"
    assert client.board.get(key="b1").stats.size == "1"
    sources = list(client.source.list(name="sandbox"))
    assert [type(s) for s in sources] == [Source] and client.source.get(key="s1").key == "s1"
    with pytest.raises(NotFoundError):
        client.source.get(key="missing")


def test_profiles_are_listed_searched_and_archived_by_email(client: HrFlow) -> None:
    alice = client.profile.create(
        source_key="s", profile={"info": {"email": "a@x.io"}, "skills": skills("sql")}
    )
    client.profile.create(source_key="s", profile={"info": {"email": "b@x.io"}})
    assert {p.key for p in client.profile.list(source_keys=["s"])} >= {alice.key}
    found = list(client.profile.search(source_keys=["s"], skills=["SQL"]))
    assert [type(p) for p in found] == [Profile] and found[0].key == alice.key
    assert client.profile.archive(source_key="s", email="a@x.io") == {"key": alice.key}
    assert [p.key for p in client.profile.list(source_keys=["s"])] != [alice.key]
    assert len(list(client.profile.list(source_keys=["s"]))) == 1
    client.profile.archive(source_key="s", key=alice.key, archived=False)
    assert len(list(client.profile.list(source_keys=["s"], return_profile=True))) == 2


def test_a_job_is_archived_and_restored_by_reference(client: HrFlow) -> None:
    (key,) = jobs(client, "b", 1)
    assert client.job.archive(board_key="b", reference="r0") == {"key": key}
    assert list(client.job.search(board_keys=["b"])) == []
    assert client.job.get(board_key="b", key=key).archive
    client.job.archive(board_key="b", key=key, archived=False)
    assert [j.key for j in client.job.search(board_keys=["b"], names=["Job"])] == [key]
    with pytest.raises(InvalidRequestError, match="exactly one of key= or reference="):
        client.job.archive(board_key="b", key=key, reference="r0")


def test_scores_are_item_score_pairs_best_first(client: HrFlow) -> None:
    for name, names in SKILLS.items():
        client.job.create(board_key="b", job={"name": name, "skills": skills(*names)})
    profile = client.profile.create(
        source_key="s", profile={"info": {"full_name": "A B"}, "skills": skills("python", "sql")}
    )
    pairs = list(client.job.score(board_keys=["b"], source_key="s", profile_key=profile.key))
    assert [(job.name, score) for job, score in pairs] == [
        ("full", 0.6667),
        ("half", 0.3333),
        ("java", 0.0),
    ]
    paged = list(
        client.job.score(board_keys=["b"], source_key="s", profile_key=profile.key, limit=1)
    )
    assert [(j.name, s) for j, s in paged] == [(j.name, s) for j, s in pairs]  # 3 pages of 1
    job = client.job.create(board_key="b", job={"name": "sql", "skills": skills("sql")})
    ranked = list(client.profile.score(source_keys=["s"], board_key="b", job_key=job.key))
    assert [(type(p), p.key) for p, _ in ranked] == [(Profile, profile.key)]
    assert 0 < ranked[0][1] <= 1


def test_a_file_is_parsed_from_a_path_bytes_or_a_binary_file(
    client: HrFlow, tmp_path: Path
) -> None:
    path = tmp_path / "harry.txt"
    path.write_bytes(RESUME)
    from_path = client.profile.parse(source_key="s", file=path, sync_parsing=True, reference="p")
    assert isinstance(from_path, dict)
    profile = from_path["profile"]
    assert profile["info"]["email"] == "harry.potter@hogwarts.edu"
    with path.open("rb") as file:
        client.profile.parse(source_key="s", file=file, sync_parsing=True, reference="f")
    client.profile.parse(
        source_key="s",
        file=RESUME,
        sync_parsing=True,
        reference="b",
        tags=[{"name": "team", "value": "data"}],
    )
    tagged = client.profile.get(source_key="s", reference="b")
    assert [(t.name, t.value) for t in tagged.tags or []] == [("team", "data")]
    parsing = client.profile.get_parsing(source_key="s", reference="p")
    assert isinstance(parsing, Parsing)
    attachments = client.profile.attachments(source_key="s", key=profile["key"])
    assert [type(a) for a in attachments] == [Attachment]
    assert attachments[0].original_file_name == "harry.txt"
    by_file = client.profile.attachments(source_key="s", reference="f")
    assert by_file[0].original_file_name == "harry.txt"


def test_an_asynchronous_parse_is_queued_then_appears(client: HrFlow) -> None:
    queued = client.profile.parse(source_key="s", file=io.BytesIO(RESUME), reference="later")
    assert queued == []
    deadline = time.monotonic() + 5
    while True:
        try:
            client.profile.get(source_key="s", reference="later")
            break
        except NotFoundError:
            assert time.monotonic() < deadline
            time.sleep(0.05)


def test_a_missing_file_or_a_text_file_object_is_refused_naming_it(
    client: HrFlow, tmp_path: Path
) -> None:
    with pytest.raises(InvalidRequestError, match="file: cannot read"):
        client.profile.parse(source_key="s", file=tmp_path / "nope.pdf")
    text = tmp_path / "t.txt"
    text.write_text("x")
    with text.open() as opened, pytest.raises(InvalidRequestError, match="binary mode"):
        client.profile.parse(source_key="s", file=opened)  # type: ignore[arg-type]


def test_auth_and_webhook_checks(client: HrFlow) -> None:
    assert client.auth.check()["api_key_permission"] == "all"
    answer = client.webhook.check(url="https://example.com/h", type="profile.parse.success")
    assert answer["url"] == "https://example.com/h"


# ---- every operation, async -------------------------------------------------------------


async def collect(items: AsyncIterator[Any]) -> list[Any]:
    return [item async for item in items]


def test_every_operation_works_on_async_hrflow(
    client: HrFlow, sandbox_url: str, sandbox_headers: dict[str, str]
) -> None:
    created = jobs(client, "b", 3)

    async def run() -> dict[str, Any]:
        async with async_client(sandbox_url, sandbox_headers) as aclient:
            listed = await collect(aclient.job.list(board_keys=["b"], limit=2, order_by="asc"))
            pages = await collect(aclient.job.list(board_keys=["b"], limit=2).pages())
            profile = await aclient.profile.create(
                source_key="s", profile={"info": {"email": "a@x.io"}, "skills": skills("job")}
            )
            parsed = await aclient.profile.parse(
                source_key="s", file=RESUME, sync_parsing=True, reference="cv"
            )
            assert isinstance(parsed, dict)
            scored = await collect(
                aclient.job.score(board_keys=["b"], source_key="s", profile_key=profile.key)
            )
            return {
                "listed": [job.key for job in listed],
                "metas": [page.meta.count for page in pages],
                "boards": [b.key for b in await collect(aclient.board.list())],
                "board": (await aclient.board.get(key="b")).key,
                "sources": [s.key for s in await collect(aclient.source.list())],
                "source": (await aclient.source.get(key="s")).key,
                "profiles": len(await collect(aclient.profile.list(source_keys=["s"]))),
                "searched": len(await collect(aclient.job.search(board_keys=["b"]))),
                "found": len(await collect(aclient.profile.search(source_keys=["s"]))),
                "scored": [(type(j), type(s)) for j, s in scored],
                "ranked": len(
                    await collect(
                        aclient.profile.score(source_keys=["s"], board_key="b", job_key=created[0])
                    )
                ),
                "archived": await aclient.job.archive(board_key="b", key=created[0]),
                "profile_archived": await aclient.profile.archive(source_key="s", reference="cv"),
                "parsing": type(await aclient.profile.get_parsing(source_key="s", reference="cv")),
                "attachments": len(
                    await aclient.profile.attachments(source_key="s", reference="cv")
                ),
                "auth": (await aclient.auth.check())["team_name"],
                "webhook": (
                    await aclient.webhook.check(url="https://e.io/h", type="action.stage.success")
                )["type"],
                "raw": (await aclient.job.with_raw_response.list(board_keys=["b"])).meta,
            }

    result = asyncio.run(run())
    assert result["listed"] == created and result["metas"] == [2, 1]
    assert (result["boards"], result["board"], result["sources"], result["source"]) == (
        ["b"],
        "b",
        ["s"],
        "s",
    )
    assert (result["profiles"], result["searched"], result["found"], result["ranked"]) == (
        2,
        3,
        2,
        2,
    )
    assert result["scored"] == [(Job, float)] * 3
    assert result["archived"] == {"key": created[0]} and "key" in result["profile_archived"]
    assert (result["parsing"], result["attachments"], result["auth"]) == (Parsing, 1, "sandbox")
    assert result["webhook"] == "action.stage.success"
    assert result["raw"] == {"page": 1, "maxPage": 1, "count": 2, "total": 2}


def test_an_async_page_failing_mid_iteration_is_retried(
    client: HrFlow,
    sandbox_url: str,
    sandbox_headers: dict[str, str],
    sandbox_control: SandboxControl,
) -> None:
    created = jobs(client, "b", 3)

    async def run() -> list[str]:
        async with async_client(sandbox_url, sandbox_headers, max_retries=2) as aclient:
            seen = []
            async for job in aclient.job.list(board_keys=["b"], limit=2, order_by="asc"):
                seen.append(job.key)
                if len(seen) == 1:
                    sandbox_control.queue_faults("503")
            return seen

    assert asyncio.run(run()) == created
    assert sandbox_control.requests("listJobs") == 3
