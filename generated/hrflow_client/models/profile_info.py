from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location import Location
    from ..models.profile_url import ProfileUrl
    from ..models.profile_urls import ProfileUrls


T = TypeVar("T", bound="ProfileInfo")


@_attrs_define
class ProfileInfo:
    """The profile's personal information as read back.

    Attributes:
        full_name (None | str | Unset):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        date_birth (datetime.datetime | None | Unset): A timestamp as the service writes it: ISO 8601 with a `+0000`
            offset (no colon),
            sometimes without an offset or without seconds (`2020-05-18T21:59`), or null.
            Parse leniently; strict RFC 3339 parsers reject `+0000`, which is why this is not
            declared `format: date-time` (`x-hrflow-lenient-date-time` marks it instead).
        email (None | str | Unset):
        phone (None | str | Unset):
        gender (None | str | Unset):
        picture (None | str | Unset):
        location (Location | Unset): A place. `lat`/`lng` come back as numbers, as strings (even non-numeric ones such
            as `"lat"`) or as null; `fields` is an object of parsed address parts, `[]`, or
            null. One edit example writes coordinates as `geopoint {lat, lon}` instead.
        summary (None | str | Unset):
        urls (list[ProfileUrl] | None | ProfileUrls | Unset): The profile's links, in either of the two shapes HrFlow
            documents: an object
            `{from_resume, linkedin, twitter, facebook, github}` (the indexing pages) or a
            list of `{type, url}` (the Profile and Info object pages and the official SDK's
            models). Which one the service answers is not settled, so both are read and
            both are written; the service keeps what it is given.
    """

    full_name: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    date_birth: datetime.datetime | None | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    picture: None | str | Unset = UNSET
    location: Location | Unset = UNSET
    summary: None | str | Unset = UNSET
    urls: list[ProfileUrl] | None | ProfileUrls | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        date_birth: None | str | Unset
        if isinstance(self.date_birth, Unset):
            date_birth = UNSET
        elif isinstance(self.date_birth, datetime.datetime):
            date_birth = self.date_birth.isoformat()
        else:
            date_birth = self.date_birth

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        picture: None | str | Unset
        if isinstance(self.picture, Unset):
            picture = UNSET
        else:
            picture = self.picture

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        urls: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.urls, Unset):
            urls = UNSET
        elif isinstance(self.urls, ProfileUrls):
            urls = self.urls.to_dict()
        elif isinstance(self.urls, list):
            urls = []
            for componentsschemas_profile_urls_any_shape_type_1_item_data in self.urls:
                componentsschemas_profile_urls_any_shape_type_1_item = (
                    componentsschemas_profile_urls_any_shape_type_1_item_data.to_dict()
                )
                urls.append(componentsschemas_profile_urls_any_shape_type_1_item)

        else:
            urls = self.urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if date_birth is not UNSET:
            field_dict["date_birth"] = date_birth
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if gender is not UNSET:
            field_dict["gender"] = gender
        if picture is not UNSET:
            field_dict["picture"] = picture
        if location is not UNSET:
            field_dict["location"] = location
        if summary is not UNSET:
            field_dict["summary"] = summary
        if urls is not UNSET:
            field_dict["urls"] = urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_date_birth(data: object) -> datetime.datetime | None | Unset:
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

        date_birth = _parse_date_birth(d.pop("date_birth", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_picture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        picture = _parse_picture(d.pop("picture", UNSET))

        _location = d.pop("location", UNSET)
        location: Location | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = Location.from_dict(_location)

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_urls(data: object) -> list[ProfileUrl] | None | ProfileUrls | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_profile_urls_any_shape_type_0 = ProfileUrls.from_dict(data)

                return componentsschemas_profile_urls_any_shape_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_profile_urls_any_shape_type_1 = []
                _componentsschemas_profile_urls_any_shape_type_1 = data
                for (
                    componentsschemas_profile_urls_any_shape_type_1_item_data
                ) in _componentsschemas_profile_urls_any_shape_type_1:
                    componentsschemas_profile_urls_any_shape_type_1_item = ProfileUrl.from_dict(
                        componentsschemas_profile_urls_any_shape_type_1_item_data
                    )

                    componentsschemas_profile_urls_any_shape_type_1.append(
                        componentsschemas_profile_urls_any_shape_type_1_item
                    )

                return componentsschemas_profile_urls_any_shape_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProfileUrl] | None | ProfileUrls | Unset, data)

        urls = _parse_urls(d.pop("urls", UNSET))

        profile_info = cls(
            full_name=full_name,
            first_name=first_name,
            last_name=last_name,
            date_birth=date_birth,
            email=email,
            phone=phone,
            gender=gender,
            picture=picture,
            location=location,
            summary=summary,
            urls=urls,
        )

        profile_info.additional_properties = d
        return profile_info

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("full_name", self.full_name),
                ("first_name", self.first_name),
                ("last_name", self.last_name),
                ("date_birth", self.date_birth),
                ("email", self.email),
                ("phone", self.phone),
                ("gender", self.gender),
                ("picture", self.picture),
                ("location", self.location),
                ("summary", self.summary),
                ("urls", self.urls),
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
from ..models.location import Location  # noqa: E402
from ..models.profile_url import ProfileUrl  # noqa: E402
from ..models.profile_urls import ProfileUrls  # noqa: E402
