"""A label and its translation side by side, a slash between them (issue 17; fresh10's
unseen `neobank_tweetalig_maandafschrift` and `studentenplatform_mail_thread`, studied for
this and moved to the studied half): "Account holders / Rekeninghouders  Ruba Al Ahmad"
over "Budi Sutedja", "Start date / Ingangsdatum  Sat 1 Aug 2026". After the first label
stands only the slash, so its value was looked for under it: the second holder alone, and
the next row's date ("Agreed on / Overeengekomen op  Wed 15 Jul 2026") as the start date
at 0.79. The pair is one label, its value after the second (`locating._before_its_translation`)."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf


def test_a_bilingual_statement_header_gives_both_holders():
    rows = [(63, 70, "bunq"), (63, 110, "Monthly statement / Maandafschrift"),
            (63, 135, "Account holders / Rekeninghouders"), (243, 135, "Ruba Al Ahmad"),
            (243, 147, "Budi Sutedja"),
            (63, 163, "IBAN"), (243, 163, "NL76 BUNQ 6057 3299 55"),
            (63, 179, "Period / Periode"), (243, 179, "Sun 1 Feb 2026 – Mon 16 Feb 2026"),
            (63, 194, "Statement date / Afschriftdatum"), (243, 194, "Tue 17 Feb 2026"),
            (63, 210, "Opening balance / Beginsaldo"), (243, 210, "3,605.98 EUR"),
            (63, 240, "Date"), (160, 240, "Description"), (480, 240, "Amount"),
            (63, 256, "5 Feb 2026"), (160, 256, "Lidl"), (480, 256, "-192.01 EUR")]
    fields = field_values(only_document(placed_pdf([rows])))
    assert fields["account_holders"] == ["Ruba Al Ahmad", "Budi Sutedja"]
    assert fields["statement_date"] == "2026-02-17"


def test_a_bilingual_start_date_is_the_one_after_the_pair():
    rows = [(63, 60, "Kamerhub.nl"), (63, 80, "Subject Your sublet agreement is confirmed / Je onderhuurovereenkomst is bevestigd"),
            (63, 110, "Main tenant / Hoofdhuurder"), (200, 110, "Abdullahi Guleed"),
            (63, 124, "Subtenant / Onderhuurder"), (200, 124, "Djenifer Lopes"),
            (63, 138, "Monthly rent / Huur per maand"), (200, 138, "325.00 EUR"),
            (63, 152, "Start date / Ingangsdatum"), (200, 152, "Sat 1 Aug 2026"),
            (63, 166, "Agreed on / Overeengekomen op"), (200, 166, "Wed 15 Jul 2026")]
    fields = field_values(only_document(placed_pdf([rows])))
    assert fields["start_date"] == "2026-08-01"


def _room_agreement(address_label: str) -> dict:
    rows = [(67, 60, "Huurovereenkomst kamer (onderhuur)"),
            (67, 90, "Hoofdhuurder / Main tenant"), (281, 90, "Johanna IJzerman"),
            (67, 104, "Onderhuurder / Subtenant"), (281, 104, "Ifrah Guleed"),
            (67, 118, address_label), (281, 118, "Dorpspark 12-2"),
            (281, 130, "1948TX Beverwijk"),
            (67, 146, "Huurprijs per maand / Monthly rent"), (281, 146, "€ 450,-"),
            (67, 160, "Ingangsdatum / Commencement date"), (281, 160, "01.03.2026")]
    return field_values(only_document(placed_pdf([rows])))


def test_an_address_on_two_lines_after_a_bilingual_label_gives_its_postcode():
    """The address's second line stands under the value, not under the label: the pair's
    value goes on there (`locating._value_goes_on`)."""
    fields = _room_agreement("Adres van de kamer / Address of the room")
    assert fields["postcode"] == "1948TX" and fields["house_number"] == "12-2"
    assert fields["start_date"] == "2026-03-01"


def test_an_address_on_two_lines_after_one_label_gives_its_postcode():
    fields = _room_agreement("Adres van de kamer")
    assert fields["postcode"] == "1948TX" and fields["house_number"] == "12-2"
