"""The operations added in 1.2.0 carry what the facade and other generators rely on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = json.loads((ROOT / "generated" / "openapi" / "openapi.json").read_text(encoding="utf-8"))
DOWN = json.loads((ROOT / "generated" / "openapi" / "openapi-3.0.json").read_text(encoding="utf-8"))
TYPES = (ROOT / "generated" / "typescript" / "hrflow.d.ts").read_text(encoding="utf-8")

# operationId -> (first tag, x-hrflow-method), as the public surface names them.
SURFACE = {
    "listBoards": ("board", "list"),
    "getBoard": ("board", "get"),
    "listSources": ("source", "list"),
    "getSource": ("source", "get"),
    "listJobs": ("job", "list"),
    "listProfiles": ("profile", "list"),
    "archiveJob": ("job", "archive"),
    "archiveProfile": ("profile", "archive"),
    "parseProfileFile": ("profile", "parse"),
    "getProfileParsing": ("profile", "get_parsing"),
    "getProfileAttachments": ("profile", "attachments"),
    "searchJobs": ("job", "search"),
    "searchProfiles": ("profile", "search"),
    "scoreJobs": ("job", "score"),
    "scoreProfiles": ("profile", "score"),
    "checkAuth": ("auth", "check"),
    "checkWebhook": ("webhook", "check"),
}
PAGED = {
    "listBoards": "",
    "listSources": "",
    "listJobs": "",
    "listProfiles": "",
    "searchJobs": "jobs",
    "searchProfiles": "profiles",
    "scoreJobs": "jobs",
    "scoreProfiles": "profiles",
}


def operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        op["operationId"]: op
        for item in document["paths"].values()
        for method, op in item.items()
        if method in {"get", "post", "put", "patch", "delete"}
    }


def resolve(node: dict[str, Any], document: dict[str, Any] = BUNDLED) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def test_each_new_operation_names_its_resource_and_method_and_declares_its_errors() -> None:
    ops = operations(BUNDLED)
    for operation_id, (tag, method) in SURFACE.items():
        op = ops[operation_id]
        assert op["tags"][0] == tag and op["x-hrflow-method"] == method, operation_id
        assert op["security"] == [{"ApiKey": [], "UserEmail": []}]
        assert {"400", "401", "403", "404", "429", "500"} <= set(op["responses"]), operation_id
        assert all(resolve(p).get("description") for p in op.get("parameters", []))


def test_paged_operations_take_page_and_limit_and_answer_meta() -> None:
    ops = operations(BUNDLED)
    for operation_id, items in PAGED.items():
        op = ops[operation_id]
        assert op["x-hrflow-pagination"] == {"items": items}
        names = {resolve(p)["name"] for p in op["parameters"]}
        assert {"page", "limit"} <= names
        schema = resolve(op["responses"]["200"]["content"]["application/json"]["schema"])
        assert schema["properties"]["meta"] == {"$ref": "#/components/schemas/PageMeta"}
    assert set(resolve({"$ref": "#/components/schemas/PageMeta"})["required"]) == {
        "page",
        "maxPage",
        "count",
        "total",
    }


def test_json_encoded_arrays_are_marked_and_typed_as_strings_everywhere() -> None:
    marked = {
        resolve(p)["name"]
        for op in operations(BUNDLED).values()
        for p in op.get("parameters", [])
        if resolve(p).get("x-hrflow-json-encoded")
    }
    assert {"board_keys", "source_keys", "skills", "text_keywords", "tags_included"} <= marked
    board_keys = BUNDLED["components"]["parameters"]["BoardKeysQuery"]["schema"]
    assert board_keys["type"] == "string" and board_keys["contentMediaType"] == "application/json"
    assert board_keys["contentSchema"]["type"] == "array"
    down = DOWN["components"]["parameters"]["BoardKeysQuery"]
    assert down["x-hrflow-json-encoded"] is True and down["schema"]["type"] == "string"
    assert "contentSchema" not in json.dumps(DOWN)
    assert "BoardKeysQuery: string;" in TYPES


def test_one_of_lookups_name_existing_parameters_or_body_fields() -> None:
    for op in operations(BUNDLED).values():
        names = op.get("x-hrflow-one-of-required")
        if not names:
            continue
        given = {resolve(p)["name"] for p in op.get("parameters", [])}
        if "requestBody" in op:
            body = resolve(op["requestBody"]["content"]["application/json"]["schema"])
            given |= set(body["properties"])
        assert set(names) <= given, op["operationId"]


def test_scores_are_declared_paired_with_their_items() -> None:
    schemas = BUNDLED["components"]["schemas"]
    assert schemas["ScoreJobsResponse"]["x-hrflow-scored-pairs"] == {
        "items": "jobs",
        "scores": "predictions",
    }
    assert schemas["ScoreProfilesResponse"]["x-hrflow-scored-pairs"] == {
        "items": "profiles",
        "scores": "predictions",
    }


def test_every_webhook_event_is_described_with_its_payload_and_signature_header() -> None:
    events = set(BUNDLED["components"]["schemas"]["WebhookEventType"]["enum"])
    assert set(BUNDLED["webhooks"]) == events and len(events) == 14
    for name, item in BUNDLED["webhooks"].items():
        post = item["post"]
        assert post["requestBody"]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/WebhookEvent"
        }, name
        assert resolve(post["parameters"][0])["name"] == "HTTP-HRFLOW-SIGNATURE"
    assert "webhooks" not in DOWN and "webhooks" in TYPES
