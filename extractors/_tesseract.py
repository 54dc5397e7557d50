"""Tesseract in this process: the system's libtesseract through its C API (`capi.h`),
with engines kept loaded. Used by `extractors.pages` only, which stays the one seam.

Why not the `tesseract` command (through pytesseract, until November 2026): every call started a
process that loaded the language model anew, about 0.2 s of a scanned page's 1.1 s
reading, and the second-language re-read of names paid it again. Here a language's
model is loaded once per engine and an engine is reused page after page; a forkserver
that loads them (`warm`) hands them to every reader child it forks. The words, boxes
and confidences are the command's to the byte: the engine is the same library, fed
the same pixels, and `tsv` is Tesseract's own TSV (tests/extractors/test_tesseract.py).

Why ctypes and not tesserocr: tesserocr's wheel bundles its own libtesseract, built
without the SIMD code paths (it read our scans twice as slowly as the command), and
building tesserocr against the system library needs compilers and -dev packages on
every machine. The C API is Tesseract's stable, documented surface; this module binds
the functions it uses.

An engine is used by one thread at a time (`_engine`); ctypes releases the GIL during
each call, so engines in different threads read in parallel. Tesseract's messages
("Detected 12 diacritics") go to its `debug_file`, /dev/null, not to the user's
terminal; those of Leptonica, its image library, which writes to stderr ("Error in
boxClipToRectangle: box outside rectangle" on a speck at a page's edge), are switched
off with its `setMsgSeverity`.
"""

from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only named in annotations: a text-layer page never imports Pillow's image code
    from PIL import Image


class TesseractUnavailable(RuntimeError):
    """libtesseract or the language's model is not installed."""


class TesseractFailed(RuntimeError):
    """Tesseract could not read the image, or ran out of time."""


def tsv(image: Image.Image, language: str, dpi: int, psm: int, timeout_s: float, thresholding: int = 0, characters: str = "") -> str:
    """Tesseract's TSV of `image` (words with level, block, paragraph, line, box and
    confidence; no header line), read with `language`'s model, page segmentation
    mode `psm`, at `dpi`, binarised by `thresholding` (Tesseract's `thresholding_method`:
    0 Otsu, its default; 2 Sauvola, local, for a page whose paper is dirtier than its
    ink is dark), and, when `characters` is given, reading none but those (Tesseract's
    `tessedit_char_whitelist`: a number read again as digits). Raises
    `TesseractUnavailable` or `TesseractFailed`."""
    if image.mode != "L":
        image = image.convert("L")
    pixels = image.tobytes()
    lib = _library()
    with _engine(language) as handle, _deadline(timeout_s) as monitor:
        lib.TessBaseAPISetImage(handle, pixels, image.width, image.height, 1, image.width)
        lib.TessBaseAPISetSourceResolution(handle, dpi)
        lib.TessBaseAPISetPageSegMode(handle, psm)
        lib.TessBaseAPISetVariable(handle, b"thresholding_method", str(thresholding).encode())  # the engine is reused: always set
        lib.TessBaseAPISetVariable(handle, b"tessedit_char_whitelist", characters.encode())  # "": every character
        started = time.monotonic()
        status = lib.TessBaseAPIRecognize(handle, monitor)
        if time.monotonic() - started > timeout_s:
            lib.TessBaseAPIClear(handle)
            raise TesseractFailed(f"reading took longer than {timeout_s:.0f} s and was stopped")
        if status != 0:
            lib.TessBaseAPIClear(handle)
            raise TesseractFailed("Tesseract could not read the page image")
        text = lib.TessBaseAPIGetTsvText(handle, 0)
        lib.TessBaseAPIClear(handle)  # the page's image and results, not the model
    try:
        return ctypes.string_at(text).decode("utf-8", errors="replace") if text else ""
    finally:
        lib.TessDeleteText(text)


