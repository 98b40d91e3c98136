"""The spec agrees with every HrFlow page it covers, and the sandbox and clients accept what it declares.

The pages are the copies in spec/reference/ (see its README). A page may disagree with
the spec only where the spec says so, with a reason, in `x-hrflow-doc-departures`.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
from conftest import SANDBOX_HEADERS
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

import hrflow_schemas
from hrflow_client import HrFlow, InvalidRequestError
from hrflow_client.models import Profile as ClientProfile
from hrflow_client.models import ProfileUrl

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
PAGES = SPEC_DIR / "reference" / "docs-api" / "api-reference"
GENERATED = ROOT / "generated" / "openapi"
BUNDLED = json.loads((GENERATED / "openapi.json").read_text(encoding="utf-8"))
SCHEMAS = BUNDLED["components"]["schemas"]
NODE_BIN = ROOT / "node_modules" / ".bin"
TOOL_ENV = {**os.environ, "REDOCLY_TELEMETRY": "off", "NO_COLOR": "1"}
sys.path.insert(0, str(ROOT / "scripts"))

import openapi30  # noqa: E402
import pipeline  # noqa: E402

# Pages documenting an operation of the spec.
OPERATION_PAGES = {
    "profile-api/get-profile-indexing.md": "getProfile",
    "profile-api/post-profile-indexing.md": "indexProfile",
}
# Object pages, and the read schema each documents.
OBJECT_PAGES = {
    "hr-json/job-objects/job-object.md": "Job",
    "hr-json/job-objects/section-object.md": "Section",
    "hr-json/job-objects/range-float-object.md": "RangeFloat",
    "hr-json/job-objects/range-date-object.md": "RangeDate",
    "hr-json/profile-objects/profile-object.md": "Profile",
    "hr-json/profile-objects/info-object.md": "ProfileInfo",
    "hr-json/profile-objects/experience-object.md": "Experience",
    "hr-json/profile-objects/education-object.md": "Education",
    "hr-json/profile-objects/attachment-object.md": "Attachment",
    "hr-json/trait-objects/certification-object.md": "NamedValue",
    "hr-json/trait-objects/course-object.md": "NamedValue",
    "hr-json/trait-objects/task-object.md": "NamedValue",
    "hr-json/trait-objects/language-object.md": "NamedValue",
    "hr-json/trait-objects/interest-object.md": "NamedValue",
    "hr-json/trait-objects/date-object.md": "Iso8601Date",
    "hr-json/trait-objects/label-object.md": "Label",
    "hr-json/trait-objects/location-object.md": "Location",
    "hr-json/trait-objects/metadata-object.md": "Metadata",
    "hr-json/trait-objects/person-object.md": "ProfileInfo",
    "hr-json/trait-objects/skill-object.md": "Skill",
    "hr-json/trait-objects/tag-object.md": "Tag",
}
# The object pages' examples are Python literals with typos; each repair is listed here.
EXAMPLE_REPAIRS = {
    "hr-json/profile-objects/experience-object.md": [
        ("'title': 'Data scientist'\n", "'title': 'Data scientist',\n")
    ],
    "hr-json/profile-objects/info-object.md": [("{'fields': {", "'fields': {")],
    "hr-json/profile-objects/profile-object.md": [
        (
            "'date_birth': '1990-08-09T00:00:00+0000'\n",
            "'date_birth': '1990-08-09T00:00:00+0000',\n",
        ),
        ("{'name': 'task', 'value': null}}", "{'name': 'task', 'value': null}"),
    ],
    "hr-json/trait-objects/label-object.md": [
        ("'job_reference': 'job_reference'\n", "'job_reference': 'job_reference',\n"),
        ("'board_key': 'board_key'\n", "'board_key': 'board_key',\n"),
    ],
}
# Fields of the official SDK's (4.3.0) models, `hrflow/schemas.py`, by spec schema.
SDK_FIELDS = {
    "Job": {
        "key", "reference", "name", "board_key", "location", "sections", "culture",
        "benefits", "responsibilities", "requirements", "interviews", "url", "summary",
        "board", "archived_at", "updated_at", "created_at", "skills", "languages",
        "certifications", "courses", "tasks", "tags", "metadatas", "ranges_float",
        "ranges_date",
    },
    "JobWrite": {"culture", "benefits", "responsibilities", "requirements", "interviews"},
    "Profile": {
        "key", "reference", "info", "text_language", "text", "archived_at", "updated_at",
        "created_at", "experiences_duration", "educations_duration", "experiences",
        "educations", "attachments", "skills", "languages", "certifications", "courses",
        "tasks", "interests", "tags", "metadatas", "labels",
    },
    "ProfileInfo": {
        "full_name", "first_name", "last_name", "email", "phone", "date_birth", "location",
        "urls", "picture", "gender", "summary",
    },
    "Experience": {
        "key", "company", "logo", "title", "description", "location", "date_start",
        "date_end", "skills", "certifications", "courses", "tasks", "languages", "interests",
    },
    "Education": {
        "key", "school", "logo", "title", "description", "location", "date_start",
        "date_end", "skills", "certifications", "courses", "tasks", "languages", "interests",
    },
    "ExperienceWrite": {"logo"},
    "EducationWrite": {"logo"},
    "Attachment": {
        "type", "alt", "file_size", "file_name", "original_file_name", "extension",
        "public_url", "updated_at", "created_at",
    },
    "Label": {
        "board_key", "job_key", "job_reference", "stage", "date_stage", "rating",
        "date_rating",
    },
    "ProfileUrl": {"type", "url"},
}  # fmt: skip
PAGE_TYPES = {
    "string": {"string"},
    "number": {"number", "integer"},
    "integer": {"integer"},
    "boolean": {"boolean"},
    "array": {"array"},
    "object": {"object"},
}


# ---- helpers ---------------------------------------------------------------------------


def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    registry = Registry().with_resource("urn:spec", Resource.from_contents(BUNDLED, DRAFT202012))
    return jsonschema.Draft202012Validator(schema, registry=registry)


def errors(name: str, value: Any) -> list[tuple[str, ...]]:
    """The paths (as strings) where `value` fails the component schema `name`."""
    found = validator({"$ref": f"urn:spec#/components/schemas/{name}"}).iter_errors(value)
    return [tuple(str(part) for part in error.absolute_path) for error in found]


def accepts(name: str, value: Any) -> bool:
    return not errors(name, value)


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = BUNDLED
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def properties(schema: dict[str, Any]) -> dict[str, Any]:
    """The properties of an object schema, its `allOf` branches merged."""
    schema = resolve(schema)
    found = dict(schema.get("properties", {}))
    for branch in schema.get("allOf", []):
        found.update(properties(branch))
    return found


def types(schema: dict[str, Any]) -> set[str]:
    """Every JSON type a schema admits, through `$ref`, `anyOf` and `oneOf`."""
    schema = resolve(schema)
    declared = schema.get("type")
    found = set(declared) if isinstance(declared, list) else {declared} if declared else set()
    for key in ("anyOf", "oneOf"):
        for branch in schema.get(key, []):
            found |= types(branch)
    return found - {"null"}


def operation(operation_id: str) -> tuple[str, str, dict[str, Any]]:
    for path, item in BUNDLED["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return path, method, op
    raise KeyError(operation_id)


def departures(node: dict[str, Any], page: str) -> dict[str, dict[str, Any]]:
    """The departures from `page` recorded on a schema or an operation, by field."""
    recorded = node.get("x-hrflow-doc-departures", [])
    return {d["field"]: d for d in recorded if page.endswith(d["page"])}


def page_text(page: str) -> str:
    return (PAGES / page).read_text(encoding="utf-8")


def swagger_parameters(text: str) -> list[tuple[str, str, str]]:
    """`(in, name, type)` of every `{% swagger-parameter %}` of a page."""
    pattern = r'\{% swagger-parameter in="(\w+)" name="([^"]+)" type="(\w+)"'
    return re.findall(pattern, text)


def attribute_names(text: str) -> list[str]:
    """The names in a page's `## Attributes` table."""
    table = text.split("## Attributes", 1)[1]
    rows = re.findall(r"^\|\s*([^|]+?)\s*\|", table, re.M)
    return [row.replace("\\_", "_") for row in rows if row not in {"name"} and set(row) != {"-"}]


