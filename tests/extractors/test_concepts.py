"""Facts from prose by concept, and check boxes in every style (issue 17).

Unit tests over many wordings of each fact (stated, negated in its own clause, a
negation in a neighbouring clause that must not count, OCR slips), property tests
(hypothesis) of the concept matcher, and golden tests: documents in wordings and box
styles our generator never draws, rendered to PDF (born digital, and scanned through
real Tesseract) and read through real pdfplumber.
"""

from __future__ import annotations

import io
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors import concepts, huisbewaring_aanvraag, huurovereenkomst_onderhuur, mantelzorgverklaring
from extractors._forms import read_yes_no
from extractors.huisbewaring_aanvraag import reason_of
from extractors.huurovereenkomst_onderhuur import _conditions_statement, _end_statement
from extractors.mantelzorgverklaring import _care_statement
from extractors.pages import read_bytes
from samples.generator import render
from samples.generator.spec import DocSpec, KeyValues, Text, Title
from tests.extractors.rendered import CONFIDENT, lines_pdf
from woondossier.model import Page, Word

# --- the end-with-main-lease clause ------------------------------------------------------

END_STATED = [
    "Deze onderhuurovereenkomst eindigt van rechtswege op het moment dat de huurovereenkomst tussen de hoofdhuurder en Ymere eindigt.",
    "Wanneer de hoofdhuurovereenkomst om welke reden dan ook eindigt, eindigt ook deze overeenkomst.",
    "Indien de huurovereenkomst met de verhuurder wordt beëindigd, eindigt deze onderhuurovereenkomst tegelijkertijd.",
    "Bij ontbinding van de hoofdhuur komt deze overeenkomst van rechtswege te vervallen.",
    "De onderhuur komt te vervallen zodra de huur van de hoofdhuurder afloopt.",
    "Als de huur van de hoofdhuurder stopt, stopt ook de onderhuur.",
    "Deze huurovereenkomst eindigt automatisch zodra de huurovereenkomst tussen hoofdhuurder en Eigen Haard is opgezegd of ontbonden.",
    "De onderhuurovereenkomst duurt niet langer dan de hoofdhuurovereenkomst en eindigt van rechtswege met de hoofdhuur.",
    "Als de hoofdhuurovereenkomst niet wordt verlengd, eindigt ook deze overeenkomst.",  # the negation is the main lease's
    "De onderhuurder veroorzaakt geen overlast en deze overeenkomst eindigt met de hoofdhuur.",  # a neighbouring clause's
    "Huisdieren zijn niet toegestaan; de onderhuur eindigt van rechtswege wanneer de hoofdhuurovereenkomst eindigt.",
    # OCR slips, one a word
    "Deze onderhuurovereenkornst eindlgt van rechtswege wanneer de hoofdhuurovereenkomst eindigt.",
    "Wanneer de hoofdhuurovereenkomsl eindigt, eindigt ook deze overeenkomst.",
]
END_DENIED = [
    "Deze overeenkomst eindigt niet wanneer de hoofdhuurovereenkomst eindigt.",
    "De onderhuur eindigt nooit van rechtswege als de hoofdhuur eindigt.",
]
END_SAYS_NOTHING = [
    "Beide partijen kunnen deze overeenkomst opzeggen met een opzegtermijn van een maand.",
    "Deze overeenkomst eindigt door opzegging door de hoofdhuurder of de onderhuurder, met een termijn van een maand.",
    "De hoofdhuurder heeft toestemming van de verhuurder voor het onderverhuren van een kamer.",
    "De onderhuurder is gebonden aan de Algemene Huurvoorwaarden die gelden voor de hoofdhuurovereenkomst met Ymere.",
]


@pytest.mark.parametrize("sentence", END_STATED)
def test_the_end_clause_in_any_wording_and_order(sentence):
    assert _end_statement(sentence) is True