def orientation(image: Image.Image, dpi: int) -> tuple[int, float] | None:
    """Tesseract's orientation detection (`--psm 0`, the `osd` model): degrees clockwise
    the page must be turned to stand upright (0, 90, 180 or 270) and its confidence
    (Tesseract's own scale: above ~2 is clear), or None when it finds too little text
    to tell. Raises `TesseractUnavailable` when the `osd` model is not installed."""
    if image.mode != "L":
        image = image.convert("L")
    pixels = image.tobytes()
    lib = _library()
    degrees, confidence = ctypes.c_int(0), ctypes.c_float(0.0)
    script, script_confidence = ctypes.c_char_p(), ctypes.c_float(0.0)
    with _engine("osd") as handle:
        lib.TessBaseAPISetImage(handle, pixels, image.width, image.height, 1, image.width)
        lib.TessBaseAPISetSourceResolution(handle, dpi)
        lib.TessBaseAPISetPageSegMode(handle, 0)
        found = lib.TessBaseAPIDetectOrientationScript(
            handle, ctypes.byref(degrees), ctypes.byref(confidence), ctypes.byref(script), ctypes.byref(script_confidence)
        )
        lib.TessBaseAPIClear(handle)
    if not found:
        return None
    # Tesseract reports how far the image is turned clockwise; turning it back is the rest of a full turn
    return (360 - degrees.value) % 360, float(confidence.value)


def available(language: str) -> bool:
    """Whether `language`'s model can be loaded (an engine is loaded and kept for later)."""
    try:
        with _engine(language):
            return True
    except TesseractUnavailable:
        return False


def warm(engines: dict[str, int]) -> None:
    """Load `engines[language]` engines of each language now, to be reused (and inherited
    by processes forked after this). A language that is not installed is skipped: the
    first reading that needs it says so."""
    for language, count in engines.items():
        loaded = []
        try:
            for _ in range(count):
                loaded.append(_new_engine(language))
        except TesseractUnavailable:
            pass
        with _lock:
            _idle.setdefault(language, []).extend(loaded)


def load_soon(languages: Iterable[str]) -> None:
    """Start loading one engine of each of `languages` on a thread of its own, unless
    one is loaded or loading: called when a page is known to need OCR, so that the model
    (~0.1 s each) loads while the page image is decoded and levelled rather than after
    (Init runs in C, outside the GIL). A reading that asks for the engine before it is
    ready waits for it instead of loading a second one."""
    for language in languages:
        with _lock:
            if _idle.get(language) or language in _loading:
                continue
            ready = _loading[language] = threading.Event()
        threading.Thread(target=_load_into_idle, args=(language, ready), name=f"tesseract-load-{language}", daemon=True).start()


def _load_into_idle(language: str, ready: threading.Event) -> None:
    try:
        loaded = [_new_engine(language)]
    except TesseractUnavailable:  # the reading that needs it says so
        loaded = []
    with _lock:
        _idle.setdefault(language, []).extend(loaded)
        del _loading[language]
    ready.set()


def version() -> str:
    """libtesseract's version, e.g. "5.3.0"."""
    return _library().TessVersion().decode()


# --- engines -------------------------------------------------------------------------------

_lock = threading.Lock()
_idle: dict[str, list[int]] = {}  # language -> loaded engines no thread is using
_loading: dict[str, threading.Event] = {}  # language -> set when `load_soon`'s engine is idle


@contextmanager
def _engine(language: str) -> Iterator[int]:
    """An engine with `language` loaded, this thread's alone until the block ends."""
    with _lock:
        idle = _idle.setdefault(language, [])
        handle = idle.pop() if idle else None
        loading = _loading.get(language)
    if handle is None and loading is not None:
        loading.wait()
        with _lock:
            handle = idle.pop() if idle else None  # another thread may have taken it
    if handle is None:
        handle = _new_engine(language)
    try:
        yield handle
    finally:
        with _lock:
            _idle[language].append(handle)


def _new_engine(language: str) -> int:
    lib = _library()
    handle = lib.TessBaseAPICreate()
    # Before Init: Init's own messages (a missing model) go to the debug file too.
    lib.TessBaseAPISetVariable(handle, b"debug_file", b"/dev/null")
    if lib.TessBaseAPIInit3(handle, None, language.encode()) != 0:
        lib.TessBaseAPIDelete(handle)
        raise TesseractUnavailable(f"Tesseract's {language!r} language data is not installed")
    lib.TessBaseAPISetVariable(handle, b"debug_file", b"/dev/null")
    return handle


@atexit.register
def _unload() -> None:
    """End every idle engine: Tesseract prints "WARNING! LEAK!" lines at exit otherwise."""
    with _lock:
        handles = [h for engines in _idle.values() for h in engines]
        _idle.clear()
    for handle in handles:
        _library().TessBaseAPIEnd(handle)
        _library().TessBaseAPIDelete(handle)


