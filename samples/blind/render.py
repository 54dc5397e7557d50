"""Renderings of one HTML document: born digital (WeasyPrint), scanned and photographed.

- **digital**: WeasyPrint's PDF, with its text layer.
- **scan**: every page rasterised (pypdfium2) at 150-600 dpi, grey, skewed by up to
  ±5°, degraded by an augraphy pipeline that imitates a print-and-scan, a photocopy or
  a fax; written as an image-only PDF, or a multi-page TIFF, or (one page) a PNG.
- **photo**: one page as a phone shoots it: the page smaller than the frame on a table
  or a bed cover, in perspective, with a shadow and uneven light, as a JPEG whose EXIF
  orientation (1-8) says how to turn the stored pixels upright.

Augraphy draws from Python's, NumPy's and OpenCV's global generators; each call seeds
all three from the sample's own generator, so a seed reproduces every file.
"""

from __future__ import annotations

import contextlib
import io
import random
import tempfile
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageOps

SCAN_STYLES = ("print_scan", "photocopy", "fax")
SCAN_FORMATS = ("pdf", "pdf", "pdf", "tiff", "png")
_AUGRAPHY_CACHE = Path(tempfile.gettempdir()) / "woondossier-augraphy"
"""Augraphy keeps its last 30 input images in `./augraphy_cache/` of the working directory;
the pipeline runs from here instead, so nothing lands in the checkout."""
_EXIF_ORIENTATION = 0x0112
# what turns the upright picture into the stored one, per EXIF orientation (the inverse of exif_transpose)
_STORE = {1: None, 2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180, 4: Image.Transpose.FLIP_TOP_BOTTOM,
          5: Image.Transpose.TRANSPOSE, 6: Image.Transpose.ROTATE_90, 7: Image.Transpose.TRANSVERSE, 8: Image.Transpose.ROTATE_270}  # fmt: skip


def render_digital(html: str) -> bytes:
    """The born-digital PDF of an HTML document (its CSS sets page size and fonts)."""
    from weasyprint import HTML  # imported late: loading Pango costs a second

    return HTML(string=html).write_pdf()


def page_count(pdf: bytes) -> int:
    return len(pdfium.PdfDocument(pdf))


def rasterise(pdf: bytes, dpi: int) -> list[Image.Image]:
    document = pdfium.PdfDocument(pdf)
    return [document[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(document))]


def _seed(rng: random.Random) -> None:
    """Seed every generator augraphy draws from: Python's, NumPy's and OpenCV's."""
    import cv2

    seed = rng.getrandbits(31)
    random.seed(seed)
    np.random.seed(seed)
    cv2.setRNGSeed(seed)


def _pipeline(style: str):
    import augraphy as ag

    if style == "print_scan":  # the costly augraphy steps (NoiseTexturize, Letterpress) left out: a corpus must stay quick to make
        return ag.AugraphyPipeline(
            ink_phase=[ag.InkBleed(intensity_range=(0.1, 0.3), kernel_size=(3, 3), severity=(0.2, 0.4), p=0.5),
                       ag.LowInkRandomLines(count_range=(3, 10), use_consistent_lines=False, noise_probability=0.05, p=0.5),
                       ag.InkMottling(p=0.5)],
            paper_phase=[ag.ColorPaper(hue_range=(0, 20), saturation_range=(5, 15), p=0.3)],
            post_phase=[ag.SubtleNoise(subtle_range=8, p=0.3), ag.Brightness(brightness_range=(0.92, 1.08)),
                        ag.Jpeg(quality_range=(60, 90))])  # fmt: skip
    if style == "photocopy":
        return ag.AugraphyPipeline(
            ink_phase=[ag.InkBleed(intensity_range=(0.2, 0.4), kernel_size=(3, 3), severity=(0.3, 0.5), p=0.4)],
            paper_phase=[],
            post_phase=[ag.BadPhotoCopy(noise_type=2, noise_iteration=(1, 1), noise_size=(1, 2), noise_value=(96, 160),
                                        noise_sparsity=(0.9, 0.99), noise_concentration=(0.05, 0.1), blur_noise=0,
                                        wave_pattern=0, edge_effect=0, p=1),
                        ag.DirtyDrum(line_width_range=(1, 2), direction=0, noise_intensity=0.2, p=0.3),
                        ag.Brightness(brightness_range=(0.9, 1.05))])  # fmt: skip
    if style == "fax":
        return ag.AugraphyPipeline(
            ink_phase=[],
            paper_phase=[],
            post_phase=[ag.Faxify(scale_range=(1.0, 1.0), monochrome=1, monochrome_method="threshold_otsu",
                                  halftone=0, invert=1, p=1),
                        ag.LinesDegradation(line_roi=(0.0, 0.0, 1.0, 1.0), line_gradient_range=(32, 255),
                                            line_gradient_direction=(0, 2), line_split_probability=(0.2, 0.4),
                                            line_replacement_value=(250, 255), line_min_length=(30, 40),
                                            line_long_to_short_ratio=(5, 7), line_replacement_probability=(0.3, 0.5),
                                            line_replacement_thickness=(1, 2), p=0.5)])  # fmt: skip
    raise ValueError(style)


