"""One batch spread over two real workers of a real work pool (issue 19), exactly once.

Everything is real and started here: PostgreSQL (tests/postgres.py) for the results and
for Prefect's own database, `prefect server start`, `prefect work-pool create`,
`prefect deploy` of prefect.yaml, and two `prefect worker start --pool woondossier
--work-queue shards --limit 1` (bench/_cluster.py). `woondossier run --pool` over a copy
of part of the sample inbox (born-digital files and scans) must give what a run in one
process gives: the same report.csv, result.json files and database rows, from at least
two shard runs. Then a worker is killed with SIGKILL while it reads a shard: Prefect
marks the silent run Crashed, the parent dispatches the shard again, the other worker
completes it, and every application is still decided once. Then: a parent killed
and run again starts no second run of its shards; the nightly fan-out completes on a
pool of one shard worker (--limit 1) and refuses the shard queue; shards that cannot
reach the database leave nothing written and the parent exits 1 naming what is undone;
and the usage errors (SQLite, no server, --shards without --pool).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bench._cluster import Cluster, stop, wait
from tests.bsn_watch import WATCH
from tests.conftest import ROOT, SAMPLE_INBOX, run_cli

pytestmark = pytest.mark.slow

# Text layers and scans, so that shards take seconds each and a worker can be killed mid-shard.
APPLICATIONS = ("OH-2026-001", "OH-2026-002", "OH-2026-005", "OH-2026-007", "MH-2026-002", "MZ-2026-002", "HB-2026-008", "IW-2026-005")
COMPARED = {  # table -> its columns that must be equal between runs (ids, run ids and times differ)
    "applications": "application_id, type, corporation, tenancy_id, submitted_on, decision, inputs_sha256, policy_sha256, aanvraag_json, register_json, result_json",
    "decisions": "application_id, decision, inputs_sha256, policy_sha256",
    "files": "application_id, file, sha256, extractor_version, errors_json",
    "documents": "application_id, file, document_index, doc_type, pages, confidence, ocr, attachment",
    "fields": "application_id, file, document_index, name, value_json, confidence, page, x0, top, x1, bottom",
    "checks": "application_id, check_id, status, reason, evidence_json, low_confidence",
}


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("inbox")
    for application in APPLICATIONS:
        shutil.copytree(SAMPLE_INBOX / application, folder / application)
    shutil.copy(SAMPLE_INBOX / "register.csv", folder / "register.csv")
    return folder


@pytest.fixture(scope="module")
def cluster(postgres, tmp_path_factory):
    prefect_db = postgres.create_database("prefect").replace("+psycopg", "+asyncpg")
    with Cluster(tmp_path_factory.mktemp("cluster"), database=prefect_db) as running:
        running.env["WOONDOSSIER_SHARD_SILENCE_SECONDS"] = "45"  # a killed shard is Crashed 45 s after its last beat
        running.deploy("woondossier", "nightly-fan-out", environment={"WOONDOSSIER_INBOX": "/srv/inbox", "WOONDOSSIER_OUT": "/srv/out", "WOONDOSSIER_DB": "postgresql+psycopg://db/woondossier"})
        # the workers' readers on one Tesseract slot each, as on a machine of its own
        running.worker("w1", env={"WOONDOSSIER_OCR_SLOTS": "1"})
        running.worker("w2", env={"WOONDOSSIER_OCR_SLOTS": "1"})
        try:
            yield running
        finally:
            for line in running.run_logs():
                WATCH.check("the Prefect server's run logs", line)


@pytest.fixture(scope="module")
def single(postgres, inbox, tmp_path_factory, cluster):
    """The same inbox in one process: what the distributed run must equal."""
    out = tmp_path_factory.mktemp("single")
    url = postgres.create_database("single")
    done = run_cli("run", str(inbox), "--out", str(out), "--db", url, "--quiet", env={"PREFECT_API_URL": cluster.api})
    assert done.returncode == 0, done.stderr[-3000:]
    return out, url


@pytest.fixture(scope="module")
def distributed(postgres, inbox, tmp_path_factory, cluster):
    out = tmp_path_factory.mktemp("distributed")
    url = postgres.create_database("distributed")
    before = {r["id"] for r in cluster.flow_runs("process-shard")}
    done = run_cli("run", str(inbox), "--out", str(out), "--db", url, "--pool", "woondossier", "--shards", "3", env=cluster.env)
    assert done.returncode == 0, done.stderr[-3000:] + cluster.log_text()
    shards = [r for r in cluster.flow_runs("process-shard") if r["id"] not in before]
    return out, url, done, shards


def test_the_distributed_run_writes_the_same_files(single, distributed):
    assert _files(distributed[0]) == _files(single[0])
    assert sorted(p.name for p in distributed[0].iterdir() if p.is_dir()) == sorted(APPLICATIONS)
    assert (distributed[0] / "report.xlsx").is_file()


def test_the_distributed_run_stores_the_same_rows(single, distributed):
    assert _rows(distributed[1]) == _rows(single[1])
    assert _runs(distributed[1]) == _runs(single[1]) == [(len(APPLICATIONS), len(APPLICATIONS), True)]


def test_the_work_was_spread_over_shard_runs_on_both_workers(distributed):
    _, _, done, shards = distributed
    assert len(shards) == 3 and all(r["state"]["type"] == "COMPLETED" for r in shards)
    assert {r["work_queue_name"] for r in shards} == {"shards"}
    assert "8 applications, 8 decided in 3 shards on pool woondossier" in done.stderr


def test_a_worker_killed_mid_shard_leaves_every_application_decided_once(postgres, inbox, single, cluster, tmp_path):
    url = postgres.create_database("killed")
    out = tmp_path / "out"
    log = (tmp_path / "run.log").open("w")
    before = {r["id"] for r in cluster.flow_runs("process-shard")}
    command = [sys.executable, "-m", "woondossier.cli", "run", str(inbox), "--out", str(out), "--db", url, "--pool", "woondossier", "--shards", "2"]
    parent = subprocess.Popen(command, env=cluster.env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    try:
        w1 = next(p for p in cluster.processes if p.args[-1] == "w1")

        def w1_is_reading() -> bool:  # a shard run of w1 has started its readers (their forkserver)
            return any("forkserver" in _command(pid) for pid in _descendants(w1.pid))

        wait(w1_is_reading, 240, "worker w1 to be reading a shard", every=0.2)
        time.sleep(0.5)  # into the reading: a shard of half the sample inbox reads for several seconds more
        for pid in [w1.pid, *_descendants(w1.pid)]:  # the machine is gone: the worker and the run it started
            _kill(pid)
        w1.wait()
        assert parent.wait(600) == 0, (tmp_path / "run.log").read_text()[-3000:] + cluster.log_text()
    finally:
        if parent.poll() is None:
            parent.kill()
        log.close()
    states = [r["state"]["type"] for r in cluster.flow_runs("process-shard") if r["id"] not in before]
    assert "CRASHED" in states and states.count("COMPLETED") >= 2, states
    assert _rows(url) == _rows(single[1])  # one row per application in applications and in this run's decisions
    assert _files(out) == _files(single[0])


def test_a_parent_run_again_after_a_crash_starts_no_second_run_of_its_shards(postgres, inbox, single, cluster, tmp_path):
    """The parent is killed (SIGKILL) once its shards are queued; run again at once, it
    waits for those shard runs, plans after them and finds nothing left to dispatch."""
    url = postgres.create_database("parent_killed")
    out = tmp_path / "out"
    before = {r["id"] for r in cluster.flow_runs("process-shard")}
    command = [sys.executable, "-m", "woondossier.cli", "run", str(inbox), "--out", str(out), "--db", url, "--pool", "woondossier", "--shards", "2"]
    parent = subprocess.Popen(command, env=cluster.env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait(lambda: len([r for r in cluster.flow_runs("process-shard") if r["id"] not in before]) == 2, 240, "the two shard runs")
    finally:
        parent.kill()
        parent.wait()
    again = run_cli("run", str(inbox), "--out", str(out), "--db", url, "--pool", "woondossier", "--shards", "2", env=cluster.env)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "waiting for 2 shard runs of an earlier run" in again.stderr or "waiting for 1 shard runs of an earlier run" in again.stderr
    assert "8 applications, 0 decided in 0 shards" in again.stderr  # the first parent's shards decided them all
    assert len([r for r in cluster.flow_runs("process-shard") if r["id"] not in before]) == 2
    assert _rows(url) == _rows(single[1])  # one decision each, in the killed parent's run
    assert _files(out) == _files(single[0])


def test_the_nightly_fan_out_completes_on_a_pool_of_one_shard_worker(postgres, inbox, cluster, tmp_path):
    """The parent runs from the queue 'parents' (prefect.yaml), so one shard worker of
    --limit 1 stays free for its shards; sent to the queue 'shards' instead, it takes that
    worker's one slot and fails at once, where waiting would have deadlocked the pool."""
    for process in cluster.processes:
        if process.args[-1] != "w2" and "worker" in process.args:
            stop(process, signal.SIGKILL)  # w1 (if the test before left it): w2 is the pool's one shard worker
    wait(lambda: cluster.online_workers() <= {"w2"}, 120, "w1 to be seen offline")
    cluster.worker("p1", queue="parents")
    small = tmp_path / "inbox"
    for application in APPLICATIONS[:2]:
        shutil.copytree(inbox / application, small / application)
    parameters = {"inbox": str(small), "out": str(tmp_path / "out"), "db": postgres.create_database("nightly"), "pool": "woondossier"}
    deployment = cluster.get("/deployments/name/nightly-fan-out/nightly-fan-out").json()
    assert deployment["work_queue_name"] == "parents"

    def run(queue: str | None) -> dict:
        body = {"parameters": parameters, **({"work_queue_name": queue} if queue else {})}
        created = cluster.post(f"/deployments/{deployment['id']}/create_flow_run", body).json()
        ended = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}
        wait(lambda: cluster.get(f"/flow_runs/{created['id']}").json()["state"]["type"] in ended, 300, "the nightly fan-out to end")
        return cluster.get(f"/flow_runs/{created['id']}").json()

    wrong = run("shards")
    assert wrong["state"]["type"] == "FAILED" and "work queue 'shards'" in wrong["state"]["message"]
    right = run(None)
    assert right["state"]["type"] == "COMPLETED", right["state"]["message"] + cluster.log_text()
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if p.is_dir()) == sorted(APPLICATIONS[:2])


