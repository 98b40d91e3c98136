"""Finish what openapi-down-convert leaves 3.1-only, so that openapi-3.0.json is valid OpenAPI 3.0.3."""

from __future__ import annotations

from typing import Any

_SUBSCHEMA_MAPS = ("properties", "patternProperties")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_SUBSCHEMAS = ("items", "additionalProperties", "not")
_CONTENT_KEYWORDS = ("contentMediaType", "contentSchema")


def finish(document: dict[str, Any]) -> dict[str, Any]:
    """Rewrite what openapi-down-convert leaves 3.1-only, so that the file is valid OpenAPI 3.0.3.

    The converter turns `type: [X, "null"]` into `type: X, nullable: true` and drops
    `info.license.identifier`, but keeps `info.summary`, type arrays with several non-null
    types and `{type: "null"}` branches of `anyOf`/`oneOf`. Here:
    - `info.summary` is moved to the start of `info.description`;
    - `type: [A, B, ("null")]` becomes `anyOf: [{type: A}, {type: B}]`;
    - a `{type: "null"}` branch is dropped; a lone `$ref` left becomes `allOf: [$ref]`
      (3.0 ignores the siblings of a `$ref`), a lone inline branch is merged in;
    - wherever 3.1 allowed null, the schema gets `nullable: true`, and so does each typed
      branch (3.0.3 `nullable` only applies next to `type`);
    - `contentMediaType`/`contentSchema` (a string holding JSON) are dropped: 3.0 cannot
      say it, and `x-hrflow-json-encoded` next to them says it for every version.
    """

    def is_null(branch: Any) -> bool:
        return isinstance(branch, dict) and branch.get("type") == "null" and len(branch) == 1

    def nullable(branch: dict[str, Any]) -> dict[str, Any]:
        return {**branch, "nullable": True} if "type" in branch and "$ref" not in branch else branch

    def schema(node: Any) -> Any:
        if not isinstance(node, dict):
            return node
        node = dict(node)
        for keyword in _CONTENT_KEYWORDS:
            node.pop(keyword, None)
        types = node.get("type")
        if isinstance(types, list):
            concrete = [t for t in types if t != "null"]
            allows_null = len(concrete) < len(types)
            del node["type"]
            if len(concrete) == 1:
                node["type"] = concrete[0]
            else:
                if "anyOf" in node or "oneOf" in node:
                    raise ValueError(
                        f"cannot down-convert a type array next to anyOf/oneOf: {node}"
                    )
                branches = [{"type": t} for t in concrete]
                node["anyOf"] = [nullable(b) for b in branches] if allows_null else branches
            if allows_null:
                node["nullable"] = True
        for key in ("anyOf", "oneOf"):
            branches = node.get(key)
            if isinstance(branches, list) and any(is_null(b) for b in branches):
                rest = [nullable(b) for b in branches if not is_null(b)]
                del node[key]
                if len(rest) == 1 and "$ref" in rest[0]:
                    node["allOf"] = rest
                elif len(rest) == 1:
                    node.update(rest[0])
                else:
                    node[key] = rest
                node["nullable"] = True
        for key in _SUBSCHEMA_MAPS:
            if isinstance(node.get(key), dict):
                node[key] = {name: schema(sub) for name, sub in node[key].items()}
        for key in _SUBSCHEMA_LISTS:
            if isinstance(node.get(key), list):
                node[key] = [schema(sub) for sub in node[key]]
        for key in _SUBSCHEMAS:
            if isinstance(node.get(key), dict):
                node[key] = schema(node[key])
        return node

    def walk(node: Any) -> Any:
        """Find the schemas outside components/schemas: parameters, media types, headers."""
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        return {
            key: schema(value)
            if key == "schema"
            else value
            if key.startswith("x-") or key in ("example", "examples")
            else walk(value)
            for key, value in node.items()
        }

    out = dict(document)
    info = dict(out["info"])
    summary = info.pop("summary", None)
    if summary:
        info["description"] = f"{summary}\n\n{info.get('description', '')}".rstrip() + "\n"
    out["info"] = info
    out["paths"] = walk(out.get("paths", {}))
    out["components"] = {
        section: {name: schema(sub) for name, sub in value.items()}
        if section == "schemas"
        else walk(value)
        for section, value in out.get("components", {}).items()
    }
    return out
