"""Secrets never leak: the service echoes the API key (401 message, headers), so every text kept from a call goes through here.

A key is found whole or inside a longer word, literally, `\\u`-escaped or
percent-encoded, in texts, JSON values, response headers and log records of
hrflow_client, httpx, httpcore and aiohttp.
"""

from __future__ import annotations

import logging
import re
import weakref
from typing import Any

import httpx

REDACTED = "[REDACTED]"
SECRET_HEADERS = frozenset({"x-api-key"})
_ECHOED_KEY = re.compile(r"(secret key:\s*)\S+", re.IGNORECASE)
_SHORT = 8
"""Secrets shorter than this are only redacted as whole words, so they do not eat ordinary text."""

LOGGERS = (
    "hrflow_client",
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "aiohttp.client",
    "aiohttp.internal",
    "aiohttp.access",
)


def _character(char: str) -> str:
    """A character literally, `\\u`-escaped or percent-encoded."""
    code = ord(char)
    forms = [re.escape(char), rf"\\u{code:04x}"]
    if code < 0x80:
        forms.append(f"%{code:02x}")
    return "(?:" + "|".join(forms) + ")"


def _pattern(secret: str) -> re.Pattern[str]:
    body = "".join(_character(char) for char in secret)
    if len(secret) < _SHORT:
        body = rf"(?<![\w-]){body}(?![\w-])"
    return re.compile(body, re.IGNORECASE)


class Redactor:
    """Removes known secrets, and whatever follows "secret key:", from texts, JSON values and headers."""

    def __init__(self, secrets: tuple[str, ...]) -> None:
        self._secrets = tuple(secret for secret in secrets if secret)
        self._patterns = tuple(_pattern(secret) for secret in self._secrets)
        self._bytes = tuple(secret.encode("utf-8", "replace") for secret in self._secrets)
        _LIVE.add(self)

    def __repr__(self) -> str:
        return f"Redactor({len(self._patterns)} secret(s))"

    def text(self, value: str) -> str:
        for pattern in self._patterns:
            value = pattern.sub(REDACTED, value)
        return _ECHOED_KEY.sub(rf"\g<1>{REDACTED}", value)

    def json(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {key: self.json(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.json(item) for item in value]
        return value

    def request(self, request: httpx.Request) -> httpx.Request:
        """A copy of `request` safe to keep on an error: secret headers masked, body dropped."""
        headers = {
            name: (REDACTED if name.lower() in SECRET_HEADERS else self.text(value))
            for name, value in request.headers.items()
        }
        return httpx.Request(request.method, request.url, headers=headers)

    def headers(self, headers: httpx.Headers) -> httpx.Headers:
        """`headers` itself, or a redacted copy when a value may hold a secret.

        The cheap check (any `\\`, `%` or a secret's bytes in the raw values) keeps
        ordinary answers on the fast path.
        """
        raw = b"\n".join(value for _, value in headers.raw)
        if not (b"\\" in raw or b"%" in raw or any(secret in raw for secret in self._bytes)):
            return headers
        return httpx.Headers([(name, self.text(value)) for name, value in headers.multi_items()])


_LIVE: weakref.WeakSet[Redactor] = weakref.WeakSet()


def redact_everywhere(text: str) -> str:
    """`text` with the secrets of every live client removed (for places that do not know their client)."""
    for redactor in list(_LIVE):
        text = redactor.text(text)
    return text


class _LogFilter(logging.Filter):
    """Rewrites a record's message with every live client's secrets removed.

    It runs only for records that are emitted (a logger at WARNING costs nothing),
    and covers what httpcore logs at DEBUG: response headers, exception texts.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if not _LIVE:
            return True
        message = record.getMessage()
        redacted = redact_everywhere(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_FILTER = _LogFilter()


def install_log_filter() -> None:
    """Attach the secret filter to every logger that may see a request or an answer (idempotent)."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
