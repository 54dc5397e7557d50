"""A contract signed on a platform carries no "Datum ondertekening" row: the signing
platform stamps each signature "Digitaal ondertekend door NAME op DATE om TIME" (fresh4's
studied room-platform contract, signed in two columns side by side)."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf


def test_the_signing_date_is_read_from_the_platforms_stamp():
    rows = [
        (40, 60, "Onderhuurovereenkomst kamer"),
        (40, 90, "Hoofdhuurder Anna de Groot, hierna: hoofdhuurder"),
        (40, 104, "Onderhuurder Bram Visser, hierna: onderhuurder"),
        (40, 118, "Adres van de kamer: Lindelaan 4, 2312 AB Leiden"),
        (40, 132, "Huurprijs kamer € 425,00 per maand"),
        (40, 146, "De onderhuur gaat in op 1 september 2026."),
        (40, 180, "Ondertekening"),
        (40, 200, "Digitaal ondertekend door Anna de"), (300, 200, "Digitaal ondertekend door Bram"),
        (40, 212, "Groot"), (300, 212, "Visser"),
        (40, 224, "op 2026/08/29 om 10:12"), (300, 224, "op 2026/08/29 om 18:40"),
    ]
    document = only_document(placed_pdf([rows]))
    assert str(document.doc_type) == "huurovereenkomst_onderhuur"
    assert field_values(document)["signed_date"] == "2026-08-29"


def test_a_stamp_without_a_date_dates_nothing():
    rows = [
        (40, 60, "Onderhuurovereenkomst kamer"),
        (40, 90, "Hoofdhuurder Anna de Groot, hierna: hoofdhuurder"),
        (40, 104, "Onderhuurder Bram Visser, hierna: onderhuurder"),
        (40, 118, "Huurprijs kamer € 425,00 per maand"),
        (40, 132, "De onderhuur gaat in op 1 september 2026."),
        (40, 200, "Digitaal ondertekend door Anna de Groot op het platform van KamerPlek"),
    ]
    document = only_document(placed_pdf([rows]))
    assert field_values(document)["signed_date"] is None
