"""Success statuses and messages per operation, read from the spec's quirks."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from hrflow_sandbox.operations import OPERATIONS, Operation


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a successful call answers: HTTP status, body `code` and `message`."""

    http_status: int
    body_code: int
    message: str


def rest_outcome(op: Operation) -> Outcome:
    """The plain REST answer: creates 201/201, edits and reads 200/200."""
    if op.action == "create":
        return Outcome(201, 201, f"{op.noun} created")
    if op.action == "edit":
        return Outcome(200, 200, f"{op.noun} edited")
    return Outcome(200, 200, f"{op.noun} details")


@cache
def bundled_spec() -> dict[str, Any]:
    """The bundled spec shipped with `hrflow_schemas`."""
    text = resources.files("hrflow_schemas").joinpath("openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def quirk_outcomes(spec: dict[str, Any]) -> dict[str, Outcome]:
    """Operation id -> the quirky success pairing its `x-hrflow-quirks` declares.

    Only quirk entries carrying `http_status`, `body_code` and `message` count.
    """
    found: dict[str, Outcome] = {}
    for path_item in spec.get("paths", {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            for quirk in operation.get("x-hrflow-quirks", []):
                if {"http_status", "body_code", "message"} <= quirk.keys():
                    found[operation["operationId"]] = Outcome(
                        int(quirk["http_status"]), int(quirk["body_code"]), str(quirk["message"])
                    )
    return found


def lookup_names(operation_id: str) -> tuple[str, ...]:
    """The query parameters a read is looked up by, from its `x-hrflow-one-of-required`."""
    for path_item in bundled_spec().get("paths", {}).values():
        for operation in path_item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return tuple(operation.get("x-hrflow-one-of-required", ("key", "reference")))
    raise KeyError(operation_id)


def success_outcomes(*, strict_rest: bool) -> dict[str, Outcome]:
    """Operation id -> its success answer, quirky unless `strict_rest`."""
    outcomes = {op.operation_id: rest_outcome(op) for op in OPERATIONS}
    if not strict_rest:
        outcomes.update(quirk_outcomes(bundled_spec()))
    return outcomes