@pytest.mark.parametrize("sentence", END_DENIED)
def test_the_end_clause_negated_in_its_own_clause_is_denied(sentence):
    assert _end_statement(sentence) is False


@pytest.mark.parametrize("sentence", END_SAYS_NOTHING)
def test_near_misses_of_the_end_clause_say_nothing_of_it(sentence):
    assert _end_statement(sentence) is None


# --- the general-conditions clause --------------------------------------------------------

CONDITIONS_STATED = [
    "De onderhuurder houdt zich aan de Algemene Huurvoorwaarden van Woonopmaat; de hoofdhuurder heeft hem een exemplaar gegeven.",
    "De Algemene Huurvoorwaarden van Woonopmaat zijn op deze overeenkomst van toepassing.",
    "De onderhuurder moet zich houden aan de bepalingen van de hoofdhuurovereenkomst.",
    "Onderhuurder aanvaardt de algemene voorwaarden van de verhuurder.",
    "De onderhuurder verklaart de Algemene Huurvoorwaarden van Eigen Haard te kennen en na te leven.",
    "De onderhuurder is verplicht de huisregels van de woningcorporatie na te leven.",
    "De onderhuurder verklaart bekend te zijn met de algemene huurvoorwaarden van Ymere.",
    "De onderhuurder heeft geen huisdieren en houdt zich aan de Algemene Huurvoorwaarden.",  # a neighbouring clause's negation
    "De onderhuurder is gebonden aan de Algemene Huurvoorwaarcen van Ymere.",  # an OCR slip
]
CONDITIONS_DENIED = [
    "Op deze overeenkomst zijn geen algemene huurvoorwaarden van toepassing.",
    "De onderhuurder is niet gebonden aan de algemene huurvoorwaarden van de verhuurder.",
]


@pytest.mark.parametrize("sentence", CONDITIONS_STATED)
def test_the_conditions_clause_in_any_wording(sentence):
    assert _conditions_statement(sentence) is True


@pytest.mark.parametrize("sentence", CONDITIONS_DENIED)
def test_the_conditions_clause_negated_is_denied(sentence):
    assert _conditions_statement(sentence) is False


def test_house_rules_of_the_sublet_itself_are_no_landlords_conditions():
    assert _conditions_statement("De onderhuurder houdt zich aan de huisregels die als bijlage bij deze overeenkomst zijn gevoegd.") is None


_SUBLET_HEAD = [
    "Kamerhuurcontract",
    "Ik, Jan de Vries, huur de woning Kerkstraat 12 in Haarlem (postcode 2011AB) van Woonopmaat.",
    "Ik verhuur een kamer in deze woning aan Fatima Postma.",
    "Fatima Postma betaalt mij € 450,00 per maand voor de kamer.",
    "De onderhuur begint op 1 maart 2027.",
]


@pytest.mark.parametrize("lines, expected", [
    (["Het kan zijn dat de hoofdhuurovereenkomst eindigt.", "In dat geval eindigt ook deze overeenkomst van rechtswege."], True),  # two sentences
    (["De onderhuurder houdt zich aan de regels van het huis."], False),  # no word of the main lease ending: absent
    (["De hoofdhuurovereenkomst eindigt op 1 januari 2030."], None),  # the main lease ends, this agreement unsaid: unknown
])  # fmt: skip
def test_the_end_clause_over_two_sentences_and_when_absence_may_be_concluded(lines, expected):
    fields = huurovereenkomst_onderhuur.extract(read_bytes(lines_pdf([*_SUBLET_HEAD, *lines]), "contract.pdf"))
    assert fields["end_with_main_lease"].value is expected


def test_conditions_named_without_binding_words_are_unknown_not_absent():
    lines = [*_SUBLET_HEAD, "Bijlage: de huisregels van Woonopmaat."]
    assert huurovereenkomst_onderhuur.extract(read_bytes(lines_pdf(lines), "contract.pdf"))["general_conditions"].value is None