def page_example(page: str) -> Any:
    """The object page's example, repaired as EXAMPLE_REPAIRS says, as a Python value."""
    source = re.search(r"```(?:python|json)?\n(.*?)```", page_text(page), re.S)
    assert source is not None, page
    text = source.group(1)
    for old, new in EXAMPLE_REPAIRS.get(page, []):
        assert old in text, (page, old)
        text = text.replace(old, new, 1)
    for word, literal in (("null", "None"), ("true", "True"), ("false", "False")):
        text = re.sub(rf"\b{word}\b", literal, text)
    return ast.literal_eval(text.strip())


# ---- the pages ---------------------------------------------------------------------------


@pytest.mark.parametrize(("page", "operation_id"), OPERATION_PAGES.items())
def test_each_operation_page_matches_its_operation(page: str, operation_id: str) -> None:
    text = page_text(page)
    path, method, op = operation(operation_id)
    swagger = re.search(r'\{% swagger baseUrl="[^"]+" path="([^"]+)" method="(\w+)"', text)
    assert swagger is not None
    assert (swagger.group(1), swagger.group(2)) == ("/v1" + path, method)
    schemes = {s["name"] for s in BUNDLED["components"]["securitySchemes"].values()}
    parameters = {p["name"]: p for p in map(resolve, op.get("parameters", []))}
    body = (
        properties(op["requestBody"]["content"]["application/json"]["schema"])
        if ("requestBody" in op)
        else {}
    )
    recorded = departures(op, page)
    checked = 0
    for where, name, page_type in swagger_parameters(text):
        if where == "header":
            assert name in schemes, name
            continue
        declared = parameters[name]["schema"] if where == "query" else body.get(name)
        assert declared is not None, f"{page}: {where} parameter {name!r} is not in {operation_id}"
        compatible = bool(PAGE_TYPES[page_type] & types(declared))
        if name in recorded:
            assert not compatible and recorded[name]["reason"], (name, recorded[name])
        else:
            assert compatible, f"{page}: {name} is {page_type} on the page, {types(declared)} here"
        checked += 1
    assert checked >= 4
    assert set(recorded) <= {name for _, name, _ in swagger_parameters(text)}


