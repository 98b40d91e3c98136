"""`hrflow_client.webhooks` verifies HrFlow's signature exactly, and the sandbox sends signed events.

The loop runs over loopback: a file uploaded for asynchronous parsing, the
`profile.parse.success` event received by a local endpoint, verified, and the profile
it names fetched back.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import queue
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from hrflow_client import HrFlow, HrFlowError, webhooks
from hrflow_client.api.profile import parse_profile_file
from hrflow_client.api.webhook import check_webhook
from hrflow_client.models import CheckWebhookRequest, ParseProfileFileRequest, WebhookEventType
from hrflow_client.types import File

SECRET = "whsec-test-secret"
EVENT = {
    "type": "profile.parse.success",
    "origin": "api",
    "message": "ok",
    "profile": {"key": "k" * 40, "source_key": "s", "reference": None},
}


def hrflow_signature(payload: str, secret: str) -> str:
    """HrFlow's algorithm written out: base64url(hex HMAC-SHA256(payload)) '.' base64url(payload)."""
    digest = hmac.new(secret.encode(), payload.encode(), hashlib.sha256).hexdigest()
    return (
        base64.urlsafe_b64encode(digest.encode()).decode()
        + "."
        + base64.urlsafe_b64encode(payload.encode()).decode()
    )


def test_a_signature_made_as_hrflow_makes_it_verifies_into_a_typed_event() -> None:
    payload = json.dumps(EVENT)
    event = webhooks.verify(
        {"HTTP-HRFLOW-SIGNATURE": hrflow_signature(payload, SECRET)}, SECRET, body=payload
    )
    assert event.type_ is WebhookEventType.PROFILE_PARSE_SUCCESS
    assert event.profile.key == "k" * 40 and event.profile.source_key == "s"
    assert webhooks.sign(payload, SECRET) == hrflow_signature(payload, SECRET)


@pytest.mark.parametrize(
    "name",
    [
        "HTTP-HRFLOW-SIGNATURE",
        "http-hrflow-signature",
        "HTTP_HTTP_HRFLOW_SIGNATURE",
        "HTTP_HRFLOW_SIGNATURE",
    ],
)
def test_the_header_is_found_however_the_framework_spells_it(name: str) -> None:
    assert (
        webhooks.verify({name: webhooks.sign(EVENT, SECRET)}, SECRET).type_
        == "profile.parse.success"
    )


def test_a_third_piece_is_ignored_as_hrflow_ignores_it() -> None:
    assert (
        webhooks.verify_signature(webhooks.sign(EVENT, SECRET) + ".extra", SECRET).message == "ok"
    )


def tampered_payload() -> str:
    signature, _ = webhooks.sign(EVENT, SECRET).split(".")
    forged = json.dumps({**EVENT, "type": "profile.parse.error"})
    return signature + "." + base64.urlsafe_b64encode(forged.encode()).decode()


@pytest.mark.parametrize(
    ("headers", "secret", "message"),
    [
        ({"HTTP-HRFLOW-SIGNATURE": webhooks.sign(EVENT, "other-secret")}, SECRET, "does not match"),
        ({"HTTP-HRFLOW-SIGNATURE": tampered_payload()}, SECRET, "does not match"),
        ({}, SECRET, "missing"),
        ({"HTTP-HRFLOW-SIGNATURE": ""}, SECRET, "missing"),
        ({"HTTP-HRFLOW-SIGNATURE": "no-dot-here"}, SECRET, "'<signature>.<payload>'"),
        ({"HTTP-HRFLOW-SIGNATURE": "!!!.???"}, SECRET, "not base64url"),
        ({"HTTP-HRFLOW-SIGNATURE": webhooks.sign(EVENT, SECRET)}, "", "no webhook secret"),
        (
            {"HTTP-HRFLOW-SIGNATURE": webhooks.sign({"type": "profile.unknown"}, SECRET)},
            SECRET,
            "not one this client knows",
        ),
        ({"HTTP-HRFLOW-SIGNATURE": webhooks.sign({"no": "type"}, SECRET)}, SECRET, "no 'type'"),
        ({"HTTP-HRFLOW-SIGNATURE": webhooks.sign("not json", SECRET)}, SECRET, "not JSON"),
    ],
)
def test_anything_but_a_valid_signature_raises_a_typed_error_that_never_shows_the_secret(
    headers: dict[str, str], secret: str, message: str
) -> None:
    with pytest.raises(webhooks.WebhookVerificationError, match=message) as raised:
        webhooks.verify(headers, secret)
    assert isinstance(raised.value, HrFlowError)
    assert SECRET not in str(raised.value) and "other-secret" not in str(raised.value)


