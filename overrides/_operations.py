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
from collections.abc import Mapping
from typing import Any, Generic, Protocol, TypeVar
from urllib.parse import quote

import httpx
from attrs import frozen

from ._dates import reshape_written_dates
from ._exceptions import InvalidRequestError

T = TypeVar("T")
Timeout = float | httpx.Timeout | None
_JSON_HEADERS = {"Content-Type": "application/json"}


@frozen
class RawResponse(Generic[T]):
    """The parsed `data` together with the envelope and HTTP details it came with."""

    data: T
    code: int
    message: str
    http_status: int
    headers: httpx.Headers


@frozen
class Result:
    """How an answer's `data` is decoded: into a generated model (or a list of them), or kept as JSON."""

    model: str | None
    many: bool = False

    @property
    def label(self) -> str:
        name = self.model or "JSON value"
        return f"list of {name}" if self.many else name

    def decode(self, data: Any) -> Any:
        """The typed `data`; raises TypeError, ValueError or KeyError when it does not fit."""
        if self.model is None:
            return data
        model = _model(self.model)
        if self.many:
            if not isinstance(data, list):
                raise TypeError(f"'data' is {type(data).__name__}, not a list")
            return [model.from_dict(_object(item)) for item in data]
        return model.from_dict(_object(data))


def _object(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise TypeError(f"'data' is {type(data).__name__}, not an object")
    return data


@functools.cache
def _model(name: str) -> Any:
    return getattr(importlib.import_module(f"{__package__}.models"), name)


@frozen
class Body:
    """A JSON request body: fields given as arguments, or one object argument with fields merged beside it.

    `dates` are the paths (`*` for every item of a list) of values the spec gives
    the written-date shape; they are re-shaped from what a read returns.
    """

    model: str
    argument: str | None = None
    fields: tuple[str, ...] = ()
    required: tuple[str, ...] = ()
    dates: tuple[tuple[str, ...], ...] = ()

    def fields_of(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        """The flat body: the object argument's fields with the fields given beside it."""
        body: dict[str, Any] = {}
        if self.argument is not None:
            body.update(_as_dict(arguments[self.argument], self.argument))
        for name in self.fields:
            value = arguments[name]
            if value is not None:
                body[name] = value
        return body

    def encode(self, arguments: Mapping[str, Any]) -> bytes:
        """The body's JSON, sent as is (unknown fields kept) once the spec's required fields are there."""
        body = self.fields_of(arguments)
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

    `pagination` names the property of `data` holding a page's items (`""` when
    `data` is the list) for operations with `x-hrflow-pagination`; such calls return
    one page for now. `reconcile` says how a create whose outcome is unknown is
    looked up.
    """

    method: str
    path: str
    path_params: tuple[str, ...] = ()
    query: tuple[str, ...] = ()
    json_query: frozenset[str] = frozenset()
    body: Body | None = None
    one_of: tuple[str, ...] = ()
    pagination: str | None = None
    result: Result = Result(None)
    reconcile: Reconcile | None = None

    def request(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        if self.one_of and sum(arguments[name] is not None for name in self.one_of) != 1:
            names = [f"{name}=" for name in self.one_of]
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
            request["content"] = self.body.encode(arguments)
            request["headers"] = _JSON_HEADERS
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
    """A query parameter the service reads as JSON text (`content: application/json` in the spec)."""
    try:
        return json.dumps(value, default=_json_default, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError) as exc:
        raise InvalidRequestError(f"{name} cannot be sent as JSON: {exc}") from None
