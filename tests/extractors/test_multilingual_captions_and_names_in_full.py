"""Mechanisms from fresh20's studied half (issue 17), each said without the layout that
showed it: a multilingual form's caption rows are no values; a municipality broken at its
hyphen is completed by the lexicon; of several nested periods the one holding the others
is the document's; a letterhead wrapped over two lines is named as the letter signs it; a
patient named surname first in a subject line; an heir's papers are no contract."""

from __future__ import annotations

from extractors import prose_facts
from extractors.labels import only_labels
from extractors.pages import read_bytes
from tests.extractors.rendered import field_values, lines_pdf, ocr_like, only_document

# The EU's multilingual standard form (Regulation 2016/1191): each Dutch row captioned in
# English, French and German under it. "Name · Nom · Name" holds the name label twice.
_MULTILINGUAL_EXTRACT = [
    "Meertalig modelformulier - Woonplaats en verblijfplaats",
    "Vertaalhulpmiddel, gevoegd bij het uittreksel uit de Basisregistratie Personen van de gemeente Goeree-",
    "Overflakkee. Dit formulier heeft geen zelfstandige rechtskracht.",
    "A Lidstaat van afgifte Nederland, gemeente Goeree-",
    "Member State of issue · État membre de délivrance · Ausstellender Mitgliedstaat Overflakkee",
    "C Datum van afgifte 2026-11-15",
    "Date of issue · Date de délivrance · Ausstellungsdatum",
    "D Adres Oranjedreef 7-1",
    "E Postcode en woonplaats 3241 HD Middelharnis",
    "1. Persoon / Person / Personne / Person",
    "1.1 Naam Marloes de Vries",
    "Name · Nom · Name",
    "1.2 Geboortedatum 18.11.1993",
    "Date of birth · Date de naissance · Geburtsdatum",
    "1.3 Burgerservicenummer 371670123",
    "Citizen service number · Numéro de service citoyen · Bürgerservicenummer",
    "1.4 Datum vestiging op adres 2011-04-26",
    "Date of settlement at address · Date d'installation à l'adresse · Datum des Zuzugs an die Anschrift",
    "2. Persoon / Person / Personne / Person",
    "2.1 Naam Ming Wei Huang",
    "Name · Nom · Name",
    "2.2 Geboortedatum 24.10.1991",
    "Date of birth · Date de naissance · Geburtsdatum",
    "2.3 Burgerservicenummer 209485747",
    "Citizen service number · Numéro de service citoyen · Bürgerservicenummer",
    "2.4 Datum vestiging op adres 2012-07-18",
]


def test_a_caption_of_label_translations_is_no_value():
    assert only_labels("Name · Nom · Name") and only_labels("· Nom · Name")
    assert only_labels("Date of birth · Date de naissance · Geburtsdatum")
    assert not only_labels("Marloes de Vries") and not only_labels("Naam · Marloes de Vries")


def test_a_multilingual_extract_reads_each_person_once_under_its_captions():
    values = field_values(only_document(lines_pdf(_MULTILINGUAL_EXTRACT, size=8)))
    assert values["persons"] == [
        {"name": "Marloes de Vries", "birth_date": "1993-11-18", "bsn": "371670123", "registered_since": "2011-04-26"},
        {"name": "Ming Wei Huang", "birth_date": "1991-10-24", "bsn": "209485747", "registered_since": "2012-07-18"},
    ]


def test_a_municipality_broken_at_its_hyphen_is_completed_from_the_next_line():
    document = only_document(lines_pdf(_MULTILINGUAL_EXTRACT, size=8))
    assert document.fields["municipality"].value == "Goeree-Overflakkee"


def test_a_broken_name_the_lexicon_cannot_complete_is_not_completed():
    lines = ["Uittreksel Basisregistratie Personen", "gemeente Goeree-", "Overvlakte Westerstraat", "Naam Jan Smit",
             "Geboortedatum 01-02-1980", "Burgerservicenummer 371670123"]
    found = only_document(lines_pdf(lines)).fields["municipality"]
    assert found.value != "Goeree-Overflakkee"


