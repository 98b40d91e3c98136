from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.score_jobs_order_by import ScoreJobsOrderBy
from ...models.score_jobs_response import ScoreJobsResponse
from ...models.score_jobs_use_agent import ScoreJobsUseAgent
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    board_keys: str,
    source_key: str,
    profile_key: str,
    agent_key: str | Unset = UNSET,
    use_agent: ScoreJobsUseAgent | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 30,
    order_by: ScoreJobsOrderBy | Unset = ScoreJobsOrderBy.DESC,
    text_keywords: str | Unset = UNSET,
    skills: str | Unset = UNSET,
    tags_included: str | Unset = UNSET,
    tags_excluded: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["board_keys"] = board_keys

    params["source_key"] = source_key

    params["profile_key"] = profile_key

    params["agent_key"] = agent_key

    json_use_agent: int | Unset = UNSET
    if not isinstance(use_agent, Unset):
        json_use_agent = use_agent.value

    params["use_agent"] = json_use_agent

    params["page"] = page

    params["limit"] = limit

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["order_by"] = json_order_by

    params["text_keywords"] = text_keywords

    params["skills"] = skills

    params["tags_included"] = tags_included

    params["tags_excluded"] = tags_excluded

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/scoring",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ScoreJobsResponse | None:
    if response.status_code == 200:
        response_200 = ScoreJobsResponse.from_dict(response.json())

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
) -> Response[Error | ScoreJobsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    board_keys: str,
    source_key: str,
    profile_key: str,
    agent_key: str | Unset = UNSET,
    use_agent: ScoreJobsUseAgent | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 30,
    order_by: ScoreJobsOrderBy | Unset = ScoreJobsOrderBy.DESC,
    text_keywords: str | Unset = UNSET,
    skills: str | Unset = UNSET,
    tags_included: str | Unset = UNSET,
    tags_excluded: str | Unset = UNSET,
) -> Response[Error | ScoreJobsResponse]:
    """Score jobs against a profile

     Jobs of the given boards ranked for one profile (`source_key` + `profile_key`),
    best first, one page at a time. `data.jobs[i]` is scored by
    `data.predictions[i]` (`x-hrflow-scored-pairs`): keep them paired.

    Args:
        board_keys (str):
        source_key (str):
        profile_key (str):
        agent_key (str | Unset):
        use_agent (ScoreJobsUseAgent | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 30.
        order_by (ScoreJobsOrderBy | Unset):  Default: ScoreJobsOrderBy.DESC.
        text_keywords (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).
        skills (str | Unset): A JSON array of strings, sent as one string (`["python","sql"]`).
        tags_included (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).
        tags_excluded (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ScoreJobsResponse]
    """

    kwargs = _get_kwargs(
        board_keys=board_keys,
        source_key=source_key,
        profile_key=profile_key,
        agent_key=agent_key,
        use_agent=use_agent,
        page=page,
        limit=limit,
        order_by=order_by,
        text_keywords=text_keywords,
        skills=skills,
        tags_included=tags_included,
        tags_excluded=tags_excluded,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    board_keys: str,
    source_key: str,
    profile_key: str,
    agent_key: str | Unset = UNSET,
    use_agent: ScoreJobsUseAgent | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 30,
    order_by: ScoreJobsOrderBy | Unset = ScoreJobsOrderBy.DESC,
    text_keywords: str | Unset = UNSET,
    skills: str | Unset = UNSET,
    tags_included: str | Unset = UNSET,
    tags_excluded: str | Unset = UNSET,
) -> Error | ScoreJobsResponse | None:
    """Score jobs against a profile

     Jobs of the given boards ranked for one profile (`source_key` + `profile_key`),
    best first, one page at a time. `data.jobs[i]` is scored by
    `data.predictions[i]` (`x-hrflow-scored-pairs`): keep them paired.

    Args:
        board_keys (str):
        source_key (str):
        profile_key (str):
        agent_key (str | Unset):
        use_agent (ScoreJobsUseAgent | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 30.
        order_by (ScoreJobsOrderBy | Unset):  Default: ScoreJobsOrderBy.DESC.
        text_keywords (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).
        skills (str | Unset): A JSON array of strings, sent as one string (`["python","sql"]`).
        tags_included (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).
        tags_excluded (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ScoreJobsResponse
    """

    return sync_detailed(
        client=client,
        board_keys=board_keys,
        source_key=source_key,
        profile_key=profile_key,
        agent_key=agent_key,
        use_agent=use_agent,
        page=page,
        limit=limit,
        order_by=order_by,
        text_keywords=text_keywords,
        skills=skills,
        tags_included=tags_included,
        tags_excluded=tags_excluded,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    board_keys: str,
    source_key: str,
    profile_key: str,
    agent_key: str | Unset = UNSET,
    use_agent: ScoreJobsUseAgent | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 30,
    order_by: ScoreJobsOrderBy | Unset = ScoreJobsOrderBy.DESC,
    text_keywords: str | Unset = UNSET,
    skills: str | Unset = UNSET,
    tags_included: str | Unset = UNSET,
    tags_excluded: str | Unset = UNSET,
) -> Response[Error | ScoreJobsResponse]:
    """Score jobs against a profile

     Jobs of the given boards ranked for one profile (`source_key` + `profile_key`),
    best first, one page at a time. `data.jobs[i]` is scored by
    `data.predictions[i]` (`x-hrflow-scored-pairs`): keep them paired.

    Args:
        board_keys (str):
        source_key (str):
        profile_key (str):
        agent_key (str | Unset):
        use_agent (ScoreJobsUseAgent | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 30.
        order_by (ScoreJobsOrderBy | Unset):  Default: ScoreJobsOrderBy.DESC.
        text_keywords (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).
        skills (str | Unset): A JSON array of strings, sent as one string (`["python","sql"]`).
        tags_included (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).
        tags_excluded (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ScoreJobsResponse]
    """

    kwargs = _get_kwargs(
        board_keys=board_keys,
        source_key=source_key,
        profile_key=profile_key,
        agent_key=agent_key,
        use_agent=use_agent,
        page=page,
        limit=limit,
        order_by=order_by,
        text_keywords=text_keywords,
        skills=skills,
        tags_included=tags_included,
        tags_excluded=tags_excluded,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    board_keys: str,
    source_key: str,
    profile_key: str,
    agent_key: str | Unset = UNSET,
    use_agent: ScoreJobsUseAgent | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 30,
    order_by: ScoreJobsOrderBy | Unset = ScoreJobsOrderBy.DESC,
    text_keywords: str | Unset = UNSET,
    skills: str | Unset = UNSET,
    tags_included: str | Unset = UNSET,
    tags_excluded: str | Unset = UNSET,
) -> Error | ScoreJobsResponse | None:
    """Score jobs against a profile

     Jobs of the given boards ranked for one profile (`source_key` + `profile_key`),
    best first, one page at a time. `data.jobs[i]` is scored by
    `data.predictions[i]` (`x-hrflow-scored-pairs`): keep them paired.

    Args:
        board_keys (str):
        source_key (str):
        profile_key (str):
        agent_key (str | Unset):
        use_agent (ScoreJobsUseAgent | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 30.
        order_by (ScoreJobsOrderBy | Unset):  Default: ScoreJobsOrderBy.DESC.
        text_keywords (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).
        skills (str | Unset): A JSON array of strings, sent as one string (`["python","sql"]`).
        tags_included (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).
        tags_excluded (str | Unset): A JSON array of strings, sent as one string
            (`["python","sql"]`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ScoreJobsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            board_keys=board_keys,
            source_key=source_key,
            profile_key=profile_key,
            agent_key=agent_key,
            use_agent=use_agent,
            page=page,
            limit=limit,
            order_by=order_by,
            text_keywords=text_keywords,
            skills=skills,
            tags_included=tags_included,
            tags_excluded=tags_excluded,
        )
    ).parsed
