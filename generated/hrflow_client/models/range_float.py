from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RangeFloat")


@_attrs_define
class RangeFloat:
    """A numeric range, e.g. a salary band. (One reference page misspells `value_min` as `calue_min`.)

    Attributes:
        name (str):
        value_min (float | None | Unset):
        value_max (float | None | Unset):
        unit (None | str | Unset): e.g. `eur`.
    """

    name: str
    value_min: float | None | Unset = UNSET
    value_max: float | None | Unset = UNSET
    unit: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value_min: float | None | Unset
        if isinstance(self.value_min, Unset):
            value_min = UNSET
        else:
            value_min = self.value_min

        value_max: float | None | Unset
        if isinstance(self.value_max, Unset):
            value_max = UNSET
        else:
            value_max = self.value_max

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if value_min is not UNSET:
            field_dict["value_min"] = value_min
        if value_max is not UNSET:
            field_dict["value_max"] = value_max
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_value_min(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        value_min = _parse_value_min(d.pop("value_min", UNSET))

        def _parse_value_max(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        value_max = _parse_value_max(d.pop("value_max", UNSET))

        def _parse_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        range_float = cls(
            name=name,
            value_min=value_min,
            value_max=value_max,
            unit=unit,
        )

        range_float.additional_properties = d
        return range_float

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("name", self.name),
                ("value_min", self.value_min),
                ("value_max", self.value_max),
                ("unit", self.unit),
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
