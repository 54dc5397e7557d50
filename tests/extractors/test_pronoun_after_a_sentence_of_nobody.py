"""A pronoun means the person named before it though a sentence that speaks of nobody
stands between (issue 17; fresh11's studied `briefkaart_handgeschreven`, a house-sitting
request on the back of a postcard): "Huisbewaarder: Meryem El Ouardi, geb. 14-08-1985.
Vergoeding € 0,00 per maand. Zij heeft een eigen woning en geen kinderen onder de 18."
gave neither fact, the chain of sentences about the sitter having ended at the
compensation. A sentence that speaks of someone else (a pronoun of another person, a
given name) still ends it."""

from __future__ import annotations

from extractors.documents import documents_of
from extractors.pages import read_bytes
from tests.extractors.rendered import lines_pdf

HEAD = [
    "Beste de Alliantie,",
    "Ik, Osman Kaya, vraag toestemming voor huisbewaring van 31-10-2026 tot en met 26-03-2027.",
    "Reden: ik ga tijdelijk in het buitenland werken.",
    "Huisbewaarder: Meryem El Ouardi, geb. 14-08-1985.",
]


def _facts(lines: list[str]) -> tuple:
    (document,) = documents_of(read_bytes(lines_pdf([*HEAD, *lines, "Groet, Osman Kaya", "Arnhem, 20-10-2026"]), "kaart.pdf"))
    return document.fields["sitter_has_own_home"].value, document.fields["sitter_has_minor_children"].value


def test_a_sentence_of_nobody_between_keeps_the_sitter():
    assert _facts(["Vergoeding € 0,00 per maand.", "Zij heeft een eigen woning en geen kinderen onder de 18."]) == (True, False)


def test_a_sentence_of_someone_else_between_ends_it():
    assert _facts(["Mijn dochter woont bij mij.", "Zij heeft een eigen woning en geen kinderen onder de 18."]) == (None, None)
    assert _facts(["Fatima komt ook langs.", "Zij heeft een eigen woning en geen kinderen onder de 18."]) == (None, None)