def test_a_heading_above_a_sentence_lends_it_no_words():
    # "Algemene voorwaarden" as an article's heading, over house rules of the sublet itself
    lines = [*_SUBLET_HEAD, "Algemene voorwaarden", "De onderhuurder houdt zich aan de huisregels die als bijlage zijn gevoegd."]
    assert huurovereenkomst_onderhuur.extract(read_bytes(lines_pdf(lines), "contract.pdf"))["general_conditions"].value is not True


# --- 24-hour care ------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("Door de aard van de aandoening is 24 uur per dag toezicht en verzorging nodig.", True),
    ("Mevrouw heeft dag en nacht zorg nodig.", True),
    ("De patiënt heeft permanent toezicht nodig.", True),
    ("Zijn dochter is 24/7 beschikbaar.", True),
    ("Er is de klok rond iemand aanwezig.", True),
    ("Er is continu toezicht nodig, ook 's nachts.", True),
    ("De mantelzorger is overdag en 's nachts aanwezig.", True),
    ("Zij heeft geen eigen vervoer en is de klok rond op haar dochter aangewezen.", True),  # a neighbour's negation
    ("De zorg omvat drie dagdelen per week; er is geen sprake van 24-uurs zorg.", False),
    ("Toezicht is niet permanent nodig.", False),
    ("De mantelzorger komt twee dagen per week.", None),
    ("De zorg bedraagt 24 uur per week.", None),  # 24 hours a week is no round-the-clock care
])  # fmt: skip
def test_round_the_clock_care_in_any_wording(sentence, expected):
    assert _care_statement(sentence) is expected


_CARE_HEAD = ["Mantelzorgverklaring", "Naam mantelzorger: Jan de Vries", "Naam zorgvrager: Anna Bakker"]


@pytest.mark.parametrize("lines, expected", [
    (["Omvang van de zorg:", "[X] 24 uur per dag", "[ ] 8 tot 16 uur per week", "[ ] minder dan 8 uur per week"], True),
    (["Omvang van de zorg:", "[ ] 24 uur per dag", "[X] 8 tot 16 uur per week", "[ ] minder dan 8 uur per week"], False),
    (["Omvang van de zorg:", "[X] 24 uur per dag", "[X] 8 tot 16 uur per week"], None),  # two ticked
    (["Is er 24 uur per dag zorg nodig? [X] ja [ ] nee"], True),
    (["24-uurs zorg noodzakelijk: Nee"], False),
    (["De benodigde zorg bedraagt twee dagen per week."], False),  # a smaller amount stated
    (["Jan de Vries verleent zorg aan zijn moeder."], None),  # no amount at all: unknown, never false
])  # fmt: skip
def test_round_the_clock_from_a_ticked_amount_a_question_or_a_stated_amount(lines, expected):
    fields = mantelzorgverklaring.extract(read_bytes(lines_pdf([*_CARE_HEAD, *lines]), "verklaring.pdf"))
    assert fields["round_the_clock"].value is expected


# --- check boxes and yes/no answers ------------------------------------------------------


@pytest.mark.parametrize("answer, expected", [
    ("[X] ja [ ] nee", True),
    ("[ ] ja [X] nee", False),
    ("(x) ja ( ) nee", True),
    ("Ja [ ] Nee [X]", False),  # boxes after the options
    ("ja / -nee-", True),  # struck out, as OCR reads the stroke
    ("-ja- / nee*", False),
    ("—ja— nee", False),
    ("ja (nee)", False),  # circled
    ("Nee", False),
    ("nee.", False),
    ("ja / nee*", None),  # nothing struck: the hint, unanswered
    ("[X] ja [X] nee", None),
    ("-ja-", None),  # one answer struck, the other lost
])  # fmt: skip
def test_yes_no_answers_in_every_style(answer, expected):
    pages = read_bytes(lines_pdf(["Aanvraag huisbewaring", f"Heeft de huisbewaarder een eigen woning? {answer}"]), "hb.pdf")
    assert read_yes_no(pages, r"eigen\s+woning").value is expected


