"""A label wrapped in a narrow column of labels: "Plaats van" over "tewerkstelling",
the value beside the label's first line (dev's indefinite contract: "Plaats van Dubai"
over "tewerkstelling"). Only a specific wording is joined across the lines, and only when
the next line holds nothing but the label's last words at the same left edge."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf

ROWS = [
    (40, 60, "Arbeidsovereenkomst voor onbepaalde tijd"),
    (40, 100, "Werkgever"), (160, 100, "Technische Unie B.V."),
    (40, 116, "Werknemer"), (160, 116, "Jian Wu"),
    (40, 132, "Datum in dienst"), (160, 132, "1 maart 2026"),
]


def test_the_value_beside_a_wrapped_labels_first_line_is_read():
    rows = ROWS + [(40, 148, "Plaats van"), (160, 148, "Rotterdam"), (40, 160, "tewerkstelling")]
    assert field_values(only_document(placed_pdf([rows])))["place"] == "Rotterdam"


def test_a_line_that_goes_on_under_it_joins_no_label():
    rows = ROWS + [(40, 148, "Plaats van"), (160, 148, "Rotterdam"), (40, 160, "tewerkstelling en reiskosten: zie bijlage")]
    assert field_values(only_document(placed_pdf([rows])))["place"] is None


def test_a_numbered_section_heading_under_a_caption_carries_no_label_on():
    """"naam" (a caption under the first party's name) over "2 Onderhuurder" (the next
    section's number and heading) is no label "naam onderhuurder" wrapped (the fresh split's
    studied boxed room form: the main tenant was read as the subtenant)."""
    rows = [
        (40, 60, "Huurcontract kamer"),
        (40, 80, "verhuur van een kamer door de hoofdhuurder"),
        (40, 100, "1 Hoofdhuurder"),
        (40, 116, "Ricardo Bhagwandin"), (240, 116, "15.9.1984"),
        (40, 128, "naam"), (240, 128, "geboortedatum"),
        (40, 144, "2 Onderhuurder"),
        (40, 160, "Farah Warsame"), (240, 160, "25.9.1998"),
        (40, 172, "naam"), (240, 172, "geboortedatum"),
    ]
    values = field_values(only_document(placed_pdf([rows], small=frozenset({5, 6, 10, 11}))))
    assert values["subtenant_name"] != "Ricardo Bhagwandin"
