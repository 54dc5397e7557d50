"""One application as the analyst's page shows it: checks, documents, pages with boxes, audit.

BSNs are masked to their last three digits unless the analyst revealed that very
field (`revealed` holds its key; revealing is logged by `review.actions.reveal_bsn`).
Reasons pass through `mask_numbers` as in the workbook.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from review.audit import trail
from review.values import NOT_EDITABLE, shown
from woondossier.errors import ReviewError
from woondossier.model import ApplicationResult, Document, Sheet
from woondossier.privacy import mask_numbers
from woondossier.schema import ApplicationRow, AuditRow, FileRow, ReviewStateRow

LOW_CONFIDENCE = 0.80  # the policies' field_confidence_threshold; shown, not decided on, here


@dataclass(frozen=True)
class FieldView:
    key: str  # "file|document_index|name": the field's address in forms and reveals
    dom_id: str
    file: str
    document_index: int
    name: str
    text: str  # what the page shows: masked when it holds a BSN not revealed
    form_value: str | None  # what the correction form starts with; None when not editable here
    confidence: float
    page: int | None
    bbox: tuple[float, float, float, float] | None
    has_bsn: bool
    revealed: bool

    @property
    def low(self) -> bool:
        return self.confidence < LOW_CONFIDENCE


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    width: float
    height: float
    dom_id: str  # the field drawn, or "" for an evidence box of a check
    check: str = ""  # the check whose evidence this is


@dataclass
class PageView:
    file: str
    page: int
    fields: list[Box] = field(default_factory=list)
    evidence: list[Box] = field(default_factory=list)


@dataclass(frozen=True)
class CheckView:
    check_id: str
    status: str
    reason: str
    low_confidence: bool
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Dossier:
    application_id: str
    type: str
    corporation: str
    submitted_on: str | None
    pipeline_decision: str
    decision: str  # in force: the override, else the pipeline's
    state: ReviewStateRow | None
    aanvraag: dict[str, Any]
    checks: list[CheckView]
    documents: list[tuple[Document, int, list[FieldView]]]  # document, its index within its file, its fields
    pages: list[PageView]
    errors: list[str]
    audit: list[AuditRow]


def field_key(file: str, document_index: int, name: str) -> str:
    return f"{file}|{document_index}|{name}"


def parse_key(key: str) -> tuple[str, int, str]:
    parts = key.rsplit("|", 2)
    if len(parts) != 3 or not parts[1].isdigit():
        raise ReviewError(f"not a field address: {key!r}")
    return parts[0], int(parts[1]), parts[2]


def documents_by_file(result: ApplicationResult) -> list[tuple[Document, int]]:
    """Each document with its index within its file, as the `documents` rows number them."""
    seen: dict[str | None, int] = {}
    indexed = []
    for doc in result.documents:
        indexed.append((doc, seen.get(doc.file, 0)))
        seen[doc.file] = seen.get(doc.file, 0) + 1
    return indexed


def dossier(engine: Engine, application_id: str, revealed: frozenset[str] = frozenset()) -> Dossier:
    with Session(engine) as session:
        app = session.get(ApplicationRow, application_id)
        if app is None:
            raise ReviewError(f"no application {application_id!r} in the database")
        state = session.get(ReviewStateRow, application_id)
        session.expunge_all()
        files = set(session.scalars(select(FileRow.file).where(FileRow.application_id == application_id)))
    result = ApplicationResult.model_validate_json(app.result_json)
    documents, pages = [], {}
    field_ids: dict[tuple[str | None, str], list[FieldView]] = {}
    for n, (doc, index) in enumerate(documents_by_file(result)):
        views = [_field_view(doc, index, n, name, revealed) for name in doc.fields]
        documents.append((doc, index, views))
        for page in doc.pages:
            if doc.file in files and doc.attachment is None:
                pages.setdefault((doc.file, page), PageView(doc.file, page))
        for view in views:
            field_ids.setdefault((doc.file, view.name), []).append(view)
            if view.bbox and view.page and (doc.file, view.page) in pages:
                pages[doc.file, view.page].fields.append(_box(view.bbox, view.dom_id))
    checks = []
    for check_id, check in result.checks.items():
        where = []
        for ev in check.evidence:
            where.append(_evidence_text(ev))
            boxes = [(ev.page, ev.bbox)] if ev.bbox and ev.page else [
                (v.page, v.bbox) for v in field_ids.get((ev.file, ev.field or ""), []) if v.bbox and v.page
            ]
            for page, bbox in boxes:
                if (ev.file, page) in pages:
                    pages[ev.file, page].evidence.append(_box(bbox, "", check_id))
        checks.append(CheckView(check_id, check.status.value, mask_numbers(check.reason), check.low_confidence, tuple(where)))
    return Dossier(
        application_id=app.application_id,
        type=app.type,
        corporation=app.corporation,
        submitted_on=app.submitted_on.isoformat() if app.submitted_on else None,
        pipeline_decision=app.decision,
        decision=(state.override_decision if state and state.override_decision else app.decision),
        state=state,
        aanvraag=json.loads(app.aanvraag_json) if app.aanvraag_json else {},
        checks=checks,
        documents=documents,
        pages=sorted(pages.values(), key=lambda p: (p.file, p.page)),
        errors=[mask_numbers(f"{e.file}{f' p.{e.page}' if e.page else ''}: {e.error}") for e in result.errors],
        audit=trail(engine, application_id),
    )


def bsn_boxes(engine: Engine, application_id: str, file: str, page: int) -> tuple[tuple[float, float, float, float], ...]:
    """The boxes of the `bsn` fields read on one page of a file: blacked out on its image."""
    with Session(engine) as session:
        app = session.get(ApplicationRow, application_id)
    if app is None:
        return ()
    result = ApplicationResult.model_validate_json(app.result_json)
    return tuple(
        tuple(f.bbox)
        for doc in result.documents
        if doc.file == file
        for name, f in doc.fields.items()
        if name == "bsn" and f.page == page and f.bbox and f.value is not None
    )


def page_sheet(engine: Engine, application_id: str, file: str, page: int) -> Sheet | None:
    """The reader's record of one page (geometry, BSN-like numbers, failed reading), or
    None for a result stored before pages carried one."""
    with Session(engine) as session:
        app = session.get(ApplicationRow, application_id)
    if app is None:
        return None
    result = ApplicationResult.model_validate_json(app.result_json)
    for doc in result.documents:
        if doc.file == file and doc.attachment is None:
            for sheet in doc.sheets:
                if sheet.page == page:
                    return sheet
    return None


def revealed_files(keys) -> set[str]:
    """The files of which the analyst revealed a BSN: their pages are shown without black boxes."""
    return {parse_key(key)[0] for key in keys}


def _field_view(doc: Document, index: int, n: int, name: str, revealed: frozenset[str]) -> FieldView:
    f = doc.fields[name]
    key = field_key(doc.file or "", index, name)
    has_bsn = name == "bsn" or (name == "persons" and any(isinstance(p, dict) and p.get("bsn") for p in f.value or []))
    show = key in revealed
    return FieldView(
        key=key,
        dom_id=f"f{n}-{name}",
        file=doc.file or "",
        document_index=index,
        name=name,
        text=_text(name, f.value, show),
        form_value=None if name in NOT_EDITABLE else ("" if name == "bsn" and not show else shown(f.value)),
        confidence=f.confidence,
        page=f.page,
        bbox=tuple(f.bbox) if f.bbox else None,
        has_bsn=has_bsn and f.value is not None,
        revealed=show,
    )


def mask_bsn(value: str) -> str:
    """A BSN as the page shows it until revealed: its last three digits.

    >>> mask_bsn("111222333")
    '******333'
    """
    return "*" * max(len(value) - 3, 0) + value[-3:]


def _text(name: str, value: Any, reveal: bool) -> str:
    if value is None:
        return "—"
    if name == "bsn":
        return str(value) if reveal else mask_bsn(str(value))
    if name == "persons" and isinstance(value, list):
        people = []
        for p in value:
            if not isinstance(p, dict):
                continue
            bsn = p.get("bsn")
            number = "" if not bsn else f", BSN {bsn if reveal else mask_bsn(str(bsn))}"
            people.append(f"{p.get('name')} ({p.get('birth_date') or '?'}{number}; sinds {p.get('registered_since') or '?'})")
        return "; ".join(people)
    return mask_numbers(shown(value))


def _box(bbox, dom_id: str, check: str = "") -> Box:
    x0, top, x1, bottom = bbox
    return Box(x0, top, max(x1 - x0, 1.0), max(bottom - top, 1.0), dom_id, check)


def _evidence_text(ev) -> str:
    if ev.source:
        return f"{ev.source}{': ' + ev.field if ev.field else ''}"
    page = f" p.{ev.page}" if ev.page else ""
    return mask_numbers(f"{ev.file or 'document'}{page}{': ' + ev.field if ev.field else ''}")
