"""Values that a cleaner reading of a page shows must not run into what stands beside
them (issue 17): found when a reading without a scan's rules (the branch
`rules-experiment`, not merged) read lines the rules had hidden."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf


def test_a_letterhead_is_its_first_cell_not_the_contact_person_beside_it():
    """A care declaration's letterhead line read whole, contact person and all: the issuer
    is the letterhead's first cell (a cleaner reading of fresh2's grid form gave
    "Thuiszorg West-Brabant Contactpersoon: D. Haddad" at 0.82). A name printed surname
    first before the next column's date, and a particle read alone, are
    `names.read_name`'s doctests."""
    rows = [(40, 40, "Thuiszorg West-Brabant"), (330, 40, "Contactpersoon: D. Haddad"),
            (40, 80, "Verklaring mantelzorg t.b.v. woningcorporatie"),
            (40, 110, "Naam zorgvrager: Fatma Demir"), (40, 130, "Naam mantelzorger: Marinus Boersma")]
    fields = field_values(only_document(placed_pdf([rows])))
    assert fields["issuer"] == "Thuiszorg West-Brabant"
    assert (fields["care_recipient_name"], fields["caregiver_name"]) == ("Fatma Demir", "Marinus Boersma")
