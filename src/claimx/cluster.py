"""Scale-out on Dask: the same engine function, run by Dask workers, results back in input order.

``--cluster local[:N]`` starts a LocalCluster of N worker processes on this machine;
``--cluster tcp://host:8786`` connects to a running scheduler. Inputs are cut into shards of
consecutive records (files, or line ranges of a JSON Lines input); each shard is one Dask task
calling :func:`claimx.engine.worker_batch` (no second implementation), which returns plain
dicts. A worker that dies takes its shard with it and the scheduler runs the shard again
elsewhere; ``retries`` also covers a task that raises.
"""
from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass
from typing import Iterable, Iterator

from .engine import IN_FLIGHT_PER_WORKER, Config, batched, worker_batch
from .sources import Item

RETRIES = 3
# Small shards, several in flight per worker: every worker stays busy to the end of the input.
SHARD_DOCS = 4
REORDER_LIMIT = 64
# A LocalCluster that claimx starts runs one batch job: Dask's interactive watchers (profiler,
# health tick, memory and system monitors) are slowed down, since each takes the GIL from the
# parse (docs/measurements.md has the figures). A remote cluster keeps its own settings.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.disk": False,
    "distributed.worker.memory.monitor-interval": "1s",
}


class ClusterError(Exception):
    pass


def parse_spec(spec: str) -> tuple[str, object]:
    """``local`` / ``local:N`` -> ("local", N); ``tcp://host:port`` -> ("address", spec)."""
    if spec == "local" or spec.startswith("local:"):
        n = spec.partition(":")[2]
        if n and (not n.isdigit() or int(n) < 1):
            raise ClusterError(f"--cluster local:N needs a number of workers >= 1, got {spec!r}")
        return "local", int(n) if n else (os.cpu_count() or 1)
    if "://" in spec:
        return "address", spec
    raise ClusterError(f"--cluster must be local, local:N or a scheduler address such as tcp://host:8786, got {spec!r}")


def _warm(model: str) -> str:
    from .stages import pipeline

    _undo_nanny_malloc_trim()
    pipeline.load_pipeline(model)
    return model


def _undo_nanny_malloc_trim() -> None:
    """Dask's nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536, which also switches off
    glibc's dynamic mmap threshold: every large numpy buffer of the parser is then mmapped,
    zero-filled and unmapped again (workers ran at about 80% of a plain process's speed;
    docs/measurements.md). Raising both thresholds back gives the
    parser the allocator behaviour of a plain process, on local and remote workers alike."""
    if "MALLOC_TRIM_THRESHOLD_" not in os.environ:
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        libc.mallopt(-3, 16 * 1024 * 1024)  # M_MMAP_THRESHOLD
        libc.mallopt(-1, 32 * 1024 * 1024)  # M_TRIM_THRESHOLD
    except (OSError, AttributeError):  # not glibc: nothing to undo
        pass


@dataclass
class Shard:
    index: int
    items: list


def shards(items: Iterable[Item], size: int) -> Iterator[Shard]:
    for index, batch in enumerate(batched(items, size)):
        yield Shard(index, batch)


class Cluster:
    """A Dask client (and the LocalCluster it started, if any); a context manager."""

    def __init__(self, spec: str, model: str):
        kind, value = parse_spec(spec)
        from dask.distributed import Client, LocalCluster

        self.local = None
        if kind == "local":
            import dask

            with dask.config.set(LOCAL_CLUSTER_CONFIG):
                self.local = LocalCluster(n_workers=value, threads_per_worker=1, processes=True,
                                          dashboard_address=None, silence_logs=40)
            self.client = Client(self.local)
        else:
            try:
                self.client = Client(value, timeout="20s")
            except OSError as exc:
                raise ClusterError(f"cannot reach the Dask scheduler at {value}: {exc}") from exc
        self.client.run(_warm, model)  # every worker loads the pipeline once, before any shard

    @property
    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def close(self) -> None:
        self.client.close()
        if self.local is not None:
            self.local.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def run(items: Iterable[Item], config: Config, cluster: Cluster, shard_size: int,
        skip_shard=None, task=worker_batch) -> Iterator[tuple[int, list[dict]]]:
    """(shard index, result dicts) for every shard, in input order; each shard is one Dask task
    ``task(items, config)`` (the engine's ``worker_batch``; scripts/perf/dask_overhead.py passes an empty one).

    ``IN_FLIGHT_PER_WORKER`` shards per worker are kept running: a new shard is submitted as soon
    as any shard finishes, not when the oldest one is consumed, so one long shard at the head does
    not leave the other workers idle. Finished shards wait in a reorder buffer (at most
    ``REORDER_LIMIT`` per worker) until the ones before them are done, so the driver's memory does
    not grow with the input."""
    from dask.distributed import as_completed

    limit = IN_FLIGHT_PER_WORKER * cluster.workers
    reorder_limit = REORDER_LIMIT * cluster.workers
    todo = (s for s in shards(items, shard_size) if skip_shard is None or not skip_shard(s.index))
    order: deque = deque()  # submitted shard indices, in input order
    in_flight: dict = {}  # future key -> (shard index, future), until its results are yielded
    finished: dict = {}  # shard index -> finished future, waiting for the shards before it
    running = 0
    completed = as_completed()

    def submit_next() -> bool:
        shard = next(todo, None)
        if shard is None:
            return False
        future = cluster.client.submit(task, shard.items, config, retries=RETRIES, pure=False,
                                       key=f"claimx-shard-{shard.index}-{os.getpid()}-{id(shard)}")
        in_flight[future.key] = (shard.index, future)
        order.append(shard.index)
        completed.add(future)
        return True

    try:
        while running < limit and submit_next():
            running += 1
        for future in completed:
            running -= 1
            finished[in_flight[future.key][0]] = future
            while order and order[0] in finished:
                index = order.popleft()
                done = finished.pop(index)
                del in_flight[done.key]
                yield index, done.result()
            while running < limit and len(finished) < reorder_limit and submit_next():
                running += 1
    finally:
        if in_flight:  # an error or a consumer that stopped early: nothing more to compute
            cluster.client.cancel([future for _, future in in_flight.values()])
