"""Dask's own cost per shard: CPU of the driver (client and scheduler) and of the workers per task.

Runs N empty 4-record tasks (same shape as a claimx shard, 8 in flight as `--cluster local:2`
keeps them) on a LocalCluster with claimx's settings and prints the CPU milliseconds per task,
net of a 100-task run that pays the start-up. Used for the cluster paragraph of the README:

    .venv/bin/python scripts/dask_overhead.py 2000
"""
from __future__ import annotations

import resource
import sys
import time


def empty_shard(batch, config):
    return [{"id": item} for item in batch]


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(n_tasks: int) -> tuple[float, float, float]:
    """(wall seconds, driver CPU seconds, workers' CPU seconds) of a fresh cluster running n tasks."""
    import dask
    from dask.distributed import Client, LocalCluster, as_completed

    from claimx.cluster import LOCAL_CLUSTER_CONFIG

    driver_before = cpu_seconds()
    with dask.config.set(LOCAL_CLUSTER_CONFIG), \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                         silence_logs=40) as local, Client(local) as client:
        start = time.perf_counter()
        keys = iter(range(n_tasks))
        running = as_completed()
        for key in (k for _, k in zip(range(8), keys)):
            running.add(client.submit(empty_shard, ["a", "b", "c", "d"], None, pure=False, key=f"empty-{key}"))
        for future in running:
            future.result()
            key = next(keys, None)
            if key is not None:
                running.add(client.submit(empty_shard, ["a", "b", "c", "d"], None, pure=False, key=f"empty-{key}"))
        wall = time.perf_counter() - start
        workers = sum(client.run(cpu_seconds).values())
    return wall, cpu_seconds() - driver_before, workers


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    base, full = measure(100), measure(100 + n)
    per_task = [1000 * (f - b) / n for b, f in zip(base, full)]
    print(f"{n} empty 4-record tasks on LocalCluster(2), 8 in flight, net of a 100-task run:")
    print(f"  per task: wall {per_task[0]:.1f} ms, driver (client + scheduler) CPU {per_task[1]:.1f} ms, "
          f"workers CPU {per_task[2]:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
