"""Sections of results, rendered as a console table and as `results.md`."""

from __future__ import annotations

import math
import platform
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

from bench.stats import Series, Target

UNITS = {"us": 1e6, "ms": 1e3, "s": 1.0}
UNIT_LABEL = {"us": "µs", "ms": "ms", "s": "s"}


@dataclass
class Section:
    """One benchmark's outcome: its contenders, its targets, and what to say about them."""

    name: str
    title: str
    unit: str
    per: str
    series: list[Series] = field(default_factory=list)
    baseline: str | None = None
    targets: list[Target] = field(default_factory=list)
    setup: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    skipped: str | None = None

    def get(self, name: str) -> Series:
        for series in self.series:
            if series.name == name:
                return series
        raise KeyError(name)

    def has_cpu(self) -> bool:
        return any(series.cpu for series in self.series)

    def rows(self) -> list[list[str]]:
        scale = UNITS[self.unit]
        base = self.get(self.baseline) if self.baseline else None
        rows = []
        for series in self.series:
            row = [
                series.name + (f" ({series.note})" if series.note else ""),
                _num(series.median * scale),
                _num(series.p95 * scale),
                _relative(series.median, base.median if base else math.nan),
            ]
            if self.has_cpu():
                row += [
                    _num(series.cpu_median * scale),
                    _relative(series.cpu_median, base.cpu_median if base else math.nan),
                ]
            rows.append([*row, str(len(series.samples))])
        return rows

    def headers(self) -> list[str]:
        unit = f"{UNIT_LABEL[self.unit]}/{self.per}"
        versus = f"vs {self.baseline}" if self.baseline else ""
        headers = ["contender", f"median ({unit})", f"p95 ({unit})", versus]
        if self.has_cpu():
            headers += [f"client CPU median ({unit})", "client CPU ratio" if versus else ""]
        return [*headers, "samples"]


def _relative(value: float, base: float) -> str:
    if math.isnan(value) or math.isnan(base) or base == 0:
        return ""
    return f"{value / base:.2f}x"


def _num(value: float) -> str:
    if math.isnan(value):
        return "n/a"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(headers[i]), *(len(row[i]) for row in rows)) for i in range(len(headers))]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    return out


def _md_table(headers: Sequence[str], rows: Sequence[Sequence[str]], align: str) -> list[str]:
    out = ["| " + " | ".join(headers) + " |"]
    out.append("|" + "|".join(":--" if a == "l" else "--:" for a in align) + "|")
    out += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows]
    return out


def _target_rows(targets: Sequence[Target]) -> list[tuple[str, str, str, str, str]]:
    return [(t.label, t.figure(), t.requirement(), t.verdict, t.margin()) for t in targets]


TARGET_HEADERS = ("target", "measured", "required", "verdict", "margin")


def console(sections: Sequence[Section]) -> str:
    out: list[str] = []
    for section in sections:
        out += ["", f"== {section.title} =="]
        if section.skipped:
            out.append(f"skipped: {section.skipped}")
            continue
        out += _table(section.headers(), section.rows())
        if section.targets:
            out.append("")
            out += _table(TARGET_HEADERS, _target_rows(section.targets))
    targets = [t for s in sections for t in s.targets]
    if targets:
        out += ["", "== Targets =="]
        out += _table(TARGET_HEADERS, _target_rows(targets))
    return "\n".join(out)


def markdown(sections: Sequence[Section], *, quick: bool, pinned: str, duration: float) -> str:
    targets = [t for s in sections for t in s.targets]
    hits = sum(t.hit for t in targets)
    out = [
        "# hrflow-client benchmarks",
        "",
        "Written by `scripts/bench`"
        + (" in **quick mode** (tiny samples; figures are not meaningful)" if quick else "")
        + ". Every contender of a benchmark is measured in the same run, interleaved in"
        " rounds (order rotated each round), so the ratios hold on a noisy machine even"
        " when absolute figures drift. Ratios are ratios of medians. Targets are on"
        " wall-clock time; where shown, *client CPU* is the measuring process's CPU time,"
        " which leaves out waiting (including for other processes holding the core) and so"
        " is the steadier view of the client's own overhead.",
        "",
        f"- Python {platform.python_version()} ({sys.implementation.name}), {platform.machine()},"
        f" {platform.system()} {platform.release()}",
        f"- CPU pinning: {pinned}",
        f"- Total bench time: {duration:.0f} s",
        "",
        f"## Targets: {hits} of {len(targets)} hit",
        "",
        *_md_table(TARGET_HEADERS, _target_rows(targets), "lllll"),
    ]
    for section in sections:
        out += ["", f"## {section.title}", ""]
        if section.skipped:
            out += [f"Skipped: {section.skipped}"]
            continue
        for paragraph in section.setup:
            out += [paragraph, ""]
        headers = section.headers()
        out += _md_table(headers, section.rows(), "l" + "r" * (len(headers) - 1))
        if section.targets:
            out += ["", *_md_table(TARGET_HEADERS, _target_rows(section.targets), "lllll")]
        for block in section.details:
            out += ["", block]
    return "\n".join(out) + "\n"
