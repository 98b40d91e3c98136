"""Large-payload decode: a ~1 MB profile into this client's models, against json.loads and pydantic."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import hrflow_schemas
from bench import profiling
from bench.payloads import encode, large_profile
from bench.report import Section
from bench.stats import Target, call_batches, interleave, ratio
from hrflow_client.models import Profile

FROM_DICT = "Profile.from_dict(data)"
LOADS = "json.loads(bytes)"
LOADS_FROM_DICT = "json.loads + Profile.from_dict"
VALIDATE = "pydantic Profile.model_validate(data)"
VALIDATE_JSON = "pydantic Profile.model_validate_json(bytes)"
TARGET = 2.0


def run(*, quick: bool, workdir: Path) -> list[Section]:
    data = large_profile()
    raw = encode(data)
    # Both readings must accept the payload before their speed means anything.
    assert Profile.from_dict(data).experiences
    assert hrflow_schemas.Profile.model_validate(data).experiences
    assert hrflow_schemas.Profile.model_validate_json(raw).experiences
    contenders: dict[str, Callable[[], object]] = {
        FROM_DICT: lambda: Profile.from_dict(data),
        LOADS: lambda: json.loads(raw),
        LOADS_FROM_DICT: lambda: Profile.from_dict(json.loads(raw)),
        VALIDATE: lambda: hrflow_schemas.Profile.model_validate(data),
        VALIDATE_JSON: lambda: hrflow_schemas.Profile.model_validate_json(raw),
    }
    calls, rounds = (1, 2) if quick else (4, 15)
    for call in contenders.values():
        call()
    results = interleave(
        call_batches(contenders, calls),
        rounds,
    )
    section = Section(
        name="decode",
        title="2. Large payload decode (~1 MB profile)",
        unit="ms",
        per="decode",
        series=[results[name] for name in contenders],
        baseline=VALIDATE,
    )
    experiences = len(data["experiences"]) + len(data["educations"])
    section.setup = [
        f"Payload: {len(raw) / 1e6:.2f} MB of compact JSON built deterministically from"
        f" `spec/examples/profile-put-response-201.json` ({experiences} experiences and"
        f" educations with their skills, tasks, courses and locations; {len(data['skills'])}"
        f" skills; {len(data['tags'])} tags). `data` is decoded once; dict-input contenders"
        f" reuse it. {rounds} rounds x {calls} decodes per contender.",
    ]
    vs_pydantic = ratio(results[FROM_DICT], results[VALIDATE])
    section.targets = [
        Target("decode: Profile.from_dict / pydantic model_validate", vs_pydantic, "<=", TARGET)
    ]
    if vs_pydantic > TARGET:
        section.details.append(
            f"**Missed: {section.targets[0].label}** ({section.targets[0].margin()})."
            " The generated `from_dict` is pure Python: per field it defines a nested parse"
            " function, re-runs function-level imports, and copies and pops the input dict;"
            " pydantic-core does the same walk in Rust. See the profile below."
        )
        if not quick:
            profiler = profiling.profile(contenders[FROM_DICT], 3.0)
            section.details.append(
                "Profile of `Profile.from_dict`:\n\n" + profiling.summary(profiler)
            )
    return [section]
