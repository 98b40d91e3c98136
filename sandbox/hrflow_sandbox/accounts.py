"""Per-key isolation: each `X-API-KEY` is an account that sees only its own objects.

A middleware puts the request's account in a context variable, and the store scopes
every namespace lookup to it, so any route touching the store is isolated for free.
The key itself is never stored: accounts are named by a SHA-256 digest of it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

CONTROL_PREFIX = "/__sandbox"

current_account: ContextVar[str | None] = ContextVar("hrflow_sandbox_account", default=None)
"""The account of the request being served; `None` (control API without a key, or
direct use of the store) reads every account and writes to the anonymous one."""


def account_of(api_key: str) -> str:
    """The account name of a key: its SHA-256 digest, so the store never holds keys."""
    return hashlib.sha256(api_key.encode("utf-8", "surrogateescape")).hexdigest()


@contextmanager
def scoped(account: str | None) -> Iterator[None]:
    """Run the block as `account` (`None`: unscoped)."""
    token = current_account.set(account)
    try:
        yield
    finally:
        current_account.reset(token)


class AccountScope:
    """Scope each request to the account of its `X-API-KEY`.

    API requests are always scoped (a missing key is the empty key's account, and is
    refused anyway); control requests only when they carry a key.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        api_key = Headers(scope=scope).get("x-api-key")
        is_control = scope["path"].startswith(CONTROL_PREFIX)
        account = None if is_control and api_key is None else account_of(api_key or "")
        with scoped(account):
            await self.app(scope, receive, send)
