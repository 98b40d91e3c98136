"""Per-call overhead: sequential `job.get` against the canned server, over HTTP and HTTPS.

Contenders: this client (`HrFlow.job.get`), the floor (a keep-alive `httpx.Client`
plus `json.loads`), the official SDK (`hrflow` 4.3.0, `job.storing.get`: a module-level
`requests.get`, so a new connection, and over HTTPS a new TLS handshake and CA bundle
load, on every call), and for context a keep-alive `requests.Session`.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import requests
from hrflow import Hrflow  # type: ignore[import-untyped]

from bench import cpu, profiling, server, tls
from bench.payloads import API_KEY, BOARD_KEY, JOB_KEY, USER_EMAIL, job_get_envelope
from bench.report import Section
from bench.stats import (
    Series,
    Target,
    call_batches,
    cpu_ratio,
    interleave,
    paired_spread,
    ratio,
    time_calls,
)
from hrflow_client import HrFlow
from hrflow_client.models import Job

OURS = "hrflow_client HrFlow.job.get"
RAW = "raw httpx.Client + json.loads"
SDK = "official SDK hrflow 4.3.0"
SESSION = "requests.Session + json.loads"
LAYER = "hrflow_client HTTP layer only"
AUTH = {"X-API-KEY": API_KEY, "X-USER-EMAIL": USER_EMAIL}
PARAMS = {"board_key": BOARD_KEY, "key": JOB_KEY}
TARGET_VS_RAW = 1.25
TARGET_VS_SDK = {"HTTP": 1.5, "HTTPS": 3.0}


@contextlib.contextmanager
def _environ(values: dict[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _contenders(
    base_url: str, files: tls.TlsFiles | None, stack: contextlib.ExitStack
) -> dict[str, Callable[[], object]]:
    verify: Any = files.client_context() if files is not None else True
    ours = stack.enter_context(HrFlow(api_key=API_KEY, user_email=USER_EMAIL, base_url=base_url))
    raw = stack.enter_context(httpx.Client(base_url=base_url, headers=AUTH, verify=verify))
    sdk = Hrflow(api_url=base_url + "/", api_secret=API_KEY, api_user=USER_EMAIL)
    session = stack.enter_context(requests.Session())
    session.headers.update(AUTH)
    session_verify: Any = str(files.ca_bundle) if files is not None else True
    url = base_url + "/job/indexing"

    layer = ours.api_client.get_httpx_client()

    def call_ours() -> object:
        return ours.job.get(board_key=BOARD_KEY, key=JOB_KEY)

    def call_layer() -> object:
        return layer.get("/job/indexing", params=PARAMS).extensions

    def call_raw() -> object:
        return json.loads(raw.get("/job/indexing", params=PARAMS).content)

    def call_sdk() -> object:
        return sdk.job.storing.get(board_key=BOARD_KEY, key=JOB_KEY)

    def call_session() -> object:
        return json.loads(session.get(url, params=PARAMS, verify=session_verify).content)

    return {
        OURS: call_ours,
        LAYER: call_layer,
        RAW: call_raw,
        SDK: call_sdk,
        SESSION: call_session,
    }


def _check(calls: dict[str, Callable[[], object]]) -> None:
    name = getattr(calls[OURS](), "name", None)
    assert name == "Technicien de maintenance H/F", name
    for contender in (RAW, SDK, SESSION):
        answer = calls[contender]()
        assert isinstance(answer, dict) and answer["code"] == 200, (contender, answer)


def _model_cost() -> float:
    """Median time of `Job.from_dict` on the canned answer's data, in-process."""
    data = json.loads(job_get_envelope())["data"]
    return Series("Job.from_dict", time_calls(lambda: Job.from_dict(data), 2000)[0]).median


