"""A public employer's "Besluit aanstelling" is an employment contract's evidence (issue 17,
fresh6's studied half): its title is one of the contract titles, and its articles state
the parties in sentences ("A. JANSEN, geboren op ..., wordt in dienst genomen bij de
Gemeente Bergen op Zoom voor bepaalde tijd"). It was typed `unknown` before."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf


def test_an_appointment_decision_is_a_work_contract_read_from_its_articles():
    rows = [(265, 60, "GEMEENTE"), (225, 74, "BERGEN OP ZOOM"),
            (431, 105, "Registratienummer 2026-31877"), (238, 127, "Besluit aanstelling"),
            (63, 158, "Burgemeester en wethouders van de gemeente Bergen op Zoom;"),
            (63, 183, "gelet op de Cao Gemeenten;"),
            (245, 232, "B E S L U I T E N:"),
            (63, 257, "Artikel 1 Aanstelling"),
            (63, 271, "A. JANSEN, geboren op 3 maart 1990, wordt in dienst genomen bij de Gemeente Bergen op Zoom voor bepaalde tijd,"),
            (63, 285, "met ingang van 01 november 2026 tot en met 31 oktober 2027."),
            (63, 303, "Artikel 2 Standplaats"), (63, 317, "De standplaats is Bergen op Zoom."),
            (63, 345, "Aldus besloten op 07 september 2026.")]
    document = only_document(placed_pdf([rows]))
    assert document.doc_type.value == "arbeidsovereenkomst"
    fields = field_values(document)
    assert (fields["employee_name"], fields["employer"]) == ("A. JANSEN", "Gemeente Bergen op Zoom")
    assert (fields["start_date"], fields["end_date"], fields["place"]) == ("2026-11-01", "2027-10-31", "Bergen op Zoom")
