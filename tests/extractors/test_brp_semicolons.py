"""A counter's BRP "afschrift" names its residents in one sentence each, parted by
semicolons (issue 17, fresh6's studied half): "Dima Hiba Haddad, geboren 20 mei 1959 te
Hoofddorp; BSN 446943320; adreshouding vanaf 4 november 2025.". A person's statement
runs to its full stop, not to the first semicolon, and two such lines ("..., geboren ...;
BSN" over "446943320; adreshouding vanaf ...") are sentences, never a persons table's
header broken over two lines."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf


def test_residents_named_in_sentences_parted_by_semicolons_keep_their_bsn_and_date():
    rows = [(121, 44, "GEMEENTE WESTLAND"), (171, 60, "Burgerzaken - balie"),
            (67, 84, "Afschrift uit de Basisregistratie Personen"),
            (46, 109, "Op verzoek van V. Aslan, ten behoeve van de verhuurder, wordt"),
            (46, 121, "verklaard dat op het adres Spreeuwenlaan 3, 2671 KJ Naaldwijk de"),
            (46, 133, "volgende personen zijn ingeschreven:"),
            (50, 155, "1. Volkan Aslan, geboren 25 november 1986 te Nijmegen; BSN"),
            (60, 167, "349099790; woonachtig op dit adres sinds 4 maart 2024."),
            (49, 183, "2. Dima Hiba Haddad, geboren 20 mei 1959 te Hoofddorp; BSN"),
            (60, 196, "446943320; adreshouding vanaf 4 november 2025."),
            (49, 212, "3. Hüseyin Mustafa Haddad, geboren 19 februari 2005 te"),
            (60, 224, "Nederweert; BSN 4368.60.752; adreshouding vanaf 14 maart 2025."),
            (50, 253, "Paraaf ambtenaar Datum afgifte Leges"), (50, 270, "MY 17 juni 2026 € 15,40")]
    persons = field_values(only_document(placed_pdf([rows])))["persons"]
    assert persons == [
        {"name": "Volkan Aslan", "birth_date": "1986-11-25", "bsn": "349099790", "registered_since": "2024-03-04"},
        {"name": "Dima Hiba Haddad", "birth_date": "1959-05-20", "bsn": "446943320", "registered_since": "2025-11-04"},
        {"name": "Hüseyin Mustafa Haddad", "birth_date": "2005-02-19", "bsn": "436860752", "registered_since": "2025-03-14"},
    ]
