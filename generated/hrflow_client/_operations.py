"""How the facade's generated methods become requests: one generic builder, driven by each call's description.

`_resources.py` (generated from the spec) describes every operation with an
`Operation`; nothing here names one. The generated models are imported on first use,
not with the package: they are most of its import time.
"""

from __future__ import annotations

import datetime
import functools
import importlib
import json
import mimetypes
import os
from collections.abc import Callable, Mapping
from typing import IO, Any, Generic, Protocol, TypeVar
from urllib.parse import quote

import httpx
from attrs import field, frozen

from ._dates import reshape_written_dates
from ._exceptions import InvalidRequestError

T = TypeVar("T")
Timeout = float | httpx.Timeout | None
Headers = Mapping[str, str]
Query = Mapping[str, Any]
FileInput = str | os.PathLike[str] | bytes | IO[bytes]
"""A file to upload: a path, its bytes, or a binary file object (read from where it stands)."""
_JSON_HEADERS = {"Content-Type": "application/json"}
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid")
"""Where a request id is looked for in an answer, first found wins."""


def request_id(headers: httpx.Headers) -> str | None:
    """The request id the service or a proxy in front of it sent, if any (quote it in support requests)."""
    for name in REQUEST_ID_HEADERS:
        value: str | None = headers.get(name)
        if value:
            return value
    return None


@frozen
class RawResponse(Generic[T]):
    """The parsed `data` together with the envelope and HTTP details it came with.

    `json` is the whole envelope as received; `request` is a copy of the request with
    its secrets masked; `elapsed` is how long the call took, retries included.
    """

    data: T
    code: int
    message: str
    http_status: int
    headers: httpx.Headers
    json: dict[str, Any] = field(repr=False)
    elapsed: datetime.timedelta = field(repr=False)
    _request: httpx.Request = field(repr=False, alias="request_")
    _redact: Callable[[httpx.Request], httpx.Request] = field(repr=False, alias="redact")
    meta: dict[str, Any] | None = None
    """The answer's `meta` (`{page, maxPage, count, total}` on a page), if it has one."""

    @property
    def request(self) -> httpx.Request:
        """The request this answers, its secret headers masked and body dropped."""
        return self._redact(self._request)

    @property
    def request_id(self) -> str | None:
        """The answer's request id (`X-Request-ID` or alike), when one was sent."""
        return request_id(self.headers)


@frozen
class Options:
    """The per-call options every generated method takes; `Options.of` shares one empty value."""

    timeout: Timeout = None
    max_retries: int | None = None
    headers: Headers | None = None
    query: Query | None = None
    body: Query | None = None

    @staticmethod
    def of(
        timeout: Timeout,
        max_retries: int | None,
        headers: Headers | None,
        query: Query | None,
        body: Query | None,
    ) -> Options:
        if timeout is None and max_retries is None and headers is body is query is None:
            return NO_OPTIONS
        return Options(timeout, max_retries, headers, query, body)

    @property
    def empty(self) -> bool:
        return self is NO_OPTIONS


NO_OPTIONS = Options()


@frozen
class Result:
    """How an answer's `data` is decoded: into a generated model (or a list of them), or kept as JSON.

    `items` names the property of `data` holding the list (`""`: `data` is the list);
    with `scores`, each item comes paired with its score, `(item, p(match))`, from the
    list of that name beside it (`x-hrflow-scored-pairs`).
    """

    model: str | None
    many: bool = False
    items: str | None = None
    scores: str | None = None

    @property
    def label(self) -> str:
        name = self.model or "JSON value"
        return f"list of {name}" if self.many else name

    def decode(self, data: Any) -> Any:
        """The typed `data`; raises TypeError, ValueError or KeyError when it does not fit."""
        if self.model is None:
            return data
        model = _model(self.model)
        if not self.many:
            return model.from_dict(_object(data))
        listed = _object(data)[self.items] if self.items else data
        if not isinstance(listed, list):
            raise TypeError(f"'data{self._where}' is {type(listed).__name__}, not a list")
        decoded = [model.from_dict(_object(item)) for item in listed]
        if self.scores is None:
            return decoded
        scores = data[self.scores]
        if not isinstance(scores, list) or len(scores) != len(decoded):
            raise ValueError(f"'data.{self.scores}' does not hold one score per item")
        return [(item, _score(score)) for item, score in zip(decoded, scores, strict=True)]

    @property
    def _where(self) -> str:
        return f".{self.items}" if self.items else ""


def _score(prediction: Any) -> float:
    """p(match) of a `[p(no match), p(match)]` prediction."""
    if (
        not isinstance(prediction, list)
        or len(prediction) != 2
        or not all(isinstance(p, int | float) and not isinstance(p, bool) for p in prediction)
    ):
        raise ValueError(f"a score is not a [p(no match), p(match)] pair: {prediction!r:.80}")
    return float(prediction[1])


