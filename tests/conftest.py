"""Shared fixtures: a sandbox of the HrFlow API over real HTTP, and its control API.

- `sandbox_url`: base URL (`http://127.0.0.1:<port>/v1`) of a sandbox emptied for the test.
- `sandbox_headers`: credentials the sandbox accepts.
- `sandbox_control`: the sandbox's control API (faults, state, reset).
- `sandbox_factory`: start extra sandboxes with their own settings.
- `Api`, with the `mode` and `api` fixtures: one test through `HrFlow` and `AsyncHrFlow`
  on both async backends.
"""

from __future__ import annotations

import fcntl
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any, Protocol

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import pipeline

# Tests run overrides/ as it is now, not as of the last regenerate: copy it onto
# generated/hrflow_client first (what `scripts/pipeline.py --overlay` does, in ms),
# one test process at a time (`scripts/test` runs several, see pytest-xdist).
pipeline.STAMP.parent.mkdir(exist_ok=True)
with (pipeline.STAMP.parent / "overlay.lock").open("w") as _lock:
    fcntl.flock(_lock, fcntl.LOCK_EX)
    pipeline.overlay_overrides(pipeline.GENERATED / "hrflow_client", fresh=False)

from hrflow_client import AsyncHrFlow, HrFlow  # noqa: E402
from hrflow_sandbox import SandboxConfig, SandboxServer  # noqa: E402


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Give each schemathesis operation test its own node id (its label), as pytest does for parameters.

    schemathesis names its items `test[GET /boards]`, but pytest 9 builds node ids from
    the function's name and parameters, so all share one; test processes (pytest-xdist)
    are handed tests by node id, and all but one would be dropped.
    """
    for item in items:
        label = getattr(item, "operation_label", None)
        if isinstance(label, str) and item.id.params is None:
            item._id = item.id.with_params(label)


SANDBOX_HEADERS = {"X-API-KEY": "sandbox-test-key", "X-USER-EMAIL": "tests@example.com"}
JSON = {"Content-Type": "application/json"}  # the control API refuses other requests


class SandboxControl:
    """Client of a sandbox's control API (`/__sandbox/...`, loopback and JSON only).

    Faults are consumed one per later API request, in order; see
    `hrflow_sandbox.faults` for the spec grammar (`503;retry-after=2`,
    `body-code=429`, `delay=0.5`, `drop`, `drop-after-write`, `truncate`, `html`).
    """

    def __init__(self, base_url: str) -> None:
        self.root = base_url.removesuffix("/v1") + "/__sandbox"
        self._http = httpx.Client(timeout=10)

    def close(self) -> None:
        """Release the HTTP connections."""
        self._http.close()

    def queue_faults(self, *specs: str) -> dict[str, Any]:
        """Queue fault specs, each hitting one later API request (FIFO)."""
        return self._call("POST", "/faults", {"faults": list(specs)})

    def random_faults(
        self, rate: float, faults: list[str], seed: int | None = None
    ) -> dict[str, Any]:
        """Hit each later API request with one of `faults`, with probability `rate`."""
        return self._call(
            "POST", "/faults", {"random": {"rate": rate, "faults": faults, "seed": seed}}
        )

    def clear_faults(self) -> dict[str, Any]:
        """Drop queued faults and stop random ones."""
        return self._call("DELETE", "/faults")

    def state(self) -> dict[str, Any]:
        """`{"jobs": {board_key: [job, ...]}, "profiles": {source_key: [...]},
        "requests": {operationId: count}, "in_flight": n, "faults": {...}, "errors": [...]}`."""
        return self._call("GET", "/state")

    def jobs(self, board_key: str) -> list[dict[str, Any]]:
        """The jobs stored in a board, as a read answers them."""
        jobs: list[dict[str, Any]] = self.state()["jobs"].get(board_key, [])
        return jobs

    def profiles(self, source_key: str) -> list[dict[str, Any]]:
        """The profiles stored in a source, as a read answers them."""
        profiles: list[dict[str, Any]] = self.state()["profiles"].get(source_key, [])
        return profiles

    def requests(self, operation_id: str) -> int:
        """How many requests an operation (e.g. `indexJob`) received since the last reset."""
        count: int = self.state()["requests"][operation_id]
        return count

    def reset(self) -> None:
        """Forget stored objects, counters, faults and recorded errors."""
        self._call("POST", "/reset")

    def _call(self, method: str, path: str, body: Any = None) -> Any:
        response = self._http.request(method, self.root + path, json=body, headers=JSON)
        response.raise_for_status()
        return response.json()


class SandboxFactory(Protocol):
    """Start a sandbox with `SandboxConfig` fields as keywords; returns its base URL."""

    def __call__(self, **config: Any) -> str: ...


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[SandboxServer]:
    """One sandbox for the session: any non-empty key accepted, responses checked strictly."""
    with SandboxServer(SandboxConfig(strict_responses=True)) as server:
        yield server


@pytest.fixture
def sandbox_url(sandbox_server: SandboxServer) -> Iterator[str]:
    """Base URL (`http://127.0.0.1:<port>/v1`) of the session's sandbox, emptied for this test.

    Requests still running from an earlier test (e.g. a delayed write whose client gave
    up) finish before the reset. Fails the test if the sandbox hit an internal error
    while it ran (an unexpected exception, or an answer that failed its own schema).
    """
    sandbox_server.state.wait_idle()
    sandbox_server.state.reset()
    yield sandbox_server.url
    sandbox_server.state.wait_idle()
    errors = sandbox_server.state.errors
    if errors:
        pytest.fail("the sandbox recorded internal errors:\n" + "\n".join(errors))


@pytest.fixture
def sandbox_headers() -> dict[str, str]:
    """`X-API-KEY` and `X-USER-EMAIL` headers the sandbox fixtures accept."""
    return dict(SANDBOX_HEADERS)


@pytest.fixture
def sandbox_control(sandbox_url: str) -> Iterator[SandboxControl]:
    """The control API of the `sandbox_url` sandbox."""
    control = SandboxControl(sandbox_url)
    yield control
    control.close()


@pytest.fixture
def sandbox_factory() -> Iterator[SandboxFactory]:
    """Start extra sandboxes with their own `SandboxConfig` (stopped after the test).

    `sandbox_factory(strict_rest=True)` returns the new sandbox's base URL.
    """
    servers: list[SandboxServer] = []

    def start(**config: Any) -> str:
        server = SandboxServer(SandboxConfig(**config))
        servers.append(server)
        return server.start()

    yield start
    for server in servers:
        server.stop()


MODES = ["sync", "async-httpx", "async-aiohttp"]


class Api:
    """One client, called the same way whether it is `HrFlow` or `AsyncHrFlow` (`mode`)."""

    def __init__(self, mode: str, base_url: str, **options: Any) -> None:
        self.mode = mode
        settings = {
            "api_key": SANDBOX_HEADERS["X-API-KEY"],
            "user_email": SANDBOX_HEADERS["X-USER-EMAIL"],
            "base_url": base_url,
            **options,
        }
        if mode == "sync":
            self.client: HrFlow | AsyncHrFlow = HrFlow(**settings)
        else:
            self.client = AsyncHrFlow(**settings, http_backend=mode.removeprefix("async-"))

    async def call(self, resource: str, method: str, **arguments: Any) -> Any:
        """`resource.method(**arguments)`; `resource` may be dotted (`job.with_raw_response`)."""
        target: Any = self.client
        for name in (*resource.split("."), method):
            target = getattr(target, name)
        result = target(**arguments)
        return await result if self.mode != "sync" else result

    async def close(self) -> None:
        if isinstance(self.client, AsyncHrFlow):
            await self.client.close()
        else:
            self.client.close()


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    """Each of `MODES` in turn: sync, async on httpx, async on aiohttp."""
    return str(request.param)


@pytest.fixture
async def api(mode: str, sandbox_url: str) -> AsyncIterator[Api]:
    """An `Api` in `mode` on the `sandbox_url` sandbox, closed after the test."""
    client = Api(mode, sandbox_url)
    yield client
    await client.close()
