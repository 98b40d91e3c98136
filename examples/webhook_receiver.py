"""Receive HrFlow webhooks in a Starlette app (FastAPI alike): verify the signature, then act.

Serve it with `HRFLOW_WEBHOOK_SECRET=... uvicorn examples.webhook_receiver:app`. Run as
a script, it plays the whole loop locally: an embedded sandbox parses an uploaded
resume asynchronously, sends the signed `profile.parse.success` event here, and the
profile it names is fetched (always on that sandbox, whatever HRFLOW_BASE_URL says: the
sandbox is told where to send the events; the real service learns it from its dashboard):

    .venv/bin/python examples/webhook_receiver.py

With FastAPI the endpoint is the same function under `@app.post("/hrflow/webhook")`.
"""

from __future__ import annotations

import os
import queue
import threading

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from hrflow_client import HrFlow, webhooks

SECRET = os.environ.get("HRFLOW_WEBHOOK_SECRET", "example-webhook-secret")
events: queue.Queue[webhooks.WebhookEvent] = queue.Queue()


async def hrflow_webhook(request: Request) -> Response:
    try:
        event = webhooks.verify(request.headers, secret=SECRET, body=await request.body())
    except webhooks.WebhookVerificationError as error:
        return JSONResponse({"error": str(error)}, status_code=401)
    events.put(event)  # hand it to a worker; answer quickly
    return JSONResponse({"received": str(event.type_)})


app = Starlette(routes=[Route("/hrflow/webhook", hrflow_webhook, methods=["POST"])])


def main() -> None:
    from hrflow_sandbox import sandbox
    from hrflow_sandbox.server import base_url, bind

    sock = bind("127.0.0.1", 0)
    receiver = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    threading.Thread(target=receiver.run, kwargs={"sockets": [sock]}, daemon=True).start()
    hook_url = base_url(sock).removesuffix("/v1") + "/hrflow/webhook"
    resume = b"Harry Potter\nharry.potter@hogwarts.edu\nSkills: python, sql\n"
    with (
        sandbox(webhook_url=hook_url, webhook_secret=SECRET) as url,
        HrFlow(api_key="sandbox-key", user_email="me@example.com", base_url=url) as client,
    ):
        queued = client.profile.parse(source_key="resumes", file=resume)
        print(f"uploaded the resume: queued for parsing ({queued!r})")
        event = events.get(timeout=10)
        assert event.profile, "a parse event names its profile"
        profile = client.profile.get(source_key="resumes", key=event.profile.key)
        name = profile.to_dict()["info"]["full_name"]
        print(f"verified {event.type_} for profile {profile.key}: {name}")
    receiver.should_exit = True


if __name__ == "__main__":
    main()
