"""Smoke test run at the end of ./scripts/regenerate.

The freshly generated package imports, every documented answer parses with both
model sets, and one job and one profile round-trip through the client against an
embedded sandbox, quirks on.
"""

import json
from pathlib import Path

import hrflow_client.models as client_models
import hrflow_schemas
from hrflow_client import HrFlow
from hrflow_sandbox import sandbox

EXAMPLES = Path(__file__).resolve().parent.parent / "spec" / "examples"
RESPONSES = {
    "job-post-response-200.json": "IndexJobResponse",
    "job-put-response-200.json": "EditJobResponse",
    "job-get-response-200.json": "GetJobResponse",
    "profile-put-response-201.json": "EditProfileResponse",
}


def example(file_name: str) -> dict:
    return json.loads((EXAMPLES / file_name).read_text(encoding="utf-8"))["value"]


for file_name, model in RESPONSES.items():
    getattr(client_models, model).from_dict(example(file_name))
    getattr(hrflow_schemas, model).model_validate(example(file_name))

job_body = {k: v for k, v in example("job-post-request.json").items() if k != "board_key"}
profile_body = {k: v for k, v in example("profile-post-request.json").items() if k != "source_key"}
with (
    sandbox() as url,
    HrFlow(api_key="smoke", user_email="smoke@example.com", base_url=url) as client,
):
    job = client.job.create(board_key="smoke", job=job_body)
    job = client.job.edit(
        board_key="smoke", job=client.job.get(board_key="smoke", reference=job.reference)
    )
    assert client.job.get(board_key="smoke", key=job.key).name == job_body["name"]
    profile = client.profile.create(source_key="smoke", profile=profile_body)
    profile = client.profile.edit(
        source_key="smoke", profile=client.profile.get(source_key="smoke", key=profile.key)
    )
    assert client.profile.get(source_key="smoke", key=profile.key).info.full_name == "Harry Potter"
print(
    f"smoke: {len(RESPONSES)} documented answers parse; a job and a profile round-tripped through the sandbox"
)
