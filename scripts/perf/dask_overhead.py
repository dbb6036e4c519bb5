"""Dask's own cost per shard: CPU of the driver (client and scheduler) and of the workers per task.

Runs N empty 4-record shards through claimx's own cluster path (`cluster.Cluster("local:2")`
and `cluster.run`, with a task that returns at once instead of `engine.worker_batch`) and prints
the milliseconds per shard, net of a 100-shard run that pays the start-up and the model load.
Used for the cluster paragraph of the README:

    .venv/bin/python scripts/perf/dask_overhead.py 2000
"""
from __future__ import annotations

import resource
import sys
import time

from claimx.cluster import Cluster, run
from claimx.engine import Config
from claimx.sources import Record

SHARD = 4


def empty_shard(batch, config):
    return [{"id": item.id} for item in batch]


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(n_shards: int) -> tuple[float, float, float]:
    """(wall seconds, driver CPU seconds, workers' CPU seconds) of a fresh cluster running n shards."""
    config = Config()
    items = (Record(id=str(i), text="") for i in range(n_shards * SHARD))
    driver_before, start = cpu_seconds(), time.perf_counter()
    with Cluster("local:2", config.model) as cluster:
        for _ in run(items, config, cluster, SHARD, task=empty_shard):
            pass
        workers = sum(cluster.client.run(cpu_seconds).values())
    return time.perf_counter() - start, cpu_seconds() - driver_before, workers


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    base, full = measure(100), measure(100 + n)
    per_shard = [1000 * (f - b) / n for b, f in zip(base, full)]
    print(f"{n} empty {SHARD}-record shards through cluster.run on local:2, net of a 100-shard run:")
    print(f"  per shard: wall {per_shard[0]:.1f} ms, driver (client + scheduler) CPU {per_shard[1]:.1f} ms, "
          f"workers CPU {per_shard[2]:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
