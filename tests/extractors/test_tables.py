"""Persons tables and blocks read whatever their layout (issue 17), on our own documents
written to each concept:
- a form that prints each field's label in small type under its box repeats the header
  under every row, so its first row stands above the first header;
- a header one of whose labels OCR misread is still a header when the others name it;
- a page that opens with the next person's number continues the extract, whatever speck
  OCR glued to the number, even when its few words do not type it;
- a surname read without its given names is a name in part only (the analyst looks);
- the date of settling in the country is not the date at the address.
"""

from __future__ import annotations

import pytest

from extractors import brp_uittreksel
from extractors._common import header_columns
from tests.extractors.rendered import field_values, lines_pdf, only_document, placed_pdf
from woondossier.model import Line, Word

PERSONS = [
    ("Femke Anna de Graaf", "03-02-1971", "1234.56.782", "14-06-2012"),
    ("Omar El Idrissi", "21-11-1968", "8765.43.215", "01-09-2015"),
    ("Lieke de Graaf", "30-07-2004", "1112.23.339", "30-07-2004"),
]


def _captioned_extract() -> bytes:
    rows = [(40, 60, "Uittreksel Basisregistratie Personen"), (40, 90, "Gemeente Zwolle"), (40, 130, "Personen op dit adres")]
    small = set()
    for i, person in enumerate(PERSONS):
        top = 160 + 40 * i
        rows += [(x, top, value) for x, value in zip((40, 220, 320, 440), person)]
        for x, caption in zip((40, 220, 320, 440), ("naam", "geboortedatum", "burgerservicenummer", "adres sinds")):
            small.add(len(rows))
            rows.append((x, top + 10, caption))
    return placed_pdf([rows], small=frozenset(small))


def test_every_row_of_a_table_captioned_from_below_is_read_the_first_too():
    persons = field_values(only_document(_captioned_extract()))["persons"]
    assert [p["name"] for p in persons] == [p[0] for p in PERSONS]
    assert [p["birth_date"] for p in persons] == ["1971-02-03", "1968-11-21", "2004-07-30"]
    assert [p["registered_since"] for p in persons] == ["2012-06-14", "2015-09-01", "2004-07-30"]


def _line(text: str) -> Line:
    words, x = [], 40.0
    for word in text.split():
        words.append(Word(text=word, confidence=0.9, bbox=(x, 100.0, x + 6 * len(word), 110.0)))
        x += 6 * len(word) + 5
    return Line(words=tuple(words))


def test_a_header_with_one_label_misread_is_a_header_when_the_others_name_it():
    line = _line("geboörtedatum burgerservicenummer adreshouding sinds")
    columns, wordings = brp_uittreksel._PERSON_COLUMNS, brp_uittreksel._COLUMN_WORDINGS
    assert header_columns(line, columns, 3) is None
    found = header_columns(line, columns, 3, wordings)
    assert found is not None and set(found) == {"birth_date", "bsn", "registered_since"}
    assert found["birth_date"] == 40.0


def test_a_line_naming_only_one_column_exactly_is_no_header_however_alike_the_rest():
    line = _line("geboörtedatum burgerservicenumer woonplaats")
    assert header_columns(line, brp_uittreksel._PERSON_COLUMNS, 3, brp_uittreksel._COLUMN_WORDINGS) is None


def _block(top: float, number: int, given: str | None, surname: str, bsn: str, born: str, since: str) -> list[tuple[float, float, str]]:
    rows = [(40, top, f"Ingeschrevene {number}")]
    lines = [("01.01.20 Burgerservicenummer", bsn)] + ([("01.02.10 Voornamen", given)] if given else [])
    lines += [("01.02.40 Geslachtsnaam", surname), ("01.03.10 Geboortedatum", born), ("08.10.30 Datum aanvang adreshouding", since)]
    for i, (label, value) in enumerate(lines, start=1):
        rows += [(40, top + 14 * i, label), (260, top + 14 * i, value)]
    return rows


HEAD = [(40, 40, "GEMEENTE ZWOLLE"), (40, 70, "Uittreksel BRP (persoonslijsten op adres)"),
        (40, 100, "08.11.10 Straatnaam"), (260, 100, "Rijnlaan"), (40, 114, "08.11.20 Huisnummer"), (260, 114, "21")]


