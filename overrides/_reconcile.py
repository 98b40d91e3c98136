"""A create carrying its unique reference happens exactly once: retried safely, and read back by reference when its outcome is unknown.

The spec marks such creates with `x-hrflow-reconcile` (`Operation.reconcile`). The
service refuses a second object with the same reference, so the create is retried like
an idempotent call; when an attempt may have been stored (no answer, a truncated one,
a 5xx) and the call still fails, a `Reference already exists` from a retry included,
the object is read back by reference and returned. A `Reference already exists` with no
such earlier attempt stays an error: another object holds the reference.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import httpx
from attrs import evolve

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    HrFlowError,
    NotFoundError,
    ResponseValidationError,
)
from ._operations import Operation, Reconcile
from ._retries import FAILURES, POLICY, RETRYABLE_CODES, RetryPolicy, request_never_sent

logger = logging.getLogger("hrflow_client")


def may_have_stored(failure: BaseException) -> bool:
    """Whether a failed attempt may still have been carried out by the service."""
    if isinstance(failure, httpx.TransportError):
        return not request_never_sent(failure)
    if isinstance(failure, APIStatusError):
        return failure.status_code >= 500
    return isinstance(failure, ResponseValidationError)


class Reconciliation:
    """One reconcilable create: its lookup, the failures its attempts met, the rounds left.

    A round is the create (retried as the policy allows) and, if its outcome is
    unknown, the lookup. A lookup that finds nothing, or fails too, leaves the outcome
    unknown (an attempt may still be on its way), so the create is sent again: at most
    `max_retries + 1` rounds.
    """

    def __init__(self, reconcile: Reconcile, lookup_arguments: dict[str, Any]) -> None:
        self.reconcile = reconcile
        self.lookup_arguments = lookup_arguments
        self.failures: list[BaseException] = []
        self.rounds_left = 0

    @property
    def lookup(self) -> Operation[Any]:
        return self.reconcile.lookup

    @classmethod
    def of(cls, operation: Operation[Any], arguments: Mapping[str, Any]) -> Reconciliation | None:
        """The reconciliation of a call, if its operation has one and the body carries the reference."""
        if operation.reconcile is None or operation.body is None:
            return None
        lookup_arguments = operation.reconcile.arguments(operation.body.fields_of(arguments))
        if lookup_arguments is None:
            return None
        return cls(operation.reconcile, lookup_arguments)

    def options(self, options: Mapping[str, Any], default: RetryPolicy) -> dict[str, Any]:
        """The create's request options: retried as idempotent (no copy can be stored), failures recorded."""
        extensions = options.get("extensions") or {}
        policy = extensions.get(POLICY, default)
        self.rounds_left = policy.max_retries
        return {
            **options,
            "extensions": {
                **extensions,
                POLICY: evolve(policy, retry_non_idempotent=True),
                FAILURES: self.failures,
            },
        }

    def wanted(self, error: HrFlowError) -> bool:
        """Whether to read the object back after the create raised `error`: an attempt may have stored it."""
        if not isinstance(error, APIError) or not any(map(may_have_stored, self.failures)):
            return False
        logger.info(
            "The outcome of %s %s is unknown (%s): reading it back by %s",
            error.request.method,
            error.request.url.copy_with(query=None),
            type(error).__name__,
            self.reconcile.by,
        )
        return True

    def again(self, error: APIError, lookup_error: HrFlowError) -> bool:
        """Whether to send the create again after the lookup did not settle it; else note why on `error`."""
        unsettled = isinstance(lookup_error, NotFoundError | APIConnectionError) or (
            isinstance(lookup_error, APIStatusError)
            and (lookup_error.status_code in RETRYABLE_CODES or lookup_error.status_code >= 500)
        )
        if unsettled and self.rounds_left > 0:
            self.rounds_left -= 1
            return True
        error.add_note(
            f"Outcome unknown: an attempt may have been stored. Read back by {self.reconcile.by} "
            f"{self.lookup_arguments[self.reconcile.by]!r}: {lookup_error}"
        )
        return False
