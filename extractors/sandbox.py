"""Read one file in a child process with bounded time and memory.

A hostile upload (a content stream that inflates to gigabytes, a parser trap that
never returns) must cost one child process, never the batch. Two ways in, with the
same bounds: the child's memory is capped (`RLIMIT_DATA`, which Tesseract children
inherit) and it is killed when the time is up. Whatever happens, the caller gets a
`FileResult`: the file's documents, or an error entry saying what went wrong in words
a clerk can act on.

- `extract_bounded`, for batches (`woondossier run`, several files to `extract`): the
  child is forked from a forkserver that has the readers imported and Tesseract's
  models loaded (`_forkserver`), so each file costs a fork, not a fresh interpreter
  and a model. Tesseract slots are shared across its children (one multiprocessing
  semaphore): at most one Tesseract per core runs however many files are read at once.
- `extract_alone`, for the only file a process reads (`woondossier extract FILE`):
  starting that forkserver (a second interpreter, the readers imported again, four
  models loaded) cost more than reading a born-digital page a hundred times over. The
  child is forked from the calling process itself and imports what the file turns out
  to need: a text-layer page never loads numpy, Pillow or a Tesseract model.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import os
import resource
import signal
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from multiprocessing import popen_forkserver, spawn
from multiprocessing.connection import Connection
from pathlib import Path

from woondossier.model import FileError, FileResult
from woondossier.resources import ocr_slots

from . import prescan
from .pages import DEFAULT_LIMITS, Limits


@dataclass(frozen=True)
class Bounds:
    """What one file may cost; settings with sane defaults.

    The time covers a mail-room batch of 200 scanned pages on a busy machine; the memory
    is four times what a 300 dpi page needs (README, Measured figures)."""

    seconds: float = 1800.0
    memory_mib: int = 2048

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Bounds:
        """The bounds operations set: `WOONDOSSIER_FILE_SECONDS`, `WOONDOSSIER_FILE_MEMORY_MIB`.

        >>> Bounds.from_env({"WOONDOSSIER_FILE_SECONDS": "60"})
        Bounds(seconds=60.0, memory_mib=2048)
        """
        default = cls()
        return cls(
            seconds=float(environ.get("WOONDOSSIER_FILE_SECONDS") or default.seconds),
            memory_mib=int(environ.get("WOONDOSSIER_FILE_MEMORY_MIB") or default.memory_mib),
        )

_PRELOAD = ["extractors.documents", "extractors.sandbox", "extractors._forkserver"]  # the last loads Tesseract's models
_setup_lock = threading.Lock()
_context: multiprocessing.context.BaseContext | None = None
_slots = None


def extract_bounded(path: Path, name: str | None = None, limits: Limits = DEFAULT_LIMITS, bounds: Bounds | None = None) -> FileResult:
    """`extract_file` in a child process that may use at most `bounds` (default:
    `Bounds.from_env()`), forked from the batch's forkserver."""
    context, slots = _setup()
    return _in_child(context, slots, path, name or path.name, limits, bounds or Bounds.from_env())


def warm() -> None:
    """Start the forkserver now, with the readers imported and the models loaded, so the
    first file does not wait for it (`woondossier.resident`)."""
    from multiprocessing import forkserver

    _setup()
    forkserver.ensure_running()


def extract_many(files: Sequence[tuple[Path, str]], workers: int) -> list[FileResult]:
    """`extract_bounded` of each (path, name) on `workers` threads, the largest file first
    (`extractors.pages.largest_first`); the results in the order given."""
    from concurrent.futures import ThreadPoolExecutor

    from extractors.pages import largest_first

    order = largest_first([path for path, _ in files])
    with ThreadPoolExecutor(max_workers=workers) as pool:
        read = dict(zip(order, pool.map(lambda i: extract_bounded(files[i][0], name=files[i][1]), order)))
    return [read[i] for i in range(len(files))]


def extract_alone(path: Path, name: str | None = None, limits: Limits = DEFAULT_LIMITS, bounds: Bounds | None = None) -> FileResult:
    """`extract_file` within the same `bounds` as `extract_bounded`, for a process that
    reads this one file: the child is forked from this process, with nothing preloaded.

    `fork` copies only the calling thread; a lock another thread held at that moment
    would stay locked in the child for ever. So a process running other threads (the
    flow's task runners) is served by the forkserver instead."""
    if threading.active_count() > 1:
        return extract_bounded(path, name, limits, bounds)
    context = multiprocessing.get_context("fork")
    return _in_child(context, None, path, name or path.name, limits, bounds or Bounds.from_env())


