"""Mechanisms of the twenty-fourth session (issue 17), each said without the layout that showed
it: a French employment contract's parties, dates and place in its sentences ("ci-après dénommé
« le salarié »", "prendra fin le"); a label whose translation names another thing than the field
("Naam / Surname" on an identity card copied above a letter) is no label of the field; a word
that holds a longer label's tail ("de huurovereenkomst") is not that label misread
("onderhuurovereenkomst"); on an OCR page a labelled name the name reader doubts ("L Blom") is
flagged; a given name beside a Polish surname is re-read by the Polish model."""

from __future__ import annotations

from extractors import _common, huurovereenkomst_onderhuur, mantelzorgverklaring
from extractors.pages import read_bytes
from tests.extractors.rendered import field_values, ocr_like, only_document, placed_pdf

# --- a French contract ---------------------------------------------------------------------------

_FRENCH = [(60, 50, "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE"),
           (60, 80, "Entre les soussignés : l'entreprise Boulangerie Martin SAS, dont le siège est à Chambéry,"),
           (60, 92, "représentée par Mme. Claire Martin, ci-après désignée « l'employeur »,"),
           (60, 104, "et Monsieur Daan Visser, né le 03/02/1999 à Zwolle, ci-après désigné « le salarié »."),
           (60, 130, "Le contrat débute le 02/01/2027 et se terminera le 30/06/2027, terme de la saison."),
           (60, 150, "Le lieu de travail est situé à Annecy. La période d'essai est de 14 jours."),
           (60, 170, "Rémunération mensuelle brute : 2.100,00 EUR."),
           (60, 200, "Fait à Chambéry, le 01/12/2026.")]  # fmt: skip


def test_a_french_contracts_sentences_are_read():
    document = only_document(placed_pdf([_FRENCH]))
    assert document.doc_type == "arbeidsovereenkomst"
    assert field_values(document) == {
        "employee_name": "Daan Visser", "employer": "Boulangerie Martin SAS",
        "start_date": "2027-01-02", "end_date": "2027-06-30", "place": "Annecy",
    }  # fmt: skip


# --- a label's translation that names another thing ----------------------------------------------

_ID_AND_LETTER = [(60, 40, "IDENTITEITSKAART / IDENTITY CARD"),
                  (60, 60, "Naam / Surname"), (300, 60, "Lengte / Height"), (60, 72, "MOHAMED ALI"), (300, 72, "1,95 m"),
                  (60, 92, "Voornamen / Given names"), (60, 104, "Ifrah"),
                  (60, 160, "Belastingdienst"), (60, 180, "Datum 24-05-2026"), (60, 192, "Burgerservicenummer 151914096"),
                  (60, 212, "Inkomensverklaring 2023"), (60, 224, "Naam: I. Mohamed Ali"),
                  (60, 244, "Verzamelinkomen 2023 EUR 45.999,03")]  # fmt: skip


def test_a_label_translated_as_another_thing_is_not_the_fields():
    values = field_values(only_document(placed_pdf([_ID_AND_LETTER])))
    assert values["name"] == "I. Mohamed Ali"  # not "Surname", nor the card's surname alone


def test_a_labels_translation_that_is_a_wording_of_a_field_is_passed_over():
    from extractors._prose import value_after

    pages = read_bytes(placed_pdf([[(60, 60, "Naam / Name"), (300, 60, "Jan de Vries")]]), "x.pdf")
    assert value_after(pages, [r"^[\W_]{0,3}Naam\b"]).text == "Jan de Vries"


# --- a shorter word is no longer label misread ---------------------------------------------------


def test_a_word_holding_a_labels_tail_is_not_the_label():
    assert _common.fuzzy_span("Aanvrager levert de huurovereenkomst aan.", "onderhuurovereenkomst") is None
    assert _common.fuzzy_span("Onder huurovereenkomst kamer", "onderhuurovereenkomst") is not None  # a word OCR split
    assert _common.fuzzy_span("Onderhuurovereenkornst", "onderhuurovereenkomst") is not None  # a letter misread


_INTAKE = [(60, 50, "Gemeente Utrecht · Geldzaken"), (60, 66, "Intakeverslag schuldhulpverlening"),
           (60, 90, "Huur € 743,45 per maand aan Woonstad Rotterdam."),
           (60, 110, "Aanvrager levert de inkomensverklaring, de bankafschriften en de huurovereenkomst"),
           (60, 122, "aan. De schuldhulpverlener neemt contact op met de verhuurder.")]  # fmt: skip


def test_a_letter_that_mentions_the_lease_is_no_sublet_contract():
    pages = read_bytes(placed_pdf([_INTAKE]), "intake.pdf")
    assert huurovereenkomst_onderhuur.score(pages) is None


# --- a labelled name the name reader doubts -----------------------------------------------------------

_DOUBTED = [(60, 50, "Stadsapotheek Zuid"), (60, 70, "Verklaring mantelzorg"), (60, 100, "Patiënt L Blom"),
            (60, 130, "Wij verklaren dat Pawel Nowak als mantelzorger de medicatie klaarzet, dag en nacht."),
            (60, 160, "Datum: 17-10-2026")]  # fmt: skip


def _scanned(pdf: bytes):
    """A PDF's pages as OCR would give them: words on lines, the page marked read by OCR."""
    return [page.model_copy(update={"ocr": True}) for page in ocr_like(read_bytes(pdf, "scan.pdf"))]


def test_a_doubted_labelled_name_is_flagged_on_an_ocr_page():
    field = mantelzorgverklaring.extract(_scanned(placed_pdf([_DOUBTED])))["care_recipient_name"]
    assert field.value == "L Blom" and field.confidence < 0.8
    printed = mantelzorgverklaring.extract(read_bytes(placed_pdf([_DOUBTED]), "verklaring.pdf"))["care_recipient_name"]
    assert printed.value == "L Blom" and printed.confidence >= 0.8  # a text layer prints a name as it is


# --- a given name beside a surname of another language ----------------------------------------------


def test_a_given_name_beside_a_polish_surname_is_read_again_by_the_polish_model():
    from extractors._letters import reread_hidden_letters
    from tests.extractors.rendered import drawn_words

    image, words = drawn_words([["Paweł", "Kozłowska", "verleent", "zorg"]], 44, 300, 90)
    as_read = [w.model_copy(update={"text": {"Paweł": "Pawet", "Kozłowska": "Kozlowska"}.get(w.text, w.text)}) for w in words]
    again = reread_hidden_letters(image, as_read, 300, "x.png", 1, "pol", 30.0)
    assert [w.text for w in again] == ["Paweł", "Kozłowska", "verleent", "zorg"]
