from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfileUrls")


@_attrs_define
class ProfileUrls:
    """The profile's links in the object shape. `picture` appears only when read back.

    Attributes:
        from_resume (list[str] | Unset): URLs found in the resume.
        linkedin (None | str | Unset):
        twitter (None | str | Unset):
        facebook (None | str | Unset):
        github (None | str | Unset):
        picture (None | str | Unset):
    """

    from_resume: list[str] | Unset = UNSET
    linkedin: None | str | Unset = UNSET
    twitter: None | str | Unset = UNSET
    facebook: None | str | Unset = UNSET
    github: None | str | Unset = UNSET
    picture: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_resume: list[str] | Unset = UNSET
        if not isinstance(self.from_resume, Unset):
            from_resume = self.from_resume

        linkedin: None | str | Unset
        if isinstance(self.linkedin, Unset):
            linkedin = UNSET
        else:
            linkedin = self.linkedin

        twitter: None | str | Unset
        if isinstance(self.twitter, Unset):
            twitter = UNSET
        else:
            twitter = self.twitter

        facebook: None | str | Unset
        if isinstance(self.facebook, Unset):
            facebook = UNSET
        else:
            facebook = self.facebook

        github: None | str | Unset
        if isinstance(self.github, Unset):
            github = UNSET
        else:
            github = self.github

        picture: None | str | Unset
        if isinstance(self.picture, Unset):
            picture = UNSET
        else:
            picture = self.picture

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_resume is not UNSET:
            field_dict["from_resume"] = from_resume
        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin
        if twitter is not UNSET:
            field_dict["twitter"] = twitter
        if facebook is not UNSET:
            field_dict["facebook"] = facebook
        if github is not UNSET:
            field_dict["github"] = github
        if picture is not UNSET:
            field_dict["picture"] = picture

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_resume = cast(list[str], d.pop("from_resume", UNSET))

        def _parse_linkedin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin = _parse_linkedin(d.pop("linkedin", UNSET))

        def _parse_twitter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        twitter = _parse_twitter(d.pop("twitter", UNSET))

        def _parse_facebook(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        facebook = _parse_facebook(d.pop("facebook", UNSET))

        def _parse_github(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        github = _parse_github(d.pop("github", UNSET))

        def _parse_picture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        picture = _parse_picture(d.pop("picture", UNSET))

        profile_urls = cls(
            from_resume=from_resume,
            linkedin=linkedin,
            twitter=twitter,
            facebook=facebook,
            github=github,
            picture=picture,
        )

        profile_urls.additional_properties = d
        return profile_urls

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("from_resume", self.from_resume),
                ("linkedin", self.linkedin),
                ("twitter", self.twitter),
                ("facebook", self.facebook),
                ("github", self.github),
                ("picture", self.picture),
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
