"""A small page-description language for synthetic documents.

A document layout module (`samples/generator/<doc_type>.py`) builds a `DocSpec`: its
blocks in reading order plus the ground truth in the contract's value formats
(CONTRACT.md §3). `render.py` draws a DocSpec as a born-digital PDF and derives the
scan and photo renderings from it, so one layout yields every rendering.

Blocks:
- `Title(text)`: large bold heading; `Heading(text)`: smaller bold heading.
- `Text(text)`: a paragraph, wrapped to the page width (prose, clauses).
- `KeyValues(rows, ruled)`: label/value lines; ruled=True draws a two-column table.
- `Table(header, rows, ruled)`: columns of text (persons on a BRP extract, bank lines).
- `Spacer(height)`: vertical space in points; `PageBreak()`: start a new page.
- `Signature(text)`: a line with a scribble above it and text under it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Title:
    text: str
    size: float = 16


@dataclass(frozen=True)
class Heading:
    text: str
    size: float = 12


@dataclass(frozen=True)
class Text:
    text: str
    size: float = 10


@dataclass(frozen=True)
class KeyValues:
    rows: tuple[tuple[str, str], ...]
    ruled: bool = False
    size: float = 10


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]
    ruled: bool = True
    size: float = 9


@dataclass(frozen=True)
class Spacer:
    height: float = 12


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Signature:
    text: str


Block = Title | Heading | Text | KeyValues | Table | Spacer | PageBreak | Signature


@dataclass(frozen=True)
class DocSpec:
    """One synthetic document: what to draw and what a perfect reader would extract."""

    doc_type: str
    layout: str
    blocks: tuple[Block, ...]
    truth: dict[str, Any] = field(default_factory=dict)
    font: str = "Helvetica"  # a reportlab standard font name: Helvetica, Times-Roman, Courier
