"""Mechanisms of the sixteenth session (issue 17), each said without the layout that showed
it: a bank's system joins its account's holders with "EN/OF" in its own capitals; a form's
"dd - mm - jjjj" is filled in with its spaced hyphens; "Ondergetekende, <name>," with the
comma read as a full stop still introduces the writer, and the sitter who writes Part B of
a request is the one its facts are said of; a room agreement in plain words says where
the room is and when it was agreed (fresh12, fresh2, fresh14, fresh and dev studied
material). From fresh22's studied half: a label's translation after a slash in its own
cell; a date label whose own value does not read gives none from the rows under it; a
rent said per week is not the month's; two parties' headings over their names; a
letterhead is above the document's rows; a name printed twice in a row, a surname-first
name whose comma OCR read as a full stop; a row's number and a rule before its name; a
browser's English translation of the income statement; a municipality's permit is no
extract."""

from __future__ import annotations

import re

import pytest

from extractors.names import JOINED
from extractors.values import DATE_PATTERN, parse_date
from tests.extractors.rendered import field_values, lines_pdf, only_document, placed_pdf

_BALANCE_STATEMENT = [
    "RegioBank",
    "Aanmaakdatum 11-03-2026",
    "Tenaamstelling {holders}",
    "Betreft Saldo-opgave 2025 voor uw aangifte inkomstenbelasting",
    "Rekening IBAN Saldo 1 januari Saldo 31 december",
    "Betaalrekening NL91 ABNA 0417 1643 00 16.023,97 18.554,58",
]


@pytest.mark.parametrize("joined, expected", [
    ("RAHIMI AS EN/OF KHOURY R", ["RAHIMI AS", "KHOURY R"]),
    ("RAHIMI AS EN KHOURY R", ["RAHIMI AS", "KHOURY R"]),
    ("A.S. Rahimi en/of R. Khoury", ["A.S. Rahimi", "R. Khoury"]),
])  # fmt: skip
def test_holders_joined_in_a_banks_capitals_are_two_holders(joined, expected):
    lines = [line.format(holders=joined) for line in _BALANCE_STATEMENT]
    assert field_values(only_document(lines_pdf(lines)))["account_holders"] == expected


def test_a_name_in_capitals_is_not_split_inside_a_word():
    assert re.split(JOINED, "HENDRIKSEN R") == ["HENDRIKSEN R"] and re.split(JOINED, "EENHOORN EVA") == ["EENHOORN EVA"]


_HOUSE_SITTING_FORM = [
    "Aanvraag huisbewaring",
    "1. Gegevens huurder",
    "Naam Osman Kaya",
    "2. Gegevens huisbewaarder",
    "Naam Julia Prins",
    "Geboortedatum (dd - mm - jjjj) 02 - 06 - 1978",
    "3. Periode en reden",
    "Vertrekdatum huurder (dd - mm - jjjj) 24 - 09 - 2026",
    "Terugkeerdatum huurder (dd - mm - jjjj) 18 - 05 - 2027",
    "Handtekening huurder",
    "Datum: 29 - 06 - 2026",
]


def test_dates_filled_in_with_a_forms_spaced_hyphens_are_read():
    values = field_values(only_document(lines_pdf(_HOUSE_SITTING_FORM)))
    assert (values["sitter_birth_date"], values["start_date"], values["end_date"], values["signed_date"]) == (
        "1978-06-02", "2026-09-24", "2027-05-18", "2026-06-29")


@pytest.mark.parametrize("text", ["020 - 12 - 34567", "tel. 06 - 12 - 345678", "12 - 10 - 20265", "1 - 2"])
def test_numbers_with_spaced_hyphens_that_are_no_date_stay_no_date(text):
    assert not [m.group(0) for m in re.finditer(DATE_PATTERN, text, re.IGNORECASE) if parse_date(m.group(0))]


