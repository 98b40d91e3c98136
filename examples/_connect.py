"""How the examples connect: to HRFLOW_BASE_URL when it is set, else to an embedded sandbox."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import httpx

from hrflow_client import HrFlow


@contextlib.contextmanager
def connect(*faults: str) -> Iterator[HrFlow]:
    """An `HrFlow` with HRFLOW_* settings, or on an embedded sandbox (needs `hrflow-sandbox`).

    On the sandbox, `faults` (its fault specs, such as "drop-after-write") hit the first
    requests, one each.
    """
    if os.environ.get("HRFLOW_BASE_URL"):
        with HrFlow() as client:
            yield client
        return
    from hrflow_sandbox import sandbox

    with (
        sandbox() as url,
        HrFlow(api_key="sandbox-key", user_email="me@example.com", base_url=url) as client,
    ):
        if faults:
            httpx.post(
                url.removesuffix("/v1") + "/__sandbox/faults", json={"faults": list(faults)}
            ).raise_for_status()
        yield client
