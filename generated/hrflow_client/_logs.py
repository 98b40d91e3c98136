"""`HRFLOW_LOG=info|debug` turns on the package's logging without code, as `OPENAI_LOG` does for openai."""

from __future__ import annotations

import logging
import os
import warnings

from ._redaction import install_log_filter

ENVIRONMENT_VARIABLE = "HRFLOW_LOG"
LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}
FORMAT = "[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"


def setup_from_environment() -> None:
    """Log `hrflow_client` and `httpx` (one line per HTTP request) to stderr at the level `HRFLOW_LOG` names.

    Unset or empty leaves logging to the application; another value is a warning, not
    ignored. Secrets are filtered out of these records as out of any other.
    """
    value = os.environ.get(ENVIRONMENT_VARIABLE, "").strip().lower()
    if not value:
        return
    level = LEVELS.get(value)
    if level is None:
        warnings.warn(
            f"{ENVIRONMENT_VARIABLE}={value!r} is not one of {', '.join(LEVELS)}; logging left as is",
            stacklevel=2,
        )
        return
    install_log_filter()
    for name in ("hrflow_client", "httpx"):
        logger = logging.getLogger(name)
        if not any(getattr(h, "_hrflow_log", False) for h in logger.handlers):
            handler = logging.StreamHandler()
            handler.setFormatter(logging.Formatter(FORMAT))
            handler._hrflow_log = True  # type: ignore[attr-defined]
            logger.addHandler(handler)
        logger.setLevel(level)
