"""The `X-API-KEY` / `X-USER-EMAIL` check, answered the service's way."""

from __future__ import annotations

from collections.abc import Mapping

from starlette.responses import Response

from hrflow_sandbox.envelopes import error_response


def unauthorized(api_key: str) -> Response:
    """HTTP 401 whose message echoes the key that was sent, trailing space included."""
    return error_response(401, f"Unauthorized. Invalid secret key: {api_key} ")


def check_credentials(
    headers: Mapping[str, str], api_keys: frozenset[str] | None
) -> Response | None:
    """The 401 answer for missing or unknown credentials, or None when they are accepted.

    Both headers must be present and non-empty; with an allow-list, the key must be in it.
    """
    api_key = headers.get("x-api-key", "")
    email = headers.get("x-user-email", "")
    if not api_key or not email:
        return unauthorized(api_key)
    if api_keys is not None and api_key not in api_keys:
        return unauthorized(api_key)
    return None
