"""A create carrying its reference is stored exactly once and returned, whatever happened to its answers.

Faults come from the sandbox (lost, truncated, 5xx answers; writes landing after the
client gave up) or, for a 500 after the write, from a scripted server. Every scenario
runs through `HrFlow` and `AsyncHrFlow` on both async backends; backoff waits are
shortened to 2 % of their length.
"""

from __future__ import annotations

import json
import re
import sys
import time
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import probe_reconcile
import pytest
from conftest import Api, SandboxControl
from scripted import ScriptedServer, envelope, serve

from hrflow_client import (
    APIConnectionError,
    BadRequestError,
    _retries,
)
from hrflow_client._operations import Reconcile

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import facade  # noqa: E402

BOARD = "reconcile-board"
JOB = {"name": "Data Engineer", "summary": "pipelines", "reference": "de-42"}


@pytest.fixture(autouse=True)
def short_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_retries, "random", types.SimpleNamespace(uniform=lambda a, b: 0.02))


async def create_job(api: Api, job: dict[str, Any] = JOB, **options: Any) -> Any:
    return await api.call("job", "create", board_key=BOARD, job=job, **options)


@pytest.fixture
def scripted() -> Iterator[ScriptedServer]:
    yield from serve()


@pytest.mark.parametrize(
    "faults",
    [
        ["drop-after-write"],
        ["truncate"],
        ["drop"],
        ["500"],
        ["html"],
        ["drop-after-write", "drop-after-write", "drop-after-write"],
        ["truncate", "503", "truncate"],
        ["drop", "drop-after-write"],
    ],
    ids=str,
)
async def test_a_reference_create_whose_outcome_is_unknown_returns_the_one_stored_job(
    api: Api, sandbox_control: SandboxControl, faults: list[str]
) -> None:
    sandbox_control.queue_faults(*faults)
    job = await create_job(api)
    [stored] = sandbox_control.jobs(BOARD)
    assert (job.key, job.reference, job.name) == (stored["key"], "de-42", "Data Engineer")


@pytest.mark.parametrize("retry_creates", [False, True], ids=["default", "retry_creates"])
async def test_a_retried_create_told_reference_already_exists_returns_the_job_its_first_attempt_stored(
    mode: str, sandbox_url: str, sandbox_control: SandboxControl, retry_creates: bool
) -> None:
    api = Api(mode, sandbox_url, retry_creates=retry_creates)
    sandbox_control.queue_faults("drop-after-write")
    try:
        job = await create_job(api)
    finally:
        await api.close()
    assert sandbox_control.requests("indexJob") == 2
    assert sandbox_control.requests("getJob") == 1
    [stored] = sandbox_control.jobs(BOARD)
    assert job.key == stored["key"]


async def test_a_write_landing_after_the_client_gave_up_is_found_by_reference(
    mode: str, sandbox_url: str, sandbox_control: SandboxControl
) -> None:
    api = Api(mode, sandbox_url, timeout=0.3)
    sandbox_control.queue_faults("delay=0.6")
    try:
        job = await create_job(api)
    finally:
        await api.close()
    time.sleep(0.5)  # the delayed attempt has run by now, and met the reference
    assert sandbox_control.requests("indexJob") == 2
    [stored] = sandbox_control.jobs(BOARD)
    assert job.key == stored["key"]


async def test_without_retries_an_unknown_outcome_is_still_read_back(
    api: Api, sandbox_control: SandboxControl
) -> None:
    sandbox_control.queue_faults("drop-after-write")
    job = await create_job(api, max_retries=0)
    assert sandbox_control.requests("indexJob") == 1
    [stored] = sandbox_control.jobs(BOARD)
    assert job.key == stored["key"]


async def test_a_profile_create_with_a_reference_is_reconciled_too(
    api: Api, sandbox_control: SandboxControl
) -> None:
    sandbox_control.queue_faults("truncate", "drop-after-write")
    profile = await api.call(
        "profile", "create", source_key="src", profile={"reference": "p-1", "text": "cv"}
    )
    [stored] = sandbox_control.profiles("src")
    assert (profile.key, profile.text) == (stored["key"], "cv")


