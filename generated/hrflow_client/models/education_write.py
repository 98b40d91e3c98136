from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.iso_8601_date import Iso8601Date
    from ..models.location import Location
    from ..models.named_value import NamedValue
    from ..models.skill_write import SkillWrite


T = TypeVar("T", bound="EducationWrite")


@_attrs_define
class EducationWrite:
    """An education as written; dates are `{"iso8601": ...}` objects.

    Attributes:
        title (None | str | Unset):
        school (None | str | Unset):
        logo (None | str | Unset): The school's logo (URL).
        description (None | str | Unset):
        location (Location | Unset): A place. `lat`/`lng` come back as numbers, as strings (even non-numeric ones such
            as `"lat"`) or as null; `fields` is an object of parsed address parts, `[]`, or
            null. One edit example writes coordinates as `geopoint {lat, lon}` instead.
        date_start (Iso8601Date | None | str | Unset): An experience or education date as the write endpoints take it:
            the documented
            object `{"iso8601": "2018-01-01T00:00:00"}`, the plain string GET returns
            (`"2018-01-01T00:00:00"`), or null when unknown. The pages document only the
            object (and warn that GET answers a string); the official SDK's models and
            HrFlow's connectors send back the strings they read, so both are accepted.
        date_end (Iso8601Date | None | str | Unset): An experience or education date as the write endpoints take it: the
            documented
            object `{"iso8601": "2018-01-01T00:00:00"}`, the plain string GET returns
            (`"2018-01-01T00:00:00"`), or null when unknown. The pages document only the
            object (and warn that GET answers a string); the official SDK's models and
            HrFlow's connectors send back the strings they read, so both are accepted.
        certifications (list[NamedValue] | Unset):
        courses (list[NamedValue] | Unset):
        tasks (list[NamedValue] | Unset):
        skills (list[SkillWrite] | Unset):
    """

    title: None | str | Unset = UNSET
    school: None | str | Unset = UNSET
    logo: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    location: Location | Unset = UNSET
    date_start: Iso8601Date | None | str | Unset = UNSET
    date_end: Iso8601Date | None | str | Unset = UNSET
    certifications: list[NamedValue] | Unset = UNSET
    courses: list[NamedValue] | Unset = UNSET
    tasks: list[NamedValue] | Unset = UNSET
    skills: list[SkillWrite] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        school: None | str | Unset
        if isinstance(self.school, Unset):
            school = UNSET
        else:
            school = self.school

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        date_start: dict[str, Any] | None | str | Unset
        if isinstance(self.date_start, Unset):
            date_start = UNSET
        elif isinstance(self.date_start, Iso8601Date):
            date_start = self.date_start.to_dict()
        else:
            date_start = self.date_start

        date_end: dict[str, Any] | None | str | Unset
        if isinstance(self.date_end, Unset):
            date_end = UNSET
        elif isinstance(self.date_end, Iso8601Date):
            date_end = self.date_end.to_dict()
        else:
            date_end = self.date_end

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if school is not UNSET:
            field_dict["school"] = school
        if logo is not UNSET:
            field_dict["logo"] = logo
        if description is not UNSET:
            field_dict["description"] = description
        if location is not UNSET:
            field_dict["location"] = location
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if date_end is not UNSET:
            field_dict["date_end"] = date_end
        if certifications is not UNSET:
            field_dict["certifications"] = certifications
        if courses is not UNSET:
            field_dict["courses"] = courses
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_school(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        school = _parse_school(d.pop("school", UNSET))

        def _parse_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo = _parse_logo(d.pop("logo", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _location = d.pop("location", UNSET)
        location: Location | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = Location.from_dict(_location)

        def _parse_date_start(data: object) -> Iso8601Date | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_date_write_type_0 = Iso8601Date.from_dict(data)

                return componentsschemas_date_write_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Iso8601Date | None | str | Unset, data)

        date_start = _parse_date_start(d.pop("date_start", UNSET))

        def _parse_date_end(data: object) -> Iso8601Date | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_date_write_type_0 = Iso8601Date.from_dict(data)

                return componentsschemas_date_write_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Iso8601Date | None | str | Unset, data)

        date_end = _parse_date_end(d.pop("date_end", UNSET))

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

        education_write = cls(
            title=title,
            school=school,
            logo=logo,
            description=description,
            location=location,
            date_start=date_start,
            date_end=date_end,
            certifications=certifications,
            courses=courses,
            tasks=tasks,
            skills=skills,
        )

        education_write.additional_properties = d
        return education_write

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("title", self.title),
                ("school", self.school),
                ("logo", self.logo),
                ("description", self.description),
                ("location", self.location),
                ("date_start", self.date_start),
                ("date_end", self.date_end),
                ("certifications", self.certifications),
                ("courses", self.courses),
                ("tasks", self.tasks),
                ("skills", self.skills),
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
from ..models.iso_8601_date import Iso8601Date  # noqa: E402
from ..models.location import Location  # noqa: E402
from ..models.named_value import NamedValue  # noqa: E402
from ..models.skill_write import SkillWrite  # noqa: E402
