"""Mechanisms from fresh17's studied half (issue 17), each on a page of its own making:

- a ruled table whose cells wrap onto a second line is read a cell a line
  (`labels.unwrapped_cells`), and a record's heading with a note beside it is its name;
- a row of capitalised captions under boxes names the values above them;
- a label counts where labels stand: first in its line or cell, never as the first word of
  a wrapped sentence, and a label inside a sentence gives a value an analyst checks;
- a value a sentence states ends with that sentence;
- a contract's parties "tussen enerzijds X, hierna “de instelling”";
- a record line "Naam · rol · adres" names the person in that role;
- a purpose is a reason ("om te zorgen"), a note drops the article ("Huisbewaarder betaalt");
- the main tenant's party line holds the dwelling's address;
- a paediatrician's letter that attests care in its own words is a care declaration;
- a role's word alone is no name; an answer under a question is its first sentence.
"""

from __future__ import annotations

from extractors.documents import documents_of
from extractors.labels import unwrapped_cells
from extractors.pages import read_bytes
from tests.extractors.rendered import field_values, lines_pdf, ocr_like, only_document, placed_pdf

_HOUSEHOLD = [
    (60, 60, "Gemeente Zuidhaven"),
    (60, 90, "Uittreksel BRP - samenstelling huishouden"),
    (60, 120, "Lindenlaan 14"), (260, 120, "4811AB"), (330, 120, "Breda"),
    (60, 132, "Straat en huisnummer"), (260, 132, "Postcode"), (330, 132, "Woonplaats"),
    (60, 160, "Aantal personen op dit adres: 2"),
    (60, 190, "Bakker, J.H."), (410, 190, "Relatie: hoofdbewoner"),
    (60, 210, "geb. 20-09-1956 te"), (210, 210, "BSN"), (290, 210, "Vestiging in Nederland:"), (410, 210, "Op dit adres vanaf: 23"),
    (60, 222, "Amsterdam-Duivendrecht"), (210, 222, "111222333"), (290, 222, "—"), (410, 222, "maart 2010"),
    (60, 246, "Kromodimedjo, R.S."), (410, 246, "Relatie: partner"),
    (60, 266, "geb. 09-11-1977 te Kraków"), (210, 266, "BSN"), (290, 266, "Vestiging in Nederland:"), (410, 266, "Op dit adres vanaf: 10"),
    (60, 278, "(Polen)"), (210, 278, "123456782"), (290, 278, "01-02-2010"), (410, 278, "maart 2012"),
    (60, 310, "Opgemaakt op"), (160, 310, "16 juni 2026"),
]


_CAPTIONS = frozenset(i for i, (_, _, text) in enumerate(_HOUSEHOLD) if text in ("Straat en huisnummer", "Postcode", "Woonplaats"))


def test_a_household_table_whose_cells_wrap_is_read_a_cell_a_line():
    document = only_document(placed_pdf([_HOUSEHOLD], small=_CAPTIONS))
    values = field_values(document)
    assert document.doc_type == "brp_uittreksel"
    assert values["persons"] == [
        {"name": "Bakker, J.H.", "birth_date": "1956-09-20", "bsn": "111222333", "registered_since": "2010-03-23"},
        {"name": "Kromodimedjo, R.S.", "birth_date": "1977-11-09", "bsn": "123456782", "registered_since": "2012-03-10"},
    ]  # "Vestiging in Nederland" is the date of settling in the country, not at this address
    assert (values["street"], values["house_number"], values["postcode"], values["city"]) == ("Lindenlaan", "14", "4811AB", "Breda")


def test_the_wrapped_rows_become_one_line_a_cell_and_other_lines_stay():
    (page,) = read_bytes(placed_pdf([_HOUSEHOLD], small=_CAPTIONS), "brp.pdf")
    texts = [line.text for line in unwrapped_cells(page).lines]
    assert "geb. 20-09-1956 te Amsterdam-Duivendrecht" in texts and "Op dit adres vanaf: 23 maart 2010" in texts
    assert "BSN 111222333" in texts and "Opgemaakt op 16 juni 2026" in texts
    unwrapped = read_bytes(lines_pdf(["Naam Jan Bos", "Geboortedatum 01-02-1980"]), "plain.pdf")[0]
    assert unwrapped_cells(unwrapped) is unwrapped  # nothing wraps: the page itself


