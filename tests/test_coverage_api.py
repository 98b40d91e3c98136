"""Boards, sources, lists, archive, parsing, attachments, search, score, auth and webhook check.

Over real HTTP against the sandbox, through the generated functional API
(`hrflow_client.api.<tag>.<module>`), which JSON-encodes nothing by itself: parameters
marked `x-hrflow-json-encoded` are typed `str` and take the JSON text.
"""

from __future__ import annotations

import io
import json
import time
import zlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import SANDBOX_HEADERS, SandboxControl

from hrflow_client import BadRequestError, HrFlow, NotFoundError
from hrflow_client.api.auth import check_auth
from hrflow_client.api.board import get_board, list_boards
from hrflow_client.api.job import archive_job, list_jobs, score_jobs, search_jobs
from hrflow_client.api.profile import (
    archive_profile,
    get_profile,
    get_profile_attachments,
    get_profile_parsing,
    list_profiles,
    parse_profile_file,
    score_profiles,
    search_profiles,
)
from hrflow_client.api.source import get_source, list_sources
from hrflow_client.api.webhook import check_webhook
from hrflow_client.client import AuthenticatedClient
from hrflow_client.models import (
    ArchiveJobRequest,
    ArchiveJobRequestIsArchive,
    ArchiveProfileRequest,
    ArchiveProfileRequestIsArchive,
    CheckWebhookRequest,
    ListJobsResponse,
    ParseProfileFileQueuedResponse,
    ParseProfileFileRequest,
    ParseProfileFileRequestSyncParsing,
    ParseProfileFileResponse,
    WebhookEventType,
)
from hrflow_client.types import File

RESUME = b"Harry Potter\nharry.potter@hogwarts.edu\n+44 20 7946 0958\nSkills: python, sql, magic\n"


def keys(*names: str) -> str:
    """The JSON text a `*_keys` parameter takes."""
    return json.dumps(list(names))


def pdf(*lines: str, compress: bool = True) -> bytes:
    """A one-page PDF showing `lines`, its content stream Flate-compressed."""
    shown = " T* ".join(f"({line}) Tj" for line in lines)
    stream = f"BT /F1 12 Tf 72 720 Td 14 TL {shown} ET".encode()
    if compress:
        stream = zlib.compress(stream)
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n4 0 obj<</Length "
        + str(len(stream)).encode()
        + (b"/Filter/FlateDecode" if compress else b"")
        + b">>stream\n"
        + stream
        + b"\nendstream\nendobj\n%%EOF\n"
    )


@pytest.fixture
def hrflow(sandbox_url: str, sandbox_headers: dict[str, str]) -> Iterator[HrFlow]:
    with HrFlow(
        api_key=sandbox_headers["X-API-KEY"],
        user_email=sandbox_headers["X-USER-EMAIL"],
        base_url=sandbox_url,
        max_retries=0,
    ) as client:
        yield client


@pytest.fixture
def api(hrflow: HrFlow) -> AuthenticatedClient:
    return hrflow.api_client


def index_jobs(hrflow: HrFlow, board: str, *jobs: dict[str, Any]) -> list[str]:
    return [hrflow.job.create(board_key=board, job=job).key for job in jobs]


def parse(api: AuthenticatedClient, source: str, content: bytes, name: str, **form: Any) -> Any:
    body = ParseProfileFileRequest(
        source_key=source,
        file=File(payload=io.BytesIO(content), file_name=name),
        sync_parsing=ParseProfileFileRequestSyncParsing.VALUE_1,
        **form,
    )
    return parse_profile_file.sync(client=api, body=body)


# ---- boards and sources -------------------------------------------------------


