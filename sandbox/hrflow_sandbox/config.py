"""The sandbox's settings, checked once, shared by the app, the server and the command line."""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from dataclasses import dataclass, field

DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024
DEFAULT_HEADER_TIMEOUT = 10.0
DEFAULT_MAX_FAULT_DELAY = 30.0


@dataclass(frozen=True, slots=True)
class SandboxConfig:
    """How a sandbox behaves.

    Attributes:
        api_keys: The accepted `X-API-KEY` values; `None` accepts any non-empty key.
            Either way each key sees only the objects written with it.
        db_path: A SQLite file to keep objects in across restarts; `None` keeps them
            in memory.
        strict_rest: Answer writes with REST statuses (201/201 for creates, 200/200
            for edits) instead of the documented quirky pairs.
        strict_responses: Raise, not only log, when a response the sandbox built fails
            validation against the operation's response model (a sandbox bug).
        allowed_hosts: `Host` names the control API answers besides the loopback ones
            (`localhost`, `127.0.0.1`, `::1`); `"*"` allows any.
        control_token: A secret that, sent as `X-Sandbox-Token`, authorises control
            requests without a JSON content type.
        max_body_bytes: The largest request body taken in; larger ones get HTTP 413.
        header_timeout: Seconds a connection may take to send a request's headers
            (from its opening, or from the previous answer) before it is dropped.
        max_fault_delay: The longest `delay=<seconds>` fault accepted.
        webhook_url: A loopback URL to send signed webhook events to (with `webhook_secret`).
        webhook_secret: The secret webhook events are signed with.
    """

    api_keys: frozenset[str] | None = None
    db_path: str | os.PathLike[str] | None = None
    strict_rest: bool = False
    strict_responses: bool = True
    allowed_hosts: frozenset[str] = frozenset()
    control_token: str | None = field(default=None, repr=False)
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    header_timeout: float = DEFAULT_HEADER_TIMEOUT
    max_fault_delay: float = DEFAULT_MAX_FAULT_DELAY
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        keys: Iterable[str] | None = self.api_keys
        if keys is not None and not isinstance(keys, frozenset):
            object.__setattr__(self, "api_keys", frozenset(keys))
        hosts: Iterable[str] = self.allowed_hosts
        object.__setattr__(self, "allowed_hosts", frozenset(h.lower() for h in hosts))
        if self.control_token is not None and not self.control_token:
            raise ValueError("control_token must not be empty")
        if isinstance(self.max_body_bytes, bool) or self.max_body_bytes <= 0:
            raise ValueError(
                f"max_body_bytes must be a positive integer, got {self.max_body_bytes!r}"
            )
        for name in ("header_timeout", "max_fault_delay"):
            value = getattr(self, name)
            if isinstance(value, bool) or not math.isfinite(value) or value <= 0:
                raise ValueError(f"{name} must be a positive number of seconds, got {value!r}")