def degrade(page: Image.Image, style: str, rng: random.Random) -> Image.Image:
    """One grey page through the augraphy pipeline of `style`."""
    import augraphy  # noqa: F401  before the seeding: its first import draws from NumPy's generator, and the first page of a process came out unlike the same page read later

    _seed(rng)
    array = np.asarray(page.convert("RGB"))[:, :, ::-1].copy()  # augraphy works on OpenCV's BGR
    _AUGRAPHY_CACHE.mkdir(exist_ok=True)
    with contextlib.chdir(_AUGRAPHY_CACHE):
        out = _pipeline(style)(array)
    out = np.asarray(out)
    image = Image.fromarray(out if out.ndim == 2 else out[:, :, ::-1].copy())
    return image.convert("L")


def skew(page: Image.Image, degrees: float) -> Image.Image:
    return page.rotate(degrees, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)


def scan_pages(pdf: bytes, rng: random.Random, style: str | None = None, dpi: int | None = None) -> tuple[list[Image.Image], int]:
    """The degraded grey images of every page, and the dpi they are at."""
    dpi = dpi or rng.choice((150, 200, 200, 240, 300, 300, 300, 400, 600 if rng.random() < 0.3 else 300))
    style = style or rng.choice(SCAN_STYLES)
    if style == "fax":  # a fax is 200 dpi ("fine") or 200x100; kept square here
        dpi = 200
    pages = []
    for page in rasterise(pdf, dpi):
        angle = rng.uniform(-1.5, 1.5) if rng.random() < 0.8 else rng.uniform(-5, 5)
        pages.append(skew(degrade(page, style, rng), angle))
    return pages, dpi


def images_pdf(pages: list[Image.Image], dpi: int) -> bytes:
    out = io.BytesIO()
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    return out.getvalue()


def render_scan(pdf: bytes, rng: random.Random, form: str | None = None) -> tuple[bytes, str]:
    """(content, file extension) of a scan of a born-digital PDF."""
    pages, dpi = scan_pages(pdf, rng)
    form = form or rng.choice(SCAN_FORMATS)
    if form == "png" and len(pages) > 1:
        form = "tiff"
    out = io.BytesIO()
    if form == "pdf":
        return images_pdf(pages, dpi), "pdf"
    if form == "tiff":
        pages[0].save(out, "TIFF", dpi=(dpi, dpi), compression="tiff_deflate", save_all=True, append_images=pages[1:])
        return out.getvalue(), "tif"
    pages[0].save(out, "PNG", dpi=(dpi, dpi))
    return out.getvalue(), "png"


