"""The operations beyond indexing: boards, sources, lists, archive, parsing, search, score, auth, webhooks.

Each handler is registered under its spec operationId (`HANDLERS`); the app routes the
spec's paths to them. Every answer is validated against the operation's response model.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import Response

import hrflow_schemas as models
from hrflow_sandbox.auth import check_credentials
from hrflow_sandbox.documents import parse_multipart
from hrflow_sandbox.envelopes import error_response, render
from hrflow_sandbox.handlers import InvalidResponse
from hrflow_sandbox.matching import Filters, is_archived, matches, ordered, page_of, ranked
from hrflow_sandbox.operations import Kind
from hrflow_sandbox.params import boolean, choice, integer, json_list, one_of
from hrflow_sandbox.representation import read_shape
from hrflow_sandbox.resume import UnreadableFile, parse_resume, parsing_object, profile_fields
from hrflow_sandbox.state import SandboxState
from hrflow_sandbox.store import ReferenceTaken, StoredObject, new_key
from hrflow_sandbox.timestamps import now
from hrflow_sandbox.validation import (
    BadRequest,
    describe,
    model_errors,
    parse_object,
    required_param,
)

logger = logging.getLogger("hrflow_sandbox")

Handler = Callable[[Request, SandboxState], Awaitable[Response]]

MAX_LIMIT = 1000
SORTS = (
    "created_at",
    "updated_at",
    "location",
    "location_experience",
    "location_education",
    "searching",
    "scoring",
)
STAGES = ("new", "yes", "later", "no")
NOUN: dict[Kind, str] = {"job": "Job", "profile": "Profile"}
CONTAINER: dict[Kind, str] = {"job": "board", "profile": "source"}


class NotFound(Exception):
    """The board, source, job or profile does not exist; the message says which."""


def answer(
    operation_id: str,
    model: type[BaseModel],
    body: dict[str, Any],
    state: SandboxState,
    status: int = 200,
) -> Response:
    """The response, once `body` validates against the operation's response model."""
    content = render(body)
    errors = model_errors(model, content)
    if not errors:
        return Response(content, status, media_type="application/json")
    message = f"sandbox bug: the {operation_id} response fails {model.__name__}: " + "; ".join(
        f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors
    )
    if state.config.strict_responses:
        raise InvalidResponse(message)
    logger.error("%s\nbody: %s", message, content.decode())
    state.record_error(message)
    return error_response(500, "Internal server error")


def guarded(handler: Handler) -> Handler:
    """Check credentials first; turn `BadRequest`/`NotFound`/`ReferenceTaken` into envelopes."""

    async def run(request: Request, state: SandboxState) -> Response:
        denied = check_credentials(request.headers, state.config.api_keys)
        if denied is not None:
            return denied
        try:
            return await handler(request, state)
        except BadRequest as error:
            return error_response(400, error.message)
        except NotFound as error:
            return error_response(404, str(error))
        except ReferenceTaken:
            return error_response(400, "Reference already exists")

    return run


# ---- boards and sources ---------------------------------------------------


def namespace_view(state: SandboxState, kind: Kind, namespace_id: int, key: str) -> dict[str, Any]:
    return state.namespaces.describe(kind, namespace_id, key, state.store.in_namespace(kind, key))


def existing_namespaces(state: SandboxState, kind: Kind, keys: list[str]) -> None:
    known = {key for _, key in state.store.namespaces(kind)}
    for key in keys:
        if key not in known:
            raise BadRequest(
                f"Invalid parameters. Unable to find object: {CONTAINER[kind]} {key!r}"
            )


def list_namespaces(kind: Kind) -> Handler:
    async def handler(request: Request, state: SandboxState) -> Response:
        params = request.query_params
        page = integer(params, "page", 1, low=1)
        limit = integer(params, "limit", 30, low=1, high=MAX_LIMIT)
        sort_by = choice(params, "sort_by", ("date", "name"), "date")
        order_by = choice(params, "order_by", ("desc", "asc"), "desc")
        name = (params.get("name") or "").lower()
        items = [namespace_view(state, kind, id_, key) for id_, key in state.store.namespaces(kind)]
        items = [item for item in items if name in str(item["name"]).lower()]
        field = "name" if sort_by == "name" else "created_at"
        items.sort(key=lambda item: (str(item[field]), item["id"]), reverse=order_by == "desc")
        chunk, meta = page_of(items, page, limit)
        noun = CONTAINER[kind].capitalize()
        body = {"code": 200, "message": f"{noun} list", "meta": meta, "data": chunk}
        model = models.ListBoardsResponse if kind == "job" else models.ListSourcesResponse
        return answer(f"list{noun}s", model, body, state)

    return guarded(handler)


