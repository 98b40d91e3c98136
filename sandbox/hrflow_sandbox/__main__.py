"""`python -m hrflow_sandbox` / `hrflow-sandbox`: serve a sandbox in the foreground.

The first line written to stdout is the base URL, e.g. `http://127.0.0.1:8765/v1`.
On SIGINT or SIGTERM the server stops, the database is closed (no `-wal`/`-shm` file
left), then the process ends by that signal, as an unhandled one would.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
import sys
from collections.abc import Sequence
from types import FrameType

import uvicorn

from hrflow_sandbox.app import create_app
from hrflow_sandbox.config import (
    DEFAULT_HEADER_TIMEOUT,
    DEFAULT_MAX_BODY_BYTES,
    DEFAULT_MAX_FAULT_DELAY,
    SandboxConfig,
)
from hrflow_sandbox.server import base_url, bind, uvicorn_server
from hrflow_sandbox.store import SandboxState, StoreError

TOKEN_VARIABLE = "HRFLOW_SANDBOX_CONTROL_TOKEN"
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


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
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        dest="allowed_hosts",
        help="Host name the control API answers besides loopback ones (repeatable; '*': any)",
    )
    parser.add_argument(
        "--control-token",
        metavar="TOKEN",
        default=os.environ.get(TOKEN_VARIABLE) or None,
        help=f"require this X-Sandbox-Token on control requests (default: ${TOKEN_VARIABLE})",
    )
    parser.add_argument(
        "--max-body-bytes",
        type=int,
        default=DEFAULT_MAX_BODY_BYTES,
        metavar="N",
        help=f"largest request body taken in, HTTP 413 beyond (default: {DEFAULT_MAX_BODY_BYTES})",
    )
    parser.add_argument(
        "--header-timeout",
        type=float,
        default=DEFAULT_HEADER_TIMEOUT,
        metavar="SECONDS",
        help="drop connections whose request headers take longer"
        f" (default: {DEFAULT_HEADER_TIMEOUT:g})",
    )
    parser.add_argument(
        "--max-fault-delay",
        type=float,
        default=DEFAULT_MAX_FAULT_DELAY,
        metavar="SECONDS",
        help=f"longest delay=<seconds> fault accepted (default: {DEFAULT_MAX_FAULT_DELAY:g})",
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
    try:
        config = SandboxConfig(
            api_keys=frozenset(args.api_keys) if args.api_keys else None,
            db_path=args.db,
            strict_rest=args.strict_rest,
            strict_responses=False,
            allowed_hosts=frozenset(args.allowed_hosts),
            control_token=args.control_token,
            max_body_bytes=args.max_body_bytes,
            header_timeout=args.header_timeout,
            max_fault_delay=args.max_fault_delay,
            webhook_url=args.webhook_url,
            webhook_secret=args.webhook_secret or os.environ.get("HRFLOW_SANDBOX_WEBHOOK_SECRET"),
        )
        app = create_app(config)
    except (ValueError, StoreError) as error:
        sys.exit(f"hrflow-sandbox: {error}")
    state: SandboxState = app.state.sandbox
    try:
        sock = bind(args.host, args.port)
    except OSError as error:
        state.store.close()
        sys.exit(f"hrflow-sandbox: cannot listen on {args.host}:{args.port}: {error}")
    url = base_url(sock)
    print(url, flush=True)
    logging.getLogger("hrflow_sandbox").info(
        "Serving the HrFlow sandbox at %s (%s)",
        url,
        "strict REST statuses" if args.strict_rest else "quirky statuses",
    )
    serve_until_stopped(uvicorn_server(app, log_level=args.log_level), sock, state)


def serve_until_stopped(server: uvicorn.Server, sock: socket.socket, state: SandboxState) -> None:
    """Serve until SIGINT/SIGTERM, close the database, then die of the signal received.

    uvicorn re-raises the stop signal once it has shut down; the handlers installed here
    catch that re-raise, so the database is closed before the process goes.
    """
    received: list[int] = []

    def remember(signum: int, frame: FrameType | None) -> None:
        received.append(signum)
        server.should_exit = True  # a signal before uvicorn took over still stops it

    for signum in STOP_SIGNALS:
        signal.signal(signum, remember)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
        state.store.close()
        for signum in STOP_SIGNALS:
            signal.signal(signum, signal.SIG_DFL)
    for stop in dict.fromkeys(received):
        signal.raise_signal(stop)


if __name__ == "__main__":
    main()