def test_a_body_other_than_the_signed_payload_is_refused() -> None:
    headers = {"HTTP-HRFLOW-SIGNATURE": webhooks.sign(EVENT, SECRET)}
    with pytest.raises(webhooks.WebhookVerificationError, match="not the payload"):
        webhooks.verify(headers, SECRET, body=json.dumps({**EVENT, "message": "altered"}))


def test_the_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: Any, b: Any) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(webhooks.hmac, "compare_digest", spy)
    webhooks.verify_signature(webhooks.sign(EVENT, SECRET), SECRET)
    assert len(calls) == 1


# ---- the loop over loopback --------------------------------------------------------------


class Receiver:
    """A loopback HTTP endpoint keeping every call it receives."""

    def __init__(self) -> None:
        self.calls: queue.Queue[tuple[dict[str, str], bytes]] = queue.Queue()
        calls = self.calls

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                calls.put((dict(self.headers.items()), body))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/hrflow"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def next_event(self, timeout: float = 10.0) -> webhooks.WebhookEvent:
        headers, body = self.calls.get(timeout=timeout)
        return webhooks.verify(headers, SECRET, body=body)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    yield server
    server.close()


def upload(client: HrFlow, content: bytes, **form: Any) -> Any:
    body = ParseProfileFileRequest(
        source_key="inbox", file=File(payload=io.BytesIO(content), file_name="cv.txt"), **form
    )
    return parse_profile_file.sync(client=client.api_client, body=body)


def test_upload_receive_verify_fetch(receiver: Receiver, sandbox_factory: Any) -> None:
    url = sandbox_factory(webhook_url=receiver.url, webhook_secret=SECRET)
    with HrFlow(api_key="k", user_email="me@example.com", base_url=url) as client:
        queued = upload(client, b"Luna Lovegood\nluna@quibbler.co.uk\n", reference="luna")
        assert queued.code == 202
        event = receiver.next_event()
        assert event.type_ is WebhookEventType.PROFILE_PARSE_SUCCESS
        profile = client.profile.get(source_key="inbox", key=event.profile.key)
        assert profile.reference == "luna" and profile.info.email == "luna@quibbler.co.uk"


def test_a_failed_asynchronous_parse_sends_profile_parse_error(
    receiver: Receiver, sandbox_factory: Any
) -> None:
    url = sandbox_factory(webhook_url=receiver.url, webhook_secret=SECRET)
    with HrFlow(api_key="k", user_email="me@example.com", base_url=url) as client:
        assert upload(client, b"\x00\x00 not a resume").code == 202
        event = receiver.next_event()
        assert event.type_ is WebhookEventType.PROFILE_PARSE_ERROR and event.profile is None


def test_the_webhook_target_is_set_through_the_control_api_and_check_calls_it(
    receiver: Receiver, sandbox_url: str, sandbox_control: Any, sandbox_headers: dict[str, str]
) -> None:
    control = sandbox_control.root + "/webhook"
    refused = httpx.post(control, json={"url": "https://example.com/hook", "secret": SECRET})
    assert refused.status_code == 400 and "loopback" in refused.json()["message"]
    httpx.post(control, json={"url": receiver.url, "secret": SECRET}).raise_for_status()
    try:
        with HrFlow(
            api_key=sandbox_headers["X-API-KEY"], user_email="me@example.com", base_url=sandbox_url
        ) as client:
            check_webhook.sync(
                client=client.api_client,
                body=CheckWebhookRequest(url=receiver.url, type_=WebhookEventType.JOB_SCORE_START),
            )
            assert receiver.next_event().type_ is WebhookEventType.JOB_SCORE_START
        shown = httpx.get(control, headers={"Content-Type": "application/json"}).json()
        assert SECRET not in json.dumps(shown) and shown["deliveries"][0]["status"] == 200
    finally:
        httpx.post(control, json={"url": None}).raise_for_status()


def test_the_cli_takes_the_webhook_url_and_secret() -> None:
    from hrflow_sandbox.__main__ import parse_args

    args = parse_args(["--webhook-url", "http://127.0.0.1:9/h", "--webhook-secret", "s"])
    assert (args.webhook_url, args.webhook_secret) == ("http://127.0.0.1:9/h", "s")