def _dejavu_pdf(lines: list[str]) -> bytes:
    """A born-digital page in DejaVu Sans, which has the box glyphs Helvetica lacks."""
    regular, _ = render._fonts("Helvetica")
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    c.setFont(regular, 10)
    for i, line in enumerate(lines):
        c.drawString(40, 780 - 16 * i, line)
    c.save()
    return buffer.getvalue()


@pytest.mark.parametrize("answer, expected", [
    ("☐ Ja ☒ Nee", False),
    ("☒Ja ☐Nee", True),
    ("☑ ja ☐ nee", True),
    ("✓ nee", False),
    ("☐ Ja ☐ Nee", None),
])  # fmt: skip
def test_box_glyphs_as_fonts_print_them(answer, expected):
    pages = read_bytes(_dejavu_pdf(["Aanvraag huisbewaring", f"Heeft de huisbewaarder minderjarige kinderen? {answer}"]), "hb.pdf")
    assert read_yes_no(pages, r"minderjarige\s+kind").value is expected


def test_a_mark_in_a_ja_nee_column_is_read_by_its_column():
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    c.setFont("Helvetica", 10)
    for x, text in ((40, "Vraag"), (330, "Ja"), (400, "Nee")):
        c.drawString(x, 780, text)
    c.drawString(40, 760, "Eigen woning huisbewaarder")
    c.drawString(404, 760, "X")
    c.drawString(40, 740, "Minderjarige kinderen huisbewaarder")
    c.drawString(332, 740, "X")
    c.save()
    fields = huisbewaring_aanvraag.extract(read_bytes(buffer.getvalue(), "hb.pdf"))
    assert (fields["sitter_has_own_home"].value, fields["sitter_has_minor_children"].value) == (False, True)


_SITTING_HEAD = ["Verzoek toestemming huisbewaring", "Naam huisbewaarder: Piet Jansen"]


@pytest.mark.parametrize("lines, own_home, children", [
    (["De huisbewaarder heeft geen eigen woning en geen minderjarige kinderen."], False, False),
    (["Piet Jansen woont nu bij zijn ouders. Hij heeft geen eigen woonruimte."], False, None),
    (["De huisbewaarder heeft een eigen woning, maar geen kinderen."], True, False),  # no children at all: no minor ones
    (["Ik heb geen eigen woning meer nodig. De huisbewaarder is mijn neef."], None, None),  # the tenant's home
    (["Heeft de huisbewaarder eigen woonruimte? Nee", "Heeft de huisbewaarder minderjarige kinderen? Ja"], False, True),
    (["Woont de huisbewaarder zelfstandig? Nee"], False, None),
    (["De huisbewaarder woont zelfstandig in Haarlem."], True, None),
])  # fmt: skip
def test_the_sitters_home_and_children_from_prose_and_answers_after_the_question(lines, own_home, children):
    fields = huisbewaring_aanvraag.extract(read_bytes(lines_pdf([*_SITTING_HEAD, *lines]), "hb.pdf"))
    assert (fields["sitter_has_own_home"].value, fields["sitter_has_minor_children"].value) == (own_home, children)


# --- the house-sitting reason ------------------------------------------------------------


@pytest.mark.parametrize("text, reason", [
    ("Werk in het buitenland", "work_or_study"),
    ("stage in Berlijn", "work_or_study"),
    ("detachering", "work_or_study"),
    ("uitzending naar het buitenland", "work_or_study"),
    ("studie", "work_or_study"),
    ("mantelzorg voor mijn vader", "care"),
    ("ziekenhuisopname", "care"),
    ("revalidatie na een operatie", "care"),
    ("samenwonen op proef", "trial_cohabitation"),
    ("proefsamenwoning met mijn vriend", "trial_cohabitation"),
    ("wereldreis", "travel"),
    ("sabbatical", "travel"),
    ("Anders, namelijk: verbouwing", "other"),
    ("werk en een wereldreis", None),  # two reasons: unknown
])  # fmt: skip
def test_a_reason_in_free_wording(text, reason):
    assert reason_of(text) == reason


