"""The results database (CONTRACT.md §1): SQLite by default, PostgreSQL or any SQLAlchemy URL.

Opening a `Store` brings the schema up to date with the Alembic migrations shipped in
this package (`woondossier/migrations`), so a new version needs no separate step.
The tables are described in `woondossier.schema`.

Idempotency rests on two fingerprints kept per application: `inputs_sha256` (its
aanvraag.json, the SHA-256 of every file, its register row and this version of
woondossier) and `policy_sha256` (the policy numbers it was checked under). A run
that finds both unchanged leaves the application alone; a changed input re-evaluates
it, re-reading only files whose SHA-256 is new. One application is saved in one
transaction that replaces its current rows, so a run killed halfway leaves every
application either saved whole or not at all.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, delete, event, func, inspect, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from woondossier.errors import StoreError
from woondossier.model import ApplicationResult, Document, Field, FileError, FileResult
from woondossier.schema import (
    CURRENT_STATE,
    ApplicationRow,
    Base,
    CheckRow,
    DecisionRow,
    DocumentRow,
    FieldRow,
    FileRow,
    RunRow,
)

try:
    EXTRACTOR_VERSION = version("woondossier")
except PackageNotFoundError:  # running from a source tree without an install
    EXTRACTOR_VERSION = "dev"

MIGRATIONS = Path(__file__).parent / "migrations"
_FIRST_REVISION = "0001"  # the tables of 0.1.0, which had no alembic_version


@dataclass(frozen=True)
class Stored:
    """What the database holds about an application's last evaluation."""

    inputs_sha256: str
    policy_sha256: str | None
    result: ApplicationResult


@dataclass(frozen=True)
class Evaluation:
    """One application's new result and what it was computed from, to be saved together."""

    result: ApplicationResult
    files: Mapping[str, tuple[str, FileResult]]  # file -> (sha256, extraction)
    files_read: frozenset[str]  # the files read by this run (the others came from the database)
    inputs_sha256: str
    policy_sha256: str | None
    tenancy_id: str | None = None
    submitted_on: date | None = None
    aanvraag_json: str | None = None
    register_json: str | None = None


def upgrade(engine: Engine) -> None:
    """Apply every migration the database lacks (`alembic upgrade head`), in one transaction."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        tables = set(inspect(connection).get_table_names())
        if "alembic_version" not in tables and "document_files" in tables:
            command.stamp(config, _FIRST_REVISION)  # a database of 0.1.0: upgrade it from there
        command.upgrade(config, "head")


def _enforce_sqlite_foreign_keys(engine: Engine) -> None:
    # SQLite checks foreign keys only when asked, per connection; PostgreSQL always does.
    # Python's sqlite3 driver opens a transaction only before INSERT/UPDATE/DELETE, so a
    # CREATE TABLE commits at once: a migration stopped halfway (a full disk) left half
    # its tables behind, and every later run failed on "table already exists". With the
    # driver's own transaction handling off and BEGIN sent by SQLAlchemy (its documented
    # pysqlite recipe), DDL is transactional too, as on PostgreSQL.
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection, _record) -> None:
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(connection) -> None:
            # IMMEDIATE: the write lock is taken at the start, so a second writer waits
            # (the busy timeout) instead of failing at once with "database is locked" when
            # two transactions that both read first try to write (20 analysts correcting
            # fields at once, bench.review_load).
            connection.exec_driver_sql("BEGIN IMMEDIATE")


SQLITE_BUSY_SECONDS = 60.0
"""How long an SQLite transaction waits for another's write lock before it fails."""


def _engine_options(url: str) -> dict:
    from sqlalchemy.engine import make_url

    if make_url(url).get_backend_name() == "sqlite":
        return {"connect_args": {"timeout": SQLITE_BUSY_SECONDS}}
    return {}


def _create_private_sqlite_file(url: str) -> None:
    """A new SQLite database file is made readable by its owner only (0600), whatever the umask.

    SQLite gives its journal and WAL files the mode of the database file, so they
    follow. An existing file keeps its mode (see the README on tightening an older one).
    """
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:") or parsed.database.startswith("file:"):
        return
    path = Path(parsed.database)
    if path.parent.is_dir():
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            pass


