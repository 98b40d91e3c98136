"""Benchmarks of hrflow-client against raw httpx, the official `hrflow` SDK and pydantic.

Run with `scripts/bench` (or `.venv/bin/python -m bench`); see `bench/__main__.py`
for the options and `bench/results.md` for the last full run.
"""
