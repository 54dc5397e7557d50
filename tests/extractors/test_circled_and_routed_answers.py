"""A paper form that routes its writer ("Ja → ga naar vraag 9") and asks for the answer to be
circled (issue 17: fresh14's routing form, read blind at first contact as no answer at all).

- A routing instruction after an option is printed, not answered: the answer is read on the
  line below it (`extractors._forms._unrouted`); a box ticked before a routed option still
  answers.
- A ring round several words of a row of options marks them whole, in a text layer
  (`extractors._pdf._circled_runs`) and in a scan's or a photo's pixels
  (`extractors._rings`), and the reason is read from the circled option.
- Property: a page without rings keeps every word as OCR read it; a text without a routing
  instruction is left as it is.
"""

from __future__ import annotations

import io

import pypdfium2
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors import _forms, huisbewaring_aanvraag
from extractors._rings import circled_words, find_rings
from extractors.pages import read_bytes
from tests.extractors.rendered import drawn_words
from woondossier.model import Word

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _routing_form() -> bytes:
    """A corporation's questionnaire as the blind generator's writer filled it in: rings
    drawn round "werk / studie" and round each "Nee", the routing printed after the
    questions."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    top = A4[1]
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, top - 70, "Vragenlijst huisbewaring")

    def text(x, y, words, size=11):
        c.setFont("Helvetica", size)
        c.drawString(x, top - y, words)

    def ring(x, y, words, size=11):
        width = c.stringWidth(words, "Helvetica", size)
        c.ellipse(x - 5, top - y - 4, x + width + 5, top - y + size)

    text(60, 120, "3   Waarom bent u weg? (omcirkel)")
    options, x = ["werk / studie", "zorg voor iemand", "proefwonen", "reis", "anders"], 84
    for option in options:
        text(x, 140, option)
        if option == "werk / studie":
            ring(x, 140, option)
        x += c.stringWidth(option, "Helvetica", 11) + 18
    text(60, 180, "8   Heeft de huisbewaarder een eigen woning?  Ja → ga naar vraag 9   Nee → ga naar vraag 10".replace("→", "->"))
    text(84, 200, "Ja")
    text(120, 200, "Nee")
    ring(120, 200, "Nee")
    text(60, 240, "10  Heeft de huisbewaarder kinderen onder de 18?  Nee -> ga naar vraag 12")
    text(84, 260, "Ja")
    text(120, 260, "Nee")
    ring(120, 260, "Nee")
    c.showPage()
    c.save()
    return buffer.getvalue()


def _as_scan(data: bytes, dpi: int) -> bytes:
    page = pypdfium2.PdfDocument(data)[0]
    image = page.render(scale=dpi / 72).to_pil().convert("L")
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue()


def _answers(pages):
    return (
        huisbewaring_aanvraag._reason(pages).value,
        _forms.read_yes_no(pages, huisbewaring_aanvraag._OWN_HOME).value,
        _forms.read_yes_no(pages, huisbewaring_aanvraag._MINOR_CHILDREN).value,
    )


def test_a_routing_forms_circled_answers_are_read_from_its_text_layer():
    pages = read_bytes(_routing_form(), "vragenlijst.pdf")
    assert "(werk / studie)" in "\n".join(line.text for line in pages[0].lines)
    assert _answers(pages) == ("work_or_study", False, False)


def test_a_routing_forms_circled_answers_are_read_from_a_scan():
    pages = read_bytes(_as_scan(_routing_form(), 300), "scan.png")
    assert pages[0].ocr
    assert _answers(pages) == ("work_or_study", False, False)


def test_a_routed_option_with_its_box_ticked_still_answers():
    ticked = "Eigen woning?  [ ] Ja -> ga naar vraag 9   [X] Nee -> ga naar vraag 10"
    assert " ".join(_forms._unrouted(ticked).split()) == "Eigen woning? [ ] Ja [X] Nee"
    assert " ".join(_forms._unrouted("Nee, ga door met vraag 12").split()) == ""
    assert " ".join(_forms._unrouted("☒ Yes - go to question 5  ☐ No").split()) == "☒ Yes ☐ No"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdefhijklmnoprstuvwxyzJNAE0123456789 ,.:;-/()[]☐☒→", max_size=80))
def test_a_text_without_a_routing_instruction_is_left_as_it_is(text):
    if not any(verb in text.lower() for verb in ("ga ", "go ", "skip", "sla ", "door", "verder", "continue")):
        assert _forms._unrouted(text) == text


LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éëïöü€.,-[]()|_/ODQ@%&"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=12), min_size=1, max_size=6), min_size=1, max_size=5), st.integers(28, 90))
def test_a_page_without_rings_keeps_its_words(lines, size):
    dpi = 300
    image, words = drawn_words(lines, size, dpi, 2 * size)
    assert find_rings(image, dpi, words) == []
    assert circled_words(image, words, dpi, "x.png", 1, "nld", 30.0) == words


def test_a_framed_word_and_a_table_cell_are_no_rings():
    dpi = 300
    image = Image.new("L", (1200, 400), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 40)
    draw.text((100, 100), "Nee", font=font, fill=0)
    draw.rectangle((80, 85, 220, 160), outline=0, width=4)  # a box round the word
    draw.text((500, 100), "Ja", font=font, fill=0)
    draw.rounded_rectangle((480, 85, 600, 160), radius=12, outline=0, width=4)  # a cell with rounded corners
    words = [Word(text="Nee", bbox=tuple(v * 72 / dpi for v in (100, 108, 185, 140)), confidence=0.9, line=1),
             Word(text="Ja", bbox=tuple(v * 72 / dpi for v in (500, 108, 550, 140)), confidence=0.9, line=1)]  # fmt: skip
    assert find_rings(image, dpi, words) == []
    draw.rectangle((80, 85, 220, 160), fill=255)
    draw.text((100, 100), "Nee", font=font, fill=0)
    draw.rectangle((80, 85, 220, 160), outline=0, width=4)
    draw.rectangle((120, 83, 150, 89), fill=255)  # a cell whose top and bottom a scan's grain broke
    draw.rectangle((160, 156, 175, 162), fill=255)
    assert find_rings(image, dpi, words) == []
