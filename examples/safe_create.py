"""Index a job exactly once, even when the answer to the create is lost.

`job.create` is not retried once the request may have reached the service: a
retried create could index the job twice. Give every job a `reference` (unique per
board); when a create fails ambiguously (dropped connection, timeout, 5xx), look it
up by reference before trying again.

With HRFLOW_BASE_URL set, runs against that address with HRFLOW_API_KEY and
HRFLOW_USER_EMAIL, else against an embedded sandbox (as examples/quickstart.py does):

    .venv/bin/python examples/safe_create.py
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator

from hrflow_client import (
    APIConnectionError,
    BadRequestError,
    HrFlow,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from hrflow_client.models import Job
from hrflow_client.params import JobWriteParam


@contextlib.contextmanager
def connect() -> Iterator[HrFlow]:
    if os.environ.get("HRFLOW_BASE_URL"):
        with HrFlow() as client:
            yield client
        return
    from hrflow_sandbox import sandbox

    with (
        sandbox() as url,
        HrFlow(api_key="sandbox-key", user_email="me@example.com", base_url=url) as client,
    ):
        yield client


def create_once(client: HrFlow, board_key: str, job: JobWriteParam, attempts: int = 3) -> Job:
    """Create `job` (which must carry a `reference`), recovering from ambiguous failures.

    After a failure that leaves it unknown whether the job was stored, and before
    every new try, the job is looked up by reference; a reference the board already
    holds means an earlier try landed.
    """
    reference = job["reference"]
    ambiguous = (APIConnectionError, InternalServerError, RateLimitError)
    last_error: Exception | None = None
    for _ in range(attempts):
        try:
            return client.job.create(board_key=board_key, job=job)
        except BadRequestError as error:
            if "reference already exists" not in error.message.lower():
                raise
            last_error = error
        except ambiguous as error:
            last_error = error
        try:
            return client.job.get(board_key=board_key, reference=reference)
        except NotFoundError:
            pass
        except ambiguous as error:
            last_error = error
    assert last_error is not None
    raise last_error


def main() -> None:
    reference = f"data-engineer-{uuid.uuid4().hex[:8]}"
    with connect() as client:
        job = create_once(client, "my-board", {"name": "Data Engineer", "reference": reference})
        print(f"indexed job {job.key} with reference {job.reference}")


if __name__ == "__main__":
    main()
