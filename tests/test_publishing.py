"""The spec as other-language teams take it: generated/openapi/, generated/typescript/,
a second generator (openapi-generator), the HTML reference and the breaking-change check.

Every tool is run as a subprocess with a timeout; a missing tool is a failure, not a skip.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
EXAMPLES = ROOT / "spec" / "examples"
OPENAPI_DIR = ROOT / "generated" / "openapi"
TYPES = ROOT / "generated" / "typescript" / "hrflow.d.ts"
TS_DIR = ROOT / "tests" / "typescript"
NODE_BIN = ROOT / "node_modules" / ".bin"
VENV_BIN = ROOT / ".venv" / "bin"
CHECK_BREAKING = ROOT / "scripts" / "check-breaking"

METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
OPERATION_IDS = {
    *("indexJob", "editJob", "getJob", "indexProfile", "editProfile", "getProfile"),
    *("listBoards", "getBoard", "listSources", "getSource", "listJobs", "listProfiles"),
    *("archiveJob", "archiveProfile", "parseProfileFile", "getProfileParsing"),
    *("getProfileAttachments", "searchJobs", "searchProfiles", "scoreJobs", "scoreProfiles"),
    *("checkAuth", "checkWebhook"),
}
# Schemas used only by the top-level `webhooks` (OpenAPI 3.1), which openapi-generator
# does not read: it reports them as unused models, and that is the only warning allowed.
WEBHOOK_ONLY_MODELS = {"WebhookEvent", "WebhookObjectRef"}

JsonPointer = tuple[str, ...]


def tool(path: Path) -> Path:
    if not (path.is_file() and os.access(path, os.X_OK)):
        pytest.fail(f"{path.relative_to(ROOT)} is missing or not executable: run scripts/bootstrap")
    return path


def run(
    argv: list[str | Path], *, timeout: float, cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "REDOCLY_TELEMETRY": "off",
        "OPTIC_TELEMETRY_LEVEL": "off",
        "NO_COLOR": "1",
    }
    return subprocess.run(
        [str(a) for a in argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def output(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit {result.returncode}\n--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"


def load(name: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((OPENAPI_DIR / name).read_text(encoding="utf-8"))
    return document


@pytest.fixture(scope="module")
def bundled() -> dict[str, Any]:
    return load("openapi.json")


@pytest.fixture(scope="module")
def down_converted() -> dict[str, Any]:
    return load("openapi-3.0.json")


@pytest.fixture(scope="module")
def dereferenced() -> dict[str, Any]:
    return load("openapi.deref.json")


def operations(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """What a client generator reads from each operation, keyed by (path, method)."""
    found = {}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            found[(path, method)] = {
                "operationId": operation.get("operationId"),
                "summary": operation.get("summary"),
                "responses": sorted(operation.get("responses", {})),
                "parameters": sorted(
                    p["$ref"] if "$ref" in p else f"{p['in']}:{p['name']}"
                    for p in operation.get("parameters", [])
                ),
                "requestBody": "requestBody" in operation,
                "security": operation.get("security"),
                "extensions": {k: v for k, v in operation.items() if k.startswith("x-")},
            }
    return found


def walk(node: Any, pointer: JsonPointer = ()) -> Iterator[tuple[JsonPointer, Any]]:
    """Every node with its pointer, except inside example values and x- extensions."""
    yield pointer, node
    if isinstance(node, dict):
        in_properties = bool(pointer) and pointer[-1] == "properties"
        for key, value in node.items():
            if not in_properties and (key in {"example", "examples"} or key.startswith("x-")):
                continue
            yield from walk(value, (*pointer, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from walk(item, (*pointer, str(index)))


def at(document: Any, pointer: JsonPointer) -> Any:
    node = document
    for part in pointer:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def is_schema_with_type(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("type"), (str, list))


def allows_null(node: Any) -> bool:
    """Whether a 3.1 schema says null outright (type array or a `type: null` branch)."""
    if not isinstance(node, dict):
        return False
    types = node.get("type")
    if isinstance(types, list) and "null" in types:
        return True
    return any(
        isinstance(branch, dict) and branch.get("type") == "null"
        for key in ("anyOf", "oneOf")
        for branch in node.get(key, [])
    )


# ---------------------------------------------------------------- OpenAPI 3.0 ----


def test_openapi_30_file_is_valid_openapi_30(down_converted: dict[str, Any]) -> None:
    from jsonschema_path import SchemaPath
    from openapi_spec_validator import OpenAPIV30SpecValidator

    assert down_converted["openapi"].startswith("3.0.")
    errors = list(OpenAPIV30SpecValidator(SchemaPath.from_dict(down_converted)).iter_errors())
    messages = [
        f"/{'/'.join(str(p) for p in e.absolute_path)}: {e.message[:300]}" for e in errors[:15]
    ]
    assert not errors, f"{len(errors)} OpenAPI 3.0 error(s):\n" + "\n".join(messages)


def test_openapi_30_file_keeps_every_operation_and_component(
    bundled: dict[str, Any], down_converted: dict[str, Any]
) -> None:
    assert operations(down_converted) == operations(bundled)
    assert {op["operationId"] for op in operations(down_converted).values()} == OPERATION_IDS
    for section, components in bundled["components"].items():
        assert set(down_converted["components"].get(section, {})) == set(components), section
    # The vendor extensions other-language clients act on survive the conversion.
    for key, value in bundled.items():
        if key.startswith("x-"):
            assert down_converted.get(key) == value, key
    for name, schema in bundled["components"]["schemas"].items():
        extensions = {k: v for k, v in schema.items() if k.startswith("x-")}
        converted = down_converted["components"]["schemas"][name]
        assert {k: v for k, v in converted.items() if k.startswith("x-")} == extensions, name


def test_openapi_30_file_has_no_type_arrays_or_null_types(down_converted: dict[str, Any]) -> None:
    offenders = [
        "/" + "/".join(pointer)
        for pointer, node in walk(down_converted)
        if is_schema_with_type(node) and (isinstance(node["type"], list) or node["type"] == "null")
    ]
    assert not offenders, "3.1-only `type` left in the 3.0 file at:\n" + "\n".join(offenders)


def test_openapi_30_file_marks_nullable_where_31_allowed_null(
    bundled: dict[str, Any], down_converted: dict[str, Any]
) -> None:
    nullable_in_31 = [pointer for pointer, node in walk(bundled) if allows_null(node)]
    assert len(nullable_in_31) > 50  # the spec is full of nullable fields: the walk sees them
    missing = []
    for pointer in nullable_in_31:
        try:
            node = at(down_converted, pointer)
        except (KeyError, IndexError, ValueError):
            missing.append(f"/{'/'.join(pointer)} (gone)")
            continue
        # 3.0.3 `nullable` needs a `type` beside it: a union keeps null through a branch.
        branches = node.get("anyOf", node.get("oneOf", [])) if isinstance(node, dict) else []
        through_branch = any(branch.get("nullable") is True for branch in branches)
        if not (isinstance(node, dict) and (node.get("nullable") is True or through_branch)):
            missing.append(f"/{'/'.join(pointer)}: {json.dumps(node)[:160]}")
    assert not missing, "null allowed in 3.1 but not `nullable: true` in 3.0:\n" + "\n".join(
        missing[:25]
    )


# --------------------------------------------------------------- dereferenced ----


def test_dereferenced_file_has_no_ref_and_the_same_operations(
    bundled: dict[str, Any], dereferenced: dict[str, Any]
) -> None:
    refs = [
        "/" + "/".join(pointer)
        for pointer, node in walk(dereferenced)
        if isinstance(node, dict) and "$ref" in node
    ]
    assert not refs, "$ref left in openapi.deref.json at:\n" + "\n".join(refs[:25])
    assert '"$ref"' not in (OPENAPI_DIR / "openapi.deref.json").read_text(encoding="utf-8")
    assert {k: v["operationId"] for k, v in operations(dereferenced).items()} == {
        k: v["operationId"] for k, v in operations(bundled).items()
    }
    assert set(dereferenced["components"]["schemas"]) == set(bundled["components"]["schemas"])


# ----------------------------------------------------------------- TypeScript ----


def test_typescript_types_compile_with_tsc_strict() -> None:
    result = run([tool(NODE_BIN / "tsc"), "--strict", "--noEmit", TYPES], timeout=120)
    assert result.returncode == 0, output(result)


def test_typescript_usage_compiles_against_the_types() -> None:
    """tests/typescript/usage.ts builds a job request and reads a profile (strict mode)."""
    result = run([tool(NODE_BIN / "tsc"), "-p", TS_DIR / "tsconfig.json"], timeout=120)
    assert result.returncode == 0, output(result)


NEGATIVE_USAGES = sorted((TS_DIR / "negative").glob("*.ts"))


@pytest.mark.parametrize("usage", NEGATIVE_USAGES, ids=[p.stem for p in NEGATIVE_USAGES])
def test_typescript_rejects_wrong_usage(usage: Path, tmp_path: Path) -> None:
    """Each tests/typescript/negative/*.ts must fail with the error its `// expect: ...` names."""
    expected = re.search(r"^// expect: (.+)$", usage.read_text(encoding="utf-8"), re.M)
    assert expected, f"{usage.name} does not say which error it expects (// expect: ...)"
    config = tmp_path / "tsconfig.json"
    config.write_text(
        json.dumps({"extends": str(TS_DIR / "tsconfig.json"), "files": [str(usage)]}),
        encoding="utf-8",
    )
    result = run([tool(NODE_BIN / "tsc"), "-p", config], timeout=120)
    assert result.returncode != 0, f"{usage.name} compiled, but it must not:\n{output(result)}"
    assert f"{usage.name}(" in result.stdout, output(result)
    assert expected.group(1) in result.stdout, output(result)


def test_negative_typescript_usages_exist() -> None:
    names = {p.stem for p in NEGATIVE_USAGES}
    assert {"board-key-number", "index-job-without-name"} <= names


# ---------------------------------------------------- second generator (Java) ----


@pytest.mark.parametrize("name", ["openapi.json", "openapi-3.0.json"])
def test_openapi_generator_validates_the_file(name: str) -> None:
    result = run(
        [tool(VENV_BIN / "openapi-generator-cli"), "validate", "-i", OPENAPI_DIR / name],
        timeout=120,
    )
    assert result.returncode == 0, output(result)
    warnings = [
        line.strip() for line in result.stdout.splitlines() if line.strip().startswith("- ")
    ]
    allowed = {f"- Unused model: {name}" for name in WEBHOOK_ONLY_MODELS}
    assert "No validation issues detected" in result.stdout or set(warnings) <= allowed, output(
        result
    )


@pytest.fixture(scope="module")
def typescript_fetch_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A typescript-fetch client generated once from the 3.0 file."""
    out = tmp_path_factory.mktemp("typescript-fetch")
    result = run(
        [
            tool(VENV_BIN / "openapi-generator-cli"),
            "generate",
            "-g",
            "typescript-fetch",
            "-i",
            OPENAPI_DIR / "openapi-3.0.json",
            "-o",
            out,
        ],
        timeout=150,
    )
    assert result.returncode == 0, output(result)
    return out


def test_typescript_fetch_client_from_30_file_compiles(typescript_fetch_client: Path) -> None:
    client = typescript_fetch_client
    for module in ("apis/JobApi.ts", "apis/ProfileApi.ts", "models/IndexJobRequest.ts"):
        assert (client / module).is_file(), module
    shutil.copyfile(TS_DIR / "typescript-fetch-usage.ts", client / "typescript-fetch-usage.ts")
    result = run(
        [
            tool(NODE_BIN / "tsc"),
            "--strict",
            "--noEmit",
            "--target",
            "es2017",
            "--lib",
            "es2017,dom",
            "--module",
            "commonjs",
            "--moduleResolution",
            "node",
            "index.ts",
            "typescript-fetch-usage.ts",
        ],
        cwd=client,
        timeout=120,
    )
    assert result.returncode == 0, output(result)


# ------------------------------------------------------------------ HTML docs ----


def test_html_docs_name_all_six_operations(tmp_path: Path, bundled: dict[str, Any]) -> None:
    page = tmp_path / "dist" / "hrflow-api.html"
    result = run(
        [
            tool(NODE_BIN / "redocly"),
            "build-docs",
            OPENAPI_DIR / "openapi.yaml",
            "--inlineBundle",
            "-o",
            page,
        ],
        timeout=120,
    )
    assert result.returncode == 0, output(result)
    html = page.read_text(encoding="utf-8")
    assert "<title>HrFlow.ai indexing API" in html
    # The page embeds the definition it renders; every operation is in it.
    marker = "__redoc_definition = "
    assert marker in html
    embedded, _ = json.JSONDecoder().raw_decode(html, html.index(marker) + len(marker))
    rendered = operations(embedded)
    assert {op["operationId"] for op in rendered.values()} == OPERATION_IDS
    for key, op in operations(bundled).items():
        assert rendered[key]["summary"] == op["summary"]
        assert op["summary"] in html
    # Self-contained: the Redoc scripts are inlined, not loaded from a CDN.
    assert not re.search(r"<script[^>]+src=", html)
    assert "cdn.redocly.com/redoc/" not in html


# ------------------------------------------------------- breaking-change check ----


def spec_copy(tmp_path: Path, change: Any) -> Path:
    """A copy of spec/openapi.yaml (with its examples beside it) after `change(document)`."""
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    change(document)
    target = tmp_path / "openapi.yaml"
    target.write_text(
        yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    return target


def remove_job_name(document: dict[str, Any]) -> None:
    del document["components"]["schemas"]["Job"]["properties"]["name"]


def require_job_url(document: dict[str, Any]) -> None:
    """Add `url` (an optional JobWrite field) to the `required` list that holds `board_key`."""
    request = document["components"]["schemas"]["IndexJobRequest"]
    (schema,) = [s for s in (request, *request["allOf"]) if "board_key" in s.get("required", [])]
    assert "url" not in schema["required"]
    schema["required"].append("url")


def released_version() -> str:
    released = yaml.safe_load((ROOT / "spec" / "released" / "openapi.yaml").read_text("utf-8"))
    return str(released["info"]["version"])


def next_major() -> str:
    return f"{int(released_version().split('.')[0]) + 1}.0.0"


def check_breaking(spec: Path | None = None) -> subprocess.CompletedProcess[str]:
    return run([tool(CHECK_BREAKING), *([spec] if spec else [])], timeout=150)


def test_check_breaking_passes_on_the_current_spec() -> None:
    result = check_breaking()
    assert result.returncode == 0, output(result)
    assert "check-breaking: OK" in result.stdout, output(result)


def test_check_breaking_fails_when_a_response_field_is_removed(tmp_path: Path) -> None:
    result = check_breaking(spec_copy(tmp_path, remove_job_name))
    assert result.returncode == 1, output(result)
    assert "cannot remove response property 'name'" in result.stdout, output(result)
    assert "check-breaking: FAIL" in result.stdout, output(result)
    assert f"bump info.version to {next_major()}" in result.stdout, output(result)


def test_check_breaking_fails_when_an_optional_request_field_becomes_required(
    tmp_path: Path,
) -> None:
    result = check_breaking(spec_copy(tmp_path, require_job_url))
    assert result.returncode == 1, output(result)
    assert "cannot make a request property required" in result.stdout, output(result)
    assert "properties/url" in result.stdout, output(result)
    assert "check-breaking: FAIL" in result.stdout, output(result)


def test_check_breaking_passes_on_a_breaking_change_with_a_major_bump(tmp_path: Path) -> None:
    def breaking_with_major_bump(document: dict[str, Any]) -> None:
        remove_job_name(document)
        document["info"]["version"] = next_major()

    result = check_breaking(spec_copy(tmp_path, breaking_with_major_bump))
    assert result.returncode == 0, output(result)
    # Still listed, but allowed.
    assert "cannot remove response property 'name'" in result.stdout, output(result)
    bump = f"major version was bumped ({released_version()} -> {next_major()})"
    assert bump in result.stdout, output(result)


# The allOf merge and the verdict of scripts/check_breaking.py, without Optic.


@pytest.fixture(scope="module")
def check_breaking_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "check_breaking", ROOT / "scripts" / "check_breaking.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_merge_all_of_keeps_required_from_every_branch(check_breaking_module: ModuleType) -> None:
    write = {
        "type": "object",
        "properties": {"url": {"type": "string"}, "name": {"type": "string"}},
    }
    request = {
        "allOf": [
            {"$ref": "#/components/schemas/Write"},
            {"type": "object", "required": ["url"], "properties": {"name": {"type": "integer"}}},
        ]
    }
    document = {"components": {"schemas": {"Write": write, "Request": request}}}
    merged = check_breaking_module.merge_all_of(document)["components"]["schemas"]["Request"]
    assert "allOf" not in merged
    assert merged["required"] == ["url"]
    assert merged["properties"]["name"] == {"type": "string"}  # the first declaration wins
    assert document["components"]["schemas"]["Request"] == request  # the input is left alone


def test_merge_all_of_leaves_an_all_of_with_a_non_object_branch(
    check_breaking_module: ModuleType,
) -> None:
    schema = {"allOf": [{"type": "object", "properties": {}}, {"oneOf": [{"type": "string"}]}]}
    assert check_breaking_module.merge_all_of({"s": schema}) == {"s": schema}


def verdict_dir(tmp_path: Path, released: str, current: str, failed_checks: int) -> Path:
    results = [{"passed": False}] * failed_checks + [{"passed": True}]
    details = {"completed": [{"comparison": {"results": results}}]}
    (tmp_path / "ci-run-details.json").write_text(json.dumps(details), encoding="utf-8")
    (tmp_path / "released.version").write_text(released, encoding="utf-8")
    (tmp_path / "current.version").write_text(current, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("released", "current", "failed_checks", "status", "says"),
    [
        ("1.2.0", "1.3.0", 0, 0, "OK: no breaking change"),
        ("1.2.0", "1.3.0", 2, 1, "FAIL: 2 breaking change(s)"),
        ("1.2.0", "2.0.0", 2, 0, "allowed because the major version was bumped"),
        ("1.2.0", "1.1.9", 0, 1, "is lower than the released 1.2.0"),
        ("1.2.0", "1.3", 0, 1, "not a semantic version"),
    ],
)
def test_check_breaking_verdict(
    check_breaking_module: ModuleType,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    released: str,
    current: str,
    failed_checks: int,
    status: int,
    says: str,
) -> None:
    work = verdict_dir(tmp_path, released, current, failed_checks)
    optic_rc = 1 if failed_checks else 0
    args = ["verdict", str(work), str(optic_rc), "spec/openapi.yaml", "spec/released/openapi.yaml"]
    assert check_breaking_module.main(args) == status
    captured = capsys.readouterr()
    assert says in captured.out + captured.err


def test_check_breaking_verdict_is_a_tool_error_when_optic_contradicts_itself(
    check_breaking_module: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    work = verdict_dir(tmp_path, "1.2.0", "1.3.0", failed_checks=1)
    args = ["verdict", str(work), "0", "spec/openapi.yaml", "spec/released/openapi.yaml"]
    assert check_breaking_module.main(args) == 2
    assert "optic exited 0 but reported 1 failed check(s)" in capsys.readouterr().err
