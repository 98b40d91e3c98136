from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.index_profile_request import IndexProfileRequest
from ...models.index_profile_response import IndexProfileResponse
from ...types import Response


def _get_kwargs(
    *,
    body: IndexProfileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/profile/indexing",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | IndexProfileResponse | None:
    if response.status_code == 200:
        response_200 = IndexProfileResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = IndexProfileResponse.from_dict(response.json())

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
) -> Response[Error | IndexProfileResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: IndexProfileRequest,
) -> Response[Error | IndexProfileResponse]:
    """Index a profile

     Adds a new profile, given as JSON, to a source. The body is flat JSON:
    `source_key` sits next to the profile's own fields. Experience and education
    dates are documented as `{"iso8601": "..."}` objects; the strings GET returns
    are taken too. Success is answered HTTP 201 with body `code` 201 and message
    "Profile created" (the POST /profile/indexing page). A `reference` already used
    in the source is refused (400 "Reference already exists").

    Args:
        body (IndexProfileRequest): Body of POST /profile/indexing; the profile's fields with the
            target `source_key` beside them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexProfileResponse]
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
    body: IndexProfileRequest,
) -> Error | IndexProfileResponse | None:
    """Index a profile

     Adds a new profile, given as JSON, to a source. The body is flat JSON:
    `source_key` sits next to the profile's own fields. Experience and education
    dates are documented as `{"iso8601": "..."}` objects; the strings GET returns
    are taken too. Success is answered HTTP 201 with body `code` 201 and message
    "Profile created" (the POST /profile/indexing page). A `reference` already used
    in the source is refused (400 "Reference already exists").

    Args:
        body (IndexProfileRequest): Body of POST /profile/indexing; the profile's fields with the
            target `source_key` beside them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexProfileResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: IndexProfileRequest,
) -> Response[Error | IndexProfileResponse]:
    """Index a profile

     Adds a new profile, given as JSON, to a source. The body is flat JSON:
    `source_key` sits next to the profile's own fields. Experience and education
    dates are documented as `{"iso8601": "..."}` objects; the strings GET returns
    are taken too. Success is answered HTTP 201 with body `code` 201 and message
    "Profile created" (the POST /profile/indexing page). A `reference` already used
    in the source is refused (400 "Reference already exists").

    Args:
        body (IndexProfileRequest): Body of POST /profile/indexing; the profile's fields with the
            target `source_key` beside them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexProfileResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: IndexProfileRequest,
) -> Error | IndexProfileResponse | None:
    """Index a profile

     Adds a new profile, given as JSON, to a source. The body is flat JSON:
    `source_key` sits next to the profile's own fields. Experience and education
    dates are documented as `{"iso8601": "..."}` objects; the strings GET returns
    are taken too. Success is answered HTTP 201 with body `code` 201 and message
    "Profile created" (the POST /profile/indexing page). A `reference` already used
    in the source is refused (400 "Reference already exists").

    Args:
        body (IndexProfileRequest): Body of POST /profile/indexing; the profile's fields with the
            target `source_key` beside them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexProfileResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
