"""The Python half of scripts/check-breaking: prepare the bundled specs for Optic, then judge its result.

    python scripts/check_breaking.py prepare WORK
    python scripts/check_breaking.py verdict WORK OPTIC_EXIT CURRENT_PATH RELEASED_PATH

`prepare` reads WORK/{released,current}.bundled.yaml and writes WORK/{name}.json (object
`allOf`s merged, see `merge_all_of`) and WORK/{name}.version. `verdict` reads Optic's
WORK/ci-run-details.json and the versions, prints the outcome and exits 0 (no breaking
change, or a major bump), 1 (breaking without a major bump, or a version that went
backwards or is not semver) or 2 (the tool failed). Kept apart from the shell script so
that ruff and mypy check it.
"""

from __future__ import annotations

import copy
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

SPECS = ("released", "current")
SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$"
)
FLATTENED_KEYS = ("properties", "required", "type", "description", "title")


UNION_RULE = "prevent expanded in request union types"
WIDENING = re.compile(
    r"(enum|const) keyword was removed|enums \S+ were added|type \S+ was changed to \S+"
)


class CheckError(Exception):
    """The check could not be made (exit 2); the message says why."""


def widening_only(result: dict[str, Any]) -> bool:
    """Whether a failure of Optic's request-union rule only widens what a request accepts.

    That rule fails a request union accepting more than before (a branch that lost its
    enum, a wider type, a new branch); by spec/README.md's semver rules widening a request
    is minor, so such a failure is not breaking. "was made required" still is.
    """
    if result.get("name") != UNION_RULE:
        return False
    error = result.get("error") or ""
    reasons = error.split("did not overlap with the previous schema. ", 1)[-1]
    return all(WIDENING.search(reason) for reason in reasons.split(", "))


def merge_all_of(document: dict[str, Any]) -> dict[str, Any]:
    """Merge every `allOf` whose branches are all object schemas into one object schema.

    Optic 1.0.9 keeps a `required` entry only when it sits in the `allOf` branch that
    declares the property, so a field made required in a request's second branch would go
    unnoticed. The first declaration of a property wins, like Optic; `required` is the
    union of all branches. Applied to both specs, it cannot create differences.
    """

    def resolve(node: Any) -> Any:
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if not ref.startswith("#/") or ref in seen:
                return None
            seen.add(ref)
            target: Any = document
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, dict) or part not in target:
                    return None
                target = target[part]
            node = target
        return node

    def flatten(schema: dict[str, Any]) -> dict[str, Any] | None:
        branches: list[dict[str, Any]] = []
        for raw in schema["allOf"]:
            branch = resolve(raw)
            if not isinstance(branch, dict):
                return None
            if "allOf" in branch:
                branch = flatten(branch)
                if branch is None:
                    return None
            is_object = branch.get("type") == "object" or (
                "type" not in branch and "properties" in branch
            )
            if not is_object or any(key in branch for key in ("anyOf", "oneOf", "not")):
                return None
            branches.append(branch)
        merged = {key: value for key, value in schema.items() if key != "allOf"}
        merged["type"] = "object"
        properties = dict(merged.get("properties", {}))
        required = list(merged.get("required", []))
        for branch in branches:
            for name, value in branch.get("properties", {}).items():
                properties.setdefault(name, copy.deepcopy(value))
            required += [name for name in branch.get("required", []) if name not in required]
            for key, value in branch.items():
                if key not in FLATTENED_KEYS:
                    merged.setdefault(key, copy.deepcopy(value))
        merged["properties"] = properties
        if required:
            merged["required"] = required
        return merged

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            node = {key: walk(value) for key, value in node.items()}
            if isinstance(node.get("allOf"), list):
                flat = flatten(node)
                if flat is not None:
                    return flat
            return node
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    merged: dict[str, Any] = walk(document)
    return merged


def prepare(work: Path) -> None:
    """Write the specs Optic reads (allOf merged) and their versions."""
    for name in SPECS:
        text = (work / f"{name}.bundled.yaml").read_text(encoding="utf-8")
        document = yaml.safe_load(text)
        if not isinstance(document, dict) or not isinstance(document.get("info"), dict):
            raise CheckError(f"the {name} spec has no info object")
        flat = merge_all_of(document)
        (work / f"{name}.json").write_text(json.dumps(flat, indent=1), encoding="utf-8")
        version = str(document["info"].get("version", ""))
        (work / f"{name}.version").write_text(version, encoding="utf-8")


def semver(text: str, path: str) -> tuple[int, int, int] | None:
    match = SEMVER.match(text)
    if match is None:
        print(
            f"check-breaking: error: info.version of {path} is {text!r}, "
            "not a semantic version (MAJOR.MINOR.PATCH)",
            file=sys.stderr,
        )
        return None
    major, minor, patch = (int(group) for group in match.groups())
    return major, minor, patch


def verdict(work: Path, optic_rc: int, current_path: str, released_path: str) -> int:
    """Print whether the change may be released as it is; return the exit status."""
    details = json.loads((work / "ci-run-details.json").read_text(encoding="utf-8"))
    if details.get("failed"):
        raise CheckError(f"optic could not compare the specs: {details['failed']}")
    results = [
        result
        for completed in details.get("completed", [])
        for result in completed["comparison"]["results"]
    ]
    failed = [r for r in results if not r["passed"] and not r.get("exempted")]
    if bool(failed) != (optic_rc != 0):
        raise CheckError(f"optic exited {optic_rc} but reported {len(failed)} failed check(s)")
    breaking = [r for r in failed if not widening_only(r)]
    if len(breaking) < len(failed):
        print(
            f"check-breaking: {len(failed) - len(breaking)} request union widening(s) above "
            "are not breaking (spec/README.md, semver rules)."
        )
    changed = bool(details.get("completed"))

    released = (work / "released.version").read_text(encoding="utf-8")
    current = (work / "current.version").read_text(encoding="utf-8")
    released_key = semver(released, released_path)
    current_key = semver(current, current_path)
    if released_key is None or current_key is None:
        return 1

    if current_key < released_key:
        print(
            f"check-breaking: FAIL: info.version {current} of {current_path} "
            f"is lower than the released {released}."
        )
        return 1
    if not breaking:
        note = "" if changed else " (no difference at all)"
        print(
            f"check-breaking: OK: no breaking change against released {released} "
            f"(current {current}){note}."
        )
        if changed and current == released:
            print(
                f"check-breaking: note: {current_path} differs from the release but "
                f"info.version is still {released}; bump MINOR or PATCH when you release it."
            )
        return 0
    if current_key[0] > released_key[0]:
        print(
            f"check-breaking: OK: {len(breaking)} breaking change(s) listed above, allowed "
            f"because the major version was bumped ({released} -> {current})."
        )
        return 0
    print(
        f"check-breaking: FAIL: {len(breaking)} breaking change(s) against released "
        f"{released} (listed above), but info.version is {current}."
    )
    print(
        "check-breaking: either make the change backward compatible, or bump info.version "
        f"to {released_key[0] + 1}.0.0 in {current_path} and describe the break in "
        "spec/CHANGELOG.md."
    )
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        match args:
            case ["prepare", work]:
                prepare(Path(work))
                return 0
            case ["verdict", work, optic_rc, current_path, released_path]:
                return verdict(Path(work), int(optic_rc), current_path, released_path)
            case _:
                print(__doc__, file=sys.stderr)
                return 2
    except CheckError as exc:
        print(f"check-breaking: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
