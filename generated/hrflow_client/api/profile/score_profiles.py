from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.score_profiles_order_by import ScoreProfilesOrderBy
from ...models.score_profiles_response import ScoreProfilesResponse
from ...models.score_profiles_stage import ScoreProfilesStage
from ...models.score_profiles_use_agent import ScoreProfilesUseAgent
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    source_keys: str,
    board_key: str,
    job_key: str,
    agent_key: str | Unset = UNSET,
    use_agent: ScoreProfilesUseAgent | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 30,
    order_by: ScoreProfilesOrderBy | Unset = ScoreProfilesOrderBy.DESC,
    stage: ScoreProfilesStage | Unset = UNSET,
    text_keywords: str | Unset = UNSET,
    skills: str | Unset = UNSET,
    tags_included: str | Unset = UNSET,
    tags_excluded: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["source_keys"] = source_keys

    params["board_key"] = board_key

    params["job_key"] = job_key

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

    json_stage: str | Unset = UNSET
    if not isinstance(stage, Unset):
        json_stage = stage.value

    params["stage"] = json_stage

    params["text_keywords"] = text_keywords

    params["skills"] = skills

    params["tags_included"] = tags_included

    params["tags_excluded"] = tags_excluded

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/profiles/scoring",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ScoreProfilesResponse | None:
    if response.status_code == 200:
        response_200 = ScoreProfilesResponse.from_dict(response.json())

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
) -> Response[Error | ScoreProfilesResponse]:
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
    board_key: str,
    job_key: str,
    agent_key: str | Unset = UNSET,
    use_agent: ScoreProfilesUseAgent | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 30,
    order_by: ScoreProfilesOrderBy | Unset = ScoreProfilesOrderBy.DESC,
    stage: ScoreProfilesStage | Unset = UNSET,
    text_keywords: str | Unset = UNSET,
    skills: str | Unset = UNSET,
    tags_included: str | Unset = UNSET,
    tags_excluded: str | Unset = UNSET,
) -> Response[Error | ScoreProfilesResponse]:
    """Score profiles against a job

     Profiles of the given sources ranked for one job (`board_key` + `job_key`), best
    first, one page at a time. `data.profiles[i]` is scored by
    `data.predictions[i]` (`x-hrflow-scored-pairs`): keep them paired.

    Args:
        source_keys (str):
        board_key (str):
        job_key (str):
        agent_key (str | Unset):
        use_agent (ScoreProfilesUseAgent | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 30.
        order_by (ScoreProfilesOrderBy | Unset):  Default: ScoreProfilesOrderBy.DESC.
        stage (ScoreProfilesStage | Unset):
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
        Response[Error | ScoreProfilesResponse]
    """

    kwargs = _get_kwargs(
        source_keys=source_keys,
        board_key=board_key,
        job_key=job_key,
        agent_key=agent_key,
        use_agent=use_agent,
        page=page,
        limit=limit,
        order_by=order_by,
        stage=stage,
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
    source_keys: str,
    board_key: str,
    job_key: str,
    agent_key: str | Unset = UNSET,
    use_agent: ScoreProfilesUseAgent | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 30,
    order_by: ScoreProfilesOrderBy | Unset = ScoreProfilesOrderBy.DESC,
    stage: ScoreProfilesStage | Unset = UNSET,
    text_keywords: str | Unset = UNSET,
    skills: str | Unset = UNSET,
    tags_included: str | Unset = UNSET,
    tags_excluded: str | Unset = UNSET,
) -> Error | ScoreProfilesResponse | None:
    """Score profiles against a job

     Profiles of the given sources ranked for one job (`board_key` + `job_key`), best
    first, one page at a time. `data.profiles[i]` is scored by
    `data.predictions[i]` (`x-hrflow-scored-pairs`): keep them paired.

    Args:
        source_keys (str):
        board_key (str):
        job_key (str):
        agent_key (str | Unset):
        use_agent (ScoreProfilesUseAgent | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 30.
        order_by (ScoreProfilesOrderBy | Unset):  Default: ScoreProfilesOrderBy.DESC.
        stage (ScoreProfilesStage | Unset):
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
        Error | ScoreProfilesResponse
    """

    return sync_detailed(
        client=client,
        source_keys=source_keys,
        board_key=board_key,
        job_key=job_key,
        agent_key=agent_key,
        use_agent=use_agent,
        page=page,
        limit=limit,
        order_by=order_by,
        stage=stage,
        text_keywords=text_keywords,
        skills=skills,
        tags_included=tags_included,
        tags_excluded=tags_excluded,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    source_keys: str,
    board_key: str,
    job_key: str,
    agent_key: str | Unset = UNSET,
    use_agent: ScoreProfilesUseAgent | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 30,
    order_by: ScoreProfilesOrderBy | Unset = ScoreProfilesOrderBy.DESC,
    stage: ScoreProfilesStage | Unset = UNSET,
    text_keywords: str | Unset = UNSET,
    skills: str | Unset = UNSET,
    tags_included: str | Unset = UNSET,
    tags_excluded: str | Unset = UNSET,
) -> Response[Error | ScoreProfilesResponse]:
    """Score profiles against a job

     Profiles of the given sources ranked for one job (`board_key` + `job_key`), best
    first, one page at a time. `data.profiles[i]` is scored by
    `data.predictions[i]` (`x-hrflow-scored-pairs`): keep them paired.

    Args:
        source_keys (str):
        board_key (str):
        job_key (str):
        agent_key (str | Unset):
        use_agent (ScoreProfilesUseAgent | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 30.
        order_by (ScoreProfilesOrderBy | Unset):  Default: ScoreProfilesOrderBy.DESC.
        stage (ScoreProfilesStage | Unset):
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
        Response[Error | ScoreProfilesResponse]
    """

    kwargs = _get_kwargs(
        source_keys=source_keys,
        board_key=board_key,
        job_key=job_key,
        agent_key=agent_key,
        use_agent=use_agent,
        page=page,
        limit=limit,
        order_by=order_by,
        stage=stage,
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
    source_keys: str,
    board_key: str,
    job_key: str,
    agent_key: str | Unset = UNSET,
    use_agent: ScoreProfilesUseAgent | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 30,
    order_by: ScoreProfilesOrderBy | Unset = ScoreProfilesOrderBy.DESC,
    stage: ScoreProfilesStage | Unset = UNSET,
    text_keywords: str | Unset = UNSET,
    skills: str | Unset = UNSET,
    tags_included: str | Unset = UNSET,
    tags_excluded: str | Unset = UNSET,
) -> Error | ScoreProfilesResponse | None:
    """Score profiles against a job

     Profiles of the given sources ranked for one job (`board_key` + `job_key`), best
    first, one page at a time. `data.profiles[i]` is scored by
    `data.predictions[i]` (`x-hrflow-scored-pairs`): keep them paired.

    Args:
        source_keys (str):
        board_key (str):
        job_key (str):
        agent_key (str | Unset):
        use_agent (ScoreProfilesUseAgent | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 30.
        order_by (ScoreProfilesOrderBy | Unset):  Default: ScoreProfilesOrderBy.DESC.
        stage (ScoreProfilesStage | Unset):
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
        Error | ScoreProfilesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            source_keys=source_keys,
            board_key=board_key,
            job_key=job_key,
            agent_key=agent_key,
            use_agent=use_agent,
            page=page,
            limit=limit,
            order_by=order_by,
            stage=stage,
            text_keywords=text_keywords,
            skills=skills,
            tags_included=tags_included,
            tags_excluded=tags_excluded,
        )
    ).parsed
