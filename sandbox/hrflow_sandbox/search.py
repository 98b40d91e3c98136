"""Lists, searches and scores of jobs and profiles: stored objects filtered, ranked and paged.

Scoring is the overlap of skills and keywords, without a model: a job and a profile
each give a set of terms (skill names, plus the words of tags and of the job's name or
the profile's summary), and the score is the Jaccard index (shared terms / all terms),
rounded to 4 places. Ties go to the older object. `[1 - score, score]` is the
prediction pair.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from hrflow_sandbox.answers import answer, page_of
from hrflow_sandbox.handlers import NOUN, Handler, find, namespace_field, served
from hrflow_sandbox.spec import SpecOperation
from hrflow_sandbox.store import CONTAINER, Kind, SandboxState, read_shape
from hrflow_sandbox.validation import (
    BadRequest,
    boolean,
    choice,
    json_list,
    page_and_limit,
    required_param,
)

SORTS = (
    "created_at",
    "updated_at",
    "location",
    "location_experience",
    "location_education",
    "searching",
    "scoring",
)
STAGES = ("new", "yes", "later", "no")

_WORD = re.compile(r"[a-z0-9][a-z0-9+#.]*[a-z0-9+#]|[a-z0-9]")
_STOP = frozenset({"and", "the", "for", "with", "from", "into", "our", "you", "are", "who"})


@dataclass(frozen=True, slots=True)
class Filters:
    """The filters a list, search or score call may carry; empty ones match everything."""

    name: str | None = None
    names: Sequence[str] = ()
    key: str | None = None
    reference: str | None = None
    text_keywords: Sequence[str] = ()
    skills: Sequence[str] = ()
    languages: Sequence[str] = ()
    interests: Sequence[str] = ()
    tags_included: Sequence[str] = ()
    tags_excluded: Sequence[str] = ()
    stage: str | None = None
    created_at_min: str | None = None
    created_at_max: str | None = None


def _names(items: Any) -> set[str]:
    if not isinstance(items, list):
        return set()
    return {
        str(item["name"]).lower()
        for item in items
        if isinstance(item, dict) and isinstance(item.get("name"), str)
    }


def title(data: dict[str, Any]) -> str:
    """A job's name, or a profile's full name."""
    if isinstance(data.get("name"), str):
        return str(data["name"])
    info = data.get("info")
    if isinstance(info, dict) and isinstance(info.get("full_name"), str):
        return str(info["full_name"])
    return ""


def full_text(data: dict[str, Any]) -> str:
    """Every string of an object, lowercased, to match keywords against."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, str):
            parts.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    return " ".join(parts).lower()


def matches(data: dict[str, Any], filters: Filters) -> bool:
    """Whether an object (as read back) passes every filter."""
    label = title(data).lower()
    if filters.name and filters.name.lower() not in label:
        return False
    if filters.names and not any(name.lower() in label for name in filters.names):
        return False
    if filters.key and data.get("key") != filters.key:
        return False
    if filters.reference and data.get("reference") != filters.reference:
        return False
    if filters.text_keywords:
        text = full_text(data)
        if not all(word.lower() in text for word in filters.text_keywords):
            return False
    for wanted, field_name in (
        (filters.skills, "skills"),
        (filters.languages, "languages"),
        (filters.interests, "interests"),
    ):
        if wanted and not {w.lower() for w in wanted} <= _names(data.get(field_name)):
            return False
    tags = _names(data.get("tags"))
    if filters.tags_included and not {t.lower() for t in filters.tags_included} <= tags:
        return False
    if filters.tags_excluded and {t.lower() for t in filters.tags_excluded} & tags:
        return False
    if filters.stage and not any(
        isinstance(label_, dict) and label_.get("stage") == filters.stage
        for label_ in data.get("labels") or []
    ):
        return False
    created = str(data.get("created_at", ""))
    if filters.created_at_min and created[: len(filters.created_at_min)] < filters.created_at_min:
        return False
    return not (
        filters.created_at_max and created[: len(filters.created_at_max)] > filters.created_at_max
    )


def is_archived(data: dict[str, Any]) -> bool:
    """Archived objects carry their archive time; live ones `false` or null."""
    return isinstance(data.get("archive"), str)


def ordered(items: list[dict[str, Any]], sort_by: str, order_by: str) -> list[dict[str, Any]]:
    """Sorted by `created_at` or `updated_at` (other sorts fall back to creation), ties by id."""
    field_name = "updated_at" if sort_by == "updated_at" else "created_at"
    return sorted(
        items,
        key=lambda item: (str(item.get(field_name, "")), int(item.get("id", 0))),
        reverse=order_by == "desc",
    )


def terms(data: dict[str, Any]) -> set[str]:
    """What scoring compares: skill names, tag names, and the words of the title and summary."""
    found = _names(data.get("skills")) | _names(data.get("tags"))
    for text in (title(data), data.get("summary")):
        if isinstance(text, str):
            found |= {w for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in _STOP}
    return found


def score(a: dict[str, Any], b: dict[str, Any]) -> float:
    """The Jaccard index of the two objects' terms, rounded to 4 places (0 when both are empty)."""
    left, right = terms(a), terms(b)
    union = left | right
    return round(len(left & right) / len(union), 4) if union else 0.0


