"""Page geometry: which way up a page lies, how far it is skewed, and the transform
from the file's own pixels to the frame its words' boxes are in, kept as data.

Every step that moves pixels (EXIF orientation, a quarter turn, the deskew, the
sheet's perspective, the scale to points) is a 3 x 3 matrix here; their product is the
page's `woondossier.model.Geometry`, which the review application uses to show the page
in the very frame the boxes were read in (`frame_image`) instead of guessing it again.
"""

from __future__ import annotations

import math

from ._lazy import module

np = module("numpy")
Image = module("PIL.Image")
ImageFilter = module("PIL.ImageFilter")

from woondossier.model import BBox, Geometry

Matrix = "np.ndarray"  # (an annotation only: numpy is imported on first use) 3 x 3, homogeneous, (x, y, 1) column vectors

_SIDEWAYS_RATIO = 1.0  # `_line_profile_ratio` below which a landscape page is read turned 90 degrees first
_UPSIDE_DOWN = 0.25  # `_left_aligned` below minus this: the page is read turned 180 degrees first


# --- transforms as matrices ------------------------------------------------------------


def identity() -> Matrix:
    return np.eye(3)


def scale(factor: float) -> Matrix:
    return np.diag([factor, factor, 1.0])


def quarter_turn(degrees: int, width: float, height: float) -> Matrix:
    """A turn of `degrees` (0, 90, 180, 270) clockwise of a `width` x `height` image,
    the result expanded to hold it (Pillow's `rotate(-degrees, expand=True)`).

    >>> quarter_turn(90, 100, 50) @ np.array([10, 5, 1])  # near the top-left: ends near the top-right
    array([45., 10.,  1.])
    """
    degrees %= 360
    if degrees == 0:
        return identity()
    if degrees == 90:
        return np.array([[0.0, -1.0, height], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
    if degrees == 180:
        return np.array([[-1.0, 0.0, width], [0.0, -1.0, height], [0.0, 0.0, 1.0]])
    return np.array([[0.0, 1.0, 0.0], [-1.0, 0.0, width], [0.0, 0.0, 1.0]])


def exif_matrix(orientation: int, width: float, height: float) -> Matrix:
    """What `PIL.ImageOps.exif_transpose` does to a `width` x `height` frame with EXIF
    Orientation `orientation` (1-8), as a matrix."""
    flip_x = np.array([[-1.0, 0.0, width], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
    flip_y = np.array([[1.0, 0.0, 0.0], [0.0, -1.0, height], [0.0, 0.0, 1.0]])
    swap = np.array([[0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])  # Pillow's TRANSPOSE
    return {
        2: flip_x,
        3: quarter_turn(180, width, height),
        4: flip_y,
        5: swap,
        6: quarter_turn(90, width, height),
        7: quarter_turn(180, height, width) @ swap,  # Pillow's TRANSVERSE
        8: quarter_turn(270, width, height),
    }.get(orientation, identity())


def rotation_about_centre(degrees_ccw: float, width: float, height: float) -> Matrix:
    """Pillow's `rotate(degrees_ccw)` of a `width` x `height` image, same size, as a matrix."""
    a = math.radians(degrees_ccw)
    cx, cy = width / 2, height / 2
    cos, sin = math.cos(a), math.sin(a)
    return np.array([[cos, sin, cx - cos * cx - sin * cy], [-sin, cos, cy + sin * cx - cos * cy], [0.0, 0.0, 1.0]])


def homography(sources: list[tuple[float, float]], targets: list[tuple[float, float]]) -> Matrix:
    """The perspective transform taking four `sources` points to four `targets`."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(sources, targets):
        rows += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        rhs += [u, v]
    h = np.linalg.solve(np.array(rows, dtype=float), np.array(rhs, dtype=float))
    return np.append(h, 1.0).reshape(3, 3)


def as_geometry(matrix: Matrix, source: str, width: float, height: float, dpi: int) -> Geometry:
    m = matrix / matrix[2, 2]
    return Geometry(matrix=tuple(float(v) for v in m.ravel()), source=source, source_width=width, source_height=height, dpi=dpi)


def matrix_of(geometry: Geometry) -> Matrix:
    return np.array(geometry.matrix, dtype=float).reshape(3, 3)


def apply(matrix: Matrix, x: float, y: float) -> tuple[float, float]:
    u, v, w = matrix @ np.array([x, y, 1.0])
    return float(u / w), float(v / w)


def to_source(geometry: Geometry, bbox: BBox) -> list[tuple[float, float]]:
    """The four corners of a box of the words' frame on the source (pixels or points),
    clockwise from the top-left: a quadrilateral once the page was deskewed or flattened."""
    inverse = np.linalg.inv(matrix_of(geometry))
    x0, top, x1, bottom = bbox
    return [apply(inverse, x, y) for x, y in ((x0, top), (x1, top), (x1, bottom), (x0, bottom))]


def frame_image(source: Image.Image, geometry: Geometry, source_scale: float, pixels_per_point: float, size: tuple[float, float], fill=255) -> Image.Image:
    """`source` (the file's page: an image's frame as stored, or a PDF page rendered at
    `source_scale` pixels per point) shown in the words' frame of `size` points at
    `pixels_per_point`: where a box of the reading is drawn, its words are. One resampling."""
    to_pixels = scale(source_scale) if geometry.source == "points" else identity()
    forward = scale(pixels_per_point) @ matrix_of(geometry) @ np.linalg.inv(to_pixels)
    inverse = np.linalg.inv(forward)
    inverse /= inverse[2, 2]
    width, height = max(1, round(size[0] * pixels_per_point)), max(1, round(size[1] * pixels_per_point))
    return source.transform((width, height), Image.Transform.PERSPECTIVE, tuple(inverse.ravel()[:8]), Image.Resampling.BILINEAR, fillcolor=fill)


# --- which way up, how skewed ------------------------------------------------------------


def likely_turn(image: Image.Image) -> int:
    """Degrees clockwise the page most likely needs to be turned to stand upright, from
    its ink alone (a few milliseconds; a poor reading asks the engine's own opinion).

    A landscape page whose ink runs in columns is a sheet fed sideways (on generated
    scans: sideways pages 0.15-0.8, upright A4 pages 1.1-6.3, but a sparse upright page
    0.4, hence the landscape condition). Which way up follows from the margins: lines
    of text start at one margin and end ragged, so the side where most lines begin is
    the left (right on 18 of 18 turned and upright test pages).
    """
    small = thumbnail(image)
    if small.width > small.height and _line_profile_ratio(small) < _SIDEWAYS_RATIO:
        return 90 if _left_aligned(small.rotate(-90, expand=True, fillcolor=255)) >= 0 else 270
    return 180 if _left_aligned(small) < -_UPSIDE_DOWN else 0


def _left_aligned(small: Image.Image) -> float:
    """Share of text lines starting at the commonest left edge minus the share ending
    at the commonest right edge: near 1 for left-aligned text, near -1 upside down."""
    ink = np.asarray(small) < 128
    rows = np.append(ink.sum(axis=1) > 2, False)
    firsts, lasts, top = [], [], None
    for y, on in enumerate(rows):
        if on and top is None:
            top = y
        elif not on and top is not None:
            if y - top >= 3:  # a line of text, not a speck or a rule
                columns = np.flatnonzero(ink[top:y].any(axis=0))
                firsts.append(columns[0])
                lasts.append(columns[-1])
            top = None
    if len(firsts) < 3:
        return 0.0
    tolerance = 0.01 * ink.shape[1]

    def aligned(edges: list[int]) -> float:
        values = np.asarray(edges)
        return max(float(np.mean(np.abs(values - v) <= tolerance)) for v in values)

    return aligned(firsts) - aligned(lasts)


def _line_profile_ratio(small: Image.Image) -> float:
    """How much more the ink varies from row to row than from column to column, each
    at its best angle within ±4°: lines of text make rows vary (well above 1); a page
    lying sideways makes columns vary. `small` is a thumbnail of the page."""
    rows = across = 0.0
    for angle in np.arange(-4.0, 4.01, 1.0):
        ink = np.asarray(small.rotate(angle, fillcolor=255) if angle else small) < 128
        rows, across = max(rows, _profile_score(ink)), max(across, _profile_score(ink.T))
    return rows / across if across else 1.0


def skew(small: Image.Image) -> float:
    """Degrees counter-clockwise that level the lines of text on `small`, a thumbnail
    of the page: the angle within ±5° whose horizontal ink profile is sharpest (0 for
    a page without ink). Ink in a wide dark area (the table or floor around a
    photographed sheet, whose edge would otherwise set the angle) does not count; a
    faint page's strokes count as ink (`_strokes_kept`), and its skew only from
    `FAINT_SKEW` on."""
    plain = _without_dark_areas(small)
    small = _strokes_kept(plain)
    faint = small is not plain
    ink = np.asarray(small) < 128
    if ink.mean() < 0.002:
        return 0.0
    best_angle, best_score = 0.0, _profile_score(ink)
    for angle in np.arange(-5.0, 5.01, 0.5):
        if angle == 0:
            continue
        score = _profile_score(np.asarray(small.rotate(angle, fillcolor=255)) < 128)
        if score > best_score:
            best_angle, best_score = float(angle), score
    for angle in (best_angle - 0.25, best_angle + 0.25):
        score = _profile_score(np.asarray(small.rotate(angle, fillcolor=255)) < 128)
        if score > best_score:
            best_angle, best_score = angle, score
    if faint and abs(best_angle) < FAINT_SKEW:
        return 0.0
    return best_angle


FAINT_SKEW = 2.0
"""Degrees from which a page of faint strokes (`_strokes_kept`) is deskewed. Turning a
page resamples it, which blurs thin strokes further, and Tesseract reads a slant of a
degree or so as well as a level page; across a row of a form (20 cm) 1.5° drifts less
than half a line. A slant of 3° drifts a whole row: a statement's label column and value
column came apart by one. It cuts both ways: a faint form photographed at 126 dpi with a
slant of 3°, deskewed, read one answer fewer (and two wrong values fewer)."""


def deskew(image: Image.Image, angle: float | None = None) -> tuple[Image.Image, float]:
    """The page with a small skew corrected (None: measured on a thumbnail), and the
    angle turned (degrees counter-clockwise; 0 when too small to matter).

    Pillow turns the page, bilinearly. OpenCV's `warpAffine` would take a third of the
    time (~40 of ~125 ms on a 300 dpi page), but its fixed-point interpolation differs
    from Pillow's by a grey level here and there, and Tesseract's reading of a
    borderline page with it: on development seed 38, 4 more of 390 scanned field
    items were lost than gained."""
    angle = skew(thumbnail(image)) if angle is None else angle
    if abs(angle) < 0.2:
        return image, 0.0
    return image.rotate(angle, expand=False, fillcolor=255, resample=Image.Resampling.BILINEAR), angle


def _without_dark_areas(small: Image.Image) -> Image.Image:
    """`small` with every pixel whose surroundings are mostly dark made white: lines of
    text leave their neighbourhood light, the surround of a photographed page does not."""
    surroundings = np.asarray(small.filter(ImageFilter.BoxBlur(8)))
    return Image.fromarray(np.where(surroundings > 180, np.asarray(small), 255).astype(np.uint8))


def thumbnail(image: Image.Image) -> Image.Image:
    """The page at most 800 pixels a side, resampled bicubically. Not `Image.reduce`,
    a tenth of the time (16 ms on a photo): its block means thin strokes lighter, and on
    seed 20270121 the skews and turns measured on it lost 1.3 % of scanned field items
    and 3 % of photographed ones."""
    small = image.copy()
    small.thumbnail((800, 800))
    return small


FAINT_CONTRAST = 60
"""Grey levels, at least, by which a thumbnail's darkest strokes stand out of the paper
around them for `_strokes_kept` to make them ink: less is a blank sheet's specks."""


def _strokes_kept(small: Image.Image) -> Image.Image:
    """The thumbnail's strokes as ink, when they are paler than the ink threshold (128): a
    600 dpi scan's 10 pt type is two or three pixels wide on the page and a ninth of that
    on the thumbnail, where it averages to grey 140-200, and a faint print's strokes are
    grey on any thumbnail. Such a page seemed to hold no ink to measure its skew by, and a
    skew of 3° was left in it. Each pixel is made as dark as it is darker than the paper
    around it (the lightest within two pixels), the darkest 0.05 % black: a stroke stands
    out of its paper, a photo's shading does not (its gradual shadow, stretched from the
    page's darkest grey, was once taken for a 3° slant). A thumbnail with ink enough
    (`SPECKS`), or whose strokes stand out of their paper by less than `FAINT_CONTRAST`,
    is returned as it is.

    Only the skew is measured on it (`FAINT_SKEW`). Which way up the page lies and whether
    it holds ink enough to read again (`ink_share`) are judged on the thumbnail as it is:
    a faint page counted as inked was read again in other ways, and of the faint pages of
    the blind splits whose readings changed, about as many read worse as better (an income
    of 39057 read 59057 at 0.95)."""
    if small.mode != "L":
        return small
    grey = np.asarray(small).astype(np.int16)
    if (grey < 128).mean() >= SPECKS:
        return small
    paper = np.asarray(small.filter(ImageFilter.MaxFilter(5))).astype(np.int16)
    depth = paper - grey
    top = float(np.percentile(depth, 99.95))
    if top < FAINT_CONTRAST:
        return small
    return Image.fromarray((255 - np.clip(depth * (255.0 / top), 0, 255)).astype(np.uint8))


def has_ink(image: Image.Image) -> bool:
    """Whether the page holds more than specks: a blank separator sheet has under 0.1 % dark pixels."""
    return ink_share(image) >= SPECKS


SPECKS = 0.002  # share of dark pixels below which a page holds nothing but specks


def ink_share(image: Image.Image) -> float:
    """The share of the page's pixels that are dark, on a thumbnail (`image` when it is one)."""
    small = image if max(image.size) <= 800 else thumbnail(image)
    return float((np.asarray(small) < 128).mean())


def _profile_score(ink: np.ndarray) -> float:
    rows = ink.sum(axis=1).astype(np.float64)
    return float(np.square(np.diff(rows)).sum())
