"""Where the time goes: a pyinstrument profile summarised by layer and by function."""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterator

from pyinstrument import Profiler
from pyinstrument.frame import Frame

_PACKAGE = re.compile(r"/(?:site-packages|dist-packages|generated|sandbox)/([A-Za-z0-9_]+)")
_STDLIB = re.compile(r"/python3\.\d+/([A-Za-z0-9_]+)")


HARNESS = "bench harness"


def layer(path: str | None) -> str:
    """The top-level package (or stdlib module) a source file belongs to."""
    if not path:
        return "?"
    if path.startswith("<attrs generated"):
        return "attrs-generated __init__"
    if path.startswith("<built-in"):
        return "builtins (C)"
    if path.startswith("<frozen importlib"):
        return "importlib"
    if "/bench/" in path or path.startswith("<string"):
        return HARNESS
    match = _PACKAGE.search(path) or _STDLIB.search(path)
    if match is None:
        return path.rsplit("/", 1)[-1].removesuffix(".py")
    return match.group(1).removesuffix(".py")


def _walk(frame: Frame, caller: str = "?") -> Iterator[tuple[Frame, str]]:
    """Every frame with its layer; C functions count towards the layer that called them."""
    own = layer(frame.file_path)
    if own == "builtins (C)":
        own = caller
    yield frame, own
    for child in frame.children:
        yield from _walk(child, own)


def profile(
    call: Callable[[], object],
    seconds: float,
    interval: float = 0.0002,
    *,
    whole_thread: bool = False,
) -> Profiler:
    """Profile `call`, repeated for about `seconds`.

    `whole_thread` samples everything the thread runs (for a call that drives an event
    loop), instead of following coroutines across awaits.
    """
    profiler = Profiler(interval=interval, async_mode="disabled" if whole_thread else "enabled")
    profiler.start()
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        call()
    profiler.stop()
    return profiler


def summary(profiler: Profiler, *, top: int = 12, tree_lines: int = 45) -> str:
    """Markdown: self time by layer and by function, then the head of the call tree."""
    session = profiler.last_session
    assert session is not None
    root = session.root_frame()
    if root is None:
        return "_(no samples)_"
    by_layer: dict[str, float] = defaultdict(float)
    by_function: dict[tuple[str, str], float] = defaultdict(float)
    for frame, where_layer in _walk(root):
        own = frame.total_self_time
        if frame.is_synthetic or own <= 0 or where_layer == HARNESS:
            continue
        by_layer[where_layer] += own
        where = f"{frame.file_path_short or '?'}:{frame.line_no or 0}"
        by_function[(frame.function, where)] += own
    total = sum(by_layer.values()) or 1.0
    lines = ["Self time by package (C functions count towards their caller's package):", ""]
    lines += ["| package | share |", "|:--|--:|"]
    for name, spent in sorted(by_layer.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"| {name} | {spent / total:.0%} |")
    lines += ["", "Hottest functions (self time):", ""]
    lines += ["| function | where | share |", "|:--|:--|--:|"]
    for (function, where), spent in sorted(by_function.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"| `{function}` | `{where}` | {spent / total:.0%} |")
    text = profiler.output_text(unicode=False, color=False, show_all=False, short_mode=False)
    tree = [line for line in text.splitlines() if line.strip()]
    start = next((i for i, line in enumerate(tree) if line.lstrip()[:1].isdigit()), 0)
    lines += [
        "",
        "Call tree (pyinstrument, head):",
        "",
        "```",
        *tree[start : start + tree_lines],
        "```",
    ]
    return "\n".join(lines)
