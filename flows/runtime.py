"""Prefect's environment for a woondossier run, set before Prefect is imported.

Without `PREFECT_API_URL` Prefect 3 starts a temporary local server (ephemeral mode)
in every process. Its defaults do not suit a clerk's terminal or a fresh machine:
- the start-up timeout (20 s) is shorter than a first start's SQLite migration on a
  busy two-core machine (measured 12-25 s): raised to 120 s;
- its telemetry heartbeat prints "database is locked" tracebacks under load: analytics off;
- INFO logs of every task run would bury the decisions: Prefect's console handler shows
  warnings only, while its loggers stay at INFO, so the run log (progress lines
  included) still reaches the Prefect server and its UI.
Anything the user has set explicitly wins.
"""

from __future__ import annotations

import os

DEFAULTS = {
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "INFO",
    "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "WARNING",
    "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",
}


def configure() -> None:
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)
