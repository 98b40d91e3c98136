from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET

T = TypeVar("T", bound="CheckWebhookRequest")


@_attrs_define
class CheckWebhookRequest:
    """Body of POST /webhook/check.

    Attributes:
        url (str): The webhook's URL.
        type_ (WebhookEventType): The event names HrFlow sends (the official SDK's list; the reference's
            `profile.parsing.*` names are older).
    """

    url: str
    type_: WebhookEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        type_ = WebhookEventType(d.pop("type"))

        check_webhook_request = cls(
            url=url,
            type_=type_,
        )

        check_webhook_request.additional_properties = d
        return check_webhook_request

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("url", self.url),
                ("type_", self.type_),
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
