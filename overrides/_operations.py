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
from collections.abc import Mapping
from typing import IO, Any, Generic, Protocol, TypeVar
from urllib.parse import quote

import httpx
from attrs import frozen

from ._dates import reshape_written_dates
from ._exceptions import InvalidRequestError

T = TypeVar("T")
Timeout = float | httpx.Timeout | None
FileInput = str | os.PathLike[str] | bytes | IO[bytes]
"""A file to upload: a path, its bytes, or a binary file object (read from where it stands)."""
_JSON_HEADERS = {"Content-Type": "application/json"}


@frozen
class RawResponse(Generic[T]):
    """The parsed `data` together with the envelope and HTTP details it came with."""

    data: T
    code: int
    message: str
    http_status: int
    headers: httpx.Headers
    meta: dict[str, Any] | None = None
    """The answer's `meta` (`{page, maxPage, count, total}` on a page), if it has one."""


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

    def request(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        """The `httpx` keyword arguments sending this body."""
        if not self.files:
            return {"content": self.encode(arguments), "headers": _JSON_HEADERS}
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
        return {"data": data, "files": files}

    def encode(self, arguments: Mapping[str, Any]) -> bytes:
        """The body's JSON, sent as is (unknown fields kept) once the spec's required fields are there."""
        body: dict[str, Any] = {}
        if self.argument is not None:
            body.update(_as_dict(arguments[self.argument], self.argument))
        for name in self.fields:
            value = arguments[name]
            if value is not None:
                body[name] = int(value) if name in self.flags else value
        if self.dates:
            body = reshape_written_dates(body, self.dates)
        missing = [name for name in self.required if body.get(name) is None]
        if missing:
            given = self.argument or "the request"
            raise InvalidRequestError(
                f"{given} is not a valid {self.model}: missing required field {missing[0]!r}"
            )
        try:
            return json.dumps(
                body,
                default=_json_default,
                ensure_ascii=False,
                separators=(",", ":"),
                allow_nan=False,
            ).encode()
        except (TypeError, ValueError, RecursionError) as exc:
            raise InvalidRequestError(
                f"{self.argument or 'the request'} cannot be sent as JSON: {exc}"
            ) from None


@frozen
class Operation(Generic[T]):
    """One operation as the spec describes it; `request` turns a call's arguments into `httpx` keyword arguments.

    `paged` operations (`x-hrflow-pagination`) answer one page per call, with `page`
    among their query parameters; `Pager` walks them.
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

    def request(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
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
            request.update(self.body.request(arguments))
        return request


class Send(Protocol):
    """Sends one call and returns its parsed answer (the facade's `_send`)."""

    def __call__(
        self,
        operation: Operation[T],
        arguments: dict[str, Any],
        timeout: Timeout,
        max_retries: int | None,
    ) -> RawResponse[T]: ...


class AsyncSend(Protocol):
    """The async twin of `Send`."""

    async def __call__(
        self,
        operation: Operation[T],
        arguments: dict[str, Any],
        timeout: Timeout,
        max_retries: int | None,
    ) -> RawResponse[T]: ...


def _as_dict(value: object, name: str) -> dict[str, Any]:
    if isinstance(value, Mapping):
        return dict(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        result = to_dict()
        if isinstance(result, dict):
            return result
    raise InvalidRequestError(
        f"{name} must be a dict or a hrflow_client model, not {type(value).__name__}"
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
