"""Typed dicts for the facade's object arguments (`job=`, `profile=`), one per write shape of the spec.

Written by scripts/params.py from the bundled spec: edit the spec, not this file.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "JobWriteParam",
    "ProfileWriteParam",
    "LocationParam",
    "SectionParam",
    "SkillWriteParam",
    "NamedValueParam",
    "TagParam",
    "MetadataParam",
    "RangeFloatParam",
    "RangeDateParam",
    "ConsentAlgorithmicParam",
    "ProfileInfoWriteParam",
    "ExperienceWriteParam",
    "EducationWriteParam",
    "LabelParam",
    "AttachmentWriteParam",
    "GeoPointParam",
    "ConsentFlagsParam",
    "ProfileUrlsParam",
    "ProfileUrlParam",
    "Iso8601DateParam",
]


class JobWriteParam(TypedDict, total=False):
    """A job as written."""

    name: str
    agent_key: str | None
    reference: str | None
    created_at: str | None
    url: str | None
    summary: str | None
    culture: str | None
    benefits: str | None
    responsibilities: str | None
    requirements: str | None
    interviews: str | None
    location: LocationParam
    sections: list[SectionParam]
    skills: list[SkillWriteParam]
    languages: list[NamedValueParam]
    tasks: list[NamedValueParam]
    courses: list[NamedValueParam]
    certifications: list[NamedValueParam]
    tags: list[TagParam]
    metadatas: list[MetadataParam]
    ranges_float: list[RangeFloatParam]
    ranges_date: list[RangeDateParam]


class ProfileWriteParam(TypedDict, total=False):
    """A profile as written."""

    reference: str | None
    created_at: str | None
    consent_algorithmic: ConsentAlgorithmicParam
    info: ProfileInfoWriteParam
    text: str | None
    text_language: str | None
    experiences_duration: float | None
    educations_duration: float | None
    experiences: list[ExperienceWriteParam]
    educations: list[EducationWriteParam]
    certifications: list[NamedValueParam]
    courses: list[NamedValueParam]
    tasks: list[NamedValueParam]
    skills: list[SkillWriteParam]
    languages: list[NamedValueParam]
    interests: list[NamedValueParam]
    labels: list[LabelParam]
    tags: list[TagParam]
    metadatas: list[MetadataParam]
    attachments: list[AttachmentWriteParam]


class LocationParam(TypedDict, total=False):
    """A place."""

    text: str | None
    lat: float | str | None
    lng: float | str | None
    gmaps: str | None
    fields: dict[str, Any] | list[Any] | None
    geojson: dict[str, Any] | None
    geopoint: GeoPointParam | None


class SectionParam(TypedDict, total=False):
    """A free-text section of a job ad."""

    name: str | None
    title: str | None
    description: str | None


class SkillWriteParam(TypedDict, total=False):
    """A skill as written; `type` is usually `hard` or `soft`."""

    name: Required[str]
    type: Literal["hard", "soft"] | str | None
    value: float | str | None


class NamedValueParam(TypedDict, total=False):
    """A named item with an optional weight (languages, tasks, courses, certifications, interests)."""

    name: Required[str]
    value: float | str | None


class TagParam(TypedDict, total=False):
    """A free tag; its value is a string, a number, a boolean or null."""

    name: Required[str]
    value: str | float | bool | None


class MetadataParam(TypedDict, total=False):
    """A free metadata entry."""

    name: Required[str]
    value: str | None


class RangeFloatParam(TypedDict, total=False):
    """A numeric range, e.g."""

    name: Required[str]
    value_min: float | None
    value_max: float | None
    unit: str | None


class RangeDateParam(TypedDict, total=False):
    """A date range."""

    name: Required[str]
    value_min: str | None
    value_max: str | None


class ConsentAlgorithmicParam(TypedDict, total=False):
    """What the algorithms may do with the profile's personal data, as granted by its owner and by the data controller."""

    owner: ConsentFlagsParam
    controller: ConsentFlagsParam


class ProfileInfoWriteParam(TypedDict, total=False):
    """The profile's personal information as written."""

    full_name: str | None
    first_name: str | None
    last_name: str | None
    date_birth: str | None
    email: str | None
    phone: str | None
    gender: str | None
    picture: str | None
    location: LocationParam
    summary: str | None
    urls: ProfileUrlsParam | list[ProfileUrlParam] | None


class ExperienceWriteParam(TypedDict, total=False):
    """An experience as written; dates are `{'iso8601': ...}` objects."""

    title: str | None
    company: str | None
    logo: str | None
    description: str | None
    location: LocationParam
    date_start: Iso8601DateParam | str | None | str | datetime.date
    date_end: Iso8601DateParam | str | None | str | datetime.date
    certifications: list[NamedValueParam]
    courses: list[NamedValueParam]
    tasks: list[NamedValueParam]
    skills: list[SkillWriteParam]


class EducationWriteParam(TypedDict, total=False):
    """An education as written; dates are `{'iso8601': ...}` objects."""

    title: str | None
    school: str | None
    logo: str | None
    description: str | None
    location: LocationParam
    date_start: Iso8601DateParam | str | None | str | datetime.date
    date_end: Iso8601DateParam | str | None | str | datetime.date
    certifications: list[NamedValueParam]
    courses: list[NamedValueParam]
    tasks: list[NamedValueParam]
    skills: list[SkillWriteParam]


class LabelParam(TypedDict, total=False):
    """A recruiter's verdict linking the profile to a job."""

    job_key: Required[str]
    job_reference: str | None
    board_key: str | None
    stage: str | None
    date_stage: str | None
    rating: float | None
    date_rating: str | None


class AttachmentWriteParam(TypedDict, total=False):
    """An attachment as written."""

    alt: str | None
    type: str | None
    file_name: str | None
    original_file_name: str | None
    extension: str | None
    file_size: int | None
    public_url: str | None
    created_at: str | None
    updated_at: str | None


class GeoPointParam(TypedDict, total=False):
    """GeoPoint."""

    lat: float | str | None
    lon: float | str | None


class ConsentFlagsParam(TypedDict, total=False):
    """ConsentFlags."""

    parsing: bool
    revealing: bool
    embedding: bool
    searching: bool
    scoring: bool
    reasoning: bool


class ProfileUrlsParam(TypedDict, total=False):
    """The profile's links in the object shape."""

    from_resume: list[str]
    linkedin: str | None
    twitter: str | None
    facebook: str | None
    github: str | None
    picture: str | None


class ProfileUrlParam(TypedDict, total=False):
    """One link of a profile in the list shape, e.g."""

    type: str | None
    url: str | list[str] | None


class Iso8601DateParam(TypedDict, total=False):
    """The object form of a written date: `{'iso8601': '2018-01-01T00:00:00'}`."""

    iso8601: Required[str]
    text: str | None
    timestamp: int | None