@pytest.mark.parametrize("lines, reason, confident", [
    (["Reden van afwezigheid", "[ ] Werk/studie", "[X] Opname in ziekenhuis of revalidatie", "[ ] Reis", "[ ] Anders, namelijk"], "care", True),
    (["Reden van afwezigheid: ( ) werk (x) wereldreis ( ) zorg"], "travel", True),
    (["Reden: verbouwing van mijn huis"], "other", False),  # other because nothing else was named: the analyst looks
    (["Ik vraag huisbewaring aan omdat ik voor mijn werk acht maanden naar Canada ga."], "work_or_study", True),
])  # fmt: skip
def test_the_reason_from_a_ticked_option_a_reden_line_or_a_sentence(lines, reason, confident):
    field = huisbewaring_aanvraag.extract(read_bytes(lines_pdf([*_SITTING_HEAD, *lines]), "hb.pdf"))["reason"]
    assert field.value == reason
    assert (field.confidence >= CONFIDENT) is confident


# --- properties of the concept matcher ---------------------------------------------------

_MAIN_LEASES = ("de hoofdhuurovereenkomst", "de huurovereenkomst met Ymere", "de huur van de hoofdhuurder", "het hoofdhuurcontract")
_THESE = ("deze overeenkomst", "de onderhuur", "deze onderhuurovereenkomst", "het kamerhuurcontract")
_PREFIXES = ("", "De onderhuurder mag geen huisdieren houden en ", "Er is geen waarborgsom; ")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_MAIN_LEASES), st.sampled_from(_THESE), st.sampled_from(_PREFIXES), st.booleans(), st.booleans())
def test_the_end_clause_holds_in_either_order_and_only_its_own_negation_counts(main, this, prefix, main_first, negate):
    verb = "eindigt niet" if negate else "eindigt"
    if main_first:
        sentence = f"{prefix}wanneer {main} eindigt, {verb} ook {this}."
    else:
        sentence = f"{prefix}{this} {verb} van rechtswege zodra {main} eindigt."
    assert _end_statement(sentence) is (not negate)


_SLIP = st.sampled_from("abcdefghijklmnopqrstuvwxyz")


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(("hoofdhuurovereenkomst", "onderhuurovereenkomst", "huurvoorwaarden")), st.data())
def test_one_ocr_slip_in_a_long_concept_word_keeps_the_concept(word, data):
    at = data.draw(st.integers(min_value=0, max_value=len(word) - 1))
    slipped = word[:at] + data.draw(_SLIP) + word[at + 1 :]
    concept = {"hoofdhuurovereenkomst": "main_lease", "onderhuurovereenkomst": "this_agreement", "huurvoorwaarden": "general_conditions"}[word]
    assert concepts.mentions(f"de {slipped} van Ymere", concept)


def test_the_sublet_never_passes_for_the_main_lease_nor_the_main_lease_for_the_sublet():
    assert not concepts.mentions("de onderhuurovereenkomst", "main_lease")
    assert not concepts.mentions("de hoofdhuurovereenkomst", "this_agreement")


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("abc ,;:en0123.()-"), max_size=60))
def test_clauses_cut_a_text_into_ordered_pieces_that_do_not_overlap(text):
    spans = concepts.clauses(text)
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(b <= c for (_, b), (c, _) in zip(spans, spans[1:]))


# --- golden documents in wordings our generator never drew, through pdfplumber and Tesseract ---


