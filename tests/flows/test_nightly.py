"""The nightly run as a real Prefect deployment on a real Prefect server.

`woondossier serve` registers the deployment `nightly-run/nightly` with a cron schedule
and runs what the server schedules. The test starts `prefect server start` on a free
port (its scheduler looping every few seconds), serves every minute, and sees the first
scheduled run process the inbox and a later one process only the application that was
added in between.

The same server then takes the repository's `prefect.yaml` the way operations would:
`prefect work-pool create`, `prefect deploy`, `prefect worker start` and
`prefect deployment run`, all real commands; the worker runs the flow and its results
and progress lines arrive.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.bsn_watch import WATCH
from tests.conftest import ROOT, SAMPLE_INBOX, run_cli

pytestmark = pytest.mark.slow
PREFECT = str(Path(sys.executable).with_name("prefect"))
WOONDOSSIER = str(Path(sys.executable).with_name("woondossier"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(predicate, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(2)
    raise AssertionError(f"waited {seconds:.0f} s for {what}")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    home = tmp_path_factory.mktemp("prefect-server")
    port = _free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "5",
        "PREFECT_UI_ENABLED": "false",
    }
    env.pop("PREFECT_API_URL", None)
    log = (home / "server.log").open("w")
    process = subprocess.Popen(
        [PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    api = f"http://127.0.0.1:{port}/api"

    def healthy() -> bool:
        try:
            return httpx.get(f"{api}/health", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    try:
        _wait(healthy, 180, "the Prefect server to start")
        yield api, home
    finally:
        _stop(process)
        log.close()
        WATCH.check_prefect_database(home / "prefect.db")  # the runs' logs and task names: no full BSN


def _decisions(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("select application_id, count(*) from decisions group by application_id"))


def test_serve_runs_on_schedule_and_only_what_is_new(server, tmp_path):
    api, home = server
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    shutil.copytree(SAMPLE_INBOX / "OH-2026-001", inbox / "OH-2026-001")
    shutil.copy(SAMPLE_INBOX / "register.csv", inbox / "register.csv")
    env = {**os.environ, "PREFECT_API_URL": api, "PREFECT_HOME": str(home), "PREFECT_RUNNER_POLL_FREQUENCY": "3"}
    log = (tmp_path / "serve.log").open("w")
    serving = subprocess.Popen(
        [WOONDOSSIER, "serve", "--inbox", str(inbox), "--out", str(out), "--cron", "* * * * *"],
        env=env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT, start_new_session=True,
    )  # fmt: skip
    try:
        first = out / "OH-2026-001" / "result.json"
        _wait(lambda: first.is_file() and (out / "report.csv").is_file(), 200, "the first scheduled run")
        assert json.loads(first.read_text(encoding="utf-8"))["decision"] == "pass"
        shutil.copytree(SAMPLE_INBOX / "OH-2026-002", inbox / "OH-2026-002")  # an upload during the day
        _wait(lambda: (out / "OH-2026-002" / "result.json").is_file(), 200, "the next scheduled run")
        _wait(lambda: "OH-2026-002" in (out / "report.csv").read_text(encoding="utf-8"), 60, "the report of that run")
        assert _decisions(out / "woondossier.db") == {"OH-2026-001": 1, "OH-2026-002": 1}

        def completed_scheduled_runs() -> int:
            body = {"flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}}}
            return sum(1 for r in httpx.post(f"{api}/flow_runs/filter", json=body).json() if r.get("deployment_id"))

        _wait(lambda: completed_scheduled_runs() >= 2, 60, "both runs to show as completed on the server")
        log.flush()
        # While serving, nothing but Prefect's banner. (On SIGTERM Prefect's runner itself
        # exits with sys.exit(0) and asyncio may print its cancelled control channel: not ours.)
        assert "Traceback" not in (tmp_path / "serve.log").read_text(encoding="utf-8")
    finally:
        _stop(serving)
        log.close()
        WATCH.check("the output of woondossier serve", (tmp_path / "serve.log").read_text(encoding="utf-8", errors="replace"))


def _prefect(*args: str, env: dict[str, str], cwd: Path = ROOT) -> subprocess.CompletedProcess:
    done = subprocess.run([PREFECT, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"prefect {' '.join(args)}: {done.stdout[-2000:]} {done.stderr[-2000:]}"
    return done


def _flow_run(api: str, run_id: str) -> dict:
    return httpx.get(f"{api}/flow_runs/{run_id}", timeout=10).json()


def test_prefect_yaml_deploys_to_a_work_pool_and_a_worker_runs_it(server, tmp_path):
    api, home = server
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    shutil.copytree(SAMPLE_INBOX / "OH-2026-001", inbox / "OH-2026-001")
    shutil.copy(SAMPLE_INBOX / "register.csv", inbox / "register.csv")
    env = {
        **os.environ, "PREFECT_API_URL": api, "PREFECT_HOME": str(home),
        "WOONDOSSIER_INBOX": str(inbox), "WOONDOSSIER_OUT": str(out),
        "PREFECT_WORKER_QUERY_SECONDS": "2",  # the worker asks for work every 2 s instead of 10
    }  # fmt: skip
    _prefect("work-pool", "create", "woondossier", "--type", "process", env=env)
    deployed = subprocess.run([PREFECT, "deploy", "--all", "--no-prompt"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    if deployed.returncode != 0:  # Prefect 3.8.8's known last step: see README, Running on a Prefect server with a worker
        assert "workers/filter" in deployed.stdout + deployed.stderr and "422" in deployed.stdout + deployed.stderr, deployed.stdout[-3000:]
        assert "Deployment 'nightly-run/nightly-worker' successfully created" in " ".join(deployed.stdout.split()), deployed.stdout[-3000:]
    deployment = httpx.get(f"{api}/deployments/name/nightly-run/nightly-worker", timeout=10).json()
    assert deployment["work_pool_name"] == "woondossier"
    assert deployment["parameters"] == {"inbox": str(inbox), "out": str(out), "db": f"sqlite:///{out}/woondossier.db"}
    assert [s["schedule"]["cron"] for s in deployment["schedules"]] == ["0 2 * * *"]

    log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen(
        [PREFECT, "worker", "start", "--pool", "woondossier", "--name", "test-worker"],
        env=env, stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path, start_new_session=True,
    )  # fmt: skip
    try:
        started = _prefect("deployment", "run", "nightly-run/nightly-worker", env=env)
        run_id = next(w for line in started.stdout.splitlines() if "UUID" in line for w in line.split() if w.count("-") == 4)
        final = ("COMPLETED", "FAILED", "CRASHED", "CANCELLED")
        _wait(lambda: _flow_run(api, run_id)["state"]["type"] in final, 300, "the worker to run the deployment")
        assert _flow_run(api, run_id)["state"]["type"] == "COMPLETED", (tmp_path / "worker.log").read_text()[-3000:]
    finally:
        _stop(worker)
        log.close()
        WATCH.check("the worker's output", (tmp_path / "worker.log").read_text(encoding="utf-8", errors="replace"))
    result = json.loads((out / "OH-2026-001" / "result.json").read_text(encoding="utf-8"))
    assert result["decision"] == "pass" and (out / "report.csv").is_file() and (out / "report.xlsx").is_file()
    assert _decisions(out / "woondossier.db") == {"OH-2026-001": 1}
    logs = httpx.post(f"{api}/logs/filter", json={"logs": {"flow_run_id": {"any_": [run_id]}}}, timeout=10).json()
    subflow_logs = httpx.post(f"{api}/logs/filter", json={"limit": 200}, timeout=10).json()
    messages = [entry["message"] for entry in logs + subflow_logs]
    assert any(m.startswith("[1/1 applications, 2/2 files; ") and "OH-2026-001: pass" in m for m in messages)


def test_serve_without_a_server_says_what_to_do(tmp_path):
    env = {"PREFECT_API_URL": ""}  # as if unset
    run = run_cli("serve", "--inbox", str(SAMPLE_INBOX), "--out", str(tmp_path), "--cron", "0 2 * * *", env=env)
    assert run.returncode == 2 and "prefect server start" in run.stderr and "PREFECT_API_URL" in run.stderr
