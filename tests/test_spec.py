"""spec/openapi.yaml: valid, lint-clean, complete, and every documented example fits it."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

import hrflow_client.models as client_models
import hrflow_schemas

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
EXAMPLES = ROOT / "spec" / "examples"
BUNDLED = json.loads((ROOT / "generated" / "openapi" / "openapi.json").read_text(encoding="utf-8"))
NODE_BIN = ROOT / "node_modules" / ".bin"
METHODS = ("get", "put", "post")
WRITES = {"indexJob", "editJob", "indexProfile", "editProfile"}

# Every repaired example of the HrFlow pages, and the schema it must fit.
SEED_EXAMPLES = {
    "job-post-request.json": "IndexJobRequest",
    "job-post-request-python-sdk.json": "IndexJobRequest",
    "job-post-request-js-sdk.json": "IndexJobRequest",
    "job-post-response-200.json": "IndexJobResponse",
    "job-post-response-401.json": "Error",
    "job-put-request-python-sdk.json": "EditJobRequest",
    "job-put-request-js-sdk.json": "EditJobRequest",
    "job-put-response-200.json": "EditJobResponse",
    "job-put-response-401.json": "Error",
    "job-get-response-200.json": "GetJobResponse",
    "job-get-response-401.json": "Error",
    "profile-post-request.json": "IndexProfileRequest",
    "profile-put-request.json": "EditProfileRequest",
    "profile-put-request-python-sdk.json": "EditProfileRequest",
    "profile-put-request-js-sdk.json": "EditProfileRequest",
    "profile-put-response-201.json": "EditProfileResponse",
    "profile-put-response-400.json": "Error",
    "profile-post-response-201.json": "IndexProfileResponse",
    "profile-post-response-400.json": "Error",
    "profile-get-response-200.json": "GetProfileResponse",
    "profile-get-response-400.json": "Error",
    "reference-taken-400.json": "Error",
}
# The parameter tables' inline snippets, and the schema of each snippet.
INLINE_SNIPPETS = {
    "job-post-fields-inline.json": {
        "sections": "Section[]",
        "location": "Location",
        "skills": "SkillWrite[]",
        "languages": "NamedValue[]",
        "tags": "Tag[]",
        "metadatas": "Metadata[]",
        "ranges_float": "RangeFloat[]",
        "ranges_date": "RangeDate[]",
        "tasks": "NamedValue[]",
        "courses": "NamedValue[]",
        "certifications": "NamedValue[]",
        "profile_certifications": "NamedValue[]",
    },
    "profile-put-fields-inline.json": {
        "info": "ProfileInfoWrite",
        "educations": "EducationWrite[]",
        "experiences": "ExperienceWrite[]",
        "certifications": "NamedValue[]",
        "courses": "NamedValue[]",
        "tasks": "NamedValue[]",
        "skills": "SkillWrite[]",
        "languages": "NamedValue[]",
        "interests": "NamedValue[]",
        "labels": "Label[]",
        "tags": "Tag[]",
        "metadatas": "Metadata[]",
    },
}
# Placeholders the pages print instead of values; the spec rightly rejects them.
KNOWN_PLACEHOLDERS = {
    ("profile-put-fields-inline.json", "info"),  # "date_birth": "XX-XX-XXXXTXX:XX:XX"
}


def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    registry = Registry().with_resource("urn:spec", Resource.from_contents(BUNDLED, DRAFT202012))
    return jsonschema.Draft202012Validator(schema, registry=registry)


def schema_ref(name: str) -> dict[str, Any]:
    if name.endswith("[]"):
        return {"type": "array", "items": {"$ref": f"urn:spec#/components/schemas/{name[:-2]}"}}
    return {"$ref": f"urn:spec#/components/schemas/{name}"}


def errors(name: str, value: Any) -> list[str]:
    return [
        f"{list(e.absolute_path)}: {e.message}"
        for e in validator(schema_ref(name)).iter_errors(value)
    ]


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, item in BUNDLED["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


def test_spec_is_valid_openapi_3_1() -> None:
    validate(yaml.safe_load(SPEC.read_text(encoding="utf-8")), base_uri=SPEC.as_uri())


@pytest.mark.parametrize(
    "command",
    [
        ["redocly", "lint", "--config", "spec/redocly.yaml", "spec/openapi.yaml"],
        [
            "spectral",
            "lint",
            "--ruleset",
            "spec/.spectral.yaml",
            "--fail-severity",
            "warn",
            "spec/openapi.yaml",
        ],
    ],
    ids=["redocly", "spectral"],
)
def test_linters_find_nothing(command: list[str]) -> None:
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "NO_COLOR": "1"}
    result = subprocess.run(
        [str(NODE_BIN / command[0]), *command[1:]],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in result.stdout.lower().replace("deprecation warning", "")


def test_the_six_operations_are_described_secured_and_tagged() -> None:
    six = {"indexJob", "editJob", "getJob", "indexProfile", "editProfile", "getProfile"}
    found = {operation["operationId"] for _, _, operation in operations()}
    assert six <= found
    for path, method, operation in operations():
        if operation["operationId"] not in six:
            continue
        assert operation["tags"] == [path.split("/")[1]]
        assert operation["summary"] and operation["description"]
        assert operation["security"] == [{"ApiKey": [], "UserEmail": []}], (path, method)
        declared = set(operation["responses"])
        assert {"400", "401", "402", "403", "404", "422", "429", "500"} <= declared
        if operation["operationId"] in WRITES:
            assert {"200", "201"} <= declared
        for parameter in operation.get("parameters", []):
            resolved = resolve(parameter)
            assert resolved.get("description"), (operation["operationId"], resolved["name"])


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = BUNDLED
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def test_every_quirk_used_is_declared_and_status_quirks_say_their_pair() -> None:
    vocabulary = set(BUNDLED["x-hrflow-quirk-ids"])
    pairs = {}
    for _, _, operation in operations():
        for quirk in operation["x-hrflow-quirks"]:
            assert quirk["id"] in vocabulary
            if "http_status" in quirk:
                pairs[operation["operationId"]] = (
                    quirk["http_status"],
                    quirk["body_code"],
                    quirk["message"],
                )
    assert pairs == {
        "indexJob": (200, 201, "Job created"),
        "editJob": (200, 201, "Job created"),
        "editProfile": (201, 200, "Profile edited"),
    }


def test_reconstructed_elements_say_what_they_were_inferred_from() -> None:
    def walk(node: Any) -> int:
        count = 0
        if isinstance(node, dict):
            if node.get("x-reconstructed"):
                assert node.get("x-reconstructed-from"), node
                count += 1
            count += sum(walk(value) for value in node.values())
        elif isinstance(node, list):
            count += sum(walk(value) for value in node)
        return count

    assert walk(BUNDLED) >= 3
    by_id = {operation["operationId"]: operation for _, _, operation in operations()}
    # Both profile operations have a page of their own since 1.1.0; of the 1.2.0 ones,
    # those no page documents (listing, auth) are reconstructed from the SDK.
    indexing = ("indexJob", "editJob", "getJob", "indexProfile", "editProfile", "getProfile")
    assert not any(by_id[name].get("x-reconstructed") for name in indexing)
    undocumented = {"listJobs", "listProfiles", "checkAuth"}
    assert {name for name, op in by_id.items() if op.get("x-reconstructed")} == undocumented


def test_response_objects_stay_open_to_new_fields() -> None:
    def walk(node: Any) -> None:
        if isinstance(node, dict):
            assert node.get("additionalProperties") is not False
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(BUNDLED["components"]["schemas"])


def media_type_examples() -> list[tuple[str, dict[str, Any], Any]]:
    found = []
    for path, method, operation in operations():
        bodies = [("request", operation.get("requestBody", {}))]
        bodies += [
            (status, resolve(response)) for status, response in operation["responses"].items()
        ]
        for where, body in bodies:
            for media in body.get("content", {}).values():
                examples = [
                    resolve(example)["value"] for example in media.get("examples", {}).values()
                ]
                if "example" in media:
                    examples.append(media["example"])
                found += [
                    (f"{method} {path} {where}", media["schema"], value) for value in examples
                ]
    return found


def test_every_example_in_the_spec_validates_against_its_schema() -> None:
    examples = media_type_examples()
    assert len(examples) >= 20
    for where, schema, value in examples:
        problems = [
            e.message for e in validator({"$ref": "urn:spec" + schema["$ref"]}).iter_errors(value)
        ]
        assert not problems, (where, problems[:3])


def test_schema_validation_is_not_vacuous() -> None:
    assert sorted(errors("IndexJobRequest", {"skills": [{"name": 1}]})) == [
        "['skills', 0, 'name']: 1 is not of type 'string'",
        "[]: 'board_key' is a required property",
        "[]: 'name' is a required property",
    ]


@pytest.mark.parametrize(("file_name", "schema"), SEED_EXAMPLES.items())
def test_each_repaired_seed_example_is_accepted_by_the_spec(file_name: str, schema: str) -> None:
    assert (
        errors(schema, json.loads((EXAMPLES / file_name).read_text(encoding="utf-8"))["value"])
        == []
    )


def test_every_example_file_is_checked() -> None:
    files = {path.name for path in EXAMPLES.glob("*.json")}
    assert files == set(SEED_EXAMPLES) | set(INLINE_SNIPPETS)


@pytest.mark.parametrize("file_name", INLINE_SNIPPETS)
def test_the_parameter_tables_inline_snippets_fit_their_schemas(file_name: str) -> None:
    snippets = json.loads((EXAMPLES / file_name).read_text(encoding="utf-8"))
    assert set(snippets) == set(INLINE_SNIPPETS[file_name])
    for field, schema in INLINE_SNIPPETS[file_name].items():
        problems = errors(schema, snippets[field])
        if (file_name, field) in KNOWN_PLACEHOLDERS:
            assert problems, "the placeholder is expected to be rejected"
        else:
            assert problems == [], (field, problems)


@pytest.mark.parametrize(("file_name", "schema"), SEED_EXAMPLES.items())
def test_each_example_parses_with_both_generated_model_sets(file_name: str, schema: str) -> None:
    value = json.loads((EXAMPLES / file_name).read_text(encoding="utf-8"))["value"]
    attrs_model = getattr(client_models, schema).from_dict(value)
    pydantic_model = getattr(hrflow_schemas, schema).model_validate(value)
    assert attrs_model.to_dict().keys() == value.keys()
    assert pydantic_model.model_dump(exclude_unset=True).keys() == value.keys()
