from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edit_profile_request import EditProfileRequest
from ...models.edit_profile_response import EditProfileResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: EditProfileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/profile/indexing",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EditProfileResponse | Error | None:
    if response.status_code == 200:
        response_200 = EditProfileResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = EditProfileResponse.from_dict(response.json())

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
) -> Response[EditProfileResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EditProfileRequest,
) -> Response[EditProfileResponse | Error]:
    """Edit a profile

     Replaces an existing profile, identified by `source_key` and `key` in the body.
    Success is answered HTTP 201 with body `code` 200 and message "Profile edited".
    Experience and education `date_start`/`date_end` are documented as
    `{"iso8601": "..."}` objects, although GET returns them as strings; the strings
    are taken too. The page spells the user-email header `X-USER_EMAIL`
    (`user-email-header-spelling`).

    Args:
        body (EditProfileRequest): Body of PUT /profile/indexing; the profile's fields with
            `source_key` and the profile's `key` beside them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EditProfileResponse | Error]
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
    body: EditProfileRequest,
) -> EditProfileResponse | Error | None:
    """Edit a profile

     Replaces an existing profile, identified by `source_key` and `key` in the body.
    Success is answered HTTP 201 with body `code` 200 and message "Profile edited".
    Experience and education `date_start`/`date_end` are documented as
    `{"iso8601": "..."}` objects, although GET returns them as strings; the strings
    are taken too. The page spells the user-email header `X-USER_EMAIL`
    (`user-email-header-spelling`).

    Args:
        body (EditProfileRequest): Body of PUT /profile/indexing; the profile's fields with
            `source_key` and the profile's `key` beside them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EditProfileResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EditProfileRequest,
) -> Response[EditProfileResponse | Error]:
    """Edit a profile

     Replaces an existing profile, identified by `source_key` and `key` in the body.
    Success is answered HTTP 201 with body `code` 200 and message "Profile edited".
    Experience and education `date_start`/`date_end` are documented as
    `{"iso8601": "..."}` objects, although GET returns them as strings; the strings
    are taken too. The page spells the user-email header `X-USER_EMAIL`
    (`user-email-header-spelling`).

    Args:
        body (EditProfileRequest): Body of PUT /profile/indexing; the profile's fields with
            `source_key` and the profile's `key` beside them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EditProfileResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EditProfileRequest,
) -> EditProfileResponse | Error | None:
    """Edit a profile

     Replaces an existing profile, identified by `source_key` and `key` in the body.
    Success is answered HTTP 201 with body `code` 200 and message "Profile edited".
    Experience and education `date_start`/`date_end` are documented as
    `{"iso8601": "..."}` objects, although GET returns them as strings; the strings
    are taken too. The page spells the user-email header `X-USER_EMAIL`
    (`user-email-header-spelling`).

    Args:
        body (EditProfileRequest): Body of PUT /profile/indexing; the profile's fields with
            `source_key` and the profile's `key` beside them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EditProfileResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
