"""A leaflet's example is no statement even where its sentence runs on from the text
before it (issue 17, fresh7's studied half): a three-panel leaflet read as one text puts
"Uitgave september 2025 Reden" before "Voorbeeld: Sanne gaat voor haar werk naar Zweden
van 1 september 2026 tot en met 1 maart 2027.", and the example's period was read as the
tenant's absence at 0.85."""

from __future__ import annotations

from extractors import prose_facts
from extractors.pages import read_bytes
from tests.extractors.rendered import placed_pdf


def test_an_example_opening_a_line_inside_a_run_on_sentence_states_no_period():
    rows = [(34, 240, "U vraagt het minstens 4 weken van tevoren aan"), (34, 252, "Uitgave september 2025"),
            (34, 270, "Voorbeeld: Sanne gaat voor haar werk naar Zweden"),
            (34, 280, "van 1 september 2026 tot en met 1 maart 2027. Haar"),
            (34, 291, "neef past op het huis en betaalt € 250 per maand.")]
    assert prose_facts.period(read_bytes(placed_pdf([rows]), "folder.pdf")) is None
    rows[2] = (34, 270, "Sanne gaat voor haar werk naar Zweden")  # the same words, no example: a period
    start, end = prose_facts.period(read_bytes(placed_pdf([rows]), "folder.pdf"))
    assert (start.value, end.value) == ("2026-09-01", "2027-03-01")
