"""The results database on SQLite and on a real PostgreSQL server (tests/postgres.py).

Schema by Alembic migrations on open, an upgrade from the tables of 0.1.0, a round
trip of extractions through the `documents` and `fields` rows, and the idempotency
rules of `woondossier.plan`: nothing changed → nothing done; a new or changed file →
only that file read; a register change → re-checked without reading; other policy
numbers → re-checked only with `reevaluate`.

Extractions here are built by hand (no OCR: the store is under test, not reading);
checks and decisions are the real validators'.
"""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from validators.register import parse_register
from woondossier.assess import assess
from woondossier.errors import StoreError
from woondossier.inbox import ingest
from woondossier.model import Document, Field, FileError, FileResult
from woondossier.plan import RETRY, plan_application
from woondossier.schema import Base
from woondossier.store import MIGRATIONS, Store

from tests.conftest import SAMPLE_INBOX

APP = "OH-2026-001"
REGISTER_HEADER = (
    "tenancy_id,tenant_name,street,house_number,postcode,city,rooms,monthly_rent,lease_start,rent_arrears,"
    "nuisance_file,fraud_file,renovation_urgency,active_lodging,last_house_sitting_end,major_maintenance_planned"
)


def _brp(name: str = "brp-uittreksel.pdf") -> FileResult:
    persons = [
        {"name": "Esmée Pieter de Jansen", "birth_date": "1980-04-01", "bsn": "111222333", "registered_since": "2015-01-01"}
    ]
    fields = {
        "issue_date": Field(value="2026-10-12", confidence=0.97, page=1, bbox=(72.0, 700.1, 180.4, 712.0)),
        "postcode": Field(value="1011AB", confidence=0.91, page=1, bbox=(72.0, 640.0, 120.0, 652.0)),
        "house_number": Field(value="12A", confidence=0.9, page=1, bbox=None),
        "persons": Field(value=persons, confidence=0.88, page=2, bbox=(70.0, 300.0, 500.0, 420.0)),
        "municipality": Field(value=None, confidence=0.0, page=None, bbox=None),
    }
    doc = Document(doc_type="brp_uittreksel", pages=(1, 2), confidence=0.95, ocr=True, fields=fields)
    return FileResult(file=name, documents=(doc,))


def _contract(name: str = "onderhuurcontract.pdf") -> FileResult:
    fields = {
        "room_rent": Field(value="450.00", confidence=0.93, page=1, bbox=(300.0, 200.0, 360.0, 212.0)),
        "end_with_main_lease": Field(value=True, confidence=0.9, page=2, bbox=(72.0, 100.0, 400.0, 130.0)),
    }
    doc = Document(doc_type="huurovereenkomst_onderhuur", pages=(1, 2), confidence=0.9, ocr=False, fields=fields)
    junk = Document(doc_type="unknown", pages=(3,), confidence=0.2, ocr=False, fields={}, attachment="bijlage.pdf")
    return FileResult(file=name, documents=(doc, junk), errors=(FileError(file=name, page=4, error="page 4 is blank"),))


EXTRACTIONS = {"brp-uittreksel.pdf": _brp(), "onderhuurcontract.pdf": _contract()}


@pytest.fixture
def inbox(tmp_path) -> Path:
    """A copy of one sample application: real files, real aanvraag.json."""
    root = tmp_path / "inbox"
    shutil.copytree(SAMPLE_INBOX / APP, root / APP)
    return root


def _evaluate(store: Store, inbox: Path, run_id: int, register=None, reevaluate=False, extractions=EXTRACTIONS):
    """One application through plan → (pretend reading with `extractions`) → assess → save, as the flow does."""
    (intake,) = ingest(inbox)
    plan = plan_application(intake, store, register, reevaluate)
    if plan.unchanged is not None:
        return plan, plan.unchanged
    files = {n: (plan.cached[n], True) if n in plan.cached else (extractions[n], True) for n in plan.hashes}
    result = assess(intake, {n: r for n, (r, _) in files.items()}, register)
    store.save(plan.evaluation(result, files), run_id)
    return plan, result


# --- schema -------------------------------------------------------------------------


def test_open_applies_the_migrations_and_the_schema_is_the_models(db_url):
    Store(db_url)
    engine = create_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(text("select version_num from alembic_version")).scalar() == "0004"
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        assert set(inspect(conn).get_table_names()) == {
            "alembic_version", "runs", "applications", "files", "documents", "fields", "checks", "decisions",
            "users", "settings", "review_states", "corrections", "audit_log", "review_sessions", "login_failures",
        }  # fmt: skip
    engine.dispose()


