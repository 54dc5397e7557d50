"""What the sandbox's forkserver loads before it forks reader children
(`extractors.sandbox._PRELOAD`): Tesseract's models, so that every child starts with
engines ready instead of loading a model (~0.2 s) for each file it reads; and OpenCV,
which `extractors._sheet` imports only when a photo is read (~0.15 s a child otherwise).

Imported for this effect only: multiprocessing's preload imports modules, it cannot
call a function. One engine per language and core: a child reads a file's pages on
`cpu_count` threads, and at most one reading per core runs at once (on 2 cores about
80 MiB in all, shared copy-on-write by the children).
"""

from __future__ import annotations

import os

import cv2  # noqa: F401  (loaded for the children: see the docstring)

from . import _tesseract
from .pages import DEFAULT_LIMITS

_languages = [DEFAULT_LIMITS.language, DEFAULT_LIMITS.second_language]
_tesseract.warm({language: os.cpu_count() or 1 for language in _languages if language})
