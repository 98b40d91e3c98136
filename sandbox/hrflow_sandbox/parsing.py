"""Resume files: uploaded as multipart forms, read into profiles without a model, served back as attachments.

Text files are read as UTF-8 (or Latin-1); PDFs by their text-showing operators
(`(...) Tj` and `[...] TJ`), in plain or Flate-compressed content streams. The first
line that looks like a person's name (2 to 4 capitalised words) is the name; a line
starting `Skills:` lists skills, separated by commas. Same bytes, same profile.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.parser
import email.policy
import functools
import logging
import re
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

import hrflow_schemas as models
from hrflow_sandbox.answers import answer, error_response, render
from hrflow_sandbox.handlers import NotFound, find, served
from hrflow_sandbox.spec import SpecOperation
from hrflow_sandbox.store import (
    ReferenceTaken,
    SandboxState,
    StoredObject,
    new_key,
    now,
    read_shape,
)
from hrflow_sandbox.validation import BadRequest, json_items, one_of, required_param, validate

logger = logging.getLogger("hrflow_sandbox")

FILES = "/files"
"""Where uploaded files are served (outside the spec), by their attachment's `alt`."""


# ---- multipart forms ---------------------------------------------------------


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


# ---- resumes -----------------------------------------------------------------

MAX_FILE_BYTES = 10 * 1024 * 1024

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"\+?\d[\d ().-]{6,}\d")
_NAME = re.compile(r"[A-Z][a-zA-Z'-]+(?: [A-Z][a-zA-Z'-]+){1,3}")
_SKILLS = re.compile(r"^\s*skills?\s*:\s*(.+)$", re.IGNORECASE | re.MULTILINE)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.DOTALL)
_SHOW = re.compile(
    rb"\((?P<text>(?:\\.|[^\\)])*)\)\s*Tj|\[(?P<array>[^\]]*)\]\s*TJ|(?P<break>T\*|Td|TD|ET)"
)
_ARRAY_STRING = re.compile(rb"\(((?:\\.|[^\\)])*)\)")
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"(": b"(", b")": b")", b"\\": b"\\"}


class UnreadableFile(Exception):
    """The file is empty, too large, or neither text nor a PDF with text."""


@dataclass(frozen=True, slots=True)
class ParsedResume:
    """What was found in one file."""

    text: str
    full_name: str | None
    emails: list[str]
    phones: list[str]
    skills: list[str]

    def split_name(self) -> tuple[str, str]:
        """The first name and the rest of the full name (empty without one)."""
        first, _, last = (self.full_name or "").partition(" ")
        return first, last

    def skill_objects(self) -> list[dict[str, Any]]:
        """The skills as the service's Skill objects (all `hard`, no value)."""
        return [{"name": skill, "type": "hard", "value": None} for skill in self.skills]