def test_boards_exist_once_used_or_seeded_and_are_listed_with_their_size(
    hrflow: HrFlow, api: AuthenticatedClient, sandbox_control: SandboxControl
) -> None:
    index_jobs(hrflow, "board-a", {"name": "One"}, {"name": "Two"})
    httpx.post(
        sandbox_control.root + "/boards",
        json={"key": "board-b", "name": "Hiring 2026"},
        headers=SANDBOX_HEADERS,
    ).raise_for_status()
    listed = list_boards.sync(client=api, order_by=list_boards.ListBoardsOrderBy.ASC)
    assert listed is not None and listed.meta.total == 2
    assert [(b.key, b.stats.size) for b in listed.data] == [("board-a", "2"), ("board-b", "0")]
    named = list_boards.sync(client=api, name="hiring")
    assert [b.key for b in named.data] == ["board-b"]
    board = get_board.sync(client=api, key="board-b")
    assert board.data.name == "Hiring 2026"
    with pytest.raises(NotFoundError, match="Board not found"):
        get_board.sync(client=api, key="never-used")


def test_sources_come_from_indexed_and_parsed_profiles(
    hrflow: HrFlow, api: AuthenticatedClient
) -> None:
    hrflow.profile.create(source_key="src-1", profile={"info": {"full_name": "A B"}})
    parse(api, "src-2", RESUME, "cv.txt")
    listed = list_sources.sync(client=api)
    assert {s.key for s in listed.data} == {"src-1", "src-2"}
    assert get_source.sync(client=api, key="src-2").data.stats.size == "1"
    with pytest.raises(NotFoundError):
        get_source.sync(client=api, key="nope")


# ---- pagination -------------------------------------------------------------------


def test_list_pages_carry_meta_and_end_with_an_empty_page_past_max_page(
    hrflow: HrFlow, api: AuthenticatedClient
) -> None:
    created = index_jobs(hrflow, "b", *({"name": f"Job {i}"} for i in range(5)))
    pages = [
        list_jobs.sync(client=api, board_keys=keys("b"), limit=2, page=page)
        for page in (1, 2, 3, 4)
    ]
    metas = [(p.meta.page, p.meta.max_page, p.meta.count, p.meta.total) for p in pages]
    assert metas == [(1, 3, 2, 5), (2, 3, 2, 5), (3, 3, 1, 5), (4, 3, 0, 5)]
    seen = [job.key for page in pages for job in page.data]
    assert seen == list(reversed(created))  # newest first, each once


def test_an_empty_board_has_max_page_zero(
    api: AuthenticatedClient, sandbox_control: SandboxControl
) -> None:
    httpx.post(
        sandbox_control.root + "/boards", json={"key": "empty"}, headers=SANDBOX_HEADERS
    ).raise_for_status()
    page = list_jobs.sync(client=api, board_keys=keys("empty"))
    assert (page.meta.page, page.meta.max_page, page.meta.count, page.meta.total) == (1, 0, 0, 0)
    assert page.data == []


def test_limit_is_capped_at_1000_and_page_starts_at_1(
    hrflow: HrFlow, api: AuthenticatedClient
) -> None:
    index_jobs(hrflow, "b", {"name": "x"})
    assert list_jobs.sync(client=api, board_keys=keys("b"), limit=1000).meta.count == 1
    with pytest.raises(BadRequestError, match="'limit': must be between 1 and 1000"):
        list_jobs.sync(client=api, board_keys=keys("b"), limit=1001)
    with pytest.raises(BadRequestError, match="'page'"):
        list_jobs.sync(client=api, board_keys=keys("b"), page=0)


def test_key_arrays_must_be_json_text_not_repeated_parameters(
    hrflow: HrFlow, sandbox_url: str, sandbox_headers: dict[str, str]
) -> None:
    index_jobs(hrflow, "b", {"name": "x"})
    repeated = httpx.get(
        sandbox_url + "/storing/jobs", params=[("board_keys", "b")], headers=sandbox_headers
    )
    assert repeated.json()["code"] == 400 and "JSON array" in repeated.json()["message"]
    encoded = httpx.get(
        sandbox_url + "/storing/jobs", params={"board_keys": '["b"]'}, headers=sandbox_headers
    )
    assert encoded.json()["meta"]["total"] == 1


