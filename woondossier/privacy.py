"""Keep personal numbers out of logs, task names and reports."""

from __future__ import annotations

import re

from stdnum.nl import bsn

_NINE_DIGITS = re.compile(r"(?<!\d)(\d{6})(\d{3})(?!\d)")
_HEX = frozenset("0123456789abcdefABCDEF")


def mask_numbers(text: str) -> str:
    """Mask every run of exactly nine digits (a possible BSN) to its last three.

    >>> mask_numbers("scan_111222333_brp.pdf")
    'scan_******333_brp.pdf'
    """
    return _NINE_DIGITS.sub(lambda m: "******" + m.group(2), text)


def full_bsns(text: str) -> list[str]:
    """The BSNs written in full in `text`: the nine-digit runs `mask_numbers` masks that pass the elfproef.

    Of all nine-digit runs, a BSN passes the elfproef (about one number in eleven does
    by chance); two kinds of run are not numbers on their own and are left out: a run
    inside a hexadecimal token of 12 or more characters (a UUID's or hash's digits, as
    in Prefect's run ids) and the fraction of a decimal number (`12.345678901`).

    >>> full_bsns("persoon 111222333, aanvraag 111222334")   # the second fails the elfproef
    ['111222333']
    >>> full_bsns("scan_******333_brp.pdf 0.111222333 s, run 9b0c1d2e-aaaa-4bbb-8ccc-111222333def")
    []
    """
    found = []
    for match in _NINE_DIGITS.finditer(text):
        start, end = match.span()
        if start >= 2 and text[start - 1] == "." and text[start - 2].isdigit():
            continue  # a decimal fraction
        if _in_hex_token(text, start, end):
            continue  # digits of a UUID or a hash
        if bsn.is_valid(match.group()):
            found.append(match.group())
    return found


def _in_hex_token(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies in a run of 12 or more hexadecimal characters with a letter in it."""
    while start > 0 and text[start - 1] in _HEX:
        start -= 1
    while end < len(text) and text[end] in _HEX:
        end += 1
    token = text[start:end]
    return len(token) >= 12 and not token.isdigit()