def test_shards_that_cannot_reach_the_database_leave_nothing_half_written(postgres, inbox, cluster, tmp_path):
    """The one shard worker's connections are refused (an invalid PGOPTIONS: PostgreSQL
    ends the connection at its start): the shard fails three times, the parent exits 1
    naming the applications left undone, and neither OUT nor the database holds any of them."""
    for process in cluster.processes:
        if "worker" in process.args and process.args[-1] != "p1":
            stop(process, signal.SIGKILL)
    wait(lambda: cluster.online_workers() <= {"p1"}, 120, "the other shard workers to be seen offline")
    cluster.worker("cut-off", env={"PGOPTIONS": "-c statement_timeout=never"})
    url = postgres.create_database("unreachable")
    out = tmp_path / "out"
    done = run_cli("run", str(inbox), "--out", str(out), "--db", url, "--pool", "woondossier", "--shards", "2", env=cluster.env)
    assert done.returncode == 1, done.stderr[-3000:]
    (line,) = done.stderr.strip().splitlines()[-1:]
    assert "2 of 2 shards failed 3 times; 8 applications left undone" in line and all(a in line for a in APPLICATIONS)
    assert not (out / "report.csv").exists() and not list(out.rglob("result.json"))
    engine = create_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("select count(*) from decisions")).scalar() == 0
        assert conn.execute(text("select count(*) from applications")).scalar() == 0
        assert conn.execute(text("select finished_at from runs")).all() == [(None,)]  # as a crashed run: the next one completes it
    engine.dispose()


