"""Replaces the generated `__init__.py`: the public surface is the HrFlow/AsyncHrFlow facade and its typed errors.

The generated functional API stays available as `hrflow_client.api` with
`hrflow_client.AuthenticatedClient`, and the models as `hrflow_client.models`.
"""

from ._coordinates import coordinate, coordinates
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    HrFlowError,
    InternalServerError,
    InvalidRequestError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
)
from ._facade import AsyncHrFlow, HrFlow
from ._logs import setup_from_environment as _setup_logging
from ._operations import FileInput, RawResponse
from ._pagination import AsyncPager, Page, PageMeta, Pager
from ._retries import RetryPolicy
from ._version import __version__
from .client import AuthenticatedClient, Client

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncHrFlow",
    "AsyncPager",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "FileInput",
    "HrFlow",
    "HrFlowError",
    "InternalServerError",
    "InvalidRequestError",
    "MissingCredentialsError",
    "NotFoundError",
    "Page",
    "PageMeta",
    "Pager",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryPolicy",
    "__version__",
    "coordinate",
    "coordinates",
]

_setup_logging()
