"""The login throttle: per account and per address, a wait that doubles with each failure.

Failed logins are kept in `login_failures` (account as typed, address) for `WINDOW`.
After `ACCOUNT_FREE` failures of an account, or `ADDRESS_FREE` from an address
(analysts behind one proxy share it), the next attempt waits `FIRST_WAIT` after the
last failure; each further failure doubles the wait, up to `MAX_WAIT`.
An attempt during the wait is refused without looking at the password. A successful
login forgets its account's failures (not its address's).

The throttle goes by the name as typed, existing or not, so it tells nothing about
which accounts exist. Its price: anyone can make a known account wait up to
`MAX_WAIT` between attempts; it never locks it for good. It is kept in the database,
so a restart does not reset it.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from woondossier.schema import LoginFailureRow

ACCOUNT_FREE = 3
ADDRESS_FREE = 10
FIRST_WAIT = timedelta(seconds=15)
MAX_WAIT = timedelta(minutes=15)
WINDOW = timedelta(hours=1)


def wait_before_login(engine: Engine, account: str, address: str, now: datetime | None = None, pending: int = 0) -> timedelta:
    """How long `account` from `address` must still wait before its next attempt (zero: go ahead).

    `pending`: attempts on `account` whose passwords are being checked right now; each
    counts as a failure of this moment, so guesses sent in parallel see each other. (An
    address's are not counted so: analysts behind one proxy log in at once at nine.)
    """
    now = now or datetime.now(timezone.utc)
    since = now - WINDOW
    with Session(engine) as session:
        count, last = _failures(session, LoginFailureRow.account == account[:100], since)
        by_address = _failures(session, LoginFailureRow.address == address[:100], since)
    by_account = (count + pending, now if pending else last)
    return max(_wait(*by_account, ACCOUNT_FREE, now), _wait(*by_address, ADDRESS_FREE, now))


def record_failure(engine: Engine, account: str, address: str) -> None:
    now = datetime.now(timezone.utc)
    with Session(engine) as session, session.begin():
        session.execute(delete(LoginFailureRow).where(LoginFailureRow.at <= now - WINDOW))
        session.add(LoginFailureRow(at=now, account=account[:100], address=address[:100]))


def forget_failures(engine: Engine, account: str) -> None:
    with Session(engine) as session, session.begin():
        session.execute(delete(LoginFailureRow).where(LoginFailureRow.account == account[:100]))


def _failures(session: Session, which, since: datetime) -> tuple[int, datetime | None]:
    """How many failures of one account or address since `since`, and when the last was."""
    query = select(func.count(), func.max(LoginFailureRow.at)).where(which, LoginFailureRow.at > since)
    count, last = session.execute(query).one()
    return count, last


def _wait(failures: int, last: datetime | None, free: int, now: datetime) -> timedelta:
    if failures < free or last is None:
        return timedelta(0)
    last = last if last.tzinfo else last.replace(tzinfo=timezone.utc)
    wait = min(FIRST_WAIT * 2 ** min(failures - free, 16), MAX_WAIT)
    return max(last + wait - now, timedelta(0))
