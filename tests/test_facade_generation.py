"""The facade follows the spec: an operation added to spec/openapi.yaml is callable on HrFlow after a regenerate.

The test runs the real pipeline on a copy of the project with made-up operations,
then calls them through `HrFlow` and `AsyncHrFlow` in a fresh interpreter against a
scripted loopback server; `overrides/` is not touched.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from scripted import ScriptedServer, envelope, serve

from hrflow_client import HrFlow, InvalidRequestError
from hrflow_client.models import Job

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import facade

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("spec", "overrides", "scripts", "generated", "pyproject.toml")
ERROR = {"$ref": "#/components/responses/BadRequest"}
SECURITY = [{"ApiKey": [], "UserEmail": []}]


def made_up_operations() -> dict[str, Any]:
    """Paths of a `widget` resource the service does not have: a path parameter, a JSON-encoded
    query array, an optional integer, a flat JSON body, a list of models and a plain object as data."""
    return {
        "/widgets/{widget_key}": {
            "get": {
                "operationId": "listWidgetJobs",
                "tags": ["widget"],
                "x-hrflow-method": "jobs",
                "summary": "List the jobs of a widget",
                "description": "Made up for a test.",
                "security": SECURITY,
                "parameters": [
                    {
                        "name": "widget_key",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    },
                    {
                        "name": "board_keys",
                        "in": "query",
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"type": "string"}}
                            }
                        },
                    },
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                ],
                "responses": {
                    "200": {
                        "description": "The jobs.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["code", "message", "data"],
                                    "properties": {
                                        "code": {"type": "integer"},
                                        "message": {"type": "string"},
                                        "data": {
                                            "type": "array",
                                            "items": {"$ref": "#/components/schemas/Job"},
                                        },
                                    },
                                }
                            }
                        },
                    },
                    "400": ERROR,
                },
            }
        },
        "/widgets": {
            "post": {
                "operationId": "createWidget",
                "tags": ["widget"],
                "x-hrflow-method": "create",
                "summary": "Create a widget",
                "description": "Made up for a test.",
                "security": SECURITY,
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {
                                    "name": {"type": "string"},
                                    "size": {"type": "integer"},
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "The widget.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["code", "message"],
                                    "properties": {
                                        "code": {"type": "integer"},
                                        "message": {"type": "string"},
                                        "data": {"type": "object"},
                                    },
                                }
                            }
                        },
                    },
                    "400": ERROR,
                },
            }
        },
    }


CALLS = """
import asyncio, json, sys
from hrflow_client import AsyncHrFlow, HrFlow

url = sys.argv[1]
with HrFlow(api_key="k", user_email="me@example.com", base_url=url, max_retries=0) as client:
    jobs = client.widget.jobs(widget_key="w/1", board_keys=["b1", "b2"], limit=2)
    created = client.widget.create(name="gear", size=3)
    raw = client.widget.with_raw_response.create(name="cog")

async def main():
    async with AsyncHrFlow(api_key="k", user_email="me@example.com", base_url=url,
                           max_retries=0, http_backend="httpx") as client:
        return await client.widget.jobs(widget_key="w2", board_keys=[])

