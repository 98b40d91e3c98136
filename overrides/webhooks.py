"""Verify and decode HrFlow webhook calls: the `HTTP-HRFLOW-SIGNATURE` header, exactly as HrFlow signs it.

The header is `<signature>.<payload>`, each piece base64url-encoded with padding. The
payload is the event's JSON text; the signature is the lowercase hex HMAC-SHA256 of that
text keyed with the webhook secret (so the first piece encodes 64 hex characters, not 32
raw bytes). Any third piece is ignored, as HrFlow's own SDK ignores it.

```python
from hrflow_client import webhooks

event = webhooks.verify(request.headers, secret=WEBHOOK_SECRET, body=await request.body())
if event.type_ == webhooks.WebhookEventType.PROFILE_PARSE_SUCCESS:
    profile_key = event.profile.key
```
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

from ._exceptions import HrFlowError
from .models.webhook_event import WebhookEvent
from .models.webhook_event_type import WebhookEventType

__all__ = [
    "SIGNATURE_HEADER",
    "WebhookEvent",
    "WebhookEventType",
    "WebhookVerificationError",
    "sign",
    "verify",
    "verify_signature",
]

SIGNATURE_HEADER = "HTTP-HRFLOW-SIGNATURE"
# WSGI and Django's `request.META` spell incoming headers this way.
_HEADER_NAMES = (SIGNATURE_HEADER.lower(), "http_http_hrflow_signature", "http_hrflow_signature")
_MAX_SIGNATURE_LENGTH = 10 * 1024 * 1024


class WebhookVerificationError(HrFlowError, ValueError):
    """A webhook call could not be verified: no secret, no or a malformed header, a wrong signature."""


def _b64url_decode(piece: str, what: str) -> str:
    try:
        raw = base64.b64decode(piece.replace("-", "+").replace("_", "/"), validate=True)
        return raw.decode("ascii")
    except (binascii.Error, ValueError):
        raise WebhookVerificationError(
            f"the {SIGNATURE_HEADER} header's {what} is not base64url-encoded ASCII"
        ) from None


def _b64url_encode(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode("ascii")).decode("ascii")


def _digest(payload: str, secret: str) -> str:
    return hmac.new(secret.encode("utf-8"), payload.encode("utf-8"), hashlib.sha256).hexdigest()


def sign(payload: str | Mapping[str, Any], secret: str) -> str:
    """The header value HrFlow sends for `payload` (JSON text, or an event to serialise).

    For tests and local tools; a dict is serialised with ASCII escapes, as HrFlow's
    signatures must decode as ASCII.
    """
    text = payload if isinstance(payload, str) else json.dumps(payload, separators=(",", ":"))
    _require_secret(secret)
    return f"{_b64url_encode(_digest(text, secret))}.{_b64url_encode(text)}"


def _require_secret(secret: object) -> str:
    if not isinstance(secret, str) or not secret:
        raise WebhookVerificationError(
            "no webhook secret: pass the secret HrFlow shows for this webhook (secret=...)"
        )
    return secret


def verify_signature(signature: str | None, secret: str) -> WebhookEvent:
    """The event signed in an `HTTP-HRFLOW-SIGNATURE` value, once its signature checks out.

    Raises `WebhookVerificationError` when the secret is missing, the value is missing
    or malformed, the signature does not match (compared in constant time), or the
    payload is not an event of a known type.
    """
    key = _require_secret(secret)
    if not signature:
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header is missing or empty")
    if len(signature) > _MAX_SIGNATURE_LENGTH:
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header is too large")
    pieces = signature.split(".", 2)
    if len(pieces) < 2:
        raise WebhookVerificationError(
            f"the {SIGNATURE_HEADER} header is not '<signature>.<payload>'"
        )
    claimed = _b64url_decode(pieces[0], "signature")
    payload = _b64url_decode(pieces[1], "payload")
    if not hmac.compare_digest(claimed.encode("ascii"), _digest(payload, key).encode("ascii")):
        raise WebhookVerificationError(
            f"the {SIGNATURE_HEADER} signature does not match: wrong secret, or a forged or altered call"
        )
    try:
        data = json.loads(payload)
    except ValueError:
        raise WebhookVerificationError("the signed payload is not JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        raise WebhookVerificationError("the signed payload is not an event (no 'type')")
    try:
        return WebhookEvent.from_dict(data)
    except (ValueError, TypeError, KeyError) as error:
        raise WebhookVerificationError(
            f"the signed event of type {data['type'][:80]!r} is not one this client knows: {error}"
        ) from None


def _header(headers: Mapping[str, str]) -> str | None:
    for name, value in headers.items():
        if name.lower() in _HEADER_NAMES:
            return value
    return None


def verify(
    headers: Mapping[str, str], secret: str, *, body: bytes | str | None = None
) -> WebhookEvent:
    """Verify a webhook call from its headers (any mapping: Starlette, Flask, `request.META`).

    The header is found whatever its case (also as `HTTP_HTTP_HRFLOW_SIGNATURE` and
    `HTTP_HRFLOW_SIGNATURE`). With `body`, the body must be the signed payload itself,
    so that a handler reading the body never trusts unsigned content.
    """
    event = verify_signature(_header(headers), secret)
    if body is not None:
        text = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
        signed = _b64url_decode(str(_header(headers)).split(".", 2)[1], "payload")
        try:
            same = json.loads(text) == json.loads(signed)
        except ValueError:
            same = False
        if not same:
            raise WebhookVerificationError("the body is not the payload the header signs")
    return event
