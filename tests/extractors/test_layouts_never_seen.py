"""Mechanisms for layouts the code was not written for (issue 17), each on a real PDF.

Found on the blind generator's `fresh` split (bench/blind_first_contact.md); the
documents here are our own, written to the concept, not copies of the split's:
- a choice printed in a clause ("eindigt wel / niet"), made by a circle or left open;
- two labels of one field that disagree;
- parties a contract defines ("..., hierna te noemen 'werkgever'");
- a form's numbered questions with the answer on the line under them;
- a persons table turned on its side (one column per person);
- a birth year beside the tax year; an unknown municipality in a text layer;
- letters that answer a request, and a main lease: never typed as the request or a sublet.
"""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors import huurovereenkomst_onderhuur
from extractors._prose import stated
from extractors.concepts import choice_readings
from extractors.huurovereenkomst_onderhuur import _end_statement
from extractors.pages import read_bytes
from tests.extractors.rendered import CONFIDENT, field_values, lines_pdf, only_document, placed_pdf
from woondossier.model import DocType, Page, Word


def _pdf(rows: list[tuple[float, float, str]], circles: list[tuple[float, float, float, float]] = ()) -> bytes:
    """A one-page PDF with text at (x, y) in points from the top, and ellipses (x0, top, x1, bottom)."""
    return placed_pdf([rows], circles)


_document, _values = only_document, field_values


# --- a choice printed in a clause --------------------------------------------------------

_SUBLET = [
    (60, 60, "Huurovereenkomst onderhuur kamer"),
    (60, 90, "Hoofdhuurder: Ricardo Bhagwandin"),
    (60, 106, "Onderhuurder: Farah Warsame"),
]


def _with_clause(words: list[str]) -> list[tuple[float, float, str]]:
    rows, x = list(_SUBLET), 60.0
    for word in words:
        rows.append((x, 140, word))
        x += 6.0 * len(word) + 6.0
    return rows


def test_a_clause_with_its_choice_circled_is_read_as_chosen():
    words = "Deze overeenkomst eindigt wel niet van rechtswege wanneer de huurovereenkomst van de hoofdhuurder eindigt.".split()
    rows = _with_clause(words)
    niet = next(row for row in rows if row[2] == "niet")
    ring = (niet[0] - 3, 140 - 10, niet[0] + 6.0 * len("niet") + 1, 140 + 4)
    pages = read_bytes(_pdf(rows, [ring]), "kamer.pdf")
    field = huurovereenkomst_onderhuur.extract(pages)["end_with_main_lease"]
    assert field.value is False


def test_a_clause_whose_choice_is_left_open_is_unknown():
    words = "Deze overeenkomst eindigt wel / niet van rechtswege wanneer de huurovereenkomst van de hoofdhuurder eindigt.".split()
    pages = read_bytes(_pdf(_with_clause(words)), "kamer.pdf")
    assert huurovereenkomst_onderhuur.extract(pages)["end_with_main_lease"].value is None


def test_a_word_ocr_left_out_of_a_clause_makes_its_verdict_unknown():
    def line(y: float, items: list[tuple[str, float]]) -> list[Word]:
        return [Word(text=text, bbox=(x, y, x + 6.0 * len(text), y + 10), confidence=0.95) for text, x in items]

    told = "Deze overeenkomst eindigt van rechtswege wanneer de hoofdhuurovereenkomst eindigt.".split()
    xs, x = [], 60.0
    for word in told:
        xs.append(x)
        x += 6.0 * len(word) + 5.0
    whole = line(100, list(zip(told, xs)))
    page = Page(file="scan.png", number=1, width=600, height=800, ocr=True, words=tuple(whole))
    assert stated([page], _end_statement).value is True
    # a circled word between "eindigt" and "van" that OCR did not give: 40 points of nothing
    holed = line(100, [(w, x + (40.0 if i >= 3 else 0.0)) for i, (w, x) in enumerate(zip(told, xs))])
    page = Page(file="scan.png", number=1, width=600, height=800, ocr=True, words=tuple(holed))
    assert stated([page], _end_statement).value is None


# --- labels, parties, questions ------------------------------------------------------------


