from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.archive_profile_request import ArchiveProfileRequest
from ...models.archive_response import ArchiveResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: ArchiveProfileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/profile/indexing/archive",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArchiveResponse | Error | None:
    if response.status_code == 200:
        response_200 = ArchiveResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = Error.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ArchiveResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ArchiveProfileRequest,
) -> Response[ArchiveResponse | Error]:
    """Archive or restore a profile

     Archives a profile (`is_archive` 1) or restores it (`is_archive` 0), by `key`,
    `reference` or `profile_email` (exactly one; body fields). An archived profile
    is still readable but left out of lists, searches and scores.

    Args:
        body (ArchiveProfileRequest): Body of PATCH /profile/indexing/archive. Give exactly one of
            `key`, `reference` and `profile_email`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArchiveResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ArchiveProfileRequest,
) -> ArchiveResponse | Error | None:
    """Archive or restore a profile

     Archives a profile (`is_archive` 1) or restores it (`is_archive` 0), by `key`,
    `reference` or `profile_email` (exactly one; body fields). An archived profile
    is still readable but left out of lists, searches and scores.

    Args:
        body (ArchiveProfileRequest): Body of PATCH /profile/indexing/archive. Give exactly one of
            `key`, `reference` and `profile_email`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArchiveResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ArchiveProfileRequest,
) -> Response[ArchiveResponse | Error]:
    """Archive or restore a profile

     Archives a profile (`is_archive` 1) or restores it (`is_archive` 0), by `key`,
    `reference` or `profile_email` (exactly one; body fields). An archived profile
    is still readable but left out of lists, searches and scores.

    Args:
        body (ArchiveProfileRequest): Body of PATCH /profile/indexing/archive. Give exactly one of
            `key`, `reference` and `profile_email`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArchiveResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ArchiveProfileRequest,
) -> ArchiveResponse | Error | None:
    """Archive or restore a profile

     Archives a profile (`is_archive` 1) or restores it (`is_archive` 0), by `key`,
    `reference` or `profile_email` (exactly one; body fields). An archived profile
    is still readable but left out of lists, searches and scores.

    Args:
        body (ArchiveProfileRequest): Body of PATCH /profile/indexing/archive. Give exactly one of
            `key`, `reference` and `profile_email`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArchiveResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
