"""A section of a form that opens with a row of column heads (issue 17, fresh2's studied
care declaration): "Zorgvrager" over "naam  geboortedatum" over "Aydin, Erdal
24.12.1988". The value of the section's name is the one under the head "naam", never the
next head ("geboortedatum") read as if it were the name."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf


def _declaration(recipient: tuple[str, str], carer: tuple[str, str]) -> bytes:
    rows = [(60, 50, "Thuiszorg West-Brabant"),
            (60, 80, "Verklaring mantelzorg t.b.v. woningcorporatie"),
            (60, 110, "Zorgvrager"),
            (64, 126, "naam"), (240, 126, "geboortedatum"),
            (64, 138, recipient[0]), (240, 138, recipient[1]),
            (60, 170, "Mantelzorger"),
            (64, 186, "naam"), (240, 186, "geboortedatum"),
            (64, 198, carer[0]), (240, 198, carer[1]),
            (64, 230, "Is er sprake van zorg of toezicht gedurende 24 uur per dag? Ja"),
            (300, 270, "Datum: 30.05.2026")]
    return placed_pdf([rows])


def test_the_name_under_a_sections_head_row_is_read():
    fields = field_values(only_document(_declaration(("Aydin, Erdal", "24.12.1988"), ("Boersma, Marinus", "10.02.1965"))))
    assert fields["care_recipient_name"] == "Aydin, Erdal"
    assert fields["caregiver_name"] == "Boersma, Marinus"


def test_an_empty_name_cell_under_the_head_row_gives_no_name():
    fields = field_values(only_document(_declaration(("", "24.12.1988"), ("Boersma, Marinus", "10.02.1965"))))
    assert fields["care_recipient_name"] is None
    assert fields["caregiver_name"] == "Boersma, Marinus"
