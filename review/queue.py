"""The queue: applications needing an analyst, filtered, oldest first, with counts.

An application needs action when its decision (an analyst's override, else the
pipeline's) is fail, incomplete or review and nobody has marked it handled.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import and_, exists, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from woondossier.schema import ApplicationRow, CheckRow, ReviewStateRow

NEEDS_ACTION = ("fail", "incomplete", "review")


@dataclass(frozen=True)
class QueueFilter:
    decision: str | None = None
    type: str | None = None
    corporation: str | None = None
    check: str | None = None  # a check that fails
    since: date | None = None  # submitted on or after
    until: date | None = None  # submitted on or before
    handled: bool = False  # show the handled ones instead of the open ones


@dataclass(frozen=True)
class QueueRow:
    application_id: str
    type: str
    corporation: str
    submitted_on: date | None
    decision: str  # the one in force: the override, else the pipeline's
    pipeline_decision: str
    overridden: bool
    failed_checks: tuple[str, ...]


@dataclass(frozen=True)
class Queue:
    rows: list[QueueRow]
    counts: dict[str, int]  # per decision, under every filter but the decision's
    options: dict[str, list[str]] = field(default_factory=dict)  # the values each filter can take


def queue(engine: Engine, wanted: QueueFilter) -> Queue:
    in_force = func.coalesce(ReviewStateRow.override_decision, ApplicationRow.decision)
    base = (
        select(  # the columns the queue shows, not the stored results (large texts) of every application
            ApplicationRow.application_id, ApplicationRow.type, ApplicationRow.corporation, ApplicationRow.submitted_on,
            ApplicationRow.decision, ReviewStateRow.override_decision, in_force.label("in_force"),
        )  # fmt: skip
        .outerjoin(ReviewStateRow, ReviewStateRow.application_id == ApplicationRow.application_id)
        .where(in_force.in_(NEEDS_ACTION))
        .where(ReviewStateRow.handled_at.is_not(None) if wanted.handled else ReviewStateRow.handled_at.is_(None))
    )
    for column, value in ((ApplicationRow.type, wanted.type), (ApplicationRow.corporation, wanted.corporation)):
        if value:
            base = base.where(column == value)
    if wanted.check:
        base = base.where(
            exists().where(
                and_(
                    CheckRow.application_id == ApplicationRow.application_id,
                    CheckRow.check_id == wanted.check,
                    CheckRow.status == "fail",
                )
            )
        )
    if wanted.since:
        base = base.where(ApplicationRow.submitted_on >= wanted.since)
    if wanted.until:
        base = base.where(ApplicationRow.submitted_on <= wanted.until)
    with Session(engine) as session:
        counts = Counter(session.scalars(select(base.subquery().c.in_force)))
        query = base.where(in_force == wanted.decision) if wanted.decision else base
        query = query.order_by(ApplicationRow.submitted_on.is_(None), ApplicationRow.submitted_on, ApplicationRow.application_id)
        found = session.execute(query).all()
        failed: dict[str, list[str]] = {}
        for app_id, check_id in session.execute(
            select(CheckRow.application_id, CheckRow.check_id).where(CheckRow.status == "fail").order_by(CheckRow.check_id)
        ):
            failed.setdefault(app_id, []).append(check_id)
        options = {
            "decision": list(NEEDS_ACTION),
            "type": sorted(session.scalars(select(ApplicationRow.type).distinct())),
            "corporation": sorted(session.scalars(select(ApplicationRow.corporation).distinct())),
            "check": sorted(session.scalars(select(CheckRow.check_id).where(CheckRow.status == "fail").distinct())),
        }
    rows = [
        QueueRow(
            application_id=row.application_id,
            type=row.type,
            corporation=row.corporation,
            submitted_on=row.submitted_on,
            decision=row.in_force,
            pipeline_decision=row.decision,
            overridden=row.override_decision is not None,
            failed_checks=tuple(failed.get(row.application_id, ())),
        )
        for row in found
    ]
    return Queue(rows=rows, counts={d: counts.get(d, 0) for d in NEEDS_ACTION}, options=options)
