from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Iso8601Date")


@_attrs_define
class Iso8601Date:
    """The object form of a written date: `{"iso8601": "2018-01-01T00:00:00"}`.

    Attributes:
        iso8601 (str): A date or date-time as the write endpoints take it. The pages say only "iso format"; this accepts
            ISO 8601 in its extended form, as other languages emit it: a date (`2018-01-01`) or a date and time (`T` or a
            space between them), minutes with or without seconds, up to nine fractional digits (`.0000000`, `,5`,
            nanoseconds), and `Z`, `+HH:MM` or `+HHMM` or no offset (`2018-01-01T00:00:00.0000000Z`, `2020-05-18T21:59`,
            `1990-08-09T00:00:00+0000`). It is read back verbatim as a `Timestamp`, so it must be a date; week dates,
            ordinal dates and the basic format (`20180101`) are left out.
        text (None | str | Unset): The date as found in a document (the Date object page); informative.
        timestamp (int | None | Unset): The date in seconds since the Unix epoch (the Date object page); informative.
    """

    iso8601: str
    text: None | str | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        iso8601 = self.iso8601

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        timestamp: int | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "iso8601": iso8601,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        iso8601 = d.pop("iso8601")

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        iso_8601_date = cls(
            iso8601=iso8601,
            text=text,
            timestamp=timestamp,
        )

        iso_8601_date.additional_properties = d
        return iso_8601_date

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("iso8601", self.iso8601),
                ("text", self.text),
                ("timestamp", self.timestamp),
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
