"""Image files (JPEG, PNG, TIFF of any page count) as pages of pixels for OCR.

Each frame is decoded to greyscale, turned upright by its EXIF orientation, and its
light evened out (a phone photo's shadow divided out, so one threshold fits the page).
A photographed sheet is found in its frame and seen square on (`_sheet`). The frame as
given (EXIF applied, its own light) is kept beside it: when our reading of
the corrected page is poor, `extractors._ocr` reads that one too, as bare Tesseract would.
An image's declared dpi is used unless it is a placeholder (a phone's 72 dpi); then the
sheet's size in pixels gives it (`sheet_dpi`: the sheet is A4). The page is read at 200 to
400 dpi: resampled up when coarser, down to 300 when finer.
"""

from __future__ import annotations

import io

from ._lazy import module

np = module("numpy")
Image = module("PIL.Image")
ImageFilter = module("PIL.ImageFilter")

from woondossier.errors import InputError, TooLargeFileError, UnreadableFileError

from . import _geometry, _sheet
from ._ocr import Raster

_TRANSPOSE = {  # EXIF Orientation -> what `ImageOps.exif_transpose` does (names: Pillow imported on first use)
    2: "FLIP_LEFT_RIGHT",
    3: "ROTATE_180",
    4: "FLIP_TOP_BOTTOM",
    5: "TRANSPOSE",
    6: "ROTATE_270",
    7: "TRANSVERSE",
    8: "ROTATE_90",
}


