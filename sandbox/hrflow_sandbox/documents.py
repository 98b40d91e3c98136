"""Uploaded files kept as profile attachments, with the parsing made from each (in memory)."""

from __future__ import annotations

import email.parser
import email.policy
import threading
from dataclasses import dataclass
from typing import Any

from hrflow_sandbox.validation import BadRequest


@dataclass(frozen=True, slots=True)
class FormFile:
    """A file part of a multipart form."""

    file_name: str
    content: bytes


def parse_multipart(content_type: str, body: bytes) -> tuple[dict[str, str], dict[str, FormFile]]:
    """The text fields and file parts of a `multipart/form-data` body; `BadRequest` otherwise."""
    if (
        not content_type.lower().startswith("multipart/form-data")
        or "boundary=" not in content_type
    ):
        raise BadRequest("Invalid body: expected multipart/form-data with a boundary")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    if not message.is_multipart():
        raise BadRequest("Invalid body: not a multipart form")
    fields: dict[str, str] = {}
    files: dict[str, FormFile] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise BadRequest("Invalid body: a form part has no name")
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        file_name = part.get_filename()
        if file_name is not None:
            files[name] = FormFile(file_name, data)
        else:
            try:
                fields[name] = data.decode("utf-8")
            except UnicodeDecodeError:
                raise BadRequest(f"Invalid field '{name}': not UTF-8 text") from None
    return fields, files


class Documents:
    """Profile key -> its parsing, attachments and the files' bytes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._parsings: dict[str, dict[str, Any]] = {}
        self._files: dict[str, bytes] = {}

    def keep(self, profile_key: str, parsing: dict[str, Any], alt: str, content: bytes) -> None:
        """Remember a profile's parsing and the file it came from (under `alt`)."""
        with self._lock:
            self._parsings[profile_key] = parsing
            self._files[alt] = content

    def parsing(self, profile_key: str) -> dict[str, Any] | None:
        with self._lock:
            return self._parsings.get(profile_key)

    def file(self, alt: str) -> bytes | None:
        with self._lock:
            return self._files.get(alt)

    def clear(self) -> None:
        with self._lock:
            self._parsings.clear()
            self._files.clear()
