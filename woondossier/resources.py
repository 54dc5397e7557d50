"""How much of the machine one woondossier process may use.

`ocr_slots()` is the number of Tesseract readings that run at once in this process and
its reader children (extractors.sandbox, extractors._engine). It is the CPUs this
process may run on (`os.sched_getaffinity`: it respects `taskset` and a container's
cpuset, where `os.cpu_count()` counts every CPU of the machine), unless
`WOONDOSSIER_OCR_SLOTS` says otherwise: a worker of a work pool pinned to one core, or
a machine shared with other work, sets it to what it may take.
"""

from __future__ import annotations

import os

OCR_SLOTS = "WOONDOSSIER_OCR_SLOTS"


class SlotsError(ValueError):
    """WOONDOSSIER_OCR_SLOTS is no positive whole number."""


def ocr_slots() -> int:
    """Tesseract readings at once: `WOONDOSSIER_OCR_SLOTS`, else the usable CPUs (at least 1)."""
    text = os.environ.get(OCR_SLOTS, "").strip()
    if text:
        if not text.isdigit() or int(text) < 1:
            raise SlotsError(f"{OCR_SLOTS} must be a whole number of 1 or more, not {text!r}")
        return int(text)
    return usable_cpus()


def usable_cpus() -> int:
    """The CPUs this process may run on; `os.cpu_count()` where the system cannot say."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # macOS has no sched_getaffinity
        return os.cpu_count() or 1
