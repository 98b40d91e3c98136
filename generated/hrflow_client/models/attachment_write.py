from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachmentWrite")


@_attrs_define
class AttachmentWrite:
    """An attachment as written. Shown only empty (`[]`) on the indexing pages; the fields are those of the Attachment
    object page. Its dates are read back as `Timestamp`s, so they must be ISO 8601 dates.

        Attributes:
            alt (None | str | Unset):
            type_ (None | str | Unset):
            file_name (None | str | Unset):
            original_file_name (None | str | Unset):
            extension (None | str | Unset):
            file_size (int | None | Unset):
            public_url (None | str | Unset):
            created_at (None | str | Unset):
            updated_at (None | str | Unset):
    """

    alt: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    file_name: None | str | Unset = UNSET
    original_file_name: None | str | Unset = UNSET
    extension: None | str | Unset = UNSET
    file_size: int | None | Unset = UNSET
    public_url: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alt: None | str | Unset
        if isinstance(self.alt, Unset):
            alt = UNSET
        else:
            alt = self.alt

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        original_file_name: None | str | Unset
        if isinstance(self.original_file_name, Unset):
            original_file_name = UNSET
        else:
            original_file_name = self.original_file_name

        extension: None | str | Unset
        if isinstance(self.extension, Unset):
            extension = UNSET
        else:
            extension = self.extension

        file_size: int | None | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        public_url: None | str | Unset
        if isinstance(self.public_url, Unset):
            public_url = UNSET
        else:
            public_url = self.public_url

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alt is not UNSET:
            field_dict["alt"] = alt
        if type_ is not UNSET:
            field_dict["type"] = type_
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if original_file_name is not UNSET:
            field_dict["original_file_name"] = original_file_name
        if extension is not UNSET:
            field_dict["extension"] = extension
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if public_url is not UNSET:
            field_dict["public_url"] = public_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_alt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alt = _parse_alt(d.pop("alt", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("file_name", UNSET))

        def _parse_original_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_file_name = _parse_original_file_name(d.pop("original_file_name", UNSET))

        def _parse_extension(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extension = _parse_extension(d.pop("extension", UNSET))

        def _parse_file_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        file_size = _parse_file_size(d.pop("file_size", UNSET))

        def _parse_public_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_url = _parse_public_url(d.pop("public_url", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        attachment_write = cls(
            alt=alt,
            type_=type_,
            file_name=file_name,
            original_file_name=original_file_name,
            extension=extension,
            file_size=file_size,
            public_url=public_url,
            created_at=created_at,
            updated_at=updated_at,
        )

        attachment_write.additional_properties = d
        return attachment_write

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("alt", self.alt),
                ("type_", self.type_),
                ("file_name", self.file_name),
                ("original_file_name", self.original_file_name),
                ("extension", self.extension),
                ("file_size", self.file_size),
                ("public_url", self.public_url),
                ("created_at", self.created_at),
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
