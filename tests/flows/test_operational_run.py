"""`run` under operational failures (issue 20 item 3), through the real command.

Every exit 1 is one line on stderr saying what failed and what to do, no traceback
(Prefect's included); a second run on the same OUT refuses with a clear line; and
Prefect's temporary server ends with the run even when the run is killed with SIGKILL.
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

from flows.watchdog import _alive
from tests.conftest import ROOT, SAMPLE_INBOX, run_cli
from woondossier.lock import run_lock

pytestmark = pytest.mark.slow

APP = "IW-2026-001"


@pytest.fixture
def inbox(tmp_path) -> Path:
    folder = tmp_path / "inbox"
    shutil.copytree(SAMPLE_INBOX / APP, folder / APP)
    shutil.copy(SAMPLE_INBOX / "register.csv", folder / "register.csv")
    return folder


def _woondossier_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("woondossier:")]


def test_a_corrupt_database_is_one_line_without_a_traceback(inbox, tmp_path, prefect_home):
    out = tmp_path / "out"
    out.mkdir()
    (out / "woondossier.db").write_bytes(b"this is not a database" * 100)
    run = run_cli("run", str(inbox), "--out", str(out), env={"PREFECT_HOME": str(prefect_home)})
    assert run.returncode == 1
    assert "Traceback" not in run.stderr and "File \"" not in run.stderr, run.stderr
    (line,) = _woondossier_lines(run.stderr)
    assert "results database" in line


def test_an_output_that_cannot_be_written_is_one_line_without_a_traceback(inbox, tmp_path, prefect_home):
    out = tmp_path / "out"
    out.mkdir()
    (out / APP).write_text("a file where the application's folder must go")  # result.json cannot be written
    run = run_cli("run", str(inbox), "--out", str(out), env={"PREFECT_HOME": str(prefect_home)})
    assert run.returncode == 1
    assert "Traceback" not in run.stderr, run.stderr
    (line,) = _woondossier_lines(run.stderr)
    assert "cannot write" in line and "check that OUT is writable" in line


def test_a_second_run_on_the_same_output_refuses_with_one_line(inbox, tmp_path, prefect_home):
    out = tmp_path / "out"
    with run_lock(out, f"sqlite:///{(out / 'woondossier.db').resolve()}"):
        run = run_cli("run", str(inbox), "--out", str(out), env={"PREFECT_HOME": str(prefect_home)})
    assert run.returncode == 1 and "Traceback" not in run.stderr
    (line,) = _woondossier_lines(run.stderr)
    assert "another woondossier run is using the output folder" in line
    assert not (out / APP).exists()  # nothing was decided


def _servers_started_by(pid: int) -> list[int]:
    """The children of `pid` running Prefect's temporary server (uvicorn)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "stat").read_text().rsplit(")", 1)[1].split()[1] == str(pid):
                if b"uvicorn" in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
        except (OSError, IndexError):
            continue
    return found


def test_prefect_temporary_server_ends_with_a_killed_run(inbox, tmp_path, prefect_home):
    out = tmp_path / "out"
    env = {**os.environ, "PREFECT_HOME": str(prefect_home)}
    env.pop("PREFECT_API_URL", None)
    run = subprocess.Popen(
        [sys.executable, "-m", "woondossier.cli", "run", str(inbox), "--out", str(out)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        servers: list[int] = []
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and not servers and run.poll() is None:
            servers = _servers_started_by(run.pid)
            time.sleep(0.1)
        assert servers, "the run's temporary Prefect server never appeared"
        run.send_signal(signal.SIGKILL)
        run.wait()
        deadline = time.monotonic() + 60  # the watchdog's grace is 5 s; this only bounds the test
        while time.monotonic() < deadline and any(_alive(pid) for pid in servers):
            time.sleep(0.2)
        assert [pid for pid in servers if _alive(pid)] == []
    finally:
        if run.poll() is None:
            run.kill()
