"""A house on the ground floor, printed "35hs" or "35 huis" (issue 17, fresh9's studied
sublet contract): the register writes it 35H, as the contract's `101H`, and a sentence's
address may put its number on the next line after the street."""

from __future__ import annotations

import pytest

from extractors.values import parse_house_number
from tests.extractors.rendered import field_values, only_document, placed_pdf


@pytest.mark.parametrize("printed", ["35hs", "35 hs", "35-hs", "35-huis", "35 huis", "35H", "35-H"])
def test_the_ground_floor_is_h(printed):
    assert parse_house_number(printed) == "35H"


def test_a_sublet_contracts_dwelling_over_two_lines():
    rows = [(63, 60, "Onderhuurovereenkomst"), (63, 80, "(onderhuur van een kamer in een huurwoning)"),
            (63, 159, "De hoofdhuurder verhuurt aan de onderhuurder een kamer in de woning Graaf Florisstraat"),
            (63, 172, "35hs, 3811GC Amersfoort. Keuken, douche en toilet worden gedeeld."),
            (63, 200, "De huurprijs van de kamer bedraagt EUR 480,00 per maand."),
            (63, 220, "De onderhuur gaat in op 1 november 2026.")]
    fields = field_values(only_document(placed_pdf([rows])))
    assert (fields["house_number"], fields["postcode"]) == ("35H", "3811GC")