def test_captions_in_capitals_under_boxes_name_the_values_above_them_when_ocr_lost_one():
    rows = [(x, y, text.replace("4811AB", "DE")) for x, y, text in _HOUSEHOLD]  # the postcode's small box read as specks
    (document,) = documents_of(ocr_like(read_bytes(placed_pdf([rows], small=_CAPTIONS), "scan.pdf")))
    values = field_values(document)
    assert (values["street"], values["house_number"], values["city"]) == ("Lindenlaan", "14", "Breda")
    assert values["postcode"] is None


_IB60 = [
    (60, 60, "Belastingdienst"), (400, 60, "Datum"),
    (400, 72, "27 oktober 2026"),
    (60, 120, "Inkomensverklaring"),
    (60, 140, "Naam Z. Sultani"),
    (60, 152, "Burgerservicenummer 111222333"),
    (60, 164, "Belastingjaar 2024"),
    (60, 176, "Verzamelinkomen € 56.721,00"),
    (60, 200, "Het verzamelinkomen is vastgesteld bij de definitieve aanslag inkomstenbelasting 2024 met"),
    (60, 212, "aanslagnummer 1112.22.333.H.24.01 en dagtekening 22 januari 2026."),
]


def test_an_income_statements_date_is_its_own_not_the_assessments_it_names():
    values = field_values(only_document(placed_pdf([_IB60])))
    assert values["issue_date"] == "2026-10-27"


def test_a_label_inside_a_sentence_gives_a_value_an_analyst_checks():
    rows = [row for row in _IB60 if row[2] not in ("Datum", "27 oktober 2026")]  # the letter's own date lost
    (document,) = documents_of(ocr_like(read_bytes(placed_pdf([rows]), "scan.pdf")))
    issued = document.fields["issue_date"]
    assert issued.value in (None, "2026-01-22") and issued.confidence < 0.8


_EU_CONTRACT = [
    "EUROPEES BUREAU VOOR VISSERIJCONTROLE",
    "ARBEIDSCONTRACT",
    "Tussen enerzijds Europees Bureau voor visserijcontrole, hierna “de instelling”, vertegenwoordigd door het tot het",
    "sluiten van arbeidscontracten bevoegde gezag, G. Gijsbertha, en anderzijds",
    "Naam WU, Jun Hao",
    "hierna “de arbeidscontractant”, wordt het volgende overeengekomen:",
    "Dit contract wordt gesloten voor bepaalde tijd. Het gaat in op 1 november 2025 en eindigt op 31 oktober 2026.",
    "De plaats van tewerkstelling is Vigo, Spanje. De plaats van aanwerving is Zwolle.",
    "Op dit contract zijn de Regeling van toepassing op de andere personeelsleden en de uitvoeringsbepalingen van de",
    "instelling van toepassing.",
    "Opgemaakt in tweevoud te Vigo op 8.11.2025.",
    "Voor de instelling De arbeidscontractant",
]


def test_a_contract_between_enerzijds_and_anderzijds_names_its_employer_and_its_place_abroad():
    for pages in (read_bytes(lines_pdf(_EU_CONTRACT, size=8), "c.pdf"), ocr_like(read_bytes(lines_pdf(_EU_CONTRACT, size=8), "c.pdf"))):
        (document,) = documents_of(pages)
        values = field_values(document)
        assert values["employer"] == "Europees Bureau voor visserijcontrole"  # not "Opgemaakt" under a wrapped "instelling"
        assert values["place"] == "Vigo, Spanje"  # the sentence that states it ends it


