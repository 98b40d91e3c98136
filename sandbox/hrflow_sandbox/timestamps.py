"""The service's timestamp format: `YYYY-MM-DDTHH:MM:SS+0000`."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> str:
    """The current UTC time, formatted with a `+0000` offset (no colon), as the service does."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")
