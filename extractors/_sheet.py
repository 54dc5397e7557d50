"""A photographed sheet found in its frame and seen square on (OpenCV).

A phone photo holds the sheet and the table around it, the sheet a little askew and
in perspective (its far edge shorter). Its lines of text then converge, which no
deskew can level. The sheet is the largest bright quadrilateral of the frame: found
on a small copy (paper against a darker surround, Otsu's threshold; failing that, paper
as smooth against a grained surround), its four corners are mapped onto a rectangle of
the sheet's own size, and the page is read from that.
When there is no clear quadrilateral (a scan, whose frame is the page; a sheet cut
off by the frame's edge; a table as light as the paper), the frame is read whole.
"""

from __future__ import annotations

from ._lazy import module

np = module("numpy")
Image = module("PIL.Image")

from . import _geometry

_WORK_SIDE = 800  # pixels, the long side of the copy the sheet is looked for on
_MIN_AREA = 0.25  # of the frame: a smaller quadrilateral is not the sheet
_MAX_AREA = 0.97  # of the frame: a larger one is the frame itself (a scan)
_MIN_CONTRAST = 40  # grey levels between the paper and its surround
_LEAK = 9  # pixels of the 800-pixel copy: a bright strip this narrow joined to the sheet is opened away
_MAX_BITE = 0.12  # of the region's hull: what the sheet's corners may add to it (a shadow's bite, a curled corner)
_SMOOTH = 2.0  # grey levels of spread in a 9 x 9 window below which a pixel is paper's (`_smoother`)


def find_sheet(gray: Image.Image) -> np.ndarray | None:
    """The sheet's four corners in `gray`'s pixels (top-left, top-right, bottom-right,
    bottom-left), or None when the frame shows no clear sheet."""

    factor = _WORK_SIDE / max(gray.size)
    small = np.asarray(gray.resize((max(1, round(gray.width * factor)), max(1, round(gray.height * factor))), Image.Resampling.BILINEAR))
    bright, smooth = _brighter(small), _smoother(small)
    either = None if bright is None else _closed(bright | smooth)
    for mask in (either, bright, smooth):
        if mask is None or (corners := _quadrilateral(mask)) is None:
            continue
        corners = corners / factor
        if _touches_edge(corners, gray.size):
            continue  # cut off by the frame: its true corners are not seen
        return _ordered(corners)
    return None


def _closed(mask: np.ndarray) -> np.ndarray:
    import cv2

    return cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((25, 25), np.uint8))


def _brighter(small: np.ndarray) -> np.ndarray | None:
    """The paper as what is brighter than its surround (Otsu's threshold), or None when
    nothing is clearly brighter."""
    import cv2

    blurred = cv2.GaussianBlur(small, (7, 7), 0)
    _, bright = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    paper, surround = blurred[bright > 0], blurred[bright == 0]
    if not len(paper) or not len(surround) or float(np.median(paper)) - float(np.median(surround)) < _MIN_CONTRAST:
        return None
    # the text's ink makes holes in the paper: closed, so the sheet is one region
    return cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))


def _smoother(small: np.ndarray) -> np.ndarray:
    """The paper as what is smooth: a sheet lit unevenly, with a shadow across it or a
    light patch of table beside it, is no brighter than its surround everywhere, but it
    is smooth where a table's grain, a cloth or a carpet is not (the grey levels' standard
    deviation in 9 x 9 pixels of the 800-pixel copy: under 1 on paper, 3 to 11 on the
    blind generator's surfaces). Specks of smooth surface are opened away, and the
    text's holes closed."""
    import cv2

    values = small.astype(np.float32)
    mean = cv2.blur(values, (9, 9))
    spread = np.sqrt(np.maximum(cv2.blur(values * values, (9, 9)) - mean * mean, 0.0))
    smooth = (spread < _SMOOTH).astype(np.uint8) * 255
    smooth = cv2.morphologyEx(smooth, cv2.MORPH_OPEN, np.ones((7, 7), np.uint8))
    return cv2.morphologyEx(smooth, cv2.MORPH_CLOSE, np.ones((25, 25), np.uint8))


