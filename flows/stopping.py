"""Stopping a batch run on SIGTERM or Ctrl-C: promptly, cleanly, and so that a re-run completes it.

Left alone, a stopped run would not stop: Prefect turns SIGTERM into an exception in
the flow, but its thread pool then waits for every file being read, each in its own
reader process (`extractors.sandbox`) that may take minutes on a scanned batch. So:

- `woondossier run` holds `stop_on_signals()`: SIGTERM and SIGINT raise `Stopped`
  (a BaseException, so no `except Exception` on the way takes it for a failed file),
  and the command ends with one line (`stopped_message`) and status 128 + the signal's
  number. During a flow run Prefect handles SIGTERM first and hands it back here when
  its flow run is marked crashed.
- The flow body, left by any exception (`reading()`), calls `stop_readers()`: no new file
  is read (`read_file` raises `ReadingStopped`), and the running readers are killed, with
  the Tesseract reading inside them: each reader is frozen (SIGSTOP, so it starts nothing
  more), its descendants, if any, are found in /proc, and all of them get SIGKILL; a thread repeats
  this until the process ends, for a read that was starting at that moment. Prefect's
  console stops showing the crash reports of the task runs this causes (they still go
  to the server's log).
- Under `stop_on_signals()`, a signal also sets a deadline (`DEADLINE_SECONDS`): when
  Prefect cannot finish its bookkeeping by then (Ctrl-C and systemd signal the whole
  process group, so Prefect's own temporary server is gone and its client keeps
  retrying), the command kills what it started and exits all the same.
- The terminal gets the one line and nothing after the stop: under `stop_on_signals()`
  the process's stderr is a `_Terminal`, which holds back every write once the stop
  began (Prefect's log worker, finding its server gone, writes "All connection attempts
  failed" with no line end) and starts the stop line on a line of its own
  (`say_stopped`).

None of this can leave half a result: an application is saved in one transaction and
its files are written atomically, so a stop is at worst a crash, which the next run
repairs (tests/flows/test_crash.py): the stopped run keeps `finished_at` empty, and the
next run reads only what is missing.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DEADLINE_SECONDS = 15.0
_stopping = threading.Event()
_deadline_armed = False  # only the command's own process may be ended by the deadline
_deadline_started = threading.Event()


class Stopped(BaseException):
    """The run was asked to stop by a signal (SIGTERM, or SIGINT from Ctrl-C)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum
        self.name = signal.Signals(signum).name


class ReadingStopped(Exception):
    """The run is stopping: this file was not read, or its reader was killed; the next run reads it."""


def stopped_message(name: str) -> str:
    return f"woondossier: run stopped by {name}; what was saved is kept, run the same command again to complete the batch"


class _Terminal:
    """The process's stderr during a run: every write passes until `hold_back()`, then only `say()` does."""

    def __init__(self, stream) -> None:
        self._stream = stream
        self._held_back = False
        self._at_line_start = True
        self._lock = threading.RLock()  # reentrant: the signal handler may run in the thread that is writing

    def write(self, text: str) -> int:
        with self._lock:
            if self._held_back or not text:
                return len(text)
            written = self._stream.write(text)
            self._at_line_start = text.endswith("\n")
            return written

    def hold_back(self) -> None:
        with self._lock:
            self._held_back = True

    def say(self, line: str) -> None:
        """`line` on a line of its own, whatever was written before it."""
        with self._lock:
            self._stream.write(("" if self._at_line_start else "\n") + line + "\n")
            self._stream.flush()
            self._at_line_start = True

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name: str):  # fileno, isatty, encoding, ...: the real stream's
        return getattr(self._stream, name)


_terminal: _Terminal | None = None


def say_stopped(name: str) -> None:
    """The one line a stopped run ends with, on stderr."""
    say(stopped_message(name))


