"""Mechanisms of the twenty-third session (issue 17), each said without the layout that showed
it: a bilingual form sets each caption over its translation and the value beside the
translation ("Naam huurder" over "Nome do inquilino      Oguz Dogan"), on a scan the pale
translation read as specks; a family tree on an extract draws relatives who do not live at
the address ("moeder · niet op dit adres"); a bank's overview is dated under "Datum overzicht".
Guards: a caption left empty over the next row's label and value takes nothing from that row;
a legend's sentence about such relatives drops no one."""

from __future__ import annotations

from extractors import bankafschrift, brp_uittreksel
from extractors.pages import read_bytes
from tests.extractors.rendered import field_values, ocr_like, only_document, placed_pdf

# --- a caption over its translation, the value beside the translation --------------------------------

_BILINGUAL = [(60, 50, "Woonstichting Kennemerland"), (60, 70, "Aanvraag huisbewaring"), (60, 84, "Pedido de guarda da casa"),
              (60, 110, "Naam huurder"), (60, 120, "Nome do inquilino"), (250, 120, "Oguz Dogan"),
              (60, 140, "Naam huisbewaarder"), (60, 150, "Nome do guardião da casa"), (250, 150, "Ronald Sutedja"),
              (60, 170, "Afwezig van"), (60, 180, "Ausente de"), (250, 180, "01-06-2026"),
              (60, 200, "tot en met"), (60, 210, "até (inclusive)"), (250, 210, "19-01-2027"),
              (60, 240, "Reden van afwezigheid: lange reis")]  # fmt: skip


def test_a_bilingual_forms_value_beside_the_captions_translation_is_read():
    values = field_values(only_document(placed_pdf([_BILINGUAL])))
    assert (values["tenant_name"], values["sitter_name"]) == ("Oguz Dogan", "Ronald Sutedja")


_EMPTY_ROW = [(60, 50, "Woonstichting Kennemerland"), (60, 70, "Aanvraag huisbewaring"),
              (60, 110, "Naam huurder"), (60, 121, "Naam huisbewaarder"), (250, 121, "Ronald Sutedja"),
              (60, 140, "Afwezig van"), (250, 140, "01-06-2026"), (60, 152, "Afwezig tot en met"), (250, 152, "19-01-2027")]  # fmt: skip


def test_an_empty_captions_next_row_lends_it_nothing():
    values = field_values(only_document(placed_pdf([_EMPTY_ROW])))
    assert values["sitter_name"] == "Ronald Sutedja"
    assert values["tenant_name"] != "Ronald Sutedja"  # the next row's label and value, not this one's


# --- a family tree on an extract: relatives not at the address ---------------------------------------

_TREE = [(60, 50, "Gemeente Apeldoorn"), (60, 66, "Uittreksel Basisregistratie Personen"), (400, 50, "Opgemaakt op 16 juni 2026"),
         (60, 100, "J. de Groot"), (60, 112, "geb. 10 juni 1919"), (60, 124, "vader · niet op dit adres"),
         (60, 150, "B. de Groot"), (60, 162, "geb. 18 maart 1954"), (60, 174, "BSN 606 790 536"), (60, 186, "op adres sinds 24 augustus 2003"),
         (60, 200, "F. Veenstra"), (60, 212, "geb. 16 november 1923"), (60, 224, "moeder · niet op dit adres"),
         (60, 240, "Y. Wiranata"), (60, 252, "geb. 18 juni 1996"), (60, 264, "BSN 667199676"), (60, 276, "op adres sinds 27 februari 2005"),
         (60, 300, "Legenda: een gestippeld kader is een familielid dat niet op dit adres woont."),
         (60, 330, "Adres  Tweede Oosterparkstraat 9-H, 7314 JJ Apeldoorn")]  # fmt: skip


def test_relatives_drawn_not_at_the_address_are_no_residents():
    for pages in (read_bytes(placed_pdf([_TREE]), "uittreksel.pdf"), ocr_like(read_bytes(placed_pdf([_TREE]), "uittreksel.pdf"))):
        persons = brp_uittreksel.extract(pages)["persons"].value
        assert [p["name"] for p in persons] == ["B. de Groot", "Y. Wiranata"]


def test_a_note_that_says_only_that_is_told_from_a_sentence():
    said = brp_uittreksel._NOT_RESIDENT.search
    assert said("vader · niet op dit adres") and said("(woont elders)") and said("Niet op dit adres ingeschreven")
    assert not said("Legenda: een gestippeld kader is een familielid dat niet op dit adres woont.")
    assert not said("op adres sinds 24 augustus 2003")


# --- an overview dated under "Datum overzicht" ---------------------------------------------------------

_OVERVIEW = [(60, 50, "ING Bank N.V."), (60, 90, "Totaaloverzicht"),
             (60, 110, "Rekeninghouders"), (300, 110, "Datum overzicht"), (60, 122, "R.J. Bakker"), (300, 122, "za 1-8-2026"),
             (60, 145, "Periode"), (60, 157, "01-07-2026 t/m 31-07-2026"),
             (60, 180, "Betaalrekening  NL77 INGB 0743 9763 15   Saldo per 31-07-2026  € 4.113,58")]  # fmt: skip


def test_an_overview_is_dated_by_its_own_date_not_its_periods_end():
    fields = bankafschrift.extract(read_bytes(placed_pdf([_OVERVIEW]), "overzicht.pdf"))
    assert fields["statement_date"].value == "2026-08-01"


_UNREAD_DATE = [(60, 50, "Handelsbanken"), (60, 80, "Rekeningoverzicht"),
                (60, 110, "Rekeninghouders"), (300, 110, "IBAN"), (60, 122, "1. Boersma, Chloë"), (300, 122, "NL54 HAND 0430 8823 72"),
                (60, 134, "2. Mohamed Ali, Mahad"), (300, 134, "Datum overzicht"), (300, 146, "7..2026"),
                (300, 166, "Periode"), (300, 178, "1.6.2026 — 30.6.2026"),
                (60, 210, "Datum  Omschrijving  Bedrag"), (60, 222, "02-06-2026  Bol.com  300,01")]  # fmt: skip


def test_a_date_caption_whose_date_ocr_garbled_takes_no_date_from_further_down():
    fields = bankafschrift.extract(ocr_like(read_bytes(placed_pdf([_UNREAD_DATE]), "overzicht.pdf")))
    assert fields["statement_date"].value != "2026-06-01"  # the period's start under it, another caption's
