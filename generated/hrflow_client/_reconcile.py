"""A create carrying its unique reference happens exactly once: retried safely, and read back by reference when its outcome is unknown.

The spec marks such creates with `x-hrflow-reconcile` (`Operation.reconcile`). The
service refuses a second object with the same reference, so the create is retried like
an idempotent call; when an attempt may have been stored (no answer, a truncated one,
a 5xx) and the call still fails, a `Reference already exists` from a retry included,
the object is read back by reference and returned. A `Reference already exists` with no
such earlier attempt stays an error: another object holds the reference.

Every facade call is an `Exchange`: the requests it sends, decided here once and sent by
the sync and async `_send` alike (as httpx's auth flows are).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator, Mapping
from typing import Any, Generic

import httpx
from attrs import evolve

from ._envelope import parse
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    HrFlowError,
    NotFoundError,
    ResponseValidationError,
)
from ._operations import Operation, Options, RawResponse, Reconcile, T
from ._retries import FAILURES, POLICY, RETRYABLE_CODES, RetryPolicy, request_never_sent
from .client import AuthenticatedClient

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


Request = dict[str, Any]
"""Keyword arguments of one `httpx.Client.request` / `httpx.AsyncClient.request`."""

_CLIENT_DEFAULTS: Request = {"timeout": httpx.USE_CLIENT_DEFAULT}


def _request_options(settings: AuthenticatedClient, options: Options) -> Request:
    """Keyword arguments for one request: per-call timeout and retry count, if given."""
    if options.timeout is None and options.max_retries is None:
        return _CLIENT_DEFAULTS
    request: Request = {
        "timeout": options.timeout if options.timeout is not None else httpx.USE_CLIENT_DEFAULT
    }
    if options.max_retries is not None:
        policy = evolve(settings.retry_policy, max_retries=options.max_retries)
        request["extensions"] = {POLICY: policy}
    return request


class Exchange(Generic[T]):
    """One facade call as the requests it sends; the same for the sync and async clients.

    `request` is the next request to send, None once the call is over. Its answer goes
    to `answer`, the exception sending it raised to `fail`; `result` is then the call's
    answer (a failed call raises from `answer` or `fail`).
    """

    def __init__(
        self,
        settings: AuthenticatedClient,
        operation: Operation[T],
        arguments: dict[str, Any],
        options: Options,
    ) -> None:
        self._policy = settings.retry_policy
        self._redactor = settings.redactor
        self._options = options
        self._request_options = _request_options(settings, options)
        self._steps = self._call(operation, arguments)
        self.request: Request | None = next(self._steps)
        self.result: RawResponse[T]

    def answer(self, response: httpx.Response) -> None:
        self._advance(self._steps.send, response)

    def fail(self, error: Exception) -> None:
        self._advance(self._steps.throw, error)

    def _advance(self, step: Callable[[Any], Request], outcome: httpx.Response | Exception) -> None:
        try:
            self.request = step(outcome)
        except StopIteration as done:
            self.request = None
            self.result = done.value

    def _call(
        self, operation: Operation[Any], arguments: dict[str, Any]
    ) -> Generator[Request, httpx.Response, RawResponse[Any]]:
        """Sends the call, then, for a reconcilable create whose outcome is unknown, its lookup."""
        request = operation.request(arguments, self._options)
        started = time.perf_counter()
        reconciliation = Reconciliation.of(operation, arguments)
        if reconciliation is None:
            response = yield {**request, **self._request_options}
            return parse(operation, response, self._redactor, time.perf_counter() - started)
        create_options = reconciliation.options(self._request_options, self._policy)
        while True:
            try:
                response = yield {**request, **create_options}
            except APIError as error:
                if not reconciliation.wanted(error):
                    raise
                lookup = self._call(reconciliation.lookup, reconciliation.lookup_arguments)
                try:
                    return (yield from lookup)
                except HrFlowError as lookup_error:
                    if not reconciliation.again(error, lookup_error):
                        raise error from None
                continue
            return parse(operation, response, self._redactor, time.perf_counter() - started)
