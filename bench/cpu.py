"""CPU pinning: the measured client on one core, the server on the other, when the machine allows it."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

CLIENT_CPU = 0
SERVER_CPU = 1


def available() -> set[int]:
    if not hasattr(os, "sched_getaffinity"):
        return set()
    return set(os.sched_getaffinity(0))


def can_split() -> bool:
    """Whether the client and server cores are both usable by this process."""
    return {CLIENT_CPU, SERVER_CPU} <= available()


def pin(core: int) -> bool:
    """Pin the calling process to `core`; False (and no change) when that is not possible."""
    if core not in available():
        return False
    os.sched_setaffinity(0, {core})
    return True


@contextlib.contextmanager
def pinned(core: int) -> Iterator[bool]:
    """Pin this process to `core` for the block (yields whether it was pinned), then restore."""
    before = available()
    done = pin(core) if len(before) > 1 else False
    try:
        yield done
    finally:
        if done:
            os.sched_setaffinity(0, before)
