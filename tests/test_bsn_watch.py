"""The session's BSN watch (tests/bsn_watch.py) finds what it must and nothing else.

A planted BSN in a log record and in a command's stderr is found (and taken out of the
watch again, so this session does not fail on purpose); numbers that only look like one
are not.
"""

from __future__ import annotations

import logging

import pytest

from tests.bsn_watch import WATCH
from tests.conftest import run_cli
from woondossier.privacy import full_bsns, mask_numbers

PLANTED = "111222333"  # passes the elfproef


@pytest.mark.parametrize(
    "line, found",
    [
        (f"BSN {PLANTED} van aanvrager", [PLANTED]),
        (f"scan_{PLANTED}_brp.pdf", [PLANTED]),
        (f"persons=[{{'bsn': '{PLANTED}'}}]", [PLANTED]),
        (mask_numbers(f"BSN {PLANTED}"), []),
        ("BSN 111222334", []),  # fails the elfproef
        (f"aanvrager{PLANTED}", [PLANTED]),  # glued to a word that is no hex token
        (f"1{PLANTED} or {PLANTED}0", []),  # ten digits: not a BSN, and mask_numbers leaves it too
        (f"took 12.{PLANTED} s", []),
        (f"flow run 3f2a9c1e-8b7d-4e6f-a1b2-c3d4{PLANTED}", []),  # a UUID's last group
        (f"sha256 0af3{PLANTED}9bc2e", []),
    ],
    ids=["plain", "file-name", "repr", "masked", "elfproef-fails", "after-letters", "ten-digits", "fraction", "uuid", "hash"],
)
def test_full_bsns(line, found):
    assert full_bsns(line) == found


def test_the_mask_hides_everything_the_watch_finds():
    for line in (f"BSN {PLANTED}", f"scan_{PLANTED}_brp.pdf", f"aanvrager{PLANTED}"):
        assert full_bsns(line) and not full_bsns(mask_numbers(line))


def _taken(where: str) -> list[tuple[str, str]]:
    """The watch's leaks from `where`, removed from it."""
    mine = [leak for leak in WATCH.leaks if where in leak[0]]
    WATCH.leaks[:] = [leak for leak in WATCH.leaks if where not in leak[0]]
    return mine


def test_a_planted_bsn_in_a_log_record_is_caught_whatever_the_handlers():
    logger = logging.getLogger("tests.planted")
    logger.propagate = False  # no handler anywhere sees it: the watch still does
    try:
        logger.warning("persoon met BSN %s gevonden", PLANTED)
        logger.debug("not made at all: below the logger's level %s", PLANTED)
    finally:
        logger.propagate = True
    assert _taken("tests.planted") == [("log record of tests.planted", "persoon met BSN ******333 gevonden")]


def test_a_planted_bsn_on_a_commands_stderr_is_caught():
    done = run_cli("extract", f"/nonexistent/brp_{PLANTED}.pdf")
    assert done.returncode == 2
    leaks = _taken("stderr of woondossier extract")
    assert len(leaks) == 1 and "brp_******333.pdf" in leaks[0][1] and PLANTED not in leaks[0][1]