def _sublet_spec() -> DocSpec:
    return DocSpec(
        doc_type="huurovereenkomst_onderhuur",
        layout="other-wording",
        font="Times-Roman",
        blocks=(
            Title("Onderhuurovereenkomst kamer"),
            KeyValues((("Hoofdhuurder", "Jan de Vries"), ("Onderhuurder", "Fatima Postma"), ("Huurprijs kamer per maand", "€ 450,00"), ("Ingangsdatum", "1 maart 2027"))),
            Text("Artikel 4. De onderhuur komt van rechtswege te vervallen bij beëindiging van de huur van de hoofdhuurder met Ymere, ongeacht de reden daarvan."),
            Text("Artikel 5. Huisdieren zijn niet toegestaan. De onderhuurder verklaart bekend te zijn met de algemene huurvoorwaarden van Ymere en deze na te leven."),
        ),
    )


def _care_spec() -> DocSpec:
    return DocSpec(
        doc_type="mantelzorgverklaring",
        layout="ticked-amount",
        blocks=(
            Title("Mantelzorgverklaring"),
            KeyValues((("Naam mantelzorger", "Jan de Vries"), ("Naam zorgvrager", "Anna Bakker"))),
            Text("Omvang van de zorg (aankruisen):"),
            Text("☐ minder dan 8 uur per week"),
            Text("☐ 8 tot 24 uur per week"),
            Text("☒ 24 uur per dag"),
        ),
    )


def _sitting_spec() -> DocSpec:
    return DocSpec(
        doc_type="huisbewaring_aanvraag",
        layout="tenants-letter",
        blocks=(
            Title("Verzoek toestemming huisbewaring"),
            KeyValues((("Naam huurder", "Anna Bakker"), ("Naam huisbewaarder", "Piet Jansen"))),
            Text("Ik vraag u toestemming voor huisbewaring omdat ik een jaar gedetacheerd word in Singapore."),
            Text("Piet Jansen woont op dit moment bij zijn ouders. Hij heeft geen eigen woning en heeft geen minderjarige kinderen."),
        ),
    )


@pytest.mark.parametrize("spec, truth", [
    (_sublet_spec(), {"end_with_main_lease": True, "general_conditions": True}),
    (_care_spec(), {"round_the_clock": True}),
    (_sitting_spec(), {"reason": "work_or_study", "sitter_has_own_home": False, "sitter_has_minor_children": False}),
], ids=["sublet-other-wording", "care-ticked-glyph", "sitting-letter-prose"])  # fmt: skip
@pytest.mark.parametrize("rendering", ["digital", "scan"])
def test_golden_documents_in_other_wordings(spec, truth, rendering):
    module = {"huurovereenkomst_onderhuur": huurovereenkomst_onderhuur, "mantelzorgverklaring": mantelzorgverklaring, "huisbewaring_aanvraag": huisbewaring_aanvraag}[spec.doc_type]
    data = render.render_digital(spec) if rendering == "digital" else render.render_scan(spec, random.Random(17))
    fields = module.extract(read_bytes(data, f"{spec.layout}.pdf"))
    for name, value in truth.items():
        if rendering == "digital":
            assert fields[name].value == value, name
        else:  # a scan may lose a word: then unknown or flagged, never confidently wrong
            assert fields[name].value == value or fields[name].value is None or fields[name].confidence < CONFIDENT, name


def test_an_answer_struck_through_in_the_text_layer_is_the_one_not_given():
    # pdfplumber gives the stroke as a line through the word's middle; extractors.pages marks
    # the word struck ("j̶a̶"); a rule under a word (an underline) strikes nothing
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(40, 800, "Aanvraag huisbewaring")
    rows = (("Eigen woning huisbewaarder: ", "ja", 3.5), ("Minderjarige kinderen huisbewaarder: ja / ", "nee", 3.5))
    for i, (before, struck, rise) in enumerate(rows):
        y = 780 - 20 * i
        c.drawString(40, y, before + ("ja / nee*" if struck == "ja" else "nee*"))
        x = 40 + c.stringWidth(before, "Helvetica", 10)
        c.line(x - 1, y + rise, x + c.stringWidth(struck, "Helvetica", 10) + 1, y + rise)
    c.drawString(40, 740, "Reden: werk")
    c.line(40, 738, 100, 738)  # an underline at the foot of the words
    c.drawString(40, 720, "* doorhalen wat niet van toepassing is")
    c.save()
    pages = read_bytes(buffer.getvalue(), "hb.pdf")
    fields = huisbewaring_aanvraag.extract(pages)
    assert (fields["sitter_has_own_home"].value, fields["sitter_has_minor_children"].value) == (False, True)
    assert fields["reason"].value == "work_or_study"  # underlined, not struck


