"""A tenant's typed letter states the house-sitting request in numbered items (issue 17,
fresh6's studied half): years in two digits after an apostrophe ("6 juli '26"), the end
after "tot en met" (not after "afwezig met", two letters from the label "afwezig tot"
but another word), and the sitter's facts in an item that opens with a pronoun after the
item that names the sitter ("5." between them does not break the chain)."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf


def test_a_tenants_numbered_letter_is_read_item_by_item():
    rows = [(63, 64, "Ruud Verbeek"), (63, 78, "Lindelaan 12"), (63, 92, "7311 AB Apeldoorn"),
            (63, 129, "Woonstichting De Veste"), (63, 143, "Postbus 200"), (63, 157, "7300 AE Apeldoorn"),
            (63, 195, "Apeldoorn, 2 juni '26"),
            (63, 220, "Betreft: verzoek om toestemming voor huisbewaring"),
            (63, 245, "Geachte heer, mevrouw,"),
            (63, 270, "Hierbij vraag ik uw toestemming om mijn woning tijdelijk door een huisbewaarder te laten bewonen."),
            (81, 295, "1. Ik ben afwezig met ingang van 1 augustus '26 tot en met 31 oktober '26."),
            (81, 310, "2. De reden van mijn afwezigheid: ik verblijf enige tijd elders om persoonlijke redenen."),
            (81, 325, "3. Tijdens mijn afwezigheid woont Sanne de Boer, geboren op 8 januari 1990, in mijn woning."),
            (81, 340, "4. Sanne de Boer betaalt mij een vergoeding van € 400,00 per maand voor de vaste lasten."),
            (81, 355, "5. Zij heeft geen eigen woning en geen minderjarige kinderen."),
            (63, 385, "Met vriendelijke groet,"), (63, 425, "Ruud Verbeek")]
    fields = field_values(only_document(placed_pdf([rows])))
    assert (fields["start_date"], fields["end_date"], fields["signed_date"]) == ("2026-08-01", "2026-10-31", "2026-06-02")
    assert (fields["sitter_has_own_home"], fields["sitter_has_minor_children"]) == (False, False)


def test_a_birth_date_is_never_read_from_a_year_in_two_digits():
    """"geboren op 8 januari '90": 1990 or 1890 cannot be told from the digits, and a
    sitter's age decides a check; the letter's own dates ('26) are read."""
    rows = [(63, 64, "Ruud Verbeek"), (63, 78, "Lindelaan 12"), (63, 92, "7311 AB Apeldoorn"),
            (63, 195, "Apeldoorn, 2 juni '26"), (63, 220, "Betreft: verzoek om toestemming voor huisbewaring"),
            (81, 295, "1. Ik ben afwezig met ingang van 1 augustus '26 tot en met 31 oktober '26."),
            (81, 325, "2. Tijdens mijn afwezigheid woont Sanne de Boer, geboren op 8 januari '90, in mijn woning."),
            (63, 385, "Met vriendelijke groet,"), (63, 425, "Ruud Verbeek")]
    fields = field_values(only_document(placed_pdf([rows])))
    assert (fields["start_date"], fields["sitter_birth_date"]) == ("2026-08-01", None)
