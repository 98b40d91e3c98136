"""The sandbox's API over real HTTP: round trips, validation, auth, quirks, representation."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import SandboxControl, SandboxFactory

from hrflow_sandbox import SandboxConfig, SandboxServer
from hrflow_sandbox.answers import Outcome, quirk_outcomes
from hrflow_sandbox.spec import bundled_spec

KEY = re.compile(r"[0-9a-f]{40}")
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0000")

JOBS = "/job/indexing"
PROFILES = "/profile/indexing"


@pytest.fixture
def api(sandbox_url: str, sandbox_headers: dict[str, str]) -> Iterator[httpx.Client]:
    """An authenticated client of the sandbox."""
    with httpx.Client(base_url=sandbox_url, headers=sandbox_headers, timeout=10) as client:
        yield client


def job(board: str = "board-1", **fields: Any) -> dict[str, Any]:
    return {"board_key": board, "name": "Data Engineer", **fields}


def profile(source: str = "source-1", **fields: Any) -> dict[str, Any]:
    return {"source_key": source, **fields}


def create_job(api: httpx.Client, **fields: Any) -> dict[str, Any]:
    response = api.post(JOBS, json=job(**fields))
    assert response.json()["code"] == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def create_profile(api: httpx.Client, **fields: Any) -> dict[str, Any]:
    response = api.post(PROFILES, json=profile(**fields))
    assert response.json()["code"] == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


# ---------------------------------------------------------------- round trips ----


def test_job_round_trip_create_read_by_key_and_reference_edit_and_read_the_edit(
    api: httpx.Client,
) -> None:
    created = create_job(api, reference="ref-1", summary="first")
    assert KEY.fullmatch(created["key"])
    assert created["id"] == 1

    by_key = api.get(JOBS, params={"board_key": "board-1", "key": created["key"]}).json()
    by_reference = api.get(JOBS, params={"board_key": "board-1", "reference": "ref-1"}).json()
    assert by_key == by_reference == {"code": 200, "message": "Job details", "data": created}

    edit = job(key=created["key"], name="Senior Data Engineer", reference="ref-1", summary="second")
    edited = api.put(JOBS, json=edit).json()["data"]
    assert (edited["id"], edited["key"], edited["name"], edited["summary"]) == (
        created["id"],
        created["key"],
        "Senior Data Engineer",
        "second",
    )
    read_back = api.get(JOBS, params={"board_key": "board-1", "key": created["key"]}).json()
    assert read_back["data"] == edited


def test_profile_round_trip_create_read_by_key_and_reference_edit_and_read_the_edit(
    api: httpx.Client,
) -> None:
    created = create_profile(api, reference="p-1", info={"full_name": "Ada Lovelace"})
    assert KEY.fullmatch(created["key"])

    by_key = api.get(PROFILES, params={"source_key": "source-1", "key": created["key"]}).json()
    by_reference = api.get(PROFILES, params={"source_key": "source-1", "reference": "p-1"}).json()
    assert by_key == by_reference == {"code": 200, "message": "Profile details", "data": created}

    edit = profile(key=created["key"], reference="p-1", info={"full_name": "Ada King"})
    edited = api.put(PROFILES, json=edit).json()["data"]
    assert (edited["id"], edited["key"]) == (created["id"], created["key"])
    assert edited["info"] == {"full_name": "Ada King"}
    read_back = api.get(PROFILES, params={"source_key": "source-1", "reference": "p-1"}).json()
    assert read_back["data"] == edited


def test_edit_replaces_every_writable_field(api: httpx.Client) -> None:
    created = create_job(api, reference="r", summary="s", skills=[{"name": "python"}])
    edited = api.put(JOBS, json=job(key=created["key"], name="Other")).json()["data"]
    assert edited["reference"] is None
    assert "summary" not in edited
    assert edited["skills"] == []


@pytest.mark.parametrize(
    ("path", "namespace", "noun"),
    [(JOBS, "board_key", "Job"), (PROFILES, "source_key", "Profile")],
)
@pytest.mark.parametrize("lookup", ["key", "reference"])
def test_reading_an_unknown_object_answers_404(
    api: httpx.Client, path: str, namespace: str, noun: str, lookup: str
) -> None:
    response = api.get(path, params={namespace: "ns", lookup: "f" * 40})
    assert response.status_code == 404
    assert response.json() == {"code": 404, "message": f"{noun} not found"}


def test_objects_are_namespaced_by_board_and_source(api: httpx.Client) -> None:
    created = create_job(api, board="board-a", reference="same")
    other_board = api.get(JOBS, params={"board_key": "board-b", "key": created["key"]})
    assert other_board.status_code == 404
    assert create_job(api, board="board-b", reference="same")["reference"] == "same"
    made = create_profile(api, source="source-a")
    other_source = api.get(PROFILES, params={"source_key": "source-b", "key": made["key"]})
    assert other_source.status_code == 404


@pytest.mark.parametrize(
    ("path", "body", "noun"),
    [
        (JOBS, job(key="0" * 40), "Job"),
        (PROFILES, profile(key="0" * 40), "Profile"),
    ],
)
def test_editing_an_unknown_key_answers_404(
    api: httpx.Client, path: str, body: dict[str, Any], noun: str
) -> None:
    response = api.put(path, json=body)
    assert response.status_code == 404
    assert response.json() == {"code": 404, "message": f"{noun} not found"}


def test_editing_with_the_key_of_another_board_answers_404(api: httpx.Client) -> None:
    created = create_job(api, board="board-a")
    response = api.put(JOBS, json=job(board="board-b", key=created["key"]))
    assert response.status_code == 404


# ----------------------------------------------------------------- validation ----


@pytest.mark.parametrize(
    ("method", "path", "body", "message"),
    [
        ("POST", JOBS, {"board_key": "b"}, "Invalid field 'name': Field required"),
        ("POST", JOBS, {"name": "n"}, "Invalid field 'board_key': Field required"),
        (
            "POST",
            JOBS,
            job(name=""),
            "Invalid field 'name': String should have at least 1 character",
        ),
        ("POST", JOBS, job(name=3), "Invalid field 'name': Input should be a valid string"),
        (
            "POST",
            JOBS,
            job(skills=[{"name": "python"}, {"value": 0.5}]),
            "Invalid field 'skills[1].name': Field required",
        ),
        (
            "POST",
            JOBS,
            job(skills=[{"name": "python", "type": 3}]),
            "Invalid field 'skills[0].type': Input should be 'hard' or 'soft'",
        ),
        (
            "POST",
            JOBS,
            job(ranges_float=[{"name": "salary", "value_min": "30"}]),
            "Invalid field 'ranges_float[0].value_min': Input should be a valid number",
        ),
        ("PUT", JOBS, job(), "Invalid field 'key': Field required"),
        ("POST", PROFILES, {"info": {}}, "Invalid field 'source_key': Field required"),
        (
            "POST",
            PROFILES,
            profile(experiences=[{"date_start": "last spring"}]),
            "Invalid field 'experiences[0].date_start': ",
        ),
        (
            "POST",
            PROFILES,
            profile(experiences=[{"date_start": {"iso8601": "last spring"}}]),
            "Invalid field 'experiences[0].date_start.iso8601': String should match pattern",
        ),
        (
            "POST",
            PROFILES,
            profile(info={"date_birth": "XX-XX-XXXXTXX:XX:XX"}),
            "Invalid field 'info.date_birth': String should match pattern",
        ),
        (
            "POST",
            PROFILES,
            profile(experiences_duration="5"),
            "Invalid field 'experiences_duration': Input should be a valid number",
        ),
        (
            "POST",
            JOBS,
            job(status="yes"),
            "Invalid field 'status': Input should be a valid boolean",
        ),
        ("PUT", PROFILES, profile(), "Invalid field 'key': Field required"),
        ("POST", JOBS, [job()], "Invalid body: expected a JSON object, got an array"),
        ("POST", JOBS, "job", "Invalid body: expected a JSON object, got a string"),
    ],
)
def test_a_bad_body_answers_400_naming_the_field(
    api: httpx.Client, method: str, path: str, body: Any, message: str
) -> None:
    response = api.request(method, path, json=body)
    assert response.status_code == 400
    envelope = response.json()
    assert envelope["code"] == 400
    assert envelope["message"].startswith(message), envelope["message"]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{",
        b'{"name": NaN}',
        b'{"board_key": "b", "name": "n", "x": Infinity}',
        b'{"board_key": "b", "name": "n", "salary": 1e400}',
        b"\xff\xfe",
        b'{"board_key": "b", "name": "n", "reference": "\\ud800"}',
        b"[" * 100_000 + b"]" * 100_000,
        b'{"a":' * 2_000 + b"1" + b"}" * 2_000,
    ],
    ids=[
        "empty",
        "cut",
        "nan",
        "infinity",
        "overflow",
        "not-utf8",
        "lone-surrogate",
        "deep",
        "deep-object",
    ],
)
def test_invalid_json_answers_400(api: httpx.Client, content: bytes) -> None:
    response = api.post(JOBS, content=content, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    envelope = response.json()
    assert envelope["code"] == 400
    assert envelope["message"].startswith("Invalid JSON body: ")


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"key": "k"}, "Invalid parameter 'board_key': Field required"),
        ({"board_key": "", "key": "k"}, "Invalid parameter 'board_key': String should have"),
        ({"board_key": "b"}, "Invalid parameters: give exactly one of 'key' or 'reference'"),
        (
            {"board_key": "b", "key": "k", "reference": "r"},
            "Invalid parameters: give exactly one of 'key' or 'reference'",
        ),
        ({"board_key": "b", "key": ""}, "Invalid parameter 'key': String should have"),
        ({"board_key": "b", "reference": ""}, "Invalid parameter 'reference': String should have"),
    ],
)
def test_a_read_needs_the_board_and_exactly_one_of_key_or_reference(
    api: httpx.Client, params: dict[str, str], message: str
) -> None:
    response = api.get(JOBS, params=params)
    assert response.status_code == 400
    assert response.json()["message"].startswith(message)


def test_an_unsupported_method_answers_405_envelope_with_allow(api: httpx.Client) -> None:
    response = api.delete(JOBS)
    assert response.status_code == 405
    assert response.json() == {"code": 405, "message": "Method not allowed"}
    assert {"GET", "POST", "PUT"} <= {m.strip() for m in response.headers["allow"].split(",")}


# ----------------------------------------------------------------------- auth ----


@pytest.mark.parametrize(
    ("headers", "echoed"),
    [
        ({}, ""),
        ({"X-API-KEY": "sk_live_123"}, "sk_live_123"),
        ({"X-USER-EMAIL": "a@example.com"}, ""),
        ({"X-API-KEY": "", "X-USER-EMAIL": "a@example.com"}, ""),
        ({"X-API-KEY": "sk_live_123", "X-USER-EMAIL": ""}, "sk_live_123"),
    ],
)
@pytest.mark.parametrize(("method", "path"), [("POST", JOBS), ("GET", PROFILES)])
def test_missing_credentials_answer_401_echoing_the_key(
    sandbox_url: str, headers: dict[str, str], echoed: str, method: str, path: str
) -> None:
    response = httpx.request(method, sandbox_url + path, headers=headers, json=job())
    assert response.status_code == 401
    assert response.json() == {
        "code": 401,
        "message": f"Unauthorized. Invalid secret key: {echoed} ",
    }


def test_an_allow_list_rejects_other_keys_echoing_them(sandbox_factory: SandboxFactory) -> None:
    url = sandbox_factory(api_keys=frozenset({"good-key"}))
    email = {"X-USER-EMAIL": "a@example.com"}
    rejected = httpx.post(url + JOBS, json=job(), headers={**email, "X-API-KEY": "bad-key"})
    assert rejected.status_code == 401
    assert rejected.json()["message"] == "Unauthorized. Invalid secret key: bad-key "
    accepted = httpx.post(url + JOBS, json=job(), headers={**email, "X-API-KEY": "good-key"})
    assert accepted.json()["code"] == 201


# ----------------------------------------------------------------- references ----


def test_a_reference_is_unique_within_a_namespace(api: httpx.Client) -> None:
    first = create_job(api, reference="taken")
    second = create_job(api, reference="other")

    duplicate = api.post(JOBS, json=job(reference="taken"))
    assert duplicate.status_code == 400
    assert duplicate.json() == {"code": 400, "message": "Reference already exists"}

    steal = api.put(JOBS, json=job(key=second["key"], reference="taken"))
    assert steal.status_code == 400
    assert steal.json() == {"code": 400, "message": "Reference already exists"}

    keep = api.put(JOBS, json=job(key=first["key"], reference="taken", summary="kept"))
    assert keep.json()["code"] == 201

    create_profile(api, reference="taken")
    assert api.post(PROFILES, json=profile(reference="taken")).status_code == 400


def test_objects_without_reference_do_not_collide(api: httpx.Client) -> None:
    create_job(api)
    create_job(api, reference=None)
    assert create_job(api)["id"] == 3


# --------------------------------------------------------------------- quirks ----

QUIRKY = {
    ("POST", JOBS): (200, 201, "Job created"),
    ("PUT", JOBS): (200, 201, "Job created"),
    ("GET", JOBS): (200, 200, "Job details"),
    ("POST", PROFILES): (201, 201, "Profile created"),
    ("PUT", PROFILES): (201, 200, "Profile edited"),
    ("GET", PROFILES): (200, 200, "Profile details"),
}
STRICT_REST = {
    ("POST", JOBS): (201, 201, "Job created"),
    ("PUT", JOBS): (200, 200, "Job edited"),
    ("GET", JOBS): (200, 200, "Job details"),
    ("POST", PROFILES): (201, 201, "Profile created"),
    ("PUT", PROFILES): (200, 200, "Profile edited"),
    ("GET", PROFILES): (200, 200, "Profile details"),
}


def call_all_operations(url: str, headers: dict[str, str]) -> dict[tuple[str, str], Any]:
    """Create, edit and read one job and one profile; the answers by (method, path)."""
    answers: dict[tuple[str, str], Any] = {}
    with httpx.Client(base_url=url, headers=headers) as client:
        for path, body, namespace in [
            (JOBS, job(), "board_key"),
            (PROFILES, profile(), "source_key"),
        ]:
            created = answers[("POST", path)] = client.post(path, json=body)
            key = created.json()["data"]["key"]
            answers[("PUT", path)] = client.put(path, json={**body, "key": key})
            answers[("GET", path)] = client.get(
                path, params={namespace: body[namespace], "key": key}
            )
    return answers


def status_pairs(answers: dict[tuple[str, str], Any]) -> dict[tuple[str, str], Any]:
    return {
        call: (r.status_code, r.json()["code"], r.json()["message"]) for call, r in answers.items()
    }


def test_quirks_are_on_by_default(sandbox_url: str, sandbox_headers: dict[str, str]) -> None:
    assert status_pairs(call_all_operations(sandbox_url, sandbox_headers)) == QUIRKY


def test_strict_rest_answers_rest_statuses(
    sandbox_factory: SandboxFactory, sandbox_headers: dict[str, str]
) -> None:
    url = sandbox_factory(strict_rest=True)
    assert status_pairs(call_all_operations(url, sandbox_headers)) == STRICT_REST


def test_quirky_statuses_are_read_from_the_spec() -> None:
    assert quirk_outcomes(bundled_spec()) == {
        "indexJob": Outcome(200, 201, "Job created"),
        "editJob": Outcome(200, 201, "Job created"),
        "editProfile": Outcome(201, 200, "Profile edited"),
    }
    changed = {
        "paths": {
            "/x": {
                "put": {
                    "operationId": "editJob",
                    "x-hrflow-quirks": [
                        {"id": "body-code-authoritative"},
                        {"id": "other", "http_status": 202, "body_code": 299, "message": "Hm"},
                    ],
                }
            }
        }
    }
    assert quirk_outcomes(changed) == {"editJob": Outcome(202, 299, "Hm")}


# ------------------------------------------------------------- representation ----


def test_profile_dates_are_written_as_objects_and_read_as_strings(api: httpx.Client) -> None:
    created = create_profile(
        api,
        experiences=[
            {
                "title": "Lead",
                "date_start": {"iso8601": "2018-01-01T00:00:00"},
                "date_end": None,
            }
        ],
        educations=[{"school": "University", "date_start": {"iso8601": "2016-01-01"}}],
    )
    read = api.get(PROFILES, params={"source_key": "source-1", "key": created["key"]}).json()
    for data in (created, read["data"]):
        (experience,) = data["experiences"]
        (education,) = data["educations"]
        assert experience["date_start"] == "2018-01-01T00:00:00"
        assert experience["date_end"] is None
        assert education["date_start"] == "2016-01-01"
        assert "date_end" not in education
        assert KEY.fullmatch(experience["key"]) and KEY.fullmatch(education["key"])
    assert read["data"]["experiences"][0]["key"] == created["experiences"][0]["key"]


def test_timestamps_are_server_set_with_a_plus_0000_offset(api: httpx.Client) -> None:
    created = create_job(api, created_at="2020-12-24T09:32:11")
    assert TIMESTAMP.fullmatch(created["created_at"])
    assert TIMESTAMP.fullmatch(created["updated_at"])
    assert created["created_at"] != "2020-12-24T09:32:11"
    edited = api.put(JOBS, json=job(key=created["key"], created_at="1999-01-01T00:00:00"))
    data = edited.json()["data"]
    assert data["created_at"] == created["created_at"]
    assert TIMESTAMP.fullmatch(data["updated_at"])
    assert data["updated_at"] >= created["updated_at"]


def test_written_fields_come_back_unchanged(api: httpx.Client) -> None:
    written = {
        "location": {"text": "Paris", "lat": "48.85", "lng": "lng", "extra": {"a": [1, 2]}},
        "tags": [{"name": "flag", "value": True}, {"name": "level", "value": 0.9}],
        "skills": [{"name": "python", "value": None, "note": "kept"}],
        "custom_field": {"nested": ["kept", 1, None]},
    }
    created = create_job(api, **written)
    for name, value in written.items():
        assert created[name] == value
    geopoint = {"text": "Dampierre", "geopoint": {"lat": 47.7667, "lon": 2.5167}}
    edited = api.put(JOBS, json=job(key=created["key"], location=geopoint)).json()["data"]
    assert edited["location"] == geopoint


def test_a_profile_keeps_its_written_location_strings(api: httpx.Client) -> None:
    location = {"text": "Scotland", "lat": "lat", "lng": "lng"}
    created = create_profile(api, educations=[{"location": location}], info={"location": location})
    assert created["educations"][0]["location"] == location
    assert created["info"]["location"] == location


def test_a_job_reads_back_with_the_documented_defaults(api: httpx.Client) -> None:
    created = create_job(api, board="my-board")
    assert created["status"] is True
    assert created["archive"] is False
    assert created["reference"] is None
    for name in ("sections", "skills", "languages", "tags", "ranges_float", "ranges_date"):
        assert created[name] == []
    assert created["metadatas"] == []
    assert created["board"]["key"] == "my-board"
    assert "board_key" not in created


def test_a_profile_reads_back_with_its_source_and_no_archive(api: httpx.Client) -> None:
    created = create_profile(api, source="my-source")
    assert created["archive"] is None
    assert created["source"]["key"] == "my-source"
    assert (created["source"]["type"], created["source"]["subtype"]) == ("api", "http_api")
    assert isinstance(created["source"]["id"], int)
    assert "source_key" not in created


def test_ids_auto_increment_per_kind(api: httpx.Client) -> None:
    assert [create_job(api)["id"] for _ in range(3)] == [1, 2, 3]
    assert create_profile(api)["id"] == 1


def test_the_control_state_lists_objects_per_namespace_and_counts_requests(
    api: httpx.Client, sandbox_control: SandboxControl
) -> None:
    first = create_job(api, board="a")
    create_job(api, board="b")
    create_profile(api, source="s")
    api.get(JOBS, params={"board_key": "a", "key": first["key"]})
    state = sandbox_control.state()
    assert [j["key"] for j in state["jobs"]["a"]] == [first["key"]]
    assert set(state["jobs"]) == {"a", "b"}
    assert list(state["profiles"]) == ["s"]
    counted = {"indexJob": 2, "getJob": 1, "indexProfile": 1}
    assert len(state["requests"]) == 23  # every operation of the spec, counted or not
    assert {op: n for op, n in state["requests"].items() if n} == counted
    sandbox_control.reset()
    assert sandbox_control.state()["jobs"] == {}


# ------------------------------------------------------------ internal errors ----


def test_an_unexpected_exception_answers_the_500_envelope_and_is_logged(
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    sandbox_headers: dict[str, str],
) -> None:
    with SandboxServer(SandboxConfig()) as server:

        def broken(*args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(server.state.store, "create", broken)
        with caplog.at_level(logging.ERROR, logger="hrflow_sandbox"):
            response = httpx.post(server.url + JOBS, json=job(), headers=sandbox_headers)
        assert response.status_code == 500
        assert response.json() == {"code": 500, "message": "Internal server error"}
        assert "disk on fire" in caplog.text
        assert len(server.state.errors) == 1


@pytest.mark.parametrize("strict", [True, False])
def test_a_response_failing_its_schema_is_a_logged_500(
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    sandbox_headers: dict[str, str],
    strict: bool,
) -> None:
    import hrflow_sandbox.handlers

    def without_key(obj: Any) -> dict[str, Any]:
        return {"id": obj.id}

    with SandboxServer(SandboxConfig(strict_responses=strict)) as server:
        monkeypatch.setattr(hrflow_sandbox.handlers, "read_shape", without_key)
        with caplog.at_level(logging.ERROR):
            response = httpx.post(server.url + JOBS, json=job(), headers=sandbox_headers)
        assert response.status_code == 500
        assert response.json() == {"code": 500, "message": "Internal server error"}
        (error,) = server.state.errors
        assert "IndexJobResponse" in error
        assert "IndexJobResponse" in caplog.text
