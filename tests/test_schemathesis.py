"""Schemathesis against the sandbox: every check on, fixed seed, bounded examples.

Written dates are read back as timestamps, so the sandbox refuses strings that are not
real dates. The spec's `WrittenDate` pattern rules out most of them, but a regular
expression cannot rule out impossible days (`2021-02-30`), and an attachment's
`created_at` shares the read-side `Timestamp` schema: schema-valid requests refused for
a written date skip the one check they break (positive data acceptance), and only that.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import schemathesis
import schemathesis.checks
from jsonschema import Draft202012Validator

from hrflow_sandbox import SandboxConfig, SandboxServer
from hrflow_sandbox.store import account_of, scoped

SPEC = Path(__file__).resolve().parents[1] / "generated" / "openapi" / "openapi.json"
API_KEY = "schemathesis-api-key"
HEADERS = {"X-API-KEY": API_KEY, "X-USER-EMAIL": "fuzz@example.com"}

CONFIG = schemathesis.Config.from_dict(
    {
        "seed": 20260101,
        "generation": {"mode": "all", "max-examples": 25, "database": "none"},
        "checks": {"enabled": True},
        "phases": {
            "examples": {"enabled": True},
            "coverage": {"enabled": True},
            "fuzzing": {"enabled": True},
        },
    }
)
schema = schemathesis.openapi.from_path(SPEC, config=CONFIG)

pytestmark = pytest.mark.timeout(90)

DATE_FIELD_REFUSED = re.compile(
    r"^Invalid field '((experiences|educations)\[\d+\]\.date_(start|end)(\.iso8601)?"
    r"|info\.date_birth|attachments\[\d+\]\.created_at)': "
)


@pytest.fixture(scope="module")
def fuzzed_sandbox() -> Iterator[SandboxServer]:
    """A sandbox with an allow-list, so that made-up credentials are refused."""
    with SandboxServer(SandboxConfig(api_keys=frozenset({API_KEY}))) as server:
        yield server


def point_at_an_existing_object(case: schemathesis.Case, server: SandboxServer) -> None:
    """Make a schema-valid edit or read hit a stored object instead of a made-up key.

    A read also gets exactly one of `key`/`reference`/`email`: the spec's
    `x-hrflow-one-of-required`, which JSON Schema cannot express and schemathesis does
    not read.
    """
    if case.meta is None or not case.meta.generation.mode.is_positive:
        return
    if case.path not in {"/job/indexing", "/profile/indexing"}:
        return
    kind = "job" if case.path.startswith("/job/") else "profile"
    namespace_field = "board_key" if kind == "job" else "source_key"
    fields: dict[str, Any] = {"name": "seeded"} if kind == "job" else {}
    store = server.state.store
    if case.method == "PUT" and isinstance(case.body, dict):
        namespace = case.body.get(namespace_field)
        if isinstance(namespace, str):
            case.body["key"] = store.create(kind, namespace, None, fields).key
    elif case.method == "GET" and isinstance(case.query, dict):
        namespace = case.query.get(namespace_field)
        if not isinstance(namespace, str):
            return
        reference, email = case.query.get("reference"), case.query.get("email")
        if isinstance(reference, str) and not {"key", "email"} & set(case.query):
            store.create(kind, namespace, reference, {**fields, "reference": reference})
        elif isinstance(email, str) and not {"key", "reference"} & set(case.query):
            store.create(kind, namespace, None, {"info": {"email": email}})
        else:
            case.query.pop("reference", None)
            case.query.pop("email", None)
            case.query["key"] = store.create(kind, namespace, None, fields).key


BUNDLED = json.loads(SPEC.read_text(encoding="utf-8"))
JSON_ENCODED_QUERY = {
    parameter["name"]
    for parameter in BUNDLED["components"]["parameters"].values()
    if parameter.get("x-hrflow-json-encoded")
}
NAMESPACE_LISTS = {"board_keys": "job", "source_keys": "profile"}
LOOKUPS = ("key", "reference", "profile_email")
RESUME = b"Ada Lovelace\nada@example.com\nSkills: python\n"


def fit_the_extensions(case: schemathesis.Case, server: SandboxServer) -> None:
    """Make a schema-valid case also honour what JSON Schema cannot say, for the 1.2.0 operations.

    - `x-hrflow-json-encoded` strings hold JSON (`contentSchema` is an annotation that
      schemathesis does not generate from): a value that is not a JSON array of strings
      becomes one, and the boards/sources named in `*_keys` exist (the service refuses
      unknown ones).
    - `x-hrflow-one-of-required` lookups (archive bodies, parsing and attachment
      queries) keep exactly one of their keys, pointing at a stored profile or job.
    - A parsed file must be a readable resume; the form's JSON fields hold JSON.
    """
    if case.meta is None or not case.meta.generation.mode.is_positive:
        return
    store = server.state.store
    if isinstance(case.query, dict):
        for name in JSON_ENCODED_QUERY & case.query.keys():
            try:
                value = json.loads(case.query[name])
            except (TypeError, ValueError):
                value = None
            if not (isinstance(value, list) and all(isinstance(v, str) for v in value) and value):
                value = [str(case.query[name]) or "x"]
            case.query[name] = json.dumps(value)
            if name in NAMESPACE_LISTS:
                for key in value:
                    store.ensure_namespace(NAMESPACE_LISTS[name], key)
        if case.path in {"/profile/parsing", "/profile/indexing/attachments"}:
            source = case.query.get("source_key")
            if isinstance(source, str):
                for name in LOOKUPS:
                    case.query.pop(name, None)
                case.query["key"] = store.create("profile", source, None, {}).key
    if case.path.endswith("/indexing/archive") and isinstance(case.body, dict):
        kind = "job" if case.path.startswith("/job/") else "profile"
        namespace = case.body.get("board_key" if kind == "job" else "source_key")
        if isinstance(namespace, str):
            for name in LOOKUPS:
                case.body.pop(name, None)
            fields = {"name": "seeded"} if kind == "job" else {}
            case.body["key"] = store.create(kind, namespace, None, fields).key
    if case.path == "/profile/parsing/file" and isinstance(case.body, dict):
        case.body["file"] = RESUME
        for name in ("labels", "tags", "metadatas"):
            if name in case.body:
                case.body[name] = "[]"
        case.body.pop("key", None)
        case.body.pop("reference", None)


def refused_for_a_written_date(case: schemathesis.Case, response: schemathesis.Response) -> bool:
    """Whether a schema-valid request was refused only because of a written date."""
    if case.meta is None or not case.meta.generation.mode.is_positive:
        return False
    if response.status_code != 400:
        return False
    return bool(DATE_FIELD_REFUSED.match(str(response.json().get("message", ""))))


@schema.parametrize()
@hypothesis.settings(
    max_examples=25, deadline=None, suppress_health_check=list(hypothesis.HealthCheck)
)
def test_the_sandbox_conforms_to_the_spec(
    case: schemathesis.Case, fuzzed_sandbox: SandboxServer
) -> None:
    fuzzed_sandbox.state.reset()
    with scoped(account_of(API_KEY)):  # what the test stores belongs to the fuzzing key
        point_at_an_existing_object(case, fuzzed_sandbox)
        fit_the_extensions(case, fuzzed_sandbox)
    url = fuzzed_sandbox.url
    response = case.call(base_url=url, headers=HEADERS)
    excluded = []
    if refused_for_a_written_date(case, response):
        excluded.append(schemathesis.checks.positive_data_acceptance)
    case.validate_response(
        response,
        headers=HEADERS,
        excluded_checks=excluded,
        transport_kwargs={"base_url": url, "headers": dict(HEADERS)},
    )
    assert fuzzed_sandbox.state.errors == []


DEREFERENCED = SPEC.with_name("openapi.deref.json")


def written_date_schemas() -> dict[str, dict[str, Any]]:
    schemas = json.loads(DEREFERENCED.read_text(encoding="utf-8"))["components"]["schemas"]
    return {
        "Iso8601Date.iso8601": schemas["Iso8601Date"]["properties"]["iso8601"],
        "ProfileInfoWrite.date_birth": schemas["ProfileInfoWrite"]["properties"]["date_birth"],
    }


@pytest.mark.parametrize("field", sorted(written_date_schemas()))
def test_the_spec_constrains_written_dates(field: str) -> None:
    validator = Draft202012Validator(written_date_schemas()[field])
    assert validator.is_valid("2018-01-01T00:00:00")
    assert validator.is_valid("1990-08-09T00:00:00+0000")
    assert not validator.is_valid("not a date")
    assert not validator.is_valid("")
