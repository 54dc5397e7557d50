"""A letter's last page that holds only its closing paragraph, the closing and the sender
(issue 17, fresh9's large-print IB 60 in a mail batch: "Klopt het bedrag niet? ... Met
vriendelijke groet, Belastingdienst") carries on the letter before it; a page that opens
as a letter does, with a salutation, starts a document of its own."""

from __future__ import annotations

from extractors.documents import documents_of
from extractors.pages import read_bytes
from tests.extractors.rendered import placed_pdf

FIRST = ["Belastingdienst", "D. Aslan", "Wilgenerf 1", "3314 KT Dordrecht", "Datum", "12 oktober 2026",
         "Uw inkomensverklaring over 2023", "Uw naam:", "D. Aslan", "Uw burgerservicenummer:", "350 070 556",
         "Uw verzamelinkomen over 2023 is:", "€ 52.359",
         "Dit bedrag komt uit uw aanslag inkomstenbelasting."]


def _documents(second: list[str]):
    pdf = placed_pdf([[(63, 60 + 24 * i, t) for i, t in enumerate(FIRST)], [(63, 60 + 24 * i, t) for i, t in enumerate(second)]])
    return [(d.doc_type, list(d.pages)) for d in documents_of(read_bytes(pdf, "batch.pdf"))]


def test_a_page_that_closes_the_letter_carries_it_on():
    second = ["Klopt het bedrag niet?", "Bel dan de BelastingTelefoon: 0800 - 0543. Houd uw",
              "burgerservicenummer bij de hand.", "Met vriendelijke groet,", "Belastingdienst"]
    assert _documents(second) == [("inkomensverklaring", [1, 2])]


def test_a_page_that_opens_as_a_letter_starts_another():
    second = ["Geachte heer Aslan,", "Wij hebben uw bericht ontvangen en nemen het in behandeling.",
              "Met vriendelijke groet,", "Sportvereniging De Wilgen"]
    assert [pages for _, pages in _documents(second)] == [[1], [2]]
