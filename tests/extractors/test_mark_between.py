"""A tick between two options whose empty box is no glyph ("ja ✓ nee", fresh7's studied
half): the option it stands clearly nearer to is ticked, flagged for the analyst; a tick
as near to both is unknown. And a question's words in a leaflet's rules ("• De
huisbewaarder heeft geen eigen woning.") do not stop the question further on from being
read (issue 17)."""

from __future__ import annotations

import pytest

from tests.extractors.rendered import only_document, placed_pdf


@pytest.mark.parametrize(("mark_x", "expected"), [(294, False), (284.5, True), (289.5, None)])
def test_a_tick_between_two_options_belongs_to_the_nearer(mark_x, expected):
    rows = [(60, 50, "Aanvraag huisbewaring"), (60, 80, "Naam huurder"), (200, 80, "Arie Hendriks"),
            (60, 96, "Naam huisbewaarder"), (200, 96, "Johanna Postma"),
            (60, 120, "• De huisbewaarder heeft geen eigen woning."),
            (258, 373, "Heeft de huisbewaarder een eigen woning?"),
            (272, 390, "ja"), (mark_x, 390, "X"), (306, 390, "nee")]
    field = only_document(placed_pdf([rows])).fields["sitter_has_own_home"]
    assert field.value is expected
    assert field.value is None or field.confidence <= 0.75
