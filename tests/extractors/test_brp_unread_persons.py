"""A BRP extract's person block of which nothing could be read as a value (a date that is
no date, a number that fails the elfproef: a security paper's print read through its
guilloche) is no resident: the persons field is null, and the file is extracted, never an
"unexpected failure" (fresh8's first contact)."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf


def test_a_person_block_with_nothing_readable_is_no_resident_and_no_failure():
    rows = [(60, 50, "Uittreksel Basisregistratie Personen"), (60, 70, "Gemeente Haarlemmermeer"),
            (60, 100, "Adres: Spreeuwenlaan 3, 2132 KJ Hoofddorp"),
            (60, 140, "Geboortedatum: 31-13-1990"), (60, 155, "BSN: 123456789"),
            (60, 200, "Datum uittreksel: 17 juni 2026")]
    fields = field_values(only_document(placed_pdf([rows])))
    assert fields["persons"] is None
    assert fields["postcode"] == "2132KJ"