def test_an_unknown_board_is_refused_as_the_service_does(api: AuthenticatedClient) -> None:
    with pytest.raises(BadRequestError, match="Unable to find object: board"):
        list_jobs.sync(client=api, board_keys=keys("missing"))


# ---- lists and archive ---------------------------------------------------------------


def test_lists_return_summaries_unless_asked_for_whole_objects(
    hrflow: HrFlow, api: AuthenticatedClient
) -> None:
    index_jobs(hrflow, "b", {"name": "Data Engineer", "reference": "de", "summary": "pipelines"})
    short = list_jobs.sync(client=api, board_keys=keys("b"))
    assert isinstance(short, ListJobsResponse)
    assert short.data[0].reference == "de" and short.data[0].to_dict().get("summary") is None
    full = list_jobs.sync(client=api, board_keys=keys("b"), return_job=True)
    assert full.data[0].summary == "pipelines"


def test_archived_jobs_leave_lists_and_searches_and_come_back_when_restored(
    hrflow: HrFlow, api: AuthenticatedClient
) -> None:
    first, _ = index_jobs(hrflow, "b", {"name": "A", "reference": "a"}, {"name": "B"})
    answer = archive_job.sync(
        client=api,
        body=ArchiveJobRequest(
            board_key="b", reference="a", is_archive=ArchiveJobRequestIsArchive.VALUE_1
        ),
    )
    assert answer.data.key == first
    assert [
        j.name for j in list_jobs.sync(client=api, board_keys=keys("b"), return_job=True).data
    ] == ["B"]
    assert [j.name for j in search_jobs.sync(client=api, board_keys=keys("b")).data.jobs] == ["B"]
    assert isinstance(hrflow.job.get(board_key="b", key=first).archive, str)  # still readable
    archive_job.sync(
        client=api,
        body=ArchiveJobRequest(
            board_key="b", key=first, is_archive=ArchiveJobRequestIsArchive.VALUE_0
        ),
    )
    assert list_jobs.sync(client=api, board_keys=keys("b")).meta.total == 2


def test_a_profile_is_archived_by_email_and_unknown_ones_are_not_found(
    hrflow: HrFlow, api: AuthenticatedClient
) -> None:
    hrflow.profile.create(source_key="s", profile={"info": {"full_name": "A B", "email": "a@b.io"}})
    archive_profile.sync(
        client=api,
        body=ArchiveProfileRequest(
            source_key="s",
            profile_email="a@b.io",
            is_archive=ArchiveProfileRequestIsArchive.VALUE_1,
        ),
    )
    assert list_profiles.sync(client=api, source_keys=keys("s")).meta.total == 0
    with pytest.raises(NotFoundError):
        archive_profile.sync(
            client=api,
            body=ArchiveProfileRequest(
                source_key="s", key="0" * 40, is_archive=ArchiveProfileRequestIsArchive.VALUE_1
            ),
        )


def test_archive_needs_exactly_one_lookup(
    sandbox_url: str, sandbox_headers: dict[str, str]
) -> None:
    for body in (
        {"board_key": "b", "is_archive": 1},
        {"board_key": "b", "key": "k", "reference": "r", "is_archive": 1},
    ):
        answer = httpx.patch(
            sandbox_url + "/job/indexing/archive", json=body, headers=sandbox_headers
        )
        assert (
            answer.status_code == 400
            and "exactly one of 'key', 'reference'" in answer.json()["message"]
        )


# ---- parsing and attachments ---------------------------------------------------------