@pytest.mark.parametrize(("page", "operation_id"), OPERATION_PAGES.items())
def test_each_documented_response_is_declared_with_the_page_example(
    page: str, operation_id: str
) -> None:
    text = page_text(page)
    op = operation(operation_id)[2]
    statuses = re.findall(r'\{% swagger-response status="(\d+)"', text)
    assert statuses
    for status in statuses:
        response = op["responses"][status]
        assert not response.get("x-reconstructed"), status
        media = response["content"]["application/json"]
        documented = resolve(media["examples"]["documented"])["value"]
        assert documented["code"] == int(status)
        assert str(documented["code"]) in text and documented["message"] in text


@pytest.mark.parametrize(("page", "schema"), OBJECT_PAGES.items())
def test_each_object_page_attribute_is_in_the_spec(page: str, schema: str) -> None:
    names = attribute_names(page_text(page))
    assert names, page
    declared = properties({"$ref": f"#/components/schemas/{schema}"})
    recorded = departures(SCHEMAS[schema], page)
    missing = [name for name in names if name not in declared and name not in recorded]
    assert missing == [], f"{page}: not in {schema} and no departure recorded: {missing}"
    for field, departure in recorded.items():
        assert departure["reason"], departure
        assert field in names or field in page_text(page), departure


@pytest.mark.parametrize(("page", "schema"), OBJECT_PAGES.items())
def test_each_object_page_example_fits_the_read_schema(page: str, schema: str) -> None:
    recorded = departures(SCHEMAS[schema], page)
    failing = {path[0] if path else "" for path in errors(schema, page_example(page))}
    assert failing <= set(recorded), f"{page}: {failing - set(recorded)} fail {schema}"


