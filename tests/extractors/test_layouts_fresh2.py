"""Mechanisms for layouts the code was not written for (issue 17), second round, each on a
real PDF. Found on the blind generator's `fresh2` split (bench/blind_first_contact.md);
the documents here are our own, written to the concept, not copies of the split's:
- a deed that prints each value left of its label, the labels in a column on the right;
- a town is printed capitalised, and a school's cell ends in its town;
- a covering letter's addressee is no part of the extract's address;
- an example's figures ("Voorbeeld. ... dan is uw verzamelinkomen € 36.750") are no facts;
- names one a line under their label; a row of questions over a row of answers;
- a bilingual label ("Adres van de kamer / Address of the room") with its value under it;
- a doctor's letter about a patient and their mantelzorger; a copy's addressee is no issuer.
"""

from __future__ import annotations

from extractors import brp_uittreksel, inkomensverklaring
from extractors.locating import _town, fill_from_labels
from extractors.pages import read_bytes
from tests.extractors.rendered import field_values, only_document, placed_pdf
from woondossier.model import DocType

_pdf, _document, _values = placed_pdf, only_document, field_values


def test_values_left_of_their_labels_are_read_from_the_left():
    rows = [
        (60, 60, "Akte van aanstelling"),
        (60, 100, "Bram Oosterhuis"), (530, 100, "naam werknemer"),
        (60, 118, "Stichting Openbaar Onderwijs Groot-"), (530, 118, "werkgever (bevoegd gezag)"),
        (60, 130, "Rijnmond"),
        (60, 148, "1 SEPTEMBER 2026"), (530, 148, "ingangsdatum deze aanstelling"),
        (60, 166, "Basisschool De Regenboog, Zevenaar"), (530, 166, "standplaats (school, plaats)"),
        (60, 184, "0,6 fte"), (530, 184, "betrekkingsomvang"),
        (60, 220, "Op deze aanstelling zijn de regelingen van de werkgever van toepassing."),
    ]
    labels = {i for i, (x, _, _) in enumerate(rows) if x == 530}
    values = _values(_document(_pdf([rows], right=frozenset(labels))))
    assert values["employee_name"] == "Bram Oosterhuis"
    assert values["employer"] == "Stichting Openbaar Onderwijs Groot-Rijnmond"
    assert values["start_date"] == "2026-09-01"
    assert values["place"] == "Zevenaar"  # never "toepassing", a word of the sentence under the column


def test_two_columns_of_label_and_value_are_not_read_as_labels_on_the_right():
    rows = [
        (60, 60, "Arbeidsovereenkomst"),
        (60, 100, "Werknemer"), (160, 100, "Bram Oosterhuis"), (320, 100, "Ingangsdatum"), (420, 100, "1-9-2026"),
        (60, 118, "Werkgever"), (160, 118, "Oosterhuis B.V."), (320, 118, "Standplaats"), (420, 118, "Arnhem"),
        (60, 136, "Functie"), (160, 136, "monteur"), (320, 136, "Einddatum"), (420, 136, "31-8-2027"),
    ]
    values = _values(_document(_pdf([rows])))
    assert (values["employee_name"], values["start_date"], values["place"], values["end_date"]) == (
        "Bram Oosterhuis", "2026-09-01", "Arnhem", "2027-08-31")


def test_a_town_is_capitalised_and_may_end_a_cell():
    assert _town("toepassing") is None
    assert _town("Basisschool De Regenboog, Zevenaar")[0] == "Zevenaar"
    assert _town("Zevenaar")[0] == "Zevenaar"


def test_the_covering_letters_address_is_no_part_of_the_extracts():
    letter = [
        (60, 60, "Gemeente Weert"), (60, 90, "De heer P. Smit"), (60, 104, "Postadres:"),
        (60, 118, "Dorpsstraat 23"), (60, 132, "9901 AB Appingedam"),
        (60, 170, "Hierbij ontvangt u het gevraagde uittreksel, zie de volgende pagina."),
    ]
    extract = [
        (60, 60, "Uittreksel Basisregistratie Personen"),
        (60, 90, "Straat en huisnummer"), (220, 90, "Kerkplein 1"),
        (60, 104, "Postcode"), (220, 104, "6001 AB"),
        (60, 118, "Woonplaats"), (220, 118, "Weert"),
        (60, 150, "Naam"), (220, 150, "Pieter Smit"),
        (60, 164, "Geboortedatum"), (220, 164, "2 april 1981"),
        (60, 178, "Ingeschreven op dit adres sinds"), (220, 178, "17 september 2008"),
    ]
    fields = brp_uittreksel.extract(read_bytes(_pdf([letter, extract]), "sample.pdf"))  # one document: the letter and its extract
    assert (fields["street"].value, fields["house_number"].value, fields["postcode"].value) == ("Kerkplein", "1", "6001AB")


