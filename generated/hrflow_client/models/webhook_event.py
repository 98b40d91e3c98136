from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_object_ref import WebhookObjectRef


T = TypeVar("T", bound="WebhookEvent")


@_attrs_define
class WebhookEvent:
    """What a webhook call carries, as JSON in the body and signed in the
    `HTTP-HRFLOW-SIGNATURE` header (see the header's description). `type` names the
    event; `profile` or `job` is the object it is about.

        Attributes:
            type_ (WebhookEventType): The event names HrFlow sends (the official SDK's list; the reference's
                `profile.parsing.*` names are older).
            origin (None | str | Unset): What triggered the event, e.g. `api`.
            message (None | str | Unset):
            profile (None | Unset | WebhookObjectRef): The profile the event is about.
            job (None | Unset | WebhookObjectRef): The job the event is about.
    """

    type_: WebhookEventType
    origin: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    profile: None | Unset | WebhookObjectRef = UNSET
    job: None | Unset | WebhookObjectRef = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        origin: None | str | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        else:
            origin = self.origin

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        profile: dict[str, Any] | None | Unset
        if isinstance(self.profile, Unset):
            profile = UNSET
        elif isinstance(self.profile, WebhookObjectRef):
            profile = self.profile.to_dict()
        else:
            profile = self.profile

        job: dict[str, Any] | None | Unset
        if isinstance(self.job, Unset):
            job = UNSET
        elif isinstance(self.job, WebhookObjectRef):
            job = self.job.to_dict()
        else:
            job = self.job

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if origin is not UNSET:
            field_dict["origin"] = origin
        if message is not UNSET:
            field_dict["message"] = message
        if profile is not UNSET:
            field_dict["profile"] = profile
        if job is not UNSET:
            field_dict["job"] = job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = WebhookEventType(d.pop("type"))

        def _parse_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin = _parse_origin(d.pop("origin", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_profile(data: object) -> None | Unset | WebhookObjectRef:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                profile_type_0 = WebhookObjectRef.from_dict(data)

                return profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookObjectRef, data)

        profile = _parse_profile(d.pop("profile", UNSET))

        def _parse_job(data: object) -> None | Unset | WebhookObjectRef:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_type_0 = WebhookObjectRef.from_dict(data)

                return job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookObjectRef, data)

        job = _parse_job(d.pop("job", UNSET))

        webhook_event = cls(
            type_=type_,
            origin=origin,
            message=message,
            profile=profile,
            job=job,
        )

        webhook_event.additional_properties = d
        return webhook_event

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("type_", self.type_),
                ("origin", self.origin),
                ("message", self.message),
                ("profile", self.profile),
                ("job", self.job),
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
from ..models.webhook_object_ref import WebhookObjectRef  # noqa: E402