class Store:
    def __init__(self, url: str) -> None:
        try:
            _create_private_sqlite_file(url)
            self.engine: Engine = create_engine(url, **_engine_options(url))
            _enforce_sqlite_foreign_keys(self.engine)
            upgrade(self.engine)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise StoreError(
                f"cannot open the results database {_redacted(url)}: {type(exc).__name__}: {_first_line(exc)};"
                " check --db (an SQLAlchemy URL) and that the server is reachable"
            ) from exc

    # --- runs -------------------------------------------------------------------------

    def start_run(self, inbox: str, reevaluate: bool = False) -> int:
        with Session(self.engine) as session, session.begin():
            run = RunRow(started_at=_now(), inbox=inbox, reevaluate=reevaluate)
            session.add(run)
            session.flush()
            return run.id

    def finish_run(self, run_id: int, applications: int, evaluated: int, files_read: int) -> None:
        with Session(self.engine) as session, session.begin():
            session.execute(
                update(RunRow)
                .where(RunRow.id == run_id)
                .values(finished_at=_now(), applications=applications, evaluated=evaluated, files_read=files_read)
            )

    # --- reading back -------------------------------------------------------------------

    def stored(self, application_id: str) -> Stored | None:
        with Session(self.engine) as session:
            row = session.get(ApplicationRow, application_id)
            if row is None:
                return None
            return Stored(row.inputs_sha256, row.policy_sha256, ApplicationResult.model_validate_json(row.result_json))

    def cached_files(self, application_id: str) -> dict[str, tuple[str, FileResult]]:
        """file -> (sha256, extraction) as stored for an application by this version.

        The extraction is rebuilt from the `documents` and `fields` rows: this is what a
        re-evaluation checks, without reading the file again.
        """
        with Session(self.engine) as session:
            files = session.scalars(
                select(FileRow).where(
                    FileRow.application_id == application_id, FileRow.extractor_version == EXTRACTOR_VERSION
                )
            ).all()
            documents = session.scalars(
                select(DocumentRow)
                .where(DocumentRow.application_id == application_id)
                .order_by(DocumentRow.file, DocumentRow.document_index)
            ).all()
            fields = session.scalars(select(FieldRow).where(FieldRow.application_id == application_id)).all()
            stored = session.scalar(select(ApplicationRow.result_json).where(ApplicationRow.application_id == application_id))
        sheets = _stored_sheets(stored)
        by_document: dict[tuple[str, int], dict[str, Field]] = {}
        for f in sorted(fields, key=lambda f: (f.file, f.document_index, f.name)):
            bbox = None if f.x0 is None else (f.x0, f.top, f.x1, f.bottom)
            by_document.setdefault((f.file, f.document_index), {})[f.name] = Field(
                value=json.loads(f.value_json), confidence=f.confidence, page=f.page, bbox=bbox
            )
        by_file: dict[str, list[Document]] = {}
        for d in documents:
            by_file.setdefault(d.file, []).append(
                Document(
                    doc_type=d.doc_type,
                    pages=tuple(int(p) for p in d.pages.split(",") if p),
                    confidence=d.confidence,
                    ocr=d.ocr,
                    fields=by_document.get((d.file, d.document_index), {}),
                    attachment=d.attachment,
                    sheets=sheets.get((d.file, d.document_index), ()),
                )
            )
        return {
            f.file: (
                f.sha256,
                FileResult(
                    file=f.file,
                    documents=tuple(by_file.get(f.file, ())),
                    errors=tuple(FileError.model_validate(e) for e in json.loads(f.errors_json)),
                ),
            )
            for f in files
        }

    def results(self, since: date | datetime | None = None) -> list[ApplicationResult]:
        """Every stored application's current result (evaluated on or after `since`), by id."""
        query = select(ApplicationRow.result_json).order_by(ApplicationRow.application_id)
        if since is not None:
            if not isinstance(since, datetime):
                since = datetime(since.year, since.month, since.day, tzinfo=timezone.utc)
            query = query.where(ApplicationRow.evaluated_at >= since)
        with Session(self.engine) as session:
            return [ApplicationResult.model_validate_json(j) for j in session.scalars(query)]

    def decided_in(self, run_id: int) -> set[str]:
        """The applications a run decided and saved (a run spread over workers checks this)."""
        with Session(self.engine) as session:
            return set(session.scalars(select(DecisionRow.application_id).where(DecisionRow.run_id == run_id)))

    def files_read_in(self, run_id: int) -> int:
        """The stored files a run read."""
        with Session(self.engine) as session:
            return session.scalar(select(func.count()).select_from(FileRow).where(FileRow.read_in_run == run_id))

    def counts(self) -> dict[str, int]:
        """Rows per table (for operations and for the idempotency tests)."""
        with Session(self.engine) as session:
            return {
                table.name: session.scalar(select(func.count()).select_from(table))
                for table in Base.metadata.sorted_tables
            }

    # --- writing ------------------------------------------------------------------------

    def save(self, evaluation: Evaluation, run_id: int) -> bool:
        """Replace an application's current rows by `evaluation` and log the decision, in one
        transaction; False, saving nothing, when this run has decided the application already.

        A run spread over workers may have one shard run twice at once (its first run was
        declared crashed while it was still going): the second to save finds the first's
        decision and leaves it, so every application is decided once per run.
        """
        result = evaluation.result
        app_id = result.application_id
        now = _now()
        with Session(self.engine) as session, session.begin():
            if self.engine.dialect.name == "postgresql":  # SQLite's BEGIN IMMEDIATE serialises writers already
                session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:app))"), {"app": app_id})
            decided = select(DecisionRow.id).where(DecisionRow.application_id == app_id, DecisionRow.run_id == run_id)
            if session.scalar(decided.limit(1)) is not None:
                return False
            previous_reads = {
                f.file: (f.sha256, f.read_in_run)
                for f in session.scalars(select(FileRow).where(FileRow.application_id == app_id))
            }
            for table in CURRENT_STATE:
                session.execute(delete(table).where(table.application_id == app_id))
            session.add(
                ApplicationRow(
                    application_id=app_id,
                    type=result.type,
                    corporation=result.corporation,
                    tenancy_id=evaluation.tenancy_id,
                    submitted_on=evaluation.submitted_on,
                    decision=result.decision.value,
                    inputs_sha256=evaluation.inputs_sha256,
                    policy_sha256=evaluation.policy_sha256,
                    aanvraag_json=evaluation.aanvraag_json,
                    register_json=evaluation.register_json,
                    result_json=result.model_dump_json(),
                    run_id=run_id,
                    evaluated_at=now,
                )
            )
            levels: tuple[list, list, list] = ([], [], [])  # files, documents, fields: parents first
            for name, (sha, file_result) in evaluation.files.items():
                earlier = previous_reads.get(name)
                read_in = run_id if name in evaluation.files_read or earlier is None or earlier[0] != sha else earlier[1]
                for level, rows in zip(levels, _file_rows(app_id, name, sha, file_result, read_in)):
                    level.extend(rows)
            for rows in levels:  # without ORM relationships the flush order must be made explicit
                session.flush()
                session.add_all(rows)
            session.add_all(
                CheckRow(
                    application_id=app_id,
                    check_id=check_id,
                    status=check.status.value,
                    reason=check.reason,
                    evidence_json=json.dumps([e.model_dump(mode="json") for e in check.evidence], ensure_ascii=False),
                    low_confidence=check.low_confidence,
                )
                for check_id, check in result.checks.items()
            )
            session.add(
                DecisionRow(
                    application_id=app_id,
                    run_id=run_id,
                    decision=result.decision.value,
                    inputs_sha256=evaluation.inputs_sha256,
                    policy_sha256=evaluation.policy_sha256,
                    decided_at=now,
                )
            )
        return True