def test_every_recorded_departure_names_a_copied_page() -> None:
    pages = {path.relative_to(PAGES).as_posix() for path in PAGES.rglob("*.md")}

    def walk(node: Any) -> int:
        count = 0
        if isinstance(node, dict):
            for departure in node.get("x-hrflow-doc-departures", []):
                assert any(page.endswith(departure["page"]) for page in pages), departure
                assert {"page", "field", "reason"} <= departure.keys(), departure
                count += 1
            count += sum(walk(value) for value in node.values())
        elif isinstance(node, list):
            count += sum(walk(value) for value in node)
        return count

    assert walk(BUNDLED) >= 5


@pytest.mark.parametrize(("schema", "fields"), SDK_FIELDS.items())
def test_the_official_sdk_models_fields_are_in_the_spec(schema: str, fields: set[str]) -> None:
    assert fields - set(properties({"$ref": f"#/components/schemas/{schema}"})) == set()


def test_the_status_codes_page_is_declared_where_it_applies() -> None:
    text = page_text("status-codes.md")
    listed = set(re.findall(r"^\| (\d{3}) \|", text, re.M))
    assert listed == {"200", "201", "202", "400", "401", "402", "404", "422"}
    for path, item in BUNDLED["paths"].items():
        for method, op in item.items():
            declared = set(op["responses"])
            # 202 (asynchronous creation) is the parsing upload's: no operation here queues.
            assert listed - {"200", "201", "202"} <= declared, (path, method)
            for status in ("402", "403", "404", "422", "429", "500"):
                response = resolve(op["responses"][status])
                assert response["x-reconstructed"] and response["x-reconstructed-from"], status


def test_claims_no_page_makes_are_marked_reconstructed() -> None:
    for name in ("BadRequest", "CreateBadRequest", "Forbidden", "TooManyRequests"):
        response = BUNDLED["components"]["responses"][name]
        assert response["x-reconstructed"] is True
        assert len(response["x-reconstructed-from"]) > 40, name
    assert (
        "HTTP 200 carrying"
        in BUNDLED["components"]["responses"]["BadRequest"]["x-reconstructed-from"]
    )


# ---- what the wider shapes accept ----------------------------------------------------------

URLS_AS_LIST = [
    {"type": "from_resume", "url": []},
    {"type": "linkedin", "url": "https://www.linkedin.com/in/harry"},
    {"type": "github", "url": None},
]
URLS_AS_OBJECT = {"from_resume": [], "linkedin": "", "twitter": "", "facebook": "", "github": ""}


@pytest.mark.parametrize(
    "urls", [URLS_AS_LIST, URLS_AS_OBJECT, None], ids=["list", "object", "null"]
)
def test_profile_urls_are_accepted_in_both_documented_shapes(urls: Any) -> None:
    for schema in ("ProfileInfo", "ProfileInfoWrite"):
        assert accepts(schema, {"urls": urls}), schema
    assert not accepts("ProfileInfo", {"urls": "https://example.com"})
    assert not accepts("ProfileInfoWrite", {"urls": [{"type": "github", "url": 3}]})


def test_a_list_form_urls_profile_parses_in_both_python_model_sets() -> None:
    data = {
        "key": "k" * 40,
        "created_at": "2020-07-29T11:45:37+0000",
        "info": {"full_name": "Harry Potter", "urls": URLS_AS_LIST},
    }
    parsed = ClientProfile.from_dict(data)
    assert parsed.info is not None
    assert isinstance(parsed.info.urls, list) and isinstance(parsed.info.urls[1], ProfileUrl)
    assert parsed.info.urls[1].url == "https://www.linkedin.com/in/harry"
    assert parsed.to_dict()["info"]["urls"] == URLS_AS_LIST
    model = hrflow_schemas.Profile.model_validate(data)
    assert model.model_dump(mode="json", exclude_unset=True)["info"]["urls"] == URLS_AS_LIST


VALID_WRITTEN_DATES = [
    "2018-01-01",
    "2018-01-01T00:00:00",
    "2018-01-01T00:00:00Z",
    "2018-01-01T00:00:00.0000000Z",
    "2018-01-01T00:00:00.123456789+01:00",
    "2020-05-18T21:59",
    "1990-08-09T00:00:00+0000",
    "2018-01-01 00:00:00,5",
]
INVALID_WRITTEN_DATES = [
    "last spring",
    "2018-13-01",
    "2018-01-01T24:00:00",
    "20180101",
    "",
    "0000-01-01",
    "2018-01-01T00:00:00+01",
    "2018-01-01T00:00:00.1234567890Z",
]