async def test_reference_already_exists_on_a_first_attempt_stays_an_error(
    api: Api, sandbox_control: SandboxControl
) -> None:
    first = await create_job(api)
    with pytest.raises(BadRequestError, match="Reference already exists") as caught:
        await create_job(api, {**JOB, "name": "Someone else's job"})
    assert caught.value.attempts == 1 and sandbox_control.requests("getJob") == 0
    [stored] = sandbox_control.jobs(BOARD)
    assert (stored["key"], stored["name"]) == (first.key, "Data Engineer")


async def test_reference_already_exists_after_attempts_that_stored_nothing_stays_an_error(
    api: Api, sandbox_control: SandboxControl
) -> None:
    await create_job(api)
    sandbox_control.queue_faults("429;retry-after=0", "body-code=429")
    with pytest.raises(BadRequestError, match="Reference already exists") as caught:
        await create_job(api, {**JOB, "name": "Someone else's job"})
    assert caught.value.attempts == 3 and sandbox_control.requests("getJob") == 0


async def test_when_no_attempt_was_stored_the_create_error_is_raised_and_says_what_the_lookup_found(
    api: Api, sandbox_control: SandboxControl
) -> None:
    sandbox_control.queue_faults("drop")
    with pytest.raises(APIConnectionError) as caught:
        await create_job(api, max_retries=0)
    assert sandbox_control.requests("indexJob") == 1 and sandbox_control.requests("getJob") == 1
    assert sandbox_control.jobs(BOARD) == []
    [note] = caught.value.__notes__
    assert note.startswith(
        "Outcome unknown: an attempt may have been stored. Read back by reference 'de-42': code 404"
    )


async def test_when_the_lookup_finds_nothing_the_create_is_sent_again(
    api: Api, sandbox_control: SandboxControl
) -> None:
    sandbox_control.queue_faults("drop", "drop", "drop")
    job = await create_job(api)
    assert sandbox_control.requests("indexJob") == 4 and sandbox_control.requests("getJob") == 1
    [stored] = sandbox_control.jobs(BOARD)
    assert job.key == stored["key"]


async def test_when_the_lookup_fails_too_another_round_settles_it(
    api: Api, sandbox_control: SandboxControl
) -> None:
    sandbox_control.queue_faults(*["drop-after-write"] * 3, *["503"] * 3)
    job = await create_job(api)
    assert sandbox_control.requests("indexJob") == 4 and sandbox_control.requests("getJob") == 4
    [stored] = sandbox_control.jobs(BOARD)
    assert job.key == stored["key"]


async def test_a_write_landing_after_the_lookup_found_nothing_is_still_stored_once_and_returned(
    mode: str, sandbox_url: str, sandbox_control: SandboxControl
) -> None:
    api = Api(mode, sandbox_url, timeout=0.3)
    sandbox_control.queue_faults("delay=0.5", "500", "500")
    try:
        job = await create_job(api)
    finally:
        await api.close()
    time.sleep(0.6)  # the delayed attempt has run by now
    [stored] = sandbox_control.jobs(BOARD)
    assert job.key == stored["key"]


async def test_a_create_without_a_reference_keeps_the_old_rule(
    mode: str, sandbox_url: str, sandbox_control: SandboxControl
) -> None:
    api = Api(mode, sandbox_url)
    sandbox_control.queue_faults("drop-after-write")
    try:
        with pytest.raises(APIConnectionError):
            await create_job(api, {"name": "No reference"})
    finally:
        await api.close()
    assert sandbox_control.requests("indexJob") == 1 and sandbox_control.requests("getJob") == 0


