from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.search_profiles_order_by import SearchProfilesOrderBy
from ...models.search_profiles_response import SearchProfilesResponse
from ...models.search_profiles_sort_by import SearchProfilesSortBy
from ...models.search_profiles_stage import SearchProfilesStage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    source_keys: str,
    page: int | Unset = 1,
    limit: int | Unset = 30,
    sort_by: SearchProfilesSortBy | Unset = SearchProfilesSortBy.CREATED_AT,
    order_by: SearchProfilesOrderBy | Unset = SearchProfilesOrderBy.DESC,
    stage: SearchProfilesStage | Unset = UNSET,
    text_keywords: str | Unset = UNSET,
    skills: str | Unset = UNSET,
    languages: str | Unset = UNSET,
    interests: str | Unset = UNSET,
    tags_included: str | Unset = UNSET,
    tags_excluded: str | Unset = UNSET,
    created_at_min: str | Unset = UNSET,
    created_at_max: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["source_keys"] = source_keys

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

    json_stage: str | Unset = UNSET
    if not isinstance(stage, Unset):
        json_stage = stage.value

    params["stage"] = json_stage

    params["text_keywords"] = text_keywords

    params["skills"] = skills

    params["languages"] = languages

    params["interests"] = interests

    params["tags_included"] = tags_included

    params["tags_excluded"] = tags_excluded

    params["created_at_min"] = created_at_min

    params["created_at_max"] = created_at_max

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/profiles/searching",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SearchProfilesResponse | None:
    if response.status_code == 200:
        response_200 = SearchProfilesResponse.from_dict(response.json())

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
) -> Response[Error | SearchProfilesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    source_keys: str,
    page: int | Unset = 1,
    limit: int | Unset = 30,
    sort_by: SearchProfilesSortBy | Unset = SearchProfilesSortBy.CREATED_AT,
    order_by: SearchProfilesOrderBy | Unset = SearchProfilesOrderBy.DESC,
    stage: SearchProfilesStage | Unset = UNSET,
    text_keywords: str | Unset = UNSET,
    skills: str | Unset = UNSET,
    languages: str | Unset = UNSET,
    interests: str | Unset = UNSET,
    tags_included: str | Unset = UNSET,
    tags_excluded: str | Unset = UNSET,
    created_at_min: str | Unset = UNSET,
    created_at_max: str | Unset = UNSET,
) -> Response[Error | SearchProfilesResponse]:
    """Search profiles

     Profiles of the given sources matching every filter given, one page at a time.
    Archived profiles are left out. The reference page shows an older answer
    (top-level `page`, `max_page`, legacy profile fields); this describes the
    current one (`meta`, `data.profiles`), as the official SDK's tests do.

    Args:
        source_keys (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 30.
        sort_by (SearchProfilesSortBy | Unset):  Default: SearchProfilesSortBy.CREATED_AT.
        order_by (SearchProfilesOrderBy | Unset):  Default: SearchProfilesOrderBy.DESC.
        stage (SearchProfilesStage | Unset):
        text_keywords (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).
        skills (str | Unset): A JSON array of strings, sent as one string (`["python","sql"]`).
        languages (str | Unset): A JSON array of strings, sent as one string (`["python","sql"]`).
        interests (str | Unset): A JSON array of strings, sent as one string (`["python","sql"]`).
        tags_included (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).
        tags_excluded (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).
        created_at_min (str | Unset):
        created_at_max (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchProfilesResponse]
    """

    kwargs = _get_kwargs(
        source_keys=source_keys,
        page=page,
        limit=limit,
        sort_by=sort_by,
        order_by=order_by,
        stage=stage,
        text_keywords=text_keywords,
        skills=skills,
        languages=languages,
        interests=interests,
        tags_included=tags_included,
        tags_excluded=tags_excluded,
        created_at_min=created_at_min,
        created_at_max=created_at_max,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    source_keys: str,
    page: int | Unset = 1,
    limit: int | Unset = 30,
    sort_by: SearchProfilesSortBy | Unset = SearchProfilesSortBy.CREATED_AT,
    order_by: SearchProfilesOrderBy | Unset = SearchProfilesOrderBy.DESC,
    stage: SearchProfilesStage | Unset = UNSET,
    text_keywords: str | Unset = UNSET,
    skills: str | Unset = UNSET,
    languages: str | Unset = UNSET,
    interests: str | Unset = UNSET,
    tags_included: str | Unset = UNSET,
    tags_excluded: str | Unset = UNSET,
    created_at_min: str | Unset = UNSET,
    created_at_max: str | Unset = UNSET,
) -> Error | SearchProfilesResponse | None:
    """Search profiles

     Profiles of the given sources matching every filter given, one page at a time.
    Archived profiles are left out. The reference page shows an older answer
    (top-level `page`, `max_page`, legacy profile fields); this describes the
    current one (`meta`, `data.profiles`), as the official SDK's tests do.

    Args:
        source_keys (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 30.
        sort_by (SearchProfilesSortBy | Unset):  Default: SearchProfilesSortBy.CREATED_AT.
        order_by (SearchProfilesOrderBy | Unset):  Default: SearchProfilesOrderBy.DESC.
        stage (SearchProfilesStage | Unset):
        text_keywords (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).
        skills (str | Unset): A JSON array of strings, sent as one string (`["python","sql"]`).
        languages (str | Unset): A JSON array of strings, sent as one string (`["python","sql"]`).
        interests (str | Unset): A JSON array of strings, sent as one string (`["python","sql"]`).
        tags_included (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).
        tags_excluded (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).
        created_at_min (str | Unset):
        created_at_max (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SearchProfilesResponse
    """

    return sync_detailed(
        client=client,
        source_keys=source_keys,
        page=page,
        limit=limit,
        sort_by=sort_by,
        order_by=order_by,
        stage=stage,
        text_keywords=text_keywords,
        skills=skills,
        languages=languages,
        interests=interests,
        tags_included=tags_included,
        tags_excluded=tags_excluded,
        created_at_min=created_at_min,
        created_at_max=created_at_max,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    source_keys: str,
    page: int | Unset = 1,
    limit: int | Unset = 30,
    sort_by: SearchProfilesSortBy | Unset = SearchProfilesSortBy.CREATED_AT,
    order_by: SearchProfilesOrderBy | Unset = SearchProfilesOrderBy.DESC,
    stage: SearchProfilesStage | Unset = UNSET,
    text_keywords: str | Unset = UNSET,
    skills: str | Unset = UNSET,
    languages: str | Unset = UNSET,
    interests: str | Unset = UNSET,
    tags_included: str | Unset = UNSET,
    tags_excluded: str | Unset = UNSET,
    created_at_min: str | Unset = UNSET,
    created_at_max: str | Unset = UNSET,
) -> Response[Error | SearchProfilesResponse]:
    """Search profiles

     Profiles of the given sources matching every filter given, one page at a time.
    Archived profiles are left out. The reference page shows an older answer
    (top-level `page`, `max_page`, legacy profile fields); this describes the
    current one (`meta`, `data.profiles`), as the official SDK's tests do.

    Args:
        source_keys (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 30.
        sort_by (SearchProfilesSortBy | Unset):  Default: SearchProfilesSortBy.CREATED_AT.
        order_by (SearchProfilesOrderBy | Unset):  Default: SearchProfilesOrderBy.DESC.
        stage (SearchProfilesStage | Unset):
        text_keywords (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).
        skills (str | Unset): A JSON array of strings, sent as one string (`["python","sql"]`).
        languages (str | Unset): A JSON array of strings, sent as one string (`["python","sql"]`).
        interests (str | Unset): A JSON array of strings, sent as one string (`["python","sql"]`).
        tags_included (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).
        tags_excluded (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).
        created_at_min (str | Unset):
        created_at_max (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchProfilesResponse]
    """

    kwargs = _get_kwargs(
        source_keys=source_keys,
        page=page,
        limit=limit,
        sort_by=sort_by,
        order_by=order_by,
        stage=stage,
        text_keywords=text_keywords,
        skills=skills,
        languages=languages,
        interests=interests,
        tags_included=tags_included,
        tags_excluded=tags_excluded,
        created_at_min=created_at_min,
        created_at_max=created_at_max,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    source_keys: str,
    page: int | Unset = 1,
    limit: int | Unset = 30,
    sort_by: SearchProfilesSortBy | Unset = SearchProfilesSortBy.CREATED_AT,
    order_by: SearchProfilesOrderBy | Unset = SearchProfilesOrderBy.DESC,
    stage: SearchProfilesStage | Unset = UNSET,
    text_keywords: str | Unset = UNSET,
    skills: str | Unset = UNSET,
    languages: str | Unset = UNSET,
    interests: str | Unset = UNSET,
    tags_included: str | Unset = UNSET,
    tags_excluded: str | Unset = UNSET,
    created_at_min: str | Unset = UNSET,
    created_at_max: str | Unset = UNSET,
) -> Error | SearchProfilesResponse | None:
    """Search profiles

     Profiles of the given sources matching every filter given, one page at a time.
    Archived profiles are left out. The reference page shows an older answer
    (top-level `page`, `max_page`, legacy profile fields); this describes the
    current one (`meta`, `data.profiles`), as the official SDK's tests do.

    Args:
        source_keys (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 30.
        sort_by (SearchProfilesSortBy | Unset):  Default: SearchProfilesSortBy.CREATED_AT.
        order_by (SearchProfilesOrderBy | Unset):  Default: SearchProfilesOrderBy.DESC.
        stage (SearchProfilesStage | Unset):
        text_keywords (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).
        skills (str | Unset): A JSON array of strings, sent as one string (`["python","sql"]`).
        languages (str | Unset): A JSON array of strings, sent as one string (`["python","sql"]`).
        interests (str | Unset): A JSON array of strings, sent as one string (`["python","sql"]`).
        tags_included (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).
        tags_excluded (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).
        created_at_min (str | Unset):
        created_at_max (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SearchProfilesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            source_keys=source_keys,
            page=page,
            limit=limit,
            sort_by=sort_by,
            order_by=order_by,
            stage=stage,
            text_keywords=text_keywords,
            skills=skills,
            languages=languages,
            interests=interests,
            tags_included=tags_included,
            tags_excluded=tags_excluded,
            created_at_min=created_at_min,
            created_at_max=created_at_max,
        )
    ).parsed
