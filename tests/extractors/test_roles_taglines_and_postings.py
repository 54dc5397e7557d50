"""Mechanisms found on fresh16's studied half (issue 17), each for what real documents print:

- an occupational physician's letter to the employer names the carer by a role ("Uw medewerker
  is mantelzorger voor vader Zahra Sultani"), the role's name beside its label elsewhere
  ("Medewerker: Zineb Ouazzani"); the organisation is the name over its tagline
  ("HumanCapitalCare" over "arbodienstverlening"), never the addressee over "t.a.v.";
- a posting abroad dates its start and end "Aanvang uitzending" and "Einde uitzending", beside a
  training period that is no term of it, and its place is a town with its country;
- a letter written for a tenant gives the period apart in one sentence ("vanaf 11-11-2026
  opgenomen ...; naar verwachting tot en met 26-02-2027");
- an employee's request for care leave is none of the contract's types;
- a statement's e-mail timestamp is no date of signing (in test_grids_side_columns_and_rows).
"""

from __future__ import annotations

from extractors.documents import documents_of
from extractors.pages import read_bytes
from tests.extractors.rendered import lines_pdf, only_document, placed_pdf


def test_a_carer_named_by_a_role_and_the_organisation_over_its_tagline():
    rows = [(63, 40, "HumanCapitalCare"), (400, 40, "Datum: 21 april 2026"), (400, 54, "Ons kenmerk: AD-294309"), (63, 56, "arbodienstverlening"),
            (63, 90, "Albert Heijn B.V."), (63, 104, "t.a.v. afdeling HR"), (63, 130, "Betreft: verklaring zorgsituatie ten behoeve van langdurend zorgverlof"),
            (63, 150, "Medewerker: Zineb Ouazzani, personeelsnummer 47687"),
            (63, 170, "Op 11 april 2026 had ik een gesprek met uw medewerker Zineb Ouazzani. Uw medewerker is"),
            (63, 184, "mantelzorger voor vader Zahra Sultani."),
            (63, 204, "De zorgsituatie is zodanig dat aanwezigheid en toezicht dag en nacht nodig zijn (24 uur per dag)."),
            (63, 230, "Met vriendelijke groet,"), (63, 250, "K.I. El Khattabi, bedrijfsarts")]  # fmt: skip
    document = only_document(placed_pdf([rows]))
    assert document.doc_type == "mantelzorgverklaring"
    fields = {name: field.value for name, field in document.fields.items()}
    assert (fields["caregiver_name"], fields["care_recipient_name"], fields["issuer"]) == ("Zineb Ouazzani", "Zahra Sultani", "HumanCapitalCare")
    assert document.fields["issuer"].confidence < 0.8  # told by its tagline: the analyst looks


def test_a_posting_abroad_dates_its_term_and_keeps_its_country():
    lines = ["Ministerie van Defensie", "Datum 24 december 2025", "Verklaring uitzending",
             "Ondergetekende, commandant van bovengenoemde eenheid, verklaart dat", "Naam Lewandowska, U.",
             "In dienst van Ministerie van Defensie (Koninklijke Luchtmacht)", "Uitzendgebied / standplaats Willemstad, Curaçao",
             "Aanvang uitzending 30-01-2026", "Einde uitzending (verwacht) 30-01-2027", "Opwerkperiode 19-10-2025 t/m 18-01-2026, Leeuwarden"]  # fmt: skip
    document = only_document(lines_pdf(lines))
    assert document.doc_type == "arbeidsovereenkomst"
    fields = {name: field.value for name, field in document.fields.items()}
    assert (fields["start_date"], fields["end_date"], fields["place"]) == ("2026-01-30", "2027-01-30", "Willemstad, Curaçao")


def test_a_letter_for_a_tenant_gives_the_period_apart_in_one_sentence():
    lines = ["Betreft: verzoek om toestemming voor huisbewaring, huurder Hendra Latumahina",
             "Namens uw huurder Hendra Latumahina vraag ik toestemming voor tijdelijke huisbewaring. Uw huurder is vanaf",
             "11-11-2026 opgenomen in een kliniek; naar verwachting duurt dit tot en met 26-02-2027.",
             "In die periode wil Mohammed Amrani, geboren op 15-06-2006, in de woning verblijven. De huisbewaarder heeft geen eigen woning."]  # fmt: skip
    document = only_document(lines_pdf(lines))
    assert document.doc_type == "huisbewaring_aanvraag"
    assert (document.fields["start_date"].value, document.fields["end_date"].value) == ("2026-11-11", "2027-02-26")


def test_a_request_for_care_leave_is_none_of_the_types():
    rows = [(63, 61, "Hogeschool Utrecht"), (472, 61, "HR-formulier V-07"), (63, 93, "Aanvraag langdurend zorgverlof"),
            (63, 119, "Op grond van de Wet arbeid en zorg. Lever dit formulier twee weken voor de ingangsdatum in.")]  # fmt: skip
    for i, (label, value) in enumerate([("Naam medewerker", "Farid Rahimi"), ("Personeelsnummer", "40732"), ("Afdeling", "Financiën"),
                                        ("Naam verzorgde", "F. Ahmadzai"), ("Relatie tot medewerker", "moeder"), ("Uren verlof per week", "16"),
                                        ("Ingangsdatum", "22 Apr 2026"), ("Einddatum", "3 Jun 2026"), ("Datum aanvraag", "8 Apr 2026")]):  # fmt: skip
        rows += [(63, 141 + 16.5 * i, label), (237, 141 + 16.5 * i, value)]
    (document,) = documents_of(read_bytes(placed_pdf([rows]), "verlof.pdf"))
    assert document.doc_type == "unknown"