_PHONE_NOTE = [
    "Portaal · Klantcontact · Relatiebeheer",
    "Relatie",
    "Ivone Lopes · huurder · Zwanenlaan 5, 4701 RN Roosendaal · contractnr. 403869",
    "Onderwerp Huisbewaring - aanvraag",
    "Notitie",
    "Klant belt: gaat tijdelijk bij een zieke ouder wonen om te zorgen. Vraagt huisbewaring aan van",
    "02-09-2026 tot en met 20-10-2027. Huisbewaarder wordt Tarık Arslan, geb. 15-08-1998.",
    "Huisbewaarder betaalt € 700,00 per maand aan klant. Huisbewaarder heeft geen eigen woning en",
    "geen minderjarige kinderen.",
]


def test_a_contact_systems_note_names_the_tenant_by_role_and_gives_reason_and_compensation():
    for pages in (read_bytes(lines_pdf(_PHONE_NOTE, size=8), "n.pdf"), ocr_like(read_bytes(lines_pdf([line.replace(" · ", " : ") for line in _PHONE_NOTE], size=8), "n.pdf"))):
        (document,) = documents_of(pages)
        values = field_values(document)
        assert document.doc_type == "huisbewaring_aanvraag"
        assert values["tenant_name"] == "Ivone Lopes"  # OCR reads the middle dot as a colon
        assert values["reason"] == "care" and values["compensation"] == "700.00"


def test_the_room_is_in_the_main_tenants_home_whose_address_the_party_line_gives():
    contract = [
        "Huurovereenkomst voor een kamer",
        "Hoofdhuurder: Abena Mensah, Anton de Komplein 10, 1616 NV Hoogkarspel",
        "Onderhuurder: Yuliia Kovalenko, paspoort nr. FC443067, laatste adres Dnipro",
        "Kamer: de achterste slaapkamer in de woning hierboven.",
        "Huur per maand: € 480,00, inclusief gas, water en licht.",
        "Ingangsdatum: 01.10.2026",
    ]
    values = field_values(only_document(lines_pdf(contract)))
    assert (values["postcode"], values["house_number"]) == ("1616NV", "10")


def test_a_paediatricians_letter_attesting_care_in_its_own_words_is_a_care_declaration():
    letter = [
        "Emma Kinderziekenhuis Datum brief: 22-11-2026",
        "De heer C. Yilmaz",
        "Betreft: Emre Rahimi, geboren 11 november 2012",
        "Geachte ouders,",
        "Op uw verzoek schrijf ik deze verklaring. Emre Rahimi is bij ons bekend met ernstige meervoudige beperkingen.",
        "Emre Rahimi heeft dag en nacht zorg en toezicht nodig, 24 uur per dag.",
        "De zorg wordt vooral gegeven door de vader, C. Yilmaz.",
        "Met vriendelijke groet,",
        "kinderarts",
    ]
    document = only_document(lines_pdf(letter, size=8))
    assert document.doc_type == "mantelzorgverklaring"
    assert field_values(document)["caregiver_name"] == "C. Yilmaz"
    assert field_values(document)["round_the_clock"] is True


def test_a_letter_naming_care_without_attesting_who_gives_it_is_no_care_declaration():
    letter = [
        "Gemeente Zuidhaven",
        "Betreft: uw verklaring",
        "Geachte heer Bos,",
        "Wij ontvingen uw verklaring over de zorg die u nodig heeft. Wij nemen binnen vier weken contact met u op.",
        "Met vriendelijke groet,",
    ]
    assert only_document(lines_pdf(letter, size=8)).doc_type == "unknown"


def test_a_role_in_a_table_column_is_no_account_holder():
    rows = [
        (60, 60, "RegioBank Kwartaaloverzicht betaalrekening"),
        (60, 80, "EL HAMDAOUI, K."), (60, 92, "Spreeuwenlaan 25"), (60, 104, "6463 NV Kerkrade"),
        (60, 130, "Rekening NL68 RBRB 0008 6301 60"),
        (60, 142, "Periode 01-04-2026 t/m 30-06-2026"),
        (60, 166, "Betrokkenen bij deze rekening"),
        (60, 180, "Naam"), (190, 180, "Rol"), (300, 180, "Geboortedatum"),
        (60, 192, "EL HAMDAOUI, K."), (190, 192, "Rekeninghouder"), (300, 192, "04-03-1974"),
        (60, 204, "EL OUARDI, R."), (190, 204, "Gemachtigde"), (300, 204, "22-11-1983"),
    ]
    (document,) = documents_of(ocr_like(read_bytes(placed_pdf([rows]), "scan.pdf")))
    assert "Gemachtigde" not in (field_values(document)["account_holders"] or [])


