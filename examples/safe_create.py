"""Index a job exactly once, even when the answer to the create is lost.

Give every job a `reference` (unique in its board) and call `job.create` once. The
service refuses a second job with the same reference, so the client retries a create
whose answer was lost (a dropped connection, a timeout, a truncated answer, a 5xx),
and when its outcome is still unknown, or a retry is told "Reference already
exists", it reads the job back by reference and returns it. The job is stored once,
and a call that stored it does not raise. A create without a reference is not retried
once it may have reached the service (unless `retry_creates=True`): nothing would stop
a second copy.

Here the sandbox stores the job, then drops the connection before answering.

    .venv/bin/python examples/safe_create.py
"""

from __future__ import annotations

import httpx

from hrflow_client import HrFlow


def main() -> None:
    from hrflow_sandbox import sandbox

    with (
        sandbox() as url,
        HrFlow(api_key="sandbox-key", user_email="me@example.com", base_url=url) as client,
    ):
        control = url.removesuffix("/v1") + "/__sandbox"
        httpx.post(f"{control}/faults", json={"faults": ["drop-after-write"]}).raise_for_status()

        job = client.job.create(
            board_key="my-board", job={"name": "Data Engineer", "reference": "data-engineer-42"}
        )

        state = httpx.get(f"{control}/state", headers={"Content-Type": "application/json"}).json()
        print(f"indexed job {job.key} with reference {job.reference}")
        print(f"jobs stored in my-board: {len(state['jobs']['my-board'])}")


if __name__ == "__main__":
    main()
