from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edit_job_request import EditJobRequest
from ...models.edit_job_response import EditJobResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: EditJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/job/indexing",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EditJobResponse | Error | None:
    if response.status_code == 200:
        response_200 = EditJobResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = EditJobResponse.from_dict(response.json())

        return response_201

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
) -> Response[EditJobResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EditJobRequest,
) -> Response[EditJobResponse | Error]:
    """Edit a job

     Replaces an existing job, identified by `board_key` and `key` in the body. Success
    is answered HTTP 200 with body `code` 201 and message "Job created", as for an
    index call. The documented parameter table marks most fields required, but its
    own example omits `created_at` and `key` (the SDK adds `key`): only `board_key`,
    `key` and `name` are required here.

    Args:
        body (EditJobRequest): Body of PUT /job/indexing; the job's fields with `board_key` and
            the job's `key` beside them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EditJobResponse | Error]
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
    body: EditJobRequest,
) -> EditJobResponse | Error | None:
    """Edit a job

     Replaces an existing job, identified by `board_key` and `key` in the body. Success
    is answered HTTP 200 with body `code` 201 and message "Job created", as for an
    index call. The documented parameter table marks most fields required, but its
    own example omits `created_at` and `key` (the SDK adds `key`): only `board_key`,
    `key` and `name` are required here.

    Args:
        body (EditJobRequest): Body of PUT /job/indexing; the job's fields with `board_key` and
            the job's `key` beside them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EditJobResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EditJobRequest,
) -> Response[EditJobResponse | Error]:
    """Edit a job

     Replaces an existing job, identified by `board_key` and `key` in the body. Success
    is answered HTTP 200 with body `code` 201 and message "Job created", as for an
    index call. The documented parameter table marks most fields required, but its
    own example omits `created_at` and `key` (the SDK adds `key`): only `board_key`,
    `key` and `name` are required here.

    Args:
        body (EditJobRequest): Body of PUT /job/indexing; the job's fields with `board_key` and
            the job's `key` beside them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EditJobResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EditJobRequest,
) -> EditJobResponse | Error | None:
    """Edit a job

     Replaces an existing job, identified by `board_key` and `key` in the body. Success
    is answered HTTP 200 with body `code` 201 and message "Job created", as for an
    index call. The documented parameter table marks most fields required, but its
    own example omits `created_at` and `key` (the SDK adds `key`): only `board_key`,
    `key` and `name` are required here.

    Args:
        body (EditJobRequest): Body of PUT /job/indexing; the job's fields with `board_key` and
            the job's `key` beside them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EditJobResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
