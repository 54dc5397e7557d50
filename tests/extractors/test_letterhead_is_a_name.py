"""A letterhead names an organisation; a sentence's line near the top does not (issue 17):
a corporation's form read from a photo, whose intro "Deel C laat u invullen door een
onafhankelijke professional (huisarts, wijkteam, wijkverpleging)." stands in its first
lines, gave that line as the care declaration's issuer, "huisarts" being a word of a
practice's name. A part of a line that opens with a word in small letters is no name,
unless that word is the body's own ("gemeente Weert")."""

from __future__ import annotations

from extractors.pages import read_bytes
from extractors.prose_facts import letterhead_organisation
from tests.extractors.rendered import lines_pdf, ocr_like


def _head(lines: list[str]):
    return letterhead_organisation(ocr_like(read_bytes(lines_pdf(lines), "brief.pdf"))).value


def test_a_sentence_near_the_top_is_no_letterhead():
    assert _head(["Portaal", "Verklaring mantelzorg", "Deel A en B vult u zelf in; deel C laat u invullen door",
                  "een onafhankelijke professional (huisarts, wijkteam, wijkverpleging).", "Naam Saskia Hoekstra"]) is None


def test_letterheads_are_still_names():
    assert _head(["gemeente Weert", "De heer S. Huisman", "Multatulihof 23"]) == "gemeente Weert"
    assert _head(["Huisartsenpraktijk De Linde", "Dorpsstraat 4", "1234 AB Ede"]) == "Huisartsenpraktijk De Linde"
