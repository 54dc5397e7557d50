"""Ruling: the upright rules of comb boxes and ruled tables, taken out of a page image
before it is read (OpenCV).

A form in comb boxes ("one letter a box") or a table with ruled columns puts a thin
upright rule beside every letter or cell. The engine reads each rule as a letter of
its own ("|", "l", "[", "1"), so "E . B O E R S M A" in boxes came out
"| E | . | | B | 0 | E | R S [ml] Al" and a BSN in boxes as "lalglal2lz|al3lelz|".

A **rule** is an upright run of ink at least `_RULE_MM` long that meets a level rule at
least `_LEVEL_MM` long: a box's side meets its top or its foot, a table's column rule
meets the rows' rules. A letter's stem is shorter than that up to a heading's size
and stands on no rule, so letters stay; a checkbox's sides meet a box edge shorter
than a level rule, so a checkbox stays as drawn. What is taken out is the rule's own
ink and a pixel either side (its blurred edge); the level rules stay where they are
(the engine takes them for separators, and a line struck through a word is one).

A page without such rules is given back as it came, the same image.
"""

from __future__ import annotations

from ._lazy import module

np = module("numpy")
Image = module("PIL.Image")

_RULE_MM = 4.0  # an upright rule is at least this long (a 14 pt letter's stem is about 3.5 mm)
_LEVEL_MM = 8.0  # a level rule it meets is at least this long (a checkbox's edge is shorter)
_TOUCH_MM = 0.2  # how near an upright rule's ink must come to a level rule to meet it


def unruled(image: Image.Image, dpi: int) -> Image.Image:
    """`image` (a page, greyscale, upright, at `dpi`) with its upright rules given the
    paper's grey; `image` itself when it has none."""
    import cv2  # here, not at the top: a text-layer PDF never pays OpenCV's import (~0.15 s)

    pixels = np.asarray(image)
    if pixels.ndim != 2 or min(pixels.shape) < 8:
        return image
    per_mm = dpi / 25.4
    _, ink = cv2.threshold(pixels, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    upright = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(3, round(_RULE_MM * per_mm)))))
    if not upright.any():
        return image
    level = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, round(_LEVEL_MM * per_mm)), 1)))
    reach = max(1, round(_TOUCH_MM * per_mm))
    near_level = cv2.dilate(level, cv2.getStructuringElement(cv2.MORPH_RECT, (2 * reach + 1, 2 * reach + 1)))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(upright, connectivity=8)
    meets = np.zeros(count, bool)
    for i in range(1, count):
        left, top, width, height = stats[i, :4]
        ends = (slice(top, top + reach + 1), slice(top + height - reach - 1, top + height))
        meets[i] = all(near_level[rows, left : left + width].any() for rows in ends)
    if not meets.any():
        return image
    rules = meets[labels].astype(np.uint8)
    rules = cv2.dilate(rules, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 1)))  # the rule's blurred edges
    out = pixels.copy()
    out[rules > 0] = int(np.median(pixels[::4, ::4]))  # the paper's own grey
    return Image.fromarray(out)
