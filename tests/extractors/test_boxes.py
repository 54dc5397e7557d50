"""Check boxes told by their pixels (`extractors._boxes`): a scanned form's "☐ ja ☒ nee"
that OCR reads as "[Jia [/]nee" (fresh7's studied house-sitting folder), and what is no
check box: a comb of boxes for a number's digits, a bullet, a letter O."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from extractors._boxes import EMPTY, TICKED, find_boxes
from extractors.documents import documents_of
from extractors.pages import read_bytes

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DPI = 300
PT = DPI / 72


def _box(draw: ImageDraw.ImageDraw, x: float, y: float, ticked: bool, side: float = 10) -> None:
    """A box of `side` points at (x, y) points, ticked with a pen's check mark."""
    x0, y0, s = x * PT, y * PT, side * PT
    draw.rectangle((x0, y0, x0 + s, y0 + s), outline=0, width=4)
    if ticked:
        draw.line((x0 + 0.2 * s, y0 + 0.55 * s, x0 + 0.42 * s, y0 + 0.8 * s, x0 + 0.82 * s, y0 + 0.2 * s), fill=0, width=5)


def test_an_empty_and_a_ticked_box_are_found_and_nothing_else():
    image = Image.new("L", (int(400 * PT), int(200 * PT)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, int(12 * PT))
    _box(draw, 20, 20, ticked=False)
    _box(draw, 60, 20, ticked=True)
    for i in range(6):  # a comb for a number's digits: cells drawn a hair apart
        _box(draw, 20 + 11 * i, 80, ticked=i % 2 == 0)
    draw.rectangle((200 * PT, 20 * PT, 210 * PT, 30 * PT), fill=0)  # a bullet
    draw.text((240 * PT, 16 * PT), "O D 0 Q", font=font, fill=0)  # letters round and square-ish
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", int(9 * PT))
    draw.text((240 * PT, 60 * PT), "H Haddad", font=bold, fill=0)  # serifs draw a bold H's four sides: no hole, no box
    boxes = find_boxes(image, DPI)
    assert [(round(b.bbox[0]), b.ticked) for b in sorted(boxes, key=lambda b: b.bbox[0])] == [(20, False), (60, True)]


def _form_png() -> bytes:
    image = Image.new("L", (int(595 * PT), int(420 * PT)), 255)
    draw = ImageDraw.Draw(image)
    font, head = ImageFont.truetype(FONT, int(11 * PT)), ImageFont.truetype(FONT, int(16 * PT))
    draw.text((50 * PT, 40 * PT), "Aanvraag huisbewaring", font=head, fill=0)
    rows = [("Naam huurder", "Petra de Wit"), ("Naam huisbewaarder", "Karim Benali"), ("Geboortedatum huisbewaarder", "03-05-1990")]
    for i, (label, value) in enumerate(rows):
        draw.text((50 * PT, (90 + 22 * i) * PT), label, font=font, fill=0)
        draw.text((260 * PT, (90 + 22 * i) * PT), value, font=font, fill=0)
    for i, (question, yes) in enumerate([("Heeft de huisbewaarder een eigen woning?", False), ("Heeft de huisbewaarder kinderen onder de 18?", True)]):
        top = 180 + 50 * i
        draw.text((50 * PT, top * PT), question, font=font, fill=0)
        _box(draw, 50, top + 20, ticked=yes)
        draw.text((64 * PT, (top + 18) * PT), "ja", font=font, fill=0)
        _box(draw, 100, top + 20, ticked=not yes)
        draw.text((114 * PT, (top + 18) * PT), "nee", font=font, fill=0)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(DPI, DPI))
    return buffer.getvalue()


def test_a_scanned_forms_ticked_answers_are_read_from_their_boxes():
    pages = read_bytes(_form_png(), "formulier.png")
    texts = [line.text for line in pages[0].lines]
    assert f"{EMPTY} ja {TICKED} nee" in texts and f"{TICKED} ja {EMPTY} nee" in texts
    (document,) = documents_of(pages)
    assert document.fields["sitter_has_own_home"].value is False
    assert document.fields["sitter_has_minor_children"].value is True



def test_a_small_letters_closed_shapes_are_no_boxes():
    """At a photo's 121 dpi a letter's curves are all but straight (fresh3's studied letter
    photographed gave three "boxes": a "B", an "a", a dotted zero): a box is square and at
    least a small box's size, a "B" is taller than wide and an "a" smaller."""
    dpi = 121
    pt = dpi / 72
    image = Image.new("L", (600, 200), 255)
    draw = ImageDraw.Draw(image)
    x, y = 20 * pt, 20 * pt  # a "B" as a square-cornered outline 6 by 7.5 points with its middle bar
    draw.rectangle((x, y, x + 6 * pt, y + 7.5 * pt), outline=0, width=2)
    draw.line((x, y + 3.75 * pt, x + 6 * pt, y + 3.75 * pt), fill=0, width=2)
    x = 60 * pt  # an "a" or an "o": a closed loop of 5.5 points
    draw.rectangle((x, y, x + 5.5 * pt, y + 5.5 * pt), outline=0, width=2)
    _box_at = 120 * pt  # and a box of 9 points beside them, found
    draw.rectangle((_box_at, y, _box_at + 9 * pt, y + 9 * pt), outline=0, width=2)
    assert [round(b.bbox[0]) for b in find_boxes(image, dpi)] == [120]
