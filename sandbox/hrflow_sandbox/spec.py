"""The bundled spec, read once: the sandbox serves its operations at its paths, with its models."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel

import hrflow_schemas

_METHODS = ("get", "put", "post", "patch", "delete")


@cache
def bundled_spec() -> dict[str, Any]:
    """The bundled spec shipped with `hrflow_schemas`."""
    text = resources.files("hrflow_schemas").joinpath("openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


API_PREFIX = urlsplit(bundled_spec()["servers"][0]["url"]).path.rstrip("/")
"""Where the spec's paths are served: the path of its server URL (`/v1`)."""


@dataclass(frozen=True, slots=True)
class SpecOperation:
    """One operation of the spec, as the sandbox serves it.

    Attributes:
        operation_id: Its `operationId`, which names its handler.
        method: Its HTTP method, upper case.
        path: Its path, without `API_PREFIX`.
        query: The query parameters it declares.
        lookups: Its `x-hrflow-one-of-required`: the parameters an object is looked up
            by, exactly one of which is given.
        request_model: The model of its JSON body, if it takes one.
        response_models: The model of its answer, per success status.
    """

    operation_id: str
    method: str
    path: str
    query: frozenset[str]
    lookups: tuple[str, ...]
    request_model: type[BaseModel] | None
    response_models: Mapping[int, type[BaseModel]]


def _json_model(content: Mapping[str, Any]) -> type[BaseModel] | None:
    """The model of an `application/json` body, named by its schema's `$ref`."""
    ref = content.get("application/json", {}).get("schema", {}).get("$ref")
    if ref is None:
        return None
    model: type[BaseModel] = getattr(hrflow_schemas, ref.rsplit("/", 1)[-1])
    return model


@cache
def spec_operations() -> tuple[SpecOperation, ...]:
    """The spec's operations, in the spec's order."""
    spec = bundled_spec()
    shared = spec.get("components", {}).get("parameters", {})
    found = []
    for path, item in spec["paths"].items():
        for method in _METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            parameters = [
                shared[p["$ref"].rsplit("/", 1)[-1]] if "$ref" in p else p
                for p in operation.get("parameters", [])
            ]
            responses = {
                int(status): model
                for status, response in operation["responses"].items()
                if status.isdigit() and status.startswith("2")
                if (model := _json_model(response.get("content", {}))) is not None
            }
            found.append(
                SpecOperation(
                    operation_id=operation["operationId"],
                    method=method.upper(),
                    path=path,
                    query=frozenset(p["name"] for p in parameters if p.get("in") == "query"),
                    lookups=tuple(operation.get("x-hrflow-one-of-required", ())),
                    request_model=_json_model(operation.get("requestBody", {}).get("content", {})),
                    response_models=responses,
                )
            )
    return tuple(found)


@cache
def _by_route() -> dict[tuple[str, str], SpecOperation]:
    return {(op.method, API_PREFIX + op.path): op for op in spec_operations()}


def find_route(method: str, path: str) -> SpecOperation | None:
    """The operation served at `method path` (path including `API_PREFIX`), if any; HEAD is GET."""
    return _by_route().get(("GET" if method == "HEAD" else method, path))
