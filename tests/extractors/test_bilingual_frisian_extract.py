"""A municipality in Fryslân prints its BRP extract in Dutch with the Frisian under each
label, its dates in Frisian months ("12 febrewaris 1992", "12 juny 2020"), and its third
resident's block running on to page 2, which opens with that block's "Burgerservicenummer"
row (issue 17, fresh8's studied half). The Frisian months are dates; a page that opens
with a row of the document's own labels carries its record on (it was read as a second,
`unknown` document, and the resident lost their BSN); the place of issue may stand between
the verb and the date ("Afgegeven te Dokkum op 20 maart 2026.")."""

from __future__ import annotations

from extractors.documents import documents_of
from extractors.pages import read_bytes
from extractors.values import parse_date
from tests.extractors.rendered import field_values, placed_pdf


def _person(y: float, number: int, name: str, born: str, bsn: str, since: str) -> list[tuple[float, float, str]]:
    rows = [(68, y, f"Persoon {number} · Persoan {number}"), (68, y + 16, f"Naam {name}"), (68, y + 30, "Namme"),
            (68, y + 50, f"Geboortedatum {born}"), (68, y + 64, "Bertedatum")]
    if bsn:
        rows += [(68, y + 84, f"Burgerservicenummer {bsn}"), (68, y + 98, "Boargerservicenûmer"),
                 (68, y + 118, f"Datum aanvang adreshouding {since}"), (68, y + 132, "Datum begjin adreshâlding")]
    return rows


def test_frisian_months_are_dates():
    assert parse_date("12 febrewaris 1992") == "1992-02-12"
    assert parse_date("12 juny 2020") == "2020-06-12"
    assert parse_date("5 maaie 2026") == "2026-05-05"


def test_a_page_that_opens_with_a_row_of_the_extracts_labels_carries_its_record_on():
    first = [(57, 49, "Gemeente Noardeast-Fryslân"), (57, 107, "Uittreksel Basisregistratie Personen"),
             (57, 128, "Ûttreksel Basisregistraasje Persoanen"),
             (57, 194, "Straat en huisnummer Reigerlaan 195"), (57, 229, "Postcode 9103 ZW"), (57, 263, "Woonplaats Dokkum"),
             *_person(302, 1, "Alhaji, Rami", "12 febrewaris 1992", "672 437 053", "12 juny 2020"),
             *_person(494, 2, "Çelik, Fatma", "10 augustus 1965", "394863744", "19 oktober 2021"),
             *_person(686, 3, "Çelik, Lina", "2 augustus 2012", "", "")]
    second = [(68, 46, "Burgerservicenummer 614 978 087"), (68, 60, "Boargerservicenûmer"),
              (68, 80, "Datum aanvang adreshouding 8 augustus 2020"), (68, 94, "Datum begjin adreshâlding"),
              (57, 133, "Afgegeven te Dokkum op 20 maart 2026."), (57, 146, "Útjûn te Dokkum."),
              (57, 168, "De ambtenaar burgerzaken / De amtner boargersaken,")]
    (document,) = documents_of(read_bytes(placed_pdf([first, second]), "uittreksel.pdf"))
    assert document.pages == (1, 2)
    fields = field_values(document)
    assert fields["issue_date"] == "2026-03-20"
    assert [p["bsn"] for p in fields["persons"]] == ["672437053", "394863744", "614978087"]
    assert fields["persons"][0]["birth_date"] == "1992-02-12" and fields["persons"][0]["registered_since"] == "2020-06-12"
