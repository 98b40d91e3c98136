from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_job_response import GetJobResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    board_key: str,
    key: str | Unset = UNSET,
    reference: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["board_key"] = board_key

    params["key"] = key

    params["reference"] = reference

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/job/indexing",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetJobResponse | None:
    if response.status_code == 200:
        response_200 = GetJobResponse.from_dict(response.json())

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
) -> Response[Error | GetJobResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    board_key: str,
    key: str | Unset = UNSET,
    reference: str | Unset = UNSET,
) -> Response[Error | GetJobResponse]:
    """Get a job

     Reads one job of a board, by `key` or by `reference`. Exactly one of the two must
    be given (`x-hrflow-one-of-required`); `board_key` is always required.

    Args:
        board_key (str):
        key (str | Unset):
        reference (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetJobResponse]
    """

    kwargs = _get_kwargs(
        board_key=board_key,
        key=key,
        reference=reference,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    board_key: str,
    key: str | Unset = UNSET,
    reference: str | Unset = UNSET,
) -> Error | GetJobResponse | None:
    """Get a job

     Reads one job of a board, by `key` or by `reference`. Exactly one of the two must
    be given (`x-hrflow-one-of-required`); `board_key` is always required.

    Args:
        board_key (str):
        key (str | Unset):
        reference (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetJobResponse
    """

    return sync_detailed(
        client=client,
        board_key=board_key,
        key=key,
        reference=reference,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    board_key: str,
    key: str | Unset = UNSET,
    reference: str | Unset = UNSET,
) -> Response[Error | GetJobResponse]:
    """Get a job

     Reads one job of a board, by `key` or by `reference`. Exactly one of the two must
    be given (`x-hrflow-one-of-required`); `board_key` is always required.

    Args:
        board_key (str):
        key (str | Unset):
        reference (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetJobResponse]
    """

    kwargs = _get_kwargs(
        board_key=board_key,
        key=key,
        reference=reference,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    board_key: str,
    key: str | Unset = UNSET,
    reference: str | Unset = UNSET,
) -> Error | GetJobResponse | None:
    """Get a job

     Reads one job of a board, by `key` or by `reference`. Exactly one of the two must
    be given (`x-hrflow-one-of-required`); `board_key` is always required.

    Args:
        board_key (str):
        key (str | Unset):
        reference (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetJobResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            board_key=board_key,
            key=key,
            reference=reference,
        )
    ).parsed