def test_an_examples_figure_is_no_fact():
    explanation = [
        (60, 60, "Belastingdienst  Toelichting bij de inkomensverklaring"),
        (60, 90, "Voorbeeld. Had u in 2022 een inkomen van € 38.000 en een aftrekpost van € 1.250, dan is"),
        (60, 104, "uw verzamelinkomen € 36.750."),
    ]
    statement = [
        (60, 60, "Belastingdienst"), (60, 80, "Inkomensverklaring"),
        (60, 110, "naam"), (300, 110, "burgerservicenummer"),
        (60, 124, "Anna de Wit"), (300, 124, "111222333"),
        (60, 150, "inkomensjaar"), (200, 150, "verzamelinkomen"), (360, 150, "dagtekening"),
        (60, 164, "2024"), (200, 164, "€ 41.250"), (360, 164, "05-05-2026"),
    ]
    pages = read_bytes(_pdf([explanation, statement]), "sample.pdf")  # one document: the statement and its explanation
    income = fill_from_labels("inkomensverklaring", pages, inkomensverklaring.extract(pages))["income"]
    assert income.value == "41250.00"
    assert income.confidence >= 0.8  # the example does not even put it in doubt


def test_holders_one_a_line_under_their_label():
    rows = [
        (60, 60, "Account statement"),
        (60, 90, "Account holders"), (200, 90, "M. Farah"),
        (200, 104, "H. Farah"),
        (60, 118, "Account number"), (200, 118, "NL91 ABNA 0417 1643 00"),
        (60, 132, "Statement date"), (200, 132, "13 June 2026"),
    ]
    assert _document(_pdf([rows])).fields["account_holders"].value == ["M. Farah", "H. Farah"]


def test_a_row_of_questions_over_a_row_of_answers():
    rows = [
        (60, 60, "Formulier huisbewaring"),
        (60, 90, "naam huurder"), (60, 104, "Jansen, P."),
        (60, 130, "heeft eigen woonruimte"), (300, 130, "heeft minderjarige kinderen"),
        (60, 144, "[X] ja [ ] nee"), (300, 144, "[ ] ja [X] nee"),
    ]
    values = _values(_document(_pdf([rows])))
    assert (values["sitter_has_own_home"], values["sitter_has_minor_children"]) == (True, False)


def test_a_bilingual_label_with_its_value_under_it():
    rows = [
        (60, 60, "Huurovereenkomst kamer (onderhuur)"),
        (60, 90, "Hoofdhuurder / Main tenant"), (280, 90, "Johanna IJzerman"),
        (60, 104, "Adres van de kamer / Address of the room"), (280, 104, "Dorpspark 12-2"),
        (280, 118, "1948 TX Beverwijk"),
        (60, 132, "Huurprijs per maand / Monthly rent"), (280, 132, "€ 450,-"),
    ]
    assert _document(_pdf([rows])).fields["postcode"].value == "1948TX"


def test_a_doctors_letter_about_a_patient_and_the_mantelzorger():
    rows = [
        (60, 60, "Ziekenhuis Rivierenland"),
        (60, 74, "Patiëntnummer 12345 - cc: huisarts B. Visser"),
        (60, 100, "Tiel, 22 januari 2026"),
        (60, 130, "Op 8 januari zag ik op de polikliniek Sanne Willemsen, geboren 17 april 1950, wonend"),
        (60, 144, "te Zoelen. Patiënt heeft dagelijks hulp nodig. De zorg wordt gegeven door haar"),
        (60, 158, "mantelzorger, Joris Willemsen. Uit medisch oogpunt ondersteun ik dit verzoek."),
    ]
    document = _document(_pdf([rows]))
    assert document.doc_type == DocType.mantelzorgverklaring
    values = _values(document)
    assert (values["caregiver_name"], values["care_recipient_name"]) == ("Joris Willemsen", "Sanne Willemsen")
    assert values["issuer"] != "cc: huisarts B. Visser"


def test_a_carers_appreciation_letter_is_no_declaration():
    rows = [
        (60, 60, "Gemeente Tiel"),
        (60, 90, "Mantelzorgwaardering 2026"),
        (60, 120, "Beste mevrouw Willemsen, u zorgt als mantelzorger voor Joris Willemsen. Als dank"),
        (60, 134, "ontvangt u een mantelzorgwaardering van € 150. Wij verklaren dit bedrag over te maken."),
    ]
    assert _document(_pdf([rows])).doc_type == DocType.unknown


# --- wordings of the dev split's own layouts, as data and concepts ----------------------