def test_a_text_resume_is_parsed_into_a_profile_with_its_file_attached(
    api: AuthenticatedClient, sandbox_url: str
) -> None:
    answer = parse(
        api,
        "s",
        RESUME,
        "harry.txt",
        reference="hp",
        tags=json.dumps([{"name": "team", "value": "gryffindor"}]),
    )
    assert isinstance(answer, ParseProfileFileResponse)
    profile = answer.data.profile
    assert profile.info.full_name == "Harry Potter"
    assert profile.info.email == "harry.potter@hogwarts.edu"
    assert profile.info.phone == "+44 20 7946 0958"
    assert [s.name for s in profile.skills] == ["python", "sql", "magic"]
    assert profile.reference == "hp" and profile.tags[0].value == "gryffindor"
    attachments = get_profile_attachments.sync(client=api, source_key="s", reference="hp").data
    assert [(a.original_file_name, a.extension, a.file_size) for a in attachments] == [
        ("harry.txt", "txt", len(RESUME))
    ]
    assert httpx.get(attachments[0].public_url).content == RESUME
    parsing = get_profile_parsing.sync(
        client=api, source_key="s", profile_email="harry.potter@hogwarts.edu"
    ).data
    assert parsing.key == profile.key and parsing.persons[0].last_name == "Potter"
    assert parsing.phones == ["+44 20 7946 0958"]


@pytest.mark.parametrize("compress", [True, False])
def test_a_pdf_resume_is_parsed_the_same_way_every_time(
    api: AuthenticatedClient, compress: bool
) -> None:
    content = pdf(
        "Hermione Granger", "hermione@hogwarts.edu", "Skills: python, arithmancy", compress=compress
    )
    first = parse(api, "s", content, "hg.pdf").data.profile
    second = parse(api, "s", content, "hg.pdf").data.profile
    assert first.info.full_name == second.info.full_name == "Hermione Granger"
    assert first.info.email == "hermione@hogwarts.edu"
    assert [s.name for s in first.skills] == ["python", "arithmancy"]
    assert first.text == second.text and first.key != second.key


def test_an_unreadable_file_is_refused_when_parsed_synchronously(api: AuthenticatedClient) -> None:
    with pytest.raises(BadRequestError, match="Invalid field 'file'"):
        parse(api, "s", b"\x00\x01binary", "cv.bin")
    with pytest.raises(BadRequestError, match="Invalid field 'file'"):
        parse(api, "s", b"", "cv.txt")


def test_asynchronous_parsing_answers_202_then_the_profile_appears(
    api: AuthenticatedClient,
) -> None:
    body = ParseProfileFileRequest(
        source_key="s", file=File(payload=io.BytesIO(RESUME), file_name="cv.txt"), reference="later"
    )
    answer = parse_profile_file.sync(client=api, body=body)
    assert isinstance(answer, ParseProfileFileQueuedResponse) and answer.data == []
    deadline = time.monotonic() + 5
    while True:
        try:
            found = get_profile.sync(client=api, source_key="s", reference="later")
            break
        except NotFoundError:
            assert time.monotonic() < deadline, "the queued parse never finished"
            time.sleep(0.02)
    assert found.data.info.full_name == "Harry Potter"


def test_a_profile_indexed_without_a_file_has_no_parsing_and_no_attachment(
    hrflow: HrFlow, api: AuthenticatedClient
) -> None:
    key = hrflow.profile.create(source_key="s", profile={"info": {"full_name": "A B"}}).key
    with pytest.raises(NotFoundError, match="Parsing not found"):
        get_profile_parsing.sync(client=api, source_key="s", key=key)
    assert get_profile_attachments.sync(client=api, source_key="s", key=key).data == []


def test_parsing_lookups_need_exactly_one_of_key_reference_or_email(
    api: AuthenticatedClient,
) -> None:
    with pytest.raises(BadRequestError, match="exactly one of 'key', 'reference', 'profile_email'"):
        get_profile_parsing.sync(client=api, source_key="s", key="k", reference="r")


def test_a_taken_reference_is_refused_before_parsing(api: AuthenticatedClient) -> None:
    parse(api, "s", RESUME, "cv.txt", reference="dup")
    with pytest.raises(BadRequestError, match="Reference already exists"):
        parse(api, "s", RESUME, "cv.txt", reference="dup")