def _quadrilateral(mask: np.ndarray) -> np.ndarray | None:
    """The four corners of the mask's largest region, or None when it is too small or too
    large to be the sheet, or no quadrilateral.

    A thin leak of bright table joined to the sheet (a highlight along its edge) is opened
    away first: it would pull the region's hull off the sheet's side. The corners are then
    where the region's four longest sides meet (`_sides_met`), so a shadow's bite or a curled
    corner, which cuts a corner off the region, does not cut it off the sheet. When the
    sides do not give a quadrilateral that holds the region, the hull's outline simplified
    to four corners is taken, as before."""
    import cv2

    opened = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((_LEAK, _LEAK), np.uint8))
    contours, _ = cv2.findContours(opened, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    largest = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(largest) / (mask.shape[0] * mask.shape[1])
    if not _MIN_AREA <= area <= _MAX_AREA:
        return None
    hull = cv2.convexHull(largest)
    if (corners := _sides_met(hull)) is not None:
        return corners
    for tolerance in (0.02, 0.03, 0.04):  # of the outline's length
        corners = cv2.approxPolyDP(hull, tolerance * cv2.arcLength(hull, True), True)
        if len(corners) == 4 and cv2.isContourConvex(corners):
            return corners.reshape(4, 2).astype(np.float64)
    return None


def _sides_met(hull: np.ndarray) -> np.ndarray | None:
    """The corners where the hull's four longest sides, in their order round it, meet; or
    None when they do not make a convex quadrilateral that holds the hull (within a
    hundredth of its size) and adds at most `_MAX_BITE` to its area: then the four longest
    sides are not the sheet's."""
    import cv2

    outline = cv2.approxPolyDP(hull, 0.01 * cv2.arcLength(hull, True), True).reshape(-1, 2).astype(np.float64)
    if len(outline) < 4:
        return None
    ends = np.roll(outline, -1, axis=0)
    lengths = np.linalg.norm(ends - outline, axis=1)
    longest = sorted(np.argsort(lengths)[-4:])
    corners = []
    for this, following in zip(longest, longest[1:] + longest[:1]):
        corner = _meet(outline[this], ends[this], outline[following], ends[following])
        if corner is None:
            return None
        corners.append(corner)
    quad = np.array(corners)
    if not cv2.isContourConvex(quad.astype(np.float32).reshape(-1, 1, 2)):
        return None
    size = float(np.ptp(hull.reshape(-1, 2), axis=0).max())
    inside = [cv2.pointPolygonTest(quad.astype(np.float32).reshape(-1, 1, 2), (float(x), float(y)), True) for x, y in hull.reshape(-1, 2)]
    if min(inside) < -0.01 * size or cv2.contourArea(quad.astype(np.float32)) > (1 + _MAX_BITE) * cv2.contourArea(hull):
        return None
    return quad


def _meet(a: np.ndarray, b: np.ndarray, c: np.ndarray, d: np.ndarray) -> np.ndarray | None:
    """Where the line through a and b meets the line through c and d; None when they are
    (nearly) parallel."""
    r, s = b - a, d - c
    cross = r[0] * s[1] - r[1] * s[0]
    if abs(cross) < 1e-6 * np.linalg.norm(r) * np.linalg.norm(s):
        return None
    t = ((c - a)[0] * s[1] - (c - a)[1] * s[0]) / cross
    return a + t * r


def flatten(gray: Image.Image, corners: np.ndarray) -> tuple[Image.Image, np.ndarray]:
    """The sheet seen square on, and the matrix from `gray`'s pixels to it."""
    import cv2

    tl, tr, br, bl = corners
    width = max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))
    height = max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))
    size = (int(round(width)), int(round(height)))
    target = [(0.0, 0.0), (size[0], 0.0), (size[0], size[1]), (0.0, size[1])]
    matrix = _geometry.homography([tuple(p) for p in corners], target)
    warped = cv2.warpPerspective(np.asarray(gray), matrix, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=255)
    return Image.fromarray(warped), matrix


def _ordered(corners: np.ndarray) -> np.ndarray:
    """Top-left, top-right, bottom-right, bottom-left."""
    sums, diffs = corners.sum(axis=1), corners[:, 0] - corners[:, 1]
    return np.array([corners[np.argmin(sums)], corners[np.argmax(diffs)], corners[np.argmax(sums)], corners[np.argmin(diffs)]])


def _touches_edge(corners: np.ndarray, size: tuple[int, int], margin: float = 0.005) -> bool:
    x_margin, y_margin = size[0] * margin, size[1] * margin
    return bool(
        (corners[:, 0] <= x_margin).any()
        or (corners[:, 0] >= size[0] - x_margin).any()
        or (corners[:, 1] <= y_margin).any()
        or (corners[:, 1] >= size[1] - y_margin).any()
    )
