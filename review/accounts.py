"""Analysts' accounts.

Passwords are hashed with argon2id (argon2-cffi's defaults, RFC 9106 low-memory
profile); a hash made under older parameters is replaced at the next login. An unknown
name is verified against a dummy hash so that timing does not tell which names exist.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from woondossier.errors import ReviewError
from woondossier.schema import ReviewSessionRow, UserRow

MIN_PASSWORD = 10
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{1,99}$")
_HASHER = PasswordHasher()
_DUMMY_HASH = _HASHER.hash("not a password of anyone")


def add_user(engine: Engine, name: str, password: str) -> None:
    """Create an analyst's account; the name must be new and the password at least 10 characters."""
    if not _NAME.match(name):
        raise ReviewError(f"not a usable user name: {name!r}; use 2-100 letters, digits, '.', '_', '@' or '-'")
    if len(password) < MIN_PASSWORD:
        raise ReviewError(f"the password is too short: use at least {MIN_PASSWORD} characters")
    with Session(engine) as session, session.begin():
        if session.scalar(select(UserRow).where(UserRow.name == name)) is not None:
            raise ReviewError(f"user {name!r} exists already; choose another name")
        session.add(UserRow(name=name, password_hash=_HASHER.hash(password), created_at=datetime.now(timezone.utc)))


def authenticate(engine: Engine, name: str, password: str) -> str | None:
    """The user's name when the password is right, else None."""
    with Session(engine) as session, session.begin():
        user = session.scalar(select(UserRow).where(UserRow.name == name))
        try:
            _HASHER.verify(user.password_hash if user else _DUMMY_HASH, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if user is None:
            return None
        if _HASHER.check_needs_rehash(user.password_hash):
            user.password_hash = _HASHER.hash(password)
        return user.name


def remove_user(engine: Engine, name: str) -> int:
    """Remove an analyst's account and end its sessions at once; returns how many sessions ended."""
    with Session(engine) as session, session.begin():
        user = session.scalar(select(UserRow).where(UserRow.name == name))
        if user is None:
            raise ReviewError(f"no user {name!r}")
        session.delete(user)
        ended = session.execute(delete(ReviewSessionRow).where(ReviewSessionRow.user == name)).rowcount
    return max(ended or 0, 0)
