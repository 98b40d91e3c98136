from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classifier import Classifier
    from ..models.user import User


T = TypeVar("T", bound="Agent")


@_attrs_define
class Agent:
    """A scoring agent attached to a job.

    Attributes:
        id (int | str | Unset):
        key (None | str | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        classifier_version (None | str | Unset):
        classifier (Classifier | None | Unset):
        user (None | Unset | User):
        archive (bool | None | str | Unset): Whether, or since when, the object is archived. Seen as `false`, `null`, or
            a timestamp.
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

    id: int | str | Unset = UNSET
    key: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    classifier_version: None | str | Unset = UNSET
    classifier: Classifier | None | Unset = UNSET
    user: None | Unset | User = UNSET
    archive: bool | None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

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

        classifier_version: None | str | Unset
        if isinstance(self.classifier_version, Unset):
            classifier_version = UNSET
        else:
            classifier_version = self.classifier_version

        classifier: dict[str, Any] | None | Unset
        if isinstance(self.classifier, Unset):
            classifier = UNSET
        elif isinstance(self.classifier, Classifier):
            classifier = self.classifier.to_dict()
        else:
            classifier = self.classifier

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, User):
            user = self.user.to_dict()
        else:
            user = self.user

        archive: bool | None | str | Unset
        if isinstance(self.archive, Unset):
            archive = UNSET
        else:
            archive = self.archive

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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if classifier_version is not UNSET:
            field_dict["classifierVersion"] = classifier_version
        if classifier is not UNSET:
            field_dict["classifier"] = classifier
        if user is not UNSET:
            field_dict["user"] = user
        if archive is not UNSET:
            field_dict["archive"] = archive
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

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

        def _parse_classifier_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        classifier_version = _parse_classifier_version(d.pop("classifierVersion", UNSET))

        def _parse_classifier(data: object) -> Classifier | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                classifier_type_0 = Classifier.from_dict(data)

                return classifier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Classifier | None | Unset, data)

        classifier = _parse_classifier(d.pop("classifier", UNSET))

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

        def _parse_archive(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | str | Unset, data)

        archive = _parse_archive(d.pop("archive", UNSET))

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

        agent = cls(
            id=id,
            key=key,
            name=name,
            description=description,
            classifier_version=classifier_version,
            classifier=classifier,
            user=user,
            archive=archive,
            created_at=created_at,
            updated_at=updated_at,
        )

        agent.additional_properties = d
        return agent

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("id", self.id),
                ("key", self.key),
                ("name", self.name),
                ("description", self.description),
                ("classifier_version", self.classifier_version),
                ("classifier", self.classifier),
                ("user", self.user),
                ("archive", self.archive),
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
from ..models.classifier import Classifier  # noqa: E402
from ..models.user import User  # noqa: E402
