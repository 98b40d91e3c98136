"""Finish what openapi-down-convert leaves 3.1-only, so that openapi-3.0.json is valid OpenAPI 3.0.3."""

from __future__ import annotations

from typing import Any

_SUBSCHEMA_MAPS = ("properties", "patternProperties")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_SUBSCHEMAS = ("items", "additionalProperties", "not")
_SCHEMAS = "#/components/schemas/"
_CONTENT_KEYWORDS = ("contentMediaType", "contentSchema")


def finish(
    document: dict[str, Any],
    license_identifier: str | None = None,
    webhooks: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Rewrite what openapi-down-convert leaves 3.1-only, so that the file is valid OpenAPI 3.0.3.

    The converter turns `type: [X, "null"]` into `type: X, nullable: true` and drops
    `info.license.identifier`, but keeps `info.summary`, type arrays with several non-null
    types and `{type: "null"}` branches of `anyOf`/`oneOf`. Here:
    - `info.summary` is moved to the start of `info.description`; the license's SPDX
      `license_identifier` (3.1 only, dropped by the converter) becomes its SPDX page as `url`;
    - `type: [A, B, ("null")]` becomes `anyOf: [{type: A}, {type: B}]`;
    - a `{type: "null"}` branch is dropped; a lone `$ref` left becomes `allOf: [$ref]`
      (3.0 ignores the siblings of a `$ref`) with the target's `type` and `nullable: true`
      beside it (3.0.3 `nullable` only applies next to `type`); a lone inline branch is
      merged in and made nullable;
    - with several branches left, each typed branch gets `nullable: true`; when all of
      them are `$ref`s, a null-only branch (`nullable` string with `enum: [null]`) is added,
      so that the union keeps accepting null without a `nullable` lacking its `type`.
    - `contentMediaType`/`contentSchema` (a string holding JSON) are dropped: 3.0 cannot
      say it, and `x-hrflow-json-encoded` next to them says it for every version;
    - the 3.1 `webhooks` (dropped by the converter: 3.0 has none) are kept as `x-webhooks`,
      the extension 3.0 tools such as Redoc read, so their payloads stay described.
    """

    schemas = document.get("components", {}).get("schemas", {})

    def is_null(branch: Any) -> bool:
        return isinstance(branch, dict) and branch.get("type") == "null" and len(branch) == 1

    def nullable(branch: dict[str, Any]) -> dict[str, Any]:
        return {**branch, "nullable": True} if "type" in branch and "$ref" not in branch else branch

    def target_type(ref: str) -> str | None:
        """The one non-null type of the component schema `ref` points to, if it has one."""
        target = schemas.get(ref.rsplit("/", 1)[-1], {}) if ref.startswith(_SCHEMAS) else {}
        types = target.get("type")
        concrete = [
            t for t in (types if isinstance(types, list) else [types]) if t not in (None, "null")
        ]
        return concrete[0] if len(concrete) == 1 else None

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
            if allows_null and len(concrete) == 1:
                node["nullable"] = True
        for key in ("anyOf", "oneOf"):
            branches = node.get(key)
            if isinstance(branches, list) and any(is_null(b) for b in branches):
                rest = [nullable(b) for b in branches if not is_null(b)]
                del node[key]
                if len(rest) == 1 and "$ref" in rest[0]:
                    kind = target_type(rest[0]["$ref"])
                    if kind is None:
                        raise ValueError(
                            f"cannot down-convert a nullable {rest[0]['$ref']}: it has no single type"
                        )
                    node.update(allOf=rest, type=kind, nullable=True)
                elif len(rest) == 1:
                    node.update(rest[0])
                    node["nullable"] = True
                else:
                    if all("$ref" in b for b in rest):
                        rest.append({"type": "string", "nullable": True, "enum": [None]})
                    node[key] = rest
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
    license_ = info.get("license")
    if isinstance(license_, dict) and license_identifier and "url" not in license_:
        info["license"] = {
            **license_,
            "url": f"https://spdx.org/licenses/{license_identifier}.html",
        }
    out["info"] = info
    out["paths"] = walk(out.get("paths", {}))
    out["components"] = {
        section: {name: schema(sub) for name, sub in value.items()}
        if section == "schemas"
        else walk(value)
        for section, value in out.get("components", {}).items()
    }
    if webhooks:
        out["x-webhooks"] = walk(webhooks)
    return out
