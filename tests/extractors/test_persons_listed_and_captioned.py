"""Residents as some municipalities print them (issue 17, found by writing BRP layouts of our
own): a numbered list of sentences read one resident of two (a table reader took the list
for a one-row table, and a resident left out reads as someone living alone); a block whose
captions stand over their values ("Naam:" over "Jansen, Pieter") read no one; and the sex
the register keeps, printed after the name ("P. Jansen (M)"), was read as part of it
(`brp_uittreksel._more_of_the_same`, `_line_under`, `_SEX_MARK`)."""

from __future__ import annotations

from tests.extractors.rendered import only_document, placed_pdf

_HEAD = [(63, 40, "Gemeente Utrecht"), (63, 60, "Uittreksel Basisregistratie Personen"), (63, 80, "Datum uitgifte 3 maart 2026"),
         (63, 100, "Adres Kerkstraat 12"), (63, 114, "Postcode 3511 AB"), (63, 128, "Woonplaats Utrecht")]  # fmt: skip
_PIETER = {"name": "Jansen, Pieter", "birth_date": "1980-03-12", "bsn": "111222333", "registered_since": "2010-01-01"}
_ANNA = {"name": "Bakker, Anna", "birth_date": "1982-06-05", "bsn": "123456782", "registered_since": "2012-01-01"}


def _persons(rows):
    document = only_document(placed_pdf([_HEAD + rows]))
    assert document.doc_type == "brp_uittreksel"
    return document.fields["persons"].value


def test_a_numbered_list_of_residents_reads_everyone_in_it():
    rows = [(63, 160, "Ingeschreven personen:"),
            (63, 175, "1. Jansen, Pieter, geboren 12-03-1980, BSN 111222333, op dit adres sinds 01-01-2010"),
            (63, 190, "2. Bakker, Anna, geboren 05-06-1982, BSN 123456782, op dit adres sinds 01-01-2012")]  # fmt: skip
    assert _persons(rows) == [_PIETER, _ANNA]


def test_captions_over_their_values():
    rows = []
    for top, person in ((160, ("Jansen, Pieter", "12-03-1980", "111222333", "01-01-2010")),
                        (290, ("Bakker, Anna", "05-06-1982", "123456782", "01-01-2012"))):
        for i, (caption, value) in enumerate(zip(("Naam:", "Geboortedatum:", "BSN:", "Op dit adres sinds:"), person)):
            rows += [(63, top + 27 * i, caption), (63, top + 27 * i + 12, value)]
    assert _persons(rows) == [_PIETER, _ANNA]


def test_the_sex_after_a_name_is_no_part_of_it():
    rows = [(63, 160, "Naam"), (230, 160, "Geboortedatum"), (360, 160, "BSN"), (460, 160, "Ingeschreven per"),
            (63, 175, "Jansen, Pieter (M)"), (230, 175, "12 maart 1980"), (360, 175, "1112.22.333"), (460, 175, "1 januari 2010"),
            (63, 190, "Bakker, Anna (V)"), (230, 190, "5 juni 1982"), (360, 190, "1234.56.782"), (460, 190, "1 januari 2012")]  # fmt: skip
    assert _persons(rows) == [_PIETER, _ANNA]
