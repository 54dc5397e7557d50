"""A cross-border worker's German work contract (issue 17, fresh9's studied contract):
"Befristeter Arbeitsvertrag" between "der Firma X" ("im Folgenden „Arbeitgeber“") and
"Herrn Y" ("im Folgenden „Arbeitnehmer“"), beginning "am" one date and ending "mit Ablauf
des" another. Typed and read as a work contract, not left `unknown`."""

from __future__ import annotations

from tests.extractors.rendered import only_document, placed_pdf

ROWS = ["Westmünsterland Pflege GmbH",
        "Sitz: Münster - Amtsgericht Münster HRB 32850",
        "Befristeter Arbeitsvertrag",
        "zwischen der Firma Westmünsterland Pflege GmbH, vertreten durch die Geschäftsführung, - im Folgenden",
        "„Arbeitgeber“ -",
        "und Herrn Gijs van Wijk, geboren am 30.01.1986, wohnhaft Maashof 5, 1962 HP Heemskerk (Niederlande) - im",
        "Folgenden „Arbeitnehmer“ -",
        "wird folgender Arbeitsvertrag geschlossen:",
        "§ 1 Beginn und Dauer",
        "Das Arbeitsverhältnis beginnt am 01.05.2026. Es ist gemäß § 14 Abs. 2 TzBfG befristet und endet, ohne dass es einer",
        "Kündigung bedarf, mit Ablauf des 30.10.2027.",
        "§ 2 Tätigkeit und Arbeitsort",
        "Der Arbeitnehmer wird als Pflegefachkraft eingestellt. Arbeitsort ist Gronau (Westf.).",
        "§ 3 Probezeit",
        "Die ersten sechs Monate gelten als Probezeit.",
        "§ 4 Vergütung",
        "Der Arbeitnehmer erhält ein monatliches Bruttogehalt von 3394,00 EUR."]


def test_a_german_work_contract_is_typed_and_read():
    document = only_document(placed_pdf([[(63, 60 + 16 * i, text) for i, text in enumerate(ROWS)]]))
    assert document.doc_type == "arbeidsovereenkomst"
    fields = {name: field.value for name, field in document.fields.items()}
    assert fields["employee_name"] == "Gijs van Wijk"
    assert fields["employer"] == "Westmünsterland Pflege GmbH"
    assert (fields["start_date"], fields["end_date"]) == ("2026-05-01", "2027-10-30")
    assert fields["place"] == "Gronau (Westf.)"