again = asyncio.run(main())
print(json.dumps({
    "jobs": [[type(job).__name__, job.key, job.name] for job in jobs],
    "created": created,
    "raw": [raw.code, raw.message, raw.data],
    "async": [job.key for job in again],
}))
"""


def digest(root: Path) -> str:
    hashed = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            hashed.update(str(path.relative_to(root)).encode() + path.read_bytes())
    return hashed.hexdigest()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, tmp_path / name)
    (tmp_path / "node_modules").symlink_to(ROOT / "node_modules")
    return tmp_path


@pytest.mark.slow
# One whole pipeline run: about 30 s, several times that on a busy machine.
@pytest.mark.timeout(300)
def test_an_operation_added_to_the_spec_is_callable_on_the_facade_without_touching_overrides(
    project: Path,
) -> None:
    spec_path = project / "spec" / "openapi.yaml"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    spec["paths"].update(made_up_operations())
    spec["tags"].append({"name": "widget", "description": "Made up for a test."})
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")

    built = subprocess.run(
        [sys.executable, str(project / "scripts" / "pipeline.py"), "--no-smoke"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    assert digest(project / "overrides") == digest(ROOT / "overrides")

    stamp = "2020-06-11T14:43:29+0000"
    job = {"key": "j1", "name": "Data Engineer", "created_at": stamp}
    with ScriptedServer() as server:
        server.answers.extend(
            [
                envelope(200, "Jobs", [job, {"key": "j2", "name": "Analyst", "created_at": stamp}]),
                envelope(201, "Widget created", {"key": "w9", "size": 3}),
                envelope(201, "Widget created", {"key": "w10"}, status=201),
                envelope(200, "Jobs", [job]),
            ]
        )
        called = subprocess.run(
            [sys.executable, "-c", CALLS, server.url],
            env={"PYTHONPATH": str(project / "generated"), "PATH": ""},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert called.returncode == 0, called.stderr
        result = json.loads(called.stdout)
        received = [(r.method, r.path, r.body) for r in server.received]

    assert result == {
        "jobs": [["Job", "j1", "Data Engineer"], ["Job", "j2", "Analyst"]],
        "created": {"key": "w9", "size": 3},
        "raw": [201, "Widget created", {"key": "w10"}],
        "async": ["j1"],
    }
    assert received == [
        ("GET", "/v1/widgets/w%2F1?board_keys=%5B%22b1%22%2C%22b2%22%5D&limit=2", b""),
        ("POST", "/v1/widgets", b'{"name":"gear","size":3}'),
        ("POST", "/v1/widgets", b'{"name":"cog"}'),
        ("GET", "/v1/widgets/w2?board_keys=%5B%5D", b""),
    ]


def answer(data: Any) -> dict[str, Any]:
    properties: dict[str, Any] = {"code": {"type": "integer"}, "message": {"type": "string"}}
    if data is not None:
        properties["data"] = data
    content = {"application/json": {"schema": {"type": "object", "properties": properties}}}
    return {"200": {"description": "ok", "content": content}}


def coming_shapes() -> dict[str, Any]:
    """Shapes the next operations bring: many optional query parameters (a JSON-encoded array,
    enums, a boolean), paging, a list as `data`, a flat body with a one-of rule, no parameters at all,
    and a method named `list`."""
    keys = {"type": "array", "items": {"type": "string"}}
    return {
        "/storing/jobs": {
            "get": {
                "tags": ["job"],
                "x-hrflow-method": "list",
                "x-hrflow-pagination": {"items": ""},
                "parameters": [
                    {
                        "name": "board_keys",
                        "in": "query",
                        "required": True,
                        "content": {"application/json": {"schema": keys}},
                    },
                    {"name": "page", "in": "query", "schema": {"type": "integer"}},
                    {"name": "sort_by", "in": "query", "schema": {"enum": ["created_at"]}},
                    {"name": "order", "in": "query", "schema": {"enum": ["asc", "desc", None]}},
                    {"name": "return_job", "in": "query", "schema": {"type": "boolean"}},
                    {"name": "tags", "in": "query", "schema": keys},
                ],
                "responses": answer(
                    {"type": "array", "items": {"$ref": "#/components/schemas/Job"}}
                ),
            }
        },
        "/job/indexing/archive": {
            "put": {
                "tags": ["job"],
                "x-hrflow-method": "archive",
                "x-hrflow-one-of-required": ["key", "reference"],
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["board_key", "is_archive"],
                                "properties": {
                                    "board_key": {"type": "string"},
                                    "key": {"type": "string"},
                                    "reference": {"type": "string"},
                                    "is_archive": {"enum": [0, 1]},
                                },
                            }
                        }
                    }
                },
                "responses": answer({"type": "object"}),
            }
        },
        "/auth": {"get": {"tags": ["auth"], "x-hrflow-method": "check", "responses": answer(None)}},
    }


@pytest.fixture
def coming(scripted: ScriptedServer) -> Iterator[Any]:
    """The resources generated for `coming_shapes`, loaded into hrflow_client, on a client of `scripted`."""
    document = json.loads((ROOT / "generated" / "openapi" / "openapi.json").read_text())
    document["paths"] = coming_shapes()
    code = facade.render(document, facade.models_of(ROOT / "generated" / "hrflow_client"))
    module = types.ModuleType("hrflow_client._coming_resources")
    module.__package__ = "hrflow_client"
    exec(compile(code, module.__name__, "exec"), module.__dict__)
    with HrFlow(
        api_key="k", user_email="me@example.com", base_url=scripted.url, max_retries=0
    ) as client:
        yield module.Resources(client._send)


scripted = pytest.fixture(serve)


def test_the_generator_covers_query_arrays_lists_flat_bodies_and_calls_without_parameters(
    coming: Any, scripted: ScriptedServer
) -> None:
    listed = [{"key": key, "created_at": "2020-06-11T14:43:29+0000"} for key in ("j1", "j2")]
    page = envelope(200, "ok", listed)
    page.body["meta"] = {"page": 2, "maxPage": 2, "count": 2, "total": 32}
    scripted.script(
        page,
        envelope(200, "ok", {"key": "j1", "archive": True}),
        envelope(200, "Authenticated"),
    )
    jobs = list(
        coming.job.list(board_keys=["b1"], page=2, order="asc", return_job=True, tags=["x", "y"])
    )
    archived = coming.job.archive(board_key="b", reference="r", is_archive=1)
    checked = coming.auth.with_raw_response.check()

    assert [type(job) for job in jobs] == [Job, Job] and [job.key for job in jobs] == ["j1", "j2"]
    assert archived == {"key": "j1", "archive": True}
    assert (checked.data, checked.message) == (None, "Authenticated")
    assert [(r.method, r.path, r.body) for r in scripted.received] == [
        (
            "GET",
            "/v1/storing/jobs?board_keys=%5B%22b1%22%5D&page=2&order=asc&return_job=true&tags=x&tags=y",
            b"",
        ),
        ("PUT", "/v1/job/indexing/archive", b'{"board_key":"b","reference":"r","is_archive":1}'),
        ("GET", "/v1/auth", b""),
    ]


def test_the_one_of_rule_comes_from_the_spec_and_names_the_parameters(
    coming: Any, scripted: ScriptedServer
) -> None:
    with pytest.raises(InvalidRequestError, match="give exactly one of key= or reference="):
        coming.job.archive(board_key="b", key="k", reference="r", is_archive=0)
    assert scripted.received == []


def test_an_operation_without_a_method_name_is_refused_with_its_path() -> None:
    document = json.loads((ROOT / "generated" / "openapi" / "openapi.json").read_text())
    del document["paths"]["/job/indexing"]["get"]["x-hrflow-method"]
    with pytest.raises(facade.FacadeError, match=r"GET /job/indexing \(getJob\)"):
        facade.render(document, facade.models_of(ROOT / "generated" / "hrflow_client"))
