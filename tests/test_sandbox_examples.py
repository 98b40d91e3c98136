"""The sandbox accepts every request example of the spec, and its answers fit the schemas."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator
from pydantic import BaseModel

from hrflow_schemas import (
    EditJobResponse,
    EditProfileResponse,
    GetJobResponse,
    GetProfileResponse,
    IndexJobResponse,
    IndexProfileResponse,
)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "spec" / "examples").glob("*-request*.json"))
DEREFERENCED = json.loads((ROOT / "generated" / "openapi" / "openapi.deref.json").read_text())

RESPONSE_MODELS: dict[tuple[str, str], type[BaseModel]] = {
    ("post", "job"): IndexJobResponse,
    ("put", "job"): EditJobResponse,
    ("get", "job"): GetJobResponse,
    ("post", "profile"): IndexProfileResponse,
    ("put", "profile"): EditProfileResponse,
    ("get", "profile"): GetProfileResponse,
}


@pytest.fixture
def api(sandbox_url: str, sandbox_headers: dict[str, str]) -> Iterator[httpx.Client]:
    """An authenticated client of the sandbox."""
    with httpx.Client(base_url=sandbox_url, headers=sandbox_headers, timeout=10) as client:
        yield client


def check_answer(method: str, kind: str, response: httpx.Response) -> dict[str, Any]:
    """Assert the answer is a success that fits both the pydantic model and the spec's
    JSON Schema for its HTTP status; return the object."""
    body = response.json()
    assert body["code"] in (200, 201), body
    RESPONSE_MODELS[(method, kind)].model_validate_json(response.content)
    operation = DEREFERENCED["paths"][f"/{kind}/indexing"][method]
    schema = operation["responses"][str(response.status_code)]["content"]["application/json"]
    Draft202012Validator(schema["schema"]).validate(body)
    data: dict[str, Any] = body["data"]
    return data


def test_every_request_example_is_exercised() -> None:
    names = {path.name for path in EXAMPLES}
    assert {"job-post-request.json", "profile-put-request.json"} <= names
    assert len(names) == 9


@pytest.mark.parametrize("example", EXAMPLES, ids=[path.stem for path in EXAMPLES])
def test_the_sandbox_accepts_the_request_example(api: httpx.Client, example: Path) -> None:
    value: dict[str, Any] = json.loads(example.read_text(encoding="utf-8"))["value"]
    kind, method = example.stem.split("-")[:2]
    namespace_field = "board_key" if kind == "job" else "source_key"
    path = f"/{kind}/indexing"

    if method == "put":
        # An edit needs an existing object: create one first, then edit it by its key.
        seed = {k: v for k, v in value.items() if k != "key"}
        created = check_answer("post", kind, api.post(path, json=seed))
        value = {**value, "key": created["key"]}
        answer = api.put(path, json=value)
    else:
        answer = api.post(path, json=value)
    data = check_answer(method, kind, answer)

    read = api.get(path, params={namespace_field: value[namespace_field], "key": data["key"]})
    assert check_answer("get", kind, read) == data
    for name, written in value.items():
        if name in ("board_key", "source_key", "key", "created_at", "experiences", "educations"):
            continue
        assert data[name] == written, name
    for name in ("experiences", "educations"):
        for written, stored in zip(value.get(name, []), data.get(name, []), strict=True):
            for field in ("date_start", "date_end"):
                if field in written:
                    expected = written[field] and written[field]["iso8601"]
                    assert stored[field] == expected
