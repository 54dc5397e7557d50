"""What the benchmarks' command lines share: counted arguments and progress on stderr."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable


def at_least(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least `minimum`.

    >>> at_least(1)("3"), at_least(0)("0")
    (3, 0)
    """

    def parse(text: str) -> int:
        value = int(text)
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum} or more")
        return value

    parse.__name__ = "whole number"  # argparse's "invalid whole number value: 'x'"
    return parse


def progress(message: str) -> None:
    """A line on stderr at once: what a long benchmark is doing (stdout holds the figures)."""
    print(message, file=sys.stderr, flush=True)
