"""Request building and answer parsing, shared by the sync and async facades.

The generated api modules and models are imported on first use, not with the
package: they are most of its import time.
"""

from __future__ import annotations

import datetime
import functools
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar

import attrs
import httpx
from attrs import frozen

from ._dates import reshape_profile_dates
from ._envelope import ENVELOPE, excerpt
from ._exceptions import InvalidRequestError, ResponseValidationError
from ._redaction import Redactor

if TYPE_CHECKING:
    from .models import (
        EditJobRequest,
        EditProfileRequest,
        IndexJobRequest,
        IndexProfileRequest,
        Job,
        JobWrite,
        Profile,
        ProfileWrite,
    )

JobInput: TypeAlias = "Job | JobWrite | IndexJobRequest | EditJobRequest | Mapping[str, Any]"
ProfileInput: TypeAlias = (
    "Profile | ProfileWrite | IndexProfileRequest | EditProfileRequest | Mapping[str, Any]"
)
T = TypeVar("T", "Job", "Profile")


@frozen
class RawResponse(Generic[T]):
    """The parsed `data` together with the envelope and HTTP details it came with."""

    data: T
    code: int
    message: str
    http_status: int
    headers: httpx.Headers


@frozen
class Operation(Generic[T]):
    """One call: keyword arguments for `httpx.Client.request`, and the model of the answer's `data`."""

    request: dict[str, Any]
    model: type[T]


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


class _PreparedBody:
    """Stands in for a request model in a generated `_get_kwargs`, which only calls `to_dict()`.

    Sending the caller's dict as is, instead of a round trip through the generated
    model, keeps unknown fields and costs nothing per call; required fields are still
    checked against the model first.
    """

    __slots__ = ("_body",)

    def __init__(self, body: dict[str, Any]) -> None:
        self._body = body

    def to_dict(self) -> dict[str, Any]:
        return self._body


@functools.cache
def _required_fields(model: type) -> tuple[str, ...]:
    return tuple(field.name for field in attrs.fields(model) if field.default is attrs.NOTHING)


def _json_default(value: object) -> str:
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _write(get_kwargs: Any, model: type, body: dict[str, Any], name: str) -> dict[str, Any]:
    """The request of a write operation, its body encoded once (dates as ISO 8601 text)."""
    missing = [field for field in _required_fields(model) if field not in body]
    if missing:
        raise InvalidRequestError(
            f"{name} is not a valid {model.__name__}: missing required field {missing[0]!r}"
        )
    kwargs: dict[str, Any] = get_kwargs(body=_PreparedBody(body))
    try:
        kwargs["content"] = json.dumps(
            kwargs.pop("json"),
            default=_json_default,
            ensure_ascii=False,
            separators=(",", ":"),
            allow_nan=False,
        ).encode()
    except (TypeError, ValueError) as exc:
        raise InvalidRequestError(f"{name} cannot be sent as JSON: {exc}") from None
    return kwargs


# The spec's `x-hrflow-one-of-required` of getJob and getProfile (a test keeps them equal).
JOB_LOOKUP = ("key", "reference")
PROFILE_LOOKUP = ("key", "reference", "email")


def _lookup(names: tuple[str, ...], **given: str | None) -> dict[str, str]:
    """The one lookup parameter given among `names`; none or several is a caller error."""
    chosen = {name: value for name, value in given.items() if value is not None}
    if len(chosen) != 1:
        listed = ", ".join(f"{name}=" for name in names[:-1]) + f" or {names[-1]}="
        raise InvalidRequestError(f"give exactly one of {listed}")
    return chosen


def _key_of(body: dict[str, Any], name: str) -> None:
    if not isinstance(body.get("key"), str) or not body["key"]:
        raise InvalidRequestError(f"{name} must carry its 'key' to be edited")


def index_job_op(board_key: str, job: JobInput) -> Operation[Job]:
    from .api.job import index_job
    from .models import IndexJobRequest, Job

    body = {**_as_dict(job, "job"), "board_key": board_key}
    return Operation(_write(index_job._get_kwargs, IndexJobRequest, body, "job"), Job)


def edit_job_op(board_key: str, job: JobInput) -> Operation[Job]:
    from .api.job import edit_job
    from .models import EditJobRequest, Job

    body = {**_as_dict(job, "job"), "board_key": board_key}
    _key_of(body, "job")
    return Operation(_write(edit_job._get_kwargs, EditJobRequest, body, "job"), Job)


def get_job_op(board_key: str, key: str | None, reference: str | None) -> Operation[Job]:
    from .api.job import get_job
    from .models import Job

    lookup = _lookup(JOB_LOOKUP, key=key, reference=reference)
    return Operation(get_job._get_kwargs(board_key=board_key, **lookup), Job)


def index_profile_op(source_key: str, profile: ProfileInput) -> Operation[Profile]:
    from .api.profile import index_profile
    from .models import IndexProfileRequest, Profile

    body = {**reshape_profile_dates(_as_dict(profile, "profile")), "source_key": source_key}
    return Operation(
        _write(index_profile._get_kwargs, IndexProfileRequest, body, "profile"), Profile
    )


def edit_profile_op(source_key: str, profile: ProfileInput) -> Operation[Profile]:
    from .api.profile import edit_profile
    from .models import EditProfileRequest, Profile

    body = {**reshape_profile_dates(_as_dict(profile, "profile")), "source_key": source_key}
    _key_of(body, "profile")
    return Operation(_write(edit_profile._get_kwargs, EditProfileRequest, body, "profile"), Profile)


def get_profile_op(
    source_key: str, key: str | None, reference: str | None, email: str | None = None
) -> Operation[Profile]:
    from .api.profile import get_profile
    from .models import Profile

    lookup = _lookup(PROFILE_LOOKUP, key=key, reference=reference, email=email)
    return Operation(get_profile._get_kwargs(source_key=source_key, **lookup), Profile)


def parse(operation: Operation[T], response: httpx.Response, redactor: Redactor) -> RawResponse[T]:
    """Turn a successful answer into its typed `data`; a malformed one raises ResponseValidationError."""
    envelope: dict[str, Any] = response.extensions[ENVELOPE]
    data = envelope.get("data")
    try:
        if not isinstance(data, dict):
            raise TypeError(f"'data' is {type(data).__name__}, not an object")
        model = operation.model.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseValidationError(
            f"the answer's data is not a valid {operation.model.__name__}: {exc!r}",
            request=redactor.request(response.request),
            http_status=response.status_code,
            text=excerpt(response.content, redactor),
        ) from None
    message = envelope.get("message")
    return RawResponse(
        data=model,
        code=envelope["code"],
        message=message if isinstance(message, str) else "",
        http_status=response.status_code,
        headers=response.headers,
    )
