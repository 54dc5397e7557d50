"""A counter employee's intake report for a house-sitting request (issue 17, fresh8's
studied half): a table of subject, the tenant's answer and the employee's note, the
sitter's birth date under their name as "geb. 1971-04-25". "geb." is the abbreviation of
"geboren" that forms and notes print: a generic label (flagged, at most 0.75)."""

from __future__ import annotations

from tests.extractors.rendered import only_document, placed_pdf


def test_the_sitters_birth_date_after_the_abbreviation_geb():
    rows = [(63, 61, "Woonstad Rotterdam"), (63, 115, "Gespreksverslag balie: aanvraag huisbewaring"),
            (67, 162, "Onderwerp"), (189, 162, "Antwoord huurder"), (380, 162, "Notitie medewerker"),
            (67, 180, "Huurder"), (189, 180, "Al Ahmad D."), (380, 180, "klantnr. 564513"),
            (67, 209, "Huisbewaarder"), (189, 209, "Yasmina Nadia Ouali"), (380, 209, "ID gezien: paspoort"),
            (189, 221, "geb. 1971-04-25"),
            (67, 238, "Periode"), (189, 238, "van 2026-05-04 t/m 2026-12-17"),
            (63, 393, "Naam: Al Ahmad D."), (300, 393, "Datum: 2026-04-18")]
    field = only_document(placed_pdf([rows])).fields["sitter_birth_date"]
    assert field.value == "1971-04-25" and field.confidence <= 0.75
