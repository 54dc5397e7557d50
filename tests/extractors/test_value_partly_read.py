"""A value wrong at >= 0.80 in a studied half (issue 17: a wrong value read confidently is
the worst outcome), made a flag by what was read around it:

- fresh8's `wijzigingen_bijhouden_print`, scanned: a contract printed with its tracked
  changes, the struck old start date beside the new one, the strike lost to the scan:
  "gaat in op 05-05-2026 04 06 2026" gave the old date at 0.96. A date with another date
  right after it is flagged (`_common.CORRECTED_CONFIDENCE`).
"""

from __future__ import annotations

from tests.extractors.rendered import lines_pdf, only_document


CONTRACT = [
    "Overeenkomst onderhuur kamer",
    "Hoofdhuurder: Fatima Haddou",
    "Onderhuurder: Sem de Groot",
    "De kamer in de woning Kerkstraat 12, 6161 AB Geleen.",
    "De huur van de kamer is EUR 300,00 per maand.",
    "De onderhuur gaat in op {start}.",
    "Aldus overeengekomen en ondertekend te Geleen op 02-05-2026.",
]


def test_a_date_with_another_date_beside_it_is_flagged():
    def start(text: str):
        return only_document(lines_pdf([line.format(start=text) for line in CONTRACT])).fields["start_date"]

    corrected = start("05-05-2026 04 06 2026")
    assert corrected.value == "2026-05-05" and corrected.confidence < 0.8
    plain = start("04-06-2026")
    assert plain.value == "2026-06-04" and plain.confidence >= 0.8
