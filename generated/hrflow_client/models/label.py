from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Label")


@_attrs_define
class Label:
    """A recruiter's verdict linking the profile to a job. The indexing pages show `date_stage`/`date_rating` as ISO 8601
    strings and a rating of 5, the official SDK types the dates as strings and the rating as 1 to 5, the Label object
    page shows epoch milliseconds and a rating of 0.6 (see `x-hrflow-doc-departures`).

        Attributes:
            job_key (str): The job the label is about.
            job_reference (None | str | Unset): The job's reference (the Label object page; required by the official SDK's
                model).
            board_key (None | str | Unset): The key of the job's board (the Label object page; required by the official
                SDK's model).
            stage (None | str | Unset): `new`, `yes`, `no` or `later` (the Label object page); not refused when another
                value comes.
            date_stage (None | str | Unset): When the stage was set, ISO 8601.
            rating (float | None | Unset): A rating, e.g. 1 to 5.
            date_rating (None | str | Unset): When the rating was given, ISO 8601.
    """

    job_key: str
    job_reference: None | str | Unset = UNSET
    board_key: None | str | Unset = UNSET
    stage: None | str | Unset = UNSET
    date_stage: None | str | Unset = UNSET
    rating: float | None | Unset = UNSET
    date_rating: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_key = self.job_key

        job_reference: None | str | Unset
        if isinstance(self.job_reference, Unset):
            job_reference = UNSET
        else:
            job_reference = self.job_reference

        board_key: None | str | Unset
        if isinstance(self.board_key, Unset):
            board_key = UNSET
        else:
            board_key = self.board_key

        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        else:
            stage = self.stage

        date_stage: None | str | Unset
        if isinstance(self.date_stage, Unset):
            date_stage = UNSET
        else:
            date_stage = self.date_stage

        rating: float | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        date_rating: None | str | Unset
        if isinstance(self.date_rating, Unset):
            date_rating = UNSET
        else:
            date_rating = self.date_rating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_key": job_key,
            }
        )
        if job_reference is not UNSET:
            field_dict["job_reference"] = job_reference
        if board_key is not UNSET:
            field_dict["board_key"] = board_key
        if stage is not UNSET:
            field_dict["stage"] = stage
        if date_stage is not UNSET:
            field_dict["date_stage"] = date_stage
        if rating is not UNSET:
            field_dict["rating"] = rating
        if date_rating is not UNSET:
            field_dict["date_rating"] = date_rating

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_key = d.pop("job_key")

        def _parse_job_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_reference = _parse_job_reference(d.pop("job_reference", UNSET))

        def _parse_board_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        board_key = _parse_board_key(d.pop("board_key", UNSET))

        def _parse_stage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stage = _parse_stage(d.pop("stage", UNSET))

        def _parse_date_stage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_stage = _parse_date_stage(d.pop("date_stage", UNSET))

        def _parse_rating(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        def _parse_date_rating(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_rating = _parse_date_rating(d.pop("date_rating", UNSET))

        label = cls(
            job_key=job_key,
            job_reference=job_reference,
            board_key=board_key,
            stage=stage,
            date_stage=date_stage,
            rating=rating,
            date_rating=date_rating,
        )

        label.additional_properties = d
        return label

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("job_key", self.job_key),
                ("job_reference", self.job_reference),
                ("board_key", self.board_key),
                ("stage", self.stage),
                ("date_stage", self.date_stage),
                ("rating", self.rating),
                ("date_rating", self.date_rating),
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
