"""The test session's watch for full BSNs in log lines (issue 6: "no full BSN in any log line
of a test run - assert it").

What is watched:
- every log record created in the test process, whatever its logger, level or handlers
  (a wrapped `logging` record factory: records a logger drops by level are never made,
  so they are no log line);
- the stderr of every `woondossier` command the tests run (`tests.conftest.run_cli`):
  progress lines, warnings, Prefect's console; stdout is left out, as `extract --json`
  prints BSNs by contract;
- the run logs and task run names stored by the Prefect servers the tests start.

A line counts when `woondossier.privacy.full_bsns` finds a BSN in it. Leaks are kept
masked (they are shown in the session's failure); `tests/conftest.py` installs the
watch for the whole session and fails the session at its end when it saw any.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from woondossier.privacy import full_bsns, mask_numbers


class BsnWatch:
    def __init__(self) -> None:
        self.leaks: list[tuple[str, str]] = []  # (where, the line with its numbers masked)
        self._previous_factory = None

    def check(self, where: str, text: str) -> None:
        for line in text.splitlines():
            if full_bsns(line):
                self.leaks.append((where, mask_numbers(line)))

    def install(self) -> None:
        previous = self._previous_factory = logging.getLogRecordFactory()

        def factory(*args, **kwargs) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            try:
                message = record.getMessage()
            except Exception:  # a bad format string: logging reports it itself when the record is emitted
                return record
            self.check(f"log record of {record.name}", message)
            return record

        logging.setLogRecordFactory(factory)

    def uninstall(self) -> None:
        if self._previous_factory is not None:
            logging.setLogRecordFactory(self._previous_factory)

    def check_prefect_database(self, database: Path) -> None:
        """The flow and task run logs and the task run names a Prefect server stored in its SQLite database."""
        if not database.is_file():
            return
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
            for (message,) in conn.execute("select message from log"):
                self.check(f"Prefect run log in {database}", message)
            for (name,) in conn.execute("select name from task_run"):
                self.check(f"Prefect task run name in {database}", name)


WATCH = BsnWatch()