def say(line: str) -> None:
    """One line on stderr, also after a failure made the terminal hold Prefect's writes back."""
    if _terminal is not None:
        _terminal.say(line)
    else:
        print(line, file=sys.stderr, flush=True)


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within: SIGTERM and SIGINT raise `Stopped` in the main thread and set the deadline;
    stderr is a `_Terminal` (kept after the block when the run stopped, for `say_stopped`)."""
    global _deadline_armed, _terminal

    def _raise(signum: int, _frame) -> None:
        stop_readers()
        _start_deadline(signum)
        raise Stopped(signum)

    previous = {signum: signal.signal(signum, _raise) for signum in (signal.SIGTERM, signal.SIGINT)}
    _deadline_armed = True
    original_stderr = sys.stderr
    _terminal = _Terminal(original_stderr)
    sys.stderr = _terminal
    try:
        yield
    finally:
        if not stopping():  # once stopping, what Prefect's threads still write at exit stays held back
            sys.stderr = original_stderr
        _deadline_armed = False
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextmanager
def reading() -> Iterator[None]:
    """Within: files are read. Left by any exception (a signal, a failure), every reader is stopped."""
    _stopping.clear()  # a process that served a stopped run before reads again
    try:
        yield
    except BaseException as exc:
        stop_readers()
        signum = _signal_of(exc)
        if signum is not None:
            _start_deadline(signum)
        raise


def stopping() -> bool:
    return _stopping.is_set()


def stop_readers() -> None:
    """Refuse new reads and kill the running readers with everything they started."""
    if _stopping.is_set():
        return
    _stopping.set()
    _quiet_console()
    _kill_readers()
    threading.Thread(target=_keep_killing, name="stop-readers", daemon=True).start()


def _quiet_console() -> None:
    """Prefect reports the crash the stop causes on every task run (and, when its temporary
    server went down with the signal, every call it retries): that is for the server's log,
    not the terminal, which gets one line."""
    logging.raiseExceptions = False  # a handler whose stream or server is gone stays silent
    if _terminal is not None:
        _terminal.hold_back()
    loggers = [logging.getLogger()]
    loggers += [logger for name, logger in logging.Logger.manager.loggerDict.items() if name.startswith("prefect") and isinstance(logger, logging.Logger)]
    for logger in loggers:
        for handler in logger.handlers:
            if isinstance(handler, logging.StreamHandler):
                handler.setLevel(logging.CRITICAL + 1)


def _keep_killing() -> None:
    while _stopping.is_set():
        _kill_readers()
        time.sleep(0.2)


def _kill_readers() -> None:
    for reader in multiprocessing.active_children():  # the readers are this process's only multiprocessing children
        try:
            os.kill(reader.pid, signal.SIGSTOP)
        except ProcessLookupError:
            continue
        for pid in (reader.pid, *_descendants(reader.pid)):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        reader.join(timeout=5)


def _descendants(pid: int) -> list[int]:
    """Every live descendant of `pid`, from /proc (Linux)."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # gone meanwhile
            continue
        ppid = int(text.rsplit(")", 1)[1].split()[1])  # the name in parentheses may hold spaces
        parents.setdefault(ppid, []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        children = parents.get(todo.pop(), [])
        found.extend(children)
        todo.extend(children)
    return found


def _signal_of(exc: BaseException) -> int | None:
    """The signal behind an exception that ends a run: ours, Prefect's SIGTERM, or Python's Ctrl-C."""
    from prefect.exceptions import TerminationSignal

    if isinstance(exc, Stopped):
        return exc.signum
    if isinstance(exc, TerminationSignal):
        return exc.signal
    if isinstance(exc, KeyboardInterrupt):
        return signal.SIGINT
    return None


def _start_deadline(signum: int) -> None:
    if _deadline_armed and not _deadline_started.is_set():
        _deadline_started.set()
        threading.Thread(target=_exit_at_deadline, args=(signum,), name="stop-deadline", daemon=True).start()


def _exit_at_deadline(signum: int) -> None:
    time.sleep(DEADLINE_SECONDS)
    say_stopped(signal.Signals(signum).name)
    for pid in _descendants(os.getpid()):  # readers, the forkserver, Prefect's temporary server
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    os._exit(128 + signum)