def test_a_page_opening_with_the_next_persons_number_continues_the_extract_whatever_ocr_glued_to_it():
    first = HEAD + _block(150, 1, "Femke Anna", "Graaf", "123456782", "3 feb. 1971", "14 jun. 2012")
    first += _block(250, 2, "Omar", "Idrissi", "876543215", "21 nov. 1968", "1 sep. 2015")
    second = _block(40, 3, "Lieke", "Graaf", "111222339", "30 jul. 2004", "30 jul. 2004")
    second[0] = (40, 40, "Ingeschrevene 3_")  # a speck OCR read after the number
    document = only_document(placed_pdf([first, second]))
    assert document.pages == (1, 2)
    assert [p["name"] for p in field_values(document)["persons"]] == ["Femke Anna Graaf", "Omar Idrissi", "Lieke Graaf"]


def test_a_surname_whose_given_names_were_not_read_is_a_name_in_part_only():
    rows = HEAD + _block(150, 1, "Femke Anna", "Graaf", "123456782", "3 feb. 1971", "14 jun. 2012")
    rows += _block(250, 2, None, "Idrissi", "876543215", "21 nov. 1968", "1 sep. 2015")  # "Voornamen" lost
    persons = only_document(placed_pdf([rows])).fields["persons"]
    assert [p["name"] for p in persons.value] == ["Femke Anna Graaf", "Idrissi"]
    assert persons.confidence <= brp_uittreksel.PART_OF_NAME_CONFIDENCE < 0.8


@pytest.mark.parametrize("country_label", ["Datum vestiging in NL", "Datum vestiging in Nederland", "Immigratie"])
def test_the_date_of_settling_in_the_country_is_not_the_date_at_the_address(country_label):
    lines = ["Uittreksel BRP - bewoners van het adres", "Straat: Sint Annastraat", "Huisnummer: 12", "Persoon 01",
             "Naam: Gülşen Yilmaz", "Geboortedatum: 25 sep 1981", "Burgerservicenummer: 123456782",
             f"{country_label}: 08 feb 2009"]  # fmt: skip
    (person,) = field_values(only_document(lines_pdf(lines + ["Datum aanvang adreshouding: 07 mei 2017"])))["persons"]
    assert person["registered_since"] == "2017-05-07"
    (person,) = field_values(only_document(lines_pdf(lines)))["persons"]
    assert person["registered_since"] is None


def test_a_table_column_of_settling_in_the_country_before_the_address_column_leaves_that_one_its_dates():
    """A landscape extract's header "... Datum vestiging in Nederland  Datum aanvang adreshouding":
    "Datum vestiging" inside the longer header of a column nobody reads names that column, and
    the date of settling at the address is read from the column that says so."""
    header = [(40, 120, "Naam"), (150, 120, "Geboortedatum"), (240, 120, "BSN"), (310, 120, "Datum vestiging in Nederland"),
              (470, 120, "Datum aanvang adreshouding")]
    rows = [(40, 60, "Uittreksel Basisregistratie Personen"), (40, 80, "Gemeente Wijdemeren"), (40, 95, "Straat Lijsterdreef 20")]
    for i, (name, born, bsn, country, since) in enumerate([("Rahma Mansouri", "13-03-1963", "123456782", "03-04-2014", "23-05-2016"),
                                                           ("Osman Kaya", "27-11-1966", "876543215", "12-04-2016", "31-10-2017")]):
        rows += [(x, 140 + 15 * i, value) for x, value in zip((40, 150, 240, 310, 470), (name, born, bsn, country, since))]
    persons = field_values(only_document(placed_pdf([rows + header], pagesize=(842, 595))))["persons"]
    assert [(p["name"], p["registered_since"]) for p in persons] == [("Rahma Mansouri", "2016-05-23"), ("Osman Kaya", "2017-10-31")]
    line = _line("Naam Geboortedatum BSN Datum vestiging in Nederland Datum aanvang adreshouding")
    others = brp_uittreksel.other_columns(brp_uittreksel.DOC_TYPE.value)
    assert header_columns(line, brp_uittreksel._PERSON_COLUMNS, 3, others=others)["registered_since"] > header_columns(
        line, brp_uittreksel._PERSON_COLUMNS, 3)["registered_since"]
