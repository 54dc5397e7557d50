"""The results database (CONTRACT.md §1): SQLite by default, any SQLAlchemy URL.

One application is saved in one transaction that replaces its previous rows, so a
re-run never duplicates anything. Each input file is stored with its SHA-256 and the
extraction it gave; a re-run finds an unchanged file there and is not OCR'd again
(unless the extractor version changed).
"""

from __future__ import annotations

import json
from importlib.metadata import PackageNotFoundError, version

from sqlalchemy import Float, Integer, String, Text, create_engine, delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from woondossier.model import ApplicationResult, FileResult
from woondossier.output import application_json

try:
    EXTRACTOR_VERSION = version("woondossier")
except PackageNotFoundError:  # running from a source tree without an install
    EXTRACTOR_VERSION = "dev"


class Base(DeclarativeBase):
    pass


class ApplicationRow(Base):
    __tablename__ = "applications"
    application_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    type: Mapped[str] = mapped_column(String(40))
    corporation: Mapped[str] = mapped_column(String(40))
    decision: Mapped[str] = mapped_column(String(20))
    result_json: Mapped[str] = mapped_column(Text)


class DocumentFileRow(Base):
    __tablename__ = "document_files"
    application_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    file: Mapped[str] = mapped_column(String(500), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    extractor_version: Mapped[str] = mapped_column(String(40))
    file_result_json: Mapped[str] = mapped_column(Text)


class FieldRow(Base):
    __tablename__ = "fields"
    application_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    file: Mapped[str] = mapped_column(String(500), primary_key=True)
    document_index: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    doc_type: Mapped[str] = mapped_column(String(40))
    value_json: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    page: Mapped[int | None] = mapped_column(Integer, nullable=True)


class CheckRow(Base):
    __tablename__ = "checks"
    application_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    check_id: Mapped[str] = mapped_column(String(60), primary_key=True)
    status: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text)


_PER_APPLICATION = (ApplicationRow, DocumentFileRow, FieldRow, CheckRow)


class Store:
    def __init__(self, url: str) -> None:
        self.engine: Engine = create_engine(url)
        Base.metadata.create_all(self.engine)

    def cached_files(self, application_id: str) -> dict[str, tuple[str, FileResult]]:
        """file -> (sha256, extraction) stored for an application by this extractor version."""
        with Session(self.engine) as session:
            rows = session.scalars(
                select(DocumentFileRow).where(
                    DocumentFileRow.application_id == application_id,
                    DocumentFileRow.extractor_version == EXTRACTOR_VERSION,
                )
            )
            return {r.file: (r.sha256, FileResult.model_validate_json(r.file_result_json)) for r in rows}

    def save(self, result: ApplicationResult, files: dict[str, tuple[str, FileResult]]) -> None:
        """Replace everything stored for this application by `result`, in one transaction."""
        app_id = result.application_id
        with Session(self.engine) as session, session.begin():
            for table in _PER_APPLICATION:
                session.execute(delete(table).where(table.application_id == app_id))
            session.add(
                ApplicationRow(
                    application_id=app_id,
                    type=result.type,
                    corporation=result.corporation,
                    decision=result.decision.value,
                    result_json=json.dumps(application_json(result), ensure_ascii=False),
                )
            )
            for name, (sha, file_result) in files.items():
                session.add(
                    DocumentFileRow(
                        application_id=app_id,
                        file=name,
                        sha256=sha,
                        extractor_version=EXTRACTOR_VERSION,
                        file_result_json=file_result.model_dump_json(),
                    )
                )
                for index, doc in enumerate(file_result.documents):
                    for field_name, field in doc.fields.items():
                        session.add(
                            FieldRow(
                                application_id=app_id,
                                file=name,
                                document_index=index,
                                name=field_name,
                                doc_type=doc.doc_type.value,
                                value_json=json.dumps(field.value, ensure_ascii=False),
                                confidence=field.confidence,
                                page=field.page,
                            )
                        )
            for check_id, check in result.checks.items():
                session.add(
                    CheckRow(application_id=app_id, check_id=check_id, status=check.status.value, reason=check.reason)
                )

    def counts(self) -> dict[str, int]:
        """Rows per table (for operations and for the idempotency tests)."""
        with Session(self.engine) as session:
            return {t.__tablename__: session.query(t).count() for t in _PER_APPLICATION}
