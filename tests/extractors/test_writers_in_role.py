"""A form of two signed statements (issue 17, fresh's studied split): "Ondergetekende,
Tekle Berhane, huurder van de woning ..." in part A and "Ondergetekende, Soumaya
Kaddouri, geboren op ..., verklaart:" under "Deel B — verklaring van de huisbewaarder".
Each writer is the person of the role their apposition or their part's heading names;
before, two writers made both names unknown."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf


def test_each_writer_is_the_person_of_their_role():
    rows = [(404, 59, "Woonstad Rotterdam"), (63, 93, "Aanvraag huisbewaring"), (63, 124, "Deel A — de huurder"),
            (63, 151, "Ondergetekende, Pieter Smit, huurder van de woning Kerkstraat 4, 3011 AB Rotterdam, verzoekt Woonstad"),
            (63, 166, "Rotterdam om toestemming de woning in bewaring te geven van 1.3.2027 tot en met 30.6.2027, omdat ik wil"),
            (63, 180, "proberen of samenwonen met mijn vriendin bevalt."),
            (63, 205, "Deel B — verklaring van de huisbewaarder"),
            (63, 232, "Ondergetekende, Noor el Amrani, geboren op 3.4.1995, verklaart:"),
            (86, 256, "• dat zij geen minderjarige kinderen heeft;"),
            (86, 271, "• dat zij zelf geen woonruimte huurt of in eigendom heeft;"),
            (63, 330, "Aldus naar waarheid ingevuld en ondertekend te Rotterdam op 28.1.2027.")]
    fields = field_values(only_document(placed_pdf([rows])))
    assert (fields["tenant_name"], fields["sitter_name"], fields["reason"]) == ("Pieter Smit", "Noor el Amrani", "trial_cohabitation")


def test_a_heading_under_an_address_names_no_one():
    """"Van Goghweg 8, 4383 PD Vlissingen" over the heading "Mantelzorger" (fresh2's grid
    form): a name before a role word counts only on the role's own line, or after a comma;
    "PD Vlissingen" is no carer."""
    from extractors import labels
    from extractors.pages import read_bytes
    from extractors.prose_facts import named_in_role
    from tests.extractors.rendered import placed_pdf

    rows = [(63, 61, "Thuiszorg West-Brabant"), (63, 104, "Verklaring mantelzorg t.b.v. woningcorporatie"),
            (63, 132, "Zorgvrager"), (66, 158, "Aydin, Erdogan 24.12.1988"), (66, 183, "Van Goghweg 8, 4383 PD Vlissingen"),
            (63, 207, "Mantelzorger"), (66, 233, "10.02.1965"),
            (66, 305, "Woont de zorgvrager zelfstandig? X")]
    pages = read_bytes(placed_pdf([rows]), "grid.pdf")
    assert named_in_role(pages, labels.table()["mantelzorgverklaring"]["caregiver_name"]).value is None