def _scheme(
    scheme: str,
    base_url: str,
    files: tls.TlsFiles | None,
    calls: int,
    rounds: int,
    quick: bool,
    model_cost: float,
) -> Section:
    # The client under test has no `verify=`: it trusts the CA through SSL_CERT_FILE,
    # which httpx reads when the client builds its transport; requests (the SDK) reads
    # REQUESTS_CA_BUNDLE on every call.
    env: dict[str, str] = {}
    if files is not None:
        env = {"SSL_CERT_FILE": str(files.ca_bundle), "REQUESTS_CA_BUNDLE": str(files.ca_bundle)}
    with _environ(env), contextlib.ExitStack() as stack:
        contenders = _contenders(base_url, files, stack)
        _check(contenders)
        for call in contenders.values():
            time_calls(call, max(5, calls // 10))
        results = interleave(
            call_batches(contenders, calls),
            rounds,
        )
        results[LAYER].note = "its httpx client: retries, envelope check; no typed model"
        series = [results[name] for name in (OURS, LAYER, RAW, SDK, SESSION)]
        section = Section(
            name="percall",
            title=f"1. Per-call overhead, sequential job.get over {scheme}",
            unit="us",
            per="call",
            series=series,
            baseline=RAW,
        )
        vs_raw = ratio(results[OURS], results[RAW])
        vs_sdk = ratio(results[SDK], results[OURS])
        section.targets = [
            Target(f"{scheme} per-call: hrflow_client / raw httpx", vs_raw, "<=", TARGET_VS_RAW),
            Target(
                f"{scheme} per-call: official SDK / hrflow_client",
                vs_sdk,
                ">=",
                TARGET_VS_SDK[scheme],
            ),
        ]
        section.setup = [
            f"{rounds} rounds x {calls} calls per contender; loopback; canned server in its own"
            " process" + (" (TLS 1.3, trustme CA added to certifi's bundle)." if files else "."),
            f"Speed-up over the official SDK: **{vs_sdk:.2f}x**; overhead over the floor:"
            f" **{(results[OURS].median - results[RAW].median) * 1e6:.0f} µs/call**, of which"
            f" building the typed `Job` (`Job.from_dict`, timed alone) takes"
            f" {model_cost * 1e6:.0f} µs.",
            "Per-round paired ratios (round medians): hrflow_client / raw httpx"
            f" {paired_spread(results[OURS], results[RAW], calls)}; official SDK /"
            f" hrflow_client {paired_spread(results[SDK], results[OURS], calls)}. Client CPU"
            f" per call, hrflow_client / raw httpx: {cpu_ratio(results[OURS], results[RAW]):.2f}x.",
        ]
        overhead = results[OURS].median - results[RAW].median
        layer = results[LAYER].median - results[RAW].median
        if not section.targets[0].hit:
            section.details.append(
                f"**Missed: {section.targets[0].label}** ({section.targets[0].margin()}). The"
                f" client adds {overhead * 1e6:.0f} µs/call over the floor. Its HTTP layer"
                f" (the *HTTP layer only* row: retry loop, body-code envelope check) accounts"
                f" for {layer * 1e6:.0f} µs; building the typed `Job` for"
                f" {model_cost * 1e6:.0f} µs (timed alone); the rest is the facade's"
                " bookkeeping around them (operation object, `RawResponse`) and the cache"
                " pressure of a larger code path. **Proposed fix:** make the generated"
                " `from_dict` cheaper. openapi-python-client's `model.py.jinja` puts each"
                " model's imports of its nested models inside `from_dict`, so they re-run on"
                " every call: 12 per `Job` (10 in `Job.from_dict`, 2 in"
                " `Location.from_dict`), about 1.2-1.7 µs each on this machine, close to half"
                " of `Job.from_dict`. A custom copy of that one template that emits those"
                " imports once at the bottom of each model module (after the class, so"
                " mutually referencing models still import), passed by `scripts/pipeline.py`"
                " as `--custom-template-path`, removes that cost without touching generated"
                " code by hand. `_send_data` could also skip the `RawResponse` it throws away."
            )
            if not quick:
                profiler = profiling.profile(contenders[OURS], 3.0)
                section.details.append(
                    f"Profile of `HrFlow.job.get` over {scheme}:\n\n" + profiling.summary(profiler)
                )
        if not section.targets[1].hit:
            connect = results[SDK].median - results[SESSION].median
            section.details.append(
                f"**Missed: {section.targets[1].label}** ({section.targets[1].margin()})."
                f" The SDK's handicap is its connection per call, which costs only"
                f" {connect * 1e6:.0f} µs here (official SDK row against the keep-alive"
                " `requests.Session` row) because loopback has no round-trip time; on a real"
                " network every new connection adds at least one round trip (two or more with"
                " TLS), so the gap widens. Closing it here means cutting the client's own"
                " overhead (first miss above, if any)."
            )
        return section


def run(*, quick: bool, workdir: Path) -> list[Section]:
    # Many short rounds: a burst of load from other processes then hits every contender.
    calls, rounds = (15, 2) if quick else (50, 60)
    files = tls.make(workdir)
    split = cpu.can_split()
    with (
        server.running(tls=files, server_cpu=cpu.SERVER_CPU if split else None) as srv,
        cpu.pinned(cpu.CLIENT_CPU) if split else contextlib.nullcontext(False),
    ):
        assert srv.https is not None
        model_cost = _model_cost()
        # Half the calls per batch over HTTPS: the SDK's calls there cost ~30x more.
        return [
            _scheme("HTTP", srv.http, None, calls, rounds, quick, model_cost),
            _scheme("HTTPS", srv.https, files, max(calls // 2, 10), rounds, quick, model_cost),
        ]