def get_namespace(kind: Kind) -> Handler:
    async def handler(request: Request, state: SandboxState) -> Response:
        key = required_param(request.query_params, "key")
        found = [(id_, k) for id_, k in state.store.namespaces(kind) if k == key]
        noun = CONTAINER[kind].capitalize()
        if not found:
            raise NotFound(f"{noun} not found")
        body = {
            "code": 200,
            "message": f"{noun} info",
            "data": namespace_view(state, kind, *found[0]),
        }
        model = models.GetBoardResponse if kind == "job" else models.GetSourceResponse
        return answer(f"get{noun}", model, body, state)

    return guarded(handler)


# ---- lists, search, score ---------------------------------------------------


def filters_from(params: Mapping[str, str], *, stage: bool) -> Filters:
    return Filters(
        name=params.get("name") or None,
        names=json_list(params, "names"),
        key=params.get("key") or None,
        reference=params.get("reference") or None,
        text_keywords=json_list(params, "text_keywords"),
        skills=json_list(params, "skills"),
        languages=json_list(params, "languages"),
        interests=json_list(params, "interests"),
        tags_included=json_list(params, "tags_included"),
        tags_excluded=json_list(params, "tags_excluded"),
        stage=choice(params, "stage", STAGES, None) if stage else None,
        created_at_min=params.get("created_at_min") or None,
        created_at_max=params.get("created_at_max") or None,
    )


def live_objects(
    state: SandboxState, kind: Kind, keys: list[str], filters: Filters
) -> list[dict[str, Any]]:
    """Objects of the namespaces, not archived, passing the filters, as read back."""
    existing_namespaces(state, kind, keys)
    found = []
    for key in dict.fromkeys(keys):
        for obj in state.store.in_namespace(kind, key):
            data = read_shape(obj)
            if not is_archived(data) and matches(data, filters):
                found.append(with_namespace_key(kind, data))
    return found


def with_namespace_key(kind: Kind, data: dict[str, Any]) -> dict[str, Any]:
    """Searching and scoring answers carry `board_key`/`source_key` next to `board`/`source`."""
    container = CONTAINER[kind]
    data[f"{container}_key"] = data[container]["key"]
    return data


def paging(params: Mapping[str, str]) -> tuple[int, int, str, str]:
    page = integer(params, "page", 1, low=1)
    limit = integer(params, "limit", 30, low=1, high=MAX_LIMIT)
    sort_by = choice(params, "sort_by", SORTS, "created_at") or "created_at"
    order_by = choice(params, "order_by", ("desc", "asc"), "desc") or "desc"
    return page, limit, sort_by, order_by


def summary_of(data: dict[str, Any]) -> dict[str, Any]:
    """What a list answers without `return_job`/`return_profile`: keys, reference, namespace, dates."""
    return {
        name: data[name]
        for name in (
            "id",
            "key",
            "reference",
            "board",
            "source",
            "archive",
            "created_at",
            "updated_at",
        )
        if name in data
    }


def list_objects(kind: Kind) -> Handler:
    async def handler(request: Request, state: SandboxState) -> Response:
        params = request.query_params
        container = CONTAINER[kind]
        keys = json_list(params, f"{container}_keys", required=True)
        full = boolean(params, f"return_{kind}")
        page, limit, sort_by, order_by = paging(params)
        items = ordered(
            live_objects(state, kind, keys, filters_from(params, stage=False)), sort_by, order_by
        )
        chunk, meta = page_of(items, page, limit)
        data = chunk if full else [summary_of(item) for item in chunk]
        body = {"code": 200, "message": f"List of {kind}s", "meta": meta, "data": data}
        model = models.ListJobsResponse if kind == "job" else models.ListProfilesResponse
        return answer(f"list{NOUN[kind]}s", model, body, state)

    return guarded(handler)