# ---- searching and scoring -----------------------------------------------------------------


def test_job_search_applies_every_filter(hrflow: HrFlow, api: AuthenticatedClient) -> None:
    index_jobs(
        hrflow,
        "b",
        {
            "name": "Data Engineer",
            "skills": [{"name": "Python", "type": "hard"}],
            "tags": [{"name": "remote", "value": True}],
        },
        {
            "name": "Java Developer",
            "skills": [{"name": "Java", "type": "hard"}],
            "summary": "Spring services",
        },
        {"name": "Data Analyst", "skills": [{"name": "SQL", "type": "hard"}]},
    )

    def names(**filters: Any) -> list[str]:
        found = search_jobs.sync(
            client=api, board_keys=keys("b"), order_by=search_jobs.SearchJobsOrderBy.ASC, **filters
        )
        return [job.name for job in found.data.jobs]

    assert names() == ["Data Engineer", "Java Developer", "Data Analyst"]
    assert names(skills=keys("python")) == ["Data Engineer"]
    assert names(text_keywords=keys("spring")) == ["Java Developer"]
    assert names(names=keys("data")) == ["Data Engineer", "Data Analyst"]
    assert names(tags_included=keys("remote")) == ["Data Engineer"]
    assert names(tags_excluded=keys("remote")) == ["Java Developer", "Data Analyst"]
    found = search_jobs.sync(client=api, board_keys=keys("b"))
    assert all(job.board_key == "b" for job in found.data.jobs)


def test_profile_search_filters_by_stage_and_skills(
    hrflow: HrFlow, api: AuthenticatedClient
) -> None:
    hrflow.profile.create(
        source_key="s",
        profile={
            "info": {"full_name": "A B"},
            "skills": [{"name": "sql", "type": "hard"}],
            "labels": [{"job_key": "j", "stage": "yes"}],
        },
    )
    hrflow.profile.create(source_key="s", profile={"info": {"full_name": "C D"}})
    found = search_profiles.sync(
        client=api, source_keys=keys("s"), stage=search_profiles.SearchProfilesStage.YES
    )
    assert [p.info.full_name for p in found.data.profiles] == ["A B"]
    assert (
        search_profiles.sync(client=api, source_keys=keys("s"), skills=keys("SQL")).meta.total == 1
    )


def test_jobs_are_ranked_for_a_profile_by_skill_overlap_and_stay_paired_with_their_score(
    hrflow: HrFlow, api: AuthenticatedClient
) -> None:
    skills = lambda *names: [{"name": n, "type": "hard"} for n in names]  # noqa: E731
    index_jobs(
        hrflow,
        "b",
        {"name": "Java", "skills": skills("java")},
        {"name": "Half", "skills": skills("python")},
        {"name": "Full", "skills": skills("python", "sql")},
    )
    profile = hrflow.profile.create(
        source_key="s", profile={"info": {"full_name": "A B"}, "skills": skills("python", "sql")}
    )
    scored = score_jobs.sync(
        client=api, board_keys=keys("b"), source_key="s", profile_key=profile.key
    )
    names = [job.name for job in scored.data.jobs]
    scores = [pair[1] for pair in scored.data.predictions]
    assert names == ["Full", "Half", "Java"]
    # terms: profile {python, sql}; "Full" {full, python, sql} -> 2/3; "Half" {half, python} -> 1/3
    assert scores == [0.6667, 0.3333, 0.0]
    assert all(round(p0 + p1, 4) == 1 for p0, p1 in scored.data.predictions)
    assert scored.meta.count == len(scored.data.jobs) == len(scored.data.predictions) == 3
    second_page = score_jobs.sync(
        client=api, board_keys=keys("b"), source_key="s", profile_key=profile.key, limit=2, page=2
    )
    assert [job.name for job in second_page.data.jobs] == [
        "Java"
    ] and second_page.data.predictions == [[1.0, 0.0]]


