"""`woondossier purge`: the documents' data past retention goes, the decisions history stays.

On SQLite (foreign keys enforced) and on the real PostgreSQL server of tests/postgres.py.
Two applications are stored as the flow stores them, one of them made old; an analyst
corrects a field, overrides the decision and marks both handled (the review
application's real actions), so every table that holds values has rows to lose.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from review.actions import correct_field, mark_handled, override_decision
from woondossier.inbox import ingest
from woondossier.plan import plan_application
from woondossier.retention import parse_age, purge
from woondossier.store import Store

from tests.conftest import SAMPLE_INBOX, run_cli
from tests.woondossier.test_store import APP, _brp, _contract, _evaluate

OLD, RECENT = APP, "OH-2026-002"  # OLD is evaluated 100 days ago, RECENT today
BRP = {OLD: "brp-uittreksel.pdf", RECENT: "gba.pdf"}
EXTRACTIONS = {  # hand-made, as in test_store: the database is under test, not reading
    OLD: {"brp-uittreksel.pdf": _brp(), "onderhuurcontract.pdf": _contract()},
    RECENT: {"gba.pdf": _brp("gba.pdf"), "contract kamer.pdf": _contract("contract kamer.pdf")},
}
PERSONAL = ("fields", "documents", "files", "checks", "applications", "corrections", "review_states")


def _rows(store: Store, table: str, application_id: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(text(f"select count(*) from {table} where application_id = :a"), {"a": application_id}).scalar()


@pytest.fixture
def stored(db_url, tmp_path) -> tuple[Store, object]:
    """Both applications stored and reviewed; OLD's evaluation moved 100 days back."""
    store = Store(db_url)
    inboxes = {}
    for app in (OLD, RECENT):
        inboxes[app] = tmp_path / app
        shutil.copytree(SAMPLE_INBOX / app, inboxes[app] / app)
        _evaluate(store, inboxes[app], store.start_run(str(inboxes[app])), extractions=EXTRACTIONS[app])
        correct_field(store.engine, app, f"{BRP[app]}|0|postcode", "1011 AC", "analist")
        override_decision(store.engine, app, "review", f"gebeld met huurder over {app}", "analist")
        mark_handled(store.engine, app, "analist")
    with store.engine.begin() as conn:
        conn.execute(
            text("update applications set evaluated_at = :t where application_id = :a"),
            {"t": datetime.now(timezone.utc) - timedelta(days=100), "a": OLD},
        )
    return store, inboxes


def test_purge_removes_the_old_applications_data_and_keeps_history(stored):
    store, _ = stored
    before = store.counts()
    decisions_before = before["decisions"]
    assert all(_rows(store, table, OLD) > 0 for table in PERSONAL)

    done = purge(store.engine, parse_age("90d"))

    assert done.application_ids == (OLD,)
    assert all(_rows(store, table, OLD) == 0 for table in PERSONAL)
    assert all(_rows(store, table, RECENT) > 0 for table in PERSONAL)  # within retention: untouched
    after = store.counts()
    for table in PERSONAL:
        assert done.removed[table] == before[table] - after[table] > 0, table
    assert after["decisions"] == decisions_before and after["runs"] == before["runs"]
    assert _rows(store, "decisions", OLD) == 1
    with store.engine.connect() as conn:
        audit = conn.execute(
            text("select action, target, before, after, note from audit_log where application_id = :a order by id"), {"a": OLD}
        ).all()
        recent_notes = conn.execute(
            text("select note from audit_log where application_id = :a and action = 'override'"), {"a": RECENT}
        ).scalar()
    assert [a[0] for a in audit] == ["correct_field", "override", "handled"]  # who did what stays
    assert all(a[1] is None and a[4] is None for a in audit) and audit[0][2:4] == (None, None)  # values gone
    assert audit[1][3] == "review"  # an override's before/after are decisions, not personal data
    assert done.cleared == {"audit_log": 3} and recent_notes == f"gebeld met huurder over {RECENT}"


def test_a_dry_run_counts_and_removes_nothing(stored):
    store, _ = stored
    before = store.counts()
    done = purge(store.engine, parse_age("90d"), dry_run=True)
    assert done.application_ids == (OLD,) and done.removed["fields"] > 0
    assert store.counts() == before


def test_nothing_is_older_than_the_cut_off(stored):
    store, _ = stored
    before = store.counts()
    done = purge(store.engine, parse_age("365d"))
    assert done.application_ids == () and set(done.removed.values()) == {0}
    assert store.counts() == before


def test_a_purged_application_is_read_again_as_new(stored):
    store, inboxes = stored
    purge(store.engine, parse_age("30d"))
    (intake,) = ingest(inboxes[OLD])
    plan = plan_application(intake, store, None)
    assert plan.unchanged is None and plan.cached == {} and set(plan.to_read) == set(plan.hashes)
    _evaluate(store, inboxes[OLD], store.start_run(str(inboxes[OLD])), extractions=EXTRACTIONS[OLD])
    assert _rows(store, "applications", OLD) == 1 and _rows(store, "decisions", OLD) == 2  # history plus the new one
    assert _rows(store, "review_states", OLD) == 0  # a new evaluation starts without the old verdict


@pytest.mark.parametrize("age", ["90", "3m", "0d", "-5d", "90 days", "d"])
def test_other_forms_of_age_are_refused(age):
    with pytest.raises(ValueError, match="90d"):
        parse_age(age)


MASKED = "A-111222333"


def test_purge_command_prints_counts_and_masked_ids(tmp_path):
    db = f"sqlite:///{tmp_path / 'woondossier.db'}"
    store = Store(db)
    inbox = tmp_path / "inbox"  # an application whose id holds a nine-digit number, decided long ago
    shutil.copytree(SAMPLE_INBOX / OLD, inbox / MASKED)
    aanvraag = inbox / MASKED / "aanvraag.json"
    aanvraag.write_text(aanvraag.read_text(encoding="utf-8").replace(OLD, MASKED), encoding="utf-8")
    _evaluate(store, inbox, store.start_run(str(inbox)), extractions=EXTRACTIONS[OLD])
    with store.engine.begin() as conn:
        conn.execute(text("update applications set evaluated_at = :t"), {"t": datetime(2020, 1, 1, tzinfo=timezone.utc)})
    store.engine.dispose()

    dry = run_cli("purge", "--db", db, "--older-than", "30d", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would remove" in dry.stdout and Store(db).counts()["fields"] == 7
    done = run_cli("purge", "--db", db, "--older-than", "30d")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("removed the documents' data of 1 applications last evaluated before")
    assert "  A-******333" in lines and "111222333" not in done.stdout
    assert "fields: 7 rows removed" in lines and "applications: 1 rows removed" in lines
    assert Store(db).counts()["fields"] == 0 and Store(db).counts()["decisions"] == 1


@pytest.mark.parametrize("age", ["90", "3 months", "0d"])
def test_purge_command_refuses_other_ages_with_a_usage_error(tmp_path, age):
    done = run_cli("purge", "--db", f"sqlite:///{tmp_path / 'x.db'}", "--older-than", age)
    assert done.returncode == 2 and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "90d" in done.stderr
    assert not (tmp_path / "x.db").exists()  # refused before anything was opened
