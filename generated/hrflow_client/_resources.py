"""The resources of `HrFlow` and `AsyncHrFlow`: one class per first tag, one method per `x-hrflow-method`.

Written by scripts/facade.py from the bundled spec: edit the spec, not this file.
Each method only describes its call; `_operations.py` builds and sends it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from ._operations import (
    AsyncSend,
    Body,
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
    from .params import JobWriteParam, ProfileWriteParam

JobWriteInput: TypeAlias = (
    "Job | JobWrite | EditJobRequest | IndexJobRequest | JobWriteParam | ModelDump"
)
ProfileWriteInput: TypeAlias = "Profile | ProfileWrite | EditProfileRequest | IndexProfileRequest | ProfileWriteParam | ModelDump"

_JOB_GET: Operation[Job] = Operation(
    "GET",
    "/job/indexing",
    query=("board_key", "key", "reference"),
    one_of=("key", "reference"),
    result=Result("Job"),
)
_JOB_EDIT: Operation[Job] = Operation(
    "PUT",
    "/job/indexing",
    body=Body(
        "EditJobRequest",
        argument="job",
        fields=("board_key",),
        required=("board_key", "key", "name"),
        dates=(),
    ),
    result=Result("Job"),
)
_JOB_CREATE: Operation[Job] = Operation(
    "POST",
    "/job/indexing",
    body=Body(
        "IndexJobRequest",
        argument="job",
        fields=("board_key",),
        required=("board_key", "name"),
        dates=(),
    ),
    result=Result("Job"),
    reconcile=Reconcile("reference", _JOB_GET, copied=("board_key",)),
)
_PROFILE_GET: Operation[Profile] = Operation(
    "GET",
    "/profile/indexing",
    query=("source_key", "key", "reference", "email"),
    one_of=("key", "reference", "email"),
    result=Result("Profile"),
)
_PROFILE_EDIT: Operation[Profile] = Operation(
    "PUT",
    "/profile/indexing",
    body=Body(
        "EditProfileRequest",
        argument="profile",
        fields=("source_key",),
        required=("source_key", "key"),
        dates=(
            ("experiences", "*", "date_start"),
            ("experiences", "*", "date_end"),
            ("educations", "*", "date_start"),
            ("educations", "*", "date_end"),
        ),
    ),
    result=Result("Profile"),
)
_PROFILE_CREATE: Operation[Profile] = Operation(
    "POST",
    "/profile/indexing",
    body=Body(
        "IndexProfileRequest",
        argument="profile",
        fields=("source_key",),
        required=("source_key",),
        dates=(
            ("experiences", "*", "date_start"),
            ("experiences", "*", "date_end"),
            ("educations", "*", "date_start"),
            ("educations", "*", "date_end"),
        ),
    ),
    result=Result("Profile"),
    reconcile=Reconcile("reference", _PROFILE_GET, copied=("source_key",)),
)


class JobResource:
    """`client.job`: the typed `data` of every call."""

    def __init__(self, send: Send) -> None:
        self._send = send
        self.with_raw_response = JobRawResource(send)

    def get(
        self,
        *,
        board_key: str,
        key: str | None = None,
        reference: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Job:
        """Get a job (GET /job/indexing).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _JOB_GET,
            {"board_key": board_key, "key": key, "reference": reference},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).data

    def edit(
        self,
        *,
        board_key: str,
        job: JobWriteInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Job:
        """Edit a job (PUT /job/indexing).

        Handles the service's quirks: body-code-authoritative, write-status-mismatch, edit-reported-as-created, unauthorized-echoes-secret."""
        return self._send(
            _JOB_EDIT,
            {"board_key": board_key, "job": job},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).data

    def create(
        self,
        *,
        board_key: str,
        job: JobWriteInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Job:
        """Index a job (POST /job/indexing).

        Handles the service's quirks: body-code-authoritative, write-status-mismatch, unauthorized-echoes-secret.

        Exactly once when the body carries `reference`: retried, and read back
        by it when the outcome is unknown. Otherwise not retried once the request may
        have reached the service unless the client was built with `retry_creates=True`."""
        return self._send(
            _JOB_CREATE,
            {"board_key": board_key, "job": job},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).data


class JobRawResource:
    """`client.job`: the `RawResponse` of every call."""

    def __init__(self, send: Send) -> None:
        self._send = send

    def get(
        self,
        *,
        board_key: str,
        key: str | None = None,
        reference: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[Job]:
        """Get a job (GET /job/indexing).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _JOB_GET,
            {"board_key": board_key, "key": key, "reference": reference},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def edit(
        self,
        *,
        board_key: str,
        job: JobWriteInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[Job]:
        """Edit a job (PUT /job/indexing).

        Handles the service's quirks: body-code-authoritative, write-status-mismatch, edit-reported-as-created, unauthorized-echoes-secret."""
        return self._send(
            _JOB_EDIT,
            {"board_key": board_key, "job": job},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        board_key: str,
        job: JobWriteInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[Job]:
        """Index a job (POST /job/indexing).

        Handles the service's quirks: body-code-authoritative, write-status-mismatch, unauthorized-echoes-secret.

        Exactly once when the body carries `reference`: retried, and read back
        by it when the outcome is unknown. Otherwise not retried once the request may
        have reached the service unless the client was built with `retry_creates=True`."""
        return self._send(
            _JOB_CREATE,
            {"board_key": board_key, "job": job},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncJobResource:
    """`client.job` (async): the typed `data` of every call."""

    def __init__(self, send: AsyncSend) -> None:
        self._send = send
        self.with_raw_response = AsyncJobRawResource(send)

    async def get(
        self,
        *,
        board_key: str,
        key: str | None = None,
        reference: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Job:
        """Get a job (GET /job/indexing).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return (
            await self._send(
                _JOB_GET,
                {"board_key": board_key, "key": key, "reference": reference},
                Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            )
        ).data

    async def edit(
        self,
        *,
        board_key: str,
        job: JobWriteInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Job:
        """Edit a job (PUT /job/indexing).

        Handles the service's quirks: body-code-authoritative, write-status-mismatch, edit-reported-as-created, unauthorized-echoes-secret."""
        return (
            await self._send(
                _JOB_EDIT,
                {"board_key": board_key, "job": job},
                Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            )
        ).data

    async def create(
        self,
        *,
        board_key: str,
        job: JobWriteInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Job:
        """Index a job (POST /job/indexing).

        Handles the service's quirks: body-code-authoritative, write-status-mismatch, unauthorized-echoes-secret.

        Exactly once when the body carries `reference`: retried, and read back
        by it when the outcome is unknown. Otherwise not retried once the request may
        have reached the service unless the client was built with `retry_creates=True`."""
        return (
            await self._send(
                _JOB_CREATE,
                {"board_key": board_key, "job": job},
                Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            )
        ).data


class AsyncJobRawResource:
    """`client.job` (async): the `RawResponse` of every call."""

    def __init__(self, send: AsyncSend) -> None:
        self._send = send

    async def get(
        self,
        *,
        board_key: str,
        key: str | None = None,
        reference: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[Job]:
        """Get a job (GET /job/indexing).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return await self._send(
            _JOB_GET,
            {"board_key": board_key, "key": key, "reference": reference},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def edit(
        self,
        *,
        board_key: str,
        job: JobWriteInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[Job]:
        """Edit a job (PUT /job/indexing).

        Handles the service's quirks: body-code-authoritative, write-status-mismatch, edit-reported-as-created, unauthorized-echoes-secret."""
        return await self._send(
            _JOB_EDIT,
            {"board_key": board_key, "job": job},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        board_key: str,
        job: JobWriteInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[Job]:
        """Index a job (POST /job/indexing).

        Handles the service's quirks: body-code-authoritative, write-status-mismatch, unauthorized-echoes-secret.

        Exactly once when the body carries `reference`: retried, and read back
        by it when the outcome is unknown. Otherwise not retried once the request may
        have reached the service unless the client was built with `retry_creates=True`."""
        return await self._send(
            _JOB_CREATE,
            {"board_key": board_key, "job": job},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class ProfileResource:
    """`client.profile`: the typed `data` of every call."""

    def __init__(self, send: Send) -> None:
        self._send = send
        self.with_raw_response = ProfileRawResource(send)

    def get(
        self,
        *,
        source_key: str,
        key: str | None = None,
        reference: str | None = None,
        email: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Profile:
        """Get a profile (GET /profile/indexing).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret, date-objects-on-write, email-lookup-parameter-name, profile-urls-shape."""
        return self._send(
            _PROFILE_GET,
            {"source_key": source_key, "key": key, "reference": reference, "email": email},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).data

    def edit(
        self,
        *,
        source_key: str,
        profile: ProfileWriteInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Profile:
        """Edit a profile (PUT /profile/indexing).

        Handles the service's quirks: body-code-authoritative, profile-edit-status-swap, unauthorized-echoes-secret, date-objects-on-write, user-email-header-spelling, profile-urls-shape."""
        return self._send(
            _PROFILE_EDIT,
            {"source_key": source_key, "profile": profile},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).data

    def create(
        self,
        *,
        source_key: str,
        profile: ProfileWriteInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Profile:
        """Index a profile (POST /profile/indexing).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret, date-objects-on-write, profile-urls-shape.

        Exactly once when the body carries `reference`: retried, and read back
        by it when the outcome is unknown. Otherwise not retried once the request may
        have reached the service unless the client was built with `retry_creates=True`."""
        return self._send(
            _PROFILE_CREATE,
            {"source_key": source_key, "profile": profile},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).data


class ProfileRawResource:
    """`client.profile`: the `RawResponse` of every call."""

    def __init__(self, send: Send) -> None:
        self._send = send

    def get(
        self,
        *,
        source_key: str,
        key: str | None = None,
        reference: str | None = None,
        email: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[Profile]:
        """Get a profile (GET /profile/indexing).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret, date-objects-on-write, email-lookup-parameter-name, profile-urls-shape."""
        return self._send(
            _PROFILE_GET,
            {"source_key": source_key, "key": key, "reference": reference, "email": email},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def edit(
        self,
        *,
        source_key: str,
        profile: ProfileWriteInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[Profile]:
        """Edit a profile (PUT /profile/indexing).

        Handles the service's quirks: body-code-authoritative, profile-edit-status-swap, unauthorized-echoes-secret, date-objects-on-write, user-email-header-spelling, profile-urls-shape."""
        return self._send(
            _PROFILE_EDIT,
            {"source_key": source_key, "profile": profile},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        source_key: str,
        profile: ProfileWriteInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[Profile]:
        """Index a profile (POST /profile/indexing).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret, date-objects-on-write, profile-urls-shape.

        Exactly once when the body carries `reference`: retried, and read back
        by it when the outcome is unknown. Otherwise not retried once the request may
        have reached the service unless the client was built with `retry_creates=True`."""
        return self._send(
            _PROFILE_CREATE,
            {"source_key": source_key, "profile": profile},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncProfileResource:
    """`client.profile` (async): the typed `data` of every call."""

    def __init__(self, send: AsyncSend) -> None:
        self._send = send
        self.with_raw_response = AsyncProfileRawResource(send)

    async def get(
        self,
        *,
        source_key: str,
        key: str | None = None,
        reference: str | None = None,
        email: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Profile:
        """Get a profile (GET /profile/indexing).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret, date-objects-on-write, email-lookup-parameter-name, profile-urls-shape."""
        return (
            await self._send(
                _PROFILE_GET,
                {"source_key": source_key, "key": key, "reference": reference, "email": email},
                Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            )
        ).data

    async def edit(
        self,
        *,
        source_key: str,
        profile: ProfileWriteInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Profile:
        """Edit a profile (PUT /profile/indexing).

        Handles the service's quirks: body-code-authoritative, profile-edit-status-swap, unauthorized-echoes-secret, date-objects-on-write, user-email-header-spelling, profile-urls-shape."""
        return (
            await self._send(
                _PROFILE_EDIT,
                {"source_key": source_key, "profile": profile},
                Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            )
        ).data

    async def create(
        self,
        *,
        source_key: str,
        profile: ProfileWriteInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Profile:
        """Index a profile (POST /profile/indexing).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret, date-objects-on-write, profile-urls-shape.

        Exactly once when the body carries `reference`: retried, and read back
        by it when the outcome is unknown. Otherwise not retried once the request may
        have reached the service unless the client was built with `retry_creates=True`."""
        return (
            await self._send(
                _PROFILE_CREATE,
                {"source_key": source_key, "profile": profile},
                Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            )
        ).data


class AsyncProfileRawResource:
    """`client.profile` (async): the `RawResponse` of every call."""

    def __init__(self, send: AsyncSend) -> None:
        self._send = send

    async def get(
        self,
        *,
        source_key: str,
        key: str | None = None,
        reference: str | None = None,
        email: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[Profile]:
        """Get a profile (GET /profile/indexing).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret, date-objects-on-write, email-lookup-parameter-name, profile-urls-shape."""
        return await self._send(
            _PROFILE_GET,
            {"source_key": source_key, "key": key, "reference": reference, "email": email},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def edit(
        self,
        *,
        source_key: str,
        profile: ProfileWriteInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[Profile]:
        """Edit a profile (PUT /profile/indexing).

        Handles the service's quirks: body-code-authoritative, profile-edit-status-swap, unauthorized-echoes-secret, date-objects-on-write, user-email-header-spelling, profile-urls-shape."""
        return await self._send(
            _PROFILE_EDIT,
            {"source_key": source_key, "profile": profile},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        source_key: str,
        profile: ProfileWriteInput,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[Profile]:
        """Index a profile (POST /profile/indexing).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret, date-objects-on-write, profile-urls-shape.

        Exactly once when the body carries `reference`: retried, and read back
        by it when the outcome is unknown. Otherwise not retried once the request may
        have reached the service unless the client was built with `retry_creates=True`."""
        return await self._send(
            _PROFILE_CREATE,
            {"source_key": source_key, "profile": profile},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class Resources:
    """Every resource of the API, as attributes of `HrFlow`."""

    job: JobResource
    profile: ProfileResource

    def __init__(self, send: Send) -> None:
        self.job = JobResource(send)
        self.profile = ProfileResource(send)


class AsyncResources:
    """Every resource of the API, as attributes of `AsyncHrFlow`."""

    job: AsyncJobResource
    profile: AsyncProfileResource

    def __init__(self, send: AsyncSend) -> None:
        self.job = AsyncJobResource(send)
        self.profile = AsyncProfileResource(send)
