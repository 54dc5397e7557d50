"""The analyst's actions, each in one transaction with its audit row.

correct_field   a misread value is replaced; the application's checks run again at
                once from its stored fields plus the correction (no file is read), and
                the new result replaces the current one in `applications`, `checks`
                and `fields` (the corrected field gets confidence 1.0: a person read it).
                The old value stays in `corrections` and the audit log. A later run
                keeps the correction as long as the application's files are unchanged.
override        the analyst's decision, with a mandatory note, in `review_states`;
                the pipeline's own decision stays as it was.
handled         the application leaves the queue.
reveal_bsn      a BSN is shown in full; only the fact is logged, never the number.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import delete, update
from sqlalchemy.orm import Session
from sqlalchemy.engine import Engine

from review.audit import record
from review.dossier import documents_by_file, parse_key
from review.values import parse_value, shown
from validators import Application, Register, RegisterRow, decide, gather_facts, load_policy, run_checks
from woondossier.errors import ReviewError
from woondossier.inbox import REGISTER_FILE
from woondossier.model import ApplicationResult, Decision, Field
from woondossier.schema import ApplicationRow, CheckRow, CorrectionRow, FieldRow, ReviewStateRow

DECISIONS = tuple(d.value for d in Decision)


def correct_field(engine: Engine, application_id: str, key: str, text: str, user: str) -> tuple[str, str]:
    """Correct one field and re-check the application; returns (decision before, decision after)."""
    file, index, name = parse_key(key)
    value = parse_value(name, text)
    with Session(engine) as session, session.begin():
        app = _application(session, application_id)
        if app.aanvraag_json is None:
            raise ReviewError("this application's aanvraag.json could not be used, so it cannot be checked again")
        result = ApplicationResult.model_validate_json(app.result_json)
        documents = [doc for doc, _ in documents_by_file(result)]
        position = next((n for n, (doc, i) in enumerate(documents_by_file(result)) if doc.file == file and i == index), None)
        if position is None or name not in documents[position].fields:
            raise ReviewError(f"no field {name} in document {index} of {file}")
        old = documents[position].fields[name]
        if old.value == value:
            raise ReviewError(f"{name} has this value already; nothing to correct")
        application = Application.model_validate_json(app.aanvraag_json)
        policy = load_policy(app.corporation)
        register = _register(app, application, result, policy)
        corrected = Field(value=value, confidence=1.0, page=old.page, bbox=old.bbox)
        documents[position] = documents[position].model_copy(
            update={"fields": {**documents[position].fields, name: corrected}}
        )
        checks = run_checks(gather_facts(application, documents, register), policy)
        decision = decide(checks)
        new = result.model_copy(update={"documents": tuple(documents), "checks": checks, "decision": decision})
        before = app.decision
        app.decision, app.result_json = decision.value, new.model_dump_json()
        session.execute(delete(CheckRow).where(CheckRow.application_id == application_id))
        session.add_all(
            CheckRow(
                application_id=application_id, check_id=check_id, status=check.status.value, reason=check.reason,
                evidence_json=json.dumps([e.model_dump(mode="json") for e in check.evidence], ensure_ascii=False),
                low_confidence=check.low_confidence,
            )
            for check_id, check in checks.items()
        )  # fmt: skip
        session.execute(
            update(FieldRow)
            .where(FieldRow.application_id == application_id, FieldRow.file == file,
                   FieldRow.document_index == index, FieldRow.name == name)  # fmt: skip
            .values(value_json=json.dumps(value, ensure_ascii=False), confidence=1.0)
        )
        now = datetime.now(timezone.utc)
        session.add(
            CorrectionRow(application_id=application_id, file=file, document_index=index, name=name,
                          before_json=json.dumps(old.value, ensure_ascii=False),
                          after_json=json.dumps(value, ensure_ascii=False), user=user, at=now)
        )  # fmt: skip
        record(session, user, "correct_field", application_id, target=f"{file} document {index}: {name}",
               before=f"{name} = {shown(old.value) or '(leeg)'}; decision {before}",
               after=f"{name} = {shown(value) or '(leeg)'}; decision {decision.value}")  # fmt: skip
    return before, decision.value


def override_decision(engine: Engine, application_id: str, decision: str, note: str, user: str) -> None:
    note = note.strip()
    if not note:
        raise ReviewError("an override needs a note saying why")
    if decision not in DECISIONS:
        raise ReviewError(f"not a decision: {decision!r}; one of {', '.join(DECISIONS)}")
    with Session(engine) as session, session.begin():
        app = _application(session, application_id)
        state = _state(session, application_id)
        before = state.override_decision or app.decision
        state.override_decision, state.override_note = decision, note
        state.override_by, state.override_at = user, datetime.now(timezone.utc)
        record(session, user, "override", application_id, target="decision", before=before, after=decision, note=note)


def mark_handled(engine: Engine, application_id: str, user: str) -> None:
    with Session(engine) as session, session.begin():
        _application(session, application_id)
        state = _state(session, application_id)
        if state.handled_at is not None:
            raise ReviewError(f"{application_id} was marked handled already by {state.handled_by}")
        state.handled_by, state.handled_at = user, datetime.now(timezone.utc)
        record(session, user, "handled", application_id, before="open", after="handled")


def reveal_bsn(engine: Engine, application_id: str, key: str, user: str) -> str:
    """Log that `user` has the BSN of field `key` shown; returns the key to remember in the session."""
    file, index, name = parse_key(key)
    if name not in ("bsn", "persons"):
        raise ReviewError(f"{name} holds no BSN")
    with Session(engine) as session, session.begin():
        result = ApplicationResult.model_validate_json(_application(session, application_id).result_json)
        if not any(doc.file == file and i == index and name in doc.fields for doc, i in documents_by_file(result)):
            raise ReviewError(f"no field {name} in document {index} of {file}")
        record(session, user, "reveal_bsn", application_id, target=f"{file} document {index}: {name}")
    return key


def _application(session: Session, application_id: str) -> ApplicationRow:
    app = session.get(ApplicationRow, application_id)
    if app is None:
        raise ReviewError(f"no application {application_id!r} in the database")
    return app


def _state(session: Session, application_id: str) -> ReviewStateRow:
    state = session.get(ReviewStateRow, application_id)
    if state is None:
        state = ReviewStateRow(application_id=application_id)
        session.add(state)
    return state


def _register(app: ApplicationRow, application: Application, result: ApplicationResult, policy) -> Register | None:
    """The register as the pipeline saw it for this application.

    The database keeps the application's register row, not whether a register was given
    at all when there was none: of the two readings, the one that gives back the stored
    checks from the stored fields is the one the pipeline had.
    """
    name = next(
        (e.file for c in result.checks.values() for e in c.evidence if e.source == "register" and e.file), REGISTER_FILE
    )
    if app.register_json:
        row = RegisterRow.model_validate_json(app.register_json)
        return Register(file=name, rows={row.tenancy_id: row})
    candidates = (None, Register(file=name, rows={}))
    for candidate in candidates:
        if run_checks(gather_facts(application, result.documents, candidate), policy) == result.checks:
            return candidate
    return candidates[0]
