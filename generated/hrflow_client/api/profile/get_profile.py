from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_profile_response import GetProfileResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    source_key: str,
    key: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["source_key"] = source_key

    params["key"] = key

    params["reference"] = reference

    params["email"] = email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/profile/indexing",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetProfileResponse | None:
    if response.status_code == 200:
        response_200 = GetProfileResponse.from_dict(response.json())

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
) -> Response[Error | GetProfileResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    source_key: str,
    key: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> Response[Error | GetProfileResponse]:
    """Get a profile

     Reads one profile of a source, by `key`, by `reference` or by `email` (the
    GET /profile/indexing page: "one of key, reference or email parameters should
    be provided"). Exactly one of the three must be given
    (`x-hrflow-one-of-required`): the page does not say which wins when several are
    sent (the official SDK sends every one it is given), so giving two is refused
    rather than guessed. `source_key` is always required. Experience and education
    dates come back as plain strings.

    Args:
        source_key (str):
        key (str | Unset):
        reference (str | Unset):
        email (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetProfileResponse]
    """

    kwargs = _get_kwargs(
        source_key=source_key,
        key=key,
        reference=reference,
        email=email,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    source_key: str,
    key: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> Error | GetProfileResponse | None:
    """Get a profile

     Reads one profile of a source, by `key`, by `reference` or by `email` (the
    GET /profile/indexing page: "one of key, reference or email parameters should
    be provided"). Exactly one of the three must be given
    (`x-hrflow-one-of-required`): the page does not say which wins when several are
    sent (the official SDK sends every one it is given), so giving two is refused
    rather than guessed. `source_key` is always required. Experience and education
    dates come back as plain strings.

    Args:
        source_key (str):
        key (str | Unset):
        reference (str | Unset):
        email (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetProfileResponse
    """

    return sync_detailed(
        client=client,
        source_key=source_key,
        key=key,
        reference=reference,
        email=email,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    source_key: str,
    key: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> Response[Error | GetProfileResponse]:
    """Get a profile

     Reads one profile of a source, by `key`, by `reference` or by `email` (the
    GET /profile/indexing page: "one of key, reference or email parameters should
    be provided"). Exactly one of the three must be given
    (`x-hrflow-one-of-required`): the page does not say which wins when several are
    sent (the official SDK sends every one it is given), so giving two is refused
    rather than guessed. `source_key` is always required. Experience and education
    dates come back as plain strings.

    Args:
        source_key (str):
        key (str | Unset):
        reference (str | Unset):
        email (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetProfileResponse]
    """

    kwargs = _get_kwargs(
        source_key=source_key,
        key=key,
        reference=reference,
        email=email,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    source_key: str,
    key: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> Error | GetProfileResponse | None:
    """Get a profile

     Reads one profile of a source, by `key`, by `reference` or by `email` (the
    GET /profile/indexing page: "one of key, reference or email parameters should
    be provided"). Exactly one of the three must be given
    (`x-hrflow-one-of-required`): the page does not say which wins when several are
    sent (the official SDK sends every one it is given), so giving two is refused
    rather than guessed. `source_key` is always required. Experience and education
    dates come back as plain strings.

    Args:
        source_key (str):
        key (str | Unset):
        reference (str | Unset):
        email (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetProfileResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            source_key=source_key,
            key=key,
            reference=reference,
            email=email,
        )
    ).parsed