_FORM_HEAD = ["Onderhuurovereenkomst", "Hoofdhuurder | Jan de Vries", "Onderhuurder | Fatima Postma", "Huurprijs kamer per maand | EUR 450,00", "Ingangsdatum | 1 maart 2027"]


@pytest.mark.parametrize("rows, end, conditions", [
    (["Onderhuur eindigt bij einde hoofdhuur: [X] ja [ ] nee", "Algemene Huurvoorwaarden van toepassing | Nee"], True, False),
    (["Onderhuur eindigt bij einde hoofdhuur | Nee", "Algemene Huurvoorwaarden van toepassing | Ja"], False, True),
    # an answer lost: unknown; the sentence under it is read as prose still
    (["Onderhuur eindigt bij einde hoofdhuur (ja/nee) ~~", "De onderhuurder houdt zich aan de algemene huurvoorwaarden."], None, True),
])  # fmt: skip
def test_clauses_a_form_asks_are_read_by_their_answer_never_as_stated(rows, end, conditions):
    fields = huurovereenkomst_onderhuur.extract(read_bytes(lines_pdf([*_FORM_HEAD, *rows]), "contract.pdf"))
    assert (fields["end_with_main_lease"].value, fields["general_conditions"].value) == (end, conditions)


def test_a_care_question_in_other_words_is_read_by_its_answer():
    lines = [*_CARE_HEAD, "Heeft de zorgvrager de klok rond toezicht nodig? Nee"]
    assert mantelzorgverklaring.extract(read_bytes(lines_pdf(lines), "verklaring.pdf"))["round_the_clock"].value is False


_STYLES = {  # (ticked, empty) boxes as printed or as OCR gives them
    "brackets": ("[X]", "[ ]"),
    "ocr-brackets": ("[Xl]", "[ 1"),
    "heavy-cross": ("[xxx]", "[]"),  # a bold cross OCR reads as three
    "parens": ("(x)", "( )"),
    "glyphs": ("☒", "☐"),
    "check": ("☑", "☐"),
}


def _page_of(text: str) -> Page:
    """A page as OCR might give it: `text`'s words on one line."""
    words, x = [], 40.0
    for token in text.split():
        words.append(Word(text=token, bbox=(x, 100.0, x + 6 * len(token), 110.0), confidence=0.95))
        x += 6 * len(token) + 4
    return Page(file="p.pdf", number=1, width=595, height=842, words=tuple(words), ocr=True)


@settings(max_examples=120, deadline=None)
@given(st.booleans(), st.sampled_from(sorted(_STYLES)), st.booleans(), st.booleans(), st.sampled_from(("ja", "Ja", "JA")))
def test_a_ticked_answer_is_read_in_every_box_style_and_order(yes, style, boxes_after, yes_first, case):
    ticked, empty = _STYLES[style]
    options = [(case, yes), (case.replace("ja", "nee").replace("Ja", "Nee").replace("JA", "NEE"), not yes)]
    if not yes_first:
        options.reverse()
    parts = [f"{word} {ticked if mark else empty}" if boxes_after else f"{ticked if mark else empty} {word}" for word, mark in options]
    field = read_yes_no([_page_of("Heeft de huisbewaarder een eigen woning? " + " ".join(parts))], r"eigen\s+woning")
    assert field.value is yes
