"""Keeps web pages away from the control API: a browser on the same machine can reach
the sandbox, so `/__sandbox` answers only loopback `Host` names (DNS rebinding),
same-origin or non-browser requests, and only with a JSON content type (which a page
cannot send cross-origin without a CORS preflight, never granted) or the token."""

from __future__ import annotations

import hmac
import ipaddress
import logging

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from hrflow_sandbox.accounts import CONTROL_PREFIX
from hrflow_sandbox.config import SandboxConfig
from hrflow_sandbox.envelopes import error_response

logger = logging.getLogger("hrflow_sandbox")

LOOPBACK_NAMES = frozenset({"localhost", "localhost.", "ip6-localhost", "ip6-loopback"})
TOKEN_HEADER = "x-sandbox-token"
_SAME_SITE_FETCHES = frozenset({"same-origin", "none"})


def host_name(host: str) -> str:
    """The name part of a `Host` header (`[::1]:80` -> `::1`), lowercased."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host[1:]
    return host.rpartition(":")[0] if host.count(":") == 1 else host


def is_loopback(name: str) -> bool:
    """Whether a host name surely designates this machine."""
    if name in LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class ControlGuard:
    """Refuse control requests a web page could have sent (403 or 415, nothing done)."""

    def __init__(self, app: ASGIApp, config: SandboxConfig) -> None:
        self.app = app
        self.config = config

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith(CONTROL_PREFIX):
            refusal = self.refusal(Headers(scope=scope))
            if refusal is not None:
                status, message = refusal
                logger.warning("Refused %s %s: %s", scope["method"], scope["path"], message)
                await error_response(status, message)(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def refusal(self, headers: Headers) -> tuple[int, str] | None:
        """The status and message refusing a control request, or None to serve it."""
        host = headers.get("host", "")
        name = host_name(host)
        allowed = self.config.allowed_hosts
        if not (is_loopback(name) or name in allowed or "*" in allowed):
            return 403, (
                f"Host {host!r} is not allowed for the control API"
                " (loopback names only; add it with --allow-host)"
            )
        origin = headers.get("origin")
        same_origin = {f"http://{host.lower()}", f"https://{host.lower()}"}
        if origin is not None and origin.lower() not in same_origin:
            return 403, f"Cross-origin control requests are refused (Origin {origin!r})"
        site = headers.get("sec-fetch-site")
        if site is not None and site.lower() not in _SAME_SITE_FETCHES:
            return 403, f"Cross-site control requests are refused (Sec-Fetch-Site {site!r})"
        token = self.config.control_token
        if token is not None:
            sent = headers.get(TOKEN_HEADER, "")
            if not hmac.compare_digest(sent.encode(), token.encode()):
                return 403, "The control API needs the X-Sandbox-Token this sandbox was given"
            return None
        media_type = headers.get("content-type", "").partition(";")[0].strip().lower()
        if media_type != "application/json":
            return 415, "The control API needs 'Content-Type: application/json'"
        return None
