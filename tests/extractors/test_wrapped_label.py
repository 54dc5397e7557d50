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