def test_an_answer_under_its_question_is_its_first_sentence():
    agreement = [
        "Onze afspraken over de kamer",
        "Onderhuur van een kamer, in vragen en antwoorden",
        "1. Wie verhuurt de kamer?",
        "Tess Fleur de Vries. Ik huur de hele woning zelf van de woningcorporatie.",
        "2. Wie huurt de kamer?",
        "Boateng, Abena",
        "3. Hoeveel huur betaal je?",
        "driehonderd euro per maand.",
    ]
    values = field_values(only_document(lines_pdf(agreement)))
    assert values["tenant_name"] == "Tess Fleur de Vries" and values["subtenant_name"] == "Boateng, Abena"


# --- from fresh18's studied half, after its first contact ------------------------------------

_DEED = [
    "ONDERHUUROVEREENKOMST",
    "De ondergetekenden:",
    "1 F.A.S. Sultani, geboren te Hoek van Holland op 19 juli 1996, wonende te Den Haag, hierna te noemen: “de hoofdhuurder”;",
    "2. Tekle Berhane, geboren te Bussum op 14 januari 1993, thans wonende te Gouda, hierna te noemen: “de onderhuurder”;",
    "verklaren te zijn overeengekomen als volgt:",
    "Artikel 1",
    "De hoofdhuurder verhuurt aan de onderhuurder een kamer in de woning aan de Langedijk 7, 2580 BB Den Haag.",
    "Artikel 2",
    "De huurprijs bedraagt € 510,00 per maand.",
    "Artikel 3",
    "De onderhuur vangt aan op 1 augustus 2026.",
]


def test_a_deed_style_sublet_names_its_parties_by_number_and_starts_when_it_vangt_aan():
    (document,) = documents_of(ocr_like(read_bytes(lines_pdf(_DEED, size=7), "deed.pdf")))
    values = field_values(document)
    assert values["tenant_name"] == "F.A.S. Sultani"  # "1" lost its full stop to OCR: still the first party's number
    assert values["subtenant_name"] == "Tekle Berhane"
    assert values["start_date"] == "2026-08-01"


def test_a_partys_town_before_its_role_is_no_name_when_its_own_name_was_misread():
    deed = [line.replace("F.A.S. Sultani,", "1 FAS. 5u1tan") for line in _DEED]  # the name and its comma lost
    (document,) = documents_of(ocr_like(read_bytes(lines_pdf(deed, size=7), "deed.pdf")))
    assert field_values(document)["tenant_name"] != "Den Haag"


def test_a_yes_no_question_wrapping_onto_the_next_line_is_answered_beside_its_first_line():
    form = [
        "Aanvraag toestemming huisbewaring",
        "Naam huurder R. de Haan",
        "Naam huisbewaarder Renée van der Linden",
        "Huisbewaarder heeft eigen woning [ ] ja [X] nee",
        "Huisbewaarder heeft minderjarige [ ] ja [X] nee",
        "kinderen",
        "Datum ondertekening 28 aug. 2026",
    ]
    values = field_values(only_document(lines_pdf(form)))
    assert values["sitter_has_own_home"] is False and values["sitter_has_minor_children"] is False