def test_profiles_are_ranked_for_a_job(hrflow: HrFlow, api: AuthenticatedClient) -> None:
    job = hrflow.job.create(
        board_key="b", job={"name": "Engineer", "skills": [{"name": "go", "type": "hard"}]}
    )
    hrflow.profile.create(source_key="s", profile={"info": {"full_name": "No Match"}})
    hrflow.profile.create(
        source_key="s",
        profile={"info": {"full_name": "Go Person"}, "skills": [{"name": "go", "type": "hard"}]},
    )
    scored = score_profiles.sync(client=api, source_keys=keys("s"), board_key="b", job_key=job.key)
    assert [p.info.full_name for p in scored.data.profiles] == ["Go Person", "No Match"]
    assert scored.data.predictions[0][1] > scored.data.predictions[1][1]
    with pytest.raises(NotFoundError, match="Job not found"):
        score_profiles.sync(client=api, source_keys=keys("s"), board_key="b", job_key="0" * 40)


# ---- auth and webhook check ------------------------------------------------------------------


def test_auth_check_names_the_team_and_the_key_permission(api: AuthenticatedClient) -> None:
    answer = check_auth.sync(client=api)
    assert answer.data.team_name == "sandbox" and answer.data.api_key_permission == "all"


def test_webhook_check_echoes_the_url_and_type(api: AuthenticatedClient) -> None:
    answer = check_webhook.sync(
        client=api,
        body=CheckWebhookRequest(
            url="https://example.com/hook", type_=WebhookEventType.PROFILE_PARSE_SUCCESS
        ),
    )
    assert (
        answer.data.url == "https://example.com/hook"
        and answer.data.type_ == "profile.parse.success"
    )


# ---- faults, credentials and validation on every new route ---------------------------------------

NEW_ROUTES = [
    ("GET", "/boards", {}),
    ("GET", "/board", {"params": {"key": "b"}}),
    ("GET", "/sources", {}),
    ("GET", "/source", {"params": {"key": "s"}}),
    ("GET", "/storing/jobs", {"params": {"board_keys": '["b"]'}}),
    ("GET", "/storing/profiles", {"params": {"source_keys": '["s"]'}}),
    (
        "PATCH",
        "/job/indexing/archive",
        {"json": {"board_key": "b", "reference": "r", "is_archive": 1}},
    ),
    (
        "PATCH",
        "/profile/indexing/archive",
        {"json": {"source_key": "s", "reference": "r", "is_archive": 1}},
    ),
    (
        "POST",
        "/profile/parsing/file",
        {"data": {"source_key": "s", "sync_parsing": "1"}, "files": {"file": ("cv.txt", RESUME)}},
    ),
    ("GET", "/profile/parsing", {"params": {"source_key": "s", "reference": "r"}}),
    ("GET", "/profile/indexing/attachments", {"params": {"source_key": "s", "reference": "r"}}),
    ("GET", "/jobs/searching", {"params": {"board_keys": '["b"]'}}),
    ("GET", "/profiles/searching", {"params": {"source_keys": '["s"]'}}),
    (
        "GET",
        "/jobs/scoring",
        {"params": {"board_keys": '["b"]', "source_key": "s", "profile_key": "k"}},
    ),
    (
        "GET",
        "/profiles/scoring",
        {"params": {"source_keys": '["s"]', "board_key": "b", "job_key": "k"}},
    ),
    ("GET", "/auth", {}),
    (
        "POST",
        "/webhook/check",
        {"json": {"url": "https://example.com/h", "type": "profile.parse.success"}},
    ),
]


