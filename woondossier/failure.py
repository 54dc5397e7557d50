"""What stopped a run, as the one line `run` prints on stderr before exit status 1.

Issue 20: a read-only OUT, a full disk and a value the database could not store ended
`run` with exit 1 and nothing on stderr, or with a hundred lines of Prefect traceback.
Every operational failure now ends as one line saying what failed and what to do; the
traceback goes to the run's Prefect log only.

>>> failure_line(PermissionError(13, "Permission denied", "/data/out/A-1/result.json"))
'cannot write or read /data/out/A-1/result.json: Permission denied; check that OUT is writable and the disk has space, then run again'
"""

from __future__ import annotations

from sqlalchemy.exc import SQLAlchemyError

from woondossier.errors import WoondossierError


def failure_line(exc: BaseException) -> str:
    """What stopped a batch and what to do, in one line (no BSN: messages name files, not values)."""
    if isinstance(exc, WoondossierError):
        return exc.message
    if isinstance(exc, OSError):
        where = f" {exc.filename}" if exc.filename else ""
        return f"cannot write or read{where}: {exc.strerror or exc}; check that OUT is writable and the disk has space, then run again"
    if isinstance(exc, SQLAlchemyError):
        cause = getattr(exc, "orig", None) or exc
        first = (str(cause).splitlines() or [""])[0]
        return f"the results database failed ({type(exc).__name__}: {first}); check the disk and --db, then run again"
    return f"internal error ({type(exc).__name__}); the traceback is in the run's Prefect log, report it to the developers"