_REQUEST_IN_TWO_PARTS = [
    "Woonstad Rotterdam",
    "Aanvraag huisbewaring",
    "Deel A — de huurder",
    "Ondergetekende{comma} Tekle Berhane, huurder van de woning Groenestraat 76, 2104 BC Heemstede, verzoekt Woonstad",
    "Rotterdam om toestemming de woning in bewaring te geven van 11.3.2026 tot en met 20.5.2026, omdat ik wil",
    "proberen of samenwonen met mijn vriend(in) bevalt.",
    "Deel B — verklaring van de huisbewaarder",
    "Ondergetekende{comma} Soumaya Salma Kaddouri, geboren op 31.7.1972, verklaart:",
    "• dat zij geen minderjarige kinderen heeft;",
    "• dat zij zelf geen woonruimte huurt of in eigendom heeft;",
    "• dat zij de huurder een vergoeding van € 400,- per maand betaalt;",
    "Aldus naar waarheid ingevuld en ondertekend te Heemstede op 28.1.2026.",
]


@pytest.mark.parametrize("comma", [",", "."])
def test_a_writer_introduced_after_ondergetekende_whatever_ocr_made_of_its_comma(comma):
    values = field_values(only_document(lines_pdf([line.format(comma=comma) for line in _REQUEST_IN_TWO_PARTS])))
    assert (values["tenant_name"], values["sitter_name"]) == ("Tekle Berhane", "Soumaya Salma Kaddouri")
    assert (values["sitter_has_own_home"], values["sitter_has_minor_children"]) == (False, False)


_ROOM_IN_PLAIN_WORDS = [
    "Onze afspraken over de kamer",
    "Onderhuur van een kamer, in vragen en antwoorden",
    "1. Wie verhuurt de kamer?",
    "Tess Fleur de Vries. Ik huur de hele woning zelf van de woningcorporatie.",
    "2. Wie huurt de kamer?",
    "Boateng, Abena",
    "3. Over welke kamer gaat het?",
    "De kamer aan de achterkant op de eerste verdieping van Mr. P.J. Troelstralaan 149-2, 7741BP",
    "Coevorden.",
    "4. Vanaf wanneer mag je er wonen?",
    "Vanaf 6 mei 2026.",
    "Zo afgesproken in Coevorden op 16 april 2026.",
]


def test_a_room_agreement_in_plain_words_says_where_the_room_is_and_when_it_was_agreed():
    values = field_values(only_document(lines_pdf(_ROOM_IN_PLAIN_WORDS)))
    assert (values["postcode"], values["house_number"], values["signed_date"]) == ("7741BP", "149-2", "2026-04-16")


def test_a_partys_own_address_after_a_comma_is_not_the_rooms():
    lines = ["Huurovereenkomst kamer", "Hoofdhuurder: Tess de Vries", "De hoofdhuurder verhuurt een kamer aan de onderhuurder, wonende aan",
             "Kerkstraat 12, 1234 AB Assen.", "Huurprijs kamer: € 300,00 per maand"]
    values = field_values(only_document(lines_pdf(lines)))
    assert values["postcode"] is None and values["house_number"] is None


def _contract(end: str) -> bytes:
    rows = [(40, 60, "Corendon Dutch Airlines B.V."), (40, 80, "Arbeidsovereenkomst voor bepaalde tijd"),
            (40, 110, "Werknemer / Employee"), (260, 110, "Kwame Boateng"),
            (40, 125, "Ingangsdatum / Beginning"), (260, 125, "01-02-2026"),
            (40, 140, "Einddatum / Ending"), (260, 140, end),
            (40, 155, "Eerste vlucht"), (260, 155, "12-03-2026"),
            (40, 170, "Standplaats / Base"), (260, 170, "Groningen")]
    return placed_pdf([rows])


def test_a_labels_translation_after_a_slash_is_the_labels_not_the_value():
    values = field_values(only_document(_contract("02-09-2026")))
    assert (values["start_date"], values["end_date"], values["place"]) == ("2026-02-01", "2026-09-02", "Groningen")


def test_a_date_label_whose_own_date_does_not_read_takes_none_from_the_rows_under_it():
    assert field_values(only_document(_contract("O2-Sep-2O26")))["end_date"] is None