def search(kind: Kind) -> Handler:
    async def handler(request: Request, state: SandboxState) -> Response:
        params = request.query_params
        keys = json_list(params, f"{CONTAINER[kind]}_keys", required=True)
        page, limit, sort_by, order_by = paging(params)
        items = live_objects(state, kind, keys, filters_from(params, stage=kind == "profile"))
        chunk, meta = page_of(ordered(items, sort_by, order_by), page, limit)
        message = "Job searching list" if kind == "job" else "Profile's searching results"
        body = {"code": 200, "message": message, "meta": meta, "data": {f"{kind}s": chunk}}
        model = models.SearchJobsResponse if kind == "job" else models.SearchProfilesResponse
        return answer(f"search{NOUN[kind]}s", model, body, state)

    return guarded(handler)


def score(kind: Kind) -> Handler:
    """Rank `kind` objects against one object of the other kind, best first."""
    other: Kind = "profile" if kind == "job" else "job"

    async def handler(request: Request, state: SandboxState) -> Response:
        params = request.query_params
        keys = json_list(params, f"{CONTAINER[kind]}_keys", required=True)
        target_namespace = required_param(params, f"{CONTAINER[other]}_key")
        target_key = required_param(params, f"{other}_key")
        choice(params, "use_agent", ("0", "1"), None)
        page = integer(params, "page", 1, low=1)
        limit = integer(params, "limit", 30, low=1, high=MAX_LIMIT)
        order_by = choice(params, "order_by", ("desc", "asc"), "desc")
        target = state.store.get(other, target_namespace, by="key", value=target_key)
        if target is None:
            raise NotFound(f"{NOUN[other]} not found")
        candidates = live_objects(state, kind, keys, filters_from(params, stage=kind == "profile"))
        pairs = ranked(read_shape(target), candidates)
        if order_by == "asc":
            pairs.reverse()
        chunk, meta = page_of(pairs, page, limit)
        data = {
            f"{kind}s": [item for item, _ in chunk],
            "predictions": [[round(1 - value, 4), value] for _, value in chunk],
        }
        body = {
            "code": 200,
            "message": f"{NOUN[kind]}s scoring results",
            "meta": meta,
            "data": data,
        }
        model = models.ScoreJobsResponse if kind == "job" else models.ScoreProfilesResponse
        return answer(f"score{NOUN[kind]}s", model, body, state)

    return guarded(handler)


# ---- archive ---------------------------------------------------------------


def find_profile(
    state: SandboxState, source_key: str, name: str, value: str
) -> StoredObject | None:
    by = "email" if name == "profile_email" else name
    return state.store.get("profile", source_key, by=by, value=value)


def archive(kind: Kind) -> Handler:
    lookups = ("key", "reference") if kind == "job" else ("key", "reference", "profile_email")
    request_model = models.ArchiveJobRequest if kind == "job" else models.ArchiveProfileRequest

    async def handler(request: Request, state: SandboxState) -> Response:
        raw = await request.body()
        data = parse_object(raw)
        errors = model_errors(request_model, raw)
        if errors:
            raise BadRequest(describe(errors[0], data))
        name, value = one_of(data, lookups)
        namespace = data[f"{CONTAINER[kind]}_key"]
        obj = (
            find_profile(state, namespace, name, value)
            if kind == "profile"
            else state.store.get(kind, namespace, by=name, value=value)
        )
        if obj is None:
            raise NotFound(f"{NOUN[kind]} not found")
        fields = dict(obj.fields)
        if data["is_archive"] == 1:
            fields["archive"] = now()
        else:
            fields.pop("archive", None)
        state.store.edit(kind, namespace, obj.key, fields.get("reference"), fields)
        body = {
            "code": 200,
            "message": f"{NOUN[kind]} {'archived' if data['is_archive'] else 'unarchived'}",
            "data": {"key": obj.key},
        }
        return answer(f"archive{NOUN[kind]}", models.ArchiveResponse, body, state)

    return guarded(handler)


# ---- parsing and attachments ----------------------------------------------

FLAGS = ("sync_parsing", "sync_parsing_indexing", "webhook_parsing_sending")
FLAG_DEFAULTS = {"sync_parsing": 0, "sync_parsing_indexing": 1, "webhook_parsing_sending": 0}


def json_items(fields: Mapping[str, str], name: str) -> list[dict[str, Any]]:
    raw = fields.get(name)
    if raw is None or raw == "":
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        value = None
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise BadRequest(
            f"Invalid field '{name}': expected a JSON array of objects, got {raw[:80]!r}"
        )
    return value


