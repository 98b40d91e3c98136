"""Every operation of the bundled spec as (operationId, method, path): the sandbox's routes come from here."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from hrflow_sandbox.operations import API_PREFIX
from hrflow_sandbox.outcomes import bundled_spec

_METHODS = ("get", "put", "post", "patch", "delete")


@dataclass(frozen=True, slots=True)
class SpecOperation:
    """One operation of the spec: its id, HTTP method and path (without `/v1`)."""

    operation_id: str
    method: str
    path: str
    query: frozenset[str]


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
            query = frozenset(p["name"] for p in parameters if p.get("in") == "query")
            found.append(SpecOperation(operation["operationId"], method.upper(), path, query))
    return tuple(found)


@cache
def _by_route() -> dict[tuple[str, str], SpecOperation]:
    return {(op.method, API_PREFIX + op.path): op for op in spec_operations()}


def find_route(method: str, path: str) -> SpecOperation | None:
    """The operation served at `method path` (path including `/v1`), if any; HEAD is GET."""
    return _by_route().get(("GET" if method == "HEAD" else method, path))