@pytest.mark.parametrize("value", VALID_WRITTEN_DATES + INVALID_WRITTEN_DATES)
def test_the_spec_and_the_sandbox_agree_on_written_dates(
    value: str, sandbox_url: str, sandbox_headers: dict[str, str]
) -> None:
    """What the spec declares valid the sandbox stores, and what it refuses the spec refuses."""
    body = {
        "source_key": "dates",
        "info": {"date_birth": value},
        "experiences": [{"date_start": value, "date_end": {"iso8601": value}}],
        "attachments": [{"type": "resume", "created_at": value}],
    }
    declared = accepts("IndexProfileRequest", body)
    assert declared == (value in VALID_WRITTEN_DATES)
    answer = httpx.post(f"{sandbox_url}/profile/indexing", json=body, headers=sandbox_headers)
    assert (answer.json()["code"] == 201) == declared, answer.text
    if declared:
        experience = answer.json()["data"]["experiences"][0]
        assert (experience["date_start"], experience["date_end"]) == (value, value)


def test_attachment_dates_the_sandbox_refuses_are_refused_by_the_spec() -> None:
    assert not accepts("AttachmentWrite", {"created_at": "yesterday"})
    assert not accepts("AttachmentWrite", {"updated_at": "2020-09-11 at noon"})
    assert accepts("AttachmentWrite", {"created_at": "2020-09-11T10:26:29+0000", "alt": "x"})


def test_enums_the_service_treats_as_free_strings_are_open() -> None:
    assert accepts("SkillWrite", {"name": "python", "type": "language"})
    assert accepts("SkillWrite", {"name": "python", "type": "hard"})
    assert not accepts("SkillWrite", {"name": "python", "type": 3})
    assert accepts("Label", {"job_key": "j", "stage": "new"})
    seen: set[str] = set()

    def walk(node: Any) -> None:
        """No schema a response reaches refuses a value with an enum."""
        if isinstance(node, dict):
            assert "enum" not in node, node
            ref = node.get("$ref")
            if isinstance(ref, str) and ref not in seen:
                seen.add(ref)
                walk(resolve(node))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for item in BUNDLED["paths"].values():
        for op in item.values():
            walk(op["responses"])
    assert "#/components/schemas/Profile" in seen and "#/components/schemas/Job" in seen


def test_profile_lookup_by_email_is_declared_with_the_pages_one_of_rule() -> None:
    _, _, op = operation("getProfile")
    names = [resolve(p)["name"] for p in op["parameters"]]
    assert names == ["source_key", "key", "reference", "email"]
    assert op["x-hrflow-one-of-required"] == ["key", "reference", "email"]
    quirk = next(q for q in op["x-hrflow-quirks"] if q["id"] == "email-lookup-parameter-name")
    assert (quirk["documented"], quirk["sdk"]) == ("email", "profile_email")


def test_a_profile_is_found_by_email_and_two_lookups_are_refused(sandbox_url: str) -> None:
    with HrFlow(
        api_key=SANDBOX_HEADERS["X-API-KEY"],
        user_email=SANDBOX_HEADERS["X-USER-EMAIL"],
        base_url=sandbox_url,
        max_retries=0,
    ) as client:
        created = client.profile.create(
            source_key="mail",
            profile={
                "reference": "hp",
                "info": {"email": "harry@hogwarts.example", "urls": URLS_AS_LIST},
            },
        )
        found = client.profile.get(source_key="mail", email="harry@hogwarts.example")
        assert found.key == created.key
        assert found.info is not None and isinstance(found.info.urls, list)
        assert found.to_dict()["info"]["urls"] == URLS_AS_LIST
        with pytest.raises(InvalidRequestError, match=r"key=, reference= or email="):
            client.profile.get(source_key="mail", reference="hp", email="harry@hogwarts.example")
    both = httpx.get(
        f"{sandbox_url}/profile/indexing",
        params={"source_key": "mail", "reference": "hp", "email": "harry@hogwarts.example"},
        headers=SANDBOX_HEADERS,
    )
    assert both.json() == {
        "code": 400,
        "message": "Invalid parameters: give exactly one of 'key', 'reference' or 'email'",
    }


