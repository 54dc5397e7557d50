"""Extractors: one module per contract `doc_type`, all with the same small interface.

Every module in `EXTRACTORS` provides:

    DOC_TYPE: DocType
        the contract's doc_type it reads.
    score(pages: Sequence[Page]) -> float | None
        how sure it is, in [0, 1], that these pages are (the start of) its document;
        None declines. The highest score wins; below `MIN_SCORE` a document is `unknown`.
    extract(pages: Sequence[Page]) -> Fields
        every contract field of its doc_type it can read, as `Field`s carrying value,
        confidence, page and bbox. A field it cannot read has value None: never a guess.

The registry of modules is `registry.EXTRACTORS`. Reading pages from files is `pages.read_file`, the only seam to pdfplumber, Pillow
and Tesseract. `classify.split_documents` turns a file's pages into documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from woondossier.model import DocType, Fields, Page


class Extractor(Protocol):
    DOC_TYPE: DocType

    def score(self, pages: Sequence[Page]) -> float | None: ...

    def extract(self, pages: Sequence[Page]) -> Fields: ...


MIN_SCORE = 0.5
"""Below this best score a document is `unknown`: no extractor is sure enough to read it."""

__all__ = ["MIN_SCORE", "Extractor"]
