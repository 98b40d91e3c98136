"""Smoke test run at the end of ./scripts/regenerate: the fresh packages import and parse every example."""

import json
from pathlib import Path

import hrflow_client.models as client_models
import hrflow_schemas

EXAMPLES = Path(__file__).resolve().parent.parent / "spec" / "examples"
RESPONSES = {
    "job-post-response-200.json": "IndexJobResponse",
    "job-put-response-200.json": "EditJobResponse",
    "job-get-response-200.json": "GetJobResponse",
    "profile-put-response-201.json": "EditProfileResponse",
}

for file_name, model in RESPONSES.items():
    value = json.loads((EXAMPLES / file_name).read_text(encoding="utf-8"))["value"]
    getattr(client_models, model).from_dict(value)
    getattr(hrflow_schemas, model).model_validate(value)
print(f"smoke: {len(RESPONSES)} documented responses parse with both model sets")
