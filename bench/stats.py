"""Samples, percentiles, interleaved rounds, and targets expressed as ratios."""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

Timing = tuple[list[float], list[float]]
"""Wall-clock samples and, when measured, the measuring process's CPU time for each (seconds)."""


@dataclass
class Series:
    """Timings (seconds) of one contender: wall clock, and the client process's CPU time.

    CPU time leaves out time spent waiting, including while other processes on a busy
    machine hold the core, so its ratios are the noise-robust view of client overhead.
    """

    name: str
    samples: list[float] = field(default_factory=list)
    note: str = ""
    cpu: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.samples) if self.samples else math.nan

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu) if self.cpu else math.nan

    @property
    def p95(self) -> float:
        if not self.samples:
            return math.nan
        ordered = sorted(self.samples)
        return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def time_calls(call: Callable[[], object], count: int) -> Timing:
    """Time `count` sequential calls one by one (wall clock and process CPU time)."""
    perf, cpu = time.perf_counter, time.process_time
    walls, cpus = [], []
    for _ in range(count):
        start, start_cpu = perf(), cpu()
        call()
        walls.append(perf() - start)
        cpus.append(cpu() - start_cpu)
    return walls, cpus


def time_once(run: Callable[[], object]) -> Timing:
    """Time one run of `run` (a whole batch)."""
    start, start_cpu = time.perf_counter(), time.process_time()
    run()
    return [time.perf_counter() - start], [time.process_time() - start_cpu]


def call_batches(
    calls: Mapping[str, Callable[[], object]], count: int
) -> dict[str, Callable[[], Timing]]:
    """For `interleave`: each contender's batch is `count` timed calls."""

    def batch(call: Callable[[], object]) -> Callable[[], Timing]:
        return lambda: time_calls(call, count)

    return {name: batch(call) for name, call in calls.items()}


def interleave(batches: Mapping[str, Callable[[], Timing]], rounds: int) -> dict[str, Series]:
    """Run every contender's batch once per round, rotating the order each round.

    Noise on a shared machine then hits all contenders alike, so the ratios between
    them hold even when the absolute figures drift.
    """
    names = list(batches)
    series = {name: Series(name) for name in names}
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            gc.collect()
            walls, cpus = batches[name]()
            series[name].samples.extend(walls)
            series[name].cpu.extend(cpus)
    return series


Op = Literal["<=", ">=", "<"]


@dataclass(frozen=True)
class Target:
    """A requirement on a measured figure (a ratio unless `unit` says otherwise)."""

    label: str
    value: float
    op: Op
    bound: float
    unit: str = "x"

    @property
    def hit(self) -> bool:
        if math.isnan(self.value):
            return False
        if self.op == "<=":
            return self.value <= self.bound
        if self.op == "<":
            return self.value < self.bound
        return self.value >= self.bound

    @property
    def verdict(self) -> str:
        return "hit" if self.hit else "MISS"

    def margin(self) -> str:
        """How far from the bound, as a percentage of it."""
        if math.isnan(self.value):
            return "not measured"
        if self.op == ">=":
            delta = self.value / self.bound - 1
            return f"{delta:+.0%} vs bound" if self.hit else f"short by {-delta:.0%}"
        delta = 1 - self.value / self.bound
        return f"{delta:.0%} headroom" if self.hit else f"over by {-delta:.0%}"

    def figure(self) -> str:
        return fmt_value(self.value, self.unit)

    def requirement(self) -> str:
        return f"{self.op} {fmt_value(self.bound, self.unit)}"


def fmt_value(value: float, unit: str) -> str:
    if math.isnan(value):
        return "n/a"
    if unit == "x":
        return f"{value:.2f}x"
    return f"{value:.1f} {unit}"


def ratio(numerator: Series, denominator: Series) -> float:
    """Ratio of medians."""
    if not numerator.samples or not denominator.samples:
        return math.nan
    return numerator.median / denominator.median


def cpu_ratio(numerator: Series, denominator: Series) -> float:
    """Ratio of median CPU times."""
    if not numerator.cpu or not denominator.cpu:
        return math.nan
    return numerator.cpu_median / denominator.cpu_median


def paired_spread(numerator: Series, denominator: Series, per_round: int) -> str:
    """Median and range of the per-round ratios (round medians of two interleaved contenders).

    Batches of one round run back to back, under the same machine load, so the spread
    of these paired ratios shows how much of a ratio is noise.
    """
    ratios = sorted(
        statistics.median(numerator.samples[i : i + per_round])
        / statistics.median(denominator.samples[i : i + per_round])
        for i in range(0, min(len(numerator.samples), len(denominator.samples)), per_round)
    )
    if not ratios:
        return "n/a"
    return f"median {statistics.median(ratios):.2f}x, range {ratios[0]:.2f}x-{ratios[-1]:.2f}x"
