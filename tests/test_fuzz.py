"""Whatever comes back over the wire, `job.get` and `profile.get` raise only `HrFlowError`s.

A scripted loopback server answers with fuzzed bytes: truncations of a valid envelope,
wrong types at random JSON paths, missing envelope keys, huge bodies, invalid UTF-8,
random bytes and random HTTP statuses. A call either returns the model or raises a
subclass of `HrFlowError`; a `KeyError`, `JSONDecodeError`, `RecursionError` or
anything else escaping is a bug.

Examples per property: `HRFLOW_FUZZ_EXAMPLES` (default 60; e.g. 2000 for a long run).
Runs are derandomized so CI sees the same inputs every time.
"""

from __future__ import annotations

import asyncio
import copy
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scripted import Answer, ScriptedServer, serve

from hrflow_client import (
    APIConnectionError,
    AsyncHrFlow,
    HrFlow,
    HrFlowError,
    ResponseValidationError,
)
from hrflow_client.models import Job, Profile

EXAMPLES = Path(__file__).resolve().parent.parent / "spec" / "examples"
EXAMPLE_COUNT = int(os.environ.get("HRFLOW_FUZZ_EXAMPLES", "60"))


def _example(name: str) -> Any:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))["value"]


VALID = {
    "job": _example("job-get-response-200.json"),
    "profile": {**_example("profile-put-response-201.json"), "message": "Profile details"},
}
MODELS: dict[str, type[Job] | type[Profile]] = {"job": Job, "profile": Profile}

