"""Re-runnable probes of the client's hardening, with the figures issue reports ask for.

    .venv/bin/python tests/probe_hardening.py

- memory: peak RSS growth of a client process reading an endless body, a 1 GB body and
  a 1 MB gzip bomb, with the default `max_response_size`, and the time it took to fail;
- deadline: wall time to fail with `timeout=2` against servers trickling one byte every
  0.5 s (in the body, in the headers);
- leaks: strings and DEBUG logs containing the key, over every error path;
- raw exceptions: hostile inputs and answers that raised something other than HrFlowError.

Each figure is given for the three stacks (sync httpx, async httpx, async aiohttp).
The client runs in a child process so its RSS is its own.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import resource
import subprocess
import sys
import time
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

STACKS = ("sync", "httpx", "aiohttp")
KEY = "sk_live_Probe0123456789abcdef"


def _child(stack: str, url: str, timeout: float) -> None:
    """In the child: one `job.get`, then a JSON line with the outcome, the time and the RSS growth."""
    from hrflow_client import AsyncHrFlow, HrFlow

    def rss() -> int:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

    async def call() -> Any:
        if stack == "sync":
            with HrFlow(
                api_key=KEY,
                user_email="p@example.com",
                base_url=url,
                timeout=timeout,
                max_retries=0,
            ) as client:
                return client.job.get(board_key="b", key="k")
        async with AsyncHrFlow(
            api_key=KEY,
            user_email="p@example.com",
            base_url=url,
            timeout=timeout,
            max_retries=0,
            http_backend=stack,
        ) as client:
            return await client.job.get(board_key="b", key="k")

    import hrflow_client.api.job.get_job
    import hrflow_client.models  # noqa: F401

    if stack == "aiohttp":
        import aiohttp  # noqa: F401
        import httpx_aiohttp  # noqa: F401
    before = rss()
    started = time.monotonic()
    try:
        asyncio.run(call())
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


def _in_child(stack: str, url: str, timeout: float = 60.0) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", stack, url, str(timeout)],
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
    for where in ("body", "headers"):
        for stack in STACKS:
            with HostileServer(trickle(0.5, in_headers=where == "headers")) as server:
                result = _in_child(stack, server.url, timeout=2.0)
            rows.append(
                f"deadline trickle in {where:<8} {stack:<8} {result['outcome']:<45} "
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
    from hrflow_client import AsyncHrFlow, AuthenticatedClient, HrFlow, RetryPolicy
    from hrflow_client.api.job import get_job

    nested: dict[str, Any] = {}
    for _ in range(100_000):
        nested = {"n": nested}

    def hrflow(**settings: Any) -> Any:
        arguments = {
            "api_key": KEY,
            "user_email": "p@example.com",
            "base_url": url,
            "timeout": 5,
            "max_retries": 0,
            **settings,
        }
        if stack == "sync":
            return HrFlow(**arguments)
        return AsyncHrFlow(http_backend=stack, **arguments)

    async def get(**settings: Any) -> Any:
        per_call = settings.pop("per_call", {})
        key = settings.pop("key", "k")
        client = hrflow(**settings)
        result = client.job.get(board_key="b", key=key, **per_call)
        if stack != "sync":
            result = await result
            await client.close()
        else:
            client.close()
        return result

    async def create(job: Any) -> Any:
        client = hrflow()
        result = client.job.create(board_key="b", job=job)
        return await result if stack != "sync" else result

    async def closed() -> Any:
        client = hrflow()
        if stack == "sync":
            client.close()
            return client.job.get(board_key="b", key="k")
        await client.close()
        return await client.job.get(board_key="b", key="k")

    async def functional() -> Any:
        settings = AuthenticatedClient(
            api_key=KEY,
            user_email="p@example.com",
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
        settings = AuthenticatedClient(api_key=KEY, user_email="p@example.com", base_url=url)
        if stack == "sync":
            return settings.get_httpx_client().get("/job/indexing", headers={"X": "a\r\nb"})
        settings.http_backend = stack  # type: ignore[assignment]
        try:
            return await settings.get_async_httpx_client().get("/job/indexing", headers={"X": "\n"})
        finally:
            await settings.aclose()

    return [
        ("max_retries=None", lambda: get(max_retries=None)),
        ('max_retries="2"', lambda: get(max_retries="2")),
        ('timeout="10"', lambda: get(timeout="10")),
        ('per-call timeout="10"', lambda: get(per_call={"timeout": "10"})),
        ('verify_ssl="/nonexistent"', lambda: get(verify_ssl="/nonexistent")),
        ("base_url without scheme", lambda: get(base_url="127.0.0.1/v1")),
        ("malformed base_url", lambda: get(base_url="http://[::1/v1")),
        ("non-ASCII user_email", lambda: get(user_email="jos\u00e9@example.com")),
        ("non-ASCII key", lambda: get(api_key="cl\u00e9")),
        ("key with a newline", lambda: get(api_key=KEY + "\nx")),
        ("query over 64 KB", lambda: get(key="k" * 70_000)),
        ("deeply nested job", lambda: create({"name": "n", "tags": nested})),
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

    async def outcome(call: Any) -> str | None:
        try:
            await call()
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
            for what, call in calls:
                raised = asyncio.run(outcome(call))
                if raised:
                    found.append(f"{what}: {raised}")
            for what, behaviour in ODD_ANSWERS:
                server.behaviour = behaviour
                for name, call in _hostile_calls(server.url, stack):
                    if name == "functional API":
                        raised = asyncio.run(outcome(call))
                        if raised:
                            found.append(f"functional API, {what}: {raised}")
                raised = asyncio.run(outcome(functools.partial(_plain_get, server.url, stack)))
                if raised:
                    found.append(f"{what}: {raised}")
            server.behaviour = ok
            rows.append(
                f"raw     {stack:<8} {len(found)} raw exception(s) over "
                f"{len(calls) + 2 * len(ODD_ANSWERS)} hostile inputs and answers"
            )
            rows += [f"          {line}" for line in found]
    return rows


async def _plain_get(url: str, stack: str) -> Any:
    from hrflow_client import AsyncHrFlow, HrFlow

    if stack == "sync":
        with HrFlow(
            api_key=KEY, user_email="p@example.com", base_url=url, max_retries=0, timeout=5
        ) as client:
            return client.job.get(board_key="b", key="k")
    async with AsyncHrFlow(
        api_key=KEY,
        user_email="p@example.com",
        base_url=url,
        max_retries=0,
        timeout=5,
        http_backend=stack,
    ) as client:
        return await client.job.get(board_key="b", key="k")


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], sys.argv[3], float(sys.argv[4]))
        return
    for section in (memory, deadline, leaks, raw_exceptions):
        for row in section():
            print(row, flush=True)


if __name__ == "__main__":
    main()
