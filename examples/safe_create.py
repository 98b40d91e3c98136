"""Index a job exactly once, even when the answer to the create is lost.

Give every job a `reference` (unique in its board) and call `job.create` once. The
service refuses a second job with the same reference, so the client retries a create
whose answer was lost (a dropped connection, a timeout, a truncated answer, a 5xx),
and when its outcome is still unknown, or a retry is told "Reference already
exists", it reads the job back by reference and returns it. The job is stored once,
and a call that stored it does not raise. A create without a reference is not retried
once it may have reached the service (unless `retry_creates=True`): nothing would stop
a second copy.

Against the embedded sandbox, the first create is stored and its connection dropped
before the answer (a fault queued through the sandbox's control API).

With HRFLOW_BASE_URL set, runs against that address with HRFLOW_API_KEY and
HRFLOW_USER_EMAIL, else against an embedded sandbox (`examples/_connect.py`):

    .venv/bin/python examples/safe_create.py
"""

from __future__ import annotations

import uuid

from _connect import connect  # examples/_connect.py, next to this script


def main() -> None:
    reference = f"data-engineer-{uuid.uuid4().hex[:8]}"
    with connect("drop-after-write") as client:
        job = client.job.create(
            board_key="my-board",
            job={"name": "Data Engineer", "reference": reference},
        )
        stored = client.job.get(board_key="my-board", reference=reference)
        print(f"indexed job {job.key} with reference {job.reference}")
        print(f"the board holds it once: {stored.key == job.key}")


if __name__ == "__main__":
    main()