def _object(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise TypeError(f"'data' is {type(data).__name__}, not an object")
    return data


@functools.cache
def _model(name: str) -> Any:
    return getattr(importlib.import_module(f"{__package__}.models"), name)


@frozen
class Body:
    """A request body: fields given as arguments, or one object argument with fields merged beside it.

    `dates` are the paths (`*` for every item of a list) of values the spec gives
    the written-date shape; they are re-shaped from what a read returns. `flags` are
    0/1 fields given as booleans (`x-hrflow-argument`). A body with `files` is a
    multipart form: `files` are uploads, `json_fields` go as JSON text.
    """

    model: str
    argument: str | None = None
    fields: tuple[str, ...] = ()
    required: tuple[str, ...] = ()
    dates: tuple[tuple[str, ...], ...] = ()
    flags: tuple[str, ...] = ()
    files: tuple[str, ...] = ()
    json_fields: tuple[str, ...] = ()

    def request(self, arguments: Mapping[str, Any], extra: Query | None = None) -> dict[str, Any]:
        """The `httpx` keyword arguments sending this body; `extra` is a call's `extra_body=`."""
        if not self.files:
            return {"content": self.encode(arguments, extra), "headers": _JSON_HEADERS}
        missing = [name for name in self.required if arguments[name] is None]
        if missing:
            raise InvalidRequestError(f"{missing[0]} is required for a {self.model}")
        data: dict[str, str] = {}
        files: dict[str, tuple[str, bytes, str]] = {}
        for name in self.fields:
            value = arguments[name]
            if value is None:
                continue
            if name in self.files:
                files[name] = _upload(value, name)
            elif name in self.json_fields:
                data[name] = _json_text(value, name)
            else:
                data[name] = str(int(value) if isinstance(value, bool) else value)
        for name, value in (extra or {}).items():
            data[name] = value if isinstance(value, str) else _json_text(value, name)
        return {"data": data, "files": files}

    def fields_of(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        """The flat body: the object argument's fields with the fields given beside it."""
        body: dict[str, Any] = {}
        if self.argument is not None:
            body.update(_as_dict(arguments[self.argument], self.argument))
        for name in self.fields:
            value = arguments[name]
            if value is not None:
                body[name] = int(value) if name in self.flags else value
        return body

    def encode(self, arguments: Mapping[str, Any], extra: Query | None = None) -> bytes:
        """The body's JSON, sent as is (unknown fields kept) once the spec's required fields are there.

        `extra` (a call's `extra_body=`) is merged last, over what the arguments made.
        """
        body = self.fields_of(arguments)
        if self.dates:
            body = reshape_written_dates(body, self.dates, self.argument or "")
        if extra:
            body.update(extra)
        for name in self.required:
            if body.get(name) is None:
                raise InvalidRequestError(self._missing(name))
        return encode_json(body, self.argument or "the request body")

    def _missing(self, name: str) -> str:
        """What the user left out, in the words of the call they wrote."""
        if name in self.fields or self.argument is None:
            return f"{name}= is required and cannot be None"
        return f"{self.argument} is missing required field {name!r}"


def encode_json(body: Any, what: str) -> bytes:
    """Compact UTF-8 JSON; a value JSON cannot hold is an InvalidRequestError naming `what`."""
    try:
        return json.dumps(
            body,
            default=_json_default,
            ensure_ascii=False,
            separators=(",", ":"),
            allow_nan=False,
        ).encode()
    except (TypeError, ValueError, RecursionError) as exc:
        raise InvalidRequestError(f"{what} cannot be sent as JSON: {exc}") from None


@frozen
class Reconcile:
    """How to find what a create stored when its outcome is unknown (`x-hrflow-reconcile`).

    `by` is the body field naming the object uniquely in its namespace (`reference`);
    `lookup` reads one object by it, with the `copied` fields of the create's body
    (the namespace key) as its other parameters.
    """

    by: str
    lookup: Operation[Any]
    copied: tuple[str, ...] = ()

    def arguments(self, body: Mapping[str, Any]) -> dict[str, Any] | None:
        """The lookup's arguments for a create's flat body; None when the body does not carry `by`."""
        value = body.get(self.by)
        if not isinstance(value, str) or not value:
            return None
        names = (*self.lookup.path_params, *self.lookup.query)
        found: dict[str, Any] = dict.fromkeys(names)
        found.update({name: body.get(name) for name in self.copied})
        found[self.by] = value
        return found


@frozen
class Operation(Generic[T]):
    """One operation as the spec describes it; `request` turns a call's arguments into `httpx` keyword arguments.

    `paged` operations (`x-hrflow-pagination`) answer one page per call, with `page`
    among their query parameters; `Pager` walks them. `reconcile` says how a create
    whose outcome is unknown is looked up.
    """

    method: str
    path: str
    path_params: tuple[str, ...] = ()
    query: tuple[str, ...] = ()
    json_query: frozenset[str] = frozenset()
    body: Body | None = None
    one_of: tuple[str, ...] = ()
    one_of_names: tuple[str, ...] = ()
    paged: bool = False
    result: Result = Result(None)
    reconcile: Reconcile | None = None

    def request(
        self, arguments: Mapping[str, Any], options: Options = NO_OPTIONS
    ) -> dict[str, Any]:
        """`httpx.Client.request` keyword arguments; `options` adds a call's extra headers, query and body."""
        if self.one_of and sum(arguments[name] is not None for name in self.one_of) != 1:
            names = [f"{name}=" for name in self.one_of_names or self.one_of]
            raise InvalidRequestError(f"give exactly one of {', '.join(names[:-1])} or {names[-1]}")
        url = self.path
        if self.path_params:
            url = url.format_map(
                {name: quote(str(arguments[name]), safe="") for name in self.path_params}
            )
        request: dict[str, Any] = {"method": self.method, "url": url}
        if self.query:
            request["params"] = {
                name: _json_text(value, name) if name in self.json_query else value
                for name in self.query
                if (value := arguments[name]) is not None
            }
        if self.body is not None:
            request.update(self.body.request(arguments, options.body))
        elif options.body is not None:
            request["content"] = encode_json(dict(options.body), "extra_body")
            request["headers"] = _JSON_HEADERS
        if options.query:
            request["params"] = {**request.get("params", {}), **options.query}
        if options.headers:
            request["headers"] = {**request.get("headers", {}), **options.headers}
        return request


class ModelDump(Protocol):
    """A pydantic model (`hrflow_schemas.JobWrite`, ...), without depending on pydantic."""

    def model_dump(
        self, *, mode: str = ..., exclude_unset: bool = ..., by_alias: bool | None = ...
    ) -> dict[str, Any]: ...


class Send(Protocol):
    """Sends one call and returns its parsed answer (the facade's `_send`)."""

    def __call__(
        self,
        operation: Operation[T],
        arguments: dict[str, Any],
        options: Options,
    ) -> RawResponse[T]: ...


class AsyncSend(Protocol):
    """The async twin of `Send`."""

    async def __call__(
        self,
        operation: Operation[T],
        arguments: dict[str, Any],
        options: Options,
    ) -> RawResponse[T]: ...


def _as_dict(value: object, name: str) -> dict[str, Any]:
    """A plain dict, an attrs model of `hrflow_client.models`, or a pydantic model of `hrflow_schemas`.

    Pydantic models are duck-typed (`model_dump`), so the client does not depend on
    pydantic; only the fields that were set are sent.
    """
    if isinstance(value, Mapping):
        return dict(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        result = to_dict()
        if isinstance(result, dict):
            return result
    model_dump = getattr(value, "model_dump", None)
    if callable(model_dump):
        result = model_dump(mode="json", exclude_unset=True, by_alias=True)
        if isinstance(result, dict):
            return result
    raise InvalidRequestError(
        f"{name} must be a dict, a hrflow_client model or a hrflow_schemas model,"
        f" not {type(value).__name__}"
    )


def _json_default(value: object) -> str:
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _json_text(value: object, name: str) -> str:
    """A value the service reads as JSON text (`x-hrflow-json-encoded` in the spec)."""
    if isinstance(value, str | bytes):
        raise InvalidRequestError(
            f"{name} must be a list (it is sent as JSON text), not {type(value).__name__}"
        )
    try:
        return json.dumps(value, default=_json_default, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError) as exc:
        raise InvalidRequestError(f"{name} cannot be sent as JSON: {exc}") from None


def _upload(value: object, name: str) -> tuple[str, bytes, str]:
    """`(file name, content, media type)` of a file given as a path, bytes or a binary file.

    The content is read once, here, so that a retried request sends the same bytes.
    """
    if isinstance(value, bytes | bytearray | memoryview):
        file_name, content = name, bytes(value)
    elif isinstance(value, str | os.PathLike):
        try:
            with open(value, "rb") as file:
                content = file.read()
        except OSError as exc:
            raise InvalidRequestError(f"{name}: cannot read {os.fspath(value)!r}: {exc}") from None
        file_name = os.path.basename(os.fspath(value))
    elif callable(getattr(value, "read", None)):
        content = value.read()  # type: ignore[attr-defined]
        if not isinstance(content, bytes):
            raise InvalidRequestError(f"{name} must be opened in binary mode ('rb')")
        file_name = os.path.basename(str(getattr(value, "name", name)))
    else:
        raise InvalidRequestError(
            f"{name} must be a path, bytes or a binary file, not {type(value).__name__}"
        )
    media_type = mimetypes.guess_type(file_name)[0] or "application/octet-stream"
    return file_name, content, media_type
