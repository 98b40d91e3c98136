"""Everything one sandbox app holds: settings, store, faults, counters, recorded errors."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from hrflow_sandbox.config import SandboxConfig
from hrflow_sandbox.documents import Documents
from hrflow_sandbox.faults import FaultPlan
from hrflow_sandbox.namespaces import Namespaces
from hrflow_sandbox.outcomes import Outcome, success_outcomes
from hrflow_sandbox.representation import read_shape
from hrflow_sandbox.spec_routes import spec_operations
from hrflow_sandbox.store import Store
from hrflow_sandbox.webhook_delivery import WebhookSender, WebhookTarget


class SandboxState:
    """The state behind one app (`app.state.sandbox`)."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.store = Store(config.db_path)
        self.faults = FaultPlan(config.max_fault_delay)
        self.namespaces = Namespaces()
        self.documents = Documents()
        self.webhooks = WebhookSender(
            WebhookTarget(config.webhook_url, config.webhook_secret)
            if config.webhook_url and config.webhook_secret
            else None
        )
        self.outcomes: dict[str, Outcome] = success_outcomes(strict_rest=config.strict_rest)
        self._lock = threading.Lock()
        self._requests: Counter[str] = Counter()
        self._errors: list[str] = []
        self._in_flight = 0

    @contextmanager
    def tracking(self, operation_id: str) -> Iterator[None]:
        """Count a request received for an operation, and keep it in flight while it runs."""
        with self._lock:
            self._requests[operation_id] += 1
            self._in_flight += 1
        try:
            yield
        finally:
            with self._lock:
                self._in_flight -= 1

    @property
    def in_flight(self) -> int:
        """API requests being answered right now (delayed ones included)."""
        with self._lock:
            return self._in_flight

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Wait until no API request is in flight; False if some still are after `timeout`."""
        deadline = time.monotonic() + timeout
        while self.in_flight:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True

    def record_error(self, description: str) -> None:
        """Remember an internal error (an unexpected exception or an invalid response)."""
        with self._lock:
            self._errors.append(description)

    @property
    def errors(self) -> list[str]:
        """Internal errors since the last reset."""
        with self._lock:
            return list(self._errors)

    def reset(self) -> None:
        """Forget objects, counters, faults and recorded errors."""
        self.store.clear()
        self.faults.clear()
        self.namespaces.clear()
        self.documents.clear()
        self.webhooks.clear()
        with self._lock:
            self._requests.clear()
            self._errors.clear()

    def snapshot(self) -> dict[str, Any]:
        """Stored objects per namespace (as a read answers them), counters, faults, errors."""
        jobs: dict[str, list[dict[str, Any]]] = {}
        for obj in self.store.all("job"):
            jobs.setdefault(obj.namespace, []).append(read_shape(obj))
        profiles: dict[str, list[dict[str, Any]]] = {}
        for obj in self.store.all("profile"):
            profiles.setdefault(obj.namespace, []).append(read_shape(obj))
        with self._lock:
            requests = {
                op.operation_id: self._requests[op.operation_id] for op in spec_operations()
            }
            errors = list(self._errors)
            in_flight = self._in_flight
        return {
            "jobs": jobs,
            "profiles": profiles,
            "requests": requests,
            "in_flight": in_flight,
            "faults": self.faults.describe(),
            "errors": errors,
            "webhooks": self.webhooks.describe(),
        }