def test_a_distributed_run_on_sqlite_is_refused_in_one_line(inbox, tmp_path):
    done = run_cli("run", str(inbox), "--out", str(tmp_path), "--db", f"sqlite:///{tmp_path}/w.db", "--pool", "woondossier", env={"PREFECT_API_URL": "http://127.0.0.1:9/api"})
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "needs PostgreSQL" in done.stderr
    assert not any(tmp_path.iterdir())  # nothing written


def _files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("result.json")) + [out / "report.csv"]}


def _rows(url: str) -> dict[str, list[tuple]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {table: sorted(map(tuple, conn.execute(text(f"select {columns} from {table}")))) for table, columns in COMPARED.items()}
    finally:
        engine.dispose()


def _runs(url: str) -> list[tuple]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text("select applications, evaluated, finished_at is not null from runs"))]
    finally:
        engine.dispose()


def _descendants(pid: int) -> list[int]:
    """Every process below `pid`, started from any of its threads (the forkserver is started from a task's)."""
    direct = []
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            direct += [int(c) for c in children.read_text().split()]
        except OSError:
            continue
    return [grand for child in direct for grand in (child, *_descendants(child))]


def _command(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return ""


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def test_a_distributed_run_without_a_server_or_shards_without_a_pool_are_usage_errors(inbox, tmp_path):
    url = "postgresql+psycopg://nobody@127.0.0.1:9/none"
    no_server = run_cli("run", str(inbox), "--out", str(tmp_path), "--db", url, "--pool", "woondossier", env={"PREFECT_API_URL": ""})
    assert no_server.returncode == 2 and "PREFECT_API_URL" in no_server.stderr and len(no_server.stderr.strip().splitlines()) == 1
    no_pool = run_cli("run", str(inbox), "--out", str(tmp_path), "--db", url, "--shards", "2")
    assert no_pool.returncode == 2 and "--shards needs --pool" in no_pool.stderr
    assert not any(tmp_path.iterdir())