def _alembic(engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def test_a_database_of_version_0_1_0_is_upgraded_on_open(db_url):
    engine = create_engine(db_url)
    with engine.begin() as conn:  # the tables 0.1.0 created with create_all, and no alembic_version
        config = _alembic(engine)
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(text("drop table alembic_version"))
        conn.execute(
            text("insert into applications values ('OLD-1', 'onderhuur', 'alliantie', 'pass', '{}')")
        )
    engine.dispose()
    store = Store(db_url)
    assert store.counts()["applications"] == 0  # the old cache is dropped; the next run rebuilds it
    with store.engine.connect() as conn:
        assert "document_files" not in inspect(conn).get_table_names()
        assert conn.execute(text("select version_num from alembic_version")).scalar() == "0004"


def test_migrations_go_down_and_up_again(db_url):
    Store(db_url)
    engine = create_engine(db_url)
    config = _alembic(engine)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
        assert "document_files" in inspect(conn).get_table_names()
        command.upgrade(config, "head")
        assert "decisions" in inspect(conn).get_table_names()
    engine.dispose()


def test_an_unusable_url_is_a_store_error_naming_it_without_password():
    with pytest.raises(StoreError, match="cannot open the results database") as caught:
        Store("postgresql+psycopg://someone:geheim@127.0.0.1:1/nothing")
    assert "geheim" not in caught.value.message and "***" in caught.value.message
    with pytest.raises(StoreError):
        Store("nonsense://")


# --- saving and reading back -------------------------------------------------------------


def test_extractions_come_back_from_the_fields_rows_as_they_went_in(db_url, inbox):
    store = Store(db_url)
    run = store.start_run(str(inbox))
    _, result = _evaluate(store, inbox, run)
    cached = store.cached_files(APP)
    assert set(cached) == set(EXTRACTIONS)
    for name, extraction in EXTRACTIONS.items():
        sha, back = cached[name]
        assert len(sha) == 64
        assert back.model_dump(mode="json") == extraction.model_dump(mode="json")
    stored = store.stored(APP)
    assert stored.result == result
    counts = store.counts()
    assert (counts["files"], counts["documents"], counts["fields"]) == (2, 3, 7)
    assert counts["checks"] == len(result.checks) > 0 and counts["decisions"] == 1


def test_a_second_run_over_the_same_inbox_does_nothing_and_adds_no_rows(db_url, inbox):
    store = Store(db_url)
    _evaluate(store, inbox, store.start_run(str(inbox)))
    before = store.counts()
    plan, result = _evaluate(store, inbox, store.start_run(str(inbox)))
    assert plan.unchanged == result and plan.to_read == ()
    after = store.counts()
    assert after == {**before, "runs": before["runs"] + 1}  # only the run's own record


def test_a_new_file_is_the_only_one_read_and_the_application_is_decided_again(db_url, inbox):
    store = Store(db_url)
    _evaluate(store, inbox, store.start_run(str(inbox)))
    shutil.copy(inbox / APP / "brp-uittreksel.pdf", inbox / APP / "brp-nieuw.pdf")
    extractions = {**EXTRACTIONS, "brp-nieuw.pdf": _brp("brp-nieuw.pdf")}
    plan, result = _evaluate(store, inbox, store.start_run(str(inbox)), extractions=extractions)
    assert plan.unchanged is None and plan.to_read == ("brp-nieuw.pdf",)
    assert set(plan.cached) == set(EXTRACTIONS)
    assert {d.file for d in result.documents} == {"brp-uittreksel.pdf", "brp-nieuw.pdf", "onderhuurcontract.pdf"}
    counts = store.counts()
    assert counts["decisions"] == 2 and counts["files"] == 3 and counts["applications"] == 1


def test_a_changed_file_under_the_same_name_is_read_again(db_url, inbox):
    store = Store(db_url)
    _evaluate(store, inbox, store.start_run(str(inbox)))
    (inbox / APP / "onderhuurcontract.pdf").write_bytes(b"%PDF-1.4 another contract")
    plan, _ = _evaluate(store, inbox, store.start_run(str(inbox)))
    assert plan.to_read == ("onderhuurcontract.pdf",) and set(plan.cached) == {"brp-uittreksel.pdf"}


def test_a_changed_register_row_rechecks_without_reading(db_url, inbox):
    store = Store(db_url)
    row = "T-10001,Esmée Pieter de Jansen,Kerkstraat,12A,1011AB,Haarlem,3,900.00,2010-01-01,{},false,false,false,false,,false"
    _evaluate(store, inbox, store.start_run(str(inbox)), register=parse_register([REGISTER_HEADER, row.format("false")]))
    plan, result = _evaluate(store, inbox, store.start_run(str(inbox)), register=parse_register([REGISTER_HEADER, row.format("true")]))
    assert plan.unchanged is None and plan.to_read == ()
    assert result.checks["no_rent_arrears"].status == "fail" and result.decision == "fail"
    assert json.loads(store.engine.connect().execute(text("select register_json from applications")).scalar())["rent_arrears"] is True


def test_other_policy_numbers_recheck_only_when_asked(db_url, inbox):
    store = Store(db_url)
    _evaluate(store, inbox, store.start_run(str(inbox)))
    with store.engine.begin() as conn:  # as if the last decision was made under other numbers
        conn.execute(text("update applications set policy_sha256 = :old"), {"old": "0" * 64})
    plan, _ = _evaluate(store, inbox, store.start_run(str(inbox)))
    assert plan.unchanged is not None and plan.policy_changed
    plan, _ = _evaluate(store, inbox, store.start_run(str(inbox), reevaluate=True), reevaluate=True)
    assert plan.unchanged is None and plan.to_read == () and set(plan.cached) == set(EXTRACTIONS)
    again, _ = _evaluate(store, inbox, store.start_run(str(inbox), reevaluate=True), reevaluate=True)
    assert again.unchanged is not None and not again.policy_changed  # re-checked once, then settled
    assert store.counts()["decisions"] == 2


def test_a_file_whose_reading_crashed_is_read_again_next_run(db_url, inbox):
    store = Store(db_url)
    (intake,) = ingest(inbox)
    plan = plan_application(intake, store, None)
    crashed = FileResult(file="onderhuurcontract.pdf", errors=(FileError(file="onderhuurcontract.pdf", error="reading failed"),))
    files = {"brp-uittreksel.pdf": (EXTRACTIONS["brp-uittreksel.pdf"], True), "onderhuurcontract.pdf": (crashed, False)}
    result = assess(intake, {n: r for n, (r, _) in files.items()}, None)
    evaluation = plan.evaluation(result, files)
    assert evaluation.inputs_sha256 == RETRY
    store.save(evaluation, store.start_run(str(inbox)))
    again = plan_application(intake, store, None)
    assert again.unchanged is None and again.to_read == ("onderhuurcontract.pdf",)


def test_results_since_a_date(db_url, inbox):
    store = Store(db_url)
    _evaluate(store, inbox, store.start_run(str(inbox)))
    today = datetime.now(timezone.utc).date()
    assert [r.application_id for r in store.results()] == [APP]
    assert [r.application_id for r in store.results(since=today)] == [APP]
    assert store.results(since=today + timedelta(days=1)) == []
    assert store.results(since=date(2000, 1, 1))[0].application_id == APP


def test_runs_record_what_they_did(db_url, inbox):
    store = Store(db_url)
    run = store.start_run(str(inbox), reevaluate=True)
    store.finish_run(run, applications=3, evaluated=2, files_read=5)
    with store.engine.connect() as conn:
        row = conn.execute(text("select inbox, reevaluate, applications, evaluated, files_read, finished_at from runs")).one()
    assert row[:5] == (str(inbox), True, 3, 2, 5) and row[5] is not None


# --- one decision per application and run (issue 19: a shard may run twice at once) ---


def _evaluation(store: Store, inbox: Path):
    (intake,) = ingest(inbox)
    plan = plan_application(intake, store, None)
    files = {n: (EXTRACTIONS[n], True) for n in plan.hashes}
    return plan.evaluation(assess(intake, {n: r for n, (r, _) in files.items()}, None), files)


def test_a_run_saves_an_application_once_and_the_next_run_again(db_url, inbox):
    store = Store(db_url)
    first, second = store.start_run(str(inbox)), store.start_run(str(inbox))
    evaluation = _evaluation(store, inbox)
    assert store.save(evaluation, first) is True
    assert store.save(evaluation, first) is False  # the same run, a second shard run: nothing saved
    assert store.counts()["decisions"] == 1 and store.decided_in(first) == {APP}
    assert store.save(evaluation, second) is True
    assert store.counts()["decisions"] == 2 and store.decided_in(second) == {APP}
    assert store.files_read_in(first) == 0 and store.files_read_in(second) == 2  # the files' rows are the last save's


def test_two_shard_runs_saving_the_same_application_at_once_decide_it_once(postgres, inbox):
    from concurrent.futures import ThreadPoolExecutor

    url = postgres.create_database("save_race")
    stores = [Store(url) for _ in range(4)]
    run_id = stores[0].start_run(str(inbox))
    evaluation = _evaluation(stores[0], inbox)
    with ThreadPoolExecutor(4) as pool:
        saved = list(pool.map(lambda store: store.save(evaluation, run_id), stores))
    assert sorted(saved) == [False, False, False, True]
    assert stores[0].counts()["decisions"] == 1 and stores[0].counts()["applications"] == 1
