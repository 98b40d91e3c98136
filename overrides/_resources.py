"""`client.job` and `client.profile`: one method per operation, sync and async, plain and `with_raw_response`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from . import _operations as ops
from ._operations import JobInput, ProfileInput, RawResponse
from .models import Job, Profile

if TYPE_CHECKING:
    from ._facade import AsyncHrFlow, HrFlow

Timeout = float | httpx.Timeout | None


class JobsWithRawResponse:
    """`client.job.with_raw_response`: the same calls, returning `RawResponse[Job]`."""

    def __init__(self, client: HrFlow) -> None:
        self._client = client

    def create(
        self,
        *,
        board_key: str,
        job: JobInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> RawResponse[Job]:
        return self._client._send(ops.index_job_op(board_key, job), timeout, max_retries)

    def edit(
        self,
        *,
        board_key: str,
        job: JobInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> RawResponse[Job]:
        return self._client._send(ops.edit_job_op(board_key, job), timeout, max_retries)

    def get(
        self,
        *,
        board_key: str,
        key: str | None = None,
        reference: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> RawResponse[Job]:
        return self._client._send(ops.get_job_op(board_key, key, reference), timeout, max_retries)


class Jobs:
    """Jobs, indexed in boards."""

    def __init__(self, client: HrFlow) -> None:
        self.with_raw_response = JobsWithRawResponse(client)

    def create(
        self,
        *,
        board_key: str,
        job: JobInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> Job:
        """Index a job in a board (POST /job/indexing).

        Hides: success arrives as HTTP 200 carrying body code 201. Not retried once
        the request may have reached the service (a retry could index the job twice)
        unless the client was built with `retry_creates=True`; give the job a
        `reference` and recover with `get` by reference (examples/safe_create.py).
        """
        return self.with_raw_response.create(
            board_key=board_key, job=job, timeout=timeout, max_retries=max_retries
        ).data

    def edit(
        self,
        *,
        board_key: str,
        job: JobInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> Job:
        """Replace a job, identified by its `key` (PUT /job/indexing).

        Hides: success arrives as HTTP 200 with body code 201 and message "Job created".
        """
        return self.with_raw_response.edit(
            board_key=board_key, job=job, timeout=timeout, max_retries=max_retries
        ).data

    def get(
        self,
        *,
        board_key: str,
        key: str | None = None,
        reference: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> Job:
        """Read a job by `key` or by `reference` (GET /job/indexing); exactly one of the two.

        Hides: an HTTP 200 carrying an error code raises; `+0000` timestamps parse to datetime.
        """
        return self.with_raw_response.get(
            board_key=board_key,
            key=key,
            reference=reference,
            timeout=timeout,
            max_retries=max_retries,
        ).data


class ProfilesWithRawResponse:
    """`client.profile.with_raw_response`: the same calls, returning `RawResponse[Profile]`."""

    def __init__(self, client: HrFlow) -> None:
        self._client = client

    def create(
        self,
        *,
        source_key: str,
        profile: ProfileInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> RawResponse[Profile]:
        return self._client._send(ops.index_profile_op(source_key, profile), timeout, max_retries)

    def edit(
        self,
        *,
        source_key: str,
        profile: ProfileInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> RawResponse[Profile]:
        return self._client._send(ops.edit_profile_op(source_key, profile), timeout, max_retries)

    def get(
        self,
        *,
        source_key: str,
        key: str | None = None,
        reference: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> RawResponse[Profile]:
        return self._client._send(
            ops.get_profile_op(source_key, key, reference), timeout, max_retries
        )


class Profiles:
    """Profiles, indexed in sources."""

    def __init__(self, client: HrFlow) -> None:
        self.with_raw_response = ProfilesWithRawResponse(client)

    def create(
        self,
        *,
        source_key: str,
        profile: ProfileInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> Profile:
        """Index a profile given as JSON in a source (POST /profile/indexing, reconstructed).

        Hides: experience/education dates are re-shaped into `{"iso8601": ...}` objects.
        Not retried once the request may have reached the service, like `job.create`.
        """
        return self.with_raw_response.create(
            source_key=source_key, profile=profile, timeout=timeout, max_retries=max_retries
        ).data

    def edit(
        self,
        *,
        source_key: str,
        profile: ProfileInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> Profile:
        """Replace a profile, identified by its `key` (PUT /profile/indexing).

        Hides: success arrives as HTTP 201 with body code 200; a profile read with
        `get` (string dates) can be passed as is: dates are re-shaped for writing.
        """
        return self.with_raw_response.edit(
            source_key=source_key, profile=profile, timeout=timeout, max_retries=max_retries
        ).data

    def get(
        self,
        *,
        source_key: str,
        key: str | None = None,
        reference: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> Profile:
        """Read a profile by `key` or by `reference` (GET /profile/indexing, reconstructed).

        Hides: dates come back as strings (parsed to datetime), coordinates as strings or numbers.
        """
        return self.with_raw_response.get(
            source_key=source_key,
            key=key,
            reference=reference,
            timeout=timeout,
            max_retries=max_retries,
        ).data


class AsyncJobsWithRawResponse:
    """`async_client.job.with_raw_response`: the same calls, returning `RawResponse[Job]`."""

    def __init__(self, client: AsyncHrFlow) -> None:
        self._client = client

    async def create(
        self,
        *,
        board_key: str,
        job: JobInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> RawResponse[Job]:
        return await self._client._send(ops.index_job_op(board_key, job), timeout, max_retries)

    async def edit(
        self,
        *,
        board_key: str,
        job: JobInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> RawResponse[Job]:
        return await self._client._send(ops.edit_job_op(board_key, job), timeout, max_retries)

    async def get(
        self,
        *,
        board_key: str,
        key: str | None = None,
        reference: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> RawResponse[Job]:
        return await self._client._send(
            ops.get_job_op(board_key, key, reference), timeout, max_retries
        )


class AsyncJobs:
    """Jobs, indexed in boards (async)."""

    def __init__(self, client: AsyncHrFlow) -> None:
        self.with_raw_response = AsyncJobsWithRawResponse(client)

    async def create(
        self,
        *,
        board_key: str,
        job: JobInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> Job:
        """Index a job in a board (POST /job/indexing).

        Hides: success arrives as HTTP 200 carrying body code 201. Not retried once
        the request may have reached the service (a retry could index the job twice)
        unless the client was built with `retry_creates=True`; give the job a
        `reference` and recover with `get` by reference (examples/safe_create.py).
        """
        raw = await self.with_raw_response.create(
            board_key=board_key, job=job, timeout=timeout, max_retries=max_retries
        )
        return raw.data

    async def edit(
        self,
        *,
        board_key: str,
        job: JobInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> Job:
        """Replace a job, identified by its `key` (PUT /job/indexing).

        Hides: success arrives as HTTP 200 with body code 201 and message "Job created".
        """
        raw = await self.with_raw_response.edit(
            board_key=board_key, job=job, timeout=timeout, max_retries=max_retries
        )
        return raw.data

    async def get(
        self,
        *,
        board_key: str,
        key: str | None = None,
        reference: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> Job:
        """Read a job by `key` or by `reference` (GET /job/indexing); exactly one of the two.

        Hides: an HTTP 200 carrying an error code raises; `+0000` timestamps parse to datetime.
        """
        raw = await self.with_raw_response.get(
            board_key=board_key,
            key=key,
            reference=reference,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw.data


class AsyncProfilesWithRawResponse:
    """`async_client.profile.with_raw_response`: the same calls, returning `RawResponse[Profile]`."""

    def __init__(self, client: AsyncHrFlow) -> None:
        self._client = client

    async def create(
        self,
        *,
        source_key: str,
        profile: ProfileInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> RawResponse[Profile]:
        return await self._client._send(
            ops.index_profile_op(source_key, profile), timeout, max_retries
        )

    async def edit(
        self,
        *,
        source_key: str,
        profile: ProfileInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> RawResponse[Profile]:
        return await self._client._send(
            ops.edit_profile_op(source_key, profile), timeout, max_retries
        )

    async def get(
        self,
        *,
        source_key: str,
        key: str | None = None,
        reference: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> RawResponse[Profile]:
        return await self._client._send(
            ops.get_profile_op(source_key, key, reference), timeout, max_retries
        )


class AsyncProfiles:
    """Profiles, indexed in sources (async)."""

    def __init__(self, client: AsyncHrFlow) -> None:
        self.with_raw_response = AsyncProfilesWithRawResponse(client)

    async def create(
        self,
        *,
        source_key: str,
        profile: ProfileInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> Profile:
        """Index a profile given as JSON in a source (POST /profile/indexing, reconstructed).

        Hides: experience/education dates are re-shaped into `{"iso8601": ...}` objects.
        Not retried once the request may have reached the service, like `job.create`.
        """
        raw = await self.with_raw_response.create(
            source_key=source_key, profile=profile, timeout=timeout, max_retries=max_retries
        )
        return raw.data

    async def edit(
        self,
        *,
        source_key: str,
        profile: ProfileInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> Profile:
        """Replace a profile, identified by its `key` (PUT /profile/indexing).

        Hides: success arrives as HTTP 201 with body code 200; a profile read with
        `get` (string dates) can be passed as is: dates are re-shaped for writing.
        """
        raw = await self.with_raw_response.edit(
            source_key=source_key, profile=profile, timeout=timeout, max_retries=max_retries
        )
        return raw.data

    async def get(
        self,
        *,
        source_key: str,
        key: str | None = None,
        reference: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
    ) -> Profile:
        """Read a profile by `key` or by `reference` (GET /profile/indexing, reconstructed).

        Hides: dates come back as strings (parsed to datetime), coordinates as strings or numbers.
        """
        raw = await self.with_raw_response.get(
            source_key=source_key,
            key=key,
            reference=reference,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw.data
