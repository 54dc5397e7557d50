"""A specimen panel left out of the page (issue 17; fresh26's studied
`brp_leeswijzer_voorbeeld_kolom`).

A leaflet, an extract with a reading guide or a form's instructions may print a filled-in
example beside the real values, in a box or a side column of its own:

    Rachid Chaouch  375 333 800          VOORBEELD
    19 mei 1957     19 jul 2011          Naam
                                         Anna Maria de Proef
                                         Geboortedatum
                                         07-06-1956
                                         ...
                                         Dit voorbeeld bevat verzonnen gegevens.

Its values are made up, yet they stand under the same labels as the document's own and
were read at full confidence (a BRP extract's address became "Proefweg 12, 9999 ZZ
Proefdorp"). `without_specimens` leaves such a panel out of the pages every reader sees.
A panel begins at a heading that stands alone in its cell and names an example
(`[_specimen_headings]` in `labels.toml`); it holds the words below the heading from its
left edge rightwards, and it ends at a line that says its data are made up (inclusive), at
a gap of more than `_PANEL_GAP` lines, at a line that runs across the heading's left edge
(a full-width line: the panel's column has ended), or after `_PANEL_LINES` lines. An
example in a sentence ("Voorbeeld: had u ...") is the prose readers' (`_common.example_words`).
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors.labels import cells, fold, specimen_headings
from woondossier.model import Page, Word

_PANEL_GAP = 2.5
"""Line heights of empty space, at most, between two lines of one panel."""
_PANEL_LINES = 16
"""Lines a panel holds at most: a heading further up says nothing of the rest of the page."""
_HEADING_READ = 0.5
"""The least a heading's word must be read at: a word OCR was unsure of heads no panel."""
_EDGE = 2.0
"""Line heights left of its heading a panel's words may start (a box's inner margin)."""


def without_specimens(pages: Sequence[Page]) -> list[Page]:
    """The pages with every specimen panel left out; a page without one as it is."""
    return [_without_panels(page) for page in pages]


def _without_panels(page: Page) -> Page:
    headings, ending = specimen_headings()
    dropped: set[int] = set()
    for line in page.lines:
        for cell in cells(line):
            words = [word for word in cell.words if fold(word.text)]  # a box's edge read as a speck beside the heading is none of it
            if len(words) == 1 and fold(words[0].text) in headings and words[0].confidence >= _HEADING_READ:
                dropped |= _panel(page, words[0], ending)
    if not dropped:
        return page
    return page.model_copy(update={"words": tuple(word for word in page.words if id(word) not in dropped)})


def _panel(page: Page, heading: Word, ending: frozenset[str]) -> set[int]:
    """The ids of the heading's panel's words (see the module's docstring)."""
    height = max(heading.bbox[3] - heading.bbox[1], 1.0)
    left = heading.bbox[0] - _EDGE * height
    panel = {id(heading)}
    bottom = heading.bbox[3]
    count = 0
    for line in page.lines:
        if line.bbox[1] < heading.bbox[3] - height / 2:
            continue
        words = [word for word in line.words if word.bbox[0] >= left and word is not heading]
        if not words:
            continue
        if any(word.bbox[0] < left < word.bbox[2] for word in line.words):
            break  # a line across the panel's edge: the page goes on at full width
        if words[0].bbox[1] - bottom > _PANEL_GAP * height or count >= _PANEL_LINES:
            break
        panel |= {id(word) for word in words}
        bottom, count = max(word.bbox[3] for word in words), count + 1
        if any(fold(word.text) in ending for word in words):
            break
    return panel
