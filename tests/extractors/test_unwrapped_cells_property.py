"""`labels.unwrapped_cells` is a view of the page's own words (issue 17): whatever rows it
reads a cell a line, it keeps every word once, with its box, and a page whose lines hold one
cell each is returned as it is."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.labels import unwrapped_cells
from woondossier.model import Page, Word

_TEXTS = ["BSN", "Geboortedatum", "Naam", "Op dit adres vanaf:", "123456782", "20-09-1956", "Bakker, J.", "maart 2010",
          "Amsterdam", "te", "Relatie: partner", "—", "Vestiging in Nederland:"]
_COLUMNS = (60.0, 210.0, 290.0, 410.0)


@st.composite
def ruled_pages(draw, max_cells: int = 4) -> Page:
    """A page of rows, each of one to `max_cells` cells at a table's column edges, each cell
    one to three words drawn from labels and values, the rows close together or apart."""
    words, top = [], 60.0
    for number in range(1, draw(st.integers(1, 8)) + 1):
        for column in sorted(draw(st.sets(st.sampled_from(_COLUMNS[:max_cells]), min_size=1, max_size=max_cells))):
            x = column
            for text in draw(st.lists(st.sampled_from(_TEXTS), min_size=1, max_size=3)):
                for part in text.split():
                    width = 5.5 * len(part)
                    if x + width > column + 140:
                        break  # a cell stays inside its column
                    words.append(Word(text=part, bbox=(x, top, x + width, top + 9), confidence=0.95, line=number))
                    x += width + 3
        top += 9 + draw(st.sampled_from((2.0, 3.0, 8.0, 14.0)))
    return Page(file="grid.pdf", number=1, width=595, height=842, ocr=True, words=tuple(words))


@given(ruled_pages())
@settings(max_examples=200, deadline=None)
def test_the_view_keeps_every_word_once_with_its_box(page):
    seen = sorted((w.text, w.bbox) for line in unwrapped_cells(page).lines for w in line.words)
    assert seen == sorted((w.text, w.bbox) for line in page.lines for w in line.words)


@given(ruled_pages(max_cells=1))
@settings(max_examples=100, deadline=None)
def test_a_page_of_one_cell_lines_is_returned_as_it_is(page):
    assert unwrapped_cells(page) is page