def upload_fields(form: Mapping[str, str]) -> dict[str, Any]:
    """The profile fields the form adds to what parsing finds, validated as a profile write."""
    extra: dict[str, Any] = {
        name: json_items(form, name) for name in ("labels", "tags", "metadatas")
    }
    if form.get("reference"):
        extra["reference"] = form["reference"]
    errors = model_errors(models.ProfileWrite, render(extra))
    if errors:
        raise BadRequest(describe(errors[0], extra))
    return extra


async def parse_profile_file(request: Request, state: SandboxState) -> Response:
    body = await request.body()
    form, files = parse_multipart(request.headers.get("content-type", ""), body)
    source_key = required_param(form, "source_key")
    upload = files.get("file")
    if upload is None:
        raise BadRequest("Invalid field 'file': Field required")
    flags = {}
    for name in FLAGS:
        raw = form.get(name, str(FLAG_DEFAULTS[name]))
        if raw not in ("0", "1"):
            raise BadRequest(f"Invalid field '{name}': must be 0 or 1")
        flags[name] = raw == "1"
    extra = upload_fields(form)
    reference = extra.get("reference")
    if form.get("key") is not None:
        existing = state.store.get("profile", source_key, by="key", value=form["key"])
        if existing is None:
            raise NotFound("Profile not found")
    if reference is not None and state.store.get(
        "profile", source_key, by="reference", value=reference
    ):
        raise ReferenceTaken(reference)
    state.store.ensure_namespace("profile", source_key)
    base = str(request.base_url).rstrip("/")
    if not flags["sync_parsing"]:
        asyncio.get_running_loop().create_task(
            parse_later(
                state, source_key, form, extra, upload.file_name, upload.content, base, flags
            )
        )
        body_ = {"code": 202, "message": "Profile queued for parsing", "data": []}
        return answer("parseProfileFile", models.ParseProfileFileQueuedResponse, body_, state, 202)
    try:
        parsing, profile = store_parsed(
            state, source_key, form, extra, upload.file_name, upload.content, base, flags
        )
    except UnreadableFile as error:
        raise BadRequest(f"Invalid field 'file': {error}") from None
    if flags["webhook_parsing_sending"] and profile is not None:
        state.webhooks.emit(parse_event("profile.parse.success", source_key, profile))
    data: dict[str, Any] = {"parsing": parsing}
    if profile is not None:
        data["profile"] = profile
    body_ = {"code": 201, "message": "Profile parsed", "data": data}
    return answer("parseProfileFile", models.ParseProfileFileResponse, body_, state, 201)


def parse_event(
    kind: str, source_key: str, profile: dict[str, Any] | None, message: str | None = None
) -> dict[str, Any]:
    ref = None
    if profile is not None:
        ref = {
            "key": profile["key"],
            "source_key": source_key,
            "reference": profile.get("reference"),
        }
    return {"type": kind, "origin": "api", "message": message or kind, "profile": ref}


async def parse_later(
    state: SandboxState,
    source_key: str,
    form: Mapping[str, str],
    extra: dict[str, Any],
    file_name: str,
    content: bytes,
    base: str,
    flags: dict[str, bool],
) -> None:
    """Finish an asynchronous parse a moment later, then send `profile.parse.success` or `.error`."""
    await asyncio.sleep(0.05)
    try:
        _, profile = store_parsed(state, source_key, form, extra, file_name, content, base, flags)
    except (UnreadableFile, ReferenceTaken) as error:
        message = "Reference already exists" if isinstance(error, ReferenceTaken) else str(error)
        state.webhooks.emit(parse_event("profile.parse.error", source_key, None, message))
        return
    except Exception as error:  # an async parse must never die silently
        logger.exception("asynchronous parse failed")
        state.record_error(f"asynchronous parse failed: {error!r}")
        return
    state.webhooks.emit(parse_event("profile.parse.success", source_key, profile))


