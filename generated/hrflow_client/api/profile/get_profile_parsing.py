from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_profile_parsing_response import GetProfileParsingResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    source_key: str,
    key: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    profile_email: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["source_key"] = source_key

    params["key"] = key

    params["reference"] = reference

    params["profile_email"] = profile_email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/profile/parsing",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetProfileParsingResponse | None:
    if response.status_code == 200:
        response_200 = GetProfileParsingResponse.from_dict(response.json())

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
) -> Response[Error | GetProfileParsingResponse]:
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
    profile_email: str | Unset = UNSET,
) -> Response[Error | GetProfileParsingResponse]:
    """Get a profile's parsing

     The Parsing object of a profile made from a file: what was found in the
    document (persons, emails, phones, text, ...). By `key`, `reference` or
    `profile_email` (exactly one). A profile indexed without a file has none (404).

    Args:
        source_key (str):
        key (str | Unset):
        reference (str | Unset):
        profile_email (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetProfileParsingResponse]
    """

    kwargs = _get_kwargs(
        source_key=source_key,
        key=key,
        reference=reference,
        profile_email=profile_email,
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
    profile_email: str | Unset = UNSET,
) -> Error | GetProfileParsingResponse | None:
    """Get a profile's parsing

     The Parsing object of a profile made from a file: what was found in the
    document (persons, emails, phones, text, ...). By `key`, `reference` or
    `profile_email` (exactly one). A profile indexed without a file has none (404).

    Args:
        source_key (str):
        key (str | Unset):
        reference (str | Unset):
        profile_email (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetProfileParsingResponse
    """

    return sync_detailed(
        client=client,
        source_key=source_key,
        key=key,
        reference=reference,
        profile_email=profile_email,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    source_key: str,
    key: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    profile_email: str | Unset = UNSET,
) -> Response[Error | GetProfileParsingResponse]:
    """Get a profile's parsing

     The Parsing object of a profile made from a file: what was found in the
    document (persons, emails, phones, text, ...). By `key`, `reference` or
    `profile_email` (exactly one). A profile indexed without a file has none (404).

    Args:
        source_key (str):
        key (str | Unset):
        reference (str | Unset):
        profile_email (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetProfileParsingResponse]
    """

    kwargs = _get_kwargs(
        source_key=source_key,
        key=key,
        reference=reference,
        profile_email=profile_email,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    source_key: str,
    key: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    profile_email: str | Unset = UNSET,
) -> Error | GetProfileParsingResponse | None:
    """Get a profile's parsing

     The Parsing object of a profile made from a file: what was found in the
    document (persons, emails, phones, text, ...). By `key`, `reference` or
    `profile_email` (exactly one). A profile indexed without a file has none (404).

    Args:
        source_key (str):
        key (str | Unset):
        reference (str | Unset):
        profile_email (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetProfileParsingResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            source_key=source_key,
            key=key,
            reference=reference,
            profile_email=profile_email,
        )
    ).parsed
