from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.namespace_stats import NamespaceStats
    from ..models.user import User


T = TypeVar("T", bound="Namespace")


@_attrs_define
class Namespace:
    """A board (of jobs) or a source (of profiles). Open to new fields.

    Attributes:
        key (str): The board's or source's key.
        id (int | str | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        type_ (None | str | Unset): e.g. `api`.
        subtype (None | str | Unset): e.g. `python`, `http_api`.
        environment (None | str | Unset):
        status (bool | None | Unset):
        archive (bool | None | str | Unset): Whether, or since when, the object is archived. Seen as `false`, `null`, or
            a timestamp.
        members (list[Any] | Unset): Emails of the users it is shared with.
        user (None | Unset | User): The user who created it.
        stats (NamespaceStats | None | Unset): Counters.
        created_at (datetime.datetime | None | Unset): A timestamp as the service writes it: ISO 8601 with a `+0000`
            offset (no colon),
            sometimes without an offset or without seconds (`2020-05-18T21:59`), or null.
            Parse leniently; strict RFC 3339 parsers reject `+0000`, which is why this is not
            declared `format: date-time` (`x-hrflow-lenient-date-time` marks it instead).
        updated_at (datetime.datetime | None | Unset): A timestamp as the service writes it: ISO 8601 with a `+0000`
            offset (no colon),
            sometimes without an offset or without seconds (`2020-05-18T21:59`), or null.
            Parse leniently; strict RFC 3339 parsers reject `+0000`, which is why this is not
            declared `format: date-time` (`x-hrflow-lenient-date-time` marks it instead).
    """

    key: str
    id: int | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    subtype: None | str | Unset = UNSET
    environment: None | str | Unset = UNSET
    status: bool | None | Unset = UNSET
    archive: bool | None | str | Unset = UNSET
    members: list[Any] | Unset = UNSET
    user: None | Unset | User = UNSET
    stats: NamespaceStats | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        subtype: None | str | Unset
        if isinstance(self.subtype, Unset):
            subtype = UNSET
        else:
            subtype = self.subtype

        environment: None | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        else:
            environment = self.environment

        status: bool | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        archive: bool | None | str | Unset
        if isinstance(self.archive, Unset):
            archive = UNSET
        else:
            archive = self.archive

        members: list[Any] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = self.members

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, User):
            user = self.user.to_dict()
        else:
            user = self.user

        stats: dict[str, Any] | None | Unset
        if isinstance(self.stats, Unset):
            stats = UNSET
        elif isinstance(self.stats, NamespaceStats):
            stats = self.stats.to_dict()
        else:
            stats = self.stats

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if subtype is not UNSET:
            field_dict["subtype"] = subtype
        if environment is not UNSET:
            field_dict["environment"] = environment
        if status is not UNSET:
            field_dict["status"] = status
        if archive is not UNSET:
            field_dict["archive"] = archive
        if members is not UNSET:
            field_dict["members"] = members
        if user is not UNSET:
            field_dict["user"] = user
        if stats is not UNSET:
            field_dict["stats"] = stats
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_subtype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subtype = _parse_subtype(d.pop("subtype", UNSET))

        def _parse_environment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        environment = _parse_environment(d.pop("environment", UNSET))

        def _parse_status(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_archive(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | str | Unset, data)

        archive = _parse_archive(d.pop("archive", UNSET))

        members = cast(list[Any], d.pop("members", UNSET))

        def _parse_user(data: object) -> None | Unset | User:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = User.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | User, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_stats(data: object) -> NamespaceStats | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stats_type_0 = NamespaceStats.from_dict(data)

                return stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NamespaceStats | None | Unset, data)

        stats = _parse_stats(d.pop("stats", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        namespace = cls(
            key=key,
            id=id,
            name=name,
            description=description,
            type_=type_,
            subtype=subtype,
            environment=environment,
            status=status,
            archive=archive,
            members=members,
            user=user,
            stats=stats,
            created_at=created_at,
            updated_at=updated_at,
        )

        namespace.additional_properties = d
        return namespace

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("key", self.key),
                ("id", self.id),
                ("name", self.name),
                ("description", self.description),
                ("type_", self.type_),
                ("subtype", self.subtype),
                ("environment", self.environment),
                ("status", self.status),
                ("archive", self.archive),
                ("members", self.members),
                ("user", self.user),
                ("stats", self.stats),
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


# Bound once, after the class (so that models referring to each other still import),
# instead of re-imported inside every to_dict/from_dict call.
from ..models.namespace_stats import NamespaceStats  # noqa: E402
from ..models.user import User  # noqa: E402
