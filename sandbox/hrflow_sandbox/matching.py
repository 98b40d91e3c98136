"""Filtering, sorting, paging and scoring of stored objects: deterministic and explainable.

Scoring is the overlap of skills and keywords: a job and a profile each give a set of
terms (skill names, plus the words of tags and of the job's name or the profile's
summary), and the score is the Jaccard index (shared terms / all terms), rounded to 4 places.
Ties go to the older object. `[1 - score, score]` is the prediction pair.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

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


def page_of(items: Sequence[Any], page: int, limit: int) -> tuple[list[Any], dict[str, int]]:
    """One page and its `meta`; a page past the last is empty (`maxPage` is 0 when nothing matched)."""
    total = len(items)
    chunk = list(items[(page - 1) * limit : page * limit])
    meta = {"page": page, "maxPage": math.ceil(total / limit), "count": len(chunk), "total": total}
    return chunk, meta


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