def test_of_several_nested_periods_a_contract_takes_the_one_holding_the_others():
    lines = [
        "Arbeidsovereenkomst arts in opleiding tot specialist",
        "Medisch Spectrum Twente, gevestigd te Enschede, hierna: werkgever, en Redouan Tahiri, arts, hierna: werknemer.",
        "De arbeidsovereenkomst wordt aangegaan voor de duur van de opleiding, met ingang van",
        "01-12-2026 tot en met 30-11-2031.",
        "Opleidingsschema",
        "Periode Opleidingsinrichting Plaats Onderdeel",
        "01-12-2026 – 30-11-2027 Medisch Spectrum Twente Enschede vooropleiding",
        "01-12-2027 – 30-11-2030 Amphia Breda academische stage",
        "01-12-2030 – 30-11-2031 Medisch Spectrum Twente Enschede vervolgopleiding",
    ]
    document = only_document(lines_pdf(lines, size=8))
    assert (document.fields["start_date"].value, document.fields["end_date"].value) == ("2026-12-01", "2031-11-30")
    assert document.fields["start_date"].confidence < 0.8  # one period of several: flagged


_MEMORY_CLINIC = [
    "Geheugenpolikliniek Maasstad",
    "Ziekenhuis",
    "Datum 5 augustus 2026",
    "Vakgroep geriatrie",
    "Verklaring ten behoeve van de woningcorporatie",
    "Betreft: Zhang, H., geboren 24-10-1956",
    "Bovengenoemde patiënt is bij onze geheugenpolikliniek bekend.",
    "De dagelijkse zorg wordt gegeven door zoon Tarek Kaya, die als mantelzorger bij ons bekend is.",
    "Er is dag en nacht toezicht nodig, 24 uur per dag.",
    "Met vriendelijke groet,",
    "T.T. Woldemichael, klinisch geriater",
    "Geheugenpolikliniek Maasstad Ziekenhuis",
]


def test_a_letterhead_wrapped_over_two_lines_is_named_as_the_letter_signs_it():
    values = field_values(only_document(lines_pdf(_MEMORY_CLINIC)))
    assert values["issuer"] == "Geheugenpolikliniek Maasstad Ziekenhuis"


def test_a_name_printed_in_full_elsewhere_allows_ocr_slips_but_not_other_words():
    pages = ocr_like(read_bytes(lines_pdf(["Diring Dialysecentrum", "Rotterdam", "De patiënt dialyseert thuis.",
                                           "Dirinq Dialysecentrum Rotterdam"]), "x.pdf"))
    assert prose_facts.named_in_full(pages, "Diring Dialysecentrum", skip=pages[0].lines[0]) == "Dirinq Dialysecentrum Rotterdam"
    assert prose_facts.named_in_full(pages, "Huisartsenpraktijk De Linde") is None
    numbered = read_bytes(lines_pdf(["Diring Dialysecentrum", "Diring Dialysecentrum Postbus 12"]), "x.pdf")
    assert prose_facts.named_in_full(numbered, "Diring Dialysecentrum", skip=numbered[0].lines[0]) is None


def test_a_patient_named_surname_first_in_the_subject_line_is_the_recipient():
    values = field_values(only_document(lines_pdf(_MEMORY_CLINIC)))
    assert values["care_recipient_name"] == "Zhang, H."
    assert values["caregiver_name"] == "Tarek Kaya"


