"""Secrets never leak: the 401 answer echoes the API key, so every text kept from a call goes through here."""

from __future__ import annotations

import re
from typing import Any

import httpx

REDACTED = "[REDACTED]"
SECRET_HEADERS = frozenset({"x-api-key"})
_ECHOED_KEY = re.compile(r"(secret key:\s*)\S+", re.IGNORECASE)


def _whole(secret: str) -> re.Pattern[str]:
    """The secret as a whole token, so a short one does not eat into ordinary words."""
    return re.compile(rf"(?<![\w-]){re.escape(secret)}(?![\w-])")


class Redactor:
    """Removes known secrets, and whatever follows "secret key:", from texts and JSON values."""

    def __init__(self, secrets: tuple[str, ...]) -> None:
        self._patterns = tuple(_whole(secret) for secret in secrets if secret)

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
            name: (REDACTED if name.lower() in SECRET_HEADERS else value)
            for name, value in request.headers.items()
        }
        return httpx.Request(request.method, request.url, headers=headers)
