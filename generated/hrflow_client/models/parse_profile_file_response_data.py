from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parsing import Parsing
    from ..models.profile import Profile


T = TypeVar("T", bound="ParseProfileFileResponseData")


@_attrs_define
class ParseProfileFileResponseData:
    """
    Attributes:
        parsing (Parsing | Unset): What parsing found in a document. Open to new fields.
        profile (Profile | Unset): A profile as read back. Experience and education dates are plain strings here. Open
            to new fields.
    """

    parsing: Parsing | Unset = UNSET
    profile: Profile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parsing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parsing, Unset):
            parsing = self.parsing.to_dict()

        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parsing is not UNSET:
            field_dict["parsing"] = parsing
        if profile is not UNSET:
            field_dict["profile"] = profile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _parsing = d.pop("parsing", UNSET)
        parsing: Parsing | Unset
        if isinstance(_parsing, Unset):
            parsing = UNSET
        else:
            parsing = Parsing.from_dict(_parsing)

        _profile = d.pop("profile", UNSET)
        profile: Profile | Unset
        if isinstance(_profile, Unset):
            profile = UNSET
        else:
            profile = Profile.from_dict(_profile)

        parse_profile_file_response_data = cls(
            parsing=parsing,
            profile=profile,
        )

        parse_profile_file_response_data.additional_properties = d
        return parse_profile_file_response_data

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("parsing", self.parsing),
                ("profile", self.profile),
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
from ..models.parsing import Parsing  # noqa: E402
from ..models.profile import Profile  # noqa: E402