def blank_sheet(rng: random.Random, dpi: int) -> Image.Image:
    """A blank separator sheet as the scanner sees it: paper grain, a few specks."""
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    noise = np.clip(np.random.default_rng(rng.getrandbits(32)).normal(246, 3, (height // 4, width // 4)), 0, 255)
    sheet = Image.fromarray(noise.astype(np.uint8)).resize((width, height))
    draw = ImageDraw.Draw(sheet)
    for _ in range(rng.randint(0, 6)):
        x, y = rng.randrange(width), rng.randrange(height)
        draw.ellipse((x, y, x + rng.randint(1, 4), y + rng.randint(1, 4)), fill=rng.randint(60, 160))
    return sheet


# --- photos --------------------------------------------------------------------------------


def _background(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    """A table top, a bed cover or a floor: a colour, a texture, a blur."""
    base = rng.choice(((120, 84, 52), (186, 160, 120), (70, 70, 78), (200, 200, 196), (150, 40, 40), (60, 90, 120)))
    generator = np.random.default_rng(rng.getrandbits(32))
    w, h = size
    grain = generator.normal(0, 18, (h // 8, w // 8, 1))
    streaks = np.sin(np.linspace(0, rng.uniform(20, 80), w // 8))[None, :, None] * rng.uniform(0, 14)
    small = np.clip(np.array(base)[None, None, :] + grain + streaks, 0, 255).astype(np.uint8)
    return Image.fromarray(small, "RGB").resize(size, Image.Resampling.BILINEAR).filter(ImageFilter.GaussianBlur(3))


def _perspective_coefficients(source: list[tuple[float, float]], target: list[tuple[float, float]]) -> list[float]:
    """PIL's PERSPECTIVE data mapping target points back to source points."""
    rows = []
    for (x, y), (u, v) in zip(target, source):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    solution = np.linalg.solve(np.array(rows, dtype=float), np.array([c for p in source for c in p], dtype=float))
    return solution.tolist()


def render_photo(pdf: bytes, rng: random.Random) -> tuple[bytes, int]:
    """(JPEG bytes, EXIF orientation) of a phone photo of the first page."""
    dpi = rng.choice((110, 130, 150))
    page = rasterise(pdf, dpi)[0].convert("RGB")
    pw, ph = page.size
    frame_w = int(pw * rng.uniform(1.15, 1.4))
    frame_h = int(frame_w * 4 / 3)
    frame_h = max(frame_h, int(ph * 1.12))
    frame = _background(rng, (frame_w, frame_h))
    scale = rng.uniform(0.78, 0.92) * min(frame_w / pw, frame_h / ph)
    cx, cy = frame_w / 2 + rng.uniform(-0.04, 0.04) * frame_w, frame_h / 2 + rng.uniform(-0.04, 0.04) * frame_h
    half_w, half_h = pw * scale / 2, ph * scale / 2
    tilt = rng.uniform(0.0, 0.07)  # the top edge further away than the bottom
    jitter = lambda: rng.uniform(-0.025, 0.025) * frame_w  # noqa: E731
    corners = [(cx - half_w * (1 - tilt) + jitter(), cy - half_h + jitter()), (cx + half_w * (1 - tilt) + jitter(), cy - half_h + jitter()),
               (cx + half_w + jitter(), cy + half_h + jitter()), (cx - half_w + jitter(), cy + half_h + jitter())]  # fmt: skip
    coefficients = _perspective_coefficients([(0, 0), (pw, 0), (pw, ph), (0, ph)], corners)
    warped = page.transform((frame_w, frame_h), Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC)
    mask = Image.new("L", page.size, 255).transform((frame_w, frame_h), Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BILINEAR)
    frame.paste(warped, (0, 0), mask)
    frame = _light(frame, rng)
    frame = frame.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))
    orientation = rng.randint(1, 8)
    stored = frame.transpose(_STORE[orientation]) if _STORE[orientation] is not None else frame
    exif = Image.Exif()
    exif[_EXIF_ORIENTATION] = orientation
    exif[0x010F] = rng.choice(("Apple", "samsung", "Google", "Xiaomi", "OnePlus"))
    out = io.BytesIO()
    stored.save(out, "JPEG", quality=rng.randint(72, 90), exif=exif)
    return out.getvalue(), orientation


def _light(frame: Image.Image, rng: random.Random) -> Image.Image:
    """Uneven light and the shadow of a hand or a phone across part of the frame."""
    w, h = frame.size
    gx = np.linspace(rng.uniform(0.75, 1.0), rng.uniform(0.95, 1.1), w)[None, :]
    gy = np.linspace(rng.uniform(0.85, 1.05), rng.uniform(0.8, 1.0), h)[:, None]
    light = gx * gy
    shadow = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(shadow)
    x0 = rng.uniform(-0.3, 0.6) * w
    draw.polygon([(x0, h), (x0 + rng.uniform(0.2, 0.5) * w, rng.uniform(0.3, 0.8) * h), (x0 + 0.7 * w, h)], fill=255)
    shadow = np.asarray(shadow.filter(ImageFilter.GaussianBlur(w / 25)), dtype=float) / 255
    light = light * (1 - shadow * rng.uniform(0.15, 0.35))
    pixels = np.asarray(frame, dtype=float) * light[:, :, None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")


def upright(jpeg: bytes) -> Image.Image:
    """The photo as a viewer shows it (EXIF orientation applied)."""
    return ImageOps.exif_transpose(Image.open(io.BytesIO(jpeg)))
