"""Speckle: a page strewn with specks of toner, paper grain or copier dirt, cleared
away from the text before it is read (OpenCV).

A print-scan or a tired copier can cover a page with tens of thousands of specks, each
a few pixels, none near the size of a letter. Tesseract's layout analysis takes such a
field for a picture: the text in it is read as nothing or as junk, and slowly (a
300 dpi bank statement of the blind generator took 70 s and read one word in nine).

**Speckled** is counted, not guessed: more than `_SPECKLED_PER_SQUARE_INCH` specks
(ink components smaller than a full stop of small type) per square inch of page. Type
itself makes a few per square inch (full stops, commas, the dots on i and j), the light
grain of our own generator's scans 50 to 60 (they read well as they are); the damaged
pages of the blind generator make 100 to 3,000. Counting costs ~0.03 s a page at
230 dpi, clearing ~0.05 s more.

**Clearing** keeps every pixel within reach of the text and gives the rest the paper's grey. The
text is what survives a 3 x 3 median filter, which erases a thin speck but keeps a
letter's stroke, in pieces of at least a speck's size; each is widened by
`_REACH_INCHES` (about a millimetre), so a full stop, a comma or a thin hairline
beside its letters is kept as printed, pixel for pixel. Specks among the letters stay;
the field around them goes.

A clean page is never touched (it has no specks to count). A speckled page whose
cleared reading is poor is read smoothed (`smoothed`: every speck erased, among the
letters too, at the cost of a full stop's sharpness) and as it was as well, the best
reading kept (`_ocr.ocr_page`).
"""

from __future__ import annotations

from ._lazy import module

np = module("numpy")
Image = module("PIL.Image")

_SPECK_AREA_AT_300_DPI = 12  # pixels: smaller than a full stop of 8 pt type (about 4 x 4 pixels)
_SPECKLED_PER_SQUARE_INCH = 90  # specks (see the module's docstring)
_LETTER_SPECKS = 4  # a piece of a letter left by a 3 x 3 median is at least this many specks in size
_REACH_INCHES = 0.06  # how far from the text's surviving strokes ink is kept


def cleared(gray: Image.Image, dpi: int) -> Image.Image | None:
    """`gray` (a page, greyscale, at `dpi`) with the specks away from its text given the paper's grey,
    or None when the page is not speckled."""
    import cv2  # here, not at the top: a text-layer PDF never pays OpenCV's import (~0.15 s)

    pixels = np.asarray(gray)
    speck = _SPECK_AREA_AT_300_DPI * (dpi / 300.0) ** 2
    _, ink = cv2.threshold(pixels, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    specks = int((stats[1:, cv2.CC_STAT_AREA] < speck).sum())
    square_inches = pixels.shape[0] * pixels.shape[1] / float(dpi * dpi)
    if specks < _SPECKLED_PER_SQUARE_INCH * square_inches:
        return None
    if dpi < 250:
        kept = _strokes(cv2.medianBlur(pixels, 3), speck)
    else:
        kept = _strokes(cv2.medianBlur(pixels, 3), speck * _LETTER_SPECKS) | _strokes(cv2.medianBlur(pixels, 5), speck)
    reach = max(2, round(dpi * _REACH_INCHES))
    block = cv2.getStructuringElement(cv2.MORPH_RECT, (2 * reach + 1, 2 * reach + 1))  # a square: 10 times a disc's speed at 600 dpi
    near_text = cv2.dilate(kept, block)
    out = pixels.copy()
    out[near_text == 0] = int(np.median(pixels[::4, ::4]))  # the paper's own grey: no edge where the cleared field begins
    return Image.fromarray(out)


def smoothed(gray: Image.Image, dpi: int) -> Image.Image:
    """`gray` through a median filter about a third of a millimetre wide (3 x 3 pixels up to
    400 dpi, 5 x 5 above): every speck smaller than that goes, among the letters too,
    and a letter's stroke stays. For a page whose specks lie so thick between the letters
    that the cleared page still reads poorly (`_ocr.ocr_page`)."""
    import cv2

    return Image.fromarray(cv2.medianBlur(np.asarray(gray), 3 if dpi <= 400 else 5))


def _strokes(smoothed: np.ndarray, least: float) -> np.ndarray:
    import cv2

    _, ink = cv2.threshold(smoothed, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    kept = np.zeros(count, np.uint8)
    kept[1:] = stats[1:, cv2.CC_STAT_AREA] >= least
    return kept[labels]
