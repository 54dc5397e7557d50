"""An app's request screen printed whole (issue 17, fresh9's studied house-sitting
request): each section a heading, each row a small label over its value ("Huurder" over
"Naam" over "Truus Vos", "Vergoeding" over "Bedrag per maand" over "Euro 350,00"), a
reason asked as a question under its heading, and "Verstuurd op 07/05/26" for the day it
was sent."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf

ROWS = ["Huisbewaring", "In behandeling Ymere",
        "Huurder", "Naam", "Truus Vos", "Adres", "Hoogstraat 211",
        "Huisbewaarder", "Naam", "Chloe Kok", "Geboortedatum", "28-05-1978",
        "Periode", "Vanaf", "26-07-2026", "Tot en met", "01-07-2027",
        "Reden", "Waarom bent u weg?", "Lange reis",
        "Vergoeding", "Bedrag per maand", "Euro 350,00",
        "Vragen over de huisbewaarder", "Heeft een eigen woning", "Nee", "Heeft kinderen jonger dan 18", "Nee",
        "Verstuurd op 07/05/26 om 9:30"]


def test_an_apps_rows_under_their_headings():
    fields = field_values(only_document(placed_pdf([[(26, 40 + 12 * i, text) for i, text in enumerate(ROWS)]])))
    assert fields["tenant_name"] == "Truus Vos"
    assert fields["sitter_name"] == "Chloe Kok"
    assert fields["compensation"] == "350.00"
    assert fields["reason"] == "travel"
    assert fields["signed_date"] == "2026-05-07"


def test_a_row_label_with_the_next_rows_label_under_it_has_no_value():
    rows = [r for r in ROWS if r != "Truus Vos"]  # the tenant's name left empty: "Naam" over "Adres"
    fields = field_values(only_document(placed_pdf([[(26, 40 + 12 * i, text) for i, text in enumerate(rows)]])))
    assert fields["tenant_name"] is None
