"""An amendment's table read for its new terms only (issue 17; fresh12's studied
`allonge_verlenging_was_wordt`).

An allonge, a renewal or a changed agreement prints what changes as a table of a term, what
it was and what it becomes:

    Artikel                      Was                       Wordt
    2. Duur                      tot en met 30 nov. 2025   tot en met 01 dec. 2026
    3. Plaats van de werkzaamheden  Kopenhagen             Kopenhagen

A label's value right of it is then the old one ("Duur ... 30 nov. 2025"), read at full
confidence. The old column's cells are no term of the document: `current_terms` leaves them
out of the pages the fields are read from, so every reader, by label, table or sentence,
sees the terms as they now stand. The columns' headers are data (`labels.toml`,
`[_amendment_columns]`).
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors.labels import amendment_columns, fold
from woondossier.model import Line, Page

HEADER_OTHER_WORDS = 4
"""Words besides the two headers a header line may hold ("Artikel", "Onderwerp", "Bepaling")."""
_ROW_GAP = 2.5  # lines apart, at most, from one row of the table to the next
_EDGE = 4.0  # points: how far left of its header a column's cell may start


def current_terms(pages: Sequence[Page]) -> list[Page]:
    """The pages with every amendment table's old column left out; the pages as they are
    when they hold no such table."""
    return [_without_old_columns(page) for page in pages]


def _without_old_columns(page: Page) -> Page:
    dropped: set[int] = set()
    lines = page.lines
    for index, line in enumerate(lines):
        if (columns := _header(line)) is None:
            continue
        old_x, new_x, old_words = columns
        dropped |= {id(word) for word in old_words}
        above = line
        for row in lines[index + 1:]:
            height = max(above.bbox[3] - above.bbox[1], 1.0)
            if row.bbox[1] - above.bbox[3] > _ROW_GAP * height or not _in_table(row, old_x):
                break
            dropped |= {id(word) for cell in _cells(row) if old_x - _EDGE <= cell[0].bbox[0] < new_x - _EDGE for word in cell}
            above = row
    if not dropped:
        return page
    return page.model_copy(update={"words": tuple(word for word in page.words if id(word) not in dropped)})


def _header(line: Line) -> tuple[float, float, list] | None:
    """(the old column's x, the new column's x, the old header's words) when `line` heads an
    amendment's table: an old column's header, then a new one's, as cells of their own."""
    old, new = amendment_columns()
    cells = _cells(line)
    texts = ["".join(fold(word.text) for word in cell) for cell in cells]
    olds = [i for i, text in enumerate(texts) if text in old]
    news = [i for i, text in enumerate(texts) if text in new]
    if not olds or not news or olds[0] >= news[0]:
        return None
    if sum(len(cell) for cell in cells) - len(cells[olds[0]]) - len(cells[news[0]]) > HEADER_OTHER_WORDS:
        return None  # a sentence that says "was" and "wordt", no table's header
    return cells[olds[0]][0].bbox[0], cells[news[0]][0].bbox[0], list(cells[olds[0]])


def _cells(line: Line) -> list[list]:
    """The line's words in cells: a gap wider than the line's height parts two cells."""
    height = max(line.bbox[3] - line.bbox[1], 1.0)
    cells: list[list] = []
    for word in line.words:
        if cells and word.bbox[0] - cells[-1][-1].bbox[2] <= height:
            cells[-1].append(word)
        else:
            cells.append([word])
    return cells


def _in_table(row: Line, old_x: float) -> bool:
    """Whether `row` is a row of the table: a cell of its own in the old column or right of
    it (a sentence under the table runs across the columns in one cell)."""
    return any(cell[0].bbox[0] >= old_x - _EDGE for cell in _cells(row))
