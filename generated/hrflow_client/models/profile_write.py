from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_write import AttachmentWrite
    from ..models.consent_algorithmic import ConsentAlgorithmic
    from ..models.education_write import EducationWrite
    from ..models.experience_write import ExperienceWrite
    from ..models.label import Label
    from ..models.metadata import Metadata
    from ..models.named_value import NamedValue
    from ..models.profile_info_write import ProfileInfoWrite
    from ..models.skill_write import SkillWrite
    from ..models.tag import Tag


T = TypeVar("T", bound="ProfileWrite")


@_attrs_define
class ProfileWrite:
    """A profile as written. Experience and education dates are `{"iso8601": ...}` objects.

    Attributes:
        reference (None | str | Unset): Your own identifier for the profile, unique within a source.
        created_at (None | str | Unset): When the profile was created on your side, ISO 8601.
        consent_algorithmic (ConsentAlgorithmic | Unset): What the algorithms may do with the profile's personal data,
            as granted by its owner and by the data controller.
        info (ProfileInfoWrite | Unset): The profile's personal information as written.
        text (None | str | Unset): A concise text describing each experience and education.
        text_language (None | str | Unset): The language of `text`, ISO 639-1 (e.g. `en`).
        experiences_duration (float | None | Unset): Total years of experience (the profile's seniority).
        educations_duration (float | None | Unset): Total years of education.
        experiences (list[ExperienceWrite] | Unset):
        educations (list[EducationWrite] | Unset):
        certifications (list[NamedValue] | Unset):
        courses (list[NamedValue] | Unset):
        tasks (list[NamedValue] | Unset):
        skills (list[SkillWrite] | Unset):
        languages (list[NamedValue] | Unset):
        interests (list[NamedValue] | Unset):
        labels (list[Label] | Unset):
        tags (list[Tag] | Unset):
        metadatas (list[Metadata] | Unset):
        attachments (list[AttachmentWrite] | Unset): Files attached to the profile. Shown only empty in the indexing
            pages.
    """

    reference: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    consent_algorithmic: ConsentAlgorithmic | Unset = UNSET
    info: ProfileInfoWrite | Unset = UNSET
    text: None | str | Unset = UNSET
    text_language: None | str | Unset = UNSET
    experiences_duration: float | None | Unset = UNSET
    educations_duration: float | None | Unset = UNSET
    experiences: list[ExperienceWrite] | Unset = UNSET
    educations: list[EducationWrite] | Unset = UNSET
    certifications: list[NamedValue] | Unset = UNSET
    courses: list[NamedValue] | Unset = UNSET
    tasks: list[NamedValue] | Unset = UNSET
    skills: list[SkillWrite] | Unset = UNSET
    languages: list[NamedValue] | Unset = UNSET
    interests: list[NamedValue] | Unset = UNSET
    labels: list[Label] | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    metadatas: list[Metadata] | Unset = UNSET
    attachments: list[AttachmentWrite] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        consent_algorithmic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consent_algorithmic, Unset):
            consent_algorithmic = self.consent_algorithmic.to_dict()

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

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

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reference is not UNSET:
            field_dict["reference"] = reference
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if consent_algorithmic is not UNSET:
            field_dict["consent_algorithmic"] = consent_algorithmic
        if info is not UNSET:
            field_dict["info"] = info
        if text is not UNSET:
            field_dict["text"] = text
        if text_language is not UNSET:
            field_dict["text_language"] = text_language
        if experiences_duration is not UNSET:
            field_dict["experiences_duration"] = experiences_duration
        if educations_duration is not UNSET:
            field_dict["educations_duration"] = educations_duration
        if experiences is not UNSET:
            field_dict["experiences"] = experiences
        if educations is not UNSET:
            field_dict["educations"] = educations
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
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        _consent_algorithmic = d.pop("consent_algorithmic", UNSET)
        consent_algorithmic: ConsentAlgorithmic | Unset
        if isinstance(_consent_algorithmic, Unset):
            consent_algorithmic = UNSET
        else:
            consent_algorithmic = ConsentAlgorithmic.from_dict(_consent_algorithmic)

        _info = d.pop("info", UNSET)
        info: ProfileInfoWrite | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = ProfileInfoWrite.from_dict(_info)

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
        experiences: list[ExperienceWrite] | Unset = UNSET
        if _experiences is not UNSET:
            experiences = []
            for experiences_item_data in _experiences:
                experiences_item = ExperienceWrite.from_dict(experiences_item_data)

                experiences.append(experiences_item)

        _educations = d.pop("educations", UNSET)
        educations: list[EducationWrite] | Unset = UNSET
        if _educations is not UNSET:
            educations = []
            for educations_item_data in _educations:
                educations_item = EducationWrite.from_dict(educations_item_data)

                educations.append(educations_item)

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
        skills: list[SkillWrite] | Unset = UNSET
        if _skills is not UNSET:
            skills = []
            for skills_item_data in _skills:
                skills_item = SkillWrite.from_dict(skills_item_data)

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

        _attachments = d.pop("attachments", UNSET)
        attachments: list[AttachmentWrite] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = AttachmentWrite.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        profile_write = cls(
            reference=reference,
            created_at=created_at,
            consent_algorithmic=consent_algorithmic,
            info=info,
            text=text,
            text_language=text_language,
            experiences_duration=experiences_duration,
            educations_duration=educations_duration,
            experiences=experiences,
            educations=educations,
            certifications=certifications,
            courses=courses,
            tasks=tasks,
            skills=skills,
            languages=languages,
            interests=interests,
            labels=labels,
            tags=tags,
            metadatas=metadatas,
            attachments=attachments,
        )

        profile_write.additional_properties = d
        return profile_write

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("reference", self.reference),
                ("created_at", self.created_at),
                ("consent_algorithmic", self.consent_algorithmic),
                ("info", self.info),
                ("text", self.text),
                ("text_language", self.text_language),
                ("experiences_duration", self.experiences_duration),
                ("educations_duration", self.educations_duration),
                ("experiences", self.experiences),
                ("educations", self.educations),
                ("certifications", self.certifications),
                ("courses", self.courses),
                ("tasks", self.tasks),
                ("skills", self.skills),
                ("languages", self.languages),
                ("interests", self.interests),
                ("labels", self.labels),
                ("tags", self.tags),
                ("metadatas", self.metadatas),
                ("attachments", self.attachments),
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
from ..models.attachment_write import AttachmentWrite  # noqa: E402
from ..models.consent_algorithmic import ConsentAlgorithmic  # noqa: E402
from ..models.education_write import EducationWrite  # noqa: E402
from ..models.experience_write import ExperienceWrite  # noqa: E402
from ..models.label import Label  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.named_value import NamedValue  # noqa: E402
from ..models.profile_info_write import ProfileInfoWrite  # noqa: E402
from ..models.skill_write import SkillWrite  # noqa: E402
from ..models.tag import Tag  # noqa: E402
