"""A text layer read by pdfium is the one pdfplumber reads (issue 18, speed; issue 17: the
blind corpora's WeasyPrint letters took 0.1 s a page through pdfminer): the same words
in the same order, the same struck and circled answers, boxes within a point and a half.
A page pdfium is not asked to read (turned, cropped) goes through pdfplumber whole."""

from __future__ import annotations

import io
import random

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors import _pdf
from extractors.pages import DEFAULT_LIMITS
from samples.generator import render
from samples.generator.corpus import layout_modules
from tests.conftest import SAMPLE_INBOX
from tests.extractors.rendered import placed_pdf


def _by_pdfplumber(data: bytes):
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [_pdf._text_layer(_pdf._plumber_layer(page), "x.pdf", i) for i, page in enumerate(pdf.pages, start=1)]


def _by_pdfium(data: bytes):
    layers = _pdf._pdfium_layers(data, DEFAULT_LIMITS)
    assert layers is not None, "pdfium was not asked to read a plain file"
    return [_pdf._text_layer(layer, "x.pdf", i) for i, layer in enumerate(layers, start=1)]


def _assert_same(data: bytes) -> None:
    plumber, pdfium = _by_pdfplumber(data), _by_pdfium(data)
    assert len(plumber) == len(pdfium)
    for a, b in zip(plumber, pdfium):
        assert (a is None) == (b is None)
        if a is None:
            continue
        assert [w.text for w in b.words] == [w.text for w in a.words]
        assert (b.width, b.height) == pytest.approx((a.width, a.height))
        for wa, wb in zip(a.words, b.words):
            assert wb.bbox == pytest.approx(wa.bbox, abs=1.5), wa.text


SAMPLES = sorted(p for p in SAMPLE_INBOX.rglob("*.pdf") if _pdf._pages_without_fonts(p.read_bytes(), DEFAULT_LIMITS) is None
                 and b"%%EOF" in p.read_bytes()[-1024:])


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_sample_inboxs_text_layers_read_the_same_by_pdfium(path):
    _assert_same(path.read_bytes())


@pytest.mark.parametrize("doc_type", sorted(layout_modules()))
def test_every_layout_of_our_generator_reads_the_same_by_pdfium(doc_type):
    module = layout_modules()[doc_type]
    for layout in module.LAYOUTS:
        spec = module.make(random.Random(f"pdfium:{doc_type}:{layout}"), layout)
        _assert_same(render.render_digital(spec))


def _form(draw) -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    c.setFont("Helvetica", 10)
    draw(c, A4[1])
    c.showPage()
    c.save()
    return buffer.getvalue()


def test_a_struck_answer_and_a_circled_one_are_marked_by_pdfium_as_by_pdfplumber():
    def draw(c, height):
        c.drawString(72, height - 100, "Inwonend kind: ja / nee (doorhalen wat niet van toepassing is)")
        width = c.stringWidth("nee", "Helvetica", 10)
        x = 72 + c.stringWidth("Inwonend kind: ja / ", "Helvetica", 10)
        c.line(x, height - 97, x + width, height - 97)  # struck through its middle
        c.drawString(72, height - 130, "24-uurs zorg nodig: ja nee")
        x = 72 + c.stringWidth("24-uurs zorg nodig: ", "Helvetica", 10)
        c.ellipse(x - 3, height - 133, x + c.stringWidth("ja", "Helvetica", 10) + 3, height - 121)
        c.rect(72, height - 160, 200, 1.5, fill=1)  # a thin bar under nothing: no word struck

    data = _form(draw)
    _assert_same(data)
    (page,) = _by_pdfium(data)
    texts = [w.text for w in page.words]
    assert _pdf._struck("nee") in texts and "(ja)" in texts
    assert texts.count(_pdf._struck("nee")) == 1 and "ja" in texts  # the other "ja" and "nee" as printed


def test_a_hyphen_that_ends_a_line_stays_a_hyphen():
    data = placed_pdf([[(72, 100, "Gemeente 's-Hertogenbosch, provincie Noord-"), (72, 114, "Brabant, Midden-"), (72, 128, "Limburg")]])
    _assert_same(data)
    (page,) = _by_pdfium(data)
    assert "Noord-" in [w.text for w in page.words] and "Midden-" in [w.text for w in page.words]


def test_a_turned_page_goes_through_pdfplumber_and_reads_as_before():
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    c.setPageRotation(90)
    c.setFont("Helvetica", 12)
    c.drawString(72, 780, "Uittreksel Basisregistratie Personen, Gemeente Haarlem")
    c.showPage()
    c.save()
    data = buffer.getvalue()
    assert _pdf._pdfium_layers(data, DEFAULT_LIMITS) is None
    assert _pdf.text_layers(data, "x.pdf", DEFAULT_LIMITS) == _by_pdfplumber(data)


def test_a_slightly_turned_note_keeps_its_words_together():
    def draw(c, height):
        c.drawString(72, height - 100, "Naam Jan de Vries")
        c.saveState()
        c.translate(300, height - 200)
        c.rotate(4)  # a sticky note, set a little askew
        c.drawString(0, 0, "Voor de woonconsulent: aanvraag medehuur")
        c.restoreState()

    data = _form(draw)
    (page,) = _by_pdfium(data)
    assert "woonconsulent:" in [w.text for w in page.words] and "medehuur" in [w.text for w in page.words]
    assert [w.text for w in page.words] == [w.text for w in _by_pdfplumber(data)[0].words]


@pytest.mark.parametrize("family", ["Accanthis ADF Std No2", "Accanthis ADF Std", "EB Garamond", "DejaVu Serif"])
def test_a_glyph_that_reaches_left_of_its_place_keeps_its_place_in_the_word(family):
    """fresh14's `dagbesteding_zorgboerderij_weekrooster`, WeasyPrint's letterhead in a bold
    italic cut: the "j" of "ij" reaches left under the "i", and ordered by their glyphs'
    boxes the letters read "Zorgboerderji". pdfium's characters are placed by the pen's
    position, as pdfminer's are (`_pdfium_text._chars`)."""
    from samples.blind.render import render_digital

    html = (f"<html><body style=\"font-family: '{family}'; font-weight: bold; font-style: italic; font-size: 19pt\">"
            "<p>Zorgboerderij De Hooiberg, bijzondere zorg</p></body></html>")  # fmt: skip
    data = render_digital(html)
    plumber, pdfium = _by_pdfplumber(data)[0], _by_pdfium(data)[0]
    assert [w.text for w in pdfium.words] == [w.text for w in plumber.words]
    assert [w.text for w in pdfium.words][:2] == ["Zorgboerderij", "De"]
    for wa, wb in zip(plumber.words, pdfium.words):
        assert wb.bbox == pytest.approx(wa.bbox, abs=2.5), wa.text  # an italic's last glyph overhangs its advance
