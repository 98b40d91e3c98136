"""Index a job exactly once, even when the answer to the create is lost.

`job.create` is not retried once the request may have reached the service: a
retried create could index the job twice. Give every job a `reference` (unique per
board); when a create fails ambiguously (dropped connection, timeout, 5xx), look it
up by reference before trying again.

    .venv/bin/python examples/safe_create.py
"""

from __future__ import annotations

from typing import Any

from hrflow_client import (
    APIConnectionError,
    BadRequestError,
    HrFlow,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from hrflow_client.models import Job


def create_once(client: HrFlow, board_key: str, job: dict[str, Any], attempts: int = 3) -> Job:
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
    from hrflow_sandbox import sandbox

    with (
        sandbox() as url,
        HrFlow(api_key="sandbox-key", user_email="me@example.com", base_url=url) as client,
    ):
        job = create_once(
            client, "my-board", {"name": "Data Engineer", "reference": "data-engineer-42"}
        )
        print(f"indexed job {job.key} with reference {job.reference}")


if __name__ == "__main__":
    main()
