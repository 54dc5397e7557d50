"""A corporation's English form for expat tenants (issue 17): its row labels ("Full name"
under "2. House-sitter"), its dates' labels and its reasons are wordings of the label
table and the concepts, data rather than code."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf


def test_an_english_house_sitting_form_is_read_by_its_labels_and_concepts():
    rows = [(60, 50, "House-sitting request form"),
            (60, 80, "Please use this form when you will be away from your home for more than three months."),
            (60, 110, "1. Tenant"), (60, 126, "Full name"), (200, 126, "Pieter Jansen"),
            (60, 142, "Address"), (200, 142, "Kerkstraat 4, 1311 AB Almere"),
            (60, 170, "2. House-sitter"), (60, 186, "Full name"), (200, 186, "Amina Haddou"),
            (60, 202, "Date of birth"), (200, 202, "03/04/1999"),
            (60, 230, "3. Absence"), (60, 246, "First day of absence"), (200, 246, "01/06/2026"),
            (60, 262, "Last day of absence"), (200, 262, "30/11/2026"),
            (60, 278, "Reason"), (200, 278, "[ ] Work or study elsewhere"), (200, 292, "[X] Care for a relative"),
            (200, 306, "[ ] Long journey"), (200, 320, "[ ] Other reason")]
    fields = field_values(only_document(placed_pdf([rows])))
    assert (fields["tenant_name"], fields["sitter_name"]) == ("Pieter Jansen", "Amina Haddou")
    assert (fields["start_date"], fields["end_date"], fields["reason"]) == ("2026-06-01", "2026-11-30", "care")
