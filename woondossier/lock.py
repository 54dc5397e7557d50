"""One run at a time per output folder and per database.

Two `run`s over the same OUT and database decided applications twice (issue 20: two
`decisions` rows each), and wrote the same `result.json` files at once. `run_lock`
holds, for the whole run:

- an exclusive lock (`flock`) on `OUT/woondossier.lock`;
- for an SQLite database, the same on a lock file next to it (`woondossier.db.lock`),
  so two output folders sharing one database are held apart too;
- for PostgreSQL, a session advisory lock (`pg_try_advisory_lock`) on the database,
  held by one connection for the run.

A second run refuses at once with `RunLocked`, one line saying what to do; it never
waits silently. The kernel drops an `flock` and the server drops an advisory lock when
their process or connection ends, so a killed run leaves no lock behind (the lock file
itself stays, empty: deleting it while another run may open it would race).
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from woondossier.errors import StoreError

LOCK_FILE = "woondossier.lock"  # not a dot-file: those in OUT are temporaries of killed writes
ADVISORY_KEY = 0x776F6F6E646F7373  # "woondoss": one key for woondossier runs in a database


class RunLocked(StoreError):
    """Another run holds the output folder or the database."""


@contextmanager
def run_lock(out: Path, db_url: str) -> Iterator[None]:
    """Hold the output folder and the database for one run, or raise `RunLocked`."""
    with ExitStack() as stack:
        stack.enter_context(_file_lock(out / LOCK_FILE, f"the output folder {out}"))
        url = make_url(db_url)
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            database = Path(url.database).resolve()
            stack.enter_context(_file_lock(database.with_name(database.name + ".lock"), f"the database {database}"))
        elif url.get_backend_name() == "postgresql":
            stack.enter_context(_advisory_lock(db_url))
        yield


@contextmanager
def _file_lock(path: Path, what: str) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RunLocked(_busy(what), file=str(path)) from None
        yield
    finally:
        os.close(descriptor)  # closing releases the lock


@contextmanager
def _advisory_lock(db_url: str) -> Iterator[None]:
    engine = create_engine(db_url)
    try:
        try:
            connection = engine.connect()
            held = connection.execute(text("select pg_try_advisory_lock(:key)"), {"key": ADVISORY_KEY}).scalar()
            connection.commit()
        except SQLAlchemyError as exc:
            raise StoreError(
                f"cannot lock the results database ({type(exc).__name__}); check --db and that the server is reachable"
            ) from exc
        with connection:
            if not held:
                raise RunLocked(_busy(f"the database {make_url(db_url).render_as_string(hide_password=True)}"))
            try:
                yield
            finally:
                connection.execute(text("select pg_advisory_unlock(:key)"), {"key": ADVISORY_KEY})
                connection.commit()
    finally:
        engine.dispose()


def _busy(what: str) -> str:
    return f"another woondossier run is using {what}; wait until it has finished, then run this command again"
