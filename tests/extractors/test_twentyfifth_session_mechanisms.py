"""Mechanisms of the twenty-fifth session (issue 17), each said without a layout that showed it:
the documents of the EU's workers and banks in their own languages, as lexicons (data), not
cases. A work contract from Poland, Spain, Italy, Portugal, Romania or France is typed by its
title (`titles.toml`) and read by its labels (`labels.toml`), its dates in its own month names
(`lexicon/months.txt`, with Spanish and Portuguese "de"); a payslip or a notice of dismissal in
those languages stays a look-alike; a bank abroad's statement is typed and read in German or
Spanish, its holders joined by "und" or "y/o" but never split at a Spanish name's own "y"; an
organisation's legal form after a comma ("Hotel Mar Azul, Lda.") stays the name's
(`lexicon/legal_forms.txt`)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import lexicon
from extractors.documents import documents_of
from extractors.locating import _organisation
from extractors.names import JOINED
from extractors.pages import read_bytes
from extractors.values import DATE_PATTERN, parse_date
from tests.extractors.rendered import field_values, only_document, placed_pdf, scanned_png, unicode_pdf

# --- work contracts abroad --------------------------------------------------------------------

_POLISH = ["Zakład Stolarski Nowak Sp. z o.o., ul. Długa 5, 61-001 Poznań",
           "UMOWA O PRACĘ NA CZAS OKREŚLONY",
           "zawarta w dniu 15 lutego 2027 r. w Poznaniu pomiędzy:",
           "Pracodawca: Zakład Stolarski Nowak Sp. z o.o.",
           "reprezentowanym przez: Marek Nowak, prezes zarządu",
           "Pracownik: Pieter de Groot",
           "zamieszkały: Kerkstraat 4, 7511 AB Enschede, Holandia",
           "1. Rodzaj pracy, stanowisko: stolarz meblowy",
           "2. Miejsce wykonywania pracy: Poznań",
           "3. Wynagrodzenie: 6.200,00 zł brutto miesięcznie",
           "4. Termin rozpoczęcia pracy: 1 marca 2027 r.",
           "5. Umowa zawarta do: 31 sierpnia 2027 r."]  # fmt: skip
_SPANISH = ["CONTRATO DE TRABAJO TEMPORAL",
            "Empresa: Hortalizas del Sur S.L.          CIF: B04123456",
            "Domicilio social: Calle Mayor 12, 04700 El Ejido (Almería)",
            "Trabajador/a: Sanne Bakker                NIE: X1234567L",
            "Fecha de nacimiento: 12/04/1998           Nacionalidad: neerlandesa",
            "Centro de trabajo: Almería",
            "Fecha de inicio: 1 de marzo de 2027",
            "Fecha de fin: 30 de junio de 2027",
            "Jornada: 40 horas semanales. Periodo de prueba: un mes.",
            "En Almería, a 20 de febrero de 2027"]  # fmt: skip
_ITALIAN = ["Ristorante Da Mario S.r.l. - Via Roma 10, 20121 Milano",
            "CONTRATTO INDIVIDUALE DI LAVORO A TEMPO DETERMINATO",
            "Datore di lavoro: Ristorante Da Mario S.r.l.",
            "Lavoratore: Ruud Jansen, nato a Utrecht il 03/05/1995",
            "Data di assunzione: 1° aprile 2027",
            "Data di cessazione: 30 settembre 2027",
            "Sede di lavoro: Bergamo",
            "Mansioni: aiuto cuoco. Retribuzione lorda mensile: EUR 1.850,00",
            "Milano, 10 marzo 2027"]  # fmt: skip
_PORTUGUESE = ["CONTRATO DE TRABALHO A TERMO CERTO",
               "Primeiro outorgante: Hotel Mar Azul, Lda., NIPC 501234567, com sede em Faro",
               "Segundo outorgante: Eva Smit, portadora do passaporte NXK12AB34",
               "Data de início: 2 de maio de 2027",
               "Data de termo: 31 de outubro de 2027",
               "Local de trabalho: Albufeira",
               "Faro, 15 de abril de 2027"]  # fmt: skip
_ROMANIAN = ["CONTRACT INDIVIDUAL DE MUNCĂ",
             "Angajator: SC Transport Rapid SRL, cu sediul în Cluj-Napoca",
             "Salariat: Tom Visser, cetățean olandez",
             "Locul de muncă: Oradea",
             "Data începerii activității: 1 iunie 2027",
             "Data încetării contractului: 30 noiembrie 2027",
             "Cluj-Napoca, 20 mai 2027"]  # fmt: skip
_FRENCH_ATTESTATION = ["ATTESTATION EMPLOYEUR",
                       "Employeur : Vignobles Durand SARL, 33000 Bordeaux",
                       "Nom du salarié : Lotte Mulder",
                       "Date d'embauche : 1er septembre 2027",
                       "Date de fin du contrat : 31 octobre 2027",
                       "Lieu de travail : Saint-Émilion",
                       "Fait à Bordeaux, le 25 août 2027"]  # fmt: skip


@pytest.mark.parametrize(("lines", "expected"), [
    (_POLISH, ("Pieter de Groot", "Zakład Stolarski Nowak Sp. z o.o.", "2027-03-01", "2027-08-31", "Poznań")),
    (_SPANISH, ("Sanne Bakker", "Hortalizas del Sur S.L.", "2027-03-01", "2027-06-30", "Almería")),
    (_ITALIAN, ("Ruud Jansen", "Ristorante Da Mario S.r.l.", "2027-04-01", "2027-09-30", "Bergamo")),
    (_PORTUGUESE, ("Eva Smit", "Hotel Mar Azul, Lda.", "2027-05-02", "2027-10-31", "Albufeira")),
    (_ROMANIAN, ("Tom Visser", "SC Transport Rapid SRL", "2027-06-01", "2027-11-30", "Oradea")),
    (_FRENCH_ATTESTATION, ("Lotte Mulder", "Vignobles Durand SARL", "2027-09-01", "2027-10-31", "Saint-Émilion")),
], ids=["polish", "spanish", "italian", "portuguese", "romanian", "french-attestation"])  # fmt: skip
def test_a_work_contract_abroad_is_typed_and_read_in_its_own_language(lines, expected):
    document = only_document(unicode_pdf(lines))
    assert document.doc_type == "arbeidsovereenkomst"
    values = field_values(document)
    assert tuple(values[name] for name in ("employee_name", "employer", "start_date", "end_date", "place")) == expected


def test_a_scanned_spanish_contract_is_read_by_ocr():
    (document,) = documents_of(read_bytes(scanned_png(unicode_pdf(_SPANISH)), "contrato.png"))
    assert document.doc_type == "arbeidsovereenkomst"
    values = field_values(document)
    assert (values["employee_name"], values["start_date"], values["end_date"]) == ("Sanne Bakker", "2027-03-01", "2027-06-30")


@pytest.mark.parametrize("title", ["NÓMINA", "LOHNABRECHNUNG", "BULLETIN DE PAIE", "BUSTA PAGA", "ŚWIADECTWO PRACY"])
def test_a_payslip_or_a_record_of_past_work_abroad_is_no_contract(title):
    lines = [title, "Empresa / Arbeitgeber / Employeur: Hortalizas del Sur S.L.",
             "Trabajador / Arbeitnehmer / Salarié: Sanne Bakker", "Fecha de inicio / Eintrittsdatum: 01/03/2027",
             "Salario base / Grundgehalt: 1.400,00 EUR", "Líquido a percibir / Auszahlung: 1.210,00 EUR"]
    assert only_document(unicode_pdf(lines)).doc_type == "unknown"


# --- bank statements abroad -------------------------------------------------------------------

_GERMAN_STATEMENT = ["N26 Bank AG, Voltairestraße 8, 10179 Berlin",
                     "Kontoauszug Nr. 3/2027",
                     "Kontoinhaber: Jeroen van Dijk",
                     "IBAN: DE89 3704 0044 0532 0130 00",
                     "Erstellt am: 05.04.2027",
                     "Zeitraum: 01.03.2027 - 31.03.2027",
                     "Alter Kontostand 1.234,56 EUR",
                     "02.03.2027 Miete März -850,00",
                     "Neuer Kontostand 980,12 EUR"]  # fmt: skip
_SPANISH_STATEMENT = ["Banco Ejemplo, S.A.",
                      "EXTRACTO DE CUENTA",
                      "Titulares: Marta López García y/o Pieter Bos",
                      "IBAN: ES91 2100 0418 4502 0005 1332",
                      "Fecha de emisión: 2 de abril de 2027",
                      "Periodo: 01/03/2027 - 31/03/2027",
                      "Saldo anterior 2.000,00 EUR"]  # fmt: skip


@pytest.mark.parametrize(("lines", "expected"), [
    (_GERMAN_STATEMENT, (["Jeroen van Dijk"], "DE89370400440532013000", "2027-04-05")),
    (_SPANISH_STATEMENT, (["Marta López García", "Pieter Bos"], "ES9121000418450200051332", "2027-04-02")),
], ids=["german", "spanish"])  # fmt: skip
def test_a_bank_statement_abroad_is_typed_and_read_in_its_own_language(lines, expected):
    document = only_document(unicode_pdf(lines))
    assert document.doc_type == "bankafschrift"
    values = field_values(document)
    assert (values["account_holders"], values["iban"], values["statement_date"]) == expected


def test_holders_split_at_a_joining_word_never_at_a_spanish_names_own():
    import re

    assert re.split(JOINED, "Anna Weber und Jan Smit", flags=re.I) == ["Anna Weber", "Jan Smit"]
    assert re.split(JOINED, "Marie Dubois et/ou Luc Martin", flags=re.I) == ["Marie Dubois", "Luc Martin"]
    assert re.split(JOINED, "José Ortega y Gasset", flags=re.I) == ["José Ortega y Gasset"]
    assert re.split(JOINED, "Ana Ferreira e Silva", flags=re.I) == ["Ana Ferreira e Silva"]


# --- dates in the month names of other languages ---------------------------------------------

@pytest.mark.parametrize(("printed", "iso"), [
    ("1. März 2027", "2027-03-01"), ("1er mars 2027", "2027-03-01"), ("1 de marzo de 2027", "2027-03-01"),
    ("15 de julio del 2027", "2027-07-15"), ("1º de março de 2027", "2027-03-01"), ("1° settembre 2027", "2027-09-01"),
    ("31 grudnia 2027", "2027-12-31"), ("1 martie 2027", "2027-03-01"), ("3. marts 2027", "2027-03-03"),
    ("Montag, 1. März 2027", "2027-03-01"), ("lunes, 1 de marzo de 2027", "2027-03-01"), ("25 août 2027", "2027-08-25"),
])  # fmt: skip
def test_a_date_in_another_languages_month_names_is_read(printed, iso):
    import re

    assert parse_date(printed) == iso
    assert parse_date(re.search(DATE_PATTERN, f"Beginn: {printed}.", re.IGNORECASE).group(0)) == iso


def test_the_dutch_months_keep_their_numbers():
    dutch = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
    assert [lexicon.months()[name] for name in dutch] == list(range(1, 13))
    for number, name in enumerate(dutch, start=1):
        assert parse_date(f"12 {name} 2026") == f"2026-{number:02d}-12"


def test_every_month_name_means_one_month():
    rows = [entry.lower() for entry, _ in lexicon._lines("months.txt")]
    assert len(rows) == len(set(rows))  # a spelling two languages share is listed once: it means the same month in both
    assert set(lexicon.months().values()) == set(range(1, 13))


# --- an organisation's legal form after a comma -----------------------------------------------

def test_a_legal_form_after_a_comma_stays_with_the_organisations_name():
    assert _organisation("Hotel Mar Azul, Lda., NIPC 501234567")[0] == "Hotel Mar Azul, Lda."
    assert _organisation("Bouwbedrijf Jansen, B.V., gevestigd te Zwolle")[0] == "Bouwbedrijf Jansen, B.V."
    assert _organisation("Bouwbedrijf Jansen, Zwolle")[0] == "Bouwbedrijf Jansen"  # a town after the comma is no form
    assert _organisation("Zorgflex, SE regio")[0] == "Zorgflex"  # letters of a form that the name runs on after are no form


# --- a row of column heads over a row of values ------------------------------------------------

_HEADS_OVER_VALUES = [(60, 40, "CONTRATO DE TRABAJO"),
                      (60, 70, "Razón social"), (330, 70, "NIF"),
                      (60, 84, "Panadería Los Olivos S.L."), (330, 84, "B29876543"),
                      (60, 110, "DATOS DEL TRABAJADOR/A"),
                      (60, 126, "Nombre y apellidos"), (330, 126, "NIE"),
                      (60, 140, "Femke de Boer"), (330, 140, "Y2345678Z"),
                      (60, 170, "La relación laboral se extenderá desde el 01/04/2027 hasta el 30/09/2027.")]  # fmt: skip


def test_a_label_heading_a_column_takes_the_value_under_it_not_the_next_heads():
    values = field_values(only_document(placed_pdf([_HEADS_OVER_VALUES])))
    assert values["employer"] == "Panadería Los Olivos S.L."  # not "NIF", the next column's head
    assert values["employee_name"] == "Femke de Boer"  # not "DATOS DEL", the heading's words before its role
    assert (values["start_date"], values["end_date"]) == ("2027-04-01", "2027-09-30")  # "desde el ... hasta el ..."


def test_a_label_and_its_value_over_another_labels_row_stay_a_row():
    from extractors.locating import _heads_a_row_of_values
    from extractors.labels import find_label

    pages = read_bytes(placed_pdf([[(60, 60, "Werkgever"), (200, 60, "Jansen Bouw"), (60, 74, "Standplaats"), (200, 74, "Zwolle")]]), "x.pdf")
    page = pages[0]
    (start, end, likeness), *_ = find_label(page, 0, "werkgever")
    from extractors.labels import LabelMatch

    match = LabelMatch(page, 0, start, end, likeness, False, "werkgever", True)
    assert not _heads_a_row_of_values(match, list(page.lines[0].words[end:]))


# --- holders cut off by the next field's label --------------------------------------------------

def _width(text: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, "Helvetica", 10)


_HOLDERS_WRAPPED = [(60, 40, "ASN Bank"), (60, 60, "Rekeningafschrift"),
                    (60, 80, "Ten name van Marieke Smit en/of Bram"), (262, 80, "IBAN NL02 ASNB 0707 0707 07"),
                    (60 + _width("Ten name van "), 92, "Kok"),
                    (60, 112, "Afschriftdatum 3 november 2026")]  # fmt: skip


def test_a_holder_cut_off_by_the_next_columns_label_is_one_name_wrapped():
    values = field_values(only_document(placed_pdf([_HOLDERS_WRAPPED])))
    assert values["account_holders"] == ["Marieke Smit", "Bram Kok"]


# --- a label in a sentence that ended ----------------------------------------------------------

def test_a_labels_sentence_that_ended_gives_no_value_after_it():
    from extractors._locate import find_value

    pages = read_bytes(lines_of(["Verzamelinkomen 2025 nagekeken. Grens voor sociale huur: €", "48.000,00", "Verzamelinkomen 2025  31.250,00"]), "x.pdf")
    hit = find_value(pages, [r"^[\W_]{0,3}Verzamelinkomen\b"], r"\d{1,3}(?:\.\d{3})*,\d{2}", below=1)
    assert hit.text == "31.250,00"


def lines_of(lines: list[str]) -> bytes:
    return unicode_pdf(lines)


# --- a page that says what it is ---------------------------------------------------------------

_PLAIN_ROOM_CONTRACT = ["Afspraken over je kamer",
                        "Dit is een huurcontract voor een kamer. Lees het goed.",
                        "Wie verhuurt de kamer?", "Sanne Vos. Zij huurt het huis van Woonstad.",
                        "Wie huurt de kamer?", "Ali Demir",
                        "Hoeveel huur betaal je per maand?", "€ 350,00 per maand."]  # fmt: skip


def test_a_page_that_says_what_it_is_in_its_first_sentence_is_that_document():
    document = only_document(unicode_pdf(_PLAIN_ROOM_CONTRACT))
    assert document.doc_type == "huurovereenkomst_onderhuur"
    values = field_values(document)
    assert (values["tenant_name"], values["subtenant_name"], values["room_rent"]) == ("Sanne Vos", "Ali Demir", "350.00")


# --- a care declaration from a doctor over the border ------------------------------------------

_GERMAN_CARE = ["Hausarztpraxis Dr. med. Jens Hoffmann",
                "Markt 4, 47533 Kleve",
                "Ärztliche Bescheinigung",
                "Patientin Gerda Bouwman",
                "geb. 12.03.1938",
                "Hiermit bescheinige ich, dass die Patientin wegen einer Demenz dauerhaft auf Betreuung angewiesen ist.",
                "Die Pflege wird von ihrer Tochter Ineke Bouwman übernommen.",
                "Eine Beaufsichtigung ist rund um die Uhr erforderlich.",
                "Kleve, den 02.02.2027"]  # fmt: skip


def test_a_german_doctors_certificate_of_care_is_a_care_declaration():
    document = only_document(unicode_pdf(_GERMAN_CARE))
    assert document.doc_type == "mantelzorgverklaring"
    values = field_values(document)
    assert (values["care_recipient_name"], values["caregiver_name"], values["round_the_clock"]) == ("Gerda Bouwman", "Ineke Bouwman", True)


# --- an employment agreement in English prose ---------------------------------------------------

_ENGLISH_AGREEMENT = ["Harbour Sailing School Ltd",
                      "Seasonal Instructor Employment Agreement",
                      "This agreement is made between Harbour Sailing School Ltd and the instructor named below.",
                      "Staff member Thijs Hendriks",
                      "1. Term. Employment begins on May 3, 2027 and ends on September 24, 2027."]  # fmt: skip


def test_an_english_agreements_first_party_and_term_are_read_from_its_sentences():
    values = field_values(only_document(unicode_pdf(_ENGLISH_AGREEMENT)))
    assert (values["employee_name"], values["employer"]) == ("Thijs Hendriks", "Harbour Sailing School Ltd")
    assert (values["start_date"], values["end_date"]) == ("2027-05-03", "2027-09-24")


# --- a text layer's words are matched as printed -----------------------------------------------

def test_on_a_text_layer_a_word_one_letter_from_a_concepts_is_another_word():
    from extractors import concepts

    text = "Ik verzoek u toestemming te verlenen voor huisbewaring, omdat ik voor mijn werk naar het buitenland ga."
    assert concepts.mentions(text, "reason_care")  # read as OCR may have slipped: "verlenen" could be "verplegen"
    with concepts.as_printed():
        assert not concepts.mentions(text, "reason_care")
        assert concepts.mentions(text, "reason_work_or_study")


_EXACT_WORDS = sorted(a for a in __import__("extractors.concepts", fromlist=["_ALTERNATIVES"])._ALTERNATIVES
                      if not a.endswith("*") and a.isalpha())


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_EXACT_WORDS))
def test_a_concepts_own_word_printed_is_read_as_printed_too(word):
    from extractors import concepts

    with concepts.as_printed():
        assert word in concepts._readings(word)


def test_a_forms_contract_number_read_by_ocr_is_no_title_of_a_room_contract():
    from extractors.titles import headed_by
    from tests.extractors.rendered import ocr_like

    pages = ocr_like(read_bytes(unicode_pdf(["Woonstichting De Kade", "Huurcontractnummer", "Aanvraag huisbewaring"]), "form.pdf"))
    assert "huurovereenkomst_onderhuur" not in headed_by(pages)
