"""A Prefect server, a work pool and process workers on this machine, for the scale-out
test (tests/flows/test_scale_out.py) and benchmark (bench/scale_out.py).

Everything is real and everything is started here: `prefect server start` (its own
database an SQLite file in a temporary PREFECT_HOME), `prefect work-pool create`,
`prefect deploy --all` from the repository root (so a worker runs the flows from this
checkout: prefect.yaml has no pull step), and `prefect worker start` per worker, each in
a process group of its own so that it can be killed whole, flow runs included.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
PREFECT = str(Path(sys.executable).with_name("prefect"))
POOL = "woondossier"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait(predicate: Callable[[], bool], seconds: float, what: str, every: float = 1.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(every)
    raise TimeoutError(f"waited {seconds:.0f} s for {what}")


def stop(process: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    """End a process started here and its group (a worker's flow runs with it)."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, sig)
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        except ProcessLookupError:
            pass


class Cluster:
    """`with Cluster(folder) as cluster:` a server; `deploy()`, then `worker(...)` as many as wanted."""

    def __init__(self, folder: Path, pool: str = POOL, database: str | None = None) -> None:
        self.folder = folder
        self.pool = pool
        self.home = folder / "prefect-home"
        self.home.mkdir(parents=True, exist_ok=True)
        self.api = f"http://127.0.0.1:{free_port()}/api"
        self.env = {
            **os.environ,
            "PREFECT_HOME": str(self.home),
            "PREFECT_API_URL": self.api,
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PREFECT_UI_ENABLED": "false",
            "PREFECT_WORKER_QUERY_SECONDS": "1",  # a worker asks for work every second instead of 10
            "PREFECT_WORKER_HEARTBEAT_SECONDS": "5",
        }
        if database is not None:  # Prefect's own database, e.g. postgresql+asyncpg://...; else SQLite in PREFECT_HOME
            self.env["PREFECT_API_DATABASE_CONNECTION_URL"] = database
        self.processes: list[subprocess.Popen] = []
        self.logs: list[Path] = []

    def __enter__(self) -> Cluster:
        port = self.api.split(":")[2].split("/")[0]
        server_env = {k: v for k, v in self.env.items() if k != "PREFECT_API_URL"}
        self._start("server", [PREFECT, "server", "start", "--host", "127.0.0.1", "--port", port], server_env)
        wait(self._healthy, 180, "the Prefect server to start")
        return self

    def __exit__(self, *exc) -> None:
        for process in reversed(self.processes):
            stop(process)

    def deploy(self, *names: str, environment: dict[str, str] | None = None) -> None:
        """The work pool and the deployments `names` of prefect.yaml, as operations makes them.

        One `prefect deploy --name` each: Prefect 3.8.8's `deploy` ends every deployment
        by asking its server for online workers with a request the server refuses (422,
        README: Running on a Prefect server with a worker), which stops `--all` after
        the first deployment. The deployment itself is made before that.
        """
        env = {**self.env, **(environment or {})}
        self.prefect("work-pool", "create", self.pool, "--type", "process", env=env)
        for name in names:
            done = subprocess.run([PREFECT, "deploy", "--name", name, "--no-prompt"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
            output = " ".join((done.stdout + done.stderr).split())
            if done.returncode != 0 and not ("workers/filter" in output and "422" in output and "successfully created" in output):
                raise RuntimeError(f"prefect deploy --name {name} failed: {output[-3000:]}")

    def worker(self, name: str, queue: str = "shards", limit: int = 1, cpu: str | None = None, env: dict[str, str] | None = None) -> subprocess.Popen:
        """`prefect worker start` on the pool's `queue`, pinned to `cpu` with taskset when given."""
        command = [PREFECT, "worker", "start", "--pool", self.pool, "--work-queue", queue, "--limit", str(limit), "--name", name]
        if cpu is not None:
            command = ["taskset", "-c", cpu, *command]
        process = self._start(f"worker-{name}", command, {**self.env, **(env or {})})
        wait(lambda: name in self.online_workers(), 120, f"worker {name} to come online")
        return process

    def online_workers(self) -> set[str]:
        workers = self.post(f"/work_pools/{self.pool}/workers/filter", {}).json()
        return {w["name"] for w in workers if w.get("status") == "ONLINE"}

    def run_logs(self) -> list[str]:
        """Every run log line the server holds."""
        lines: list[str] = []
        while batch := self.post("/logs/filter", {"offset": len(lines), "limit": 200}).json():
            lines += [entry["message"] for entry in batch]
        return lines

    def flow_runs(self, flow_name: str) -> list[dict]:
        body = {"flows": {"name": {"any_": [flow_name]}}, "sort": "EXPECTED_START_TIME_ASC", "limit": 200}
        return self.post("/flow_runs/filter", body).json()

    def prefect(self, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        done = subprocess.run([PREFECT, *args], env=env or self.env, cwd=ROOT, capture_output=True, text=True, timeout=300)
        if done.returncode != 0:
            raise RuntimeError(f"prefect {' '.join(args)}: {done.stdout[-2000:]} {done.stderr[-2000:]}")
        return done

    def get(self, path: str) -> httpx.Response:
        return httpx.get(self.api + path, timeout=10)

    def post(self, path: str, body: dict) -> httpx.Response:
        return httpx.post(self.api + path, json=body, timeout=10)

    def log_text(self) -> str:
        return "\n".join(f"--- {log.name}\n{log.read_text(errors='replace')[-4000:]}" for log in self.logs if log.exists())

    def _healthy(self) -> bool:
        try:
            return self.get("/health").status_code == 200
        except httpx.HTTPError:
            return False

    def _start(self, name: str, command: list[str], env: dict[str, str]) -> subprocess.Popen:
        log = self.folder / f"{name}.log"
        self.logs.append(log)
        with log.open("w") as stream:
            process = subprocess.Popen(command, env=env, stdout=stream, stderr=subprocess.STDOUT, cwd=self.folder, start_new_session=True)
        self.processes.append(process)
        return process
