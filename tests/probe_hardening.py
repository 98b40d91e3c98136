"""Re-runnable probes of the client's hardening, with the figures issue reports ask for.

    .venv/bin/python tests/probe_hardening.py

- memory: peak RSS growth of a client process reading an endless body, a 1 GB body and
  a 1 MB gzip bomb, with the default `max_response_size`, and the time it took to fail;
- deadline: wall time to fail with `timeout=2` against servers trickling one byte every
  0.5 s (in the body, in the headers), also through an injected `httpx.Client` and
  `httpx.AsyncClient`;
- leaks: strings and DEBUG logs containing the key, over every error path;
- raw exceptions: hostile inputs and answers that raised something other than HrFlowError;
- keep-alive: creates (no reference, so never retried once sent) after idle gaps drawn
  from 4.0-5.5 s against the sandbox, served by uvicorn, which closes connections idle
  for 5 s; 6 clients per stack at once, 30 creates each (about 2.5 minutes).

Each figure is given for the three stacks (sync httpx, async httpx, async aiohttp).
The memory and deadline clients run in a child process so their RSS is their own.
Name sections to run only those: `tests/probe_hardening.py keepalive`.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hostile import (
    HostileServer,
    answer,
    bomb,
    endless,
    gzip_bomb,
    huge,
    ok,
    raw,
    trickle,
)
from test_hardening import EMAIL, KEY, STACKS, call, get, session


def _child(stack: str, url: str, timeout: float, injected: bool) -> None:
    """In the child: one `job.get`, then a JSON line with the outcome, the time and the RSS growth."""
    import httpx

    def rss() -> int:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

    if stack == "aiohttp":
        import aiohttp  # noqa: F401
        import httpx_aiohttp  # noqa: F401
    settings: dict[str, Any] = {"timeout": timeout}
    if injected:
        settings["http_client"] = httpx.Client() if stack == "sync" else httpx.AsyncClient()
    before = rss()
    started = time.monotonic()
    try:
        asyncio.run(get(stack, url, **settings))
        outcome = "succeeded"
    except Exception as exc:
        outcome = f"{type(exc).__module__}.{type(exc).__name__}"
    print(
        json.dumps(
            {
                "outcome": outcome,
                "seconds": time.monotonic() - started,
                "rss_growth": rss() - before,
            }
        )
    )


def _in_child(
    stack: str, url: str, timeout: float = 60.0, *, injected: bool = False
) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", stack, url, str(timeout), str(int(injected))],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def memory() -> list[str]:
    rows = []
    cases = [("endless body", endless), ("1 GB body", huge), ("1 MB gzip bomb", None)]
    bomb_body = gzip_bomb(1 << 30)
    for name, behaviour in cases:
        for stack in STACKS:
            with HostileServer(behaviour or bomb(bomb_body)) as server:
                result = _in_child(stack, server.url)
            rows.append(
                f"memory  {name:<15} {stack:<8} {result['outcome']:<45} "
                f"{result['seconds']:6.2f} s  peak RSS +{result['rss_growth'] / 2**20:6.1f} MiB"
            )
    rows.append(f"        (gzip bomb: {len(bomb_body):,} bytes decoding to 1 GiB)")
    return rows


def deadline() -> list[str]:
    rows = []
    clients = [(stack, False) for stack in STACKS] + [("sync", True), ("httpx", True)]
    for where in ("body", "headers"):
        for stack, injected in clients:
            with HostileServer(trickle(0.5, in_headers=where == "headers")) as server:
                result = _in_child(stack, server.url, timeout=2.0, injected=injected)
            client = f"{stack}{', injected client' if injected else ''}"
            rows.append(
                f"deadline trickle in {where:<8} {client:<25} {result['outcome']:<45} "
                f"{result['seconds']:6.2f} s (timeout=2)"
            )
    return rows


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


def leaks() -> list[str]:
    from test_hardening_secrets import leaks as leaked
    from test_hardening_secrets import run_every_path

    capture = _Capture()
    for name in ("hrflow_client", "httpx", "httpcore", "aiohttp"):
        logging.getLogger(name).setLevel(logging.DEBUG)
        logging.getLogger(name).addHandler(capture)
    rows = []
    for stack in STACKS:
        capture.lines.clear()
        seen = asyncio.run(run_every_path(stack))
        found = [text for text in seen + capture.lines if leaked(text)]
        rows.append(
            f"leaks   {stack:<8} {len(found)} of {len(seen)} strings and {len(capture.lines)} log lines"
        )
    return rows


def _hostile_calls(url: str, stack: str) -> list[tuple[str, Any]]:
    """(what, call) pairs; each call goes through a fresh client."""
    from hrflow_client import AuthenticatedClient, RetryPolicy
    from hrflow_client.api.job import get_job

    nested: dict[str, Any] = {}
    for _ in range(100_000):
        nested = {"n": nested}

    def hostile(step: Any = "get", **settings: Any) -> Any:
        return call(stack, url, step, **{"timeout": 5, **settings})

    def after_close(client: Any) -> Any:
        client.close()
        return client.job.get(board_key="b", key="k")

    async def after_aclose(client: Any) -> Any:
        await client.close()
        return await client.job.get(board_key="b", key="k")

    async def closed() -> Any:
        return await hostile(after_close if stack == "sync" else after_aclose)

    async def functional() -> Any:
        settings = AuthenticatedClient(
            api_key=KEY,
            user_email=EMAIL,
            base_url=url,
            timeout=5,
            retry_policy=RetryPolicy(max_retries=0),
        )
        if stack == "sync":
            return get_job.sync(client=settings, board_key="b", key="k")
        settings.http_backend = stack  # type: ignore[assignment]
        try:
            return await get_job.asyncio(client=settings, board_key="b", key="k")
        finally:
            await settings.aclose()

    async def bad_header() -> Any:
        settings = AuthenticatedClient(api_key=KEY, user_email=EMAIL, base_url=url)
        if stack == "sync":
            return settings.get_httpx_client().get("/job/indexing", headers={"X": "a\r\nb"})
        settings.http_backend = stack  # type: ignore[assignment]
        try:
            return await settings.get_async_httpx_client().get("/job/indexing", headers={"X": "\n"})
        finally:
            await settings.aclose()

    return [
        ("max_retries=None", lambda: hostile(max_retries=None)),
        ('max_retries="2"', lambda: hostile(max_retries="2")),
        ('timeout="10"', lambda: hostile(timeout="10")),
        (
            'per-call timeout="10"',
            lambda: hostile(lambda client: client.job.get(board_key="b", key="k", timeout="10")),
        ),
        ('verify_ssl="/nonexistent"', lambda: hostile(verify_ssl="/nonexistent")),
        ("base_url without scheme", lambda: hostile(base_url="127.0.0.1/v1")),
        ("malformed base_url", lambda: hostile(base_url="http://[::1/v1")),
        ("non-ASCII user_email", lambda: hostile(user_email="jos\u00e9@example.com")),
        ("non-ASCII key", lambda: hostile(api_key="cl\u00e9")),
        ("key with a newline", lambda: hostile(api_key=KEY + "\nx")),
        (
            "query over 64 KB",
            lambda: hostile(lambda client: client.job.get(board_key="b", key="k" * 70_000)),
        ),
        (
            "deeply nested job",
            lambda: hostile(
                lambda client: client.job.create(board_key="b", job={"name": "n", "tags": nested})
            ),
        ),
        ("illegal header value", bad_header),
        ("after close()", closed),
        ("functional API", functional),
    ]


ODD_ANSWERS = [
    ("bad Content-Encoding", raw(answer(b"garbage", Content_Encoding="gzip"))),
    ("unasked Content-Encoding", raw(answer(b"garbage", Content_Encoding="br"))),
    ("HTTP 201 to a get", raw(answer(b'{"code": 201, "message": "x", "data": {}}', "201 Created"))),
    ("code 302", raw(answer(b'{"code": 302, "message": "x", "data": {"key": "k"}}'))),
    ("data missing", raw(answer(b'{"code": 200, "message": "x"}'))),
    ("data is a list", raw(answer(b'{"code": 200, "message": "x", "data": []}'))),
    (
        "deeply nested JSON",
        raw(answer(b'{"code": 200, "data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")),
    ),
    ("no status line", raw(b"garbage\r\n\r\n")),
    (
        "truncated chunked body",
        raw(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab"),
    ),
    ("invalid UTF-8", raw(answer(b'{"code": 200, "message": "\xff\xfe"}'))),
    (
        "control character in a header",
        raw(b"HTTP/1.1 200 OK\r\nX-A: a\x01b\r\nContent-Length: 2\r\n\r\n{}"),
    ),
]


def raw_exceptions() -> list[str]:
    from hrflow_client import HrFlowError

    async def outcome(attempt: Any) -> str | None:
        try:
            await attempt()
        except HrFlowError:
            return None
        except Exception as exc:
            return f"{type(exc).__module__}.{type(exc).__name__}: {str(exc)[:80]}"
        return None

    rows = []
    with HostileServer(ok) as server:
        for stack in STACKS:
            found = []
            calls = _hostile_calls(server.url, stack)
            for what, attempt in calls:
                raised = asyncio.run(outcome(attempt))
                if raised:
                    found.append(f"{what}: {raised}")
            for what, behaviour in ODD_ANSWERS:
                server.behaviour = behaviour
                for name, attempt in _hostile_calls(server.url, stack):
                    if name == "functional API":
                        raised = asyncio.run(outcome(attempt))
                        if raised:
                            found.append(f"functional API, {what}: {raised}")
                raised = asyncio.run(outcome(functools.partial(get, stack, server.url, timeout=5)))
                if raised:
                    found.append(f"{what}: {raised}")
            server.behaviour = ok
            rows.append(
                f"raw     {stack:<8} {len(found)} raw exception(s) over "
                f"{len(calls) + 2 * len(ODD_ANSWERS)} hostile inputs and answers"
            )
            rows += [f"          {line}" for line in found]
    return rows


def keepalive(clients: int = 6, creates: int = 30, seed: int = 13) -> list[str]:
    """Creates after idle gaps of 4.0-5.5 s against uvicorn's 5 s keep-alive: what failed, what was stored."""
    import httpx

    from hrflow_client import HrFlowError
    from hrflow_sandbox import SandboxConfig, SandboxServer

    draw = random.Random(seed)

    def steps() -> list[Any]:
        plan: list[Any] = ["create"]
        for _ in range(creates - 1):
            plan += [draw.uniform(4.0, 5.5), "create"]
        return plan

    plans = [(stack, steps()) for stack in STACKS for _ in range(clients)]

    async def run(url: str) -> list[list[Any]]:
        return await asyncio.gather(
            *(session(stack, url, *plan, max_retries=2) for stack, plan in plans)
        )

    with SandboxServer(SandboxConfig()) as server:
        started = time.monotonic()
        outcomes = asyncio.run(run(server.url))
        seconds = time.monotonic() - started
        state = httpx.get(
            server.url.removesuffix("/v1") + "/__sandbox/state",
            headers={"Content-Type": "application/json"},
        ).json()
    stored = len(state["jobs"].get("b", []))
    done: dict[str, list[Any]] = {stack: [] for stack in STACKS}
    for (stack, _), outcome in zip(plans, outcomes, strict=True):
        done[stack] += outcome
    rows = []
    for stack, results in done.items():
        failed = Counter(
            type(result).__name__ for result in results if isinstance(result, HrFlowError)
        )
        rows.append(
            f"keepalive {stack:<8} {len(results)} creates after 4.0-5.5 s idle, "
            f"{sum(failed.values())} failed {dict(failed) or ''}".rstrip()
        )
    rows.append(
        f"          {sum(map(len, done.values()))} creates by {len(plans)} clients in "
        f"{seconds:.0f} s; {stored} jobs stored (server: uvicorn, keep-alive 5 s)"
    )
    return rows


SECTIONS = {
    "memory": memory,
    "deadline": deadline,
    "leaks": leaks,
    "raw": raw_exceptions,
    "keepalive": keepalive,
}


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], sys.argv[3], float(sys.argv[4]), sys.argv[5] == "1")
        return
    for name in sys.argv[1:] or SECTIONS:
        for row in SECTIONS[name]():
            print(row, flush=True)


if __name__ == "__main__":
    main()
