"""Request building and answer parsing, shared by the sync and async facades.

The generated api modules and models are imported on first use, not with the
package: they are most of its import time.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeAlias, TypeVar

import httpx
from attrs import frozen

from ._dates import jsonable, reshape_profile_dates
from ._envelope import ENVELOPE
from ._exceptions import HrFlowError, ResponseValidationError

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


class InvalidRequestError(HrFlowError, ValueError):
    """The arguments cannot make a valid request; raised before anything is sent."""


class _Serialisable(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


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


def _body(model: type[_Serialisable], body: dict[str, Any], name: str) -> Any:
    try:
        return model.from_dict(jsonable(body))  # type: ignore[attr-defined]
    except KeyError as exc:
        raise InvalidRequestError(
            f"{name} is not a valid {model.__name__}: missing required field {exc.args[0]!r}"
        ) from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise InvalidRequestError(f"{name} is not a valid {model.__name__}: {exc!r}") from None


def _lookup(key: str | None, reference: str | None) -> dict[str, str]:
    if (key is None) == (reference is None):
        raise InvalidRequestError("give exactly one of key= or reference=")
    return {"key": key} if key is not None else {"reference": reference}  # type: ignore[dict-item]


def _key_of(body: dict[str, Any], name: str) -> None:
    if not isinstance(body.get("key"), str) or not body["key"]:
        raise InvalidRequestError(f"{name} must carry its 'key' to be edited")


def index_job_op(board_key: str, job: JobInput) -> Operation[Job]:
    from .api.job import index_job
    from .models import IndexJobRequest, Job

    body = {**_as_dict(job, "job"), "board_key": board_key}
    return Operation(index_job._get_kwargs(body=_body(IndexJobRequest, body, "job")), Job)


def edit_job_op(board_key: str, job: JobInput) -> Operation[Job]:
    from .api.job import edit_job
    from .models import EditJobRequest, Job

    body = {**_as_dict(job, "job"), "board_key": board_key}
    _key_of(body, "job")
    return Operation(edit_job._get_kwargs(body=_body(EditJobRequest, body, "job")), Job)


def get_job_op(board_key: str, key: str | None, reference: str | None) -> Operation[Job]:
    from .api.job import get_job
    from .models import Job

    return Operation(get_job._get_kwargs(board_key=board_key, **_lookup(key, reference)), Job)


def index_profile_op(source_key: str, profile: ProfileInput) -> Operation[Profile]:
    from .api.profile import index_profile
    from .models import IndexProfileRequest, Profile

    body = {**reshape_profile_dates(_as_dict(profile, "profile")), "source_key": source_key}
    return Operation(
        index_profile._get_kwargs(body=_body(IndexProfileRequest, body, "profile")), Profile
    )


def edit_profile_op(source_key: str, profile: ProfileInput) -> Operation[Profile]:
    from .api.profile import edit_profile
    from .models import EditProfileRequest, Profile

    body = {**reshape_profile_dates(_as_dict(profile, "profile")), "source_key": source_key}
    _key_of(body, "profile")
    return Operation(
        edit_profile._get_kwargs(body=_body(EditProfileRequest, body, "profile")), Profile
    )


def get_profile_op(source_key: str, key: str | None, reference: str | None) -> Operation[Profile]:
    from .api.profile import get_profile
    from .models import Profile

    return Operation(
        get_profile._get_kwargs(source_key=source_key, **_lookup(key, reference)), Profile
    )


def parse(operation: Operation[T], response: httpx.Response) -> RawResponse[T]:
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
            request=httpx.Request(response.request.method, response.request.url),
            http_status=response.status_code,
            text=response.text[:2000],
        ) from None
    message = envelope.get("message")
    return RawResponse(
        data=model,
        code=envelope["code"],
        message=message if isinstance(message, str) else "",
        http_status=response.status_code,
        headers=response.headers,
    )
