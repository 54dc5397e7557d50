"""A sublet contract in articles whose parties are numbered sub-clauses ("1.1 Lies Sari
Wiranata, geboren op 10-09-1996, huurder van de woning, hierna: de hoofdhuurder;") and
whose dates are written out, year included (issue 17, fresh8's studied half). Each party
is read from its clause's number, not from "Paraaf hoofdhuurder" on the inventory's page."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf


def test_parties_in_numbered_sub_clauses_and_dates_in_words():
    first = [(141, 61, "ONDERHUUROVEREENKOMST KAMER"), (63, 110, "Artikel 1. Partijen"),
             (63, 126, "1.1 Lies Sari Wiranata, geboren op 10-09-1996, huurder van de woning, hierna: de"),
             (91, 139, "hoofdhuurder;"),
             (63, 155, "1.2 Eliëtte de Vries, geboren op 07-04-1983, thans wonende te Monster, hierna: de"),
             (91, 168, "onderhuurder."),
             (63, 190, "Artikel 2. Het gehuurde"),
             (63, 206, "2.1 De hoofdhuurder verhuurt aan de onderhuurder kamer 2 in de woning Voorstraat 29,"),
             (91, 219, "3767AM Soest."),
             (63, 286, "Artikel 3. Duur"),
             (63, 302, "3.1 Deze overeenkomst gaat in op één februari tweeduizendzesentwintig en is aangegaan"),
             (91, 316, "voor onbepaalde tijd."),
             (63, 383, "Artikel 4. Huurprijs"), (63, 399, "4.1 De huurprijs bedraagt € 425,50 per maand."),
             (63, 614, "Aldus overeengekomen en in tweevoud opgemaakt en ondertekend te Soest op zevenentwintig"),
             (63, 627, "januari tweeduizendzesentwintig."),
             (63, 659, "de hoofdhuurder"), (300, 659, "de onderhuurder")]
    second = [(63, 65, "Bijlage 1 · Inventarislijst en opnamestaat kamer 2"), (63, 104, "Datum opname: 28-01-2026"),
              (63, 359, "Paraaf hoofdhuurder: ........"), (300, 359, "Paraaf onderhuurder: ........")]
    fields = field_values(only_document(placed_pdf([first, second])))
    assert fields["tenant_name"] == "Lies Sari Wiranata"
    assert fields["subtenant_name"] == "Eliëtte de Vries"
    assert fields["start_date"] == "2026-02-01"
    assert fields["signed_date"] == "2026-01-27"
