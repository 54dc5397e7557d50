"""extractors.pages: real files through real pdfplumber, pypdfium2 and Tesseract."""

from __future__ import annotations

import io

import numpy as np
import pypdfium2
import pytest
from PIL import Image
from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors import pages as pages_module
from extractors.pages import read_bytes
from samples.generator.corpus import generate_corpus
from woondossier.errors import EncryptedFileError, TooLargeFileError, UnreadableFileError, UnsupportedFileError
from woondossier.model import Page, Word

LINES = (
    "Uittreksel Basisregistratie Personen",
    "Gemeente Haarlem",
    "Datum uitgifte: 12 oktober 2026",
    "Naam: Vries, Jan Pieter de",
    "Adres: Kerkstraat 12 A, 2011 AB Haarlem",
)


def _pdf(encrypt=None, pages: int = 1) -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt)
    for number in range(1, pages + 1):
        c.setFont("Helvetica", 12)
        for i, line in enumerate(LINES):
            c.drawString(72, 780 - 20 * i, line)
        c.drawString(72, 60, f"Pagina {number} van {pages}")
        c.showPage()
    c.save()
    return buffer.getvalue()


class CountingEngine(pages_module.TesseractEngine):
    """Tesseract, counting what it is asked: the reading's calls, not its results, are tested."""

    def __init__(self):
        self.readings, self.orientations = [], 0

    def words(self, image, dpi, language, psm, timeout_s, **options):
        self.readings.append(language)
        return super().words(image, dpi, language, psm, timeout_s, **options)

    def orientation(self, image, dpi):
        self.orientations += 1
        return super().orientation(image, dpi)


@pytest.fixture
def counting_engine():
    engine = CountingEngine()
    old = pages_module.use_engine(engine)
    yield engine
    pages_module.use_engine(old)


@pytest.fixture(scope="module")
def page_image() -> Image.Image:
    """The digital page rendered at 250 dpi, as a scanner would see it."""
    return pypdfium2.PdfDocument(_pdf())[0].render(scale=250 / 72, grayscale=True).to_pil().convert("L")


def _to_pdf(image: Image.Image, dpi: int = 250) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PDF", resolution=dpi)
    return buffer.getvalue()


def _assert_reads_brp(pages) -> None:
    text = pages[0].text
    assert "Basisregistratie" in text and "Haarlem" in text and "oktober 2026" in text


def test_text_layer_is_read_without_ocr():
    pages = read_bytes(_pdf(pages=2), "digital.pdf")
    assert [p.number for p in pages] == [1, 2]
    assert not any(p.ocr for p in pages)
    _assert_reads_brp(pages)
    word = next(w for w in pages[0].words if w.text == "Uittreksel")
    x0, top, x1, bottom = word.bbox
    assert 71 <= x0 <= 73 and x1 > x0 and 40 < top < bottom < 70  # top-left origin, in points
    assert word.confidence == 1.0


def test_scan_without_text_layer_is_ocrd_with_boxes_in_points(page_image):
    pages = read_bytes(_to_pdf(page_image), "scan.pdf")
    assert pages[0].ocr
    _assert_reads_brp(pages)
    assert pages[0].width == pytest.approx(595, abs=2) and pages[0].height == pytest.approx(842, abs=2)
    word = next(w for w in pages[0].words if w.text.startswith("Uittreksel"))
    assert 60 <= word.bbox[0] <= 85 and 35 < word.bbox[1] < 75
    assert 0.5 < word.confidence <= 1.0


def _placed(image: Image.Image, box: tuple[float, float, float, float], text: str | None = None) -> bytes:
    """An A4 PDF page with `image` drawn into `box` (x, y, width, height in points)."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    c.drawInlineImage(image, *box)
    if text:
        c.drawString(72, 20, text)
    c.showPage()
    c.save()
    return buffer.getvalue()


def _turned(pdf: bytes, degrees: int) -> bytes:
    """`pdf` with its first page's /Rotate set to `degrees`."""
    document = pypdfium2.PdfDocument(pdf)
    document[0].set_rotation(degrees)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("stored_dpi", [200, 250, 300])
