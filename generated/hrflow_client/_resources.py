"""The resources of `HrFlow` and `AsyncHrFlow`: one class per first tag, one method per `x-hrflow-method`.

Written by scripts/facade.py from the bundled spec: edit the spec, not this file.
Each method only describes its call; `_operations.py` builds and sends it.
"""

from __future__ import annotations

import builtins
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
    from .bulk import BulkTarget, Items, Summary
    from .models import (
        Attachment,
        EditJobRequest,
        EditProfileRequest,
        IndexJobRequest,
        IndexProfileRequest,
        Job,
        JobWrite,
        Namespace,
        Parsing,
        Profile,
        ProfileWrite,
        Source,
        WebhookEventType,
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
_BOARD_LIST: Operation[list[Namespace]] = Operation(
    "GET",
    "/boards",
    query=("name", "page", "limit", "sort_by", "order_by"),
    paged=True,
    result=Result("Namespace", many=True, items=""),
)
_BOARD_GET: Operation[Namespace] = Operation(
    "GET", "/board", query=("key",), result=Result("Namespace")
)
_SOURCE_LIST: Operation[list[Source]] = Operation(
    "GET",
    "/sources",
    query=("name", "page", "limit", "sort_by", "order_by"),
    paged=True,
    result=Result("Source", many=True, items=""),
)
_SOURCE_GET: Operation[Source] = Operation(
    "GET", "/source", query=("key",), result=Result("Source")
)
_JOB_LIST: Operation[list[Job]] = Operation(
    "GET",
    "/storing/jobs",
    query=(
        "board_keys",
        "name",
        "key",
        "reference",
        "return_job",
        "page",
        "limit",
        "sort_by",
        "order_by",
        "created_at_min",
        "created_at_max",
    ),
    json_query=frozenset(("board_keys",)),
    paged=True,
    result=Result("Job", many=True, items=""),
)
_PROFILE_LIST: Operation[list[Profile]] = Operation(
    "GET",
    "/storing/profiles",
    query=(
        "source_keys",
        "name",
        "key",
        "reference",
        "return_profile",
        "page",
        "limit",
        "sort_by",
        "order_by",
        "created_at_min",
        "created_at_max",
    ),
    json_query=frozenset(("source_keys",)),
    paged=True,
    result=Result("Profile", many=True, items=""),
)
_JOB_ARCHIVE: Operation[dict[str, Any]] = Operation(
    "PATCH",
    "/job/indexing/archive",
    body=Body(
        "ArchiveJobRequest",
        fields=("board_key", "key", "reference", "is_archive"),
        required=("board_key", "is_archive"),
        dates=(),
        flags=("is_archive",),
    ),
    one_of=("key", "reference"),
    result=Result(None),
)
_PROFILE_ARCHIVE: Operation[dict[str, Any]] = Operation(
    "PATCH",
    "/profile/indexing/archive",
    body=Body(
        "ArchiveProfileRequest",
        fields=("source_key", "key", "reference", "profile_email", "is_archive"),
        required=("source_key", "is_archive"),
        dates=(),
        flags=("is_archive",),
    ),
    one_of=("key", "reference", "profile_email"),
    one_of_names=("key", "reference", "email"),
    result=Result(None),
)
_PROFILE_PARSE: Operation[dict[str, Any] | list[Any]] = Operation(
    "POST",
    "/profile/parsing/file",
    body=Body(
        "ParseProfileFileRequest",
        fields=(
            "source_key",
            "file",
            "key",
            "reference",
            "profile_content_type",
            "created_at",
            "labels",
            "tags",
            "metadatas",
            "sync_parsing",
            "sync_parsing_indexing",
            "webhook_parsing_sending",
        ),
        required=("source_key", "file"),
        files=("file",),
        json_fields=("labels", "tags", "metadatas"),
    ),
    result=Result(None),
)
_PROFILE_GET_PARSING: Operation[Parsing] = Operation(
    "GET",
    "/profile/parsing",
    query=("source_key", "key", "reference", "profile_email"),
    one_of=("key", "reference", "profile_email"),
    result=Result("Parsing"),
)
_PROFILE_ATTACHMENTS: Operation[list[Attachment]] = Operation(
    "GET",
    "/profile/indexing/attachments",
    query=("source_key", "key", "reference", "profile_email"),
    one_of=("key", "reference", "profile_email"),
    result=Result("Attachment", many=True),
)
_JOB_SEARCH: Operation[list[Job]] = Operation(
    "GET",
    "/jobs/searching",
    query=(
        "board_keys",
        "page",
        "limit",
        "sort_by",
        "order_by",
        "text_keywords",
        "names",
        "skills",
        "languages",
        "tags_included",
        "tags_excluded",
        "created_at_min",
        "created_at_max",
    ),
    json_query=frozenset(
        (
            "board_keys",
            "text_keywords",
            "names",
            "skills",
            "languages",
            "tags_included",
            "tags_excluded",
        )
    ),
    paged=True,
    result=Result("Job", many=True, items="jobs"),
)
_PROFILE_SEARCH: Operation[list[Profile]] = Operation(
    "GET",
    "/profiles/searching",
    query=(
        "source_keys",
        "page",
        "limit",
        "sort_by",
        "order_by",
        "stage",
        "text_keywords",
        "skills",
        "languages",
        "interests",
        "tags_included",
        "tags_excluded",
        "created_at_min",
        "created_at_max",
    ),
    json_query=frozenset(
        (
            "source_keys",
            "text_keywords",
            "skills",
            "languages",
            "interests",
            "tags_included",
            "tags_excluded",
        )
    ),
    paged=True,
    result=Result("Profile", many=True, items="profiles"),
)
_JOB_SCORE: Operation[list[tuple[Job, float]]] = Operation(
    "GET",
    "/jobs/scoring",
    query=(
        "board_keys",
        "source_key",
        "profile_key",
        "agent_key",
        "use_agent",
        "page",
        "limit",
        "order_by",
        "text_keywords",
        "skills",
        "tags_included",
        "tags_excluded",
    ),
    json_query=frozenset(
        ("board_keys", "text_keywords", "skills", "tags_included", "tags_excluded")
    ),
    paged=True,
    result=Result("Job", many=True, items="jobs", scores="predictions"),
)
_PROFILE_SCORE: Operation[list[tuple[Profile, float]]] = Operation(
    "GET",
    "/profiles/scoring",
    query=(
        "source_keys",
        "board_key",
        "job_key",
        "agent_key",
        "use_agent",
        "page",
        "limit",
        "order_by",
        "stage",
        "text_keywords",
        "skills",
        "tags_included",
        "tags_excluded",
    ),
    json_query=frozenset(
        ("source_keys", "text_keywords", "skills", "tags_included", "tags_excluded")
    ),
    paged=True,
    result=Result("Profile", many=True, items="profiles", scores="predictions"),
)
_AUTH_CHECK: Operation[dict[str, Any]] = Operation("GET", "/auth", result=Result(None))
_WEBHOOK_CHECK: Operation[dict[str, Any]] = Operation(
    "POST",
    "/webhook/check",
    body=Body(
        "CheckWebhookRequest", fields=("url", "type"), required=("url", "type"), dates=(), flags=()
    ),
    result=Result(None),
)

# What the bulk engine (`hrflow_client.bulk`) runs on: each resource carrying `bulk_upsert`.
BULK_TARGETS: dict[str, BulkTarget] = {
    "job": {"namespace": "board_key", "listing": "board_keys"},
    "profile": {"namespace": "source_key", "listing": "source_keys"},
}


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

    def list(
        self,
        *,
        board_keys: builtins.list[str],
        name: str | None = None,
        key: str | None = None,
        reference: str | None = None,
        return_job: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal[
            "created_at",
            "updated_at",
            "location",
            "location_experience",
            "location_education",
            "searching",
            "scoring",
        ]
        | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        created_at_min: str | None = None,
        created_at_max: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Pager[Job]:
        """List jobs (GET /storing/jobs).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Iterates over every item, fetching page after page (`.pages()` gives each
        page with its `meta`); `with_raw_response` answers one page."""
        return Pager(
            self._send,
            _JOB_LIST,
            {
                "board_keys": board_keys,
                "name": name,
                "key": key,
                "reference": reference,
                "return_job": return_job,
                "page": page,
                "limit": limit,
                "sort_by": sort_by,
                "order_by": order_by,
                "created_at_min": created_at_min,
                "created_at_max": created_at_max,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def archive(
        self,
        *,
        board_key: str,
        key: str | None = None,
        reference: str | None = None,
        archived: bool = True,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> builtins.dict[str, Any]:
        """Archive or restore a job (PATCH /job/indexing/archive).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _JOB_ARCHIVE,
            {"board_key": board_key, "key": key, "reference": reference, "is_archive": archived},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).data

    def search(
        self,
        *,
        board_keys: builtins.list[str],
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal[
            "created_at",
            "updated_at",
            "location",
            "location_experience",
            "location_education",
            "searching",
            "scoring",
        ]
        | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        text_keywords: builtins.list[str] | None = None,
        names: builtins.list[str] | None = None,
        skills: builtins.list[str] | None = None,
        languages: builtins.list[str] | None = None,
        tags_included: builtins.list[str] | None = None,
        tags_excluded: builtins.list[str] | None = None,
        created_at_min: str | None = None,
        created_at_max: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Pager[Job]:
        """Search jobs (GET /jobs/searching).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Iterates over every item, fetching page after page (`.pages()` gives each
        page with its `meta`); `with_raw_response` answers one page."""
        return Pager(
            self._send,
            _JOB_SEARCH,
            {
                "board_keys": board_keys,
                "page": page,
                "limit": limit,
                "sort_by": sort_by,
                "order_by": order_by,
                "text_keywords": text_keywords,
                "names": names,
                "skills": skills,
                "languages": languages,
                "tags_included": tags_included,
                "tags_excluded": tags_excluded,
                "created_at_min": created_at_min,
                "created_at_max": created_at_max,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def score(
        self,
        *,
        board_keys: builtins.list[str],
        source_key: str,
        profile_key: str,
        agent_key: str | None = None,
        use_agent: Literal[0, 1] | None = None,
        page: int | None = None,
        limit: int | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        text_keywords: builtins.list[str] | None = None,
        skills: builtins.list[str] | None = None,
        tags_included: builtins.list[str] | None = None,
        tags_excluded: builtins.list[str] | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Pager[tuple[Job, float]]:
        """Score jobs against a profile (GET /jobs/scoring).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Iterates over every item, fetching page after page (`.pages()` gives each
        page with its `meta`); `with_raw_response` answers one page."""
        return Pager(
            self._send,
            _JOB_SCORE,
            {
                "board_keys": board_keys,
                "source_key": source_key,
                "profile_key": profile_key,
                "agent_key": agent_key,
                "use_agent": use_agent,
                "page": page,
                "limit": limit,
                "order_by": order_by,
                "text_keywords": text_keywords,
                "skills": skills,
                "tags_included": tags_included,
                "tags_excluded": tags_excluded,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def bulk_upsert(self, *, board_key: str, jobs: Items, **options: Any) -> Summary:
        """Index every job of `jobs` exactly once by its reference, resumably.

        The bulk engine (`hrflow_client.bulk`: journal, bounded concurrency, adaptive
        rate, dead letters, `archive_missing`); `options` are its keyword arguments.
        """
        from .bulk import bulk_upsert

        client = getattr(self._send, "__self__")  # the HrFlow / AsyncHrFlow sending the calls
        return bulk_upsert(client, "job", items=jobs, board_key=board_key, **options)


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

    def list(
        self,
        *,
        board_keys: builtins.list[str],
        name: str | None = None,
        key: str | None = None,
        reference: str | None = None,
        return_job: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal[
            "created_at",
            "updated_at",
            "location",
            "location_experience",
            "location_education",
            "searching",
            "scoring",
        ]
        | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        created_at_min: str | None = None,
        created_at_max: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.list[Job]]:
        """List jobs (GET /storing/jobs).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _JOB_LIST,
            {
                "board_keys": board_keys,
                "name": name,
                "key": key,
                "reference": reference,
                "return_job": return_job,
                "page": page,
                "limit": limit,
                "sort_by": sort_by,
                "order_by": order_by,
                "created_at_min": created_at_min,
                "created_at_max": created_at_max,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def archive(
        self,
        *,
        board_key: str,
        key: str | None = None,
        reference: str | None = None,
        archived: bool = True,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.dict[str, Any]]:
        """Archive or restore a job (PATCH /job/indexing/archive).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _JOB_ARCHIVE,
            {"board_key": board_key, "key": key, "reference": reference, "is_archive": archived},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def search(
        self,
        *,
        board_keys: builtins.list[str],
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal[
            "created_at",
            "updated_at",
            "location",
            "location_experience",
            "location_education",
            "searching",
            "scoring",
        ]
        | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        text_keywords: builtins.list[str] | None = None,
        names: builtins.list[str] | None = None,
        skills: builtins.list[str] | None = None,
        languages: builtins.list[str] | None = None,
        tags_included: builtins.list[str] | None = None,
        tags_excluded: builtins.list[str] | None = None,
        created_at_min: str | None = None,
        created_at_max: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.list[Job]]:
        """Search jobs (GET /jobs/searching).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _JOB_SEARCH,
            {
                "board_keys": board_keys,
                "page": page,
                "limit": limit,
                "sort_by": sort_by,
                "order_by": order_by,
                "text_keywords": text_keywords,
                "names": names,
                "skills": skills,
                "languages": languages,
                "tags_included": tags_included,
                "tags_excluded": tags_excluded,
                "created_at_min": created_at_min,
                "created_at_max": created_at_max,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def score(
        self,
        *,
        board_keys: builtins.list[str],
        source_key: str,
        profile_key: str,
        agent_key: str | None = None,
        use_agent: Literal[0, 1] | None = None,
        page: int | None = None,
        limit: int | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        text_keywords: builtins.list[str] | None = None,
        skills: builtins.list[str] | None = None,
        tags_included: builtins.list[str] | None = None,
        tags_excluded: builtins.list[str] | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.list[tuple[Job, float]]]:
        """Score jobs against a profile (GET /jobs/scoring).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _JOB_SCORE,
            {
                "board_keys": board_keys,
                "source_key": source_key,
                "profile_key": profile_key,
                "agent_key": agent_key,
                "use_agent": use_agent,
                "page": page,
                "limit": limit,
                "order_by": order_by,
                "text_keywords": text_keywords,
                "skills": skills,
                "tags_included": tags_included,
                "tags_excluded": tags_excluded,
            },
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

    def list(
        self,
        *,
        board_keys: builtins.list[str],
        name: str | None = None,
        key: str | None = None,
        reference: str | None = None,
        return_job: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal[
            "created_at",
            "updated_at",
            "location",
            "location_experience",
            "location_education",
            "searching",
            "scoring",
        ]
        | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        created_at_min: str | None = None,
        created_at_max: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> AsyncPager[Job]:
        """List jobs (GET /storing/jobs).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Iterates over every item, fetching page after page (`.pages()` gives each
        page with its `meta`); `with_raw_response` answers one page."""
        return AsyncPager(
            self._send,
            _JOB_LIST,
            {
                "board_keys": board_keys,
                "name": name,
                "key": key,
                "reference": reference,
                "return_job": return_job,
                "page": page,
                "limit": limit,
                "sort_by": sort_by,
                "order_by": order_by,
                "created_at_min": created_at_min,
                "created_at_max": created_at_max,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def archive(
        self,
        *,
        board_key: str,
        key: str | None = None,
        reference: str | None = None,
        archived: bool = True,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> builtins.dict[str, Any]:
        """Archive or restore a job (PATCH /job/indexing/archive).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return (
            await self._send(
                _JOB_ARCHIVE,
                {
                    "board_key": board_key,
                    "key": key,
                    "reference": reference,
                    "is_archive": archived,
                },
                Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            )
        ).data

    def search(
        self,
        *,
        board_keys: builtins.list[str],
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal[
            "created_at",
            "updated_at",
            "location",
            "location_experience",
            "location_education",
            "searching",
            "scoring",
        ]
        | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        text_keywords: builtins.list[str] | None = None,
        names: builtins.list[str] | None = None,
        skills: builtins.list[str] | None = None,
        languages: builtins.list[str] | None = None,
        tags_included: builtins.list[str] | None = None,
        tags_excluded: builtins.list[str] | None = None,
        created_at_min: str | None = None,
        created_at_max: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> AsyncPager[Job]:
        """Search jobs (GET /jobs/searching).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Iterates over every item, fetching page after page (`.pages()` gives each
        page with its `meta`); `with_raw_response` answers one page."""
        return AsyncPager(
            self._send,
            _JOB_SEARCH,
            {
                "board_keys": board_keys,
                "page": page,
                "limit": limit,
                "sort_by": sort_by,
                "order_by": order_by,
                "text_keywords": text_keywords,
                "names": names,
                "skills": skills,
                "languages": languages,
                "tags_included": tags_included,
                "tags_excluded": tags_excluded,
                "created_at_min": created_at_min,
                "created_at_max": created_at_max,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def score(
        self,
        *,
        board_keys: builtins.list[str],
        source_key: str,
        profile_key: str,
        agent_key: str | None = None,
        use_agent: Literal[0, 1] | None = None,
        page: int | None = None,
        limit: int | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        text_keywords: builtins.list[str] | None = None,
        skills: builtins.list[str] | None = None,
        tags_included: builtins.list[str] | None = None,
        tags_excluded: builtins.list[str] | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> AsyncPager[tuple[Job, float]]:
        """Score jobs against a profile (GET /jobs/scoring).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Iterates over every item, fetching page after page (`.pages()` gives each
        page with its `meta`); `with_raw_response` answers one page."""
        return AsyncPager(
            self._send,
            _JOB_SCORE,
            {
                "board_keys": board_keys,
                "source_key": source_key,
                "profile_key": profile_key,
                "agent_key": agent_key,
                "use_agent": use_agent,
                "page": page,
                "limit": limit,
                "order_by": order_by,
                "text_keywords": text_keywords,
                "skills": skills,
                "tags_included": tags_included,
                "tags_excluded": tags_excluded,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def bulk_upsert(self, *, board_key: str, jobs: Items, **options: Any) -> Summary:
        """Index every job of `jobs` exactly once by its reference, resumably.

        The bulk engine (`hrflow_client.bulk`: journal, bounded concurrency, adaptive
        rate, dead letters, `archive_missing`); `options` are its keyword arguments.
        """
        from .bulk import abulk_upsert

        client = getattr(self._send, "__self__")  # the HrFlow / AsyncHrFlow sending the calls
        return await abulk_upsert(client, "job", items=jobs, board_key=board_key, **options)


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

    async def list(
        self,
        *,
        board_keys: builtins.list[str],
        name: str | None = None,
        key: str | None = None,
        reference: str | None = None,
        return_job: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal[
            "created_at",
            "updated_at",
            "location",
            "location_experience",
            "location_education",
            "searching",
            "scoring",
        ]
        | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        created_at_min: str | None = None,
        created_at_max: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.list[Job]]:
        """List jobs (GET /storing/jobs).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return await self._send(
            _JOB_LIST,
            {
                "board_keys": board_keys,
                "name": name,
                "key": key,
                "reference": reference,
                "return_job": return_job,
                "page": page,
                "limit": limit,
                "sort_by": sort_by,
                "order_by": order_by,
                "created_at_min": created_at_min,
                "created_at_max": created_at_max,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def archive(
        self,
        *,
        board_key: str,
        key: str | None = None,
        reference: str | None = None,
        archived: bool = True,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.dict[str, Any]]:
        """Archive or restore a job (PATCH /job/indexing/archive).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return await self._send(
            _JOB_ARCHIVE,
            {"board_key": board_key, "key": key, "reference": reference, "is_archive": archived},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def search(
        self,
        *,
        board_keys: builtins.list[str],
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal[
            "created_at",
            "updated_at",
            "location",
            "location_experience",
            "location_education",
            "searching",
            "scoring",
        ]
        | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        text_keywords: builtins.list[str] | None = None,
        names: builtins.list[str] | None = None,
        skills: builtins.list[str] | None = None,
        languages: builtins.list[str] | None = None,
        tags_included: builtins.list[str] | None = None,
        tags_excluded: builtins.list[str] | None = None,
        created_at_min: str | None = None,
        created_at_max: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.list[Job]]:
        """Search jobs (GET /jobs/searching).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return await self._send(
            _JOB_SEARCH,
            {
                "board_keys": board_keys,
                "page": page,
                "limit": limit,
                "sort_by": sort_by,
                "order_by": order_by,
                "text_keywords": text_keywords,
                "names": names,
                "skills": skills,
                "languages": languages,
                "tags_included": tags_included,
                "tags_excluded": tags_excluded,
                "created_at_min": created_at_min,
                "created_at_max": created_at_max,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def score(
        self,
        *,
        board_keys: builtins.list[str],
        source_key: str,
        profile_key: str,
        agent_key: str | None = None,
        use_agent: Literal[0, 1] | None = None,
        page: int | None = None,
        limit: int | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        text_keywords: builtins.list[str] | None = None,
        skills: builtins.list[str] | None = None,
        tags_included: builtins.list[str] | None = None,
        tags_excluded: builtins.list[str] | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.list[tuple[Job, float]]]:
        """Score jobs against a profile (GET /jobs/scoring).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return await self._send(
            _JOB_SCORE,
            {
                "board_keys": board_keys,
                "source_key": source_key,
                "profile_key": profile_key,
                "agent_key": agent_key,
                "use_agent": use_agent,
                "page": page,
                "limit": limit,
                "order_by": order_by,
                "text_keywords": text_keywords,
                "skills": skills,
                "tags_included": tags_included,
                "tags_excluded": tags_excluded,
            },
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

    def list(
        self,
        *,
        source_keys: builtins.list[str],
        name: str | None = None,
        key: str | None = None,
        reference: str | None = None,
        return_profile: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal[
            "created_at",
            "updated_at",
            "location",
            "location_experience",
            "location_education",
            "searching",
            "scoring",
        ]
        | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        created_at_min: str | None = None,
        created_at_max: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Pager[Profile]:
        """List profiles (GET /storing/profiles).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Iterates over every item, fetching page after page (`.pages()` gives each
        page with its `meta`); `with_raw_response` answers one page."""
        return Pager(
            self._send,
            _PROFILE_LIST,
            {
                "source_keys": source_keys,
                "name": name,
                "key": key,
                "reference": reference,
                "return_profile": return_profile,
                "page": page,
                "limit": limit,
                "sort_by": sort_by,
                "order_by": order_by,
                "created_at_min": created_at_min,
                "created_at_max": created_at_max,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def archive(
        self,
        *,
        source_key: str,
        key: str | None = None,
        reference: str | None = None,
        email: str | None = None,
        archived: bool = True,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> builtins.dict[str, Any]:
        """Archive or restore a profile (PATCH /profile/indexing/archive).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _PROFILE_ARCHIVE,
            {
                "source_key": source_key,
                "key": key,
                "reference": reference,
                "profile_email": email,
                "is_archive": archived,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).data

    def parse(
        self,
        *,
        source_key: str,
        file: FileInput,
        key: str | None = None,
        reference: str | None = None,
        profile_content_type: str | None = None,
        created_at: str | None = None,
        labels: builtins.list[builtins.dict[str, Any]] | None = None,
        tags: builtins.list[builtins.dict[str, Any]] | None = None,
        metadatas: builtins.list[builtins.dict[str, Any]] | None = None,
        sync_parsing: bool | None = None,
        sync_parsing_indexing: bool | None = None,
        webhook_parsing_sending: bool | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> builtins.dict[str, Any] | builtins.list[Any]:
        """Parse a resume file into a profile (POST /profile/parsing/file).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Not retried once the request may have reached the service (a retry could
        write twice) unless the client was built with `retry_creates=True`."""
        return self._send(
            _PROFILE_PARSE,
            {
                "source_key": source_key,
                "file": file,
                "key": key,
                "reference": reference,
                "profile_content_type": profile_content_type,
                "created_at": created_at,
                "labels": labels,
                "tags": tags,
                "metadatas": metadatas,
                "sync_parsing": sync_parsing,
                "sync_parsing_indexing": sync_parsing_indexing,
                "webhook_parsing_sending": webhook_parsing_sending,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).data

    def get_parsing(
        self,
        *,
        source_key: str,
        key: str | None = None,
        reference: str | None = None,
        profile_email: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Parsing:
        """Get a profile's parsing (GET /profile/parsing).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _PROFILE_GET_PARSING,
            {
                "source_key": source_key,
                "key": key,
                "reference": reference,
                "profile_email": profile_email,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).data

    def attachments(
        self,
        *,
        source_key: str,
        key: str | None = None,
        reference: str | None = None,
        profile_email: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> builtins.list[Attachment]:
        """List a profile's attachments (GET /profile/indexing/attachments).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _PROFILE_ATTACHMENTS,
            {
                "source_key": source_key,
                "key": key,
                "reference": reference,
                "profile_email": profile_email,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).data

    def search(
        self,
        *,
        source_keys: builtins.list[str],
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal[
            "created_at",
            "updated_at",
            "location",
            "location_experience",
            "location_education",
            "searching",
            "scoring",
        ]
        | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        stage: Literal["new", "yes", "later", "no"] | None = None,
        text_keywords: builtins.list[str] | None = None,
        skills: builtins.list[str] | None = None,
        languages: builtins.list[str] | None = None,
        interests: builtins.list[str] | None = None,
        tags_included: builtins.list[str] | None = None,
        tags_excluded: builtins.list[str] | None = None,
        created_at_min: str | None = None,
        created_at_max: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Pager[Profile]:
        """Search profiles (GET /profiles/searching).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Iterates over every item, fetching page after page (`.pages()` gives each
        page with its `meta`); `with_raw_response` answers one page."""
        return Pager(
            self._send,
            _PROFILE_SEARCH,
            {
                "source_keys": source_keys,
                "page": page,
                "limit": limit,
                "sort_by": sort_by,
                "order_by": order_by,
                "stage": stage,
                "text_keywords": text_keywords,
                "skills": skills,
                "languages": languages,
                "interests": interests,
                "tags_included": tags_included,
                "tags_excluded": tags_excluded,
                "created_at_min": created_at_min,
                "created_at_max": created_at_max,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def score(
        self,
        *,
        source_keys: builtins.list[str],
        board_key: str,
        job_key: str,
        agent_key: str | None = None,
        use_agent: Literal[0, 1] | None = None,
        page: int | None = None,
        limit: int | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        stage: Literal["new", "yes", "later", "no"] | None = None,
        text_keywords: builtins.list[str] | None = None,
        skills: builtins.list[str] | None = None,
        tags_included: builtins.list[str] | None = None,
        tags_excluded: builtins.list[str] | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Pager[tuple[Profile, float]]:
        """Score profiles against a job (GET /profiles/scoring).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Iterates over every item, fetching page after page (`.pages()` gives each
        page with its `meta`); `with_raw_response` answers one page."""
        return Pager(
            self._send,
            _PROFILE_SCORE,
            {
                "source_keys": source_keys,
                "board_key": board_key,
                "job_key": job_key,
                "agent_key": agent_key,
                "use_agent": use_agent,
                "page": page,
                "limit": limit,
                "order_by": order_by,
                "stage": stage,
                "text_keywords": text_keywords,
                "skills": skills,
                "tags_included": tags_included,
                "tags_excluded": tags_excluded,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def bulk_upsert(self, *, source_key: str, profiles: Items, **options: Any) -> Summary:
        """Index every profile of `profiles` exactly once by its reference, resumably.

        The bulk engine (`hrflow_client.bulk`: journal, bounded concurrency, adaptive
        rate, dead letters, `archive_missing`); `options` are its keyword arguments.
        """
        from .bulk import bulk_upsert

        client = getattr(self._send, "__self__")  # the HrFlow / AsyncHrFlow sending the calls
        return bulk_upsert(client, "profile", items=profiles, source_key=source_key, **options)


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

    def list(
        self,
        *,
        source_keys: builtins.list[str],
        name: str | None = None,
        key: str | None = None,
        reference: str | None = None,
        return_profile: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal[
            "created_at",
            "updated_at",
            "location",
            "location_experience",
            "location_education",
            "searching",
            "scoring",
        ]
        | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        created_at_min: str | None = None,
        created_at_max: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.list[Profile]]:
        """List profiles (GET /storing/profiles).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _PROFILE_LIST,
            {
                "source_keys": source_keys,
                "name": name,
                "key": key,
                "reference": reference,
                "return_profile": return_profile,
                "page": page,
                "limit": limit,
                "sort_by": sort_by,
                "order_by": order_by,
                "created_at_min": created_at_min,
                "created_at_max": created_at_max,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def archive(
        self,
        *,
        source_key: str,
        key: str | None = None,
        reference: str | None = None,
        email: str | None = None,
        archived: bool = True,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.dict[str, Any]]:
        """Archive or restore a profile (PATCH /profile/indexing/archive).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _PROFILE_ARCHIVE,
            {
                "source_key": source_key,
                "key": key,
                "reference": reference,
                "profile_email": email,
                "is_archive": archived,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def parse(
        self,
        *,
        source_key: str,
        file: FileInput,
        key: str | None = None,
        reference: str | None = None,
        profile_content_type: str | None = None,
        created_at: str | None = None,
        labels: builtins.list[builtins.dict[str, Any]] | None = None,
        tags: builtins.list[builtins.dict[str, Any]] | None = None,
        metadatas: builtins.list[builtins.dict[str, Any]] | None = None,
        sync_parsing: bool | None = None,
        sync_parsing_indexing: bool | None = None,
        webhook_parsing_sending: bool | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.dict[str, Any] | builtins.list[Any]]:
        """Parse a resume file into a profile (POST /profile/parsing/file).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Not retried once the request may have reached the service (a retry could
        write twice) unless the client was built with `retry_creates=True`."""
        return self._send(
            _PROFILE_PARSE,
            {
                "source_key": source_key,
                "file": file,
                "key": key,
                "reference": reference,
                "profile_content_type": profile_content_type,
                "created_at": created_at,
                "labels": labels,
                "tags": tags,
                "metadatas": metadatas,
                "sync_parsing": sync_parsing,
                "sync_parsing_indexing": sync_parsing_indexing,
                "webhook_parsing_sending": webhook_parsing_sending,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get_parsing(
        self,
        *,
        source_key: str,
        key: str | None = None,
        reference: str | None = None,
        profile_email: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[Parsing]:
        """Get a profile's parsing (GET /profile/parsing).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _PROFILE_GET_PARSING,
            {
                "source_key": source_key,
                "key": key,
                "reference": reference,
                "profile_email": profile_email,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def attachments(
        self,
        *,
        source_key: str,
        key: str | None = None,
        reference: str | None = None,
        profile_email: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.list[Attachment]]:
        """List a profile's attachments (GET /profile/indexing/attachments).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _PROFILE_ATTACHMENTS,
            {
                "source_key": source_key,
                "key": key,
                "reference": reference,
                "profile_email": profile_email,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def search(
        self,
        *,
        source_keys: builtins.list[str],
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal[
            "created_at",
            "updated_at",
            "location",
            "location_experience",
            "location_education",
            "searching",
            "scoring",
        ]
        | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        stage: Literal["new", "yes", "later", "no"] | None = None,
        text_keywords: builtins.list[str] | None = None,
        skills: builtins.list[str] | None = None,
        languages: builtins.list[str] | None = None,
        interests: builtins.list[str] | None = None,
        tags_included: builtins.list[str] | None = None,
        tags_excluded: builtins.list[str] | None = None,
        created_at_min: str | None = None,
        created_at_max: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.list[Profile]]:
        """Search profiles (GET /profiles/searching).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _PROFILE_SEARCH,
            {
                "source_keys": source_keys,
                "page": page,
                "limit": limit,
                "sort_by": sort_by,
                "order_by": order_by,
                "stage": stage,
                "text_keywords": text_keywords,
                "skills": skills,
                "languages": languages,
                "interests": interests,
                "tags_included": tags_included,
                "tags_excluded": tags_excluded,
                "created_at_min": created_at_min,
                "created_at_max": created_at_max,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def score(
        self,
        *,
        source_keys: builtins.list[str],
        board_key: str,
        job_key: str,
        agent_key: str | None = None,
        use_agent: Literal[0, 1] | None = None,
        page: int | None = None,
        limit: int | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        stage: Literal["new", "yes", "later", "no"] | None = None,
        text_keywords: builtins.list[str] | None = None,
        skills: builtins.list[str] | None = None,
        tags_included: builtins.list[str] | None = None,
        tags_excluded: builtins.list[str] | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.list[tuple[Profile, float]]]:
        """Score profiles against a job (GET /profiles/scoring).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _PROFILE_SCORE,
            {
                "source_keys": source_keys,
                "board_key": board_key,
                "job_key": job_key,
                "agent_key": agent_key,
                "use_agent": use_agent,
                "page": page,
                "limit": limit,
                "order_by": order_by,
                "stage": stage,
                "text_keywords": text_keywords,
                "skills": skills,
                "tags_included": tags_included,
                "tags_excluded": tags_excluded,
            },
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

    def list(
        self,
        *,
        source_keys: builtins.list[str],
        name: str | None = None,
        key: str | None = None,
        reference: str | None = None,
        return_profile: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal[
            "created_at",
            "updated_at",
            "location",
            "location_experience",
            "location_education",
            "searching",
            "scoring",
        ]
        | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        created_at_min: str | None = None,
        created_at_max: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> AsyncPager[Profile]:
        """List profiles (GET /storing/profiles).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Iterates over every item, fetching page after page (`.pages()` gives each
        page with its `meta`); `with_raw_response` answers one page."""
        return AsyncPager(
            self._send,
            _PROFILE_LIST,
            {
                "source_keys": source_keys,
                "name": name,
                "key": key,
                "reference": reference,
                "return_profile": return_profile,
                "page": page,
                "limit": limit,
                "sort_by": sort_by,
                "order_by": order_by,
                "created_at_min": created_at_min,
                "created_at_max": created_at_max,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def archive(
        self,
        *,
        source_key: str,
        key: str | None = None,
        reference: str | None = None,
        email: str | None = None,
        archived: bool = True,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> builtins.dict[str, Any]:
        """Archive or restore a profile (PATCH /profile/indexing/archive).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return (
            await self._send(
                _PROFILE_ARCHIVE,
                {
                    "source_key": source_key,
                    "key": key,
                    "reference": reference,
                    "profile_email": email,
                    "is_archive": archived,
                },
                Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            )
        ).data

    async def parse(
        self,
        *,
        source_key: str,
        file: FileInput,
        key: str | None = None,
        reference: str | None = None,
        profile_content_type: str | None = None,
        created_at: str | None = None,
        labels: builtins.list[builtins.dict[str, Any]] | None = None,
        tags: builtins.list[builtins.dict[str, Any]] | None = None,
        metadatas: builtins.list[builtins.dict[str, Any]] | None = None,
        sync_parsing: bool | None = None,
        sync_parsing_indexing: bool | None = None,
        webhook_parsing_sending: bool | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> builtins.dict[str, Any] | builtins.list[Any]:
        """Parse a resume file into a profile (POST /profile/parsing/file).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Not retried once the request may have reached the service (a retry could
        write twice) unless the client was built with `retry_creates=True`."""
        return (
            await self._send(
                _PROFILE_PARSE,
                {
                    "source_key": source_key,
                    "file": file,
                    "key": key,
                    "reference": reference,
                    "profile_content_type": profile_content_type,
                    "created_at": created_at,
                    "labels": labels,
                    "tags": tags,
                    "metadatas": metadatas,
                    "sync_parsing": sync_parsing,
                    "sync_parsing_indexing": sync_parsing_indexing,
                    "webhook_parsing_sending": webhook_parsing_sending,
                },
                Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            )
        ).data

    async def get_parsing(
        self,
        *,
        source_key: str,
        key: str | None = None,
        reference: str | None = None,
        profile_email: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Parsing:
        """Get a profile's parsing (GET /profile/parsing).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return (
            await self._send(
                _PROFILE_GET_PARSING,
                {
                    "source_key": source_key,
                    "key": key,
                    "reference": reference,
                    "profile_email": profile_email,
                },
                Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            )
        ).data

    async def attachments(
        self,
        *,
        source_key: str,
        key: str | None = None,
        reference: str | None = None,
        profile_email: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> builtins.list[Attachment]:
        """List a profile's attachments (GET /profile/indexing/attachments).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return (
            await self._send(
                _PROFILE_ATTACHMENTS,
                {
                    "source_key": source_key,
                    "key": key,
                    "reference": reference,
                    "profile_email": profile_email,
                },
                Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            )
        ).data

    def search(
        self,
        *,
        source_keys: builtins.list[str],
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal[
            "created_at",
            "updated_at",
            "location",
            "location_experience",
            "location_education",
            "searching",
            "scoring",
        ]
        | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        stage: Literal["new", "yes", "later", "no"] | None = None,
        text_keywords: builtins.list[str] | None = None,
        skills: builtins.list[str] | None = None,
        languages: builtins.list[str] | None = None,
        interests: builtins.list[str] | None = None,
        tags_included: builtins.list[str] | None = None,
        tags_excluded: builtins.list[str] | None = None,
        created_at_min: str | None = None,
        created_at_max: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> AsyncPager[Profile]:
        """Search profiles (GET /profiles/searching).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Iterates over every item, fetching page after page (`.pages()` gives each
        page with its `meta`); `with_raw_response` answers one page."""
        return AsyncPager(
            self._send,
            _PROFILE_SEARCH,
            {
                "source_keys": source_keys,
                "page": page,
                "limit": limit,
                "sort_by": sort_by,
                "order_by": order_by,
                "stage": stage,
                "text_keywords": text_keywords,
                "skills": skills,
                "languages": languages,
                "interests": interests,
                "tags_included": tags_included,
                "tags_excluded": tags_excluded,
                "created_at_min": created_at_min,
                "created_at_max": created_at_max,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def score(
        self,
        *,
        source_keys: builtins.list[str],
        board_key: str,
        job_key: str,
        agent_key: str | None = None,
        use_agent: Literal[0, 1] | None = None,
        page: int | None = None,
        limit: int | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        stage: Literal["new", "yes", "later", "no"] | None = None,
        text_keywords: builtins.list[str] | None = None,
        skills: builtins.list[str] | None = None,
        tags_included: builtins.list[str] | None = None,
        tags_excluded: builtins.list[str] | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> AsyncPager[tuple[Profile, float]]:
        """Score profiles against a job (GET /profiles/scoring).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Iterates over every item, fetching page after page (`.pages()` gives each
        page with its `meta`); `with_raw_response` answers one page."""
        return AsyncPager(
            self._send,
            _PROFILE_SCORE,
            {
                "source_keys": source_keys,
                "board_key": board_key,
                "job_key": job_key,
                "agent_key": agent_key,
                "use_agent": use_agent,
                "page": page,
                "limit": limit,
                "order_by": order_by,
                "stage": stage,
                "text_keywords": text_keywords,
                "skills": skills,
                "tags_included": tags_included,
                "tags_excluded": tags_excluded,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def bulk_upsert(self, *, source_key: str, profiles: Items, **options: Any) -> Summary:
        """Index every profile of `profiles` exactly once by its reference, resumably.

        The bulk engine (`hrflow_client.bulk`: journal, bounded concurrency, adaptive
        rate, dead letters, `archive_missing`); `options` are its keyword arguments.
        """
        from .bulk import abulk_upsert

        client = getattr(self._send, "__self__")  # the HrFlow / AsyncHrFlow sending the calls
        return await abulk_upsert(
            client, "profile", items=profiles, source_key=source_key, **options
        )


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

    async def list(
        self,
        *,
        source_keys: builtins.list[str],
        name: str | None = None,
        key: str | None = None,
        reference: str | None = None,
        return_profile: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal[
            "created_at",
            "updated_at",
            "location",
            "location_experience",
            "location_education",
            "searching",
            "scoring",
        ]
        | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        created_at_min: str | None = None,
        created_at_max: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.list[Profile]]:
        """List profiles (GET /storing/profiles).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return await self._send(
            _PROFILE_LIST,
            {
                "source_keys": source_keys,
                "name": name,
                "key": key,
                "reference": reference,
                "return_profile": return_profile,
                "page": page,
                "limit": limit,
                "sort_by": sort_by,
                "order_by": order_by,
                "created_at_min": created_at_min,
                "created_at_max": created_at_max,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def archive(
        self,
        *,
        source_key: str,
        key: str | None = None,
        reference: str | None = None,
        email: str | None = None,
        archived: bool = True,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.dict[str, Any]]:
        """Archive or restore a profile (PATCH /profile/indexing/archive).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return await self._send(
            _PROFILE_ARCHIVE,
            {
                "source_key": source_key,
                "key": key,
                "reference": reference,
                "profile_email": email,
                "is_archive": archived,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def parse(
        self,
        *,
        source_key: str,
        file: FileInput,
        key: str | None = None,
        reference: str | None = None,
        profile_content_type: str | None = None,
        created_at: str | None = None,
        labels: builtins.list[builtins.dict[str, Any]] | None = None,
        tags: builtins.list[builtins.dict[str, Any]] | None = None,
        metadatas: builtins.list[builtins.dict[str, Any]] | None = None,
        sync_parsing: bool | None = None,
        sync_parsing_indexing: bool | None = None,
        webhook_parsing_sending: bool | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.dict[str, Any] | builtins.list[Any]]:
        """Parse a resume file into a profile (POST /profile/parsing/file).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Not retried once the request may have reached the service (a retry could
        write twice) unless the client was built with `retry_creates=True`."""
        return await self._send(
            _PROFILE_PARSE,
            {
                "source_key": source_key,
                "file": file,
                "key": key,
                "reference": reference,
                "profile_content_type": profile_content_type,
                "created_at": created_at,
                "labels": labels,
                "tags": tags,
                "metadatas": metadatas,
                "sync_parsing": sync_parsing,
                "sync_parsing_indexing": sync_parsing_indexing,
                "webhook_parsing_sending": webhook_parsing_sending,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get_parsing(
        self,
        *,
        source_key: str,
        key: str | None = None,
        reference: str | None = None,
        profile_email: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[Parsing]:
        """Get a profile's parsing (GET /profile/parsing).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return await self._send(
            _PROFILE_GET_PARSING,
            {
                "source_key": source_key,
                "key": key,
                "reference": reference,
                "profile_email": profile_email,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def attachments(
        self,
        *,
        source_key: str,
        key: str | None = None,
        reference: str | None = None,
        profile_email: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.list[Attachment]]:
        """List a profile's attachments (GET /profile/indexing/attachments).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return await self._send(
            _PROFILE_ATTACHMENTS,
            {
                "source_key": source_key,
                "key": key,
                "reference": reference,
                "profile_email": profile_email,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def search(
        self,
        *,
        source_keys: builtins.list[str],
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal[
            "created_at",
            "updated_at",
            "location",
            "location_experience",
            "location_education",
            "searching",
            "scoring",
        ]
        | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        stage: Literal["new", "yes", "later", "no"] | None = None,
        text_keywords: builtins.list[str] | None = None,
        skills: builtins.list[str] | None = None,
        languages: builtins.list[str] | None = None,
        interests: builtins.list[str] | None = None,
        tags_included: builtins.list[str] | None = None,
        tags_excluded: builtins.list[str] | None = None,
        created_at_min: str | None = None,
        created_at_max: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.list[Profile]]:
        """Search profiles (GET /profiles/searching).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return await self._send(
            _PROFILE_SEARCH,
            {
                "source_keys": source_keys,
                "page": page,
                "limit": limit,
                "sort_by": sort_by,
                "order_by": order_by,
                "stage": stage,
                "text_keywords": text_keywords,
                "skills": skills,
                "languages": languages,
                "interests": interests,
                "tags_included": tags_included,
                "tags_excluded": tags_excluded,
                "created_at_min": created_at_min,
                "created_at_max": created_at_max,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def score(
        self,
        *,
        source_keys: builtins.list[str],
        board_key: str,
        job_key: str,
        agent_key: str | None = None,
        use_agent: Literal[0, 1] | None = None,
        page: int | None = None,
        limit: int | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        stage: Literal["new", "yes", "later", "no"] | None = None,
        text_keywords: builtins.list[str] | None = None,
        skills: builtins.list[str] | None = None,
        tags_included: builtins.list[str] | None = None,
        tags_excluded: builtins.list[str] | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.list[tuple[Profile, float]]]:
        """Score profiles against a job (GET /profiles/scoring).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return await self._send(
            _PROFILE_SCORE,
            {
                "source_keys": source_keys,
                "board_key": board_key,
                "job_key": job_key,
                "agent_key": agent_key,
                "use_agent": use_agent,
                "page": page,
                "limit": limit,
                "order_by": order_by,
                "stage": stage,
                "text_keywords": text_keywords,
                "skills": skills,
                "tags_included": tags_included,
                "tags_excluded": tags_excluded,
            },
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class BoardResource:
    """`client.board`: the typed `data` of every call."""

    def __init__(self, send: Send) -> None:
        self._send = send
        self.with_raw_response = BoardRawResource(send)

    def list(
        self,
        *,
        name: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal["date", "name"] | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Pager[Namespace]:
        """List boards (GET /boards).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Iterates over every item, fetching page after page (`.pages()` gives each
        page with its `meta`); `with_raw_response` answers one page."""
        return Pager(
            self._send,
            _BOARD_LIST,
            {"name": name, "page": page, "limit": limit, "sort_by": sort_by, "order_by": order_by},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        *,
        key: str,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Namespace:
        """Get a board (GET /board).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _BOARD_GET,
            {"key": key},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).data


class BoardRawResource:
    """`client.board`: the `RawResponse` of every call."""

    def __init__(self, send: Send) -> None:
        self._send = send

    def list(
        self,
        *,
        name: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal["date", "name"] | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.list[Namespace]]:
        """List boards (GET /boards).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _BOARD_LIST,
            {"name": name, "page": page, "limit": limit, "sort_by": sort_by, "order_by": order_by},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        *,
        key: str,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[Namespace]:
        """Get a board (GET /board).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _BOARD_GET,
            {"key": key},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncBoardResource:
    """`client.board` (async): the typed `data` of every call."""

    def __init__(self, send: AsyncSend) -> None:
        self._send = send
        self.with_raw_response = AsyncBoardRawResource(send)

    def list(
        self,
        *,
        name: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal["date", "name"] | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> AsyncPager[Namespace]:
        """List boards (GET /boards).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Iterates over every item, fetching page after page (`.pages()` gives each
        page with its `meta`); `with_raw_response` answers one page."""
        return AsyncPager(
            self._send,
            _BOARD_LIST,
            {"name": name, "page": page, "limit": limit, "sort_by": sort_by, "order_by": order_by},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        *,
        key: str,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Namespace:
        """Get a board (GET /board).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return (
            await self._send(
                _BOARD_GET,
                {"key": key},
                Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            )
        ).data


class AsyncBoardRawResource:
    """`client.board` (async): the `RawResponse` of every call."""

    def __init__(self, send: AsyncSend) -> None:
        self._send = send

    async def list(
        self,
        *,
        name: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal["date", "name"] | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.list[Namespace]]:
        """List boards (GET /boards).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return await self._send(
            _BOARD_LIST,
            {"name": name, "page": page, "limit": limit, "sort_by": sort_by, "order_by": order_by},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        *,
        key: str,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[Namespace]:
        """Get a board (GET /board).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return await self._send(
            _BOARD_GET,
            {"key": key},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class SourceResource:
    """`client.source`: the typed `data` of every call."""

    def __init__(self, send: Send) -> None:
        self._send = send
        self.with_raw_response = SourceRawResource(send)

    def list(
        self,
        *,
        name: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal["date", "name"] | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Pager[Source]:
        """List sources (GET /sources).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Iterates over every item, fetching page after page (`.pages()` gives each
        page with its `meta`); `with_raw_response` answers one page."""
        return Pager(
            self._send,
            _SOURCE_LIST,
            {"name": name, "page": page, "limit": limit, "sort_by": sort_by, "order_by": order_by},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        *,
        key: str,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Source:
        """Get a source (GET /source).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _SOURCE_GET,
            {"key": key},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).data


class SourceRawResource:
    """`client.source`: the `RawResponse` of every call."""

    def __init__(self, send: Send) -> None:
        self._send = send

    def list(
        self,
        *,
        name: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal["date", "name"] | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.list[Source]]:
        """List sources (GET /sources).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _SOURCE_LIST,
            {"name": name, "page": page, "limit": limit, "sort_by": sort_by, "order_by": order_by},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        *,
        key: str,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[Source]:
        """Get a source (GET /source).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _SOURCE_GET,
            {"key": key},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncSourceResource:
    """`client.source` (async): the typed `data` of every call."""

    def __init__(self, send: AsyncSend) -> None:
        self._send = send
        self.with_raw_response = AsyncSourceRawResource(send)

    def list(
        self,
        *,
        name: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal["date", "name"] | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> AsyncPager[Source]:
        """List sources (GET /sources).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Iterates over every item, fetching page after page (`.pages()` gives each
        page with its `meta`); `with_raw_response` answers one page."""
        return AsyncPager(
            self._send,
            _SOURCE_LIST,
            {"name": name, "page": page, "limit": limit, "sort_by": sort_by, "order_by": order_by},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        *,
        key: str,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> Source:
        """Get a source (GET /source).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return (
            await self._send(
                _SOURCE_GET,
                {"key": key},
                Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            )
        ).data


class AsyncSourceRawResource:
    """`client.source` (async): the `RawResponse` of every call."""

    def __init__(self, send: AsyncSend) -> None:
        self._send = send

    async def list(
        self,
        *,
        name: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        sort_by: Literal["date", "name"] | None = None,
        order_by: Literal["desc", "asc"] | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.list[Source]]:
        """List sources (GET /sources).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return await self._send(
            _SOURCE_LIST,
            {"name": name, "page": page, "limit": limit, "sort_by": sort_by, "order_by": order_by},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        *,
        key: str,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[Source]:
        """Get a source (GET /source).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return await self._send(
            _SOURCE_GET,
            {"key": key},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AuthResource:
    """`client.auth`: the typed `data` of every call."""

    def __init__(self, send: Send) -> None:
        self._send = send
        self.with_raw_response = AuthRawResource(send)

    def check(
        self,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> builtins.dict[str, Any]:
        """Check the credentials (GET /auth).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _AUTH_CHECK,
            {},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).data


class AuthRawResource:
    """`client.auth`: the `RawResponse` of every call."""

    def __init__(self, send: Send) -> None:
        self._send = send

    def check(
        self,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.dict[str, Any]]:
        """Check the credentials (GET /auth).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return self._send(
            _AUTH_CHECK,
            {},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncAuthResource:
    """`client.auth` (async): the typed `data` of every call."""

    def __init__(self, send: AsyncSend) -> None:
        self._send = send
        self.with_raw_response = AsyncAuthRawResource(send)

    async def check(
        self,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> builtins.dict[str, Any]:
        """Check the credentials (GET /auth).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return (
            await self._send(
                _AUTH_CHECK,
                {},
                Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            )
        ).data


class AsyncAuthRawResource:
    """`client.auth` (async): the `RawResponse` of every call."""

    def __init__(self, send: AsyncSend) -> None:
        self._send = send

    async def check(
        self,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.dict[str, Any]]:
        """Check the credentials (GET /auth).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret."""
        return await self._send(
            _AUTH_CHECK,
            {},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class WebhookResource:
    """`client.webhook`: the typed `data` of every call."""

    def __init__(self, send: Send) -> None:
        self._send = send
        self.with_raw_response = WebhookRawResource(send)

    def check(
        self,
        *,
        url: str,
        type: WebhookEventType
        | Literal[
            "profile.parse.success",
            "profile.parse.error",
            "profile.score.success",
            "profile.score.error",
            "job.train.success",
            "job.train.error",
            "job.train.start",
            "job.score.success",
            "job.score.error",
            "job.score.start",
            "action.stage.success",
            "action.stage.error",
            "action.rating.success",
            "action.rating.error",
        ],
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> builtins.dict[str, Any]:
        """Check a webhook (POST /webhook/check).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Not retried once the request may have reached the service (a retry could
        write twice) unless the client was built with `retry_creates=True`."""
        return self._send(
            _WEBHOOK_CHECK,
            {"url": url, "type": type},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).data


class WebhookRawResource:
    """`client.webhook`: the `RawResponse` of every call."""

    def __init__(self, send: Send) -> None:
        self._send = send

    def check(
        self,
        *,
        url: str,
        type: WebhookEventType
        | Literal[
            "profile.parse.success",
            "profile.parse.error",
            "profile.score.success",
            "profile.score.error",
            "job.train.success",
            "job.train.error",
            "job.train.start",
            "job.score.success",
            "job.score.error",
            "job.score.start",
            "action.stage.success",
            "action.stage.error",
            "action.rating.success",
            "action.rating.error",
        ],
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.dict[str, Any]]:
        """Check a webhook (POST /webhook/check).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Not retried once the request may have reached the service (a retry could
        write twice) unless the client was built with `retry_creates=True`."""
        return self._send(
            _WEBHOOK_CHECK,
            {"url": url, "type": type},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncWebhookResource:
    """`client.webhook` (async): the typed `data` of every call."""

    def __init__(self, send: AsyncSend) -> None:
        self._send = send
        self.with_raw_response = AsyncWebhookRawResource(send)

    async def check(
        self,
        *,
        url: str,
        type: WebhookEventType
        | Literal[
            "profile.parse.success",
            "profile.parse.error",
            "profile.score.success",
            "profile.score.error",
            "job.train.success",
            "job.train.error",
            "job.train.start",
            "job.score.success",
            "job.score.error",
            "job.score.start",
            "action.stage.success",
            "action.stage.error",
            "action.rating.success",
            "action.rating.error",
        ],
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> builtins.dict[str, Any]:
        """Check a webhook (POST /webhook/check).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Not retried once the request may have reached the service (a retry could
        write twice) unless the client was built with `retry_creates=True`."""
        return (
            await self._send(
                _WEBHOOK_CHECK,
                {"url": url, "type": type},
                Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            )
        ).data


class AsyncWebhookRawResource:
    """`client.webhook` (async): the `RawResponse` of every call."""

    def __init__(self, send: AsyncSend) -> None:
        self._send = send

    async def check(
        self,
        *,
        url: str,
        type: WebhookEventType
        | Literal[
            "profile.parse.success",
            "profile.parse.error",
            "profile.score.success",
            "profile.score.error",
            "job.train.success",
            "job.train.error",
            "job.train.start",
            "job.score.success",
            "job.score.error",
            "job.score.start",
            "action.stage.success",
            "action.stage.error",
            "action.rating.success",
            "action.rating.error",
        ],
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
    ) -> RawResponse[builtins.dict[str, Any]]:
        """Check a webhook (POST /webhook/check).

        Handles the service's quirks: body-code-authoritative, unauthorized-echoes-secret.

        Not retried once the request may have reached the service (a retry could
        write twice) unless the client was built with `retry_creates=True`."""
        return await self._send(
            _WEBHOOK_CHECK,
            {"url": url, "type": type},
            Options.of(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class Resources:
    """Every resource of the API, as attributes of `HrFlow`."""

    job: JobResource
    profile: ProfileResource
    board: BoardResource
    source: SourceResource
    auth: AuthResource
    webhook: WebhookResource

    def __init__(self, send: Send) -> None:
        self.job = JobResource(send)
        self.profile = ProfileResource(send)
        self.board = BoardResource(send)
        self.source = SourceResource(send)
        self.auth = AuthResource(send)
        self.webhook = WebhookResource(send)


class AsyncResources:
    """Every resource of the API, as attributes of `AsyncHrFlow`."""

    job: AsyncJobResource
    profile: AsyncProfileResource
    board: AsyncBoardResource
    source: AsyncSourceResource
    auth: AsyncAuthResource
    webhook: AsyncWebhookResource

    def __init__(self, send: AsyncSend) -> None:
        self.job = AsyncJobResource(send)
        self.profile = AsyncProfileResource(send)
        self.board = AsyncBoardResource(send)
        self.source = AsyncSourceResource(send)
        self.auth = AsyncAuthResource(send)
        self.webhook = AsyncWebhookResource(send)
