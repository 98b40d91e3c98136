"""Canned HrFlow answers and request bodies, and a deterministic ~1 MB profile built from the spec's example."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "spec" / "examples"

API_KEY = "bench-api-key"
USER_EMAIL = "bench@example.com"
BOARD_KEY = "board_key"
JOB_KEY = "job_key"


def example(name: str) -> Any:
    """The `value` of one of `spec/examples/*.json`."""
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))["value"]


def job_get_envelope() -> bytes:
    """GET /job/indexing: HTTP 200, body code 200."""
    return json.dumps(example("job-get-response-200.json"), separators=(",", ":")).encode()


def job_post_envelope() -> bytes:
    """POST /job/indexing: HTTP 200 carrying body code 201."""
    return json.dumps(example("job-post-response-200.json"), separators=(",", ":")).encode()


def job_create_body() -> dict[str, Any]:
    """A job as a caller passes it to `job.create` (the documented request, without `board_key`)."""
    body: dict[str, Any] = example("job-post-request.json")
    body.pop("board_key", None)
    return body


_VOCABULARY = (
    "data pipeline design build scale evolve platform service tooling analytics usage "
    "customer security engineering team infrastructure critical impact business core "
    "internal detailed calculate support power area work lead develop maintain deliver "
    "review mentor architecture cloud streaming batch quality testing release"
)
_WORDS = tuple(_VOCABULARY.split())


def _text(seed: int, words: int) -> str:
    return " ".join(_WORDS[(seed * 7 + i * 3) % len(_WORDS)] for i in range(words)).capitalize()


def _stamp(index: int, with_offset: bool) -> str:
    year, month, day = 2000 + index % 24, 1 + index % 12, 1 + index % 28
    suffix = "+0000" if with_offset else ""
    return f"{year:04d}-{month:02d}-{day:02d}T{index % 24:02d}:{index % 60:02d}:00{suffix}"


def _named(prefix: str, index: int) -> dict[str, Any]:
    return {"name": f"{prefix} {index}", "value": None if index % 3 else f"{prefix}-{index}"}


def _skill(index: int) -> dict[str, Any]:
    return {
        "name": f"skill {index} {_WORDS[index % len(_WORDS)]}",
        "type": "hard" if index % 2 else "soft",
        "value": None if index % 4 else round(0.5 + (index % 50) / 100, 2),
    }


def _location(index: int) -> dict[str, Any]:
    return {
        "text": f"{_WORDS[index % len(_WORDS)].capitalize()} city {index}",
        "lat": round(40 + (index % 1000) / 100, 4),
        "lng": round(2 + (index % 700) / 100, 4),
        "gmaps": None,
        "fields": None,
    }


def _section(template: dict[str, Any], index: int, place: str) -> dict[str, Any]:
    item = copy.deepcopy(template)
    item.update(
        key=f"{index:040x}",
        title=f"{_text(index, 3)} {index}",
        description=_text(index, 120),
        location=_location(index),
        date_start=_stamp(index, with_offset=False),
        date_end=_stamp(index + 1, with_offset=False),
        certifications=[_named("certification", index * 3 + i) for i in range(3)],
        courses=[_named("course", index * 3 + i) for i in range(3)],
        tasks=[_named("task", index * 4 + i) for i in range(4)],
        skills=[_skill(index * 8 + i) for i in range(8)],
    )
    item[place] = f"{_text(index + 5, 2)} {index}"
    return item


def large_profile(experiences: int = 360, educations: int = 72) -> dict[str, Any]:
    """A realistic, deterministic profile (`data` of a profile answer) of about 1 MB as compact JSON.

    Built from `profile-put-response-201.json`: hundreds of experiences and educations,
    each with its own location, dates, skills, tasks, courses and certifications, plus
    long top-level skill, tag, language, interest and metadata lists.
    """
    base: dict[str, Any] = example("profile-put-response-201.json")["data"]
    profile = copy.deepcopy(base)
    experience, education = base["experiences"][0], base["educations"][0]
    profile["key"] = "f" * 40
    profile["reference"] = "bench-profile"
    profile["text"] = _text(1, 2000)
    profile["text_language"] = "en"
    profile["info"]["summary"] = _text(2, 80)
    profile["info"]["location"] = _location(0)
    profile["experiences"] = [_section(experience, i, "company") for i in range(experiences)]
    profile["educations"] = [_section(education, i + 10_000, "school") for i in range(educations)]
    profile["skills"] = [_skill(i) for i in range(400)]
    profile["certifications"] = [_named("certification", i) for i in range(150)]
    profile["courses"] = [_named("course", i) for i in range(150)]
    profile["tasks"] = [_named("task", i) for i in range(300)]
    profile["languages"] = [_named("language", i) for i in range(12)]
    profile["interests"] = [_named("interest", i) for i in range(60)]
    profile["tags"] = [
        {"name": f"tag {i}", "value": [True, f"value {i}", i, None][i % 4]} for i in range(300)
    ]
    profile["metadatas"] = [{"name": f"metadata {i}", "value": _text(i, 10)} for i in range(60)]
    profile["labels"] = [
        {"stage": ["yes", "no", "later"][i % 3], "job_key": f"job_{i}"} for i in range(40)
    ]
    return profile


def encode(value: Any) -> bytes:
    """Compact JSON, as the service sends it."""
    return json.dumps(value, separators=(",", ":")).encode()