def _unescape(raw: bytes) -> bytes:
    return re.sub(rb"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), raw)


def pdf_text(content: bytes) -> str:
    """The text a PDF shows, one line per text object or line break."""
    lines: list[str] = []
    current: list[bytes] = []
    for stream in _STREAM.findall(content):
        with contextlib.suppress(zlib.error):
            stream = zlib.decompress(stream)
        for match in _SHOW.finditer(stream):
            if match.group("text") is not None:
                current.append(_unescape(match.group("text")))
            elif match.group("array") is not None:
                current.extend(_unescape(s) for s in _ARRAY_STRING.findall(match.group("array")))
            elif current:
                lines.append(b"".join(current).decode("latin-1"))
                current = []
    if current:
        lines.append(b"".join(current).decode("latin-1"))
    return "\n".join(line.strip() for line in lines if line.strip())


def extract_text(content: bytes) -> str:
    """The file's text; `UnreadableFile` when there is none."""
    if not content:
        raise UnreadableFile("the file is empty")
    if len(content) > MAX_FILE_BYTES:
        raise UnreadableFile(f"the file is larger than {MAX_FILE_BYTES} bytes")
    if content.startswith(b"%PDF"):
        text = pdf_text(content)
    elif b"\x00" in content[:1024]:
        raise UnreadableFile("the file is neither text nor a PDF")
    else:
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError:
            text = content.decode("latin-1")
    text = text.strip()
    if not text:
        raise UnreadableFile("no text found in the file")
    return text


def parse_resume(content: bytes) -> ParsedResume:
    """Read a resume's text and pick out a name, emails, phones and skills."""
    text = extract_text(content)
    name = next((line.strip() for line in text.splitlines() if _NAME.fullmatch(line.strip())), None)
    emails = list(dict.fromkeys(_EMAIL.findall(text)))
    phones = list(dict.fromkeys(p.strip() for p in _PHONE.findall(text)))
    skills: list[str] = []
    for listed in _SKILLS.findall(text):
        skills.extend(s.strip() for s in listed.split(",") if s.strip())
    return ParsedResume(text, name, emails, phones, list(dict.fromkeys(skills)))


def profile_fields(parsed: ParsedResume) -> dict[str, Any]:
    """The profile fields a parse indexes (before reference, tags, metadatas and labels)."""
    first, last = parsed.split_name()
    return {
        "info": {
            "full_name": parsed.full_name,
            "first_name": first or None,
            "last_name": last or None,
            "email": parsed.emails[0] if parsed.emails else None,
            "phone": parsed.phones[0] if parsed.phones else None,
        },
        "text": parsed.text,
        "text_language": "en",
        "skills": parsed.skill_objects(),
        "experiences": [],
        "educations": [],
    }


def parsing_object(
    parsed: ParsedResume, key: str, file_name: str, size: int, stamp: str
) -> dict[str, Any]:
    """The Parsing object of GET /profile/parsing."""
    first, last = parsed.split_name()
    persons = (
        [{"full_name": parsed.full_name, "first_name": first, "last_name": last}]
        if parsed.full_name
        else []
    )
    return {
        "key": key,
        "content_uid": key,
        "file_name": file_name,
        "file_size": size,
        "persons": persons,
        "emails": parsed.emails,
        "phones": parsed.phones,
        "urls": [],
        "skills": parsed.skill_objects(),
        "summary": None,
        "text": parsed.text,
        "text_language": "en",
        "experiences": [],
        "educations": [],
        "created_at": stamp,
    }


# ---- the operations ----------------------------------------------------------

FLAG_DEFAULTS = {"sync_parsing": 0, "sync_parsing_indexing": 1, "webhook_parsing_sending": 0}


def upload_fields(form: Mapping[str, str]) -> dict[str, Any]:
    """The profile fields the form adds to what parsing finds, validated as a profile write."""
    extra: dict[str, Any] = {
        name: json_items(form, name) for name in ("labels", "tags", "metadatas")
    }
    if form.get("reference"):
        extra["reference"] = form["reference"]
    validate(models.ProfileWrite, render(extra), extra)
    return extra


@served
async def parse_profile_file(op: SpecOperation, request: Request, state: SandboxState) -> Response:
    body = await request.body()
    form, files = parse_multipart(request.headers.get("content-type", ""), body)
    source_key = required_param(form, "source_key")
    upload = files.get("file")
    if upload is None:
        raise BadRequest("Invalid field 'file': Field required")
    flags = {}
    for name, default in FLAG_DEFAULTS.items():
        raw = form.get(name, str(default))
        if raw not in ("0", "1"):
            raise BadRequest(f"Invalid field '{name}': must be 0 or 1")
        flags[name] = raw == "1"
    extra = upload_fields(form)
    reference = extra.get("reference")
    if form.get("key") is not None:
        find(state, "profile", source_key, "key", form["key"])
    if reference is not None and state.store.get(
        "profile", source_key, by="reference", value=reference
    ):
        raise ReferenceTaken(reference)
    state.store.ensure_namespace("profile", source_key)
    base = str(request.base_url).rstrip("/")
    store = functools.partial(
        store_parsed, state, source_key, form, extra, upload.file_name, upload.content, base, flags
    )
    if not flags["sync_parsing"]:
        asyncio.get_running_loop().create_task(parse_later(state, source_key, store))
        return answer(op, {"code": 202, "message": "Profile queued for parsing", "data": []}, 202)
    try:
        parsing, profile = store()
    except UnreadableFile as error:
        raise BadRequest(f"Invalid field 'file': {error}") from None
    if flags["webhook_parsing_sending"] and profile is not None:
        state.webhooks.emit(parse_event("profile.parse.success", source_key, profile))
    data: dict[str, Any] = {"parsing": parsing}
    if profile is not None:
        data["profile"] = profile
    return answer(op, {"code": 201, "message": "Profile parsed", "data": data}, 201)


def parse_event(
    kind: str, source_key: str, profile: dict[str, Any] | None, message: str | None = None
) -> dict[str, Any]:
    ref = None
    if profile is not None:
        ref = {
            "key": profile["key"],
            "source_key": source_key,
            "reference": profile.get("reference"),
        }
    return {"type": kind, "origin": "api", "message": message or kind, "profile": ref}


async def parse_later(
    state: SandboxState,
    source_key: str,
    store: Callable[[], tuple[dict[str, Any], dict[str, Any] | None]],
) -> None:
    """Finish an asynchronous parse (`store`, a bound `store_parsed`) a moment later, then send `profile.parse.success` or `.error`."""
    await asyncio.sleep(0.05)
    try:
        _, profile = store()
    except (UnreadableFile, ReferenceTaken) as error:
        message = "Reference already exists" if isinstance(error, ReferenceTaken) else str(error)
        state.webhooks.emit(parse_event("profile.parse.error", source_key, None, message))
        return
    except Exception as error:  # an async parse must never die silently
        logger.exception("asynchronous parse failed")
        state.record_error(f"asynchronous parse failed: {error!r}")
        return
    state.webhooks.emit(parse_event("profile.parse.success", source_key, profile))


def store_parsed(
    state: SandboxState,
    source_key: str,
    form: Mapping[str, str],
    extra: dict[str, Any],
    file_name: str,
    content: bytes,
    base: str,
    flags: dict[str, bool],
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Parse the file, index the profile (unless told not to) with the file attached."""
    parsed = parse_resume(content)
    stamp = now()
    alt = new_key()
    extension = file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
    attachment = {
        "type": "resume",
        "alt": alt,
        "file_name": f"{alt}.{extension}" if extension else alt,
        "original_file_name": file_name,
        "extension": extension or None,
        "file_size": len(content),
        "public_url": f"{base}{FILES}/{alt}",
        "created_at": stamp,
        "updated_at": stamp,
    }
    fields = {**profile_fields(parsed), **extra, "attachments": [attachment]}
    if not flags["sync_parsing_indexing"]:
        key = form.get("key") or new_key()
        parsing = parsing_object(parsed, key, file_name, len(content), stamp)
        return parsing, None
    if form.get("key"):
        obj = state.store.edit("profile", source_key, form["key"], fields.get("reference"), fields)
    else:
        obj = state.store.create("profile", source_key, fields.get("reference"), fields)
    parsing = parsing_object(parsed, obj.key, file_name, len(content), stamp)
    state.documents.keep(obj.key, parsing, alt, content)
    return parsing, read_shape(obj)


def looked_up_profile(
    op: SpecOperation, params: Mapping[str, str], state: SandboxState
) -> StoredObject:
    """The profile a GET of its parsing or attachments names."""
    source_key = required_param(params, "source_key")
    return find(state, "profile", source_key, *one_of(params, op.lookups))


@served
async def get_profile_parsing(op: SpecOperation, request: Request, state: SandboxState) -> Response:
    obj = looked_up_profile(op, request.query_params, state)
    parsing = state.documents.parsing(obj.key)
    if parsing is None:
        raise NotFound("Parsing not found: the profile was not made from a file")
    return answer(op, {"code": 200, "message": "Profile's parsing", "data": parsing})


@served
async def get_profile_attachments(
    op: SpecOperation, request: Request, state: SandboxState
) -> Response:
    obj = looked_up_profile(op, request.query_params, state)
    attachments = obj.fields.get("attachments")
    body = {
        "code": 200,
        "message": "Profile's attachment list",
        "data": attachments if isinstance(attachments, list) else [],
    }
    return answer(op, body)


async def uploaded_file(request: Request, state: SandboxState) -> Response:
    """An uploaded file, served at `FILES/<alt>` (unguessable, as the service's public URLs)."""
    content = state.documents.file(request.path_params["alt"])
    if content is None:
        return error_response(404, "File not found")
    return Response(content, 200, media_type="application/octet-stream")