def test_two_labels_of_one_field_with_two_values_are_flagged():
    document = _document(lines_pdf([
        "Uitzendovereenkomst",
        "Uitzendkracht I. Lopes",
        "Plaats tewerkstelling Arnhem",
        "Ingangsdatum 1 sep. 2026",
        "Vestiging Urk",
    ]))
    assert document.doc_type is DocType.arbeidsovereenkomst
    place = document.fields["place"]
    assert place.value in ("Arnhem", "Urk") and place.confidence < CONFIDENT
    assert document.fields["employee_name"].value == "I. Lopes"


def test_the_parties_a_contract_defines_are_its_employer_and_employee():
    document = _document(lines_pdf([
        "Arbeidsovereenkomst voor oproepkrachten",
        "De ondergetekenden:",
        "Distributiecentrum Nieuwegein B.V., gevestigd te Terneuzen, hierna te noemen 'werkgever',",
        "en",
        "Jurriene Dirksz, geboren op 05-01-1967, wonende te Voorburg, hierna te noemen 'oproepkracht',",
        "verklaren te zijn overeengekomen als volgt:",
        "Werkgever",
        "________________",
        "Oproepkracht",
    ]))
    values = _values(document)
    assert values["employer"] == "Distributiecentrum Nieuwegein B.V."
    assert values["employee_name"] == "Jurriene Dirksz"


def test_a_forms_questions_are_answered_on_the_line_under_them():
    document = _document(lines_pdf([
        "Verzoek om huisbewaring",
        "1. Wat is uw naam?",
        "Hanane Akkouh",
        "7. Van welke datum tot en met welke datum bent u afwezig?",
        "van 05-02-2026 tot en met 27-02-2027",
        "8. Wat is de naam van de huisbewaarder?",
        "Tekle Kidane",
        "13. Welke vergoeding betaalt de huisbewaarder u per maand?",
        "€ 350,-",
    ]))
    values = _values(document)
    assert values["tenant_name"] == "Hanane Akkouh"
    assert values["sitter_name"] == "Tekle Kidane"
    assert values["compensation"] == "350.00"
    assert (values["start_date"], values["end_date"]) in (("2026-02-05", "2027-02-27"), (None, None))


def test_a_persons_table_turned_on_its_side_gives_one_person_per_column():
    rows = [
        (60, 60, "Gemeente Nederweert"),
        (60, 76, "Uittreksel uit de Basisregistratie Personen"),
        (60, 92, "Datum uitgifte 2026-02-01"),
        (60, 110, "Hoogekade 123"),
        (60, 126, "6031 RZ Nederweert"),
    ]
    table = [
        ("Naam", "Owusu, K.K.", "Dijkstra, Z."),
        ("Geboortedatum", "1991-08-20", "1952-10-02"),
        ("Burgerservicenummer", "111222333", "123456782"),
        ("Op dit adres sinds", "2003-01-16", "2004-09-04"),
    ]
    for i, (label, first, second) in enumerate(table):
        rows += [(60, 160 + 16 * i, label), (220, 160 + 16 * i, first), (360, 160 + 16 * i, second)]
    persons = _document(_pdf(rows)).fields["persons"].value
    assert persons == [
        {"name": "Owusu, K.K.", "birth_date": "1991-08-20", "bsn": "111222333", "registered_since": "2003-01-16"},
        {"name": "Dijkstra, Z.", "birth_date": "1952-10-02", "bsn": "123456782", "registered_since": "2004-09-04"},
    ]


def test_a_birth_year_is_never_the_tax_year():
    document = _document(lines_pdf([
        "Verklaring omtrent het inkomen",
        "De inspecteur verklaart dat het verzamelinkomen van Lina Al Khatib, geboren op 31/05/1999,",
        "over het kalenderjaar 2025 heeft bedragen: € 62.572,-.",
    ]))
    assert document.doc_type is DocType.inkomensverklaring
    assert document.fields["tax_year"].value == 2025


def test_a_word_where_a_municipality_stands_is_no_municipality_unless_it_is_one():
    document = _document(lines_pdf([
        "Uittreksel uit de Basisregistratie Personen",
        "Gemeente",
        "Verzoek ontvangen: 15 feb. 2026",
        "Datum afgifte: 24 feb. 2026",
        "Naam Sutedja, Hendra",
        "Geboortedatum 03-04-1969",
    ]))
    assert document.fields["municipality"].value is None