def image_rasters(data: bytes, name: str, limits) -> list[Raster]:
    """Every frame of an image file, ready for OCR. Raises `InputError` for a bad file."""
    Image.MAX_IMAGE_PIXELS = 2 * limits.max_image_pixels  # Pillow's own guard, a backstop to ours
    try:
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > limits.max_image_pixels:
            raise TooLargeFileError(
                f"the image is {image.width} x {image.height} pixels, more than the limit of "
                f"{limits.max_image_pixels:,}; scan or photograph it at a lower resolution",
                file=name,
            )
        # MPO: a phone's JPEG with a second, smaller frame (a preview), not a second page
        frames = 1 if image.format == "MPO" else getattr(image, "n_frames", 1)
        if frames > limits.max_pages:
            raise TooLargeFileError(f"the image has {frames} pages, more than {limits.max_pages}", file=name)
        orientation = image.getexif().get(0x0112, 1)
        if image.format in ("JPEG", "MPO"):
            # libjpeg hands out its luma channel as the greyscale: half the decoding time
            # of colour followed by Pillow's conversion, and the same pixels but for a few
            # off by 1-2 grey levels from rounding
            image.draft("L", image.size)
        rasters = []
        for frame in range(frames):
            image.seek(frame)
            rasters.append(_frame_raster(image, orientation if frame == 0 else image.getexif().get(0x0112, 1), limits.find_sheet))
    except InputError:
        raise
    except Image.DecompressionBombError as exc:
        raise TooLargeFileError(f"the image is too large to read safely ({exc})", file=name) from exc
    except (Image.UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise UnreadableFileError(
            f"not a readable image ({type(exc).__name__}); it may be truncated or damaged", file=name
        ) from exc
    return rasters


def image_frame(data: bytes, index: int, name: str) -> Image.Image:
    """Frame `index` of an image file in colour, as stored (no EXIF orientation applied)."""
    try:
        image = Image.open(io.BytesIO(data))
        if not 0 <= index < getattr(image, "n_frames", 1):
            raise UnreadableFileError(f"the image has no page {index + 1}", file=name, page=index + 1)
        image.seek(index)
        return _greyscale(image).convert("RGB") if image.mode.startswith(("I", "F")) else image.convert("RGB")
    except InputError:
        raise
    except (Image.UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError) as exc:
        raise UnreadableFileError(f"not a readable image ({type(exc).__name__})", file=name) from exc


def _frame_raster(image: Image.Image, orientation: int, find_sheet: bool) -> Raster:
    """One frame: greyscale, upright, the sheet seen square on when it is a photo of one,
    its light evened out; and as given beside it."""
    dpi, declared = declared_dpi(image), _stated_dpi(image)
    width, height = image.size
    gray = _greyscale(image)
    if orientation in _TRANSPOSE:  # greyscale first: turning one channel is a third of turning three
        gray = gray.transpose(getattr(Image.Transpose, _TRANSPOSE[orientation]))
    upright = _geometry.exif_matrix(orientation, width, height)
    given = Raster(image=gray, dpi=dpi, matrix=upright, source="pixels", source_size=(width, height), told_dpi=declared)
    corners = _sheet.find_sheet(gray) if find_sheet else None
    if corners is not None:
        gray, square_on = _sheet.flatten(gray, corners)
        upright = square_on @ upright
    if declared is None or declared != dpi:  # no dpi, or a phone's placeholder: the sheet's size tells it
        dpi = sheet_dpi(gray.size)
    # a 600 dpi scan: four times the pixels to read, no more legible than at 300; a phone's
    # photo of a whole sheet, 100-160 dpi: letters too small for one threshold (`_MIN_READ_DPI`)
    target = _READ_DPI if dpi > _MAX_READ_DPI else max(dpi, _MIN_READ_DPI)
    if target != dpi:
        factor = target / dpi
        gray = gray.resize((round(gray.width * factor), round(gray.height * factor)), Image.Resampling.LANCZOS)
        upright, dpi = _geometry.scale(factor) @ upright, target
    return Raster(image=flatten_light(gray), dpi=dpi, matrix=upright, source="pixels", source_size=(width, height), as_given=given)


def _greyscale(image: Image.Image) -> Image.Image:
    """The frame as 8-bit grey. A 16-bit grey TIFF (scanners write them) is scaled down to
    8 bits by its own range: Pillow's plain conversion clips it, and paper becomes white ink."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        values = np.asarray(image, dtype=np.float64)
        low, high = float(values.min()), float(values.max())
        if high > 255 or low < 0:
            top = 65535.0 if high > 255 and image.mode.startswith("I;16") else max(high, 1.0)
            return Image.fromarray((values.clip(0, top) * (255.0 / top)).astype(np.uint8))
        return Image.fromarray(values.astype(np.uint8))
    return image.convert("L")


_MAX_READ_DPI = 400  # an image finer than this is read at `_READ_DPI`
_READ_DPI = 300
_MIN_READ_DPI = 200
"""An image coarser than this is read resampled up to it, as a PDF's scan stored coarser is
rendered finer (`_pdf._MIN_STORED_DPI`). A phone photo of a whole A4 sheet comes to 100-160
dpi: one threshold over letters 10-14 pixels high breaks their strokes. Over the 53 values on
the studied blind photos that neither our reading nor bare Tesseract had, bare Tesseract read
18 on the page at 200 dpi (20 at 300 dpi, for 1.75 times the time of 1.3) and lost none."""
_MAX_PAGE_INCHES = 17.0  # A3's long side is 16.5 in: a "page" larger than this is a made-up dpi


def _stated_dpi(image: Image.Image) -> int | None:
    """The dpi the image states, if a number in 70..1200."""
    dpi = image.info.get("dpi")
    try:
        value = int(round(float(dpi[0]))) if dpi else 0
    except (TypeError, ValueError):
        value = 0
    return value if 70 <= value <= 1200 else None


_SHEET_INCHES = 11.69  # A4's long side: the sheet a photo or an undated scan most likely shows
_SHEET_DPI = (100, 600)


def sheet_dpi(size: tuple[int, int]) -> int:
    """The resolution of a page image that states none, from its size: the sheet is A4.

    Told 300 dpi, a 1268 x 1690 photo of a whole letter is a sheet of 4 x 6 inches to
    Tesseract, whose type it then takes for specks: it read a care organisation's letter
    at a character error rate of 0.10 where told the truth (~150 dpi) it read 0.002.

    >>> sheet_dpi((2480, 3508)), sheet_dpi((1268, 1690)), sheet_dpi((3024, 4032)), sheet_dpi((300, 400))
    (300, 145, 345, 100)
    """
    low, high = _SHEET_DPI
    return max(low, min(high, round(max(size) / _SHEET_INCHES)))


def declared_dpi(image: Image.Image) -> int:
    """The dpi the image says it has; 300 when it says nothing sensible.

    Phone cameras write 72 dpi, a placeholder: at 72 dpi a 2000 x 2700 photo would be a
    sheet of 28 x 38 inches, and Tesseract, told so, takes the letters for headings
    and loses whole ruled tables.

    >>> declared_dpi(Image.new("L", (2480, 3508))), declared_dpi(Image.new("L", (1240, 1754)))
    (300, 300)
    >>> photo = Image.new("L", (1952, 2737)); photo.info["dpi"] = (72, 72)
    >>> scan = Image.new("L", (1654, 2339)); scan.info["dpi"] = (200, 200)
    >>> declared_dpi(photo), declared_dpi(scan)
    (300, 200)
    """
    value = _stated_dpi(image)
    if value is None or max(image.size) / value > _MAX_PAGE_INCHES:
        return 300
    return value


def flatten_light(gray: Image.Image) -> Image.Image:
    """Divide out uneven lighting (a phone photo's shadow) so one threshold fits the page."""
    small = gray.reduce(8) if min(gray.size) > 800 else gray
    background = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(12))
    background = background.resize(gray.size, Image.Resampling.BILINEAR)  # smooth already: bicubic adds nothing
    g = np.array(gray, dtype=np.float32)
    b = np.array(background, dtype=np.float32)
    np.maximum(b, 1.0, out=b)
    np.divide(g, b, out=g)  # in place: the same arithmetic as g / b * 255 without three page-sized temporaries
    np.multiply(g, 255.0, out=g)
    np.clip(g, 0, 255, out=g)
    return Image.fromarray(g.astype(np.uint8))