def test_a_start_said_as_entering_service():
    rows = [(60, 60, "Arbeidsovereenkomst voor bepaalde tijd"),
            (60, 90, "Werknemer treedt op 19 februari 2026 in dienst in de functie van verzorgende IG."),
            (60, 104, "De overeenkomst eindigt van rechtswege op 18 februari 2027.")]
    values = _values(_document(_pdf([rows])))
    assert (values["start_date"], values["end_date"]) == ("2026-02-19", "2027-02-18")


def test_a_form_that_asks_why_and_a_place_and_date_line():
    rows = [(60, 60, "Aanvraag huisbewaring"), (60, 90, "Naam huurder: Pieter Smit"),
            (60, 104, "Waarom bent u afwezig? Lange reis")]
    assert _values(_document(_pdf([rows])))["reason"] == "travel"
    rows = [(60, 60, "Mantelzorgverklaring"), (60, 90, "Naam mantelzorger: Joris Willemsen"),
            (60, 104, "Plaats en datum: Geleen, 29-04-2026")]
    assert _values(_document(_pdf([rows])))["issue_date"] == "2026-04-29"


def test_a_labels_bracketed_note_is_no_part_of_the_value():
    rows = [(60, 60, "Huurovereenkomst onderhuur"),
            (60, 90, "Hoofdhuurder (verhuurder kamer)"), (250, 90, "El Idrissi, Rachid"),
            (60, 104, "Onderhuurder"), (250, 104, "Kamp, Jan van de")]
    values = _values(_document(_pdf([rows])))
    assert (values["tenant_name"], values["subtenant_name"]) == ("El Idrissi, Rachid", "Kamp, Jan van de")


def test_the_first_of_several_unlabelled_addresses_is_flagged():
    letter = [(60, 60, "Gemeente Weert"), (60, 90, "De heer P. Smit"), (60, 104, "Dorpsstraat 23, 9901 AB Appingedam"),
              (60, 140, "Uittreksel Basisregistratie Personen"),
              (60, 170, "Op het adres Kerkplein 1, 6001 AB Weert staan ingeschreven:"),
              (60, 184, "Pieter Smit, geboren 2 april 1981, burgerservicenummer 111222333")]
    pages = read_bytes(_pdf([letter]), "sample.pdf")
    fields = brp_uittreksel.extract(pages)
    assert fields["house_number"].value == "1"  # "adres" names the extract's own
    letter[4] = (60, 170, "Staan ingeschreven op Kerkplein 1, 6001 AB Weert:")
    fields = brp_uittreksel.extract(read_bytes(_pdf([letter]), "sample.pdf"))
    assert fields["house_number"].value is None or fields["house_number"].confidence < 0.8  # two addresses, none labelled


def test_a_year_under_a_header_of_two_rows_of_words():
    rows = [(60, 60, "Belastingdienst"), (60, 76, "Inkomensverklaring"), (60, 100, "Naam: Anna de Wit"),
            (60, 130, "Jaar"), (220, 130, "Belastbaar inkomen"), (430, 130, "Verzamelinkomen"),
            (110, 144, "box 1"), (220, 144, "box 2"), (330, 144, "box 3"),
            (110, 158, "werk en woning"), (220, 158, "aanmerkelijk belang"), (330, 158, "sparen en beleggen"),
            (60, 172, "2024"), (150, 172, "€ 35.874,01"), (270, 172, "€ 1.117,22"), (380, 172, "€ 4.620,62"), (490, 172, "€ 41.611,85")]
    assert _values(_document(_pdf([rows])))["tax_year"] == 2024


def test_a_caption_is_not_hidden_by_another_doc_types_longer_label():
    rows = [(60, 60, "Huurovereenkomst kamer"), (60, 90, "Naam onderhuurder: Farah Warsame"),
            (67, 130, "Kerkstraat"), (256, 130, "9"), (365, 130, "6714 XN"), (420, 130, "Ede")]
    captions = [(63, 142, "straat"), (252, 142, "huisnummer"), (306, 142, "toevoeging"), (361, 142, "postcode"), (416, 142, "plaats")]
    pdf = _pdf([rows + captions], small=frozenset(range(len(rows), len(rows) + len(captions))))
    # "huisnummer toevoeging" is a BRP extract's label: on a sublet form the two captions stay two
    assert _values(_document(pdf))["house_number"] == "9"


def test_own_home_asked_as_a_rented_or_bought_home():
    rows = [(60, 60, "Aanvraag huisbewaring"), (60, 90, "Naam huurder: Pieter Smit"),
            (60, 104, "Naam huisbewaarder: Anna de Wit"),
            (60, 130, "11. Heeft de huisbewaarder zelf een huur- of koopwoning?"), (60, 144, "[X] ja [ ] nee")]
    assert _values(_document(_pdf([rows])))["sitter_has_own_home"] is True
