"""The public client against the sandbox: all six operations end to end, quirks on and off."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import SANDBOX_HEADERS, SandboxFactory

from hrflow_client import (
    AsyncHrFlow,
    AuthenticationError,
    BadRequestError,
    HrFlow,
    InvalidRequestError,
    NotFoundError,
)

EXAMPLES = Path(__file__).resolve().parent.parent / "spec" / "examples"


def example(name: str, drop: str) -> dict[str, Any]:
    value = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))["value"]
    return {k: v for k, v in value.items() if k not in (drop, "key")}


JOB = example("job-post-request.json", "board_key")
PROFILE = example("profile-post-request.json", "source_key")


def connect(url: str, api_key: str = SANDBOX_HEADERS["X-API-KEY"]) -> HrFlow:
    return HrFlow(
        api_key=api_key, user_email=SANDBOX_HEADERS["X-USER-EMAIL"], base_url=url, max_retries=0
    )


@pytest.fixture
def client(sandbox_url: str) -> Iterator[HrFlow]:
    with connect(sandbox_url) as client:
        yield client


def test_a_job_is_indexed_read_by_key_and_by_reference_then_edited(client: HrFlow) -> None:
    created = client.job.with_raw_response.create(board_key="board", job=JOB)
    assert (created.http_status, created.code, created.message) == (200, 201, "Job created")
    job = created.data
    assert len(job.key) == 40 and job.reference == JOB["reference"]
    assert isinstance(job.created_at, datetime.datetime) and job.created_at.tzinfo is not None
    assert client.job.get(board_key="board", key=job.key).to_dict() == job.to_dict()
    assert client.job.get(board_key="board", reference=JOB["reference"]).key == job.key
    job.summary = "Edited."
    edited = client.job.with_raw_response.edit(board_key="board", job=job)
    assert (edited.http_status, edited.code, edited.message) == (200, 201, "Job created")
    assert client.job.get(board_key="board", key=job.key).summary == "Edited."


def test_a_profile_is_indexed_read_and_edited_back_with_its_read_dates(client: HrFlow) -> None:
    profile = client.profile.create(source_key="source", profile={**PROFILE, "reference": "harry"})
    read = client.profile.get(source_key="source", reference="harry")
    assert read.experiences[0].date_start == datetime.datetime(2016, 1, 1)
    assert read.educations[0].location.lat == "lat"
    read.text = "Edited."
    edited = client.profile.with_raw_response.edit(source_key="source", profile=read)
    assert (edited.http_status, edited.code, edited.message) == (201, 200, "Profile edited")
    again = client.profile.get(source_key="source", key=profile.key)
    assert again.text == "Edited." and again.experiences[0].date_start == datetime.datetime(
        2016, 1, 1
    )


def test_unknown_keys_and_references_raise_not_found(client: HrFlow) -> None:
    with pytest.raises(NotFoundError):
        client.job.get(board_key="board", key="0" * 40)
    with pytest.raises(NotFoundError):
        client.profile.get(source_key="source", reference="nobody")
    with pytest.raises(NotFoundError):
        client.job.edit(board_key="board", job={**JOB, "key": "0" * 40})


def test_a_bad_body_raises_bad_request_naming_the_field(client: HrFlow) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.job.create(board_key="board", job={"name": "x", "skills": [{"name": 1}]})
    assert "skills" in caught.value.message


def test_a_body_missing_a_required_field_is_refused_before_sending(client: HrFlow) -> None:
    with pytest.raises(InvalidRequestError, match="missing required field 'name'"):
        client.job.create(board_key="board", job={"skills": []})


def test_a_rejected_key_is_echoed_by_the_service_but_never_shown(
    sandbox_factory: SandboxFactory,
) -> None:
    url = sandbox_factory(api_keys=frozenset({"the-only-key"}))
    with (
        connect(url, api_key="sk_wrong_but_secret") as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        client.job.get(board_key="board", key="k")
    assert "sk_wrong_but_secret" not in str(caught.value) + repr(caught.value.body)
    assert "[REDACTED]" in caught.value.message


def test_rest_status_pairs_are_accepted_too(sandbox_factory: SandboxFactory) -> None:
    with connect(sandbox_factory(strict_rest=True)) as client:
        created = client.job.with_raw_response.create(board_key="board", job=JOB)
        assert (created.http_status, created.code) == (201, 201)
        edited = client.job.with_raw_response.edit(board_key="board", job=created.data)
        assert (edited.http_status, edited.code) == (200, 200)


async def test_the_async_client_round_trips_the_same_objects(sandbox_url: str) -> None:
    async with AsyncHrFlow(
        api_key=SANDBOX_HEADERS["X-API-KEY"],
        user_email=SANDBOX_HEADERS["X-USER-EMAIL"],
        base_url=sandbox_url,
    ) as client:
        job = await client.job.create(board_key="board", job=JOB)
        assert (await client.job.get(board_key="board", reference=JOB["reference"])).key == job.key
        profile = await client.profile.create(source_key="source", profile=PROFILE)
        read = await client.profile.get(source_key="source", key=profile.key)
        raw = await client.profile.with_raw_response.edit(source_key="source", profile=read)
        assert raw.http_status == 201 and raw.data.key == profile.key
