"""A label whose own last words, in small letters, stand in its cell before the value's
cell: "Startdatum plaatsing   01.11.25" (fresh10's studied placement confirmation, dates
with a two-digit year); a capitalised word there is a value, never the label's tail."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf

ROWS = [
    (40, 60, "Plaatsingsbevestiging"),
    (40, 90, "Hierbij bevestigen wij je plaatsing. Deze bevestiging hoort bij je uitzendovereenkomst."),
    (40, 110, "Uitzendkracht"), (220, 110, "Dirksz, S.J."),
    (40, 124, "Werkgever (uitzendonderneming)"), (220, 124, "Adecco Nederland B.V."),
]


def test_the_value_after_a_labels_tail_in_its_cell_is_read():
    rows = ROWS + [(40, 138, "Startdatum plaatsing"), (220, 138, "01.11.25"), (40, 152, "Einddatum plaatsing"), (220, 152, "01.11.26")]
    values = field_values(only_document(placed_pdf([rows])))
    assert (values["start_date"], values["end_date"]) == ("2025-11-01", "2026-11-01")


def test_a_capitalised_word_after_a_label_is_no_tail():
    rows = ROWS + [(40, 138, "Plaats tewerkstelling"), (170, 138, "Drachten"), (300, 138, "Functie inpakker")]
    assert field_values(only_document(placed_pdf([rows])))["place"] == "Drachten"


def test_a_generic_labels_tail_says_whose_date_it_is():
    """"Datum inschrijving   6 mrt. 2004" on a BRP extract is a person's date of settling,
    not the extract's date of issue after the generic "Datum" (the fresh split's studied
    element-code extract)."""
    rows = [
        (40, 60, "Uittreksel Basisregistratie Personen"), (40, 76, "Gemeente Utrecht"),
        (40, 100, "Naam"), (220, 100, "Jansen, Pieter"),
        (40, 114, "Burgerservicenummer"), (220, 114, "123456782"),
        (40, 128, "Datum inschrijving"), (220, 128, "6 mrt. 2004"),
    ]
    assert field_values(only_document(placed_pdf([rows])))["issue_date"] is None
