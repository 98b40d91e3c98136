from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consent_flags import ConsentFlags


T = TypeVar("T", bound="ConsentAlgorithmic")


@_attrs_define
class ConsentAlgorithmic:
    """What the algorithms may do with the profile's personal data, as granted by its owner and by the data controller.

    Attributes:
        owner (ConsentFlags | Unset):
        controller (ConsentFlags | Unset):
    """

    owner: ConsentFlags | Unset = UNSET
    controller: ConsentFlags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        controller: dict[str, Any] | Unset = UNSET
        if not isinstance(self.controller, Unset):
            controller = self.controller.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if owner is not UNSET:
            field_dict["owner"] = owner
        if controller is not UNSET:
            field_dict["controller"] = controller

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _owner = d.pop("owner", UNSET)
        owner: ConsentFlags | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = ConsentFlags.from_dict(_owner)

        _controller = d.pop("controller", UNSET)
        controller: ConsentFlags | Unset
        if isinstance(_controller, Unset):
            controller = UNSET
        else:
            controller = ConsentFlags.from_dict(_controller)

        consent_algorithmic = cls(
            owner=owner,
            controller=controller,
        )

        consent_algorithmic.additional_properties = d
        return consent_algorithmic

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("owner", self.owner),
                ("controller", self.controller),
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
from ..models.consent_flags import ConsentFlags  # noqa: E402
