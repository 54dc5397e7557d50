"""A pen's tick in a "Ja | Nee" column, as OCR reads it ("/"), answers the row's question
by its column (issue 17, fresh7's studied half): a district team's part C of a care form
ticks "Nee" for 24-hour care. Before, the tick was no mark and the row's own words ("24
uur per dag ... nodig") were read as the declaration stating it. Read from a look-alike
the answer is flagged (at most 0.7)."""

from __future__ import annotations

import pytest

from tests.extractors.rendered import only_document, placed_pdf


@pytest.mark.parametrize(("x", "expected"), [(480, True), (502, False)])
def test_a_tick_read_as_a_slash_answers_by_its_column(x, expected):
    rows = [(52, 87, "Verklaring mantelzorg"), (58, 150, "Deel A - Mantelzorger"), (52, 175, "Naam"), (150, 175, "Saskia Hoekstra"),
            (58, 250, "Deel B - Zorgvrager (huurder)"), (52, 275, "Naam"), (150, 275, "Tess Jansen"),
            (58, 333, "Deel C - In te vullen door de professional"), (52, 391, "Organisatie"), (150, 391, "Wijkteam Centrum"),
            (475, 433, "Ja"), (497, 433, "Nee"),
            (57, 452, "Ik ken de zorgvrager en de mantelzorger vanuit mijn werk."), (480, 452, "/"),
            (57, 488, "De zorgvrager heeft 24 uur per dag zorg of toezicht nodig."), (x, 488, "/"),
            (52, 535, "Datum 01-09-2026")]
    field = only_document(placed_pdf([rows])).fields["round_the_clock"]
    assert field.value is expected and field.confidence <= 0.7
