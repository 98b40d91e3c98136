"""The spec's info.version, written by scripts/regenerate."""

__version__ = "1.2.0"