@pytest.mark.parametrize(
    ("method", "path", "request_kwargs"), NEW_ROUTES, ids=[f"{m} {p}" for m, p, _ in NEW_ROUTES]
)
def test_every_new_route_refuses_bad_credentials_takes_faults_and_answers_envelopes(
    sandbox_url: str,
    sandbox_headers: dict[str, str],
    sandbox_control: SandboxControl,
    method: str,
    path: str,
    request_kwargs: dict[str, Any],
) -> None:
    with httpx.Client(base_url=sandbox_url, timeout=10) as http:
        denied = http.request(method, path, headers={"X-API-KEY": "ask_leaked"}, **request_kwargs)
        assert denied.status_code == 401 and "ask_leaked" in denied.json()["message"]
        faulted = http.request(
            method, path, headers={**sandbox_headers, "X-Sandbox-Fault": "503"}, **request_kwargs
        )
        assert faulted.status_code == 503 and faulted.json()["code"] == 503
        sandbox_control.queue_faults("body-code=429")
        queued = http.request(method, path, headers=sandbox_headers, **request_kwargs)
        assert queued.status_code == 200 and queued.json()["code"] == 429
        answered = http.request(method, path, headers=sandbox_headers, **request_kwargs)
        assert answered.headers["content-type"] == "application/json"
        assert {"code", "message"} <= answered.json().keys()
    operation_ids = sandbox_control.state()["requests"]
    assert sum(operation_ids.values()) == 4


# ---- isolation per API key ------------------------------------------------------------


def test_a_key_cannot_see_list_search_score_or_archive_another_keys_objects(
    hrflow: HrFlow, sandbox_url: str, sandbox_control: SandboxControl
) -> None:
    job_key = hrflow.job.create(board_key="b", job={"name": "Secret", "reference": "s"}).key
    profile = hrflow.profile.create(source_key="src", profile={"info": {"email": "a@example.com"}})
    httpx.post(
        sandbox_control.root + "/boards",
        json={"key": "seeded", "name": "Mine"},
        headers=SANDBOX_HEADERS,
    ).raise_for_status()
    with HrFlow(
        api_key="another-key", user_email="b@example.com", base_url=sandbox_url, max_retries=0
    ) as other:
        assert list(other.board.list()) == [] and list(other.source.list()) == []
        for board in ("b", "seeded"):
            with pytest.raises(NotFoundError, match="Board not found"):
                other.board.get(key=board)
        with pytest.raises(BadRequestError, match="Unable to find object: board 'b'"):
            list(other.job.list(board_keys=["b"]))
        with pytest.raises(BadRequestError, match="Unable to find object: board 'b'"):
            list(other.job.search(board_keys=["b"]))
        with pytest.raises(BadRequestError, match="Unable to find object: source 'src'"):
            list(other.profile.search(source_keys=["src"]))
        with pytest.raises(NotFoundError, match="Profile not found"):
            list(other.job.score(board_keys=["b"], source_key="src", profile_key=profile.key))
        for lookup in ({"key": job_key}, {"reference": "s"}):
            with pytest.raises(NotFoundError, match="Job not found"):
                other.job.archive(board_key="b", **lookup)
        with pytest.raises(NotFoundError, match="Profile not found"):
            other.profile.archive(source_key="src", email="a@example.com")
        other.job.create(board_key="b", job={"name": "Theirs", "reference": "s"})
        assert [job.name for job in other.job.list(board_keys=["b"], return_job=True)] == ["Theirs"]
    assert [job.name for job in hrflow.job.list(board_keys=["b"], return_job=True)] == ["Secret"]
    assert not hrflow.job.get(board_key="b", key=job_key).archive
    assert {board.key for board in hrflow.board.list()} == {"b", "seeded"}
    assert hrflow.board.get(key="seeded").name == "Mine"


def test_seeding_a_board_needs_the_key_that_owns_it(sandbox_control: SandboxControl) -> None:
    refused = httpx.post(sandbox_control.root + "/boards", json={"key": "orphan"})
    assert refused.status_code == 400 and "X-API-KEY" in refused.json()["message"]
