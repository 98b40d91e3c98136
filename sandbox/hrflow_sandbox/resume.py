"""A resume file turned into a profile without a model: text, emails, phones, a name, skills.

Text files are read as UTF-8 (or Latin-1); PDFs by their text-showing operators
(`(...) Tj` and `[...] TJ`), in plain or Flate-compressed content streams. The first
line that looks like a person's name (2 to 4 capitalised words) is the name; a line
starting `Skills:` lists skills, separated by commas. Same bytes, same profile.
"""

from __future__ import annotations

import contextlib
import re
import zlib
from dataclasses import dataclass
from typing import Any

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
    first, _, last = (parsed.full_name or "").partition(" ")
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
        "skills": [{"name": skill, "type": "hard", "value": None} for skill in parsed.skills],
        "experiences": [],
        "educations": [],
    }


def parsing_object(
    parsed: ParsedResume, key: str, file_name: str, size: int, stamp: str
) -> dict[str, Any]:
    """The Parsing object of GET /profile/parsing."""
    first, _, last = (parsed.full_name or "").partition(" ")
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
        "skills": [{"name": skill, "type": "hard", "value": None} for skill in parsed.skills],
        "summary": None,
        "text": parsed.text,
        "text_language": "en",
        "experiences": [],
        "educations": [],
        "created_at": stamp,
    }
