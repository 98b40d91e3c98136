from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="PageMeta")


@_attrs_define
class PageMeta:
    """Where a page sits: `page` (from 1), `maxPage` (the last page; 0 when nothing
    matches), `count` (items on this page) and `total` (items on all pages).

        Attributes:
            page (int):
            max_page (int):
            count (int):
            total (int):
    """

    page: int
    max_page: int
    count: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        max_page = self.max_page

        count = self.count

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "maxPage": max_page,
                "count": count,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page = d.pop("page")

        max_page = d.pop("maxPage")

        count = d.pop("count")

        total = d.pop("total")

        page_meta = cls(
            page=page,
            max_page=max_page,
            count=count,
            total=total,
        )

        page_meta.additional_properties = d
        return page_meta

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("page", self.page),
                ("max_page", self.max_page),
                ("count", self.count),
                ("total", self.total),
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
