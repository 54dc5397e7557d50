"""Mechanisms of the twenty-second session (issue 17), each said without the layout that showed
it: a page printed from an HR portal sets small captions over its values in rows of three
("Werkgever | Functie | Afdeling" over "Hogeschool Zuidwest | Planner | Logistiek") and greets
the employee logged in ("Welkom, Henk van Wijk"); two party columns head their names with a
role and a note in brackets ("HOOFDHUURDER (VERHUURT DE KAMER)"), the note no name; a persons
table's header wraps over three lines with footnote marks ("Datum aanvang ¹" over
"adreshouding"), a column of the day the municipality entered the move beside it; an income
statement sets the partner's column beside the taxpayer's ("Burgerservicenummer 565267036
209665841"); a browser prints its date and the page's title at the top of a bank's page; a row
of captions one of which OCR misread ("Rekeninghouders  BAN  Afgedrukt op"); a municipality's
letterhead over its team's, the team declaring; an example after "Een voorbeeld." on a line of
its own. Properties: a wrapped header whose words are under no one label is not stacked; a
plain nine-digit BSN reads as it did."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import _common, bankafschrift, brp_uittreksel, inkomensverklaring
from extractors._common import example_words
from extractors.pages import read_bytes
from tests.extractors.rendered import field_values, ocr_like, only_document, placed_pdf

# --- an HR portal's page: captions over values in rows of three -----------------------------------

_PORTAL = [(60, 50, "04-10-2025 Personeelsloket online - Mijn dienstverband"), (60, 70, "Home › Mijn gegevens › Mijn dienstverband"),
           (60, 95, "Welkom, Henk Maarten van Wijk"), (60, 125, "Huidig dienstverband"),
           (70, 145, "Werkgever"), (230, 145, "Functie"), (390, 145, "Afdeling"),
           (70, 157, "Hogeschool Zuidwest"), (230, 157, "Planner"), (390, 157, "Logistiek"),
           (70, 180, "Standplaats"), (230, 180, "Datum in dienst"), (390, 180, "Einde contract"),
           (70, 192, "Hoofddorp"), (230, 192, "1 okt 2025"), (390, 192, "onbepaalde tijd"),
           (70, 215, "Uren per week"), (230, 215, "Salarisschaal"), (390, 215, "Soort contract"),
           (70, 227, "32"), (230, 227, "11, trede 9"), (390, 227, "onbepaalde tijd")]  # fmt: skip
_CAPTIONS = frozenset(i for i, row in enumerate(_PORTAL) if row[1] in (145, 180, 215))


def test_a_portal_page_of_captions_over_values_is_an_employment_record_read_whole():
    document = only_document(placed_pdf([_PORTAL], small=_CAPTIONS))
    assert str(document.doc_type) == "arbeidsovereenkomst"
    values = field_values(document)
    assert values["employer"] == "Hogeschool Zuidwest"  # not "Functie", the caption beside "Werkgever"
    assert (values["employee_name"], values["place"], values["start_date"]) == ("Henk Maarten van Wijk", "Hoofddorp", "2025-10-01")


# --- two party columns headed by a role and its note ------------------------------------------------

_PARTIES = [(60, 60, "Huurovereenkomst voor een kamer"),
            (70, 100, "HOOFDHUURDER (VERHUURT DE KAMER)"), (320, 100, "ONDERHUURDER (HUURT DE KAMER)"),
            (80, 120, "Naam"), (330, 120, "Naam"), (80, 132, "S. Maduro"), (330, 132, "Abena Akosua Boateng"),
            (80, 150, "Geboortedatum"), (330, 150, "Geboortedatum"), (80, 162, "7 augustus 1986"), (330, 162, "19 augustus 1996"),
            (60, 200, "Adres van de kamer  Tweede Oosterparkstraat 20, 3833LX Leusden"),
            (60, 214, "Ingangsdatum  1 april 2026"), (60, 228, "Huurprijs per maand  € 510,00")]  # fmt: skip


def test_a_roles_note_in_brackets_is_no_name_and_each_party_is_read_in_its_column():
    values = field_values(only_document(placed_pdf([_PARTIES])))
    assert (values["tenant_name"], values["subtenant_name"]) == ("S. Maduro", "Abena Akosua Boateng")


# --- a persons table whose header wraps over three lines with footnote marks ------------------------

_WRAPPED = [(60, 60, "Gemeente Bloemendaal"), (60, 80, "Uittreksel uit de Basisregistratie Personen"),
            (60, 100, "Straat en huisnummer  Spinozaerf 37"), (60, 112, "Postcode en woonplaats  2061HW Bloemendaal"),
            (60, 140, "Naam"), (140, 140, "Geboortedatum"), (220, 140, "BSN"), (300, 140, "Datum aanvang"),
            (400, 140, "Datum van"), (490, 140, "Vorige"),
            (367, 146, "1"), (448, 146, "2"), (490, 152, "gemeente"),
            (300, 152, "adreshouding"), (400, 152, "opneming"),
            (60, 170, "Mehmet Yilmaz"), (140, 170, "07-09-1989"), (220, 170, "218756136"), (300, 170, "13-04-2021"),
            (400, 170, "20-05-2021"), (490, 170, "Buitenland"),
            (60, 184, "Priya Fränkel"), (140, 184, "03-04-1997"), (220, 184, "382031726"), (300, 184, "25-09-2023"),
            (400, 184, "16-10-2023"), (490, 184, "Amstelveen")]  # fmt: skip
_MARKS = frozenset(i for i, row in enumerate(_WRAPPED) if row[2] in ("1", "2"))


def test_a_header_wrapped_over_three_lines_with_footnote_marks_gives_the_day_of_settling():
    persons = brp_uittreksel.extract(read_bytes(placed_pdf([_WRAPPED], small=_MARKS), "brp.pdf"))["persons"].value
    assert [(p["name"], p["registered_since"]) for p in persons] == [("Mehmet Yilmaz", "2021-04-13"), ("Priya Fränkel", "2023-09-25")]


def test_the_wrapped_header_reads_whole_as_ocr_gives_it_too():
    pages = ocr_like(read_bytes(placed_pdf([_WRAPPED], small=_MARKS), "brp.pdf"))
    persons = brp_uittreksel.extract(pages)["persons"].value
    assert [p["registered_since"] for p in persons] == ["2021-04-13", "2023-09-25"]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["Naam", "Datum", "BSN", "Adres", "van", "aanvang"]), min_size=2, max_size=5),
       st.sampled_from(["adreshouding", "vestiging", "woonplaats"]))
def test_a_word_under_two_labels_set_apart_is_no_wrapped_label(header, wrapped):
    # the header's labels 80 points apart; the word below (one word, 120 points and more) spans two of them: no label wraps so
    placed = [(60 + 80 * i, 100, text) for i, text in enumerate(header)] + [(70, 112, wrapped * 3)]
    (page,) = read_bytes(placed_pdf([placed]), "p.pdf")
    assert _common.stacked_header(page.lines, 0) is None


# --- the partner's column beside the taxpayer's ----------------------------------------------------

_PARTNERS = [(60, 60, "Belastingdienst"), (60, 90, "Inkomensverklaring 2025"), (60, 110, "Dagtekening 12.08.2026"),
             (60, 140, "Bedragen in euro's"), (250, 140, "U"), (380, 140, "Uw fiscale partner"),
             (60, 154, "Naam"), (250, 154, "Merve Doğan"), (380, 154, "Mehmet Güneş"),
             (60, 168, "Burgerservicenummer"), (250, 168, "565267036"), (380, 168, "209665841"),
             (60, 182, "Verzamelinkomen"), (250, 182, "€ 41.185,00"), (380, 182, "€ 6.691,40")]  # fmt: skip


def test_the_taxpayers_bsn_is_the_first_of_two_columns():
    assert inkomensverklaring.extract(read_bytes(placed_pdf([_PARTNERS]), "ib.pdf"))["bsn"].value == "565267036"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["111222333", "123456782", "565267036"]), st.sampled_from(["{}", "{} ", "{}.", "{0:.3} {0[3]}{0[4]}{0[5]} {0[6]}{0[7]}{0[8]}"]))
def test_a_bsn_printed_alone_reads_as_it_did(bsn, form):
    text = form.format(bsn).strip()
    pages = read_bytes(placed_pdf([[(60, 60, "Inkomensverklaring 2025"), (60, 90, "Burgerservicenummer"), (200, 90, text)]]), "ib.pdf")
    assert inkomensverklaring.extract(pages)["bsn"].value == bsn


# --- a bank's page printed from the browser ---------------------------------------------------------

_CALENDAR = [(40, 30, "08-05-2026 ABN AMRO - Kalender"), (60, 60, "ABN AMRO Kalender"),
             (60, 90, "Rekeninghouders"), (250, 90, "BAN"), (420, 90, "Afgedrukt op"),
             (60, 102, "Maarten Visser"), (250, 102, "NL49 ABNA 0051 3733 03"), (420, 102, "08-05-2026"),
             (60, 114, "Aleksandra Kowalczyk"), (60, 140, "April 2026"),
             (60, 160, "6"), (120, 160, "7"), (60, 172, "Action +190,98"), (120, 172, "CZ -85,04")]  # fmt: skip


def test_a_caption_misread_beside_the_holders_label_is_no_holder_and_the_printed_date_no_transaction():
    pages = ocr_like(read_bytes(placed_pdf([_CALENDAR]), "kalender.pdf"))
    fields = bankafschrift.extract(pages)
    assert fields["account_holders"].value == ["Maarten Visser", "Aleksandra Kowalczyk"]
    assert fields["iban"].value == "NL49ABNA0051373303"


# --- a team's declaration under its municipality's letterhead ----------------------------------------

_TEAM = [(60, 50, "Gemeente Ouder-Amstel"), (60, 64, "Wijkteam De Hoogte"), (60, 78, "Postbus 93078"),
         (60, 110, "Verklaring"),
         (60, 130, "Het Wijkteam De Hoogte verklaart dat Naomi Dors de mantelzorger is van Abdelilah El Khattabi,"),
         (60, 142, "wonend Reigerweg 29 te Duivendrecht. Naomi Dors helpt overdag."),
         (60, 170, "Datum 19-10-2026")]  # fmt: skip


def test_the_letterheads_organisation_that_declares_is_the_issuer():
    from extractors import mantelzorgverklaring

    fields = mantelzorgverklaring.extract(read_bytes(placed_pdf([_TEAM]), "verklaring.pdf"))
    assert fields["issuer"].value == "Wijkteam De Hoogte"


def test_a_letterhead_no_sentence_names_keeps_its_first_organisation():
    from extractors import mantelzorgverklaring

    rows = [row if "verklaart" not in row[2] else (60, 130, "Wij verklaren dat Naomi Dors de mantelzorger is van Abdelilah El Khattabi,") for row in _TEAM]
    fields = mantelzorgverklaring.extract(read_bytes(placed_pdf([rows]), "verklaring.pdf"))
    assert fields["issuer"].value == "Gemeente Ouder-Amstel"


# --- an example after "Een voorbeeld." on a line of its own ------------------------------------------

def test_the_sentence_after_an_example_heading_line_is_an_example():
    rows = [(60, 60, "Bon: aanvraag huisbewaring"), (60, 72, "Een voorbeeld. Anjali gaat van 01.11.2026 tot en met 29.06.2027"),
            (60, 84, "voor haar werk naar het buitenland."), (60, 110, "Naam huurder  Abena Owusu")]  # fmt: skip
    (page,) = read_bytes(placed_pdf([rows]), "bon.pdf")
    examples = {word.text for word in page.words if id(word) in example_words(page)}
    assert {"01.11.2026", "29.06.2027"} <= examples and "Owusu" not in examples


# --- a generic caption over its one value in a sidebar --------------------------------------------

_SIDEBAR = [(20, 60, "gemeente"), (150, 60, "Uittreksel Basisregistratie Personen"), (20, 72, "Doetinchem"),
            (150, 90, "Op het adres Dr. Schaepmanstraat 6, 7003 NF Doetinchem staan ingeschreven:"),
            (20, 120, "Uw aanvraag"), (20, 132, "21 september 2026"), (20, 160, "Datum"), (20, 172, "01-10-2026"),
            (163, 120, "Owusu, K."), (163, 134, "Geboortedatum 30-10-1980"), (163, 148, "BSN 380022886")]  # fmt: skip


def test_a_generic_caption_alone_over_one_value_gives_it():
    from extractors.locating import fill_from_labels

    pages = read_bytes(placed_pdf([_SIDEBAR]), "brp.pdf")
    filled = fill_from_labels("brp_uittreksel", pages, brp_uittreksel.extract(pages))
    assert filled["issue_date"].value == "2026-10-01"
    assert filled["issue_date"].confidence < 0.8  # a generic label's: the analyst looks


def test_a_generic_caption_over_a_column_of_dates_gives_none_of_them():
    from extractors.locating import fill_from_labels

    rows = [(60, 60, "Rekeningafschrift"), (60, 90, "Datum"), (60, 102, "03-01-2026"), (60, 114, "05-01-2026"), (60, 126, "09-01-2026")]
    found = fill_from_labels("bankafschrift", read_bytes(placed_pdf([rows]), "a.pdf"), {}).get("statement_date")
    assert found is None or found.value is None


def test_a_hospitals_date_with_its_month_glued_between_day_and_year_reads():
    from extractors.values import parse_date

    assert [parse_date(t) for t in ("13NOV2026", "19OKT2026", "1jan2027")] == ["2026-11-13", "2026-10-19", "2027-01-01"]
    assert parse_date("13NOV20266") is None and parse_date("NOV2026") is None


def test_a_street_with_an_elided_article_and_a_signing_place_in_a_sentence():
    rows = [(60, 60, "Onderhuurovereenkomst kamer"), (60, 80, "Art. 1 Partijen"),
            (60, 94, "S. Guleed (hoofdhuurder) verhuurt aan Pieter Teun Jansen (onderhuurder) een kamer in de woning 't Hoogt"),
            (60, 106, "155H, 5432 AG Cuijk."), (60, 130, "De huur is eur 450,00 per maand."),
            (60, 160, "Getekend in Cuijk op 31-08-2026.")]  # fmt: skip
    values = field_values(only_document(placed_pdf([rows])))
    assert (values["house_number"], values["postcode"], values["signed_date"]) == ("155H", "5432AG", "2026-08-31")


def test_an_institutions_letterhead_cell_beside_a_portals_name_is_the_employer():
    from extractors import arbeidsovereenkomst

    rows = [(60, 40, "Personeelsloket online"), (420, 40, "Hogeschool Zuidwest"), (60, 80, "Mijn dienstverband"),
            (60, 100, "Datum in dienst 1 okt 2025")]  # fmt: skip
    assert arbeidsovereenkomst.extract(read_bytes(placed_pdf([rows]), "p.pdf"))["employer"].value == "Hogeschool Zuidwest"