def _in_child(context, slots, path: Path, name: str, limits: Limits, bounds: Bounds) -> FileResult:
    bounds = Bounds(seconds=prescan.time_bound(path, bounds.seconds), memory_mib=bounds.memory_mib)  # per page (issue 20)
    receive, send = context.Pipe(duplex=False)
    process = _ReaderProcess if slots is not None else context.Process
    child = process(target=_child, args=(send, str(path), name, limits, bounds.memory_mib, slots), daemon=True)
    child.start()
    send.close()
    try:
        if receive.poll(bounds.seconds):
            try:
                return receive.recv()
            except EOFError:
                pass  # the child died before it could answer: see its exit code below
        else:
            child.kill()
            return _failed(name, f"reading took longer than {bounds.seconds:.0f} s and was stopped; the file may be built to stall a reader")
    finally:
        receive.close()
        child.join()
    return _failed(name, _death(child.exitcode, bounds))


class _ReaderProcess(multiprocessing.context.ForkServerProcess):
    """A reader child of the forkserver that does not run its parent's `__main__` again.

    multiprocessing prepares every child it starts this way by importing the parent's
    main module in it (`spawn.prepare`). Under a Prefect worker that module is
    `prefect.engine`: some 2 s of imports for every file a flow run reads (a born-digital
    file took 2.4 s instead of 0.15 s in a shard of `run --pool`). A reader needs nothing
    of it: its target and arguments live in `extractors`, which the forkserver has loaded.
    """

    @staticmethod
    def _Popen(process_obj):
        return _ReaderPopen(process_obj)


class _ReaderPopen(popen_forkserver.Popen):
    def _launch(self, process_obj) -> None:
        _launching.reader = True
        try:
            super()._launch(process_obj)
        finally:
            _launching.reader = False


_launching = threading.local()  # set while this thread launches a reader: its preparation leaves out __main__
_MAIN_KEYS = ("init_main_from_name", "init_main_from_path")


def _preparation_data(name: str, _stdlib=spawn.get_preparation_data) -> dict:
    data = _stdlib(name)
    if getattr(_launching, "reader", False):
        for key in _MAIN_KEYS:
            data.pop(key, None)
    return data


def _setup():
    global _context, _slots
    with _setup_lock:
        if _context is None:
            spawn.get_preparation_data = _preparation_data  # as the stdlib's for every other process
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(_PRELOAD)
            _slots = context.BoundedSemaphore(ocr_slots())  # WOONDOSSIER_OCR_SLOTS, else the usable CPUs
            _context = context
    return _context, _slots


def _child(send: Connection, path: str, name: str, limits: Limits, memory_mib: int, slots) -> None:
    """In the child: cap memory, share the Tesseract slots (a batch's; None: this
    process's own), read, send the result back."""
    # Ctrl-C reaches the whole terminal's process group: the parent decides and kills
    # this child (flows/stopping.py); a KeyboardInterrupt traceback here would only clutter.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    cap = memory_mib * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_DATA, (cap, cap))
    # Imported here, under the cap: a forkserver child has them already (`_PRELOAD`);
    # a child of `extract_alone` imports them now, and only what its file needs after that.
    from . import pages
    from .documents import extract_file

    if slots is not None:
        pages.share_tesseract_slots(slots)
    try:
        # a decompression bomb is refused before any reading (issue 20); the prescan's own
        # inflating runs under the cap too, and running out there is the same stop
        refused = prescan.refusal(Path(path))
        result = _failed(name, refused) if refused is not None else extract_file(Path(path), name=name, limits=limits)
    except MemoryError:
        result = _failed(name, _too_much_memory(memory_mib))
    if any("MemoryError" in e.error for e in result.errors):
        result = _failed(name, _too_much_memory(memory_mib))
    send.send(result)
    send.close()


def _too_much_memory(memory_mib: int) -> str:
    return f"reading needed more than {memory_mib} MiB of memory and was stopped; the file may be built to exhaust a reader"


def _death(exitcode: int | None, bounds: Bounds) -> str:
    if exitcode is not None and exitcode < 0:
        what = signal.Signals(-exitcode).name
        return f"the reader stopped on this file ({what}), probably out of its {bounds.memory_mib} MiB memory bound; the file may be damaged or hostile"
    return f"the reader stopped on this file (exit status {exitcode}); the file may be damaged or hostile"


def _failed(name: str, message: str) -> FileResult:
    return FileResult(file=name, errors=(FileError(file=name, page=None, error=message),))
