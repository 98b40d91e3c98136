from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.archive_profile_request_is_archive import ArchiveProfileRequestIsArchive
from ..types import UNSET, Unset

T = TypeVar("T", bound="ArchiveProfileRequest")


@_attrs_define
class ArchiveProfileRequest:
    """Body of PATCH /profile/indexing/archive. Give exactly one of `key`, `reference` and `profile_email`.

    Attributes:
        source_key (str): The source of the profile.
        is_archive (ArchiveProfileRequestIsArchive): 1 to archive, 0 to restore.
        key (str | Unset): The profile's key.
        reference (str | Unset): The profile's reference.
        profile_email (str | Unset): The profile's email.
    """

    source_key: str
    is_archive: ArchiveProfileRequestIsArchive
    key: str | Unset = UNSET
    reference: str | Unset = UNSET
    profile_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_key = self.source_key

        is_archive = self.is_archive.value

        key = self.key

        reference = self.reference

        profile_email = self.profile_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_key": source_key,
                "is_archive": is_archive,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if reference is not UNSET:
            field_dict["reference"] = reference
        if profile_email is not UNSET:
            field_dict["profile_email"] = profile_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_key = d.pop("source_key")

        is_archive = ArchiveProfileRequestIsArchive(d.pop("is_archive"))

        key = d.pop("key", UNSET)

        reference = d.pop("reference", UNSET)

        profile_email = d.pop("profile_email", UNSET)

        archive_profile_request = cls(
            source_key=source_key,
            is_archive=is_archive,
            key=key,
            reference=reference,
            profile_email=profile_email,
        )

        archive_profile_request.additional_properties = d
        return archive_profile_request

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("source_key", self.source_key),
                ("is_archive", self.is_archive),
                ("key", self.key),
                ("reference", self.reference),
                ("profile_email", self.profile_email),
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
