"""Mechanisms of the seventeenth session (issue 17), each said without the layout that showed
it: a speck OCR read between a row's number and the name in the row; the last initial of a
name printed surname first, its full stop read as a comma, or the initial itself read as
the small letter of its capital's shape; a section's column heads under its heading with
the second head slipped by OCR ("geboonedatum"), over the row of values."""

from __future__ import annotations

import pytest

from extractors import brp_uittreksel, mantelzorgverklaring
from extractors.names import read_name
from extractors.pages import read_bytes
from tests.extractors.rendered import field_values, lines_pdf, ocr_like, only_document, placed_pdf

_NUMBERED_ROWS = [
    "Gemeente Valkenswaard",
    "Uittreksel BRP - bewoners",
    "Datum aanmaak 14-10-2026",
    "Adres Kwakoe-erf 9-4",
    "Postcode en woonplaats 5551 GZ Valkenswaard",
    "Naam Geboren BSN Woont op dit adres sinds",
]


def _row(x_number: float, number: str, speck: str, name: str, born: str, bsn: str, since: str, y: float) -> list[tuple[float, float, str]]:
    cells = [(x_number, y, number), (x_number + 22, y, speck), (x_number + 36, y, name), (260, y, born), (350, y, bsn), (440, y, since)]
    return [cell for cell in cells if cell[2]]


@pytest.mark.parametrize("speck", ["_", "»", "|", ""])
def test_a_speck_between_a_rows_number_and_its_name_is_no_part_of_the_name(speck):
    header = [(60, 60, "Gemeente Valkenswaard"), (60, 80, "Uittreksel BRP - bewoners"), (60, 100, "Datum aanmaak 14-10-2026"),
              (60, 130, "Adres"), (200, 130, "Kwakoe-erf 9-4"), (60, 145, "Postcode en woonplaats"), (200, 145, "5551 GZ Valkenswaard"),
              (60, 180, "Naam"), (260, 180, "Geboren"), (350, 180, "BSN"), (440, 180, "Woont op dit adres sinds")]  # fmt: skip
    rows = _row(60, "2.1", speck, "Tekeste, Dawit", "23-07-1958", "648 130 022", "09-12-2021", 200)
    rows += _row(60, "2.2", speck, "Owusu, Abena", "17-07-1995", "299 484 300", "23-05-2022", 215)
    pages = ocr_like(read_bytes(placed_pdf([header + rows]), "scan.pdf"))
    persons = brp_uittreksel.extract(pages)["persons"].value
    assert [person["name"][0] if isinstance(person["name"], tuple) else person["name"] for person in persons] == ["Tekeste, Dawit", "Owusu, Abena"]


def test_a_rows_number_and_a_speck_are_cut_from_a_name_cell_but_an_elision_stays():
    clean = brp_uittreksel._clean_name
    assert (clean("2.1 _ Tekeste, Dawit"), clean("2.3 _Owusu, Mehari"), clean("4 't Hart, Anna")) == ("Tekeste, Dawit", "Owusu, Mehari", "'t Hart, Anna")


@pytest.mark.parametrize("read, expected", [
    ("El Ouardi,S,", "El Ouardi, S."),
    ("El Ouardi, S;", "El Ouardi, S."),
    ("El Ouardi, s.", "El Ouardi, S."),
    ("Bakker, J.P,", "Bakker, J.P."),
    ("El Ouardi, S.", "El Ouardi, S."),  # as printed: unchanged
    ("Dijk, J.v.", None),  # after an initial, a small "v." may be a particle's abbreviation: not made a capital
])  # fmt: skip
def test_the_last_initial_of_a_surname_first_name_as_ocr_slips_it(read, expected):
    name = read_name(read)
    if expected is None:
        assert name is None or not name.value.endswith("J.V.")
    else:
        assert name is not None and name.value == expected


def test_an_income_statements_name_with_its_initials_stop_read_as_a_comma():
    lines = ["Belastingdienst", "Inkomensverklaring 2025", "Datum 5 oktober 2026", "Naam El Ouardi,S,",
             "Burgerservicenummer 3650.34.691", "Jaar 2025", "Verzamelinkomen 53.688,50 euro"]  # fmt: skip
    assert field_values(only_document(lines_pdf(lines)))["name"] == "El Ouardi, S."


_SECTIONS = [
    (60, 60, "Thuiszorg West-Brabant"), (60, 85, "Verklaring mantelzorg t.b.v. woningcorporatie"),
    (60, 115, "Zorgvrager"), (60, 130, "naam"), (330, 130, "{born_head}"), (60, 145, "Aydin, Erdogan"), (330, 145, "24.12.1988"),
    (60, 175, "Mantelzorger"), (60, 190, "naam"), (330, 190, "{born_head}"), (60, 205, "Boersma, Marinus"), (330, 205, "10.02.1965"),
    (60, 220, "relatie tot zorgvrager"), (60, 235, "partner"),
    (60, 265, "Is er sprake van zorg of toezicht gedurende 24 uur per dag (dag en nacht)? Ja"),
    (60, 295, "Datum: 30.05.2026"),
]  # fmt: skip


@pytest.mark.parametrize("born_head", ["geboortedatum", "geboonedatum", "geboortedaturn"])
def test_column_heads_under_a_section_heading_with_a_head_ocr_slipped(born_head):
    rows = [(x, y, text.format(born_head=born_head)) for x, y, text in _SECTIONS]
    fields = mantelzorgverklaring.extract(ocr_like(read_bytes(placed_pdf([rows]), "scan.pdf")))
    from extractors.documents import fill_from_labels

    filled = fill_from_labels("mantelzorgverklaring", ocr_like(read_bytes(placed_pdf([rows]), "scan.pdf")), fields)
    assert (filled["caregiver_name"].value, filled["care_recipient_name"].value) == ("Boersma, Marinus", "Aydin, Erdogan")


def test_a_name_under_a_section_heading_that_reads_as_a_label_is_still_the_value():
    """A value word that OCR could take for a label's slip is kept when it reads as a name."""
    rows = [(x, y, text.format(born_head="geboortedatum")) for x, y, text in _SECTIONS]
    rows = [(x, y, "Datumeyer, Marinus" if text == "Boersma, Marinus" else text) for x, y, text in rows]
    pages = ocr_like(read_bytes(placed_pdf([rows]), "scan.pdf"))
    from extractors.documents import fill_from_labels

    filled = fill_from_labels("mantelzorgverklaring", pages, mantelzorgverklaring.extract(pages))
    assert filled["caregiver_name"].value == "Datumeyer, Marinus"