def _stored_sheets(result_json: str | None) -> dict[tuple[str, int], tuple]:
    """(file, document index) -> the reader's page records of that document in a stored
    result: the review application draws pages with them; a re-evaluation keeps them."""
    if not result_json:
        return {}
    seen: dict[str | None, int] = {}
    sheets = {}
    for doc in ApplicationResult.model_validate_json(result_json).documents:
        index = seen.get(doc.file, 0)
        seen[doc.file] = index + 1
        sheets[doc.file or "", index] = doc.sheets
    return sheets


def _file_rows(app_id: str, name: str, sha: str, result: FileResult, run_id: int) -> tuple[list, list, list]:
    """The `files`, `documents` and `fields` rows of one input file's extraction."""
    file_row = FileRow(
        application_id=app_id,
        file=name,
        sha256=sha,
        extractor_version=EXTRACTOR_VERSION,
        errors_json=json.dumps([e.model_dump(mode="json") for e in result.errors], ensure_ascii=False),
        read_in_run=run_id,
    )
    documents, fields = [], []
    for index, doc in enumerate(result.documents):
        documents.append(
            DocumentRow(
                application_id=app_id,
                file=name,
                document_index=index,
                doc_type=doc.doc_type.value,
                pages=",".join(map(str, doc.pages)),
                confidence=doc.confidence,
                ocr=doc.ocr,
                attachment=doc.attachment,
            )
        )
        for field_name, field in doc.fields.items():
            x0, top, x1, bottom = field.bbox if field.bbox is not None else (None, None, None, None)
            fields.append(
                FieldRow(
                    application_id=app_id,
                    file=name,
                    document_index=index,
                    name=field_name,
                    value_json=json.dumps(field.value, ensure_ascii=False),
                    confidence=field.confidence,
                    page=field.page,
                    x0=x0,
                    top=top,
                    x1=x1,
                    bottom=bottom,
                )
            )
    return [file_row], documents, fields


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except (SQLAlchemyError, ValueError):
        return "(an unreadable URL)"


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [""])[0]
