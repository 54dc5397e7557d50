"""The audit log: one row per analyst action (who, when, what, before and after).

Every text goes through `mask_numbers`, so a BSN never lands in the log in full,
whatever the analyst corrected or revealed.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from woondossier.privacy import mask_numbers
from woondossier.schema import AuditRow

ACTIONS = ("login", "login_failed", "login_throttled", "logout", "reveal_bsn", "correct_field", "override", "handled")


def record(
    session: Session,
    user: str,
    action: str,
    application_id: str | None = None,
    target: str | None = None,
    before: str | None = None,
    after: str | None = None,
    note: str | None = None,
) -> None:
    """Add an audit row within the caller's transaction, so the action and its record commit together."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    masked = [None if text is None else mask_numbers(text) for text in (target, before, after, note)]
    session.add(
        AuditRow(at=datetime.now(timezone.utc), user=user, action=action, application_id=application_id,
                 target=masked[0], before=masked[1], after=masked[2], note=masked[3])
    )  # fmt: skip


def log_event(engine: Engine, user: str, action: str, note: str | None = None) -> None:
    """An audit row of its own (a login attempt, a logout)."""
    with Session(engine) as session, session.begin():
        record(session, user, action, note=note)


def trail(engine: Engine, application_id: str) -> list[AuditRow]:
    """An application's audit rows, newest first."""
    with Session(engine) as session:
        return list(
            session.scalars(
                select(AuditRow).where(AuditRow.application_id == application_id).order_by(AuditRow.at.desc(), AuditRow.id.desc())
            )
        )