def test_a_notarys_declaration_of_inheritance_is_no_contract():
    lines = [
        "Notariskantoor Van Wijk & De Bruin",
        "VERKLARING VAN ERFRECHT",
        "Ondergetekende, mr. W. Lin, notaris te Giessenburg, verklaart:",
        "1. Overledene. Op 12 februari 2026 is te Giessenburg overleden Nora Bakkali, geboren op 30 maart 1993,",
        "laatst wonende te Zonnebloempad 7, 3381 GJ Giessenburg.",
        "2. Erfgenamen. Naam Geboren Relatie Aandeel",
        "Edsel Bakkali 22-12-1991 kind 1/1",
        "3. Bevoegdheid. Edsel Bakkali is gevolmachtigd de nalatenschap af te wikkelen, waaronder de opzegging",
        "van de huurovereenkomst van de woning.",
        "4. Rekening. Een terug te betalen waarborgsom kan worden overgemaakt op NL29 ABNA 4440 2120 92.",
        "Afgegeven te Giessenburg op 27-05-2026.",
    ]
    assert str(only_document(lines_pdf(lines)).doc_type) == "unknown"


def test_a_photo_whose_corrected_image_leaves_most_lines_out_is_read_as_given_too(tmp_path):
    # a bank's duplicate statement photographed on a textured desk under a hand's shadow:
    # evened out and read, it gave two lines of the statement's foot and most of the page
    # left out; the image as given (EXIF applied) reads the holders and the IBAN
    import random

    from extractors._image import image_rasters
    from extractors._ocr import ocr_page
    from extractors.pages import DEFAULT_LIMITS
    from samples.blind import corpus

    layout, seed = "afschrift_duplicaat_balie_stempel", corpus.SPLITS["fresh20"]
    html, truth = corpus.make("bankafschrift", layout, random.Random(f"{seed}:bankafschrift:{layout}:0"))
    (photo,) = corpus._write_single(tmp_path, "bankafschrift", layout, 0, html, truth, ("photo",), seed)
    (raster,) = image_rasters(photo.read_bytes(), photo.name, DEFAULT_LIMITS)
    text = " ".join(w.text for w in ocr_page(raster, photo.name, 1, DEFAULT_LIMITS).words)
    assert "NL59 INGB 2398 9369 01" in text
    assert "Mariam Rahimi" in text


