"""The six operations of the spec: method, path, kind and pydantic models."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel

from hrflow_schemas import (
    EditJobRequest,
    EditJobResponse,
    EditProfileRequest,
    EditProfileResponse,
    GetJobResponse,
    GetProfileResponse,
    IndexJobRequest,
    IndexJobResponse,
    IndexProfileRequest,
    IndexProfileResponse,
    Job,
    Profile,
)

Kind = Literal["job", "profile"]
Action = Literal["create", "edit", "get"]

API_PREFIX = "/v1"


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec, as the sandbox serves it."""

    operation_id: str
    kind: Kind
    action: Action
    method: str
    path: str
    request_model: type[BaseModel] | None
    response_model: type[BaseModel]

    @property
    def namespace_field(self) -> str:
        """The body or query field naming the object's namespace."""
        return "board_key" if self.kind == "job" else "source_key"

    @property
    def noun(self) -> str:
        """`Job` or `Profile`, as the service's messages spell it."""
        return "Job" if self.kind == "job" else "Profile"

    @property
    def read_model(self) -> type[BaseModel]:
        """The model of the object as read back."""
        return Job if self.kind == "job" else Profile


OPERATIONS: tuple[Operation, ...] = (
    Operation(
        "indexJob", "job", "create", "POST", "/job/indexing", IndexJobRequest, IndexJobResponse
    ),
    Operation("editJob", "job", "edit", "PUT", "/job/indexing", EditJobRequest, EditJobResponse),
    Operation("getJob", "job", "get", "GET", "/job/indexing", None, GetJobResponse),
    Operation(
        "indexProfile",
        "profile",
        "create",
        "POST",
        "/profile/indexing",
        IndexProfileRequest,
        IndexProfileResponse,
    ),
    Operation(
        "editProfile",
        "profile",
        "edit",
        "PUT",
        "/profile/indexing",
        EditProfileRequest,
        EditProfileResponse,
    ),
    Operation("getProfile", "profile", "get", "GET", "/profile/indexing", None, GetProfileResponse),
)

_BY_ROUTE = {(op.method, API_PREFIX + op.path): op for op in OPERATIONS}


def find_operation(method: str, path: str) -> Operation | None:
    """The operation served at `method path` (path including `/v1`), if any.

    HEAD is answered like GET.
    """
    lookup = "GET" if method == "HEAD" else method
    return _BY_ROUTE.get((lookup, path))
