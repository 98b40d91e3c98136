from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.consent_algorithmic import ConsentAlgorithmic
    from ..models.education import Education
    from ..models.experience import Experience
    from ..models.label import Label
    from ..models.metadata import Metadata
    from ..models.named_value import NamedValue
    from ..models.namespace_ref import NamespaceRef
    from ..models.profile_info import ProfileInfo
    from ..models.skill import Skill
    from ..models.tag import Tag


T = TypeVar("T", bound="Profile")


@_attrs_define
class Profile:
    """A profile as read back. Experience and education dates are plain strings here. Open to new fields.

    Attributes:
        key (str): The profile's key (40 hexadecimal characters), set by the service.
        created_at (datetime.datetime): When a stored object was indexed: a `Timestamp` the service always sets (to the
            indexing time when the write gave none), so never missing nor null on an object
            read back. Parsed as leniently as `Timestamp`.
        id (int | str | Unset): Internal numeric identifier.
        reference (None | str | Unset): Your own identifier for the profile, unique within its source.
        archive (bool | None | str | Unset): Whether, or since when, the object is archived. Seen as `false`, `null`, or
            a timestamp.
        archived_at (None | str | Unset): When the object was archived (ISO 8601), null when it is not. Not on the
            object pages (which show `archive`); the official SDK 4.3.0 models read it.
        consent_algorithmic (ConsentAlgorithmic | None | Unset):
        source (NamespaceRef | None | Unset): The source the profile belongs to.
        updated_at (datetime.datetime | None | Unset): A timestamp as the service writes it: ISO 8601 with a `+0000`
            offset (no colon),
            sometimes without an offset or without seconds (`2020-05-18T21:59`), or null.
            Parse leniently; strict RFC 3339 parsers reject `+0000`, which is why this is not
            declared `format: date-time` (`x-hrflow-lenient-date-time` marks it instead).
        info (None | ProfileInfo | Unset):
        text_language (None | str | Unset):
        text (None | str | Unset):
        experiences_duration (float | None | Unset):
        educations_duration (float | None | Unset):
        experiences (list[Experience] | Unset):
        educations (list[Education] | Unset):
        attachments (list[Attachment] | Unset):
        certifications (list[NamedValue] | Unset):
        courses (list[NamedValue] | Unset):
        tasks (list[NamedValue] | Unset):
        skills (list[Skill] | Unset):
        languages (list[NamedValue] | Unset):
        interests (list[NamedValue] | Unset):
        labels (list[Label] | Unset):
        tags (list[Tag] | Unset):
        metadatas (list[Metadata] | Unset):
    """

    key: str
    created_at: datetime.datetime
    id: int | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    archive: bool | None | str | Unset = UNSET
    archived_at: None | str | Unset = UNSET
    consent_algorithmic: ConsentAlgorithmic | None | Unset = UNSET
    source: NamespaceRef | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    info: None | ProfileInfo | Unset = UNSET
    text_language: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    experiences_duration: float | None | Unset = UNSET
    educations_duration: float | None | Unset = UNSET
    experiences: list[Experience] | Unset = UNSET
    educations: list[Education] | Unset = UNSET
    attachments: list[Attachment] | Unset = UNSET
    certifications: list[NamedValue] | Unset = UNSET
    courses: list[NamedValue] | Unset = UNSET
    tasks: list[NamedValue] | Unset = UNSET
    skills: list[Skill] | Unset = UNSET
    languages: list[NamedValue] | Unset = UNSET
    interests: list[NamedValue] | Unset = UNSET
    labels: list[Label] | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    metadatas: list[Metadata] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        created_at = self.created_at.isoformat()

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        archive: bool | None | str | Unset
        if isinstance(self.archive, Unset):
            archive = UNSET
        else:
            archive = self.archive

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        else:
            archived_at = self.archived_at

        consent_algorithmic: dict[str, Any] | None | Unset
        if isinstance(self.consent_algorithmic, Unset):
            consent_algorithmic = UNSET
        elif isinstance(self.consent_algorithmic, ConsentAlgorithmic):
            consent_algorithmic = self.consent_algorithmic.to_dict()
        else:
            consent_algorithmic = self.consent_algorithmic

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, NamespaceRef):
            source = self.source.to_dict()
        else:
            source = self.source

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        info: dict[str, Any] | None | Unset
        if isinstance(self.info, Unset):
            info = UNSET
        elif isinstance(self.info, ProfileInfo):
            info = self.info.to_dict()
        else:
            info = self.info

        text_language: None | str | Unset
        if isinstance(self.text_language, Unset):
            text_language = UNSET
        else:
            text_language = self.text_language

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        experiences_duration: float | None | Unset
        if isinstance(self.experiences_duration, Unset):
            experiences_duration = UNSET
        else:
            experiences_duration = self.experiences_duration

        educations_duration: float | None | Unset
        if isinstance(self.educations_duration, Unset):
            educations_duration = UNSET
        else:
            educations_duration = self.educations_duration

        experiences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.experiences, Unset):
            experiences = []
            for experiences_item_data in self.experiences:
                experiences_item = experiences_item_data.to_dict()
                experiences.append(experiences_item)

        educations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.educations, Unset):
            educations = []
            for educations_item_data in self.educations:
                educations_item = educations_item_data.to_dict()
                educations.append(educations_item)

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        certifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.certifications, Unset):
            certifications = []
            for certifications_item_data in self.certifications:
                certifications_item = certifications_item_data.to_dict()
                certifications.append(certifications_item)

        courses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.courses, Unset):
            courses = []
            for courses_item_data in self.courses:
                courses_item = courses_item_data.to_dict()
                courses.append(courses_item)

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        skills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = []
            for skills_item_data in self.skills:
                skills_item = skills_item_data.to_dict()
                skills.append(skills_item)

        languages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = []
            for languages_item_data in self.languages:
                languages_item = languages_item_data.to_dict()
                languages.append(languages_item)

        interests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interests, Unset):
            interests = []
            for interests_item_data in self.interests:
                interests_item = interests_item_data.to_dict()
                interests.append(interests_item)

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        metadatas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadatas, Unset):
            metadatas = []
            for metadatas_item_data in self.metadatas:
                metadatas_item = metadatas_item_data.to_dict()
                metadatas.append(metadatas_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "created_at": created_at,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if archive is not UNSET:
            field_dict["archive"] = archive
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if consent_algorithmic is not UNSET:
            field_dict["consent_algorithmic"] = consent_algorithmic
        if source is not UNSET:
            field_dict["source"] = source
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if info is not UNSET:
            field_dict["info"] = info
        if text_language is not UNSET:
            field_dict["text_language"] = text_language
        if text is not UNSET:
            field_dict["text"] = text
        if experiences_duration is not UNSET:
            field_dict["experiences_duration"] = experiences_duration
        if educations_duration is not UNSET:
            field_dict["educations_duration"] = educations_duration
        if experiences is not UNSET:
            field_dict["experiences"] = experiences
        if educations is not UNSET:
            field_dict["educations"] = educations
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if certifications is not UNSET:
            field_dict["certifications"] = certifications
        if courses is not UNSET:
            field_dict["courses"] = courses
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if skills is not UNSET:
            field_dict["skills"] = skills
        if languages is not UNSET:
            field_dict["languages"] = languages
        if interests is not UNSET:
            field_dict["interests"] = interests
        if labels is not UNSET:
            field_dict["labels"] = labels
        if tags is not UNSET:
            field_dict["tags"] = tags
        if metadatas is not UNSET:
            field_dict["metadatas"] = metadatas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_archive(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | str | Unset, data)

        archive = _parse_archive(d.pop("archive", UNSET))

        def _parse_archived_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        archived_at = _parse_archived_at(d.pop("archived_at", UNSET))

        def _parse_consent_algorithmic(data: object) -> ConsentAlgorithmic | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consent_algorithmic_type_0 = ConsentAlgorithmic.from_dict(data)

                return consent_algorithmic_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConsentAlgorithmic | None | Unset, data)

        consent_algorithmic = _parse_consent_algorithmic(d.pop("consent_algorithmic", UNSET))

        def _parse_source(data: object) -> NamespaceRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = NamespaceRef.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NamespaceRef | None | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
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

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_info(data: object) -> None | ProfileInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                info_type_0 = ProfileInfo.from_dict(data)

                return info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProfileInfo | Unset, data)

        info = _parse_info(d.pop("info", UNSET))

        def _parse_text_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_language = _parse_text_language(d.pop("text_language", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_experiences_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        experiences_duration = _parse_experiences_duration(d.pop("experiences_duration", UNSET))

        def _parse_educations_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        educations_duration = _parse_educations_duration(d.pop("educations_duration", UNSET))

        _experiences = d.pop("experiences", UNSET)
        experiences: list[Experience] | Unset = UNSET
        if _experiences is not UNSET:
            experiences = []
            for experiences_item_data in _experiences:
                experiences_item = Experience.from_dict(experiences_item_data)

                experiences.append(experiences_item)

        _educations = d.pop("educations", UNSET)
        educations: list[Education] | Unset = UNSET
        if _educations is not UNSET:
            educations = []
            for educations_item_data in _educations:
                educations_item = Education.from_dict(educations_item_data)

                educations.append(educations_item)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[Attachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = Attachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _certifications = d.pop("certifications", UNSET)
        certifications: list[NamedValue] | Unset = UNSET
        if _certifications is not UNSET:
            certifications = []
            for certifications_item_data in _certifications:
                certifications_item = NamedValue.from_dict(certifications_item_data)

                certifications.append(certifications_item)

        _courses = d.pop("courses", UNSET)
        courses: list[NamedValue] | Unset = UNSET
        if _courses is not UNSET:
            courses = []
            for courses_item_data in _courses:
                courses_item = NamedValue.from_dict(courses_item_data)

                courses.append(courses_item)

        _tasks = d.pop("tasks", UNSET)
        tasks: list[NamedValue] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = NamedValue.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        _skills = d.pop("skills", UNSET)
        skills: list[Skill] | Unset = UNSET
        if _skills is not UNSET:
            skills = []
            for skills_item_data in _skills:
                skills_item = Skill.from_dict(skills_item_data)

                skills.append(skills_item)

        _languages = d.pop("languages", UNSET)
        languages: list[NamedValue] | Unset = UNSET
        if _languages is not UNSET:
            languages = []
            for languages_item_data in _languages:
                languages_item = NamedValue.from_dict(languages_item_data)

                languages.append(languages_item)

        _interests = d.pop("interests", UNSET)
        interests: list[NamedValue] | Unset = UNSET
        if _interests is not UNSET:
            interests = []
            for interests_item_data in _interests:
                interests_item = NamedValue.from_dict(interests_item_data)

                interests.append(interests_item)

        _labels = d.pop("labels", UNSET)
        labels: list[Label] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = Label.from_dict(labels_item_data)

                labels.append(labels_item)

        _tags = d.pop("tags", UNSET)
        tags: list[Tag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = Tag.from_dict(tags_item_data)

                tags.append(tags_item)

        _metadatas = d.pop("metadatas", UNSET)
        metadatas: list[Metadata] | Unset = UNSET
        if _metadatas is not UNSET:
            metadatas = []
            for metadatas_item_data in _metadatas:
                metadatas_item = Metadata.from_dict(metadatas_item_data)

                metadatas.append(metadatas_item)

        profile = cls(
            key=key,
            created_at=created_at,
            id=id,
            reference=reference,
            archive=archive,
            archived_at=archived_at,
            consent_algorithmic=consent_algorithmic,
            source=source,
            updated_at=updated_at,
            info=info,
            text_language=text_language,
            text=text,
            experiences_duration=experiences_duration,
            educations_duration=educations_duration,
            experiences=experiences,
            educations=educations,
            attachments=attachments,
            certifications=certifications,
            courses=courses,
            tasks=tasks,
            skills=skills,
            languages=languages,
            interests=interests,
            labels=labels,
            tags=tags,
            metadatas=metadatas,
        )

        profile.additional_properties = d
        return profile

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("key", self.key),
                ("created_at", self.created_at),
                ("id", self.id),
                ("reference", self.reference),
                ("archive", self.archive),
                ("archived_at", self.archived_at),
                ("consent_algorithmic", self.consent_algorithmic),
                ("source", self.source),
                ("updated_at", self.updated_at),
                ("info", self.info),
                ("text_language", self.text_language),
                ("text", self.text),
                ("experiences_duration", self.experiences_duration),
                ("educations_duration", self.educations_duration),
                ("experiences", self.experiences),
                ("educations", self.educations),
                ("attachments", self.attachments),
                ("certifications", self.certifications),
                ("courses", self.courses),
                ("tasks", self.tasks),
                ("skills", self.skills),
                ("languages", self.languages),
                ("interests", self.interests),
                ("labels", self.labels),
                ("tags", self.tags),
                ("metadatas", self.metadatas),
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
from ..models.attachment import Attachment  # noqa: E402
from ..models.consent_algorithmic import ConsentAlgorithmic  # noqa: E402
from ..models.education import Education  # noqa: E402
from ..models.experience import Experience  # noqa: E402
from ..models.label import Label  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.named_value import NamedValue  # noqa: E402
from ..models.namespace_ref import NamespaceRef  # noqa: E402
from ..models.profile_info import ProfileInfo  # noqa: E402
from ..models.skill import Skill  # noqa: E402
from ..models.tag import Tag  # noqa: E402