def test_a_strike_a_scan_blurred_over_the_rows_beside_it_is_still_a_strike():
    # "werk of studie in het buitenland" struck out on a tenants' association's model letter,
    # scanned: the strike's row is dark over the whole phrase, the rows beside it over three
    # quarters of it (the blur), the rows beyond as light as the letters alone
    import numpy as np
    from PIL import Image

    from extractors._ocr import struck_through
    from woondossier.model import Word

    def phrase(blur_rows: int, bar_rows: int = 1):
        page = np.full((60, 400), 255, np.uint8)
        for x in range(20, 380, 14):
            page[15:45, x : x + 3] = 0  # the letters' stems
        middle = 30
        page[middle - bar_rows // 2 : middle - bar_rows // 2 + bar_rows, 18:382] = 0  # the strike
        for offset in range(1, blur_rows + 1):
            for row in (middle - bar_rows // 2 - offset, middle - bar_rows // 2 + bar_rows - 1 + offset):
                page[row, 18:290] = 0  # the blur: three quarters of the width
        word = Word(text="studie-in-het-buitenland", bbox=(18 * 0.24, 15 * 0.24, 382 * 0.24, 45 * 0.24), confidence=0.8)
        return struck_through(Image.fromarray(page), [word], 300)[0].text

    assert "\u0336" in phrase(blur_rows=0)
    assert "\u0336" in phrase(blur_rows=1)  # blurred: still a strike
    assert "\u0336" not in phrase(blur_rows=0, bar_rows=14)  # a bar as thick as half the letters: no strike
    assert "\u0336" not in phrase(blur_rows=3)  # dark over many rows running: a bold word's letters, no strike


_WORD_FORM = [
    "Eigen Haard",
    "Aanvraag toestemming huisbewaring",
    "Naam huurder Hasan Yilmaz",
    "Afwezig vanaf 28-06-2026",
    "Terug op 27-04-2027",
    "Naam huisbewaarder Dilek Karatas",
    "Geboortedatum huisbewaarder 24-12-2006",
    "Vergoeding per maand € 400,00",
    "Woonsituatie van de huisbewaarder",
    "{home} De huisbewaarder heeft een eigen (huur- of koop)woning",
    "{children} De huisbewaarder heeft kinderen jonger dan 18 jaar",
    "Datum 11-06-2026",
]


def test_a_fact_printed_as_a_boxs_option_is_an_option_not_a_statement():
    # both boxes left empty: neither is so, flagged (a tick the reading missed would say otherwise)
    lines = [line.format(home="[ ]", children="[ ]") for line in _WORD_FORM]
    fields = only_document(lines_pdf(lines)).fields
    assert fields["sitter_has_minor_children"].value is False and fields["sitter_has_own_home"].value is False
    assert fields["sitter_has_minor_children"].confidence < 0.8 and fields["sitter_has_own_home"].confidence < 0.8
    lines = [line.format(home="[ ]", children="[x]") for line in _WORD_FORM]
    fields = only_document(lines_pdf(lines)).fields
    assert fields["sitter_has_minor_children"].value is True and fields["sitter_has_own_home"].value is False


def test_a_guests_stay_declaration_is_no_house_sitting_request():
    lines = [
        "Soumaya el Yousfi", "Maasstraat 161", "1115 CC Duivendrecht", "Ymere", "Logeerverklaring",
        "Ondergetekende, Soumaya el Yousfi, huurder van de woning aan de Maasstraat 161 te Duivendrecht, verklaart dat",
        "Priya Tjin-A-Sjoe, geboren op 20 juni 1995, bij haar logeert van 11 november 2026 tot en met 22 januari 2027.",
        "De logé betaalt geen huur of andere vergoeding.", "Duivendrecht, 20 oktober 2026",
    ]
    assert str(only_document(lines_pdf(lines)).doc_type) == "unknown"


def test_holders_with_a_budget_coachs_notes_in_the_margin_beside_them():
    from tests.extractors.rendered import placed_pdf

    rows = [(60, 60, "SNS"), (60, 100, "Rekeningafschrift"),
            (60, 130, "Rekeninghouders"), (180, 130, "Rosita Fränkel"), (430, 130, "vaste lasten"),
            (180, 144, "Mahmoud Al Ahmad"), (430, 144, "= € 1.093,86"), (430, 158, "gezien 5/8/26 JR"),
            (60, 172, "Rekeningnummer"), (180, 172, "NL56 SNSB 1764 1498 87"),
            (60, 186, "Afschriftdatum"), (180, 186, "1 augustus 2026"),
            (60, 214, "Datum Omschrijving Bedrag (EUR)"), (60, 228, "02-07-2026 Action -298,51"), (60, 242, "03-07-2026 Bol.com -163,71")]
    values = field_values(only_document(placed_pdf([rows])))
    assert values["account_holders"] == ["Rosita Fränkel", "Mahmoud Al Ahmad"]
    assert values["iban"] == "NL56SNSB1764149887"


# fresh21's studied half: a budget administrator's letter on a tenant's behalf, a football
# club's player contract, a landscape BRP extract with a residence permit's columns


def test_a_letter_on_a_tenants_behalf_names_the_sitter_in_the_passive_and_the_tenant_in_its_reference_block():
    lines = [
        "Van Dam Bewindvoering", "Kennemer Wonen", "Postbus 7835", "3021 RG Rotterdam",
        "Uw huurder E.V. Erdogan", "Onze cliëntcode BW-1825", "Betreft verzoek toestemming huisbewaring",
        "Geachte heer, mevrouw,",
        "Namens mijn cliënt vraag ik toestemming voor huisbewaring. Mijn cliënt verblijft enige tijd elders.",
        "De woning wordt in die periode bewoond door Ewa Lewandowska, geboren op 20-12-2008.",
        "De huisbewaring duurt van 16-7-2026 tot en met 8-9-2027.",
        "Mevrouw Lewandowska heeft geen eigen woonruimte en heeft minderjarige kinderen. Als vergoeding voor het gebruik",
        "van de woning betaalt de huisbewaarder € 250,00 per maand op de beheerrekening; vanaf die rekening blijft",
        "de huur van € 770,00 elke maand aan u betaald worden.",
        "Badhoevedorp, 26-5-2026", "Met vriendelijke groet,", "I. Brouwer q.q.", "bewindvoerder",
    ]
    values = field_values(only_document(lines_pdf(lines, size=9)))
    assert values["tenant_name"] == "E.V. Erdogan"
    assert values["sitter_name"] == "Ewa Lewandowska"
    assert values["compensation"] == "250.00"  # the sitter's, never the rent paid on from the account
    assert values["sitter_has_own_home"] is False and values["sitter_has_minor_children"] is True


def test_a_contract_whose_parties_are_the_club_and_the_player():
    lines = [
        "SV Noordkop B.V.", "Standaard spelerscontract", "arbeidsovereenkomst contractspeler betaald voetbal",
        "Artikel 1 Partijen",
        "SV Noordkop B.V., gevestigd te Den Helder, hierna: de club, en Willem Verhoeven, geboren 10-10-2003, hierna: de speler.",
        "Artikel 2 Duur",
        "Deze arbeidsovereenkomst wordt aangegaan voor bepaalde tijd, ingaande 1 juli 2026 en eindigend op 30 juni 2028.",
        "Artikel 3 Optie",
        "De club heeft het recht deze overeenkomst eenmalig te verlengen tot en met 30 juni 2029.",
    ]
    values = field_values(only_document(lines_pdf(lines, size=9)))
    assert values["employer"] == "SV Noordkop B.V."  # a legal form keeps its stop
    assert (values["start_date"], values["end_date"]) == ("2026-07-01", "2028-06-30")


def test_a_row_of_address_pairs_and_a_sentence_about_the_municipality():
    lines = [
        "Gemeente Wijdemeren Burgerzaken",
        "Uittreksel Basisregistratie Personen",
        "Straat Lijsterdreef Huisnummer 20 Postcode 1231 XT Woonplaats Loosdrecht",
        "Naam Geboortedatum BSN Datum aanvang adreshouding",
        "Rahma Mansouri 13-03-1963 348587296 23-05-2016",
        "De verblijfstitel wordt door de IND aan de gemeente gemeld.",
        "Datum afgifte: 17-08-2026",
    ]
    fields = only_document(lines_pdf(lines, size=9)).fields
    assert fields["street"].value == "Lijsterdreef"  # not "Lijsterdreef Huisnummer": the next pair's label ends it
    assert fields["municipality"].value == "Wijdemeren"
    ocr = documents_of_ocr(lines)
    assert ocr.fields["municipality"].value != "gemeld"  # read by OCR, a lower-case word is still no municipality


def documents_of_ocr(lines):
    from extractors.documents import documents_of

    (document,) = documents_of(ocr_like(read_bytes(lines_pdf(lines, size=9), "x.pdf")))
    return document


def test_a_hospitals_name_with_its_mc_heads_the_letter_not_its_departments_line():
    lines = [
        "Tergooi MC", "Patiëntnummer 1373194", "Afdeling Neurologie · Parkinsonpolikliniek", "Verklaring mantelzorg",
        "Hierbij verklaar ik dat Dirk Stijn Jacobs, geboren 29-08-1959, onder behandeling is bij onze Parkinsonpolikliniek.",
        "De mantelzorg wordt gegeven door partner Malika Boukhari.",
        "Met vriendelijke groet,", "M. Lopes", "verpleegkundig specialist Parkinson", "Tergooi MC",
    ]
    assert field_values(only_document(lines_pdf(lines)))["issuer"] == "Tergooi MC"
