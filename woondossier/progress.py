"""A batch run's progress: applications and files done out of their totals, and the rate.

The flow counts a file when its reading ends (in the reading thread, hence the lock)
and an application when it is decided and written; `line` is what the terminal and
Prefect's run log show, with nine-digit numbers masked.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from woondossier.privacy import mask_numbers


class Progress:
    """Counts of one batch: `files` is the number of files this run reads (new or changed ones)."""

    def __init__(self, applications: int, files: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.applications, self.files = applications, files
        self.applications_done = self.files_done = 0
        self._clock = clock
        self._started = clock()
        self._lock = threading.Lock()

    def file_done(self, *_) -> None:
        """One file read (whatever its outcome); takes and ignores a future, to be a done-callback."""
        with self._lock:
            self.files_done += 1

    def application_done(self) -> None:
        self.applications_done += 1

    def line(self, application_id: str, decision: str, what: str) -> str:
        """The progress line after an application is done.

        >>> clock = iter([0.0, 20.0]).__next__
        >>> p = Progress(applications=35, files=62, clock=clock)
        >>> for _ in range(10): p.file_done()
        >>> p.application_done()
        >>> p.line("A-111222333", "pass", "2 files read")
        '[1/35 applications, 10/62 files; 0.50 files/s, 0.05 applications/s] A-******333: pass (2 files read)'
        """
        elapsed = max(self._clock() - self._started, 1e-6)
        with self._lock:
            files_done = self.files_done
        counts = f"{self.applications_done}/{self.applications} applications, {files_done}/{self.files} files"
        rates = f"{files_done / elapsed:.2f} files/s, {self.applications_done / elapsed:.2f} applications/s"
        return mask_numbers(f"[{counts}; {rates}] {application_id}: {decision} ({what})")
