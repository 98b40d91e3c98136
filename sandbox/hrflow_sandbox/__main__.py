"""`python -m hrflow_sandbox` / `hrflow-sandbox`: serve a sandbox in the foreground.

The first line written to stdout is the base URL, e.g. `http://127.0.0.1:8765/v1`.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from hrflow_sandbox.app import create_app
from hrflow_sandbox.config import SandboxConfig
from hrflow_sandbox.runner import base_url, bind, uvicorn_server


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="hrflow-sandbox",
        description="A local, stateful stand-in for the HrFlow.ai indexing API.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument(
        "--port", type=int, default=8765, help="port to listen on (0: any free port)"
    )
    parser.add_argument("--db", metavar="PATH", help="SQLite file keeping objects across restarts")
    parser.add_argument(
        "--strict-rest",
        action="store_true",
        help="answer writes with REST statuses instead of the service's quirky pairs",
    )
    parser.add_argument(
        "--api-key",
        action="append",
        metavar="KEY",
        dest="api_keys",
        help="accepted X-API-KEY (repeatable); default: any non-empty key",
    )
    parser.add_argument(
        "--webhook-url", metavar="URL", help="loopback URL to send signed webhook events to"
    )
    parser.add_argument(
        "--webhook-secret",
        metavar="SECRET",
        help="secret to sign webhook events with (or HRFLOW_SANDBOX_WEBHOOK_SECRET)",
    )
    parser.add_argument(
        "--log-level",
        default="info",
        choices=["critical", "error", "warning", "info", "debug"],
        help="logging level (default: info)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    """Serve until interrupted."""
    args = parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(),
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    config = SandboxConfig(
        api_keys=frozenset(args.api_keys) if args.api_keys else None,
        db_path=args.db,
        strict_rest=args.strict_rest,
        strict_responses=False,
        webhook_url=args.webhook_url,
        webhook_secret=args.webhook_secret or os.environ.get("HRFLOW_SANDBOX_WEBHOOK_SECRET"),
    )
    app = create_app(config)
    sock = bind(args.host, args.port)
    url = base_url(sock)
    print(url, flush=True)
    logging.getLogger("hrflow_sandbox").info(
        "Serving the HrFlow sandbox at %s (%s)",
        url,
        "strict REST statuses" if args.strict_rest else "quirky statuses",
    )
    uvicorn_server(app, log_level=args.log_level).run(sockets=[sock])


if __name__ == "__main__":
    main()