def ranked(
    target: dict[str, Any], candidates: Iterable[dict[str, Any]]
) -> list[tuple[dict[str, Any], float]]:
    """Candidates with their score against `target`, best first, ties to the older one."""
    scored = [(item, score(target, item)) for item in candidates]
    return sorted(scored, key=lambda pair: (-pair[1], int(pair[0].get("id", 0))))


# ---- the operations ----------------------------------------------------------


def filters_from(params: Mapping[str, str], *, stage: bool) -> Filters:
    return Filters(
        name=params.get("name") or None,
        names=json_list(params, "names"),
        key=params.get("key") or None,
        reference=params.get("reference") or None,
        text_keywords=json_list(params, "text_keywords"),
        skills=json_list(params, "skills"),
        languages=json_list(params, "languages"),
        interests=json_list(params, "interests"),
        tags_included=json_list(params, "tags_included"),
        tags_excluded=json_list(params, "tags_excluded"),
        stage=choice(params, "stage", STAGES, None) if stage else None,
        created_at_min=params.get("created_at_min") or None,
        created_at_max=params.get("created_at_max") or None,
    )


def live_objects(
    state: SandboxState, kind: Kind, keys: list[str], filters: Filters
) -> list[dict[str, Any]]:
    """Objects of the namespaces, not archived, passing the filters, as read back.

    Searching and scoring answers carry `board_key`/`source_key` next to `board`/`source`.
    """
    container = CONTAINER[kind]
    known = {key for _, key in state.store.namespaces(kind)}
    for key in keys:
        if key not in known:
            raise BadRequest(f"Invalid parameters. Unable to find object: {container} {key!r}")
    found = []
    for key in dict.fromkeys(keys):
        for obj in state.store.in_namespace(kind, key):
            data = read_shape(obj)
            if not is_archived(data) and matches(data, filters):
                data[f"{container}_key"] = data[container]["key"]
                found.append(data)
    return found


def sorted_page(params: Mapping[str, str]) -> tuple[int, int, str, str]:
    """`page`, `limit`, `sort_by` and `order_by` of a list or search."""
    page, limit = page_and_limit(params)
    sort_by = choice(params, "sort_by", SORTS, "created_at") or "created_at"
    order_by = choice(params, "order_by", ("desc", "asc"), "desc") or "desc"
    return page, limit, sort_by, order_by


def summary_of(data: dict[str, Any]) -> dict[str, Any]:
    """What a list answers without `return_job`/`return_profile`: keys, reference, namespace, dates."""
    return {
        name: data[name]
        for name in (
            "id",
            "key",
            "reference",
            "board",
            "source",
            "archive",
            "created_at",
            "updated_at",
        )
        if name in data
    }


def list_objects(kind: Kind) -> Handler:
    async def handler(op: SpecOperation, request: Request, state: SandboxState) -> Response:
        params = request.query_params
        keys = json_list(params, f"{CONTAINER[kind]}_keys", required=True)
        full = boolean(params, f"return_{kind}")
        page, limit, sort_by, order_by = sorted_page(params)
        items = ordered(
            live_objects(state, kind, keys, filters_from(params, stage=False)), sort_by, order_by
        )
        chunk, meta = page_of(items, page, limit)
        data = chunk if full else [summary_of(item) for item in chunk]
        return answer(op, {"code": 200, "message": f"List of {kind}s", "meta": meta, "data": data})

    return served(handler)


def search_objects(kind: Kind) -> Handler:
    async def handler(op: SpecOperation, request: Request, state: SandboxState) -> Response:
        params = request.query_params
        keys = json_list(params, f"{CONTAINER[kind]}_keys", required=True)
        page, limit, sort_by, order_by = sorted_page(params)
        items = live_objects(state, kind, keys, filters_from(params, stage=kind == "profile"))
        chunk, meta = page_of(ordered(items, sort_by, order_by), page, limit)
        message = "Job searching list" if kind == "job" else "Profile's searching results"
        return answer(
            op, {"code": 200, "message": message, "meta": meta, "data": {f"{kind}s": chunk}}
        )

    return served(handler)


def score_objects(kind: Kind) -> Handler:
    """Rank `kind` objects against one object of the other kind, best first."""
    other: Kind = "profile" if kind == "job" else "job"

    async def handler(op: SpecOperation, request: Request, state: SandboxState) -> Response:
        params = request.query_params
        keys = json_list(params, f"{CONTAINER[kind]}_keys", required=True)
        target_namespace = required_param(params, namespace_field(other))
        target_key = required_param(params, f"{other}_key")
        choice(params, "use_agent", ("0", "1"), None)
        page, limit = page_and_limit(params)
        order_by = choice(params, "order_by", ("desc", "asc"), "desc")
        target = find(state, other, target_namespace, "key", target_key)
        candidates = live_objects(state, kind, keys, filters_from(params, stage=kind == "profile"))
        pairs = ranked(read_shape(target), candidates)
        if order_by == "asc":
            pairs.reverse()
        chunk, meta = page_of(pairs, page, limit)
        data = {
            f"{kind}s": [item for item, _ in chunk],
            "predictions": [[round(1 - value, 4), value] for _, value in chunk],
        }
        message = f"{NOUN[kind]}s scoring results"
        return answer(op, {"code": 200, "message": message, "meta": meta, "data": data})

    return served(handler)
