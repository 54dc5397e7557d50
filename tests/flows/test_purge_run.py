"""`woondossier run`, `woondossier purge`, `woondossier run` again: the real commands, one after another.

A purged application is unknown to the next run, which reads it again as a new one
(both its files), stores it whole and adds a second decision to its history.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from tests.conftest import SAMPLE_INBOX, run_cli

pytestmark = pytest.mark.slow
APP = "OH-2026-001"  # born-digital: no OCR, so the runs are quick


def test_a_run_after_a_purge_reads_the_purged_application_as_new(tmp_path, prefect_home):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    shutil.copytree(SAMPLE_INBOX / APP, inbox / APP)
    shutil.copy(SAMPLE_INBOX / "register.csv", inbox / "register.csv")
    env = {"PREFECT_HOME": str(prefect_home)}
    db = out / "woondossier.db"
    first = run_cli("run", str(inbox), "--out", str(out), "--quiet", env=env)
    assert first.returncode == 0, first.stderr[-3000:]
    with sqlite3.connect(db) as conn:  # as if decided 100 days ago
        conn.execute("update applications set evaluated_at = ?", ((datetime.now(timezone.utc) - timedelta(days=100)).strftime("%Y-%m-%d %H:%M:%S.%f"),))

    purged = run_cli("purge", "--db", f"sqlite:///{db}", "--older-than", "90d")
    assert purged.returncode == 0, purged.stderr
    assert f"  {APP}" in purged.stdout.splitlines() and "fields: 0 rows removed" not in purged.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from fields").fetchone()[0] == 0

    again = run_cli("run", str(inbox), "--out", str(out), "--quiet", env=env)
    assert again.returncode == 0, again.stderr[-3000:]
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from applications").fetchone()[0] == 1
        assert conn.execute("select count(*) from decisions where application_id = ?", (APP,)).fetchone()[0] == 2
        assert conn.execute("select evaluated, files_read from runs order by id").fetchall() == [(1, 2), (1, 2)]
        assert conn.execute("select count(*) from fields").fetchone()[0] > 0
    assert json.loads((out / APP / "result.json").read_text(encoding="utf-8"))["decision"] == "pass"
