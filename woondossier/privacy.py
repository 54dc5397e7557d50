"""Keep personal numbers out of logs, task names and reports."""

from __future__ import annotations

import re

_NINE_DIGITS = re.compile(r"(?<!\d)(\d{6})(\d{3})(?!\d)")


def mask_numbers(text: str) -> str:
    """Mask every run of exactly nine digits (a possible BSN) to its last three.

    >>> mask_numbers("scan_111222333_brp.pdf")
    'scan_******333_brp.pdf'
    """
    return _NINE_DIGITS.sub(lambda m: "******" + m.group(2), text)