def test_a_bilingual_statements_english_label_is_no_account_holder():
    document = _document(lines_pdf([
        "Rekeningoverzicht",
        "Account statement",
        "Rekeninghouders",
        "Account holders",
        "IBAN NL91 ABNA 0417 1643 00",
        "Datum overzicht 08-08-2026",
    ]))
    holders = document.fields["account_holders"].value or []
    assert not any("account" in holder.lower() for holder in holders)


# --- look-alikes ---------------------------------------------------------------------------


def test_a_letter_answering_a_house_sitting_request_is_not_the_request():
    document = _document(lines_pdf([
        "Woonstad Rotterdam",
        "Mevrouw L. Wu",
        "Datum 8 apr. 2026",
        "Onderwerp uw aanvraag huisbewaring",
        "Geachte mevrouw Wu,",
        "Wij geven toestemming voor huisbewaring van 6 jun. 2026 tot en met 2 apr. 2027.",
        "De huisbewaarder Derya Koc betaalt u geen hogere vergoeding dan de huur.",
    ]))
    assert document.doc_type is DocType.unknown


def test_a_main_lease_is_not_a_sublet_contract():
    document = _document(lines_pdf([
        "Ymere",
        "Huurovereenkomst woonruimte",
        "De ondergetekenden: Ymere, hierna 'verhuurder', en Hiba Kassab, hierna 'huurder',",
        "Artikel 1 Verhuurder verhuurt aan huurder de woning Koningin Wilhelminastraat 4, 5151 PC Drunen.",
        "Artikel 4 Op deze overeenkomst zijn de Algemene Huurvoorwaarden van Ymere van toepassing.",
        "Artikel 5 Het is huurder niet toegestaan het gehuurde aan derden in onderhuur te geven.",
    ]))
    assert document.doc_type is DocType.unknown


# --- reading a choice leaves every other text as it is --------------------------------------

_WORDS = st.sampled_from(["De", "overeenkomst", "eindigt", "niet", "wel", "van", "rechtswege", "geen", "(ja)", "nee", "wanneer", "de", "hoofdhuur", "/", ",", "eindigt."])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=14))
def test_a_text_reads_as_itself_unless_it_prints_a_choice(words):
    text = " ".join(words)
    readings = choice_readings(text)
    assert all(len(reading) == len(text) for reading in readings)  # offsets hold: a reading maps back to its words
    bare = [w for w in words if w != "/"]
    has_choice = any({a.lower(), b.lower()} == {"wel", "niet"} for a, b in zip(bare, bare[1:]))
    if not has_choice:
        assert readings == (text,)
    else:
        assert all(reading.split().count("wel") + reading.split().count("niet") < text.split().count("wel") + text.split().count("niet") for reading in readings)


def test_a_brp_name_printed_in_its_parts_is_read_whole_and_the_address_date_beats_the_municipalitys():
    document = _document(lines_pdf([
        "Uittreksel BRP (persoonslijsten op adres)",
        "08.09.10 Gemeente van inschrijving Veldhoven",
        "08.11.10 Straatnaam Rijnlaan",
        "08.11.20 Huisnummer 218",
        "08.11.60 Postcode 5501HJ",
        "Ingeschrevene 1",
        "01.01.20 Burgerservicenummer 111222333",
        "01.02.10 Voornamen Kartini Yvonne",
        "01.02.40 Geslachtsnaam Sutedja",
        "01.03.10 Geboortedatum 7 mei 2019",
        "08.09.20 Datum inschrijving 7 mei 2019",
        "08.10.30 Datum aanvang adreshouding 5 aug. 2020",
        "Ingeschrevene 2",
        "01.01.20 Burgerservicenummer 123456782",
        "01.02.10 Voornamen Jan",
        "01.02.30 Voorvoegsel de",
        "01.02.40 Geslachtsnaam Vries",
        "01.03.10 Geboortedatum 16 aug. 1962",
        "08.10.30 Datum aanvang adreshouding 29 jun. 2004",
    ]))
    values = _values(document)
    assert (values["street"], values["house_number"], values["postcode"], values["municipality"]) == ("Rijnlaan", "218", "5501HJ", "Veldhoven")
    assert values["persons"] == [
        {"name": "Kartini Yvonne Sutedja", "birth_date": "2019-05-07", "bsn": "111222333", "registered_since": "2020-08-05"},
        {"name": "Jan de Vries", "birth_date": "1962-08-16", "bsn": "123456782", "registered_since": "2004-06-29"},
    ]


