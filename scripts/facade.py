"""Write the HrFlow/AsyncHrFlow resources (`hrflow_client/_resources.py`) from the bundled spec.

Each operation's first tag names a resource (`client.job`), its `x-hrflow-method`
names the method. Parameters and body fields become typed keyword arguments; a body
made of an object's write shape plus fields beside it (`allOf: [$ref JobWrite, {board_key}]`)
takes the object as one argument named after the resource (`job=`). The answer's `data`
schema gives the return type. The module is declarative: it describes each call with an
`Operation` and leaves sending and parsing to the hand-written `_operations.py`.
Sync, async and `with_raw_response` classes are rendered from one method template.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch")
OPTIONS = ("timeout", "max_retries", "extra_headers", "extra_query", "extra_body")
DATE_QUIRK = "date-objects-on-write"
IDENTITY = "key"
"""The field naming an object itself: beside its write shape (an edit's target) it stays in the
object argument, so an object read with `get` can be passed to `edit` as it is; every other
field beside the write shape (the namespace key) is a keyword argument of its own."""


class FacadeError(Exception):
    """The spec describes an operation the facade cannot be generated for; the message says which."""


def class_name(schema_name: str) -> str:
    """The class openapi-python-client generates for a component schema."""
    words = re.split(r"[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])", schema_name)
    return "".join(word[:1].upper() + word[1:] for word in words if word)


def identifier(name: str) -> str:
    """A Python argument name for a wire name."""
    text = re.sub(r"\W", "_", name)
    if text[:1].isdigit():
        text = f"_{text}"
    return f"{text}_" if keyword.iskeyword(text) or text in OPTIONS else text


class Spec:
    """The bundled document, with its internal references resolved on demand."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            node = self.target(node["$ref"])
        return node

    def target(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise FacadeError(f"only internal references are supported, not {ref!r}")
        node: Any = self.document
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    @staticmethod
    def schema_name(node: Any) -> str | None:
        """The component name of a `$ref` to a schema, if `node` is one."""
        ref = node.get("$ref") if isinstance(node, dict) else None
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            return ref.rsplit("/", 1)[1]
        return None

    def model(self, node: Any, models: set[str]) -> str | None:
        """The generated model of a schema reference; a schema that is `allOf` one other is
        generated as that other one."""
        name = self.schema_name(node)
        if name is None:
            return None
        if class_name(name) in models:
            return class_name(name)
        members = self.resolve(node).get("allOf", [])
        return self.model(members[0], models) if len(members) == 1 else None

    def properties(self, schema: Any, seen: frozenset[str] = frozenset()) -> dict[str, Any]:
        """Every property of an object schema, `allOf` members merged."""
        name = self.schema_name(schema)
        if name in seen:
            return {}
        seen = seen | {name} if name else seen
        schema = self.resolve(schema)
        found: dict[str, Any] = {}
        for member in schema.get("allOf", []):
            found.update(self.properties(member, seen))
        found.update(schema.get("properties", {}))
        return found

    def required(self, schema: Any) -> list[str]:
        schema = self.resolve(schema)
        names = list(schema.get("required", []))
        for member in schema.get("allOf", []):
            names += [n for n in self.required(member) if n not in names]
        return names

    def python_type(self, schema: Any, models: set[str]) -> str:
        """The annotation for a value of `schema`; component models are named, the rest is JSON."""
        resolved = self.resolve(schema)
        model = self.model(schema, models)
        if model is not None and isinstance(resolved, dict) and "enum" in resolved:
            return _union([model, self.python_type({"enum": resolved["enum"]}, models)])
        if model is not None:
            return model
        if not isinstance(resolved, dict):
            return "Any"
        for combiner in ("anyOf", "oneOf"):
            if combiner in resolved:
                return _union([self.python_type(m, models) for m in resolved[combiner]])
        kinds = resolved.get("type")
        if isinstance(kinds, list):
            return _union([self.python_type({**resolved, "type": k}, models) for k in kinds])
        values = [v for v in resolved.get("enum", []) if v is not None]
        if values and all(isinstance(v, str | int) and not isinstance(v, bool) for v in values):
            literal = "Literal[" + ", ".join(repr(v) for v in values) + "]"
            return f"{literal} | None" if None in resolved["enum"] else literal
        if kinds == "array":
            return f"list[{self.python_type(resolved.get('items', {}), models)}]"
        return {
            "string": "str",
            "integer": "int",
            "number": "float",
            "boolean": "bool",
            "null": "None",
            "object": "dict[str, Any]",
        }.get(kinds if isinstance(kinds, str) else "", "Any")

    def written_dates(
        self, schema: Any, path: tuple[str, ...] = (), seen: frozenset[str] = frozenset()
    ) -> Iterator[tuple[str, ...]]:
        """Paths of the values in the written-date shape (`date-objects-on-write`, no properties)."""
        name = self.schema_name(schema)
        if name in seen:
            return
        seen = seen | {name} if name else seen
        resolved = self.resolve(schema)
        if not isinstance(resolved, dict):
            return
        quirks = {q.get("id") for q in resolved.get("x-hrflow-quirks", []) if isinstance(q, dict)}
        if DATE_QUIRK in quirks and not self.properties(resolved) and path:
            yield path
            return
        for combiner in ("anyOf", "oneOf"):
            for member in resolved.get(combiner, []):
                yield from self.written_dates(member, path, seen)
        if "items" in resolved:
            yield from self.written_dates(resolved["items"], (*path, "*"), seen)
        for prop, sub in self.properties(resolved).items():
            yield from self.written_dates(sub, (*path, prop), seen)


def _union(parts: list[str]) -> str:
    unique = list(dict.fromkeys(parts))
    if "Any" in unique:
        return "Any"
    if "None" in unique:
        unique = [p for p in unique if p != "None"] + ["None"]
    return " | ".join(unique)


@dataclass
class Argument:
    python: str
    wire: str
    annotation: str
    required: bool
    default: str = "None"


@dataclass
class Method:
    resource: str
    name: str
    doc: str
    result: str
    result_expr: str
    data_schema: dict[str, Any] | None = None
    arguments: list[Argument] = field(default_factory=list)
    descriptor: str = ""
    lookup: str | None = None
    item: str | None = None  # paged operations: the type the iterator yields

    @property
    def constant(self) -> str:
        return f"_{self.resource.upper()}_{self.name.upper()}"


def _doc(operation: dict[str, Any], http_method: str, path: str) -> str:
    summary = str(operation.get("summary") or operation.get("operationId", "")).rstrip(".")
    lines = [f"{summary} ({http_method.upper()} {path})."]
    quirks = [q["id"] for q in operation.get("x-hrflow-quirks", []) if isinstance(q, dict)]
    if quirks:
        lines += ["", "Handles the service's quirks: " + ", ".join(quirks) + "."]
    reconcile = operation.get("x-hrflow-reconcile")
    if isinstance(reconcile, dict):
        lines += [
            "",
            f"Exactly once when the body carries `{reconcile.get('by')}`: retried, and read back",
            "by it when the outcome is unknown. Otherwise not retried once the request may",
            "have reached the service unless the client was built with `retry_creates=True`.",
        ]
    elif http_method == "post":
        lines += [
            "",
            "Not retried once the request may have reached the service (a retry could",
            "write twice) unless the client was built with `retry_creates=True`.",
        ]
    return "\n".join(lines)


def _result(
    spec: Spec, operation: dict[str, Any], models: set[str]
) -> tuple[str, str, dict[str, Any] | None]:
    """The return annotation, the `Result(...)` describing how `data` is decoded, and its model's schema."""
    responses = operation.get("responses", {})
    schemas = [
        spec.resolve(
            spec.resolve(r).get("content", {}).get("application/json", {}).get("schema", {})
        )
        for s, r in sorted(responses.items())
        if s.startswith("2")
    ]
    results = [_data_result(spec, schema, models) for schema in schemas]
    if len({annotation for annotation, _, _ in results}) > 1:
        return _union([annotation for annotation, _, _ in results]), "Result(None)", None
    return results[0] if results else ("None", "Result(None)", None)


def _data_result(
    spec: Spec, schema: dict[str, Any], models: set[str]
) -> tuple[str, str, dict[str, Any] | None]:
    data = spec.properties(schema).get("data")
    if data is None:
        return "None", "Result(None)", None
    model = spec.model(data, models)
    if model is not None:
        return model, f"Result({model!r})", data
    items = spec.resolve(data).get("items") if isinstance(spec.resolve(data), dict) else None
    item_model = spec.model(items, models)
    if spec.resolve(data).get("type") == "array" and item_model:
        return f"list[{item_model}]", f"Result({item_model!r}, many=True)", None
    return spec.python_type(data, models), "Result(None)", None


def _page_result(
    spec: Spec, operation: dict[str, Any], items: str, models: set[str], where: str
) -> tuple[str, str]:
    """A paged operation's item type and `Result(...)`: the items of `data[items]` (or `data`),
    as `(item, score)` pairs when the answer's schema has `x-hrflow-scored-pairs`."""
    success: dict[str, Any] = next(
        (spec.resolve(r) for s, r in sorted(operation.get("responses", {}).items()) if s[0] == "2"),
        {},
    )
    schema = spec.resolve(success.get("content", {}).get("application/json", {}).get("schema", {}))
    data = spec.properties(schema).get("data", {})
    listed = spec.properties(data).get(items) if items else data
    model = spec.model(spec.resolve(listed or {}).get("items"), models)
    if model is None:
        raise FacadeError(f"{where}: x-hrflow-pagination items {items!r} is not a list of models")
    pairs = schema.get("x-hrflow-scored-pairs")
    if isinstance(pairs, dict):
        if pairs.get("items") != items or pairs.get("scores") not in spec.properties(data):
            raise FacadeError(f"{where}: x-hrflow-scored-pairs does not match the answer's data")
        scores = pairs["scores"]
        return (
            f"tuple[{model}, float]",
            f"Result({model!r}, many=True, items={items!r}, scores={scores!r})",
        )
    return model, f"Result({model!r}, many=True, items={items!r})"


def _operation(
    spec: Spec, path: str, http_method: str, operation: dict[str, Any], models: set[str]
) -> tuple[Method, list[str]]:
    """One method, and the write-shape models its object argument accepts."""
    where = f"{http_method.upper()} {path} ({operation.get('operationId', 'no operationId')})"
    tags = operation.get("tags") or []
    name = operation.get("x-hrflow-method")
    if not tags or not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
        raise FacadeError(f"{where}: needs a first tag and an `x-hrflow-method` identifier")
    resource = identifier(str(tags[0]))
    annotation, result, data_schema = _result(spec, operation, models)
    method = Method(
        resource=resource,
        name=name,
        doc=_doc(operation, http_method, path),
        result=annotation,
        result_expr=result,
        data_schema=data_schema,
    )
    where_in: dict[str, list[str]] = {"path": [], "query": []}
    json_query: list[str] = []
    for parameter in operation.get("parameters", []):
        parameter = spec.resolve(parameter)
        location = parameter.get("in")
        if location not in where_in:
            continue
        schema = parameter.get("schema")
        if schema is None:
            content = parameter.get("content", {})
            if "application/json" not in content:
                raise FacadeError(f"{where}: parameter {parameter['name']!r} has no schema")
            schema = content["application/json"].get("schema", {})
            json_query.append(parameter["name"])
        elif _json_encoded(spec, parameter) or _json_encoded(spec, schema):
            schema = spec.resolve(schema).get("contentSchema", {})
            json_query.append(parameter["name"])
        where_in[location].append(parameter["name"])
        method.arguments.append(
            Argument(
                identifier(parameter["name"]),
                parameter["name"],
                spec.python_type(schema, models),
                bool(parameter.get("required")) or location == "path",
            )
        )
    inputs: list[str] = []
    body = "None"
    body_schema: Any = {}
    request_body = spec.resolve(operation.get("requestBody"))
    if isinstance(request_body, dict):
        content = request_body.get("content", {})
        if "application/json" in content:
            body_schema = content["application/json"]["schema"]
            body, inputs = _body(spec, method, body_schema, models, where)
        elif "multipart/form-data" in content:
            body = _form(spec, method, content["multipart/form-data"]["schema"], models, where)
        else:
            raise FacadeError(
                f"{where}: only JSON and multipart request bodies are supported, not {sorted(content)}"
            )
    parts = [f"{http_method.upper()!r}", f"{path!r}"]
    if where_in["path"]:
        parts.append(f"path_params={tuple(where_in['path'])!r}")
    if where_in["query"]:
        parts.append(f"query={tuple(where_in['query'])!r}")
    if json_query:
        parts.append(f"json_query=frozenset({tuple(json_query)!r})")
    if body != "None":
        parts.append(f"body={body}")
    one_of = operation.get("x-hrflow-one-of-required")
    unknown = set(one_of or ()) - {a.wire for a in method.arguments}
    if unknown:
        raise FacadeError(f"{where}: x-hrflow-one-of-required names no parameter {sorted(unknown)}")
    if one_of:
        parts.append(f"one_of={tuple(one_of)!r}")
        python = {a.wire: a.python for a in method.arguments}
        if any(python[name] != name for name in one_of):
            parts.append(f"one_of_names={tuple(python[name] for name in one_of)!r}")
    pagination = operation.get("x-hrflow-pagination")
    if isinstance(pagination, dict):
        if "page" not in {a.wire for a in method.arguments}:
            raise FacadeError(f"{where}: a paged operation needs a `page` parameter")
        method.item, result = _page_result(
            spec, operation, str(pagination.get("items", "")), models, where
        )
        method.result = f"list[{method.item}]"
        parts.append("paged=True")
    parts.append(f"result={result}")
    if "x-hrflow-reconcile" in operation:
        fields = spec.properties(body_schema)
        reconcile = _reconcile(spec, operation["x-hrflow-reconcile"], method, fields, models, where)
        parts.append(f"reconcile={reconcile}")
    method.descriptor = f"Operation({', '.join(parts)})"
    return method, inputs


def _reconcile(
    spec: Spec, extension: Any, method: Method, body_fields: Any, models: set[str], where: str
) -> str:
    """The `Reconcile(...)` of a create with `x-hrflow-reconcile: {operationId, by}`."""
    by = extension.get("by") if isinstance(extension, dict) else None
    wanted = extension.get("operationId") if isinstance(extension, dict) else None
    found = [
        item[verb]
        for item in spec.document.get("paths", {}).values()
        for verb in METHODS
        if verb in item and item[verb].get("operationId") == wanted
    ]
    if not isinstance(by, str) or by not in body_fields or len(found) != 1:
        raise FacadeError(
            f"{where}: x-hrflow-reconcile needs `by`, a field of the body, and `operationId`, "
            f"an operation of the spec; got {extension!r}"
        )
    lookup = found[0]
    parameters = [spec.resolve(p) for p in lookup.get("parameters", [])]
    copied = tuple(p["name"] for p in parameters if p.get("required") and p["name"] != by)
    if by not in {p.get("name") for p in parameters} or "x-hrflow-reconcile" in lookup:
        raise FacadeError(f"{where}: the lookup {wanted} takes no parameter {by!r}")
    missing = [name for name in copied if name not in body_fields]
    if missing:
        raise FacadeError(f"{where}: the lookup {wanted} needs {missing}, not in the body")
    returns = _result(spec, lookup, models)[0]
    if returns != method.result:
        raise FacadeError(f"{where}: the lookup {wanted} returns {returns}, not {method.result}")
    resource, name = identifier(str((lookup.get("tags") or [""])[0])), lookup.get("x-hrflow-method")
    method.lookup = f"_{resource.upper()}_{str(name).upper()}"
    return f"Reconcile({by!r}, {method.lookup}, copied={copied!r})"


def _body(
    spec: Spec, method: Method, schema: Any, models: set[str], where: str
) -> tuple[str, list[str]]:
    """The `Body(...)` of a JSON request, adding its arguments to `method`."""
    request_name = spec.schema_name(schema)
    resolved = spec.resolve(schema)
    shapes = [m for m in resolved.get("allOf", []) if spec.schema_name(m)]
    required = spec.required(resolved)
    model = class_name(request_name) if request_name else "request body"
    taken = {a.wire for a in method.arguments}
    if shapes:
        shape = spec.schema_name(shapes[0])
        assert shape is not None
        own = set(spec.properties(shapes[0]))
        beside = [
            (name, sub)
            for name, sub in spec.properties(resolved).items()
            if name not in own and name != IDENTITY and name not in taken
        ]
        for name, sub in beside:
            method.arguments.append(
                Argument(identifier(name), name, spec.python_type(sub, models), name in required)
            )
        argument = method.resource
        inputs = [class_name(shape)]
        if request_name and class_name(request_name) in models:
            inputs.append(class_name(request_name))
        if method.result in models:
            inputs.insert(0, method.result)
        method.arguments.append(Argument(argument, argument, f"{class_name(shape)}Input", True))
        dates = tuple(spec.written_dates(shapes[0]))
        fields = tuple(name for name, _ in beside)
        return (
            f"Body({model!r}, argument={argument!r}, fields={fields!r}, "
            f"required={tuple(required)!r}, dates={dates!r})",
            inputs,
        )
    properties = spec.properties(resolved)
    if not properties:
        method.arguments.append(Argument("body", "body", spec.python_type(resolved, models), True))
        return f"Body({model!r}, argument='body', required=())", []
    flags = []
    for name, sub in properties.items():
        if name in taken:
            raise FacadeError(f"{where}: body field {name!r} is also a parameter")
        given = _argument(spec, name, sub, name in required, models, where)
        method.arguments.append(given)
        if given.annotation == "bool" and "x-hrflow-argument" in spec.resolve(sub):
            flags.append(name)
    dates = tuple(spec.written_dates(resolved))
    return (
        f"Body({model!r}, fields={tuple(properties)!r}, required={tuple(required)!r}, "
        f"dates={dates!r}, flags={tuple(flags)!r})",
        [],
    )


def _argument(
    spec: Spec, name: str, schema: Any, required: bool, models: set[str], where: str
) -> Argument:
    """The argument for a body field; `x-hrflow-argument: {name, type: boolean, default}`
    gives it another name, and makes a 0/1 field a boolean."""
    renamed = spec.resolve(schema).get("x-hrflow-argument")
    if not isinstance(renamed, dict):
        return Argument(identifier(name), name, spec.python_type(schema, models), required)
    kind, default = renamed.get("type"), renamed.get("default")
    if kind not in (None, "boolean"):
        raise FacadeError(f"{where}: x-hrflow-argument of {name!r}: type must be boolean")
    return Argument(
        identifier(str(renamed.get("name", name))),
        name,
        "bool" if kind == "boolean" else spec.python_type(schema, models),
        required and default is None,
        "None" if default is None else repr(default),
    )


def _json_encoded(spec: Spec, node: Any) -> bool:
    """Whether a parameter, property or schema travels as JSON text (`x-hrflow-json-encoded: true`)."""
    return spec.resolve(node).get("x-hrflow-json-encoded") is True


def _form(spec: Spec, method: Method, schema: Any, models: set[str], where: str) -> str:
    """The `Body(...)` of a multipart form, adding its arguments to `method`.

    A `format: binary` property is a file (a path, bytes or a binary file object);
    JSON-encoded properties (listed on the schema or marked themselves) take the value
    to encode.
    """
    resolved = spec.resolve(schema)
    required = spec.required(resolved)
    listed = resolved.get("x-hrflow-json-encoded")
    encoded = set(listed) if isinstance(listed, list) else set()
    files: list[str] = []
    json_fields: list[str] = []
    taken = {a.wire for a in method.arguments}
    properties = spec.properties(resolved)
    for name, sub in properties.items():
        if name in taken:
            raise FacadeError(f"{where}: form field {name!r} is also a parameter")
        node = spec.resolve(sub)
        if node.get("format") == "binary":
            annotation = "FileInput"
            files.append(name)
        elif name in encoded or _json_encoded(spec, sub):
            annotation = spec.python_type(node.get("contentSchema", {}), models)
            json_fields.append(name)
        else:
            method.arguments.append(_argument(spec, name, sub, name in required, models, where))
            continue
        method.arguments.append(Argument(identifier(name), name, annotation, name in required))
    model = class_name(spec.schema_name(schema) or "form")
    return (
        f"Body({model!r}, fields={tuple(properties)!r}, required={tuple(required)!r}, "
        f"files={tuple(files)!r}, json_fields={tuple(json_fields)!r})"
    )


HEADER = '''"""The resources of `HrFlow` and `AsyncHrFlow`: one class per first tag, one method per `x-hrflow-method`.

Written by scripts/facade.py from the bundled spec: edit the spec, not this file.
Each method only describes its call; `_operations.py` builds and sends it.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from ._operations import (
    AsyncSend,
    Body,
    FileInput,
    Headers,
    ModelDump,
    Operation,
    Options,
    Query,
    RawResponse,
    Reconcile,
    Result,
    Send,
    Timeout,
)
from ._pagination import AsyncPager, Pager

if TYPE_CHECKING:
{imports}
'''

METHOD = '''
    {async_}def {name}(
        self,
        *,
{params}        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> {returns}:
        """{doc}"""
        return {call}
'''

VARIANTS = {
    # class prefix, suffix, async, raw
    "Resource": ("", False, False),
    "RawResource": ("", False, True),
    "AsyncResource": ("Async", True, False),
    "AsyncRawResource": ("Async", True, True),
}


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def _builtin(annotation: str) -> str:
    """`list[...]` as `builtins.list[...]`: inside a resource class, a method may be named `list`."""
    return re.sub(r"(?<![\w.])(list|dict)\[", r"builtins.\1[", annotation)


def _render_method(method: Method, is_async: bool, raw: bool) -> str:
    params = ""
    for argument in method.arguments:
        annotation = _builtin(argument.annotation)
        if argument.required:
            params += f"        {argument.python}: {annotation},\n"
        elif argument.default != "None":
            params += f"        {argument.python}: {annotation} = {argument.default},\n"
        else:
            if not annotation.endswith("None") and annotation != "Any":
                annotation += " | None"
            params += f"        {argument.python}: {annotation} = None,\n"
    mapping = ", ".join(f"{a.wire!r}: {a.python}" for a in method.arguments)
    options = "Options.of(timeout, max_retries, extra_headers, extra_query, extra_body)"
    arguments = f"{method.constant}, {{{mapping}}}, {options}"
    send = f"self._send({arguments})"
    doc = method.doc
    returns = f"RawResponse[{method.result}]" if raw else method.result
    if method.item is not None and not raw:
        pager = "AsyncPager" if is_async else "Pager"
        returns, call, is_async = (
            f"{pager}[{method.item}]",
            f"{pager}(self._send, {arguments})",
            False,
        )
        doc += (
            "\n\nIterates over every item, fetching page after page (`.pages()` gives each"
            "\npage with its `meta`); `with_raw_response` answers one page."
        )
    elif is_async:
        call = f"await {send}" if raw else f"(await {send}).data"
    else:
        call = send if raw else f"{send}.data"
    doc = doc.replace("\n", "\n        ").replace("\n        \n", "\n\n")
    return METHOD.format(
        async_="async " if is_async else "",
        name=method.name,
        params=params,
        returns=_builtin(returns),
        doc=doc,
        call=call,
    )


BULK = '''
    {async_}def bulk_upsert(
        self, *, {namespace}: str, {items}: Items, **options: Any
    ) -> Summary:
        """Index every {resource} of `{items}` exactly once by its reference, resumably.

        The bulk engine (`hrflow_client.bulk`: journal, bounded concurrency, adaptive
        rate, dead letters, `archive_missing`); `options` are its keyword arguments.
        """
        from .bulk import {function}

        client = getattr(self._send, "__self__")  # the HrFlow / AsyncHrFlow sending the calls
        return {await_}{function}(
            client, {resource!r}, items={items}, {namespace}={namespace}, **options
        )
'''


def _bulk_target(calls: list[Method]) -> dict[str, str | None] | None:
    """What the bulk engine needs of a resource that can create, edit, and get by reference.

    Its namespace is the create's own required keyword argument (`board_key`); `listing`
    the list's required one (`board_keys`), None without a list.
    """
    by_name = {method.name: method for method in calls}
    if not {"create", "edit", "get"} <= set(by_name):
        return None
    if "reference" not in {a.wire for a in by_name["get"].arguments}:
        return None
    create = by_name["create"]
    namespace = next(
        (a.python for a in create.arguments if a.required and a.wire != create.resource), None
    )
    if namespace is None:
        return None
    listing = (
        next((a.python for a in by_name["list"].arguments if a.required), None)
        if "list" in by_name
        else None
    )
    return {"namespace": namespace, "listing": listing}


def _render_bulk(resource: str, target: dict[str, str | None], is_async: bool) -> str:
    """`bulk_upsert` on a resource with a bulk target: the engine run on it."""
    return BULK.format(
        async_="async " if is_async else "",
        await_="await " if is_async else "",
        function="abulk_upsert" if is_async else "bulk_upsert",
        namespace=target["namespace"],
        items=f"{resource}s",
        resource=resource,
    )


def render(document: dict[str, Any], models: set[str]) -> str:
    """The `_resources.py` module for `document` (the bundled spec)."""
    spec = Spec(document)
    methods: list[Method] = []
    inputs: dict[str, list[str]] = {}
    for path, item in document.get("paths", {}).items():
        for http_method in METHODS:
            if http_method in item:
                method, accepted = _operation(spec, path, http_method, item[http_method], models)
                methods.append(method)
                if accepted:
                    shape = next(
                        a.annotation for a in method.arguments if a.wire == method.resource
                    )
                    merged = inputs.setdefault(shape, [])
                    merged += [name for name in accepted if name not in merged]
    resources: dict[str, list[Method]] = {}
    for method in methods:
        resources.setdefault(method.resource, [])
        if any(m.name == method.name for m in resources[method.resource]):
            raise FacadeError(f"two operations are `{method.resource}.{method.name}`")
        resources[method.resource].append(method)
    aliases = [
        f'{alias}: TypeAlias = "{" | ".join([*names, alias.removesuffix("Input") + "Param", "ModelDump"])}"'
        for alias, names in sorted(inputs.items())
    ]
    body = "\n".join(aliases) + "\n\n"
    order = [m.constant for m in methods]
    early = [m for m in methods if order.index(m.lookup or m.constant) <= order.index(m.constant)]
    for method in early + [m for m in methods if m not in early]:  # a lookup before its create
        body += f"{method.constant}: Operation[{method.result}] = {method.descriptor}\n"
    targets = {r: t for r, calls in resources.items() if (t := _bulk_target(calls)) is not None}
    body += "\n# What the bulk engine (`hrflow_client.bulk`) runs on: each resource carrying `bulk_upsert`.\n"
    body += f"BULK_TARGETS: dict[str, BulkTarget] = {targets!r}\n"
    for resource, calls in resources.items():
        for suffix, (prefix, is_async, raw) in VARIANTS.items():
            cls = f"{prefix}{_pascal(resource)}{suffix.removeprefix('Async')}"
            send = "AsyncSend" if is_async else "Send"
            body += f"\n\nclass {cls}:\n"
            kind = "`RawResponse` of every call" if raw else "typed `data` of every call"
            body += (
                f'    """`client.{resource}`{" (async)" if is_async else ""}: the {kind}."""\n\n'
            )
            body += f"    def __init__(self, send: {send}) -> None:\n        self._send = send\n"
            if not raw:
                body += f"        self.with_raw_response = {prefix}{_pascal(resource)}RawResource(send)\n"
            for method in calls:
                body += _render_method(method, is_async, raw)
            if not raw and resource in targets:
                body += _render_bulk(resource, targets[resource], is_async)
    for prefix, send in (("", "Send"), ("Async", "AsyncSend")):
        body += f"\n\nclass {prefix}Resources:\n"
        body += f'    """Every resource of the API, as attributes of `{prefix}HrFlow`."""\n\n'
        for resource in resources:
            body += f"    {resource}: {prefix}{_pascal(resource)}Resource\n"
        body += f"\n    def __init__(self, send: {send}) -> None:\n"
        for resource in resources:
            body += f"        self.{resource} = {prefix}{_pascal(resource)}Resource(send)\n"
        if not resources:
            body += "        pass\n"
    used = sorted(name for name in models if re.search(rf"\b{name}\b", body))
    imports = f"    from .models import {', '.join(used)}" if used else "    pass"
    imports += "\n    from .bulk import BulkTarget" + (", Items, Summary" if targets else "")
    params = sorted(set(re.findall(r"\b(\w+Param)\b", body)))
    if params:
        imports += f"\n    from .params import {', '.join(params)}"
    return HEADER.format(imports=imports) + "\n" + body


def models_of(package: Path) -> set[str]:
    """The model classes openapi-python-client generated into `package`."""
    text = (package / "models" / "__init__.py").read_text(encoding="utf-8")
    return set(re.findall(r"^from \.\w+ import (\w+)$", text, flags=re.MULTILINE))


def object_shapes(document: dict[str, Any]) -> list[str]:
    """The write shapes taken as one object argument (`allOf: [$ref JobWrite, ...]` request bodies)."""
    spec = Spec(document)
    shapes: list[str] = []
    for item in document.get("paths", {}).values():
        for http_method in METHODS:
            body = spec.resolve(item.get(http_method, {}).get("requestBody"))
            schema = (
                body.get("content", {}).get("application/json", {}).get("schema")
                if isinstance(body, dict)
                else None
            )
            members = (
                spec.resolve(schema).get("allOf", [])
                if isinstance(spec.resolve(schema), dict)
                else []
            )
            name = next((n for m in members if (n := spec.schema_name(m))), None)
            if name and name not in shapes:
                shapes.append(name)
    return shapes


def write(document: dict[str, Any], package: Path) -> None:
    """Write `_resources.py` and the typed dicts of its object arguments (`params.py`) into `package`."""
    import params

    (package / "_resources.py").write_text(render(document, models_of(package)), encoding="utf-8")
    (package / "params.py").write_text(
        params.render(document, object_shapes(document)), encoding="utf-8"
    )
