"""`client.job` and `client.profile`: each operation written once, for sync and async, plain and raw.

A resource is generic in what its methods return: `Job` (sync), `RawResponse[Job]`
(`with_raw_response`), or awaitables of those (async). The facade passes the sender
that makes the call and shapes the result.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeAlias, TypeVar

import httpx

from . import _operations as ops
from ._operations import Operation

if TYPE_CHECKING:
    from ._operations import JobInput, ProfileInput
    from .models import Job, Profile

Timeout = float | httpx.Timeout | None
R = TypeVar("R")
RawR = TypeVar("RawR")
M = TypeVar("M", "Job", "Profile")
Sender: TypeAlias = "Callable[[Operation[M], Timeout, int | None], R]"


class JobCalls(Generic[R]):
    def __init__(self, send: Sender[Job, R]) -> None:
        self._send = send

    def create(
        self,
        *,
        board_key: str,
        job: JobInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> R:
        """Index a job in a board (POST /job/indexing).

        Hides: success arrives as HTTP 200 carrying body code 201. Not retried once
        the request may have reached the service (a retry could index the job twice)
        unless the client was built with `retry_creates=True`; give the job a
        `reference` and recover with `get` by reference (examples/safe_create.py).
        """
        return self._send(ops.index_job_op(board_key, job), timeout, max_retries)

    def edit(
        self,
        *,
        board_key: str,
        job: JobInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> R:
        """Replace a job, identified by its `key` (PUT /job/indexing).

        Hides: success arrives as HTTP 200 with body code 201 and message "Job created".
        """
        return self._send(ops.edit_job_op(board_key, job), timeout, max_retries)

    def get(
        self,
        *,
        board_key: str,
        key: str | None = None,
        reference: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> R:
        """Read a job by `key` or by `reference` (GET /job/indexing); exactly one of the two.

        Hides: an HTTP 200 carrying an error code raises; `+0000` timestamps parse to datetime.
        """
        return self._send(ops.get_job_op(board_key, key, reference), timeout, max_retries)


class Jobs(JobCalls[R], Generic[R, RawR]):
    """Jobs, indexed in boards. `with_raw_response` has the same calls, returning `RawResponse`."""

    def __init__(self, send: Sender[Job, R], send_raw: Sender[Job, RawR]) -> None:
        super().__init__(send)
        self.with_raw_response = JobCalls(send_raw)


class ProfileCalls(Generic[R]):
    def __init__(self, send: Sender[Profile, R]) -> None:
        self._send = send

    def create(
        self,
        *,
        source_key: str,
        profile: ProfileInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> R:
        """Index a profile given as JSON in a source (POST /profile/indexing, reconstructed).

        Hides: experience/education dates are re-shaped into `{"iso8601": ...}` objects.
        Not retried once the request may have reached the service, like `job.create`.
        """
        return self._send(ops.index_profile_op(source_key, profile), timeout, max_retries)

    def edit(
        self,
        *,
        source_key: str,
        profile: ProfileInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> R:
        """Replace a profile, identified by its `key` (PUT /profile/indexing).

        Hides: success arrives as HTTP 201 with body code 200; a profile read with
        `get` (string dates) can be passed as is: dates are re-shaped for writing.
        """
        return self._send(ops.edit_profile_op(source_key, profile), timeout, max_retries)

    def get(
        self,
        *,
        source_key: str,
        key: str | None = None,
        reference: str | None = None,
        email: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> R:
        """Read a profile by `key`, `reference` or `email` (GET /profile/indexing); exactly one.

        Hides: dates come back as strings (parsed to datetime), coordinates as strings or numbers.
        """
        return self._send(
            ops.get_profile_op(source_key, key, reference, email), timeout, max_retries
        )


class Profiles(ProfileCalls[R], Generic[R, RawR]):
    """Profiles, indexed in sources. `with_raw_response` has the same calls, returning `RawResponse`."""

    def __init__(self, send: Sender[Profile, R], send_raw: Sender[Profile, RawR]) -> None:
        super().__init__(send)
        self.with_raw_response = ProfileCalls(send_raw)
