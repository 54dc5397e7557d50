"""Letters written for someone else (issue 17: fresh13's studied `brief_kind_namens_ouder`,
a daughter asking house-sitting for her father, and `jonge_mantelzorger_school_zorgcoordinator`,
a school's declaration on a pupil who cares for a parent).

What such a letter prints that a tenant's own letter does not:
- the writer's own birth date in the sender block ("geboren 17-10-1974"), while the sitter's
  stands beside the sitter's name in a sentence (`prose_facts.born_on`);
- the tenant in a relative clause, by what a tenant does ("mijn vader, X, die de woning ...
  van u huurt": `labels.toml`'s `acts`, read by `prose_facts.named_in_role`);
- another paper's date after a signing label inside a sentence ("Een machtiging ..., getekend
  op 10 mei 2026, stuur ik mee"), while the letter's own date is its place-and-date line with
  a weekday ("Vught, woensdag 03-06-2026": `locating._signing_date`);
- the reason in one sentence and "Daarom vraagt hij ..." in the next (`_THEREFORE`);
- the compensation the sitter, named, pays "p.m." (`values.PER_MONTH`);
- a pupil ("Leerling") as the carer, the parent cared for named after the relation ("voor zijn
  moeder, A.I. Isenia"), and a school's letterhead told an organisation's by the lexicon.
"""

from __future__ import annotations

from tests.extractors.rendered import field_values, lines_pdf, only_document, placed_pdf

ON_BEHALF = [
    "Sanne Verbeek",
    "Lindelaan 3",
    "3581 KL Utrecht",
    "geboren 02-03-1970",
    "",
    "Woonstichting Het Gooi",
    "Postbus 120",
    "1200 AC Hilversum",
    "",
    "Utrecht, dinsdag 09-06-2026",
    "Betreft: aanvraag huisbewaring voor de woning van mijn moeder",
    "Geachte heer/mevrouw,",
    "Ik schrijf deze brief namens mijn moeder, Grietje Verbeek, die de woning aan de Dorpsstraat",
    "12 in Huizen van u huurt. Mijn moeder maakt een lange reis naar familie in Canada.",
    "Daarom vraagt zij toestemming voor huisbewaring.",
    "Mijn moeder is afwezig van maandag 03-08-2026 tot en met vrijdag 30-10-2026. In die tijd woont",
    "Tomasz Nowak, geboren op 14-02-1998, in de woning. Tomasz Nowak betaalt mijn moeder € 300,- p.m.",
    "als bijdrage in de vaste lasten.",
    "Een volmacht van mijn moeder, getekend op 12 mei 2026, stuur ik mee.",
    "Met vriendelijke groet,",
    "Sanne Verbeek",
]


def test_a_letter_on_behalf_of_the_tenant_reads_the_tenant_the_sitter_and_the_letter_s_own_date():
    document = only_document(lines_pdf(ON_BEHALF))
    assert document.doc_type == "huisbewaring_aanvraag"
    fields = field_values(document)
    assert fields["tenant_name"] == "Grietje Verbeek"
    assert fields["sitter_name"] == "Tomasz Nowak"
    assert fields["sitter_birth_date"] == "1998-02-14"  # not the writer's 1970-03-02
    assert fields["signed_date"] == "2026-06-09"  # the letter's date, not the power of attorney's
    assert fields["reason"] == "travel"
    assert fields["compensation"] == "300.00"
    assert (fields["start_date"], fields["end_date"]) == ("2026-08-03", "2026-10-30")


def test_what_the_tenant_pays_is_no_compensation():
    """Only the sitter, named or as huisbewaarder, pays a compensation: the tenant's own rent
    in the same letter is none."""
    lines = [line for line in ON_BEHALF if "betaalt" not in line and "vaste lasten" not in line]
    lines.insert(-3, "Mijn moeder betaalt € 650,- p.m. huur; die loopt gewoon door.")
    assert field_values(only_document(lines_pdf(lines)))["compensation"] is None


YOUNG_CARER = [
    (380, 50, "Almere, 2 juni 2026"),
    (63, 70, "Christelijk Lyceum Almere"),
    (63, 84, "BRIN 12XY"),
    (63, 120, "Verklaring jonge mantelzorger"),
    (63, 145, "Leerling"), (200, 145, "Noah Pinas"),
    (63, 160, "Geboortedatum"), (200, 160, "04-05-2009"),
    (63, 175, "Mentor"), (200, 175, "R. Tahiri"),
    (63, 205, "Noah Pinas zorgt samen met zijn zus voor zijn vader, K.L. Pinas. Door zijn ziekte is er"),
    (63, 218, "24 uur per dag zorg en toezicht nodig. Deze verklaring is opgesteld op verzoek van Noah Pinas."),
    (63, 250, "M. de Graaf"),
    (63, 263, "zorgcoördinator"),
]


def test_a_school_s_declaration_on_a_young_carer():
    document = only_document(placed_pdf([YOUNG_CARER]))
    assert document.doc_type == "mantelzorgverklaring"
    fields = document.fields
    assert fields["caregiver_name"].value == "Noah Pinas"
    assert fields["care_recipient_name"].value == "K.L. Pinas"
    assert fields["issuer"].value == "Christelijk Lyceum Almere"
    assert fields["issuer"].confidence < 0.9  # told by the lexicon's word only
    assert fields["issue_date"].value == "2026-06-02"
