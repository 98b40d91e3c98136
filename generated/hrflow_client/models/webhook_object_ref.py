from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookObjectRef")


@_attrs_define
class WebhookObjectRef:
    """The object an event is about, `key` plus its namespace (`source_key` or `board_key`) and `reference`.

    Attributes:
        key (str):
        source_key (None | str | Unset):
        board_key (None | str | Unset):
        reference (None | str | Unset):
    """

    key: str
    source_key: None | str | Unset = UNSET
    board_key: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        source_key: None | str | Unset
        if isinstance(self.source_key, Unset):
            source_key = UNSET
        else:
            source_key = self.source_key

        board_key: None | str | Unset
        if isinstance(self.board_key, Unset):
            board_key = UNSET
        else:
            board_key = self.board_key

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if source_key is not UNSET:
            field_dict["source_key"] = source_key
        if board_key is not UNSET:
            field_dict["board_key"] = board_key
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        def _parse_source_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_key = _parse_source_key(d.pop("source_key", UNSET))

        def _parse_board_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        board_key = _parse_board_key(d.pop("board_key", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        webhook_object_ref = cls(
            key=key,
            source_key=source_key,
            board_key=board_key,
            reference=reference,
        )

        webhook_object_ref.additional_properties = d
        return webhook_object_ref

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("key", self.key),
                ("source_key", self.source_key),
                ("board_key", self.board_key),
                ("reference", self.reference),
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
