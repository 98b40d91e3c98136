from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_sources_order_by import ListSourcesOrderBy
from ...models.list_sources_response import ListSourcesResponse
from ...models.list_sources_sort_by import ListSourcesSortBy
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 30,
    sort_by: ListSourcesSortBy | Unset = ListSourcesSortBy.DATE,
    order_by: ListSourcesOrderBy | Unset = ListSourcesOrderBy.DESC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["page"] = page

    params["limit"] = limit

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["order_by"] = json_order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sources",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListSourcesResponse | None:
    if response.status_code == 200:
        response_200 = ListSourcesResponse.from_dict(response.json())

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
) -> Response[Error | ListSourcesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 30,
    sort_by: ListSourcesSortBy | Unset = ListSourcesSortBy.DATE,
    order_by: ListSourcesOrderBy | Unset = ListSourcesOrderBy.DESC,
) -> Response[Error | ListSourcesResponse]:
    """List sources

     The sources of the workspace, one page at a time (`page`, `limit`), with `meta`
    as for boards. A page past the last one answers an empty `data`.

    Args:
        name (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 30.
        sort_by (ListSourcesSortBy | Unset):  Default: ListSourcesSortBy.DATE.
        order_by (ListSourcesOrderBy | Unset):  Default: ListSourcesOrderBy.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListSourcesResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        page=page,
        limit=limit,
        sort_by=sort_by,
        order_by=order_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 30,
    sort_by: ListSourcesSortBy | Unset = ListSourcesSortBy.DATE,
    order_by: ListSourcesOrderBy | Unset = ListSourcesOrderBy.DESC,
) -> Error | ListSourcesResponse | None:
    """List sources

     The sources of the workspace, one page at a time (`page`, `limit`), with `meta`
    as for boards. A page past the last one answers an empty `data`.

    Args:
        name (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 30.
        sort_by (ListSourcesSortBy | Unset):  Default: ListSourcesSortBy.DATE.
        order_by (ListSourcesOrderBy | Unset):  Default: ListSourcesOrderBy.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListSourcesResponse
    """

    return sync_detailed(
        client=client,
        name=name,
        page=page,
        limit=limit,
        sort_by=sort_by,
        order_by=order_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 30,
    sort_by: ListSourcesSortBy | Unset = ListSourcesSortBy.DATE,
    order_by: ListSourcesOrderBy | Unset = ListSourcesOrderBy.DESC,
) -> Response[Error | ListSourcesResponse]:
    """List sources

     The sources of the workspace, one page at a time (`page`, `limit`), with `meta`
    as for boards. A page past the last one answers an empty `data`.

    Args:
        name (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 30.
        sort_by (ListSourcesSortBy | Unset):  Default: ListSourcesSortBy.DATE.
        order_by (ListSourcesOrderBy | Unset):  Default: ListSourcesOrderBy.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListSourcesResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        page=page,
        limit=limit,
        sort_by=sort_by,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 30,
    sort_by: ListSourcesSortBy | Unset = ListSourcesSortBy.DATE,
    order_by: ListSourcesOrderBy | Unset = ListSourcesOrderBy.DESC,
) -> Error | ListSourcesResponse | None:
    """List sources

     The sources of the workspace, one page at a time (`page`, `limit`), with `meta`
    as for boards. A page past the last one answers an empty `data`.

    Args:
        name (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 30.
        sort_by (ListSourcesSortBy | Unset):  Default: ListSourcesSortBy.DATE.
        order_by (ListSourcesOrderBy | Unset):  Default: ListSourcesOrderBy.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListSourcesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            page=page,
            limit=limit,
            sort_by=sort_by,
            order_by=order_by,
        )
    ).parsed
