from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.parse_profile_file_queued_response import ParseProfileFileQueuedResponse
from ...models.parse_profile_file_request import ParseProfileFileRequest
from ...models.parse_profile_file_response import ParseProfileFileResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ParseProfileFileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/profile/parsing/file",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ParseProfileFileQueuedResponse | ParseProfileFileResponse | None:
    if response.status_code == 201:
        response_201 = ParseProfileFileResponse.from_dict(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = ParseProfileFileQueuedResponse.from_dict(response.json())

        return response_202

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
) -> Response[Error | ParseProfileFileQueuedResponse | ParseProfileFileResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ParseProfileFileRequest,
) -> Response[Error | ParseProfileFileQueuedResponse | ParseProfileFileResponse]:
    """Parse a resume file into a profile

     Uploads a resume (`multipart/form-data`) into a source. With `sync_parsing` 1 the
    file is parsed before the answer: body `code` 201 with `data.parsing` and
    `data.profile`. With `sync_parsing` 0 (the default) the file is queued: body
    `code` 202 with `data: []`; the profile appears later (poll GET
    /profile/indexing by `reference`, or receive `profile.parse.success`). The file
    is kept as the profile's attachment. `labels`, `tags` and `metadatas` are form
    fields holding JSON text (`x-hrflow-json-encoded`).

    Args:
        body (ParseProfileFileRequest): The multipart form of POST /profile/parsing/file. Fields
            holding lists are JSON
            text (`x-hrflow-json-encoded`); flags are `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ParseProfileFileQueuedResponse | ParseProfileFileResponse]
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
    body: ParseProfileFileRequest,
) -> Error | ParseProfileFileQueuedResponse | ParseProfileFileResponse | None:
    """Parse a resume file into a profile

     Uploads a resume (`multipart/form-data`) into a source. With `sync_parsing` 1 the
    file is parsed before the answer: body `code` 201 with `data.parsing` and
    `data.profile`. With `sync_parsing` 0 (the default) the file is queued: body
    `code` 202 with `data: []`; the profile appears later (poll GET
    /profile/indexing by `reference`, or receive `profile.parse.success`). The file
    is kept as the profile's attachment. `labels`, `tags` and `metadatas` are form
    fields holding JSON text (`x-hrflow-json-encoded`).

    Args:
        body (ParseProfileFileRequest): The multipart form of POST /profile/parsing/file. Fields
            holding lists are JSON
            text (`x-hrflow-json-encoded`); flags are `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ParseProfileFileQueuedResponse | ParseProfileFileResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ParseProfileFileRequest,
) -> Response[Error | ParseProfileFileQueuedResponse | ParseProfileFileResponse]:
    """Parse a resume file into a profile

     Uploads a resume (`multipart/form-data`) into a source. With `sync_parsing` 1 the
    file is parsed before the answer: body `code` 201 with `data.parsing` and
    `data.profile`. With `sync_parsing` 0 (the default) the file is queued: body
    `code` 202 with `data: []`; the profile appears later (poll GET
    /profile/indexing by `reference`, or receive `profile.parse.success`). The file
    is kept as the profile's attachment. `labels`, `tags` and `metadatas` are form
    fields holding JSON text (`x-hrflow-json-encoded`).

    Args:
        body (ParseProfileFileRequest): The multipart form of POST /profile/parsing/file. Fields
            holding lists are JSON
            text (`x-hrflow-json-encoded`); flags are `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ParseProfileFileQueuedResponse | ParseProfileFileResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ParseProfileFileRequest,
) -> Error | ParseProfileFileQueuedResponse | ParseProfileFileResponse | None:
    """Parse a resume file into a profile

     Uploads a resume (`multipart/form-data`) into a source. With `sync_parsing` 1 the
    file is parsed before the answer: body `code` 201 with `data.parsing` and
    `data.profile`. With `sync_parsing` 0 (the default) the file is queued: body
    `code` 202 with `data: []`; the profile appears later (poll GET
    /profile/indexing by `reference`, or receive `profile.parse.success`). The file
    is kept as the profile's attachment. `labels`, `tags` and `metadatas` are form
    fields holding JSON text (`x-hrflow-json-encoded`).

    Args:
        body (ParseProfileFileRequest): The multipart form of POST /profile/parsing/file. Fields
            holding lists are JSON
            text (`x-hrflow-json-encoded`); flags are `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ParseProfileFileQueuedResponse | ParseProfileFileResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
