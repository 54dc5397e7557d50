"""`woondossier run --db postgresql+psycopg://...`: the real command against the test PostgreSQL server."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import SAMPLE_INBOX, run_cli

pytestmark = pytest.mark.slow
APP = "OH-2026-001"  # born-digital: no OCR, so the run is quick


def test_a_run_twice_into_postgresql_stores_one_decision(postgres, tmp_path, prefect_home):
    url = postgres.create_database("run_twice")
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLE_INBOX / APP, inbox / APP)
    shutil.copy(SAMPLE_INBOX / "register.csv", inbox / "register.csv")
    env = {"PREFECT_HOME": str(prefect_home)}
    for _ in range(2):
        done = run_cli("run", str(inbox), "--out", str(tmp_path / "out"), "--db", url, "--quiet", env=env)
        assert done.returncode == 0, done.stderr[-3000:]
    assert not (tmp_path / "out" / "woondossier.db").exists()  # --db wins over the default SQLite file
    engine = create_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("select count(*) from decisions")).scalar() == 1
        assert conn.execute(text("select count(*) from files")).scalar() == 2
        assert conn.execute(text("select evaluated, files_read from runs order by id")).all() == [(1, 2), (0, 0)]
        decision = conn.execute(text("select decision from applications where application_id = :a"), {"a": APP}).scalar()
    engine.dispose()
    assert decision == "pass"
