"""The tables of the results database, as SQLAlchemy models.

    runs           one row per `woondossier run`: when, which inbox, what it did
    applications   one row per application: its registration, the inputs' fingerprint,
                   the policy it was checked under, its current decision and result
    files          one row per input file of an application, with its SHA-256
    documents      one row per document found in a file (a scanned batch holds several)
    fields         one row per extracted field of a document
    checks         one row per check of an application's current result
    decisions      one row per time an application was decided (its history)

The review application (`review/`, `woondossier review`) adds its own tables:

    users          analysts' accounts, with argon2 password hashes
    settings       the review application's settings (no longer its session key: see review/keys.py)
    review_states  one row per application an analyst acted on: override, handled
    corrections    one row per field value an analyst corrected
    audit_log      one row per analyst action: who, when, what, before and after
    review_sessions  one row per logged-in session (by the SHA-256 of its token); logout deletes it
    login_failures   one row per failed login, by account and address, for the login throttle

`applications`, `files`, `documents`, `fields` and `checks` hold an application's
current state: a new evaluation replaces them in one transaction. `runs` and
`decisions` are logs: a run that finds nothing new adds its own `runs` row only.

The schema is created and changed only by the Alembic migrations in
`woondossier/migrations/versions/`; a test keeps these models and the migrations equal.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ID = String(100)
FILE = String(500)
SHA256 = String(64)


class Base(DeclarativeBase):
    pass


class RunRow(Base):
    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    inbox: Mapped[str] = mapped_column(String(1000))
    reevaluate: Mapped[bool] = mapped_column(Boolean)
    applications: Mapped[int | None] = mapped_column(Integer, nullable=True)  # in the inbox
    evaluated: Mapped[int | None] = mapped_column(Integer, nullable=True)  # checked anew by this run
    files_read: Mapped[int | None] = mapped_column(Integer, nullable=True)  # read (OCR'd) by this run


class ApplicationRow(Base):
    __tablename__ = "applications"
    application_id: Mapped[str] = mapped_column(ID, primary_key=True)
    type: Mapped[str] = mapped_column(String(40))
    corporation: Mapped[str] = mapped_column(String(40))
    tenancy_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    submitted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision: Mapped[str] = mapped_column(String(20))
    inputs_sha256: Mapped[str] = mapped_column(SHA256)
    policy_sha256: Mapped[str | None] = mapped_column(SHA256, nullable=True)
    aanvraag_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    register_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    result_json: Mapped[str] = mapped_column(Text)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"))
    evaluated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class FileRow(Base):
    __tablename__ = "files"
    application_id: Mapped[str] = mapped_column(
        ID, ForeignKey("applications.application_id", ondelete="CASCADE"), primary_key=True
    )
    file: Mapped[str] = mapped_column(FILE, primary_key=True)
    sha256: Mapped[str] = mapped_column(SHA256, index=True)
    extractor_version: Mapped[str] = mapped_column(String(40))
    errors_json: Mapped[str] = mapped_column(Text)
    read_in_run: Mapped[int] = mapped_column(ForeignKey("runs.id"))


class DocumentRow(Base):
    __tablename__ = "documents"
    __table_args__ = (
        ForeignKeyConstraint(
            ["application_id", "file"], ["files.application_id", "files.file"], ondelete="CASCADE"
        ),
    )
    application_id: Mapped[str] = mapped_column(ID, primary_key=True)
    file: Mapped[str] = mapped_column(FILE, primary_key=True)
    document_index: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    doc_type: Mapped[str] = mapped_column(String(40))
    pages: Mapped[str] = mapped_column(String(200))  # "1,2": 1-based pages within the file
    confidence: Mapped[float] = mapped_column(Float)
    ocr: Mapped[bool] = mapped_column(Boolean)
    attachment: Mapped[str | None] = mapped_column(FILE, nullable=True)


class FieldRow(Base):
    __tablename__ = "fields"
    __table_args__ = (
        ForeignKeyConstraint(
            ["application_id", "file", "document_index"],
            ["documents.application_id", "documents.file", "documents.document_index"],
            ondelete="CASCADE",
        ),
    )
    application_id: Mapped[str] = mapped_column(ID, primary_key=True)
    file: Mapped[str] = mapped_column(FILE, primary_key=True)
    document_index: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)  # JSON: null when the field could not be read
    confidence: Mapped[float] = mapped_column(Float)
    page: Mapped[int | None] = mapped_column(Integer, nullable=True)
    x0: Mapped[float | None] = mapped_column(Float, nullable=True)
    top: Mapped[float | None] = mapped_column(Float, nullable=True)
    x1: Mapped[float | None] = mapped_column(Float, nullable=True)
    bottom: Mapped[float | None] = mapped_column(Float, nullable=True)


class CheckRow(Base):
    __tablename__ = "checks"
    application_id: Mapped[str] = mapped_column(
        ID, ForeignKey("applications.application_id", ondelete="CASCADE"), primary_key=True
    )
    check_id: Mapped[str] = mapped_column(String(60), primary_key=True)
    status: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text)
    evidence_json: Mapped[str] = mapped_column(Text)
    low_confidence: Mapped[bool] = mapped_column(Boolean)


class DecisionRow(Base):
    __tablename__ = "decisions"
    __table_args__ = (Index("ix_decisions_application", "application_id", "decided_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    application_id: Mapped[str] = mapped_column(ID)  # no foreign key: history outlives a purge
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"))
    decision: Mapped[str] = mapped_column(String(20))
    inputs_sha256: Mapped[str] = mapped_column(SHA256)
    policy_sha256: Mapped[str | None] = mapped_column(SHA256, nullable=True)
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class UserRow(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SettingRow(Base):
    __tablename__ = "settings"
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ReviewStateRow(Base):
    """An analyst's standing verdict on an application; no foreign key: a run replaces `applications` rows."""

    __tablename__ = "review_states"
    application_id: Mapped[str] = mapped_column(ID, primary_key=True)
    override_decision: Mapped[str | None] = mapped_column(String(20), nullable=True)
    override_note: Mapped[str | None] = mapped_column(Text, nullable=True)
    override_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    override_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    handled_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    handled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class CorrectionRow(Base):
    __tablename__ = "corrections"
    __table_args__ = (Index("ix_corrections_application", "application_id", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    application_id: Mapped[str] = mapped_column(ID)
    file: Mapped[str] = mapped_column(FILE)
    document_index: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(60))
    before_json: Mapped[str] = mapped_column(Text)
    after_json: Mapped[str] = mapped_column(Text)
    user: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AuditRow(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_application", "application_id", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    user: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    application_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    target: Mapped[str | None] = mapped_column(String(600), nullable=True)
    before: Mapped[str | None] = mapped_column(Text, nullable=True)
    after: Mapped[str | None] = mapped_column(Text, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class ReviewSessionRow(Base):
    """A logged-in analyst's session; the cookie holds the token, the table only its SHA-256."""

    __tablename__ = "review_sessions"
    __table_args__ = (Index("ix_review_sessions_user", "user"),)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user: Mapped[str] = mapped_column(String(100))
    csrf: Mapped[str] = mapped_column(String(64))
    revealed_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class LoginFailureRow(Base):
    __tablename__ = "login_failures"
    __table_args__ = (
        Index("ix_login_failures_account", "account", "at"),
        Index("ix_login_failures_address", "address", "at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    account: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(100))


CURRENT_STATE = (FieldRow, DocumentRow, FileRow, CheckRow, ApplicationRow)
"""An application's current rows, children first (the order to delete them in)."""
