"""The control API under `/__sandbox` (not in the spec), and the guard keeping web pages away from it.

```text
POST   /__sandbox/faults  {"faults": [spec, ...], "random": {rate, faults, seed} | null}
GET    /__sandbox/faults  pending faults
DELETE /__sandbox/faults  drop queued faults, stop random ones
GET    /__sandbox/state   stored objects per namespace, request counters, faults, errors
POST   /__sandbox/reset   forget everything
POST   /__sandbox/boards  {"key": ..., "name": ..., "description": ...}  seed a board (X-API-KEY's)
POST   /__sandbox/sources {"key": ..., "name": ..., "description": ...}  seed a source (X-API-KEY's)
POST   /__sandbox/webhook {"url": loopback URL, "secret": ...} | {"url": null}  where events go
GET    /__sandbox/webhook the target URL and every delivery
```

A browser on the same machine can reach the sandbox, so `/__sandbox` answers only
loopback `Host` names (DNS rebinding), same-origin or non-browser requests, and only
with a JSON content type (which a page cannot send cross-origin without a CORS
preflight, never granted) or the token.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
from collections.abc import Awaitable, Callable

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from hrflow_sandbox.answers import error_response, json_response
from hrflow_sandbox.config import SandboxConfig
from hrflow_sandbox.faults import FaultSpecError, RandomFaults
from hrflow_sandbox.store import Kind, SandboxState, current_account
from hrflow_sandbox.validation import BadRequest, parse_object
from hrflow_sandbox.webhooks import WebhookTarget

logger = logging.getLogger("hrflow_sandbox")

CONTROL_PREFIX = "/__sandbox"
LOOPBACK_NAMES = frozenset({"localhost", "localhost.", "ip6-localhost", "ip6-loopback"})
TOKEN_HEADER = "x-sandbox-token"
_SAME_SITE_FETCHES = frozenset({"same-origin", "none"})

Endpoint = Callable[[Request], Awaitable[Response]]


def control_routes(state: SandboxState) -> list[Route]:
    """The control endpoints of one sandbox."""

    async def add_faults(request: Request) -> Response:
        try:
            data = parse_object(await request.body())
            specs = data.get("faults", [])
            if not isinstance(specs, list):
                raise FaultSpecError("'faults' must be a list of fault specs")
            random_faults = None
            if data.get("random") is not None:
                random_faults = RandomFaults.from_json(data["random"], state.faults.max_delay)
            state.faults.queue(specs)
        except BadRequest as error:
            return error_response(400, error.message)
        except FaultSpecError as error:
            return error_response(400, f"Invalid fault: {error}")
        if "random" in data:
            state.faults.set_random(random_faults)
        return json_response(state.faults.describe(), 200)

    async def show_faults(request: Request) -> Response:
        return json_response(state.faults.describe(), 200)

    async def clear_faults(request: Request) -> Response:
        state.faults.clear()
        return json_response(state.faults.describe(), 200)

    async def show_state(request: Request) -> Response:
        return json_response(state.snapshot(), 200)

    async def reset(request: Request) -> Response:
        state.reset()
        return json_response({"reset": True}, 200)

    def seed(kind: Kind) -> Endpoint:
        async def seed_namespace(request: Request) -> Response:
            try:
                data = parse_object(await request.body())
                key, name, description = (data.get(f) for f in ("key", "name", "description"))
                if not isinstance(key, str) or not key:
                    raise BadRequest("Invalid field 'key': a non-empty string is required")
                if not all(v is None or isinstance(v, str) for v in (name, description)):
                    raise BadRequest("Invalid body: 'name' and 'description' must be strings")
            except BadRequest as error:
                return error_response(400, error.message)
            if current_account.get() is None:
                return error_response(
                    400, "Missing X-API-KEY: send the key of the account the namespace is for"
                )
            namespace_id = state.store.ensure_namespace(kind, key)
            state.namespaces.seed(namespace_id, name, description)
            return json_response({"key": key, "name": name, "description": description}, 200)

        return seed_namespace

    async def set_webhook(request: Request) -> Response:
        try:
            data = parse_object(await request.body())
            url, secret = data.get("url"), data.get("secret")
            if url is None:
                state.webhooks.configure(None)
            elif not isinstance(url, str) or not isinstance(secret, str) or not secret:
                raise BadRequest(
                    "Invalid body: give 'url' (a loopback URL) and 'secret' (non-empty)"
                )
            else:
                state.webhooks.configure(WebhookTarget(url, secret))
        except BadRequest as error:
            return error_response(400, error.message)
        except ValueError as error:
            return error_response(400, str(error))
        return json_response(state.webhooks.describe(), 200)

    async def show_webhook(request: Request) -> Response:
        return json_response(state.webhooks.describe(), 200)

    return [
        Route(f"{CONTROL_PREFIX}/boards", seed("job"), methods=["POST"]),
        Route(f"{CONTROL_PREFIX}/sources", seed("profile"), methods=["POST"]),
        Route(f"{CONTROL_PREFIX}/webhook", set_webhook, methods=["POST"]),
        Route(f"{CONTROL_PREFIX}/webhook", show_webhook, methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/faults", add_faults, methods=["POST"]),
        Route(f"{CONTROL_PREFIX}/faults", show_faults, methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/faults", clear_faults, methods=["DELETE"]),
        Route(f"{CONTROL_PREFIX}/state", show_state, methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/reset", reset, methods=["POST"]),
    ]


# ---- the guard ---------------------------------------------------------------


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
