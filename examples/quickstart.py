"""Index a job and a profile, read them back, edit them: the six calls of hrflow_client.

With HRFLOW_BASE_URL set, runs against that address (a sandbox started with
`hrflow-sandbox --port 8765` is `http://127.0.0.1:8765/v1`; the real service is
`https://api.hrflow.ai/v1`), with HRFLOW_API_KEY and HRFLOW_USER_EMAIL as credentials.
Without it, starts an embedded sandbox (needs `hrflow-sandbox` installed). References
are unique per run, so it can run again and again against the same board:

    .venv/bin/python examples/quickstart.py
"""

from __future__ import annotations

import uuid

from _connect import connect  # examples/_connect.py, next to this script


def main() -> None:
    run = uuid.uuid4().hex[:8]
    with connect() as client:
        job = client.job.create(
            board_key="my-board",
            job={
                "name": "Data Engineer",
                "reference": f"data-engineer-{run}",
                "location": {"text": "Dampierre en Burly (45)", "lat": 47.7667, "lng": 2.5167},
                "skills": [
                    {"name": "python", "type": "hard", "value": None},
                    {"name": "spark", "value": 0.9},
                ],
            },
        )
        print(f"indexed job {job.key} ({job.name})")
        job = client.job.get(board_key="my-board", reference=f"data-engineer-{run}")
        job.summary = "Design, build and scale our data platform."
        job = client.job.edit(board_key="my-board", job=job)
        print(f"edited job, summary now {job.summary!r}, updated at {job.updated_at}")

        profile = client.profile.create(
            source_key="my-source",
            profile={
                "reference": f"harry-potter-{run}",
                "info": {"full_name": "Harry Potter", "email": "harry.potter@example.com"},
                "experiences": [
                    {"title": "Lead", "date_start": "2016-01-01T00:00:00", "date_end": None}
                ],
            },
        )
        profile = client.profile.get(source_key="my-source", key=profile.key)
        first = profile.experiences[0] if profile.experiences else None
        print(
            f"profile {profile.key}: first experience starts {first.date_start if first else None}"
        )
        profile.text = "Lead at the Mathematic Departement."
        profile = client.profile.edit(source_key="my-source", profile=profile)
        print(f"edited profile, text now {profile.text!r}")


if __name__ == "__main__":
    main()