def test_account_holders_in_a_numbered_list_under_their_label_are_all_read():
    rows = [(60, 60, "Rekeningoverzicht"), (60, 90, "Rekeninghouders"), (320, 90, "IBAN"),
            (60, 106, "1. Tesfamariam, Senait"), (320, 106, "NL91 ABNA 0417 1643 00"),
            (60, 122, "2. Tesfamariam, Tesfay"), (320, 122, "Datum overzicht 08-08-2026")]
    assert _document(_pdf(rows)).fields["account_holders"].value == ["Tesfamariam, Senait", "Tesfamariam, Tesfay"]


def test_values_over_small_captions_are_read_from_their_boxes():
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    top = A4[1]
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, top - 60, "Huurcontract kamer")
    c.setFont("Helvetica", 11)
    c.drawString(60, top - 90, "Onderhuurder Farah Warsame")
    for x, value, caption in ((60, "€ 450,00", "huurprijs per maand"), (220, "14.7.2026", "ingangsdatum"), (360, "6714XN", "postcode")):
        c.setFont("Helvetica", 11)
        c.drawString(x, top - 130, value)
        c.setFont("Helvetica", 7)
        c.drawString(x, top - 141, caption)
    c.showPage()
    c.save()
    values = _values(_document(buffer.getvalue()))
    assert (values["room_rent"], values["start_date"], values["postcode"]) == ("450.00", "2026-07-14", "6714XN")


def test_a_letterhead_beside_the_letters_reference_block_is_its_issuer():
    rows = [(60, 60, "Gemeente Coevorden"), (330, 60, "Zaaknummer: WMO-2026-41597"),
            (60, 76, "Team Wmo"), (330, 76, "Datum: 25 februari 2026"),
            (60, 120, "Mevrouw R. Tjin-A-Sjoe"),
            (60, 150, "Onderwerp: verslag keukentafelgesprek"),
            (60, 180, "U, Reshma Tjin-A-Sjoe, bent de mantelzorger van Kofi Mensah.")]
    document = _document(_pdf(rows))
    assert document.doc_type is DocType.mantelzorgverklaring
    values = _values(document)
    assert (values["issuer"], values["caregiver_name"], values["care_recipient_name"]) == ("Gemeente Coevorden", "Reshma Tjin-A-Sjoe", "Kofi Mensah")


def test_a_declaration_names_its_person_by_birth_and_dates_itself_by_its_formula_of_issue():
    document = _document(lines_pdf([
        "Verklaring omtrent het inkomen",
        "De inspecteur verklaart dat het verzamelinkomen van Lina Al Khatib, geboren op 31/05/1999,",
        "over het kalenderjaar 2025 heeft bedragen: € 62.572,-.",
        "Deze verklaring is op verzoek van belanghebbende afgegeven te Apeldoorn op 21/11/2026.",
    ]))
    values = _values(document)
    assert (values["name"], values["issue_date"], values["tax_year"]) == ("Lina Al Khatib", "2026-11-21", 2025)


def test_a_value_under_a_two_row_header_is_found_past_the_other_columns_second_row():
    rows = [(60, 60, "Belastingdienst"), (60, 80, "Inkomensverklaring"),
            (60, 110, "Naam belastingplichtige Johannes in 't Veld"),
            (60, 140, "Jaar"), (130, 140, "Belastbaar inkomen"), (450, 140, "Verzamelinkomen"),
            (130, 154, "box 1"), (230, 154, "box 2"), (330, 154, "box 3"),
            (130, 166, "werk en woning"), (230, 166, "aanmerkelijk belang"), (330, 166, "sparen en beleggen"),
            (60, 184, "2024"), (130, 184, "€ 35.874,01"), (230, 184, "€ 1.117,22"), (330, 184, "€ 4.620,62"), (450, 184, "€ 41.611,85")]
    assert _document(_pdf(rows)).fields["income"].value == "41611.85"
