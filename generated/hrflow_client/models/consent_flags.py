from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsentFlags")


@_attrs_define
class ConsentFlags:
    """
    Attributes:
        parsing (bool | Unset):
        revealing (bool | Unset):
        embedding (bool | Unset):
        searching (bool | Unset):
        scoring (bool | Unset):
        reasoning (bool | Unset):
    """

    parsing: bool | Unset = UNSET
    revealing: bool | Unset = UNSET
    embedding: bool | Unset = UNSET
    searching: bool | Unset = UNSET
    scoring: bool | Unset = UNSET
    reasoning: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parsing = self.parsing

        revealing = self.revealing

        embedding = self.embedding

        searching = self.searching

        scoring = self.scoring

        reasoning = self.reasoning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parsing is not UNSET:
            field_dict["parsing"] = parsing
        if revealing is not UNSET:
            field_dict["revealing"] = revealing
        if embedding is not UNSET:
            field_dict["embedding"] = embedding
        if searching is not UNSET:
            field_dict["searching"] = searching
        if scoring is not UNSET:
            field_dict["scoring"] = scoring
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parsing = d.pop("parsing", UNSET)

        revealing = d.pop("revealing", UNSET)

        embedding = d.pop("embedding", UNSET)

        searching = d.pop("searching", UNSET)

        scoring = d.pop("scoring", UNSET)

        reasoning = d.pop("reasoning", UNSET)

        consent_flags = cls(
            parsing=parsing,
            revealing=revealing,
            embedding=embedding,
            searching=searching,
            scoring=scoring,
            reasoning=reasoning,
        )

        consent_flags.additional_properties = d
        return consent_flags

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("parsing", self.parsing),
                ("revealing", self.revealing),
                ("embedding", self.embedding),
                ("searching", self.searching),
                ("scoring", self.scoring),
                ("reasoning", self.reasoning),
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
