"""Scale-out on Dask: same results as one process, shards on disk, a worker killed mid-run.

The suite starts and stops its own LocalCluster; no external service is needed.
"""
import json
import os
import signal
import time

from typer.testing import CliRunner

from claimx.cli import app
from claimx.engine import Config, process
from claimx.sources import read_inputs
from claimx.writers import dumps_line

runner = CliRunner()


def _fixture(path, n=12):
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"doc{i:02d}", "date": "2024-12-27",
                                 "text": f"Anna Kowalski said that bridge {i} would open last week.\n\n"
                                         f"\u201cWe are ready,\u201d she said on Sunday."}) + "\n")


def test_cluster_output_equals_single_process(tmp_path):
    src = tmp_path / "in.jsonl"
    _fixture(src)
    one, many = tmp_path / "one.jsonl", tmp_path / "many.jsonl"
    assert runner.invoke(app, ["extract", str(src), "-o", str(one)]).exit_code == 0
    res = runner.invoke(app, ["extract", str(src), "-o", str(many), "--cluster", "local:2", "--shard-size", "3"])
    assert res.exit_code == 0, res.output
    assert sorted(one.read_text().splitlines()) == sorted(many.read_text().splitlines())


def test_shards_and_manifest_resume_shard_by_shard(tmp_path):
    src = tmp_path / "in.jsonl"
    _fixture(src, 10)
    out = tmp_path / "out"
    args = ["extract", str(src), "-o", str(out), "--cluster", "local:2", "--shards", "--shard-size", "4"]
    assert runner.invoke(app, args).exit_code == 0
    manifest = json.loads((out / "manifest.json").read_text())
    assert sorted(manifest["shards"]) == ["0", "1", "2"]
    assert [i for s in sorted(manifest["shards"]) for i in manifest["shards"][s]["ids"]] == [f"doc{i:02d}" for i in range(10)]
    first = (out / "shard-00000.jsonl").read_text()
    # a failed run: shard 1 never got written
    os.unlink(out / "shard-00001.jsonl")
    del manifest["shards"]["1"]
    (out / "manifest.json").write_text(json.dumps(manifest))
    stamp = os.stat(out / "shard-00000.jsonl").st_mtime_ns
    assert runner.invoke(app, args + ["--resume"]).exit_code == 0
    assert os.stat(out / "shard-00000.jsonl").st_mtime_ns == stamp  # not redone
    assert (out / "shard-00000.jsonl").read_text() == first
    lines = [json.loads(x) for f in sorted(out.glob("shard-*.jsonl")) for x in f.read_text().splitlines()]
    assert [d["id"] for d in lines] == [f"doc{i:02d}" for i in range(10)]


def test_bad_cluster_spec_is_a_usage_error(tmp_path):
    src = tmp_path / "in.jsonl"
    _fixture(src, 1)
    assert runner.invoke(app, ["extract", str(src), "--cluster", "local:0"]).exit_code == 2
    assert runner.invoke(app, ["extract", str(src), "--shards"]).exit_code == 2
    both = runner.invoke(app, ["extract", str(src), "--cluster", "local:2", "--jobs", "2"])
    assert both.exit_code == 2 and "exclude each other" in both.output


def test_worker_killed_mid_shard_is_retried_elsewhere(tmp_path):
    from claimx.cluster import Cluster, run

    src = tmp_path / "in.jsonl"
    _fixture(src, 16)
    config = Config()
    expected = [dumps_line(r) for r in process(read_inputs([str(src)]), config)]
    got = []
    with Cluster("local:2", config.model) as cluster:
        pids = list(cluster.client.run(os.getpid).values())
        killed = False
        for _, results in run(read_inputs([str(src)]), config, cluster, shard_size=2):
            got.extend(dumps_line(r) for r in results)
            if not killed:
                os.kill(pids[0], signal.SIGKILL)  # a worker dies with shards in flight
                killed = True
                time.sleep(0.5)
    assert got == expected



def _slow_head(batch, config):
    """In place of engine.worker_batch: the first shard is slow, the others quick."""
    time.sleep(2.5 if batch[0].id == "0" else 0.01)
    return [{"id": item.id} for item in batch]


def test_a_slow_shard_does_not_hold_back_the_others_and_order_is_kept():
    from types import SimpleNamespace

    from dask.distributed import Client, LocalCluster

    from claimx import cluster as dask_cluster
    from claimx.sources import Record

    items = [Record(id=str(i), text="x") for i in range(40)]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as local, \
            Client(local) as client:
        submitted = []
        submit = client.submit
        client.submit = lambda *a, **k: submitted.append(a[1][0].id) or submit(*a, **k)
        stream = dask_cluster.run(items, Config(), SimpleNamespace(client=client, workers=2), 2,
                                  skip_shard=lambda index: index == 3, task=_slow_head)
        first = next(stream)
        # while shard 0 ran, the other worker went through every other shard (8 in flight is the
        # limit of running shards, not of shards waiting to be read)
        submitted_while_head_ran = len(submitted)
        shards = [first, *stream]
    assert submitted_while_head_ran == 19
    assert [index for index, _ in shards] == [i for i in range(20) if i != 3]
    assert [r["id"] for _, results in shards for r in results] == [str(i) for i in range(40) if i not in (6, 7)]


def test_views_are_written_by_the_driver_from_cluster_results(tmp_path):
    import sqlite3

    src = tmp_path / "in.jsonl"
    _fixture(src, 6)
    for name in ("one", "many"):
        extra = ["--cluster", "local:2", "--shard-size", "2"] if name == "many" else []
        for suffix in (".db", ".html", ".csv"):
            res = runner.invoke(app, ["extract", str(src), "-o", str(tmp_path / (name + suffix))] + extra)
            assert res.exit_code == 0, res.output
    for suffix in (".html", ".csv"):
        assert (tmp_path / ("one" + suffix)).read_bytes() == (tmp_path / ("many" + suffix)).read_bytes()
    dump = lambda name: list(sqlite3.connect(tmp_path / name).iterdump())
    assert dump("one.db") == dump("many.db")
