from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.index_job_request import IndexJobRequest
from ...models.index_job_response import IndexJobResponse
from ...types import Response


def _get_kwargs(
    *,
    body: IndexJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/job/indexing",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | IndexJobResponse | None:
    if response.status_code == 200:
        response_200 = IndexJobResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = IndexJobResponse.from_dict(response.json())

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
) -> Response[Error | IndexJobResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: IndexJobRequest,
) -> Response[Error | IndexJobResponse]:
    """Index a job

     Adds a new job to a board. The body is flat JSON: `board_key` sits next to the
    job's own fields. Success is answered HTTP 200 with body `code` 201 and
    message "Job created". A `reference` already used in the board is refused
    (400 "Reference already exists").

    Args:
        body (IndexJobRequest): Body of POST /job/indexing; the job's fields with the target
            `board_key` beside them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexJobResponse]
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
    body: IndexJobRequest,
) -> Error | IndexJobResponse | None:
    """Index a job

     Adds a new job to a board. The body is flat JSON: `board_key` sits next to the
    job's own fields. Success is answered HTTP 200 with body `code` 201 and
    message "Job created". A `reference` already used in the board is refused
    (400 "Reference already exists").

    Args:
        body (IndexJobRequest): Body of POST /job/indexing; the job's fields with the target
            `board_key` beside them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexJobResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: IndexJobRequest,
) -> Response[Error | IndexJobResponse]:
    """Index a job

     Adds a new job to a board. The body is flat JSON: `board_key` sits next to the
    job's own fields. Success is answered HTTP 200 with body `code` 201 and
    message "Job created". A `reference` already used in the board is refused
    (400 "Reference already exists").

    Args:
        body (IndexJobRequest): Body of POST /job/indexing; the job's fields with the target
            `board_key` beside them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexJobResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: IndexJobRequest,
) -> Error | IndexJobResponse | None:
    """Index a job

     Adds a new job to a board. The body is flat JSON: `board_key` sits next to the
    job's own fields. Success is answered HTTP 200 with body `code` 201 and
    message "Job created". A `reference` already used in the board is refused
    (400 "Reference already exists").

    Args:
        body (IndexJobRequest): Body of POST /job/indexing; the job's fields with the target
            `board_key` beside them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexJobResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