def test_a_scanned_page_is_read_from_the_scanners_own_pixels(page_image, stored_dpi):
    # stored at 200-300 dpi: read at that dpi, not resampled to 300 (the same pixels,
    # decoded); at 200 dpi the page's size in points, rounded, says 199.99
    page_image = page_image.resize((page_image.width * stored_dpi // 250, page_image.height * stored_dpi // 250))
    scan = _to_pdf(page_image, dpi=stored_dpi)
    image, dpi = pages_module.page_image(scan, 0, "scan.pdf")
    assert dpi == stored_dpi and image.size == page_image.size and image.mode == "L"
    (stored,) = pypdfium2.PdfDocument(scan)[0].get_objects()
    jpeg = Image.open(io.BytesIO(bytes(stored.get_data())))
    assert image.tobytes() == jpeg.convert("L").tobytes()  # the stored JPEG decoded, no more


@pytest.mark.parametrize(
    "how",
    ["150 dpi", "600 dpi", "with a margin", "with a line of text", "page turned"],
)
def test_any_other_image_page_is_rendered_at_the_ocr_dpi(page_image, how):
    # a low-resolution scan is enlarged for Tesseract; a large one rendered no larger than
    # needed; an image that is not the whole page, or not all of it, is rendered as shown
    width, height = A4
    small = page_image.resize((page_image.width * 150 // 250, page_image.height * 150 // 250))
    large = page_image.resize((page_image.width * 600 // 250, page_image.height * 600 // 250))
    pdf = {
        "150 dpi": _placed(small, (0, 0, width, height)),
        "600 dpi": _placed(large, (0, 0, width, height)),
        "with a margin": _placed(page_image, (36, 36, width - 72, height - 72)),
        "with a line of text": _placed(page_image, (0, 0, width, height), text="Ontvangen 3-11"),
        "page turned": _turned(_to_pdf(page_image, dpi=250), 90),
    }[how]
    image, dpi = pages_module.page_image(pdf, 0, "page.pdf")
    assert dpi == 300
    across, down = image.size[::-1] if how == "page turned" else image.size
    assert across == pytest.approx(width * 300 / 72, abs=2) and down == pytest.approx(height * 300 / 72, abs=2)


def test_a_stored_scan_larger_than_the_render_bound_is_rendered_smaller(page_image):
    bounded = pages_module.Limits(max_render_pixels=1_000_000)  # the scan holds 6 million
    image, dpi = pages_module.page_image(_to_pdf(page_image, dpi=250), 0, "large.pdf", bounded)
    assert dpi < 250 and image.width * image.height <= 1_000_000


@pytest.mark.parametrize("degrees", [180, 90, 270], ids=["upside-down-scan", "sideways-scan", "sideways-other-way"])
def test_turned_scan_is_read_upright_in_one_reading(page_image, degrees, counting_engine):
    pages = read_bytes(_to_pdf(page_image.rotate(degrees, expand=True)), "turned.pdf")
    _assert_reads_brp(pages)
    assert pages[0].rotation == degrees  # turned counter-clockwise: read turned as far clockwise
    assert counting_engine.readings.count("nld") == 1  # the way up told from the ink, not by reading every way
    assert counting_engine.orientations == 0  # no second opinion asked for a page read well


def test_a_landscape_sheet_misjudged_upside_down_is_still_read_upright(tmp_path):
    # A sideways ruled BRP table whose ink the turn test took for an upside-down page
    # (development seed 39): read turned 180 degrees, Tesseract reads it as vertical text
    # just as confidently; the quarter turn that reads it upright must win that tie.
    generate_corpus(tmp_path, 39, 2, ("scan",), 0, 0, ["brp_uittreksel"])
    (page,) = read_bytes((tmp_path / "brp_uittreksel" / "ruled_table-scan-1.pdf").read_bytes(), "table.pdf")
    assert page.rotation in (90, 270) and page.height > page.width
    assert not pages_module.sideways(list(page.words))
    assert "Burgerservicenummer" in page.text or "BSN" in page.text


@pytest.mark.parametrize("degrees", [0, 90, 180, 270])
def test_likely_turn_from_the_ink_alone(page_image, degrees):
    turned = page_image.rotate(degrees, expand=True, fillcolor=255)
    assert pages_module.likely_turn(turned) == degrees


def test_skewed_scan_is_deskewed(page_image):
    skewed = page_image.rotate(2.5, expand=True, fillcolor=255)
    pages = read_bytes(_to_pdf(skewed), "skewed.pdf")
    _assert_reads_brp(pages)
    assert any(line.text.startswith("Datum uitgifte: 12 oktober 2026") for line in pages[0].lines)


def test_photo_exif_orientation_is_applied(page_image):
    stored = page_image.rotate(90, expand=True)  # pixels stored turned, EXIF says turn back
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 CW to display"
    buffer = io.BytesIO()
    stored.save(buffer, "JPEG", quality=80, exif=exif)
    pages = read_bytes(buffer.getvalue(), "photo.jpg")
    _assert_reads_brp(pages)
    assert pages[0].height > pages[0].width


def test_multi_page_tiff(page_image):
    buffer = io.BytesIO()
    page_image.save(buffer, "TIFF", save_all=True, append_images=[page_image], dpi=(250, 250))
    pages = read_bytes(buffer.getvalue(), "batch.tiff")
    assert [p.number for p in pages] == [1, 2]
    _assert_reads_brp(pages[1:])


def test_blank_scan_page_reads_as_blank():
    pages = read_bytes(_to_pdf(Image.new("L", (2067, 2923), 250)), "blank.pdf")
    assert pages[0].is_blank


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", UnreadableFileError, "empty"),
        (_pdf()[:900], UnreadableFileError, "truncated"),
        (b"Dit is gewoon tekst, geen PDF.", UnsupportedFileError, "not a PDF"),
        (b"PK\x03\x04 a docx renamed to pdf", UnsupportedFileError, "not a PDF"),
        (_pdf(encrypt=pdfencrypt.StandardEncryption("geheim", canPrint=0)), EncryptedFileError, "password"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00 truncated jpeg", UnreadableFileError, "image"),
    ],
    ids=["empty", "truncated-pdf", "text-named-pdf", "docx-named-pdf", "encrypted-pdf", "truncated-jpeg"],
)
def test_bad_files_raise_clear_input_errors(data, error, words):
    with pytest.raises(error) as raised:
        read_bytes(data, "bad.pdf")
    assert words in raised.value.message
    assert raised.value.file == "bad.pdf"


def test_decompression_bomb_is_refused():
    buffer = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(buffer, "PNG")
    with pytest.raises(TooLargeFileError):
        read_bytes(buffer.getvalue(), "bomb.png")


def test_a_copied_page_with_other_words_has_its_own_lines():
    word = lambda text, y: Word(text=text, bbox=(72.0, y, 100.0, y + 10), confidence=1.0)  # noqa: E731
    page = Page(file="x.pdf", number=1, width=595, height=842, words=(word("een", 100),), ocr=False)
    assert page.text == "een"
    copy = page.model_copy(update={"words": (word("twee", 100), word("drie", 130))})
    assert copy.text == "twee\ndrie" and page.text == "een"


# --- photos of typed letters: never "no text" ------------------------------------------

LETTER = (
    "Geachte heer Jansen,",
    "Hierbij bevestigen wij dat u sinds 1 maart 2024 in dienst bent bij Bouwbedrijf",
    "De Groot B.V. te Utrecht als medewerker administratie voor 32 uur per week.",
    "Uw bruto maandsalaris bedraagt 3.245,00 euro exclusief vakantiegeld. De",
    "arbeidsovereenkomst is aangegaan voor onbepaalde tijd en er is geen sprake van",
    "een proeftijd of een voorgenomen beeindiging van het dienstverband.",
    "Deze verklaring is afgegeven op verzoek van de werknemer ten behoeve van een",
    "aanvraag voor medehuurderschap bij de woningcorporatie.",
    "Met vriendelijke groet,",
    "Afdeling Personeelszaken",
)
_STORED = {1: None, 3: Image.Transpose.ROTATE_180, 6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270}


def letter_photo(orientation: int, dpi: int = 72) -> bytes:
    """A phone photo of a typed letter: 10 pt text, the sheet filling most of a
    1196 x 1693 frame (upright) on a darker table, stored as the phone held it with
    EXIF `orientation`, declaring `dpi` (a phone's 72)."""
    from PIL import ImageDraw, ImageFilter, ImageFont

    frame = Image.new("RGB", (1196, 1693), (90, 80, 70))
    per_inch = 1100 / 8.27
    sheet = Image.new("RGB", (1100, round(11.69 * per_inch)), (235, 232, 225))
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", round(10 * per_inch / 72))
    for i, line in enumerate(LETTER):
        draw.text((round(0.9 * per_inch), round(1.2 * per_inch + i * 16 * per_inch / 72)), line, fill=(30, 30, 30), font=font)
    frame.paste(sheet, ((frame.width - sheet.width) // 2, (frame.height - sheet.height) // 2))
    frame = frame.filter(ImageFilter.GaussianBlur(0.6))
    if _STORED[orientation]:
        frame = frame.transpose(_STORED[orientation])
    exif = Image.Exif()
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    frame.save(buffer, "JPEG", quality=85, exif=exif, dpi=(dpi, dpi))
    return buffer.getvalue()


def _letter_words(page) -> int:
    wanted = {w.strip(".,") for line in LETTER for w in line.split()}
    return len(wanted & {w.text.strip(".,") for w in page.words})


@pytest.mark.parametrize("orientation", [6, 3, 8])
def test_a_photographed_letter_is_read_whichever_way_the_phone_held_it(orientation):
    (page,) = read_bytes(letter_photo(orientation), "IMG_0001.jpg")
    assert page.height > page.width
    assert _letter_words(page) >= 60, page.text
    assert "medehuurderschap" in page.text


class _BlindToCorrections(pages_module.TesseractEngine):
    """Tesseract that reads nothing on any image but the one as given (flattened light and
    every turn go wrong): stands for a correction of ours that spoils a legible page."""

    def __init__(self, given_size):
        self.given_size, self.orientations = given_size, 0

    def words(self, image, dpi, language, psm, timeout_s, **options):
        words = super().words(image, dpi, language, psm, timeout_s, **options)
        return words if image.size == self.given_size and self.given_ok(image) else words[:2]

    def given_ok(self, image):
        return sum(image.histogram()[250:]) < 0.2 * image.width * image.height  # its paper is not evened out to white

    def orientation(self, image, dpi):
        self.orientations += 1
        return super().orientation(image, dpi)


def test_a_page_our_corrections_spoil_is_read_as_given():
    engine = _BlindToCorrections((1196, 1693))
    old = pages_module.use_engine(engine)
    try:
        (page,) = read_bytes(letter_photo(6), "IMG_0002.jpg")
    finally:
        pages_module.use_engine(old)
    assert engine.orientations == 1  # the poor first reading asked for a second opinion, once
    assert _letter_words(page) >= 60  # and the image as given was read and kept
    assert page.geometry.dpi == 300 and page.height == pytest.approx(1693 * 72 / 300)


def test_a_photos_geometry_maps_its_boxes_back_onto_the_stored_pixels():
    # EXIF 6, 72 dpi declared: the words' frame is upright at 300 dpi, the stored frame
    # lies on its side; `to_source` takes a word's box back onto the very ink it was read from
    data = letter_photo(6)
    (page,) = read_bytes(data, "IMG_0004.jpg")
    stored = np.asarray(Image.open(io.BytesIO(data)).convert("L"))
    assert stored.shape == (1196, 1693)  # as the phone stored it: landscape
    word = next(w for w in page.words if w.text == "medehuurderschap")
    corners = np.array(pages_module.to_source(page.geometry, word.bbox))
    x0, y0 = corners.min(axis=0)
    x1, y1 = corners.max(axis=0)
    assert y1 - y0 > 3 * (x1 - x0)  # a long word stands on end in the stored frame
    inside = stored[int(y0) : int(y1) + 1, int(x0) : int(x1) + 1]
    assert (inside < 100).mean() > 0.08  # ink: the word is there


def sparse_letter_photo() -> bytes:
    """A short letter photographed whole, the sheet large in a 1077 x 1441 frame on a grey
    table, stored flipped top to bottom with EXIF orientation 4, declaring 72 dpi: so
    little ink on so many pixels that it looks like specks (blind dev split, a
    confirmation letter that read as "no text")."""
    from PIL import ImageDraw, ImageFont

    frame = Image.new("L", (1077, 1441), 150)
    per_inch = 880 / 8.27
    sheet = Image.new("L", (880, round(11.69 * per_inch)), 225)
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", round(8 * per_inch / 72))
    for i, line in enumerate(LETTER[:4]):
        draw.text((round(0.7 * per_inch), round(5.5 * per_inch + i * 12 * per_inch / 72)), line, fill=60, font=font)
    frame.paste(sheet, (100, 80))
    frame = frame.transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    exif = Image.Exif()
    exif[0x0112] = 4
    buffer = io.BytesIO()
    frame.save(buffer, "JPEG", quality=85, exif=exif, dpi=(72, 72))
    return buffer.getvalue()


class _ReadsOnlyAsGiven(pages_module.TesseractEngine):
    """Tesseract that reads next to nothing but the frame as given: what the told 300 dpi did
    to the dev split's letter, whose small text it took for specks on every corrected image."""

    def __init__(self, given_size):
        self.given_size = given_size

    def words(self, image, dpi, language, psm, timeout_s, **options):
        words = super().words(image, dpi, language, psm, timeout_s, **options)
        return words if image.size == self.given_size else words[:2]  # two specks read as words, no more


def test_a_letter_with_little_ink_on_a_large_photo_is_never_no_text():
    old = pages_module.use_engine(_ReadsOnlyAsGiven((1077, 1441)))
    try:
        (page,) = read_bytes(sparse_letter_photo(), "IMG_0003.jpg")
    finally:
        pages_module.use_engine(old)
    assert _letter_words(page) >= 20, page.text  # less ink than specks, yet read as given


class _ReadsOnlySauvola(pages_module.TesseractEngine):
    """Tesseract that reads nothing unless asked to binarise locally (Sauvola): stands for
    a print-scan whose dirty paper defeats one global threshold (blind dev split, the
    first page of a mail batch: grey type over bands of toner specks, read as nothing)."""

    def __init__(self):
        self.asked = []

    def words(self, image, dpi, language, psm, timeout_s, thresholding=0):
        self.asked.append(thresholding)
        return super().words(image, dpi, language, psm, timeout_s, thresholding=thresholding) if thresholding == 2 else []


def test_a_page_no_global_threshold_reads_is_read_with_a_local_one(page_image):
    engine = _ReadsOnlySauvola()
    old = pages_module.use_engine(engine)
    try:
        (page,) = read_bytes(_to_pdf(page_image), "scan.pdf")
    finally:
        pages_module.use_engine(old)
    assert engine.asked.count(2) == 1  # tried once, after every other reading came back empty
    _assert_reads_brp([page])


def test_tesseract_reads_with_sauvolas_threshold_when_asked(page_image):
    from extractors import _engine

    otsu = _engine.TesseractEngine().words(page_image, 250, "nld", 3, 60.0)
    sauvola = _engine.TesseractEngine().words(page_image, 250, "nld", 3, 60.0, thresholding=2)
    assert len(sauvola) >= 0.8 * len(otsu) > 0  # a clean page reads either way: the setting reaches the engine and is harmless


class _GivesUpAfterTheFirst(pages_module.TesseractEngine):
    """Tesseract, which reads a page poorly at first (two words) and then runs past its
    time bound on every further reading: a speckled photocopy on a busy machine."""

    def __init__(self):
        self.calls = 0

    def words(self, image, dpi, language, psm, timeout_s, **options):
        self.calls += 1
        if self.calls > 1:
            from extractors._engine import EngineFailed

            raise EngineFailed(f"reading took longer than {timeout_s:.0f} s and was stopped")
        return super().words(image, dpi, language, psm, timeout_s, **options)[:2]


def test_a_further_reading_that_runs_out_of_time_keeps_the_reading_the_page_has():
    engine = _GivesUpAfterTheFirst()
    old = pages_module.use_engine(engine)
    try:
        (page,) = read_bytes(letter_photo(1), "IMG_0003.jpg")
    finally:
        pages_module.use_engine(old)
    assert engine.calls > 1  # further readings were tried
    assert len(page.words) == 2  # and the first reading was kept, the page not lost
