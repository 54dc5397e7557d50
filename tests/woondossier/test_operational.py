"""Operational failures (issue 20 item 3): migrations all or nothing, one run at a time.

On b0e8589 a full disk during the first migration left a half-migrated SQLite database
that failed on every later run ("table applications already exists"), and two runs on
the same OUT and database decided applications twice. The full disk is injected at the
database driver's seam: the third CREATE TABLE of the first migration fails as a full
disk would.
"""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine, event, inspect
from sqlalchemy.exc import OperationalError

from woondossier.lock import LOCK_FILE, RunLocked, run_lock
from woondossier.store import Store, _enforce_sqlite_foreign_keys, upgrade


def _disk_full_at_third_table(engine) -> None:
    created = []

    @event.listens_for(engine, "before_cursor_execute")
    def _fail(conn, cursor, statement, *args) -> None:
        if statement.lstrip().upper().startswith("CREATE TABLE"):
            created.append(statement)
            if len(created) == 3:
                raise OperationalError(statement, None, sqlite3.OperationalError("database or disk is full"))


def test_a_failed_first_migration_leaves_the_database_as_it_was_and_heals(db_url):
    engine = create_engine(db_url)
    _enforce_sqlite_foreign_keys(engine)
    _disk_full_at_third_table(engine)
    with pytest.raises(OperationalError):
        upgrade(engine)
    assert inspect(create_engine(db_url)).get_table_names() == []
    store = Store(db_url)  # the next run migrates from scratch
    assert store.counts()["applications"] == 0


def test_a_second_run_on_the_same_output_folder_is_refused(tmp_path):
    db = f"sqlite:///{tmp_path / 'elders.db'}"
    with run_lock(tmp_path / "out", f"sqlite:///{tmp_path / 'out' / 'woondossier.db'}"):
        with pytest.raises(RunLocked, match="another woondossier run is using the output folder"):
            with run_lock(tmp_path / "out", db):
                pass
    assert (tmp_path / "out" / LOCK_FILE).exists()
    with run_lock(tmp_path / "out", db):  # released when the first run ended
        pass


def test_a_second_run_on_the_same_sqlite_database_from_another_folder_is_refused(tmp_path):
    db = f"sqlite:///{tmp_path / 'shared.db'}"
    with run_lock(tmp_path / "out-1", db):
        with pytest.raises(RunLocked, match="the database"):
            with run_lock(tmp_path / "out-2", db):
                pass


def test_a_second_run_on_the_same_postgresql_database_is_refused(tmp_path, postgres):
    import uuid

    url = postgres.create_database(f"t_{uuid.uuid4().hex[:12]}")
    with run_lock(tmp_path / "out-1", url):
        with pytest.raises(RunLocked, match="the database"):
            with run_lock(tmp_path / "out-2", url):
                pass
    with run_lock(tmp_path / "out-2", url):  # the advisory lock was released
        pass


def test_text_with_a_lone_surrogate_is_saved_not_a_stopped_batch(tmp_path):
    """A PDF's broken ToUnicode map can decode to half a UTF-16 pair; saving such text
    raised a serialisation error that stopped the batch (issue 20 saw it through
    aanvraag.json). The flow passes every reading through `storable`."""
    import json
    import shutil

    from tests.conftest import SAMPLE_INBOX
    from woondossier.assess import assess, storable
    from woondossier.inbox import ingest
    from woondossier.model import Document, Field, FileResult
    from woondossier.plan import plan_application

    shutil.copytree(SAMPLE_INBOX / "IW-2026-001", tmp_path / "inbox" / "IW-2026-001")
    (intake,) = ingest(tmp_path / "inbox")
    store = Store(f"sqlite:///{tmp_path / 'w.db'}")
    plan = plan_application(intake, store, None)
    doc = Document(doc_type="brp_uittreksel", pages=(1,), confidence=0.9, ocr=False,
                   fields={"municipality": Field(value="Amster\ud800dam", confidence=0.9, page=1)})  # fmt: skip
    files = {name: (storable(FileResult(file=name, documents=(doc,))), True) for name in plan.hashes}
    result = assess(intake, {n: r for n, (r, _) in files.items()}, None)
    store.save(plan.evaluation(result, files), store.start_run("inbox"))
    (saved,) = store.results()
    assert json.dumps(saved.documents[0].fields["municipality"].value) == json.dumps("Amster\ufffddam")