def test_a_profile_create_answers_the_documented_201_and_a_taken_reference_the_declared_400(
    sandbox_url: str, sandbox_headers: dict[str, str]
) -> None:
    body = {"source_key": "dup", "reference": "once", "info": {"full_name": "Once"}}
    first = httpx.post(f"{sandbox_url}/profile/indexing", json=body, headers=sandbox_headers)
    assert (first.status_code, first.json()["code"], first.json()["message"]) == (
        201,
        201,
        "Profile created",
    )
    again = httpx.post(f"{sandbox_url}/profile/indexing", json=body, headers=sandbox_headers)
    for operation_id in ("indexJob", "indexProfile"):
        response = resolve(operation(operation_id)[2]["responses"]["400"])
        declared = resolve(response["content"]["application/json"]["examples"]["referenceTaken"])
        assert again.json() == declared["value"]
        assert again.status_code == 400


def test_the_user_email_header_spelling_is_a_quirk_id() -> None:
    assert "user-email-header-spelling" in BUNDLED["x-hrflow-quirk-ids"]
    _, _, op = operation("editProfile")
    quirk = next(q for q in op["x-hrflow-quirks"] if q["id"] == "user-email-header-spelling")
    assert quirk["documented"] == "X-USER_EMAIL"
    scheme = BUNDLED["components"]["securitySchemes"]["UserEmail"]
    assert scheme["name"] == "X-USER-EMAIL"
    assert scheme["x-hrflow-quirks"][0]["id"] == "user-email-header-spelling"


def test_every_operation_names_its_facade_method() -> None:
    found = {
        op["operationId"]: op["x-hrflow-method"]
        for item in BUNDLED["paths"].values()
        for op in item.values()
    }
    assert found == {
        "indexJob": "create",
        "editJob": "edit",
        "getJob": "get",
        "indexProfile": "create",
        "editProfile": "edit",
        "getProfile": "get",
        "listBoards": "list",
        "getBoard": "get",
        "listSources": "list",
        "getSource": "get",
        "listJobs": "list",
        "listProfiles": "list",
        "archiveJob": "archive",
        "archiveProfile": "archive",
        "parseProfileFile": "parse",
        "getProfileParsing": "get_parsing",
        "getProfileAttachments": "attachments",
        "searchJobs": "search",
        "searchProfiles": "search",
        "scoreJobs": "score",
        "scoreProfiles": "score",
        "checkAuth": "check",
        "checkWebhook": "check",
    }


# ---- every published variant valid -------------------------------------------------------


def lint(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(NODE_BIN / command[0]), *command[1:]],
        cwd=ROOT,
        env=TOOL_ENV,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_the_3_0_file_passes_redocly_recommended_with_no_problem(tmp_path: Path) -> None:
    config = tmp_path / "redocly.yaml"
    config.write_text("extends:\n  - recommended\n", encoding="utf-8")
    result = lint(["redocly", "lint", "--config", str(config), str(GENERATED / "openapi-3.0.json")])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Your API description is valid" in result.stdout + result.stderr
    assert not re.search(r"\d+ warnings?", result.stdout + result.stderr)


def test_the_3_0_file_passes_spectral_oas_with_no_problem(tmp_path: Path) -> None:
    ruleset = tmp_path / "spectral.yaml"
    ruleset.write_text('extends: ["spectral:oas"]\n', encoding="utf-8")
    result = lint(
        ["spectral", "lint", "--ruleset", str(ruleset), "--fail-severity", "hint",
         str(GENERATED / "openapi-3.0.json")]
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_bundled_example_is_used_by_an_operation() -> None:
    text = json.dumps(BUNDLED["paths"]) + json.dumps(BUNDLED["components"]["responses"])
    unused = [
        name
        for name in BUNDLED["components"].get("examples", {})
        if f'"#/components/examples/{name}"' not in text
    ]
    assert unused == []
    assert len(BUNDLED["components"]["examples"]) >= 20


def test_a_nullable_reference_keeps_its_type_in_3_0() -> None:
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "Thing": {"type": "object"},
                "Day": {"type": "string"},
                "Holder": {
                    "type": "object",
                    "properties": {
                        "thing": {"anyOf": [{"$ref": "#/components/schemas/Thing"}, {"type": "null"}]},
                        "when": {
                            "anyOf": [
                                {"$ref": "#/components/schemas/Thing"},
                                {"$ref": "#/components/schemas/Day"},
                                {"type": "null"},
                            ]
                        },
                        "count": {"type": ["integer", "string", "null"]},
                    },
                },
            }
        },
    }  # fmt: skip
    holder = openapi30.finish(document)["components"]["schemas"]["Holder"]["properties"]
    assert holder["thing"] == {
        "allOf": [{"$ref": "#/components/schemas/Thing"}],
        "type": "object",
        "nullable": True,
    }
    assert "nullable" not in holder["when"]
    assert holder["when"]["anyOf"][-1] == {"type": "string", "nullable": True, "enum": [None]}
    assert "nullable" not in holder["count"]
    assert all(branch["nullable"] for branch in holder["count"]["anyOf"])


