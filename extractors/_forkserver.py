"""What the sandbox's forkserver loads before it forks reader children
(`extractors.sandbox._PRELOAD`): the libraries `extractors.pages` imports on first use
(`_lazy`), and Tesseract's models, so that every child of a batch starts with engines
ready instead of importing numpy and Pillow and loading a model (~0.2 s) for each file
it reads.

Imported for this effect only: multiprocessing's preload imports modules, it cannot
call a function. One engine per language and core: a child reads a file's pages on
`cpu_count` threads, and at most one reading per core runs at once (on 2 cores about
80 MiB in all, shared copy-on-write by the children).

Only the batch path (`extract_bounded`) loads this: one file read alone
(`extract_alone`) loads a model only when one of its pages needs OCR.
"""

from __future__ import annotations

import cv2  # noqa: F401  (loaded for the children: OpenCV, which extractors._sheet imports only when a photo is read)

from . import _lazy, _tesseract
from .pages import DEFAULT_LIMITS
from woondossier.resources import ocr_slots

_lazy.load_all()
_languages = [DEFAULT_LIMITS.language, *(DEFAULT_LIMITS.second_language or "").split("+")]
_tesseract.warm({language: ocr_slots() for language in _languages if language})
