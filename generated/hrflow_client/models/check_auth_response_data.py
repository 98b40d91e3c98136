from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckAuthResponseData")


@_attrs_define
class CheckAuthResponseData:
    """
    Attributes:
        team_name (None | str | Unset):
        team_subdomain (None | str | Unset):
        request_origin (None | str | Unset):
        api_key_permission (str | Unset): `all`, `write` or `read`.
    """

    team_name: None | str | Unset = UNSET
    team_subdomain: None | str | Unset = UNSET
    request_origin: None | str | Unset = UNSET
    api_key_permission: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team_name: None | str | Unset
        if isinstance(self.team_name, Unset):
            team_name = UNSET
        else:
            team_name = self.team_name

        team_subdomain: None | str | Unset
        if isinstance(self.team_subdomain, Unset):
            team_subdomain = UNSET
        else:
            team_subdomain = self.team_subdomain

        request_origin: None | str | Unset
        if isinstance(self.request_origin, Unset):
            request_origin = UNSET
        else:
            request_origin = self.request_origin

        api_key_permission = self.api_key_permission

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if team_name is not UNSET:
            field_dict["team_name"] = team_name
        if team_subdomain is not UNSET:
            field_dict["team_subdomain"] = team_subdomain
        if request_origin is not UNSET:
            field_dict["request_origin"] = request_origin
        if api_key_permission is not UNSET:
            field_dict["api_key_permission"] = api_key_permission

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_team_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_name = _parse_team_name(d.pop("team_name", UNSET))

        def _parse_team_subdomain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_subdomain = _parse_team_subdomain(d.pop("team_subdomain", UNSET))

        def _parse_request_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_origin = _parse_request_origin(d.pop("request_origin", UNSET))

        api_key_permission = d.pop("api_key_permission", UNSET)

        check_auth_response_data = cls(
            team_name=team_name,
            team_subdomain=team_subdomain,
            request_origin=request_origin,
            api_key_permission=api_key_permission,
        )

        check_auth_response_data.additional_properties = d
        return check_auth_response_data

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("team_name", self.team_name),
                ("team_subdomain", self.team_subdomain),
                ("request_origin", self.request_origin),
                ("api_key_permission", self.api_key_permission),
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
