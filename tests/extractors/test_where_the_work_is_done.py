"""Where the work is done, said in a contract's sentence whatever stands between the work
and the town (issue 17; fresh11's studied `dienstverlening_aan_huis_particulier`, a
contract for domestic work at a private employer's home): "Het werk wordt gedaan in de
woning van de werkgever te De Goorn" gave no place in any rendering, where only "De
werkzaamheden worden verricht te ..." was known. The concept is the work, a verb of doing
it, and "te" or "in" a town later in the same sentence."""

from __future__ import annotations

import pytest

from extractors.documents import documents_of
from extractors.pages import read_bytes
from tests.extractors.rendered import lines_pdf

HEAD = ["Arbeidsovereenkomst", "Werkgever Ahmet Yildiz", "Werknemer Sophie Prins", "Artikel 1. Werkzaamheden"]


@pytest.mark.parametrize("sentence, place", [
    ("Het werk wordt gedaan in de woning van de werkgever te De Goorn.", "De Goorn"),
    ("De werkzaamheden worden verricht te Ede.", "Ede"),
    ("De werkzaamheden vinden plaats in Bergen op Zoom, op het adres van de werkgever.", "Bergen op Zoom"),
])
def test_the_town_where_the_work_is_done(sentence, place):
    (document,) = documents_of(read_bytes(lines_pdf([*HEAD, sentence]), "contract.pdf"))
    assert document.fields["place"].value == place


@pytest.mark.parametrize("sentence", [
    "De werkgever, gevestigd te Utrecht, zorgt voor het gereedschap.",  # the employer's seat, no place of work
    "Het werk wordt gedaan. In Amersfoort woont de werknemer.",  # another sentence
])
def test_a_town_that_is_not_where_the_work_is_done(sentence):
    (document,) = documents_of(read_bytes(lines_pdf([*HEAD, sentence]), "contract.pdf"))
    assert document.fields["place"].value is None