@contextmanager
def _deadline(timeout_s: float) -> Iterator[int]:
    """A Tesseract progress monitor that stops recognition after `timeout_s`."""
    lib = _library()
    monitor = lib.TessMonitorCreate()
    lib.TessMonitorSetDeadlineMSecs(monitor, int(timeout_s * 1000))
    try:
        yield monitor
    finally:
        lib.TessMonitorDelete(monitor)


# --- the library -----------------------------------------------------------------------------

_SIGNATURES = {  # name: (result type, argument types), as in tesseract/capi.h
    "TessVersion": (ctypes.c_char_p, []),
    "TessBaseAPICreate": (ctypes.c_void_p, []),
    "TessBaseAPIDelete": (None, [ctypes.c_void_p]),
    "TessBaseAPIEnd": (None, [ctypes.c_void_p]),
    "TessBaseAPIInit3": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]),
    "TessBaseAPISetVariable": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]),
    "TessBaseAPISetImage": (None, [ctypes.c_void_p, ctypes.c_char_p] + [ctypes.c_int] * 4),
    "TessBaseAPISetSourceResolution": (None, [ctypes.c_void_p, ctypes.c_int]),
    "TessBaseAPISetPageSegMode": (None, [ctypes.c_void_p, ctypes.c_int]),
    "TessBaseAPIRecognize": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_void_p]),
    "TessBaseAPIGetTsvText": (ctypes.c_void_p, [ctypes.c_void_p, ctypes.c_int]),
    "TessBaseAPIClear": (None, [ctypes.c_void_p]),
    "TessBaseAPIDetectOrientationScript": (
        ctypes.c_int,
        [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_float), ctypes.POINTER(ctypes.c_char_p), ctypes.POINTER(ctypes.c_float)],
    ),
    "TessDeleteText": (None, [ctypes.c_void_p]),
    "TessMonitorCreate": (ctypes.c_void_p, []),
    "TessMonitorSetDeadlineMSecs": (None, [ctypes.c_void_p, ctypes.c_int]),
    "TessMonitorDelete": (None, [ctypes.c_void_p]),
}
_loaded: ctypes.CDLL | None = None


def _library() -> ctypes.CDLL:
    global _loaded
    if _loaded is None:
        lib = _open_library(_TESSERACT_SONAME, "tesseract")
        if lib is None:
            raise TesseractUnavailable("libtesseract is not installed")
        for function, (result, arguments) in _SIGNATURES.items():
            getattr(lib, function).restype = result
            getattr(lib, function).argtypes = arguments
        _silence_leptonica()
        _loaded = lib
    return _loaded


_TESSERACT_SONAME = "libtesseract.so.5"
_LEPTONICA_SONAMES = ("liblept.so.5", "libleptonica.so.6")  # Debian 12; Leptonica 1.83 on


def _open_library(sonames: str | tuple[str, ...], *names: str) -> ctypes.CDLL | None:
    """The shared library by its usual file name, else as `ctypes.util.find_library` finds
    it under `names`, or None. The file name first: `find_library` runs `ldconfig -p` (and
    more) in child processes, ~15 ms of every one-file `extract` of a scan or a photo."""
    for soname in (sonames,) if isinstance(sonames, str) else sonames:
        try:
            return ctypes.CDLL(soname)
        except OSError:
            continue
    for name in names:
        found = ctypes.util.find_library(name)
        if found:
            try:
                return ctypes.CDLL(found)
            except OSError:
                continue
    return None


_LEPTONICA_SEVERITY_NONE = 6  # L_SEVERITY_NONE in leptonica's environ.h


def _silence_leptonica() -> None:
    """No Leptonica message on stderr: the user's terminal is not its log."""
    leptonica = _open_library(_LEPTONICA_SONAMES, "lept", "leptonica")  # already loaded with libtesseract: the same instance
    if leptonica is None:  # a differently named build: its messages stay, reading is unaffected
        return
    leptonica.setMsgSeverity.restype = ctypes.c_int
    leptonica.setMsgSeverity.argtypes = [ctypes.c_int]
    leptonica.setMsgSeverity(_LEPTONICA_SEVERITY_NONE)