fuzz = settings(
    max_examples=EXAMPLE_COUNT,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def server() -> Iterator[ScriptedServer]:
    for server in serve():
        # Headers and body go out in two writes; without TCP_NODELAY each answer stalls
        # ~40 ms on Nagle's algorithm and the client's delayed ACK.
        server._http.RequestHandlerClass.disable_nagle_algorithm = True  # type: ignore[attr-defined]
        yield server


@pytest.fixture(scope="module")
def client(server: ScriptedServer) -> Iterator[HrFlow]:
    with HrFlow(
        api_key="sk_fuzz",
        user_email="me@example.com",
        base_url=server.url,
        max_retries=0,
        timeout=5.0,
    ) as client:
        yield client


def answer(status: int, body: bytes) -> Answer:
    """Fuzzed bytes with a status; the connection is closed after each so no garbage lingers."""
    return Answer(status=status, body=body, headers={"Connection": "close"})


def fetch(client: HrFlow, kind: str) -> Any:
    if kind == "job":
        return client.job.get(board_key="b", key="k")
    return client.profile.get(source_key="s", key="k")


def assert_only_hrflow_errors(
    client: HrFlow, server: ScriptedServer, kind: str, reply: Answer
) -> None:
    server.answers.clear()
    server.script(reply)
    try:
        result = fetch(client, kind)
    except HrFlowError:
        return
    assert isinstance(result, MODELS[kind])


# --------------------------------------------------------------- strategies ----

json_leaves = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
)
json_values = st.recursive(
    json_leaves,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


def json_paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path into a JSON document, the root included."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from json_paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from json_paths(item, (*prefix, index))


def replaced(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    copied = copy.deepcopy(document)
    parent = copied
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return copied


def at(document: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        document = document[step]
    return document


def dumps(document: Any) -> bytes:
    return json.dumps(document).encode()


@st.composite
def truncated(draw: st.DrawFn, kind: str) -> Answer:
    body = dumps(VALID[kind])
    return answer(200, body[: draw(st.integers(0, len(body) - 1))])


@st.composite
def retyped(draw: st.DrawFn, kind: str) -> Answer:
    """One value somewhere in the envelope replaced by a value of another JSON type."""
    document = VALID[kind]
    path = draw(st.sampled_from(list(json_paths(document))))
    original = at(document, path)
    value = draw(json_values.filter(lambda new: type(new) is not type(original)))
    return answer(200, dumps(replaced(document, path, value)))


@st.composite
def without_keys(draw: st.DrawFn, kind: str) -> Answer:
    """Envelope keys removed, here or in `data` (whose `key` the models need)."""
    document = copy.deepcopy(VALID[kind])
    dropped = draw(st.sets(st.sampled_from(["code", "message", "data"]), min_size=1))
    for name in dropped:
        del document[name]
    if "data" in document:
        for name in draw(st.sets(st.sampled_from(sorted(document["data"])), max_size=4)):
            del document["data"][name]
    return answer(draw(st.sampled_from([200, 201, 400, 500])), dumps(document))


@st.composite
def invalid_utf8(draw: st.DrawFn, kind: str) -> Answer:
    body = dumps(VALID[kind])
    position = draw(st.integers(0, len(body)))
    junk = draw(st.binary(min_size=1, max_size=8).filter(lambda b: not _is_utf8(b)))
    return answer(200, body[:position] + junk + body[position:])


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def random_bytes(kind: str) -> st.SearchStrategy[Answer]:
    return st.builds(answer, st.sampled_from([200, 201, 400, 404, 500]), st.binary(max_size=512))


HUGE = 3_000_000


def huge(kind: str) -> st.SearchStrategy[Answer]:
    """Big or deeply nested bodies, valid JSON or not."""
    document = VALID[kind]
    envelope_head = b'{"code": 200, "message": "m", "data": '
    bodies = [
        b"x" * HUGE,
        b"[" * HUGE,
        envelope_head + b"[" * 200_000 + b"]" * 200_000 + b"}",
        dumps({**document, "data": {**document["data"], "summary": "s" * HUGE}}),
        dumps({**document, "data": {**document["data"], "filler": list(range(300_000))}}),
        dumps({**document, "message": "m" * HUGE}),
        b'{"code": ' + b"9" * 5000 + b"}",
        b'{"code": 1e999}',
        b'{"code": NaN}',
    ]
    return st.builds(answer, st.sampled_from([200, 500]), st.sampled_from(bodies))


STATUSES = st.integers(100, 599).filter(lambda status: status not in (101,))


@st.composite
def random_status(draw: st.DrawFn, kind: str) -> Answer:
    """Any status, with a valid envelope, an error envelope, an empty body or junk."""
    status = draw(STATUSES)
    body = draw(
        st.sampled_from(
            [
                dumps(VALID[kind]),
                dumps({"code": status, "message": "status as code"}),
                b"",
                b"<html>gateway</html>",
            ]
        )
    )
    return answer(status, body)


STRATEGIES: dict[str, Callable[[str], st.SearchStrategy[Answer]]] = {
    "truncated": truncated,
    "retyped": retyped,
    "without_keys": without_keys,
    "invalid_utf8": invalid_utf8,
    "random_bytes": random_bytes,
    "random_status": random_status,
}


# -------------------------------------------------------------------- tests ----


@pytest.mark.parametrize("kind", ["job", "profile"])
def test_the_valid_envelope_parses(client: HrFlow, server: ScriptedServer, kind: str) -> None:
    server.answers.clear()
    server.script(answer(200, dumps(VALID[kind])))
    assert isinstance(fetch(client, kind), MODELS[kind])


@pytest.mark.parametrize("kind", ["job", "profile"])
@pytest.mark.parametrize("strategy", sorted(STRATEGIES))
def test_fuzzed_answers_raise_only_hrflow_errors(
    client: HrFlow, server: ScriptedServer, kind: str, strategy: str
) -> None:
    @fuzz
    @given(reply=STRATEGIES[strategy](kind))
    def check(reply: Answer) -> None:
        assert_only_hrflow_errors(client, server, kind, reply)

    check()


@pytest.mark.parametrize("kind", ["job", "profile"])
def test_huge_and_deeply_nested_answers_raise_only_hrflow_errors(
    client: HrFlow, server: ScriptedServer, kind: str
) -> None:
    @settings(fuzz, max_examples=min(EXAMPLE_COUNT, 20))
    @given(reply=huge(kind))
    def check(reply: Answer) -> None:
        assert_only_hrflow_errors(client, server, kind, reply)

    check()


@pytest.mark.parametrize("depth", [400, 600, 990, 100_000])
@pytest.mark.parametrize("code", [200, 500])
def test_a_deeply_nested_body_raises_an_hrflow_error_not_recursion_error(
    client: HrFlow, server: ScriptedServer, depth: int, code: int
) -> None:
    nested = b"[" * depth + b"]" * depth
    server.answers.clear()
    server.script(answer(200, b'{"code": %d, "message": "m", "data": %s}' % (code, nested)))
    with pytest.raises(HrFlowError):
        client.job.get(board_key="b", key="k")


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
@pytest.mark.parametrize("status", [100, 103, 204])
async def test_an_answer_breaking_http_raises_api_connection_error_on_both_async_backends(
    server: ScriptedServer, backend: str, status: int
) -> None:
    """A body after a 1xx or 204 head: aiohttp's own parse error must not escape raw."""
    server.answers.clear()
    server.script(answer(status, dumps(VALID["job"])))
    async with AsyncHrFlow(
        api_key="sk_fuzz",
        user_email="me@example.com",
        base_url=server.url,
        max_retries=0,
        timeout=5.0,
        http_backend=backend,
    ) as client:
        with pytest.raises((APIConnectionError, ResponseValidationError)):
            await client.job.get(board_key="b", key="k")


ANY_ANSWER = st.sampled_from(["job", "profile"]).flatmap(
    lambda kind: st.tuples(st.just(kind), st.one_of(*(make(kind) for make in STRATEGIES.values())))
)


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_the_async_client_raises_only_hrflow_errors_too(
    server: ScriptedServer, backend: str
) -> None:
    with asyncio.Runner() as runner:
        client = AsyncHrFlow(
            api_key="sk_fuzz",
            user_email="me@example.com",
            base_url=server.url,
            max_retries=0,
            timeout=5.0,
            http_backend=backend,
        )

        async def fetch_async(kind: str) -> Any:
            if kind == "job":
                return await client.job.get(board_key="b", key="k")
            return await client.profile.get(source_key="s", key="k")

        @settings(fuzz, max_examples=max(EXAMPLE_COUNT // 2, 10))
        @given(case=ANY_ANSWER)
        def check(case: tuple[str, Answer]) -> None:
            kind, reply = case
            server.answers.clear()
            server.script(reply)
            try:
                result = runner.run(fetch_async(kind))
            except HrFlowError:
                return
            assert isinstance(result, MODELS[kind])

        try:
            check()
        finally:
            runner.run(client.close())
