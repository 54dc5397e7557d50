"""A photographed sheet found in its frame and seen square on (OpenCV).

A phone photo holds the sheet and the table around it, the sheet a little askew and
in perspective (its far edge shorter). Its lines of text then converge, which no
deskew can level. The sheet is the largest bright quadrilateral of the frame: found
on a small copy (paper against a darker surround, Otsu's threshold), its four corners
are mapped onto a rectangle of the sheet's own size, and the page is read from that.
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


def find_sheet(gray: Image.Image) -> np.ndarray | None:
    """The sheet's four corners in `gray`'s pixels (top-left, top-right, bottom-right,
    bottom-left), or None when the frame shows no clear sheet."""
    import cv2  # here, not at the top: a text-layer PDF never pays OpenCV's import (~0.15 s)

    factor = _WORK_SIDE / max(gray.size)
    small = np.asarray(gray.resize((max(1, round(gray.width * factor)), max(1, round(gray.height * factor))), Image.Resampling.BILINEAR))
    blurred = cv2.GaussianBlur(small, (7, 7), 0)
    level, bright = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    paper, surround = blurred[bright > 0], blurred[bright == 0]
    if not len(paper) or not len(surround) or float(np.median(paper)) - float(np.median(surround)) < _MIN_CONTRAST:
        return None
    # the text's ink makes holes in the paper: closed, so the sheet is one region
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    largest = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(largest) / (small.shape[0] * small.shape[1])
    if not _MIN_AREA <= area <= _MAX_AREA:
        return None
    hull = cv2.convexHull(largest)
    corners = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
    if len(corners) != 4 or not cv2.isContourConvex(corners):
        return None
    corners = corners.reshape(4, 2).astype(np.float64) / factor
    if _touches_edge(corners, gray.size):
        return None  # cut off by the frame: its true corners are not seen
    return _ordered(corners)


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
