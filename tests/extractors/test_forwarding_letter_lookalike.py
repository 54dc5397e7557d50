"""A look-alike: a postal service's confirmation that it forwards a family's mail for half a
year (issue 17; fresh6's unseen `postnl_doorstuurservice`, studied for this and moved to the
studied half). It names people, two addresses, a start and an end date, and closes by
saying the municipality keeps the Basisregistratie Personen. It was typed a BRP extract in
all three renderings, and once that was mended, an employment contract:

- the extract's score looked for its labels anywhere in the text, and "vestiging" (of
  "Datum vestiging") stood inside "Bevestiging van uw opdracht";
- on the text layer "Datum bestelling" matched the employer's label "instelling" two
  letters apart, as an OCR slip would, and its value was the next line's "Ordernummer:".

A label now starts at a word's start in the extract's score; a text layer, which has no
OCR slips, matches a label exactly but for its ending (`labels.find_label_on_line`); and a
cell ending in a colon is a label, never a free-text value (`locating._label_values`)."""

from __future__ import annotations

from extractors.documents import documents_of
from extractors.labels import find_label_on_line
from extractors.pages import read_bytes
from tests.extractors.rendered import lines_pdf, ocr_like
from woondossier.model import Line, Word

LETTER = [
    "Doorstuurservice - uw post tijdelijk naar een ander adres",
    "S. Koster",
    "Lijnbaan 14B",
    "3012 EL ROTTERDAM",
    "Datum bestelling: 11-03-2026",
    "Ordernummer: DS55120931",
    "Bevestiging van uw doorstuuropdracht",
    "Beste klant, bedankt voor uw opdracht. Wij sturen de post voor de onderstaande personen door.",
    "Post voor Sanne Koster",
    "Mees Koster",
    "Van adres Lijnbaan 14B, 3012 EL Rotterdam",
    "Naar adres Kerkstraat 3, 4811 XA Breda",
    "Ingangsdatum 01-04-2026",
    "Einddatum 30-09-2026",
    "Betaald EUR 46,95 via iDEAL",
    "Let op: een doorstuuropdracht is geen verhuizing. Verhuist u? Geef dat door aan uw gemeente;",
    "de gemeente past de Basisregistratie Personen aan.",
]


def test_a_mail_forwarding_confirmation_is_no_contract_document():
    assert [str(d.doc_type) for d in documents_of(read_bytes(lines_pdf(LETTER), "brief.pdf"))] == ["unknown"]


def test_read_by_ocr_it_is_no_contract_document_either():
    """OCR may slip, so "bestelling" still passes for "instelling" there; the cell under it,
    "Ordernummer:", is a label by its colon and no employer."""
    pages = ocr_like(read_bytes(lines_pdf(LETTER), "scan.pdf"))
    assert [str(d.doc_type) for d in documents_of(pages)] == ["unknown"]


def _line(text: str, ocr: bool) -> Line:
    return Line(words=tuple(Word(text=t, bbox=(10 + 60 * i, 10, 60 + 60 * i, 20), confidence=1.0, line=1 if ocr else None)
                            for i, t in enumerate(text.split())))


def test_a_text_layer_matches_a_label_but_for_its_ending():
    assert find_label_on_line(_line("Datum bestelling:", ocr=False), "instelling") == []
    assert find_label_on_line(_line("Rekeninghouders NL91", ocr=False), "rekeninghouder") != []
    assert find_label_on_line(_line("Geboorte datum 1-2-1990", ocr=False), "geboortedatum") != []


def test_ocr_keeps_its_slips():
    assert find_label_on_line(_line("Geboortedatvm 1-2-1990", ocr=True), "geboortedatum") != []


def _every_wording() -> list[str]:
    from extractors.labels import table

    return sorted({w for fields in table().values() for row in fields.values() for w in row.labels + row.generic})


def test_every_label_printed_as_worded_is_found_on_a_text_layer():
    """The exact match on a text layer takes nothing from a label printed correctly: every
    wording of the table, capitalised, with a colon, or (a wording long enough to allow a
    slip at all, `allowed_edits`) with an ending, before a value."""
    from extractors.labels import _folded_wording, allowed_edits

    missed = []
    for wording in _every_wording():
        endings = ("s",) if allowed_edits(len(_folded_wording(wording)[0])) else ()
        for printed in (wording, wording.capitalize() + ":", wording.upper(), *(wording + e for e in endings)):
            if not find_label_on_line(_line(f"{printed} 12-03-2026", ocr=False), wording):
                missed.append(printed)
    assert missed == []
