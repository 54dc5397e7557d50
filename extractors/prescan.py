"""Bounds checked before any reading: inflated stream sizes and a time bound per page.

Issue 20: a 1.7 KB PDF whose content stream inflates (twice deflated) to 512 MiB ran
for more than five minutes, because the only bound was 1800 s per file and the
inflated stream fit the memory bound. Here, in the reader's child process and before
pdfplumber or pdfium see the file, every `/FlateDecode` stream is inflated with a cap
(`zlib`'s `max_length`, through every Flate stage of its filter chain): a stream that
inflates past the cap is refused in well under a second, its size never allocated.

The caps: a page's content stream, a font or an object stream of honest PDFs stays
far below `MAX_STREAM_MIB`; an image stream may hold up to `Limits.max_image_pixels`
pixels of four bytes (`MAX_IMAGE_MIB`), the bound images already have.

`time_bound` turns the per-file time bound into one per page: `PAGE_SECONDS` per page
(`WOONDOSSIER_PAGE_SECONDS`), the pages counted from the bytes (a PDF's `/Type /Page`
objects; an image one page; a TIFF, a mail, or a PDF whose page objects are all
compressed the file bound), never more than the file bound (`WOONDOSSIER_FILE_SECONDS`). A one-page upload that stalls is stopped
after minutes, not after half an hour.
"""

from __future__ import annotations

import os
import re
import zlib
from collections.abc import Mapping
from pathlib import Path

MAX_STREAM_MIB = 64
MAX_IMAGE_MIB = 320  # 80 megapixels x 4 bytes: extractors.pages.Limits.max_image_pixels
PAGE_SECONDS = 300.0  # one 300 dpi page takes seconds; minutes leave room for a machine shared many ways
_CHUNK = 1 << 20

_STREAM = re.compile(rb"stream\r?\n")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_DICT_LOOKBACK = 4096


def refusal(path: Path) -> str | None:
    """Why the file must not be read (a stream inflating past its cap), or None.

    >>> import tempfile
    >>> bomb = zlib.compress(zlib.compress(b"0" * (80 << 20), 9), 9)
    >>> pdf = b"%PDF-1.7\\n1 0 obj\\n<< /Length 9 /Filter [/FlateDecode /FlateDecode] >>\\nstream\\n" + bomb + b"\\nendstream"
    >>> path = Path(tempfile.mkdtemp()) / "bom.pdf"; _ = path.write_bytes(pdf)
    >>> refusal(path)
    'a compressed stream of the PDF inflates to more than 64 MiB before any reading; the file is refused as a decompression bomb'
    """
    try:
        with path.open("rb") as handle:
            data = handle.read()
    except OSError:
        return None  # the reader says why it cannot open the file
    if b"%PDF" not in data[:1024]:
        return None
    for match in _STREAM.finditer(data):
        head = data[max(0, match.start() - _DICT_LOOKBACK) : match.start()]
        head = head[head.rfind(b"obj") + 1 :] if b"obj" in head else head
        stages = _flate_stages(head)
        if not stages:
            continue
        cap = (MAX_IMAGE_MIB if _IMAGE.search(head) else MAX_STREAM_MIB) << 20
        end = data.find(b"endstream", match.end())
        body = data[match.end() : end if end >= 0 else len(data)]
        if _inflates_past(body, stages, cap):
            mib = cap >> 20
            return f"a compressed stream of the PDF inflates to more than {mib} MiB before any reading; the file is refused as a decompression bomb"
    return None


def _flate_stages(head: bytes) -> int:
    """How many Flate filters the stream's chain starts with (0: not ours to inflate)."""
    found = _FILTER.search(head)
    if not found:
        return 0
    stages = 0
    for name in re.findall(rb"/[A-Za-z0-9]+", found.group(1)):
        if name not in (b"/FlateDecode", b"/Fl"):
            break
        stages += 1
    return stages


def _inflates_past(body: bytes, stages: int, cap: int) -> bool:
    """Whether `body`, inflated `stages` times, exceeds `cap` bytes; never holds more than `cap`."""
    data = body
    for _ in range(stages):
        inflater = zlib.decompressobj()
        out: list[bytes] = []
        size = 0
        pending = data
        try:
            while pending:
                piece = inflater.decompress(pending, _CHUNK)
                size += len(piece)
                if size > cap:
                    return True
                out.append(piece)
                if inflater.eof:
                    break  # the stream is whole; what follows it (the newline before "endstream") is no data
                if not piece and inflater.unconsumed_tail == pending:
                    break  # no progress: nothing more comes out of this input
                pending = inflater.unconsumed_tail
        except zlib.error:
            return False  # not deflated data after all: the reader decides what it is
        data = b"".join(out)
    return False


def time_bound(path: Path, file_seconds: float, environ: Mapping[str, str] = os.environ) -> float:
    """Seconds the file may take: `PAGE_SECONDS` per page, at most `file_seconds`.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "twee.pdf"
    >>> _ = path.write_bytes(b"%PDF-1.7 << /Type /Pages >> << /Type /Page >> << /Type/Page >>")
    >>> time_bound(path, 1800.0, {}), time_bound(path, 60.0, {}), time_bound(path, 1800.0, {"WOONDOSSIER_PAGE_SECONDS": "10"})
    (600.0, 60.0, 20.0)
    """
    per_page = float(environ.get("WOONDOSSIER_PAGE_SECONDS") or PAGE_SECONDS)
    try:
        with path.open("rb") as handle:
            data = handle.read()
    except OSError:
        return file_seconds
    if b"%PDF" not in data[:1024]:
        return file_seconds if path.suffix.lower() in (".eml", ".tif", ".tiff") else min(file_seconds, per_page)
    pages = len(_PAGE.findall(data))
    if not pages:  # the page objects are inside compressed object streams: not counted here
        return file_seconds
    return min(file_seconds, per_page * pages)
