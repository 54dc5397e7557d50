"""Retention: remove the documents' data of applications past their retention period.

`woondossier purge --db URL --older-than 90d` removes, for every application whose
last evaluation (`applications.evaluated_at`) is older than the cut-off, everything
the database holds that came out of its documents or the analysts' work on them:

    fields, documents, files, checks, applications   its current state (values, evidence,
                                                     names, aanvraag.json, register row)
    corrections                                      field values an analyst typed
    review_states                                    override notes and who handled it
    audit_log                                        rows stay (who did what, when), but
                                                     their texts (targets, values before
                                                     and after, notes) are cleared

`decisions` (which application was decided what, when, on which fingerprints) and
`runs` stay: that history outlives a purge, which is why `decisions` has no foreign
key to `applications`. A purged application is unknown to the next run, so when its
folder is still in the inbox it is read again as a new application.

Every statement picks its rows by the same sub-query on `applications`, in one
transaction, children before parents, so the foreign keys hold on SQLite and
PostgreSQL alike; an application a concurrent run saves again in the meantime gets a
new `evaluated_at` and is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from woondossier.schema import CURRENT_STATE, ApplicationRow, AuditRow, CorrectionRow, FileRow, ReviewStateRow

_DAYS = re.compile(r"(\d{1,5})d")
_DECISION_WORDS_ONLY = ("override", "handled")  # audit actions whose before/after are decisions or states, no values


def parse_age(text: str) -> timedelta:
    """A retention period as operations writes it: a number of days followed by `d`.

    >>> parse_age("90d")
    datetime.timedelta(days=90)
    >>> parse_age("3 months")
    Traceback (most recent call last):
    ...
    ValueError: not a retention period like 90d or 30d: '3 months'
    """
    match = _DAYS.fullmatch(text.strip())
    if match is None or int(match.group(1)) == 0:
        raise ValueError(f"not a retention period like 90d or 30d: {text!r}")
    return timedelta(days=int(match.group(1)))


@dataclass(frozen=True)
class Purged:
    """What a purge did: the cut-off, the applications whose data went, and rows per table."""

    cutoff: datetime
    application_ids: tuple[str, ...]
    removed: dict[str, int]  # table -> rows deleted
    cleared: dict[str, int]  # table -> rows kept with their personal texts emptied
    file_sha256s: tuple[str, ...] = ()  # the purged applications' files, for the review app's page cache


def purge(engine: Engine, older_than: timedelta, now: datetime | None = None, dry_run: bool = False) -> Purged:
    """Remove the documents' data of applications last evaluated before `now - older_than`.

    With `dry_run` everything is counted in the same transaction and then rolled back.
    """
    cutoff = (now or datetime.now(timezone.utc)) - older_than
    expired = select(ApplicationRow.application_id).where(ApplicationRow.evaluated_at < cutoff)
    removed: dict[str, int] = {}
    with Session(engine) as session:
        with session.begin():
            ids = tuple(session.scalars(expired.order_by(ApplicationRow.application_id)))
            shas = tuple(sorted(set(session.scalars(select(FileRow.sha256).where(FileRow.application_id.in_(expired.scalar_subquery()))))))
            for table in (CorrectionRow, ReviewStateRow, *CURRENT_STATE):  # CURRENT_STATE ends with applications
                removed[table.__tablename__] = _rowcount(
                    session.execute(delete(table).where(table.application_id.in_(expired.scalar_subquery())))
                )
            cleared = _clear_audit_texts(session, ids)
            if dry_run:
                session.rollback()
    return Purged(cutoff=cutoff, application_ids=ids, removed=removed, cleared={"audit_log": cleared}, file_sha256s=shas)


def _clear_audit_texts(session: Session, ids: tuple[str, ...]) -> int:
    """Keep the purged applications' audit rows (who, when, which action) without their texts.

    Runs after `applications` is gone, so it goes by the ids read at the start; chunks
    keep each statement's parameter list within every database's limits.
    """
    cleared = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        personal = AuditRow.application_id.in_(chunk)
        cleared += _rowcount(session.execute(update(AuditRow).where(personal).values(target=None, note=None)))
        session.execute(
            update(AuditRow)
            .where(personal, AuditRow.action.not_in(_DECISION_WORDS_ONLY))
            .values(before=None, after=None)
        )
    return cleared


def _rowcount(result) -> int:
    return max(result.rowcount or 0, 0)