def store_parsed(
    state: SandboxState,
    source_key: str,
    form: Mapping[str, str],
    extra: dict[str, Any],
    file_name: str,
    content: bytes,
    base: str,
    flags: dict[str, bool],
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Parse the file, index the profile (unless told not to) with the file attached."""
    parsed = parse_resume(content)
    stamp = now()
    alt = new_key()
    extension = file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
    attachment = {
        "type": "resume",
        "alt": alt,
        "file_name": f"{alt}.{extension}" if extension else alt,
        "original_file_name": file_name,
        "extension": extension or None,
        "file_size": len(content),
        "public_url": f"{base}/files/{alt}",
        "created_at": stamp,
        "updated_at": stamp,
    }
    fields = {**profile_fields(parsed), **extra, "attachments": [attachment]}
    if not flags["sync_parsing_indexing"]:
        key = form.get("key") or new_key()
        parsing = parsing_object(parsed, key, file_name, len(content), stamp)
        return parsing, None
    if form.get("key"):
        obj = state.store.edit("profile", source_key, form["key"], fields.get("reference"), fields)
    else:
        obj = state.store.create("profile", source_key, fields.get("reference"), fields)
    parsing = parsing_object(parsed, obj.key, file_name, len(content), stamp)
    state.documents.keep(obj.key, parsing, alt, content)
    return parsing, read_shape(obj)


def profile_lookup(state: SandboxState, params: Mapping[str, str]) -> StoredObject:
    source_key = required_param(params, "source_key")
    name, value = one_of(dict(params), ("key", "reference", "profile_email"))
    obj = find_profile(state, source_key, name, value)
    if obj is None:
        raise NotFound("Profile not found")
    return obj


async def get_profile_parsing(request: Request, state: SandboxState) -> Response:
    obj = profile_lookup(state, request.query_params)
    parsing = state.documents.parsing(obj.key)
    if parsing is None:
        raise NotFound("Parsing not found: the profile was not made from a file")
    body = {"code": 200, "message": "Profile's parsing", "data": parsing}
    return answer("getProfileParsing", models.GetProfileParsingResponse, body, state)


async def get_profile_attachments(request: Request, state: SandboxState) -> Response:
    obj = profile_lookup(state, request.query_params)
    attachments = obj.fields.get("attachments")
    body = {
        "code": 200,
        "message": "Profile's attachment list",
        "data": attachments if isinstance(attachments, list) else [],
    }
    return answer("getProfileAttachments", models.GetProfileAttachmentsResponse, body, state)


# ---- auth and webhooks -----------------------------------------------------


async def check_auth(request: Request, state: SandboxState) -> Response:
    key = request.headers.get("x-api-key", "")
    permission = (
        "read" if key.startswith("askr_") else "write" if key.startswith("askw_") else "all"
    )
    data = {
        "team_name": "sandbox",
        "team_subdomain": "sandbox",
        "request_origin": "api",
        "api_key_permission": permission,
    }
    body = {"code": 200, "message": "Authentication succeeded", "data": data}
    return answer("checkAuth", models.CheckAuthResponse, body, state)


async def check_webhook(request: Request, state: SandboxState) -> Response:
    raw = await request.body()
    data = parse_object(raw)
    errors = model_errors(models.CheckWebhookRequest, raw)
    if errors:
        raise BadRequest(describe(errors[0], data))
    state.webhooks.emit(
        {"type": data["type"], "origin": "check", "message": "webhook check"}, data["url"]
    )
    out = {
        "team_name": "sandbox",
        "webhook_id": f"wid_{new_key()[:22]}",
        "url": data["url"],
        "type": data["type"],
    }
    return answer(
        "checkWebhook",
        models.CheckWebhookResponse,
        {"code": 200, "message": "ok", "data": out},
        state,
    )


HANDLERS: dict[str, Handler] = {
    "listBoards": list_namespaces("job"),
    "getBoard": get_namespace("job"),
    "listSources": list_namespaces("profile"),
    "getSource": get_namespace("profile"),
    "listJobs": list_objects("job"),
    "listProfiles": list_objects("profile"),
    "archiveJob": archive("job"),
    "archiveProfile": archive("profile"),
    "parseProfileFile": guarded(parse_profile_file),
    "getProfileParsing": guarded(get_profile_parsing),
    "getProfileAttachments": guarded(get_profile_attachments),
    "searchJobs": search("job"),
    "searchProfiles": search("profile"),
    "scoreJobs": score("job"),
    "scoreProfiles": score("profile"),
    "checkAuth": guarded(check_auth),
    "checkWebhook": guarded(check_webhook),
}
