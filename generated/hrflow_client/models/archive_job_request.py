from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.archive_job_request_is_archive import ArchiveJobRequestIsArchive
from ..types import UNSET, Unset

T = TypeVar("T", bound="ArchiveJobRequest")


@_attrs_define
class ArchiveJobRequest:
    """Body of PATCH /job/indexing/archive. Give exactly one of `key` and `reference`.

    Attributes:
        board_key (str): The board of the job.
        is_archive (ArchiveJobRequestIsArchive): 1 to archive, 0 to restore.
        key (str | Unset): The job's key.
        reference (str | Unset): The job's reference.
    """

    board_key: str
    is_archive: ArchiveJobRequestIsArchive
    key: str | Unset = UNSET
    reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        board_key = self.board_key

        is_archive = self.is_archive.value

        key = self.key

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "board_key": board_key,
                "is_archive": is_archive,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        board_key = d.pop("board_key")

        is_archive = ArchiveJobRequestIsArchive(d.pop("is_archive"))

        key = d.pop("key", UNSET)

        reference = d.pop("reference", UNSET)

        archive_job_request = cls(
            board_key=board_key,
            is_archive=is_archive,
            key=key,
            reference=reference,
        )

        archive_job_request.additional_properties = d
        return archive_job_request

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("board_key", self.board_key),
                ("is_archive", self.is_archive),
                ("key", self.key),
                ("reference", self.reference),
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
