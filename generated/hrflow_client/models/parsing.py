from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parsed_person import ParsedPerson
    from ..models.skill import Skill


T = TypeVar("T", bound="Parsing")


@_attrs_define
class Parsing:
    """What parsing found in a document. Open to new fields.

    Attributes:
        key (None | str | Unset): The profile's key.
        content_uid (None | str | Unset):
        file_name (None | str | Unset):
        file_size (int | None | str | Unset):
        persons (list[ParsedPerson] | Unset):
        emails (list[str] | Unset):
        phones (list[str] | Unset):
        urls (list[Any] | Unset):
        skills (list[Skill] | Unset):
        summary (None | str | Unset):
        text (None | str | Unset): The document's full text.
        text_language (None | str | Unset):
        experiences (list[Any] | Unset):
        educations (list[Any] | Unset):
        created_at (datetime.datetime | None | Unset): A timestamp as the service writes it: ISO 8601 with a `+0000`
            offset (no colon),
            sometimes without an offset or without seconds (`2020-05-18T21:59`), or null.
            Parse leniently; strict RFC 3339 parsers reject `+0000`, which is why this is not
            declared `format: date-time` (`x-hrflow-lenient-date-time` marks it instead).
    """

    key: None | str | Unset = UNSET
    content_uid: None | str | Unset = UNSET
    file_name: None | str | Unset = UNSET
    file_size: int | None | str | Unset = UNSET
    persons: list[ParsedPerson] | Unset = UNSET
    emails: list[str] | Unset = UNSET
    phones: list[str] | Unset = UNSET
    urls: list[Any] | Unset = UNSET
    skills: list[Skill] | Unset = UNSET
    summary: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    text_language: None | str | Unset = UNSET
    experiences: list[Any] | Unset = UNSET
    educations: list[Any] | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        content_uid: None | str | Unset
        if isinstance(self.content_uid, Unset):
            content_uid = UNSET
        else:
            content_uid = self.content_uid

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        file_size: int | None | str | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        persons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.persons, Unset):
            persons = []
            for persons_item_data in self.persons:
                persons_item = persons_item_data.to_dict()
                persons.append(persons_item)

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        urls: list[Any] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = self.urls

        skills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = []
            for skills_item_data in self.skills:
                skills_item = skills_item_data.to_dict()
                skills.append(skills_item)

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        text_language: None | str | Unset
        if isinstance(self.text_language, Unset):
            text_language = UNSET
        else:
            text_language = self.text_language

        experiences: list[Any] | Unset = UNSET
        if not isinstance(self.experiences, Unset):
            experiences = self.experiences

        educations: list[Any] | Unset = UNSET
        if not isinstance(self.educations, Unset):
            educations = self.educations

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if content_uid is not UNSET:
            field_dict["content_uid"] = content_uid
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if persons is not UNSET:
            field_dict["persons"] = persons
        if emails is not UNSET:
            field_dict["emails"] = emails
        if phones is not UNSET:
            field_dict["phones"] = phones
        if urls is not UNSET:
            field_dict["urls"] = urls
        if skills is not UNSET:
            field_dict["skills"] = skills
        if summary is not UNSET:
            field_dict["summary"] = summary
        if text is not UNSET:
            field_dict["text"] = text
        if text_language is not UNSET:
            field_dict["text_language"] = text_language
        if experiences is not UNSET:
            field_dict["experiences"] = experiences
        if educations is not UNSET:
            field_dict["educations"] = educations
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        def _parse_content_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_uid = _parse_content_uid(d.pop("content_uid", UNSET))

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("file_name", UNSET))

        def _parse_file_size(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        file_size = _parse_file_size(d.pop("file_size", UNSET))

        _persons = d.pop("persons", UNSET)
        persons: list[ParsedPerson] | Unset = UNSET
        if _persons is not UNSET:
            persons = []
            for persons_item_data in _persons:
                persons_item = ParsedPerson.from_dict(persons_item_data)

                persons.append(persons_item)

        emails = cast(list[str], d.pop("emails", UNSET))

        phones = cast(list[str], d.pop("phones", UNSET))

        urls = cast(list[Any], d.pop("urls", UNSET))

        _skills = d.pop("skills", UNSET)
        skills: list[Skill] | Unset = UNSET
        if _skills is not UNSET:
            skills = []
            for skills_item_data in _skills:
                skills_item = Skill.from_dict(skills_item_data)

                skills.append(skills_item)

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_text_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_language = _parse_text_language(d.pop("text_language", UNSET))

        experiences = cast(list[Any], d.pop("experiences", UNSET))

        educations = cast(list[Any], d.pop("educations", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        parsing = cls(
            key=key,
            content_uid=content_uid,
            file_name=file_name,
            file_size=file_size,
            persons=persons,
            emails=emails,
            phones=phones,
            urls=urls,
            skills=skills,
            summary=summary,
            text=text,
            text_language=text_language,
            experiences=experiences,
            educations=educations,
            created_at=created_at,
        )

        parsing.additional_properties = d
        return parsing

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("key", self.key),
                ("content_uid", self.content_uid),
                ("file_name", self.file_name),
                ("file_size", self.file_size),
                ("persons", self.persons),
                ("emails", self.emails),
                ("phones", self.phones),
                ("urls", self.urls),
                ("skills", self.skills),
                ("summary", self.summary),
                ("text", self.text),
                ("text_language", self.text_language),
                ("experiences", self.experiences),
                ("educations", self.educations),
                ("created_at", self.created_at),
            )
            if value is not UNSET
        ]
        shown += [f"{name}={value!r}" for name, value in self.additional_properties.items()]
        return f"{type(self).__name__}({', '.join(shown)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Bound once, after the class (so that models referring to each other still import),
# instead of re-imported inside every to_dict/from_dict call.
from ..models.parsed_person import ParsedPerson  # noqa: E402
from ..models.skill import Skill  # noqa: E402
