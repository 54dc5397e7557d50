"""Mechanisms of the eighteenth session (issue 17), each said without the layout that showed
it: a house-sitting request in plain language ("Iemand laten oppassen op uw huis", "Wanneer
gaat u weg?"), with a pictogram on a line of its own between each question and its answer
(property: a line with a letter, digit or mark is never passed as one); an account's holders
in a table of its people by their role; a carer and the one cared for in a clause whose verb
stands at its end; a page that greets its reader begins a document."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import bankafschrift
from extractors._forms import _EMPTIES, _ORNAMENT, _TICKS, read_yes_no
from extractors.pages import read_bytes
from tests.extractors.rendered import field_values, lines_pdf, ocr_like, only_document, unicode_pdf

_PLAIN_FORM = [
    "Woningstichting De Linde   Formulier in eenvoudige taal",
    "Iemand laten oppassen op uw huis",
    "U gaat een tijd weg. Iemand anders woont dan in uw huis. Dat heet huisbewaring.",
    "Wat is uw naam?",
    "☺",
    "Fatma Doğan",
    "Wie past op uw huis?",
    "⌂",
    "Joris van den Berg",
    "Wanneer is deze persoon geboren?",
    "☺",
    "3-2-1991",
    "Wanneer gaat u weg?",
    "→",
    "14-9-2026",
    "Wanneer komt u terug?",
    "←",
    "1-3-2027",
    "Waarom gaat u weg? Zet een kruisje.",
    "☐ Ik ga ergens anders werken of leren",
    "☒ Ik ga een lange reis maken",
    "Heeft deze persoon zelf een huis?",
    "⌂",
    "□ ja ■ nee",
    "Heeft deze persoon kinderen jonger dan 18 jaar?",
    "☺",
    "■ ja □ nee",
    "Hoeveel betaalt deze persoon u per maand?",
    "€",
    "€ 150,00",
    "Datum: 2-8-2026   Uw handtekening:",
]


def test_a_house_sitting_request_in_plain_language_is_one_and_its_questions_are_its_labels():
    document = only_document(unicode_pdf(_PLAIN_FORM))
    assert document.doc_type == "huisbewaring_aanvraag"
    assert field_values(document) == {
        "tenant_name": "Fatma Doğan",
        "sitter_name": "Joris van den Berg",
        "sitter_birth_date": "1991-02-03",
        "start_date": "2026-09-14",
        "end_date": "2027-03-01",
        "reason": "travel",
        "compensation": "150.00",
        "sitter_has_own_home": False,
        "sitter_has_minor_children": True,
        "signed_date": "2026-08-02",
    }


def test_a_letter_that_speaks_of_house_sitting_once_and_of_nothing_else_a_request_asks_is_no_request():
    pages = read_bytes(lines_pdf([
        "Nieuwsbrief najaar 2026",
        "Gaat u lang op reis? Lees dan op onze website wat huisbewaring is.",
        "De tuinen worden in oktober gesnoeid.",
    ]), "nieuwsbrief.pdf")  # fmt: skip
    from extractors import huisbewaring_aanvraag

    assert huisbewaring_aanvraag.score(pages) is None


@pytest.mark.parametrize("between", ["☺", "⌂", "→", "€", "#"])
def test_a_pictogram_between_a_question_and_its_answer_is_passed(between):
    pages = read_bytes(unicode_pdf(["Heeft deze persoon zelf een huis?", between, "■ ja □ nee", "Volgende vraag?"]), "form.pdf")
    assert read_yes_no(pages, r"zelf\s+een\s+huis").value is True


def test_a_line_with_a_box_or_a_word_is_no_pictogram():
    # the line under the question is the next question: its boxes are not this one's answer
    pages = read_bytes(unicode_pdf(["Heeft deze persoon zelf een huis?", "Heeft hij kinderen? ■ ja □ nee"]), "form.pdf")
    assert read_yes_no(pages, r"zelf\s+een\s+huis").value is None


_MEMBERS = [
    "bunq   Rekeningoverzicht / Statement of account",
    "Account / Rekening   Joint account / Gezamenlijke rekening",
    "IBAN NL48BUNQ9173161258",
    "Leden / Members",
]


def _members_pdf(rows: list[tuple[str, str, str]]) -> bytes:
    from tests.extractors.rendered import placed_pdf

    cells = [(40, 60 + 15 * i, line) for i, line in enumerate(_MEMBERS)]
    cells += [(40, 130, "Naam / Name"), (220, 130, "Rol / Role"), (400, 130, "Lid sinds / Joined")]
    for i, (name, role, since) in enumerate(rows):
        cells += [(40, 145 + 15 * i, name), (220, 145 + 15 * i, role), (400, 145 + 15 * i, since)]
    cells += [(40, 145 + 15 * len(rows) + 20, "Transacties / Transactions")]
    return placed_pdf([cells])


def test_the_holders_are_the_owners_in_a_table_of_the_accounts_people():
    pages = read_bytes(_members_pdf([
        ("Priya Sital", "Eigenaar / Owner", "22-02-2023"),
        ("Abdelilah El Hamdaoui", "Mede-eigenaar / Co-owner", "01-09-2022"),
        ("Farid Sultani", "Uitgenodigd / Invited", "02-09-2026"),
    ]), "bunq.pdf")  # fmt: skip
    holders = bankafschrift.extract(pages)["account_holders"]
    assert holders.value == ["Priya Sital", "Abdelilah El Hamdaoui"]
    assert holders.confidence <= bankafschrift.ROLE_TABLE_CONFIDENCE


def test_a_table_of_people_with_no_owners_role_gives_no_holders():
    pages = read_bytes(_members_pdf([
        ("Farid Sultani", "Gemachtigde", "02-09-2026"),
        ("Priya Sital", "Uitgenodigd / Invited", "22-02-2023"),
    ]), "bunq.pdf")  # fmt: skip
    assert bankafschrift.extract(pages)["account_holders"].value is None


def test_a_role_table_read_by_ocr_keeps_its_rows():
    pages = ocr_like(read_bytes(_members_pdf([("Priya Sital", "Eigenaar", "22-02-2023"), ("Abdelilah El Hamdaoui", "Mede-eigenaar", "01-09-2022")]), "scan.pdf"))
    assert bankafschrift.extract(pages)["account_holders"].value == ["Priya Sital", "Abdelilah El Hamdaoui"]


@pytest.mark.parametrize("sentence, carer, cared_for", [
    ("Wij bevestigen dat Ewa Wójcik de mantelzorger is van Omar Al Khatib.", "Ewa Wójcik", "Omar Al Khatib"),
    ("Wij verklaren dat Jan de Boer de mantelzorger was van Kees Visser.", "Jan de Boer", "Kees Visser"),
    ("Wij bevestigen dat Ewa Wójcik de mantelzorger is van de patiënt.", "Ewa Wójcik", None),  # no name: no care recipient
])  # fmt: skip
def test_a_carer_and_the_one_cared_for_in_a_clause_whose_verb_stands_at_its_end(sentence, carer, cared_for):
    from extractors import mantelzorgverklaring

    pages = read_bytes(lines_pdf(["Stichting Zorg Dichtbij", "Verklaring mantelzorg", "Utrecht, 3 maart 2026", sentence]), "brief.pdf")
    fields = mantelzorgverklaring.extract(pages)
    assert (fields["caregiver_name"].value, fields["care_recipient_name"].value) == (carer, cared_for)


_TENANTS_LETTER = [
    "Fatma Doğan",
    "Lindelaan 12",
    "Utrecht, 3 augustus 2026",
    "Betreft: mijn afwezigheid",
    "Geachte heer, mevrouw,",
    "Ik ga van 14 september tot 1 maart weg. Mijn neef past in die periode op mijn woning als huisbewaarder.",
    "Hij betaalt mij geen vergoeding.",
    "Met vriendelijke groet,",
    "Fatma Doğan",
]


def test_a_letter_after_a_form_of_the_same_type_is_the_next_document():
    from extractors.documents import documents_of

    documents = documents_of(read_bytes(unicode_pdf(_PLAIN_FORM, _TENANTS_LETTER), "batch.pdf"))
    assert [(d.doc_type, list(d.pages)) for d in documents] == [("huisbewaring_aanvraag", [1]), ("huisbewaring_aanvraag", [2])]


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=12), st.sampled_from("aZé7Xx" + _TICKS + _EMPTIES + "[]()|/"))
def test_a_line_with_a_letter_a_digit_or_a_mark_is_never_passed_as_a_pictogram(text, kept):
    # whatever else a line holds, one letter, digit, box or bracket makes it a line to read
    line = text[: len(text) // 2] + kept + text[len(text) // 2 :]
    assert _ORNAMENT.fullmatch(line.strip()) is None