_HOSPITA = [
    "Huurovereenkomst hospitakamer",
    "Khadija Aziz, hoofdhuurder en bewoner van de woning, hierna: de hospita,",
    "en Said El Ouardi, hierna: de kamerhuurder, spreken het volgende af.",
    "1. De kamer. De hospita verhuurt een kamer in de woning Stationsgracht 7B, 1791 ZF Den Burg.",
    "2. Huurprijs. De huur bedraagt € 110,00 per week, te voldoen per vier weken vooruit.{month}",
    "Opgemaakt te Den Burg op 18 juli 2026.",
]


@pytest.mark.parametrize("month, expected", [("", None), (" Per maand is de huur € 476,67.", "476.67")])
def test_a_rent_said_per_week_is_not_the_months_rent(month, expected):
    assert field_values(only_document(lines_pdf([line.format(month=month) for line in _HOSPITA])))["room_rent"] == expected


def test_two_parties_headings_over_their_names_give_each_its_own():
    rows = [(40, 60, "Melding langdurige afwezigheid en aanvraag huisbewaring"), (40, 90, "Huurder"), (300, 90, "Huisbewaarder"),
            (40, 104, "H.S.W. ter Horst"), (300, 104, "Jurriëne Dirksz"), (40, 118, "Huisnummer deur: 98"),
            (300, 118, "Geboortedatum: 5 juni 2006"), (40, 140, "Afwezig van 11 november 2026 tot en met 22 juli 2027")]
    values = field_values(only_document(placed_pdf([rows])))
    assert (values["tenant_name"], values["sitter_name"]) == ("H.S.W. ter Horst", "Jurriëne Dirksz")


_OUT_OF_HOURS_LETTER = [
    "CHP Zeeland",
    "Spoedzorg buiten kantoortijden · avond, nacht en weekend",
    "Datum 09.04.2026",
    "Patiënt Prins, Anneke{stop} geboren 28-05-1969",
    "Eigen huisarts T. de Haan",
    "Verklaring mantelzorg",
    "Op verzoek van M. Kowalska, de mantelzorger van Prins, Anneke, verklaren wij het volgende.",
    "Datum Tijd Soort contact Gebeld door",
    "06-04-2026 23:17 ambulance ingezet M. Kowalska",
    "M. Kowalska verleent overdag en 's avonds mantelzorg aan Prins, Anneke.",
    "Met vriendelijke groet,",
    "A. Farah, medisch manager",
]


@pytest.mark.parametrize("stop", [",", "."])
def test_a_letterhead_stands_above_the_documents_rows_and_a_name_is_read_once(stop):
    values = field_values(only_document(lines_pdf([line.format(stop=stop) for line in _OUT_OF_HOURS_LETTER])))
    assert values["issuer"] == "CHP Zeeland"
    assert (values["caregiver_name"], values["care_recipient_name"]) == ("M. Kowalska", "Prins, Anneke")


def test_a_rows_number_and_a_rule_before_its_name_leave_the_name():
    rows = [(40, 40, "Gemeente Velsen"), (40, 60, "Uittreksel Basisregistratie Personen"), (40, 80, "Straat en huisnummer Tulpendreef 6 B"),
            (40, 110, "#"), (52, 110, "|"), (60, 110, "Naam"), (200, 110, "Geboortedatum"), (290, 110, "BSN"), (360, 110, "Datum aanvang adreshouding")]
    for i, (name, born, bsn, since) in enumerate([("Lopes, Djenifer", "10-04-1950", "123456782", "04-07-2021"),
                                                 ("Prins, lvone", "08-06-2008", "876543215", "15-06-2022")]):
        rows += [(40, 125 + 15 * i, str(i + 1)), (52, 125 + 15 * i, "|")]
        rows += [(x, 125 + 15 * i, value) for x, value in zip((60, 200, 290, 360), (name, born, bsn, since))]
    persons = field_values(only_document(placed_pdf([rows])))["persons"]
    assert [p["name"] for p in persons] == ["Lopes, Djenifer", "Prins, Ivone"]


