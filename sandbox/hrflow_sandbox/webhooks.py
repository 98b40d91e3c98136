"""Signed webhook events sent to a loopback URL, exactly as HrFlow signs them.

`HTTP-HRFLOW-SIGNATURE: <b64url(hex HMAC-SHA256 of payload)>.<b64url(payload)>`, the
payload being the event's JSON (ASCII-only, as HrFlow's SDK decodes it as ASCII), which
is also the body. Only loopback hosts are called; each delivery is recorded. The standard library's
HTTP client sends them (in a thread), so the sandbox needs no HTTP client package.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import ipaddress
import json
import logging
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

logger = logging.getLogger("hrflow_sandbox")

SIGNATURE_HEADER = "HTTP-HRFLOW-SIGNATURE"
DELIVERY_TIMEOUT = 5.0


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def sign(payload: str, secret: str) -> str:
    """The signature header value of a payload (JSON text) for a webhook secret."""
    digest = hmac.new(secret.encode(), payload.encode(), hashlib.sha256).hexdigest()
    return f"{_b64url(digest.encode('ascii'))}.{_b64url(payload.encode('ascii'))}"


def is_loopback_url(url: str) -> bool:
    """Whether `url` is http(s) on a loopback address (`localhost`, 127.0.0.0/8, ::1)."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        return False
    if parts.hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(parts.hostname).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class WebhookTarget:
    """Where events go and the secret they are signed with."""

    url: str
    secret: str


class WebhookSender:
    """Sends events to the configured target, in the background, and records the outcome."""

    def __init__(self, target: WebhookTarget | None = None) -> None:
        self._lock = threading.Lock()
        self._target = target
        self._deliveries: list[dict[str, Any]] = []
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def target(self) -> WebhookTarget | None:
        with self._lock:
            return self._target

    def configure(self, target: WebhookTarget | None) -> None:
        """Send later events to `target` (None: send nothing)."""
        if target is not None and not is_loopback_url(target.url):
            raise ValueError(f"webhook URL {target.url!r} is not a loopback http(s) URL")
        with self._lock:
            self._target = target

    def describe(self) -> dict[str, Any]:
        """The target URL (never the secret) and every delivery so far."""
        with self._lock:
            return {
                "url": self._target.url if self._target else None,
                "deliveries": list(self._deliveries),
            }

    def clear(self) -> None:
        """Forget the deliveries (the target stays)."""
        with self._lock:
            self._deliveries.clear()

    def emit(self, event: dict[str, Any], url: str | None = None) -> None:
        """Send `event` to `url` (default: the target) from the running event loop, without waiting."""
        target = self.target
        if target is None:
            return
        destination = url or target.url
        if not is_loopback_url(destination):
            return
        task = asyncio.get_running_loop().create_task(self._send(event, destination, target.secret))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _send(self, event: dict[str, Any], url: str, secret: str) -> None:
        payload = json.dumps(event, ensure_ascii=True, separators=(",", ":"))
        headers = {SIGNATURE_HEADER: sign(payload, secret), "Content-Type": "application/json"}
        record: dict[str, Any] = {"type": event.get("type"), "url": url}
        try:
            record["status"] = await asyncio.to_thread(_post, url, payload.encode("ascii"), headers)
        except OSError as error:  # connection refused, timeout, ... (URLError is one)
            record["error"] = type(error).__name__
            logger.warning("Webhook %s to %s failed: %s", event.get("type"), url, error)
        with self._lock:
            self._deliveries.append(record)


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: no proxy


def _post(url: str, body: bytes, headers: dict[str, str]) -> int:
    """POST `body`; the answer's status (an error status is an answer too)."""
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with _OPENER.open(request, timeout=DELIVERY_TIMEOUT) as response:
            response.read()
            return int(response.status)
    except urllib.error.HTTPError as error:
        error.close()
        return int(error.code)
