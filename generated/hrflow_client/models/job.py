from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent import Agent
    from ..models.location import Location
    from ..models.metadata import Metadata
    from ..models.named_value import NamedValue
    from ..models.namespace_ref import NamespaceRef
    from ..models.range_date import RangeDate
    from ..models.range_float import RangeFloat
    from ..models.section import Section
    from ..models.skill import Skill
    from ..models.tag import Tag


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A job as read back. Open to new fields.

    Attributes:
        key (str): The job's key (40 hexadecimal characters), set by the service.
        created_at (datetime.datetime): When a stored object was indexed: a `Timestamp` the service always sets (to the
            indexing time when the write gave none), so never missing nor null on an object
            read back. Parsed as leniently as `Timestamp`.
        id (int | str | Unset): Internal numeric identifier.
        reference (None | str | Unset): Your own identifier for the job, unique within its board.
        name (None | str | Unset): The job's title.
        url (None | str | Unset):
        summary (None | str | Unset):
        culture (None | str | Unset): The company's values, work environment and ethos.
        benefits (None | str | Unset): The perks and advantages offered.
        responsibilities (None | str | Unset): The duties and tasks expected from the role.
        requirements (None | str | Unset): The qualifications and skills needed.
        interviews (None | str | Unset): The interview process and its stages.
        location (Location | Unset): A place. `lat`/`lng` come back as numbers, as strings (even non-numeric ones such
            as `"lat"`) or as null; `fields` is an object of parsed address parts, `[]`, or
            null. One edit example writes coordinates as `geopoint {lat, lon}` instead.
        sections (list[Section] | Unset):
        skills (list[Skill] | Unset):
        languages (list[NamedValue] | Unset):
        tasks (list[NamedValue] | Unset):
        courses (list[NamedValue] | Unset):
        certifications (list[NamedValue] | Unset):
        tags (list[Tag] | Unset):
        metadatas (list[Metadata] | Unset):
        ranges_float (list[RangeFloat] | Unset):
        ranges_date (list[RangeDate] | Unset):
        agent_key (None | str | Unset): The key of the attached scoring agent.
        status (bool | None | Unset): Whether the job is active.
        archive (bool | None | str | Unset): Whether, or since when, the object is archived. Seen as `false`, `null`, or
            a timestamp.
        archived_at (None | str | Unset): When the object was archived (ISO 8601), null when it is not. Not on the
            object pages (which show `archive`); the official SDK 4.3.0 models read it.
        board_key (None | str | Unset): The key of the board the job belongs to (the official SDK's job model; equal to
            `board.key`).
        members (list[Any] | Unset): Users the job is shared with.
        notification (bool | None | Unset): Whether notifications are on for this job.
        threshold (float | None | Unset): The matching score threshold, when one is set.
        query (list[Any] | Unset): Saved search query, usually empty.
        agent (Agent | None | Unset): The attached scoring agent, when there is one.
        board (NamespaceRef | None | Unset): The board the job belongs to.
        updated_at (datetime.datetime | None | Unset): A timestamp as the service writes it: ISO 8601 with a `+0000`
            offset (no colon),
            sometimes without an offset or without seconds (`2020-05-18T21:59`), or null.
            Parse leniently; strict RFC 3339 parsers reject `+0000`, which is why this is not
            declared `format: date-time` (`x-hrflow-lenient-date-time` marks it instead).
    """

    key: str
    created_at: datetime.datetime
    id: int | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    culture: None | str | Unset = UNSET
    benefits: None | str | Unset = UNSET
    responsibilities: None | str | Unset = UNSET
    requirements: None | str | Unset = UNSET
    interviews: None | str | Unset = UNSET
    location: Location | Unset = UNSET
    sections: list[Section] | Unset = UNSET
    skills: list[Skill] | Unset = UNSET
    languages: list[NamedValue] | Unset = UNSET
    tasks: list[NamedValue] | Unset = UNSET
    courses: list[NamedValue] | Unset = UNSET
    certifications: list[NamedValue] | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    metadatas: list[Metadata] | Unset = UNSET
    ranges_float: list[RangeFloat] | Unset = UNSET
    ranges_date: list[RangeDate] | Unset = UNSET
    agent_key: None | str | Unset = UNSET
    status: bool | None | Unset = UNSET
    archive: bool | None | str | Unset = UNSET
    archived_at: None | str | Unset = UNSET
    board_key: None | str | Unset = UNSET
    members: list[Any] | Unset = UNSET
    notification: bool | None | Unset = UNSET
    threshold: float | None | Unset = UNSET
    query: list[Any] | Unset = UNSET
    agent: Agent | None | Unset = UNSET
    board: NamespaceRef | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        culture: None | str | Unset
        if isinstance(self.culture, Unset):
            culture = UNSET
        else:
            culture = self.culture

        benefits: None | str | Unset
        if isinstance(self.benefits, Unset):
            benefits = UNSET
        else:
            benefits = self.benefits

        responsibilities: None | str | Unset
        if isinstance(self.responsibilities, Unset):
            responsibilities = UNSET
        else:
            responsibilities = self.responsibilities

        requirements: None | str | Unset
        if isinstance(self.requirements, Unset):
            requirements = UNSET
        else:
            requirements = self.requirements

        interviews: None | str | Unset
        if isinstance(self.interviews, Unset):
            interviews = UNSET
        else:
            interviews = self.interviews

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        sections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sections, Unset):
            sections = []
            for sections_item_data in self.sections:
                sections_item = sections_item_data.to_dict()
                sections.append(sections_item)

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

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        courses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.courses, Unset):
            courses = []
            for courses_item_data in self.courses:
                courses_item = courses_item_data.to_dict()
                courses.append(courses_item)

        certifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.certifications, Unset):
            certifications = []
            for certifications_item_data in self.certifications:
                certifications_item = certifications_item_data.to_dict()
                certifications.append(certifications_item)

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

        ranges_float: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ranges_float, Unset):
            ranges_float = []
            for ranges_float_item_data in self.ranges_float:
                ranges_float_item = ranges_float_item_data.to_dict()
                ranges_float.append(ranges_float_item)

        ranges_date: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ranges_date, Unset):
            ranges_date = []
            for ranges_date_item_data in self.ranges_date:
                ranges_date_item = ranges_date_item_data.to_dict()
                ranges_date.append(ranges_date_item)

        agent_key: None | str | Unset
        if isinstance(self.agent_key, Unset):
            agent_key = UNSET
        else:
            agent_key = self.agent_key

        status: bool | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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

        board_key: None | str | Unset
        if isinstance(self.board_key, Unset):
            board_key = UNSET
        else:
            board_key = self.board_key

        members: list[Any] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = self.members

        notification: bool | None | Unset
        if isinstance(self.notification, Unset):
            notification = UNSET
        else:
            notification = self.notification

        threshold: float | None | Unset
        if isinstance(self.threshold, Unset):
            threshold = UNSET
        else:
            threshold = self.threshold

        query: list[Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, Agent):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        board: dict[str, Any] | None | Unset
        if isinstance(self.board, Unset):
            board = UNSET
        elif isinstance(self.board, NamespaceRef):
            board = self.board.to_dict()
        else:
            board = self.board

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

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
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if summary is not UNSET:
            field_dict["summary"] = summary
        if culture is not UNSET:
            field_dict["culture"] = culture
        if benefits is not UNSET:
            field_dict["benefits"] = benefits
        if responsibilities is not UNSET:
            field_dict["responsibilities"] = responsibilities
        if requirements is not UNSET:
            field_dict["requirements"] = requirements
        if interviews is not UNSET:
            field_dict["interviews"] = interviews
        if location is not UNSET:
            field_dict["location"] = location
        if sections is not UNSET:
            field_dict["sections"] = sections
        if skills is not UNSET:
            field_dict["skills"] = skills
        if languages is not UNSET:
            field_dict["languages"] = languages
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if courses is not UNSET:
            field_dict["courses"] = courses
        if certifications is not UNSET:
            field_dict["certifications"] = certifications
        if tags is not UNSET:
            field_dict["tags"] = tags
        if metadatas is not UNSET:
            field_dict["metadatas"] = metadatas
        if ranges_float is not UNSET:
            field_dict["ranges_float"] = ranges_float
        if ranges_date is not UNSET:
            field_dict["ranges_date"] = ranges_date
        if agent_key is not UNSET:
            field_dict["agent_key"] = agent_key
        if status is not UNSET:
            field_dict["status"] = status
        if archive is not UNSET:
            field_dict["archive"] = archive
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if board_key is not UNSET:
            field_dict["board_key"] = board_key
        if members is not UNSET:
            field_dict["members"] = members
        if notification is not UNSET:
            field_dict["notification"] = notification
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if query is not UNSET:
            field_dict["query"] = query
        if agent is not UNSET:
            field_dict["agent"] = agent
        if board is not UNSET:
            field_dict["board"] = board
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_culture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        culture = _parse_culture(d.pop("culture", UNSET))

        def _parse_benefits(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        benefits = _parse_benefits(d.pop("benefits", UNSET))

        def _parse_responsibilities(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        responsibilities = _parse_responsibilities(d.pop("responsibilities", UNSET))

        def _parse_requirements(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requirements = _parse_requirements(d.pop("requirements", UNSET))

        def _parse_interviews(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        interviews = _parse_interviews(d.pop("interviews", UNSET))

        _location = d.pop("location", UNSET)
        location: Location | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = Location.from_dict(_location)

        _sections = d.pop("sections", UNSET)
        sections: list[Section] | Unset = UNSET
        if _sections is not UNSET:
            sections = []
            for sections_item_data in _sections:
                sections_item = Section.from_dict(sections_item_data)

                sections.append(sections_item)

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

        _tasks = d.pop("tasks", UNSET)
        tasks: list[NamedValue] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = NamedValue.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        _courses = d.pop("courses", UNSET)
        courses: list[NamedValue] | Unset = UNSET
        if _courses is not UNSET:
            courses = []
            for courses_item_data in _courses:
                courses_item = NamedValue.from_dict(courses_item_data)

                courses.append(courses_item)

        _certifications = d.pop("certifications", UNSET)
        certifications: list[NamedValue] | Unset = UNSET
        if _certifications is not UNSET:
            certifications = []
            for certifications_item_data in _certifications:
                certifications_item = NamedValue.from_dict(certifications_item_data)

                certifications.append(certifications_item)

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

        _ranges_float = d.pop("ranges_float", UNSET)
        ranges_float: list[RangeFloat] | Unset = UNSET
        if _ranges_float is not UNSET:
            ranges_float = []
            for ranges_float_item_data in _ranges_float:
                ranges_float_item = RangeFloat.from_dict(ranges_float_item_data)

                ranges_float.append(ranges_float_item)

        _ranges_date = d.pop("ranges_date", UNSET)
        ranges_date: list[RangeDate] | Unset = UNSET
        if _ranges_date is not UNSET:
            ranges_date = []
            for ranges_date_item_data in _ranges_date:
                ranges_date_item = RangeDate.from_dict(ranges_date_item_data)

                ranges_date.append(ranges_date_item)

        def _parse_agent_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_key = _parse_agent_key(d.pop("agent_key", UNSET))

        def _parse_status(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        def _parse_board_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        board_key = _parse_board_key(d.pop("board_key", UNSET))

        members = cast(list[Any], d.pop("members", UNSET))

        def _parse_notification(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        notification = _parse_notification(d.pop("notification", UNSET))

        def _parse_threshold(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        threshold = _parse_threshold(d.pop("threshold", UNSET))

        query = cast(list[Any], d.pop("query", UNSET))

        def _parse_agent(data: object) -> Agent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_type_0 = Agent.from_dict(data)

                return agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Agent | None | Unset, data)

        agent = _parse_agent(d.pop("agent", UNSET))

        def _parse_board(data: object) -> NamespaceRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                board_type_0 = NamespaceRef.from_dict(data)

                return board_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NamespaceRef | None | Unset, data)

        board = _parse_board(d.pop("board", UNSET))

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

        job = cls(
            key=key,
            created_at=created_at,
            id=id,
            reference=reference,
            name=name,
            url=url,
            summary=summary,
            culture=culture,
            benefits=benefits,
            responsibilities=responsibilities,
            requirements=requirements,
            interviews=interviews,
            location=location,
            sections=sections,
            skills=skills,
            languages=languages,
            tasks=tasks,
            courses=courses,
            certifications=certifications,
            tags=tags,
            metadatas=metadatas,
            ranges_float=ranges_float,
            ranges_date=ranges_date,
            agent_key=agent_key,
            status=status,
            archive=archive,
            archived_at=archived_at,
            board_key=board_key,
            members=members,
            notification=notification,
            threshold=threshold,
            query=query,
            agent=agent,
            board=board,
            updated_at=updated_at,
        )

        job.additional_properties = d
        return job

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("key", self.key),
                ("created_at", self.created_at),
                ("id", self.id),
                ("reference", self.reference),
                ("name", self.name),
                ("url", self.url),
                ("summary", self.summary),
                ("culture", self.culture),
                ("benefits", self.benefits),
                ("responsibilities", self.responsibilities),
                ("requirements", self.requirements),
                ("interviews", self.interviews),
                ("location", self.location),
                ("sections", self.sections),
                ("skills", self.skills),
                ("languages", self.languages),
                ("tasks", self.tasks),
                ("courses", self.courses),
                ("certifications", self.certifications),
                ("tags", self.tags),
                ("metadatas", self.metadatas),
                ("ranges_float", self.ranges_float),
                ("ranges_date", self.ranges_date),
                ("agent_key", self.agent_key),
                ("status", self.status),
                ("archive", self.archive),
                ("archived_at", self.archived_at),
                ("board_key", self.board_key),
                ("members", self.members),
                ("notification", self.notification),
                ("threshold", self.threshold),
                ("query", self.query),
                ("agent", self.agent),
                ("board", self.board),
                ("updated_at", self.updated_at),
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
from ..models.agent import Agent  # noqa: E402
from ..models.location import Location  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.named_value import NamedValue  # noqa: E402
from ..models.namespace_ref import NamespaceRef  # noqa: E402
from ..models.range_date import RangeDate  # noqa: E402
from ..models.range_float import RangeFloat  # noqa: E402
from ..models.section import Section  # noqa: E402
from ..models.skill import Skill  # noqa: E402
from ..models.tag import Tag  # noqa: E402
