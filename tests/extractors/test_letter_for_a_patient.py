"""A social worker's letter asking house-sitting on a tenant's behalf (issue 17: fresh16's
studied half). The reason stands in the sentence that places the absence in time ("Uw
huurder is vanaf 11-11-2026 opgenomen in ..."), a sentence opening in the middle of a line;
the compensation is paid "als bijdrage in de woonlasten", by the month as the rent is; the
tenant signs "Voor akkoord, de huurder: ..." under the writer's own name. On a scan "de
huurder" must not be read as a slipped "verhuurder": joining words is a slip of its own."""

from __future__ import annotations

import pytest

from extractors.documents import documents_of
from extractors.labels import find_label_on_line
from extractors.pages import read_bytes
from tests.extractors.rendered import field_values, lines_pdf, ocr_like, only_document

_LETTER = [
    "Tactus Verslavingszorg, klinische afdeling",
    "Kennemer Wonen",
    "Postbus 1365",
    "11 oktober 2026",
    "Betreft: verzoek om toestemming voor huisbewaring, huurder Hendra Latumahina",
    "Geachte heer, mevrouw,",
    "Namens uw huurder Hendra Latumahina vraag ik toestemming voor tijdelijke huisbewaring. Uw huurder is vanaf",
    "11-11-2026 opgenomen in Tactus Verslavingszorg, klinische afdeling; naar verwachting duurt dit tot en met",
    "26-02-2027.",
    "In die periode wil Mohammed Amrani, geboren op 15-06-2006, in de woning verblijven. De huisbewaarder betaalt",
    "uw huurder € 450,50 als bijdrage in de woonlasten. De huisbewaarder heeft geen eigen woning.",
    "Met vriendelijke groet,",
    "H.G.S. Vos",
    "maatschappelijk werker",
    "Voor akkoord, de huurder: Hendra Latumahina",
    "Datum: 06-10-2026 Handtekening:",
]


def test_the_letter_on_the_tenants_behalf_gives_its_reason_compensation_and_tenant():
    document = only_document(lines_pdf(_LETTER, size=7))
    values = field_values(document)
    assert document.doc_type == "huisbewaring_aanvraag"
    assert values["reason"] == "care"
    assert values["compensation"] == "450.50"
    assert values["tenant_name"] == "Hendra Latumahina"
    assert values["start_date"] == "2026-11-11" and values["end_date"] == "2027-02-26"


def test_as_ocr_read_it_the_tenant_is_the_one_who_signs_for_agreement_not_the_writer():
    (document,) = documents_of(ocr_like(read_bytes(lines_pdf(_LETTER, size=7), "letter.pdf")))
    assert field_values(document)["tenant_name"] == "Hendra Latumahina"


@pytest.mark.parametrize(
    ("line", "wording", "found"),
    [
        ("Voor akkoord, de huurder: Hendra Latumahina", "verhuurder", False),  # "de huurder" is no slipped "verhuurder"
        ("Voor akkoord, de huurder: Hendra Latumahina", "huurder", True),
        ("Naam ver huurder: J. de Vries", "verhuurder", True),  # a word OCR split is joined again
        ("Naam ver huerdor: J. de Vries", "verhuurder", False),  # split and slipped twice: three slips in ten letters
        ("Naam verhuurdor: J. de Vries", "verhuurder", True),  # one slip in one word is still the label
    ],
)
def test_words_joined_to_make_a_label_count_as_a_slip(line, wording, found):
    (page,) = ocr_like(read_bytes(lines_pdf([line]), "line.pdf"))
    assert bool(find_label_on_line(page.lines[0], wording)) is found


def test_a_sentence_placing_a_stay_in_time_without_saying_why_gives_no_reason():
    letter = [line.replace("opgenomen in Tactus Verslavingszorg, klinische afdeling", "in het buitenland") for line in _LETTER]
    values = field_values(only_document(lines_pdf(letter, size=7)))
    assert values["reason"] is None  # "vanaf 11-11-2026 in het buitenland": where, not why
