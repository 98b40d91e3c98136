from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.profile import Profile


T = TypeVar("T", bound="SearchProfilesResponseData")


@_attrs_define
class SearchProfilesResponseData:
    """
    Attributes:
        profiles (list[Profile]):
    """

    profiles: list[Profile]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profiles = []
        for profiles_item_data in self.profiles:
            profiles_item = profiles_item_data.to_dict()
            profiles.append(profiles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profiles": profiles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        profiles = []
        _profiles = d.pop("profiles")
        for profiles_item_data in _profiles:
            profiles_item = Profile.from_dict(profiles_item_data)

            profiles.append(profiles_item)

        search_profiles_response_data = cls(
            profiles=profiles,
        )

        search_profiles_response_data.additional_properties = d
        return search_profiles_response_data

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (("profiles", self.profiles),)
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
from ..models.profile import Profile  # noqa: E402
