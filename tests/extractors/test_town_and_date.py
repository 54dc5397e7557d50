"""A letter's place and date beside its letterhead, the comma between them lost (issue 17)."""

from __future__ import annotations

from tests.extractors.rendered import only_document, placed_pdf


def test_a_letter_s_town_and_date_without_their_comma_are_its_date_flagged():
    """fresh12's studied `wijkverpleging_zvw_wlz_verklaring`, photographed: OCR lost the comma
    of "Naaldwijk, 21 nov. 2026" beside the letterhead, and no date was read
    (`mantelzorgverklaring._town_then_date`)."""
    rows = [
        (63, 50, "THUISZORG GRONINGEN"), (380, 50, "Naaldwijk 21 nov. 2026"),
        (63, 90, "Verklaring wijkverpleegkundige over mantelzorg"),
        (63, 110, "Client Shaquira Rosaria"), (63, 125, "Mantelzorger Ivone Lopes"),
        (63, 150, "Ivone Lopes verleent de mantelzorg aan client."),
    ]
    document = only_document(placed_pdf([rows]))
    assert document.doc_type == "mantelzorgverklaring"
    assert document.fields["issue_date"].value == "2026-11-21"
    assert document.fields["issue_date"].confidence < 0.8