# ---- errors a spec author can act on ----------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "$ref: '#/components/schemas/JobWrite'\n",
            "$ref: '#/components/schemas/JobWrit'\n",
            r"openapi\.yaml:\d+: \$ref '#/components/schemas/JobWrit' points to nothing "
            r"\(at /components/schemas/IndexJobRequest/allOf/0/\$ref\)",
        ),
        (
            "$ref: ./examples/job-post-request.json\n",
            "$ref: ./examples/missing.json\n",
            r"points to nothing \(at /paths/~1job~1indexing/post/requestBody/content/"
            r"application~1json/examples/documented/\$ref\)",
        ),
        (
            "    get:\n      operationId: getJob\n",
            "    get:\n      operationId: 12\n",
            r"openapi\.yaml:\d+: 12 is not of type \"string\" \(at /paths/~1job~1indexing/get/operationId\)",
        ),
        (
            "    IndexJobRequest:\n      description: Body of POST /job/indexing;",
            "    IndexJobRequest:\n      minProperties: many\n      description: Body of POST /job/indexing;",
            r"openapi\.yaml:\d+: 'many' is not of type 'integer' "
            r"\(at /components/schemas/IndexJobRequest/minProperties\)",
        ),
    ],
    ids=["dangling-pointer", "missing-file", "operation-error", "schema-error"],
)
def test_a_broken_spec_gives_one_short_line_with_its_line_and_pointer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: str, new: str, expected: str
) -> None:
    text = (SPEC_DIR / "openapi.yaml").read_text(encoding="utf-8")
    assert old in text
    broken = text.replace(old, new, 1)
    (tmp_path / "examples").symlink_to(SPEC_DIR / "examples")
    spec = tmp_path / "openapi.yaml"
    spec.write_text(broken, encoding="utf-8")
    monkeypatch.setattr(pipeline, "SPEC", spec)
    with pytest.raises(pipeline.PipelineError) as raised:
        pipeline.validate_spec()
    message = str(raised.value)
    problem = message.splitlines()[1]
    assert re.search(expected, problem), message
    assert len(message) < 400
    line = int(problem.split(":")[1])
    pairs = zip(text.splitlines(), broken.splitlines(), strict=False)
    changed = next(i for i, (a, b) in enumerate(pairs) if a != b)
    assert line == changed + 1


def test_the_pipeline_lints_every_published_file_and_fails_on_a_warning(tmp_path: Path) -> None:
    published = {path.name for path in GENERATED.iterdir()}
    steps = pipeline.published_lint_steps(tmp_path)
    linted = {
        Path(str(arg)).name
        for step in steps
        for arg in step.argv
        if str(arg).startswith(str(tmp_path))
    }
    assert linted == published
    for name in published:
        (tmp_path / name).write_bytes((GENERATED / name).read_bytes())
    pipeline.run_parallel(steps)
    document = json.loads((tmp_path / "openapi-3.0.json").read_text(encoding="utf-8"))
    document["components"]["schemas"]["Orphan"] = {"type": "string"}
    (tmp_path / "openapi-3.0.json").write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(pipeline.PipelineError, match=r"(?s)spectral lint \(published\).*Orphan"):
        pipeline.run_parallel(steps)