_TRANSLATED_INCOME_PAGE = [
    "24/12/2026, 17:03 Income statement | My Tax Administration",
    "Deze pagina is vertaald uit het Nederlands naar het Engels Origineel tonen",
    "Income statement 2025",
    "Name Winston Mangroelal",
    "Citizen service number 123 456 782",
    "Tax year 2025",
    "Collective income EUR 49.633,50",
    "Date of declaration 17 November 2026",
]


def test_a_browsers_english_translation_of_the_income_statement_is_read_as_one():
    document = only_document(lines_pdf(_TRANSLATED_INCOME_PAGE))
    assert str(document.doc_type) == "inkomensverklaring"
    values = field_values(document)
    assert (values["name"], values["tax_year"], values["income"], values["issue_date"]) == ("Winston Mangroelal", 2025, "49633.50", "2026-11-17")


def test_a_municipalitys_parking_permit_citing_the_brp_is_no_extract():
    lines = ["Gemeente Den Helder", "Parkeren · vergunningen", "K. Boateng", "Stationsplein 6", "1788 NF Julianadorp", "Datum 23-10-2026",
             "Besluit bewonersvergunning parkeren",
             "U vroeg een bewonersvergunning aan. Volgens de Basisregistratie Personen woont u sinds 27-11-2023",
             "op het adres Stationsplein 6, 1788 NF Julianadorp. Daarmee voldoet u aan de voorwaarden.",
             "Vergunninghouder K. Boateng", "Kenteken R-623-HV", "Geldig van 04-11-2026"]
    assert str(only_document(lines_pdf(lines)).doc_type) == "unknown"


def test_a_struck_no_that_ocr_read_as_ne_is_a_struck_no():
    """The stroke across the o of "No" makes OCR read an e: struck, it is the option struck."""
    from PIL import Image, ImageDraw, ImageFont

    from extractors._ocr import struck_through
    from woondossier.model import Word

    image = Image.new("L", (400, 100), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 36)
    words = []
    for x, text, struck in ((20, "Yes", False), (120, "/", False), (160, "No", True), (260, "Ne", False)):
        left, top, right, bottom = draw.textbbox((x, 30), text, font=font)
        draw.text((x, 30), text, font=font, fill=0)
        if struck:
            middle = (top + bottom) // 2
            draw.line((left - 2, middle, right + 2, middle), fill=0, width=3)
        words.append(Word(text="Ne" if text == "No" else text, bbox=tuple(v * 72 / 200 for v in (left, top, right, bottom)), confidence=0.9))
    assert [w.text for w in struck_through(image, words, 200)] == ["Yes", "/", "N\u0336o\u0336", "Ne"]


def test_a_numbered_role_heading_over_its_party_names_that_party():
    """"1 Hoofdhuurder" over "Ricardo Bhagwandin  15.9.1984" and its captions: the heading's
    number does not make it share its line with anything."""
    lines = ["Huurcontract kamer formulier OH-14", "1 Hoofdhuurder", "Ricardo Bhagwandin 15.9.1984", "naam geboortedatum",
             "2 Onderhuurder", "Farah Warsame 25.9.1998", "naam geboortedatum", "3 De kamer", "'t Hoogt 9 6714XN Ede"]
    values = field_values(only_document(lines_pdf(lines)))
    assert (values["tenant_name"], values["subtenant_name"]) == ("Ricardo Bhagwandin", "Farah Warsame")


def test_a_jobs_family_and_grade_before_the_role_are_no_name():
    lines = ["gemeente Vlissingen", "Arbeidsovereenkomst", "Functie Handhaver openbare ruimte (BOA)",
             "Functiefamilie HR21 Medewerker Toezicht 2, schaal 8", "Datum indiensttreding 01-04-2026",
             "Gemeente Vlissingen, gevestigd te Vlissingen, en O. Darwish, geboren op 13-02-1971, wonende",
             "Oranjeplein 9 te Den Haag.", "namens het college van burgemeester en wethouders, de werknemer,",
             "S.H. Kaddouri O. Darwish"]
    assert field_values(only_document(lines_pdf(lines)))["employee_name"] != "Functiefamilie HR21"