def test_a_doctors_letter_names_its_patient_in_its_subject_line():
    letter = [
        "Adelante zorggroep Datum 4 mei 2026",
        "Betreft: S.R.B. Zwart, verklaring ten behoeve van de woningcorporatie",
        "Mijn patiënt heeft overdag hulp nodig bij verplaatsen, eten en verzorging.",
        "De dagelijkse zorg wordt gegeven door Hüseyin Arslan, die daarvoor bij de patiënt woont.",
        "Met vriendelijke groet,",
        "A. El Hamdaoui, revalidatiearts",
    ]
    document = only_document(lines_pdf(letter, size=8))
    assert document.doc_type == "mantelzorgverklaring"
    assert field_values(document)["care_recipient_name"] == "S.R.B. Zwart"
    assert field_values(document)["caregiver_name"] == "Hüseyin Arslan"


# --- from fresh19's studied half, after its first contact ------------------------------------

_CHAT = [
    "Eigen Haard Gesprek met Vraag het Nina · di 27-01-2026",
    "Hallo! Waar kan ik je mee helpen?", "17:28",
    "Ik wil toestemming voor huisbewaring", "17:28",
    "Wat is je naam? (huurder)", "17:29",
    "Iris van der Heijden", "17:29",
    "Wie gaat op je woning passen?", "17:29",
    "Fadumo Abdi", "17:30",
    "Wat is de geboortedatum van de huisbewaarder?", "17:30",
    "20-5-1978", "17:30",
    "Welke vergoeding krijgt de huisbewaarder per maand?", "17:33",
    "300 euro", "17:33",
    "Heeft de huisbewaarder een eigen woning?", "17:34",
    "Nee", "17:34",
    "Heeft de huisbewaarder kinderen jonger dan 18?", "17:34",
    "Nee", "17:35",
]


def test_a_chat_is_answered_under_its_questions_past_the_time_stamps_and_signed_by_nobody():
    values = field_values(only_document(lines_pdf(_CHAT, size=8)))
    assert values["tenant_name"] == "Iris van der Heijden" and values["sitter_name"] == "Fadumo Abdi"
    assert values["sitter_birth_date"] == "1978-05-20"
    assert values["sitter_has_own_home"] is False and values["sitter_has_minor_children"] is False
    assert values["signed_date"] is None  # the birth date answers a question: no letter's date


def test_a_person_with_a_postal_address_only_is_no_resident_and_a_sections_row_number_no_part_of_a_name():
    rows = [
        (60, 60, "Gemeente Valkenswaard"),
        (60, 80, "Uittreksel BRP — bewoners en briefadressen"),
        (60, 100, "Kwakoe-erf 9-4"), (60, 112, "5551 GZ Valkenswaard"),
        (60, 140, "2 Ingeschreven met woonadres"),
        (86, 156, "Naam"), (213, 156, "Geboren"), (318, 156, "BSN"), (391, 156, "Woont op dit adres sinds"),
        (63, 170, "2.1"), (86, 170, "Tekeste, Dawit"), (213, 170, "23 juli 1958"), (318, 170, "111 222 333"), (391, 170, "9 dec. 2021"),
        (63, 184, "2.2"), (86, 184, "Owusu, Abena"), (213, 184, "17 juli 1995"), (318, 184, "123 456 782"), (391, 184, "23 mei 2022"),
        (60, 212, "3 Ingeschreven met briefadres"),
        (86, 228, "Naam"), (213, 228, "Geboren"), (318, 228, "BSN"), (391, 228, "Briefadres sinds"),
        (63, 242, "3.1"), (86, 242, "Sultani, Farid"), (213, 242, "19 januari 2002"), (318, 242, "111 222 345"), (391, 242, "25-06-2026"),
    ]
    values = field_values(only_document(placed_pdf([rows])))
    assert [person["name"] for person in values["persons"]] == ["Tekeste, Dawit", "Owusu, Abena"]


def test_a_town_abroad_keeps_its_country_for_the_countries_tenants_and_postings_come_from():
    contract = [
        "Arbeidsovereenkomst lokaal aangenomen medewerker",
        "Naam werknemer A.S. Ahmadzai",
        "Werkgever Ambassade van het Koninkrijk der Nederlanden",
        "Standplaats Amman, Jordanië",
        "Duur van 1 november 2026 tot en met 31 oktober 2027",
    ]
    assert field_values(only_document(lines_pdf(contract)))["place"] == "Amman, Jordanië"
