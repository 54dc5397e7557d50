"""In a sublet contract, "de huur van de woning" is the main lease (issue 17, fresh's
studied split): "Zodra de huur van de woning tussen de Huurder en de Verhuurder eindigt, om
welke reden ook, eindigt ook deze overeenkomst" is the end-with-main-lease clause. The
dwelling's lease without an end of this agreement states no such clause."""

from __future__ import annotations

import pytest

from tests.extractors.rendered import field_values, only_document, placed_pdf

_CONTRACT = [(139, 61, "ONDERHUUROVEREENKOMST KAMER"),
             (63, 123, "Hoofdhuurder: Nathaly de Windt, Kerkstraat 12, 1348 ZD Almere"),
             (63, 140, "Onderhuurder: Quincy Winklaar"),
             (63, 170, "De Huurder huurt de woning van Vestia, hierna de \"Verhuurder\"."),
             (63, 200, "De Onderhuurovereenkomst gaat in op 12.4.2026 en is aangegaan voor onbepaalde tijd."),
             (63, 260, "De huurprijs van de kamer bedraagt € 375,00 per maand."),
             (63, 290, "Opgemaakt in tweevoud te Almere op 4.4.2026.")]


@pytest.mark.parametrize(("clause", "expected"), [
    ("Zodra de huur van de woning tussen de Huurder en de Verhuurder eindigt, om welke reden ook, eindigt ook deze overeenkomst.", True),
    ("De huur van de woning wordt jaarlijks per 1 juli door de Verhuurder aangepast.", None),
])
def test_the_dwellings_lease_is_the_main_lease(clause, expected):
    rows = _CONTRACT + [(63, 230, clause)]
    value = field_values(only_document(placed_pdf([rows])))["end_with_main_lease"]
    assert value is expected or (expected is None and value is not True)
