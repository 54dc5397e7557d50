"""Radio buttons (issue 17; fresh11's `wijkteam_pdf_radioknoppen`, studied for its values
wrong at >= 0.80): a fillable form draws its buttons as circles, the chosen one with a dot.

- On a text layer the circles and the dot are drawings: each button of a row of two or
  more, right before its option, is given as the glyph a form's readers know, "◉" with
  its dot and "○" without (`_pdf.button_words`), so "◉ Ja ○ Nee" is read as printed.
- Read by OCR the dot reads "©", "@" or "®" and the empty ring "O", often glued to its
  option ("© Ja Onee"): that answer is read, flagged (`_forms.RADIO_CONFIDENCE`), never
  from an "O" alone (a letter as often as a ring)."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors._forms import RADIO_CONFIDENCE, read_yes_no
from extractors.documents import documents_of
from extractors.pages import read_bytes
from tests.extractors.rendered import lines_pdf, ocr_like

QUESTION = r"24\s*uur\s+per\s+dag"


def _form(yes: bool | None) -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    height = A4[1]
    c.setFont("Helvetica", 10)
    rows = ["Wijkteam Malburgen", "Verklaring mantelzorg", "Naam mantelzorger  Aicha Tahiri", "Naam zorgvrager  Erna Sutedja"]
    for i, text in enumerate(rows):
        c.drawString(60, height - 60 - 18 * i, text)
    y = height - 150
    c.drawString(60, y, "Is zorg of toezicht nodig gedurende 24 uur per dag (dag en nacht)?")
    for x, option, chosen in ((400, "Ja", yes is True), (450, "Nee", yes is False)):
        c.circle(x, y + 3.5, 5, stroke=1, fill=0)
        if chosen:
            c.circle(x, y + 3.5, 2.2, stroke=0, fill=1)
        c.drawString(x + 9, y, option)
    c.drawString(60, y - 24, "Datum 20 juli 2026")
    c.circle(70, y - 60, 2, stroke=0, fill=1)  # a list's bullet: no button
    c.drawString(78, y - 63, "Bewaar dit formulier bij uw aanvraag.")
    c.save()
    return buffer.getvalue()


def test_drawn_radio_buttons_on_a_text_layer_are_read():
    for yes in (True, False):
        (document,) = documents_of(read_bytes(_form(yes), "formulier.pdf"))
        assert document.fields["round_the_clock"].value is yes
        assert document.fields["round_the_clock"].confidence >= 0.8


def test_drawn_radio_buttons_none_chosen_leave_it_unknown():
    pages = read_bytes(_form(None), "formulier.pdf")
    assert "○ Ja ○ Nee" in pages[0].text and "◉" not in pages[0].text  # the bullet is no button
    (document,) = documents_of(pages)
    assert document.fields["round_the_clock"].value is None


def _ocr_line(answer: str):
    return ocr_like(read_bytes(lines_pdf([f"Is er 24 uur per dag zorg nodig? {answer}"]), "scan.pdf"))


def test_radio_buttons_as_ocr_reads_them():
    for answer, value in (("© Ja Onee", True), ("O Ja @ Nee", False), ("©) Ja Nee", True), ("®Ja O Nee", True)):
        found = read_yes_no(_ocr_line(answer), QUESTION)
        assert found.value is value, answer
        assert found.confidence <= RADIO_CONFIDENCE


def test_an_o_alone_is_no_radio_button():
    assert read_yes_no(_ocr_line("O Ja O Nee"), QUESTION).value is None


def test_a_circled_answer_read_as_at_is_no_radio_button():
    """"@ nee": OCR read a circle round "ja" as "@"; the "nee" beside it is not the answer."""
    assert read_yes_no(_ocr_line("@ nee"), QUESTION).value is None
