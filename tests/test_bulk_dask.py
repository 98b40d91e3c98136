"""The Dask runner on a LocalCluster of two worker processes against the sandbox, one worker killed mid-run."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import dask
import pytest
from conftest import SANDBOX_HEADERS, SandboxControl
from distributed import Client, LocalCluster

from hrflow_client.bulk.on_dask import Credentials, bulk_upsert_dask

BOARD = "dask-board"
PARTITIONS = 4
PER_PARTITION = 50


@pytest.fixture
def cluster() -> Iterator[Client]:
    # A killed worker's semaphore lease comes back after the lease timeout: keep it short.
    with (
        dask.config.set(
            {
                "distributed.scheduler.locks.lease-timeout": "1s",
                "distributed.scheduler.locks.lease-validation-interval": "200ms",
            }
        ),
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            scheduler_port=0,
            dashboard_address=None,
        ) as local,
        Client(local) as client,
    ):
        yield client


def test_partitions_run_on_the_cluster_and_a_killed_worker_s_partition_resumes_exactly_once(
    cluster: Client, sandbox_url: str, sandbox_control: SandboxControl, tmp_path: Path
) -> None:
    partitions = [
        [{"name": f"J{p}.{i}", "reference": f"d{p}-{i}"} for i in range(PER_PARTITION)]
        for p in range(PARTITIONS)
    ]
    credentials = Credentials(
        api_key=SANDBOX_HEADERS["X-API-KEY"],
        user_email=SANDBOX_HEADERS["X-USER-EMAIL"],
        base_url=sandbox_url,
    )
    sandbox_control.random_faults(1.0, ["delay=0.04"], seed=5)
    journals = tmp_path / "journals"

    pids = cluster.run(os.getpid)
    victim = next(iter(pids.values()))

    def kill_when_both_workers_are_mid_partition() -> None:
        # Two partitions run at once (two leases), necessarily on the two single-thread
        # workers: once both are half-way, the victim is killed in the middle of one.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            done = [
                sum(b'"sending"' not in line for line in path.read_bytes().splitlines())
                for path in journals.glob("*.jsonl")
            ]
            if sum(10 <= n <= PER_PARTITION - 10 for n in done) >= 2:
                os.kill(victim, signal.SIGKILL)
                return
            time.sleep(0.005)

    killer = threading.Thread(target=kill_when_both_workers_are_mid_partition)
    killer.start()
    summary = bulk_upsert_dask(
        cluster,
        "job",
        BOARD,
        partitions,
        journals,
        credentials=credentials,
        concurrency=4,
        partition_concurrency=2,
    )
    killer.join()

    total = PARTITIONS * PER_PARTITION
    assert victim not in cluster.run(os.getpid).values()
    assert summary.failed == 0
    stored = Counter(job["reference"] for job in sandbox_control.jobs(BOARD))
    assert stored == Counter(
        {f"d{p}-{i}": 1 for p in range(PARTITIONS) for i in range(PER_PARTITION)}
    )
    assert sum(summary.counts.values()) == total
    assert summary.counts.get("skipped", 0) > 0  # the re-run partition resumed from its journal
