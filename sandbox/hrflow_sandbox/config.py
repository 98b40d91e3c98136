"""The sandbox's settings."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class SandboxConfig:
    """How a sandbox behaves.

    Attributes:
        api_keys: The accepted `X-API-KEY` values; `None` accepts any non-empty key.
        db_path: A SQLite file to keep objects in across restarts; `None` keeps them
            in memory.
        strict_rest: Answer writes with REST statuses (201/201 for creates, 200/200
            for edits) instead of the documented quirky pairs.
        strict_responses: Raise, not only log, when a response the sandbox built fails
            validation against the operation's response model (a sandbox bug).
        webhook_url: A loopback URL to send signed webhook events to (with `webhook_secret`).
        webhook_secret: The secret webhook events are signed with.
    """

    api_keys: frozenset[str] | None = None
    db_path: str | os.PathLike[str] | None = None
    strict_rest: bool = False
    strict_responses: bool = True
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        keys: Iterable[str] | None = self.api_keys
        if keys is not None and not isinstance(keys, frozenset):
            object.__setattr__(self, "api_keys", frozenset(keys))