async def test_a_500_after_the_write_then_reference_already_exists_returns_the_stored_job(
    mode: str, scripted: ScriptedServer
) -> None:
    stored = {
        "key": "a" * 40,
        "reference": "de-42",
        "name": "Data Engineer",
        "created_at": "2020-06-11T14:43:29+0000",
    }
    scripted.answers.extend(
        [
            envelope(500, "Internal server error", status=500),
            envelope(400, "Reference already exists", status=400),
            envelope(200, "Job details", stored),
        ]
    )
    api = Api(mode, scripted.url)
    try:
        job = await create_job(api)
    finally:
        await api.close()
    assert job.key == stored["key"]
    assert [(r.method, r.path.partition("?")[0]) for r in scripted.received] == [
        ("POST", "/v1/job/indexing"),
        ("POST", "/v1/job/indexing"),
        ("GET", "/v1/job/indexing"),
    ]
    lookup = scripted.received[2].path
    assert "board_key=reconcile-board" in lookup and "reference=de-42" in lookup
    assert "key=" not in lookup.replace("board_key=", "")


def test_a_probe_of_random_faults_finds_no_duplicate_and_no_false_failure(
    sandbox_url: str,
) -> None:
    results = probe_reconcile.probe(sandbox_url, creates=120, seed=7)
    for figures in results:
        assert figures.succeeded + figures.failures == figures.creates, figures.line()
        assert (figures.duplicate_references, figures.duplicate_contents) == (0, 0), figures.line()
        assert (figures.false_failures, figures.wrong_results, figures.lost) == (0, 0, 0), (
            figures.line()
        )
        assert figures.succeeded > 0.9 * figures.creates, figures.line()


# ------------------------------------------------------------ the generator ----


def bundled() -> dict[str, Any]:
    document: dict[str, Any] = json.loads((ROOT / "generated/openapi/openapi.json").read_text())
    return document


def render(document: dict[str, Any]) -> types.ModuleType:
    code = facade.render(document, facade.models_of(ROOT / "generated" / "hrflow_client"))
    module = types.ModuleType("hrflow_client._reconcile_resources")
    module.__package__ = "hrflow_client"
    exec(compile(code, module.__name__, "exec"), module.__dict__)
    return module


def test_the_spec_extension_names_the_lookup_of_each_create() -> None:
    module = render(bundled())
    for create, lookup, copied in [
        (module._JOB_CREATE, module._JOB_GET, ("board_key",)),
        (module._PROFILE_CREATE, module._PROFILE_GET, ("source_key",)),
    ]:
        assert create.reconcile == Reconcile("reference", lookup, copied=copied)
    assert module._JOB_EDIT.reconcile is None and module._JOB_GET.reconcile is None


def test_a_lookup_declared_after_its_create_is_defined_before_it() -> None:
    document = bundled()
    document["paths"]["/job/lookup"] = {"get": document["paths"]["/job/indexing"].pop("get")}
    module = render(document)
    assert module._JOB_CREATE.reconcile.lookup is module._JOB_GET


@pytest.mark.parametrize(
    ("extension", "refusal"),
    [
        ({"operationId": "getJob", "by": "nothing"}, "needs `by`, a field of the body"),
        ({"operationId": "getNothing", "by": "reference"}, "an operation of the spec"),
        ({"operationId": "getProfile", "by": "reference"}, "needs ['source_key'], not in the body"),
        ({"operationId": "editJob", "by": "reference"}, "takes no parameter 'reference'"),
    ],
    ids=["unknown field", "unknown operation", "missing parameter", "not a lookup"],
)
def test_a_reconcile_extension_the_facade_cannot_follow_is_refused(
    extension: dict[str, str], refusal: str
) -> None:
    document = bundled()
    document["paths"]["/job/indexing"]["post"]["x-hrflow-reconcile"] = extension
    with pytest.raises(facade.FacadeError, match=re.escape(refusal)):
        render(document)


def test_a_lookup_returning_another_type_is_refused() -> None:
    document = bundled()
    job = document["paths"]["/job/indexing"]
    job["get"]["responses"] = document["paths"]["/profile/indexing"]["get"]["responses"]
    with pytest.raises(facade.FacadeError, match="returns Profile, not Job"):
        render(document)
