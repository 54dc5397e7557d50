"""A form's caption over its yes/no boxes ("heeft eigen woonruimte" over "oja mnee", as OCR
reads "○ ja ● nee") asks the question; when the tick is not read, the caption is no
sentence stating that the sitter has a home of their own (fresh2's studied corner-box form
scanned: true at 0.75, where the sitter has none)."""

from __future__ import annotations

from tests.extractors.rendered import field_values, lines_pdf, only_document

FORM = [
    "Formulier huisbewaring",
    "Huurder",
    "naam huurder adres van de woning",
    "Yildirim, M. Schiehof 81, Hilversum",
    "Huisbewaarder",
    "naam huisbewaarder geboortedatum",
    "Azzouzi, N.L. 21.09.1986",
    "huidig adres huisbewaarder",
    "Jan Steenstraat 7-1, 5406 JD Uden",
    "heeft eigen woonruimte heeft minderjarige kinderen",
]


def test_a_caption_over_unread_ticks_states_nothing():
    values = field_values(only_document(lines_pdf(FORM + ["oja mnee oja mnee", "Afwezigheid", "eerste dag afwezig 22.04.2026"])))
    assert (values["sitter_has_own_home"], values["sitter_has_minor_children"]) == (None, None)


def test_a_sentence_still_states_the_fact():
    letter = ["Aanvraag huisbewaring", "Mijn huisbewaarder is N.L. Azzouzi, geboren 21.09.1986.",
              "De huisbewaarder heeft geen eigen woonruimte en heeft geen minderjarige kinderen."]
    values = field_values(only_document(lines_pdf(letter)))
    assert (values["sitter_has_own_home"], values["sitter_has_minor_children"]) == (False, False)
