from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.parse_profile_file_request_sync_parsing import ParseProfileFileRequestSyncParsing
from ..models.parse_profile_file_request_sync_parsing_indexing import (
    ParseProfileFileRequestSyncParsingIndexing,
)
from ..models.parse_profile_file_request_webhook_parsing_sending import (
    ParseProfileFileRequestWebhookParsingSending,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="ParseProfileFileRequest")


@_attrs_define
class ParseProfileFileRequest:
    """The multipart form of POST /profile/parsing/file. Fields holding lists are JSON
    text (`x-hrflow-json-encoded`); flags are `0` or `1`.

        Attributes:
            source_key (str): The source to put the profile in.
            file (File): The resume (PDF, DOCX, images, text, ...; only the first 10 pages are parsed).
            key (str | Unset): Re-parse into this existing profile instead of creating one.
            reference (str | Unset): Your own identifier for the new profile, unique within the source.
            profile_content_type (str | Unset): The file's media type, e.g. `application/pdf` (the reference page says
                `content_type`; the official SDK sends `profile_content_type`).
            created_at (str | Unset): When the profile was created on your side, ISO 8601.
            labels (str | Unset): A JSON array of objects sent as text in a form field (`[{"name": "team", "value":
                "data"}]`).
            tags (str | Unset): A JSON array of objects sent as text in a form field (`[{"name": "team", "value":
                "data"}]`).
            metadatas (str | Unset): A JSON array of objects sent as text in a form field (`[{"name": "team", "value":
                "data"}]`).
            sync_parsing (ParseProfileFileRequestSyncParsing | Unset): 1 to parse before answering (201), 0 to queue (202).
                Default: ParseProfileFileRequestSyncParsing.VALUE_0.
            sync_parsing_indexing (ParseProfileFileRequestSyncParsingIndexing | Unset): 1 to index the parsed profile.
                Default: ParseProfileFileRequestSyncParsingIndexing.VALUE_1.
            webhook_parsing_sending (ParseProfileFileRequestWebhookParsingSending | Unset): 1 to send
                `profile.parse.success` even for a synchronous parse. Default:
                ParseProfileFileRequestWebhookParsingSending.VALUE_0.
    """

    source_key: str
    file: File
    key: str | Unset = UNSET
    reference: str | Unset = UNSET
    profile_content_type: str | Unset = UNSET
    created_at: str | Unset = UNSET
    labels: str | Unset = UNSET
    tags: str | Unset = UNSET
    metadatas: str | Unset = UNSET
    sync_parsing: ParseProfileFileRequestSyncParsing | Unset = (
        ParseProfileFileRequestSyncParsing.VALUE_0
    )
    sync_parsing_indexing: ParseProfileFileRequestSyncParsingIndexing | Unset = (
        ParseProfileFileRequestSyncParsingIndexing.VALUE_1
    )
    webhook_parsing_sending: ParseProfileFileRequestWebhookParsingSending | Unset = (
        ParseProfileFileRequestWebhookParsingSending.VALUE_0
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_key = self.source_key

        file = self.file.to_tuple()

        key = self.key

        reference = self.reference

        profile_content_type = self.profile_content_type

        created_at = self.created_at

        labels = self.labels

        tags = self.tags

        metadatas = self.metadatas

        sync_parsing: int | Unset = UNSET
        if not isinstance(self.sync_parsing, Unset):
            sync_parsing = self.sync_parsing.value

        sync_parsing_indexing: int | Unset = UNSET
        if not isinstance(self.sync_parsing_indexing, Unset):
            sync_parsing_indexing = self.sync_parsing_indexing.value

        webhook_parsing_sending: int | Unset = UNSET
        if not isinstance(self.webhook_parsing_sending, Unset):
            webhook_parsing_sending = self.webhook_parsing_sending.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_key": source_key,
                "file": file,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if reference is not UNSET:
            field_dict["reference"] = reference
        if profile_content_type is not UNSET:
            field_dict["profile_content_type"] = profile_content_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if labels is not UNSET:
            field_dict["labels"] = labels
        if tags is not UNSET:
            field_dict["tags"] = tags
        if metadatas is not UNSET:
            field_dict["metadatas"] = metadatas
        if sync_parsing is not UNSET:
            field_dict["sync_parsing"] = sync_parsing
        if sync_parsing_indexing is not UNSET:
            field_dict["sync_parsing_indexing"] = sync_parsing_indexing
        if webhook_parsing_sending is not UNSET:
            field_dict["webhook_parsing_sending"] = webhook_parsing_sending

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("source_key", (None, str(self.source_key).encode(), "text/plain")))

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.key, Unset):
            files.append(("key", (None, str(self.key).encode(), "text/plain")))

        if not isinstance(self.reference, Unset):
            files.append(("reference", (None, str(self.reference).encode(), "text/plain")))

        if not isinstance(self.profile_content_type, Unset):
            files.append(
                (
                    "profile_content_type",
                    (None, str(self.profile_content_type).encode(), "text/plain"),
                )
            )

        if not isinstance(self.created_at, Unset):
            files.append(("created_at", (None, str(self.created_at).encode(), "text/plain")))

        if not isinstance(self.labels, Unset):
            files.append(("labels", (None, str(self.labels).encode(), "text/plain")))

        if not isinstance(self.tags, Unset):
            files.append(("tags", (None, str(self.tags).encode(), "text/plain")))

        if not isinstance(self.metadatas, Unset):
            files.append(("metadatas", (None, str(self.metadatas).encode(), "text/plain")))

        if not isinstance(self.sync_parsing, Unset):
            files.append(
                ("sync_parsing", (None, str(self.sync_parsing.value).encode(), "text/plain"))
            )

        if not isinstance(self.sync_parsing_indexing, Unset):
            files.append(
                (
                    "sync_parsing_indexing",
                    (None, str(self.sync_parsing_indexing.value).encode(), "text/plain"),
                )
            )

        if not isinstance(self.webhook_parsing_sending, Unset):
            files.append(
                (
                    "webhook_parsing_sending",
                    (None, str(self.webhook_parsing_sending.value).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_key = d.pop("source_key")

        file = File(payload=BytesIO(d.pop("file")))

        key = d.pop("key", UNSET)

        reference = d.pop("reference", UNSET)

        profile_content_type = d.pop("profile_content_type", UNSET)

        created_at = d.pop("created_at", UNSET)

        labels = d.pop("labels", UNSET)

        tags = d.pop("tags", UNSET)

        metadatas = d.pop("metadatas", UNSET)

        _sync_parsing = d.pop("sync_parsing", UNSET)
        sync_parsing: ParseProfileFileRequestSyncParsing | Unset
        if isinstance(_sync_parsing, Unset):
            sync_parsing = UNSET
        else:
            sync_parsing = ParseProfileFileRequestSyncParsing(_sync_parsing)

        _sync_parsing_indexing = d.pop("sync_parsing_indexing", UNSET)
        sync_parsing_indexing: ParseProfileFileRequestSyncParsingIndexing | Unset
        if isinstance(_sync_parsing_indexing, Unset):
            sync_parsing_indexing = UNSET
        else:
            sync_parsing_indexing = ParseProfileFileRequestSyncParsingIndexing(
                _sync_parsing_indexing
            )

        _webhook_parsing_sending = d.pop("webhook_parsing_sending", UNSET)
        webhook_parsing_sending: ParseProfileFileRequestWebhookParsingSending | Unset
        if isinstance(_webhook_parsing_sending, Unset):
            webhook_parsing_sending = UNSET
        else:
            webhook_parsing_sending = ParseProfileFileRequestWebhookParsingSending(
                _webhook_parsing_sending
            )

        parse_profile_file_request = cls(
            source_key=source_key,
            file=file,
            key=key,
            reference=reference,
            profile_content_type=profile_content_type,
            created_at=created_at,
            labels=labels,
            tags=tags,
            metadatas=metadatas,
            sync_parsing=sync_parsing,
            sync_parsing_indexing=sync_parsing_indexing,
            webhook_parsing_sending=webhook_parsing_sending,
        )

        parse_profile_file_request.additional_properties = d
        return parse_profile_file_request

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("source_key", self.source_key),
                ("file", self.file),
                ("key", self.key),
                ("reference", self.reference),
                ("profile_content_type", self.profile_content_type),
                ("created_at", self.created_at),
                ("labels", self.labels),
                ("tags", self.tags),
                ("metadatas", self.metadatas),
                ("sync_parsing", self.sync_parsing),
                ("sync_parsing_indexing", self.sync_parsing_indexing),
                ("webhook_parsing_sending", self.webhook_parsing_sending),
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
