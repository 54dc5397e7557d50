"""Analysts' sessions, kept in the database so that they can end.

Logging in makes a random token; the cookie carries the token, `review_sessions` only
its SHA-256 (a copy of the database opens no session). Every request looks the session
up together with its user: logout deletes the row, so an old cookie reads nothing; a
user who is gone has no session; a session ends `IDLE_MINUTES` after its last request
and `SESSION_HOURS` after login whatever happens. The session's CSRF token and the
BSNs the analyst revealed live in the same row.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from woondossier.schema import ReviewSessionRow, UserRow

SESSION_HOURS = 8
IDLE_MINUTES = 60
_SEEN_EVERY = timedelta(seconds=60)  # `seen_at` is written at most once a minute per session


@dataclass(frozen=True)
class AnalystSession:
    id: str  # the SHA-256 of the cookie's token
    user: str
    csrf: str
    revealed: dict[str, list[str]] = field(default_factory=dict)  # application id -> field keys shown in full


def start_session(engine: Engine, user: str) -> str:
    """A new session for `user`; returns the token for the cookie (never stored)."""
    token = secrets.token_urlsafe(32)
    now = _now()
    with Session(engine) as session, session.begin():
        session.execute(delete(ReviewSessionRow).where(ReviewSessionRow.expires_at < now))  # the expired, anyone's
        session.add(
            ReviewSessionRow(id=_digest(token), user=user, csrf=secrets.token_urlsafe(32), revealed_json="{}",
                             created_at=now, seen_at=now, expires_at=now + timedelta(hours=SESSION_HOURS))
        )  # fmt: skip
    return token


def current_session(engine: Engine, token: str | None) -> AnalystSession | None:
    """The live session of the cookie's token, its user still an account; else None (and an ended one is deleted)."""
    if not token or not isinstance(token, str):
        return None
    now = _now()
    with Session(engine) as session, session.begin():
        found = session.execute(
            select(ReviewSessionRow, UserRow.id)
            .outerjoin(UserRow, UserRow.name == ReviewSessionRow.user)
            .where(ReviewSessionRow.id == _digest(token))
        ).first()
        if found is None:
            return None
        row, user_id = found
        if user_id is None or _utc(row.expires_at) <= now or _utc(row.seen_at) + timedelta(minutes=IDLE_MINUTES) <= now:
            session.delete(row)
            return None
        if now - _utc(row.seen_at) >= _SEEN_EVERY:
            row.seen_at = now
        return AnalystSession(row.id, row.user, row.csrf, json.loads(row.revealed_json))


def end_session(engine: Engine, session_id: str) -> None:
    with Session(engine) as session, session.begin():
        session.execute(delete(ReviewSessionRow).where(ReviewSessionRow.id == session_id))


def end_sessions_of(engine: Engine, user: str) -> int:
    """End every session of `user` (the account was removed or its password changed); returns how many."""
    with Session(engine) as session, session.begin():
        return max(session.execute(delete(ReviewSessionRow).where(ReviewSessionRow.user == user)).rowcount or 0, 0)


def remember_revealed(engine: Engine, session_id: str, application_id: str, key: str) -> None:
    """Keep, for this session only, that the field `key` of an application is shown in full."""
    with Session(engine) as session, session.begin():
        row = session.get(ReviewSessionRow, session_id)
        if row is None:
            return
        revealed = json.loads(row.revealed_json)
        revealed[application_id] = sorted(set(revealed.get(application_id, [])) | {key})
        session.execute(
            update(ReviewSessionRow).where(ReviewSessionRow.id == session_id).values(revealed_json=json.dumps(revealed))
        )


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _utc(moment: datetime) -> datetime:
    """SQLite gives back naive datetimes; everything here is stored in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
