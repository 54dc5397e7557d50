"""A batch killed with SIGKILL halfway, then run again, ends with every application
processed exactly once: one decision each, no duplicate rows, every result.json whole.

The kill is real: `woondossier run` in its own process group (with Prefect's ephemeral
server beside it), killed as soon as the database shows a first saved application.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT, SAMPLE_EXPECTED, SAMPLE_INBOX, expected_decision, run_cli

pytestmark = pytest.mark.slow
EXPECTED = json.loads(SAMPLE_EXPECTED.read_text(encoding="utf-8"))


def _decisions(db) -> int | None:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1) as conn:
            return conn.execute("select count(*) from decisions").fetchone()[0]
    except sqlite3.Error:  # not created yet, not migrated yet, or busy
        return None


def _kill_after_first_save(inbox, out, env, deadline=600.0):
    process = subprocess.Popen(
        [sys.executable, "-m", "woondossier.cli", "run", str(inbox), "--out", str(out), "--quiet"],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: the kill takes Prefect's server along
    )
    started = time.monotonic()
    try:
        while time.monotonic() - started < deadline:
            saved = _decisions(out / "woondossier.db")
            if saved or process.poll() is not None:
                return saved, process.poll()
            time.sleep(0.05)
        return None, None
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=60)


@pytest.fixture(scope="module")
def crashed_and_rerun(tmp_path_factory, prefect_home):
    inbox = tmp_path_factory.mktemp("inbox")
    shutil.copytree(SAMPLE_INBOX, inbox, dirs_exist_ok=True)
    out = tmp_path_factory.mktemp("out")
    env = {"PREFECT_HOME": str(prefect_home)}
    saved_at_kill, exit_before_kill = _kill_after_first_save(inbox, out, env)
    rerun = run_cli("run", str(inbox), "--out", str(out), env=env)
    return out, saved_at_kill, exit_before_kill, rerun


def test_the_kill_came_halfway(crashed_and_rerun):
    _, saved_at_kill, exit_before_kill, _ = crashed_and_rerun
    assert exit_before_kill is None, "the batch ended before it could be killed"
    assert saved_at_kill is not None and 1 <= saved_at_kill < len(EXPECTED)


def test_the_rerun_completes_every_application_exactly_once(crashed_and_rerun):
    out, saved_at_kill, _, rerun = crashed_and_rerun
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    with sqlite3.connect(out / "woondossier.db") as conn:
        decided = dict(conn.execute("select application_id, count(*) from decisions group by application_id"))
        (applications,) = conn.execute("select count(*) from applications").fetchone()
        files = conn.execute("select application_id, file, count(*) from files group by application_id, file").fetchall()
        runs = conn.execute("select id, finished_at is not null, evaluated from runs order by id").fetchall()
        (before_kill,) = conn.execute("select count(*) from decisions where run_id = 1").fetchone()
    assert decided == {app_id: 1 for app_id in EXPECTED}
    assert applications == len(EXPECTED)
    on_disk = sum(1 for app in EXPECTED for p in (SAMPLE_INBOX / app).rglob("*") if p.is_file() and p.name != "aanvraag.json")
    assert len(files) == on_disk and all(count == 1 for *_, count in files)
    assert [finished for _, finished, _ in runs] == [False, True]  # the killed run never finished
    assert before_kill >= saved_at_kill and runs[1][2] == len(EXPECTED) - before_kill  # the rerun did only what was left


def test_every_result_is_whole_and_right(crashed_and_rerun):
    out = crashed_and_rerun[0]
    for app_id, truth in EXPECTED.items():
        result = json.loads((out / app_id / "result.json").read_text(encoding="utf-8"))
        assert result["decision"] == expected_decision(app_id, truth), app_id
    report = (out / "report.csv").read_text(encoding="utf-8").splitlines()
    assert len(report) == 1 + len(EXPECTED)
    assert [p.name for p in out.rglob(".*")] == []  # no temporary file of a killed write is left


def test_stale_temporaries_are_removed_and_nothing_else(tmp_path):
    from woondossier.output import remove_stale_temporaries, write_atomic

    write_atomic(tmp_path / "A-1" / "result.json", "{}")
    (tmp_path / "A-1" / ".result.json.k3j2.tmp").write_text('{"half')
    (tmp_path / ".report.x8.tmp.xlsx").write_bytes(b"PK")
    (tmp_path / "notes.tmp").write_text("not ours: not hidden")
    removed = remove_stale_temporaries(tmp_path)
    assert sorted(p.name for p in removed) == [".report.x8.tmp.xlsx", ".result.json.k3j2.tmp"]
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()) == ["A-1/result.json", "notes.tmp"]
