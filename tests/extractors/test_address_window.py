"""A bank statement that names its holders only in the envelope's address window
(issue 17, fresh6's studied half): "Mevrouw H. Ouali" over "en de heer K. el Yousfi" over
the street. Both are the account's holders, flagged (below 0.80) for the analyst: an
address window is read without a label that says what its names are."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf

_STATEMENT = [(68, 63, "Deutsche Bank Rekeningafschrift nr. 3/2026"), (63, 82, "Private Banking"), (417, 82, "Afschriftdatum 12-04-2026"),
              (63, 241, "IBAN NL80 DEUT 1817 5436 27"), (63, 258, "BIC DEUTNL2A"), (63, 292, "Periode 01-03-2026 - 31-03-2026"),
              (63, 320, "Boekdatum Omschrijving Debet Credit"), (63, 336, "01-03-2026 Transport / saldo vorig afschrift 3.242,40"),
              (63, 354, "03-03-2026 Zilveren Kruis 59,71"), (63, 371, "12-03-2026 Vattenfall 97,17"), (63, 389, "31-03-2026 Nieuw saldo 3.085,52")]


def test_the_holders_in_the_address_window_are_the_account_holders():
    window = [(80, 157, "Mevrouw H. Ouali"), (80, 170, "en de heer K. el Yousfi"), (80, 184, "Beukengracht 9"), (80, 197, "2151 NN NIEUW-VENNEP")]
    document = only_document(placed_pdf([_STATEMENT + window]))
    assert field_values(document)["account_holders"] == ["H. Ouali", "K. el Yousfi"]
    assert document.fields["account_holders"].confidence < 0.8


def test_one_addressee_is_one_holder_and_names_without_an_address_under_them_are_none():
    one = [(80, 157, "De heer P. Jansen"), (80, 170, "Beukengracht 9"), (80, 184, "2151 NN NIEUW-VENNEP")]
    assert field_values(only_document(placed_pdf([_STATEMENT + one])))["account_holders"] == ["P. Jansen"]
    no_street = [(80, 157, "Mevrouw H. Ouali"), (80, 170, "en de heer K. el Yousfi"), (80, 184, "Uw rekeningoverzicht")]
    assert field_values(only_document(placed_pdf([_STATEMENT + no_street])))["account_holders"] is None


def test_a_bare_address_block_names_the_taxpayer_of_a_plain_language_letter():
    """The Belastingdienst's plain-language letter (fresh7's studied half) addresses
    "Manuel Tavares" over "Zuiderlaan 8" over "6002 MH WEERT", without "De heer", and a
    column of references beside the block interleaves its lines."""
    rows = [(63, 61, "Belastingdienst"), (219, 89, "Anna de Wit"), (219, 104, "Zuiderlaan 8"), (74, 114, "Uw gegevens"),
            (219, 120, "6002 MH WEERT"), (74, 139, "Burgerservicenummer"), (74, 152, "568 682 968"),
            (219, 163, "Onderwerp: uw inkomensverklaring 2025"), (74, 177, "Datum"), (74, 189, "31 oktober 2026"),
            (219, 189, "Beste mevrouw De Wit,"),
            (219, 299, "Uw verzamelinkomen over 2025 was € 11.672,-.")]
    assert field_values(only_document(placed_pdf([rows])))["name"] == "Anna de Wit"
    rows[1] = (219, 89, "Bouwbedrijf Jansen B.V.")  # an organisation's block names no taxpayer
    assert field_values(only_document(placed_pdf([rows])))["name"] is None
