"""Contracts that call their parties by plain roles, and documents that say what they are not
(issue 17: fresh13's studied `onderhuur_toestemmingsstempel_corporatie`,
`nulurencontract_schoonmaak_objecten` and the look-alike `gemeente_inkomensverklaring_bijstand`).

- A sublet contract's preamble may call the main tenant plain "de huurder" beside "de
  onderhuurder"; beside "de verhuurder", "de huurder" is the subtenant
  (`huurovereenkomst_onderhuur._plain_huurder`).
- The main lease's own start ("huurovereenkomst 236397 met Ymere, ingegaan op 23 mei 2022")
  is an event told, not the term the contract sets ("met ingang van 1 mei 2026": `_STARTS`).
- "loopt ook deze overeenkomst af": a verb whose particle ends the clause (`concepts`' gap).
- "Aldus overeengekomen te Zundert op ...": a signing formula of the label table.
- A title's word before a role ("Arbeidsovereenkomst oproepkracht") is nobody's name.
- A municipality's "Inkomensverklaring uitkering Participatiewet" that says "Deze verklaring is
  geen inkomensverklaring van de Belastingdienst" is scored as an income statement on its own
  evidence only (`titles.without_claims`), and its letter's parts make it no other type.
"""

from __future__ import annotations

import pytest

from extractors.huurovereenkomst_onderhuur import _end_statement
from tests.extractors.rendered import field_values, lines_pdf, only_document

SUBLET = [
    "Overeenkomst van onderhuur",
    "Ondergetekenden",
    "1. Mirjam Kok, geboren op 11-01-1980, huurder van de woning Kastanjelaan 5, 7412 AB Deventer op grond van",
    "huurovereenkomst 120934 met Rentree, ingegaan op 1 februari 2019, hierna: de huurder;",
    "2. Yusuf Aydin, geboren op 05-09-2001, hierna: de onderhuurder;",
    "komen het volgende overeen:",
    "a. De huurder verhuurt aan de onderhuurder een kamer in de woning, met medegebruik van de keuken,",
    "met ingang van 1 juli 2026.",
    "b. De huurprijs bedraagt EURO 410,00 per maand, inclusief gas, water en elektriciteit.",
    "c. Wanneer de hoofdhuur om welke reden dan ook afloopt, loopt ook deze overeenkomst af.",
    "Aldus overeengekomen te Deventer op 20 juni 2026.",
    "De huurder                De onderhuurder",
]


def test_a_sublet_contract_with_the_main_tenant_called_de_huurder():
    document = only_document(lines_pdf(SUBLET))
    assert document.doc_type == "huurovereenkomst_onderhuur"
    fields = field_values(document)
    assert (fields["tenant_name"], fields["subtenant_name"]) == ("Mirjam Kok", "Yusuf Aydin")
    assert fields["start_date"] == "2026-07-01"  # not the main lease's 2019-02-01
    assert fields["end_with_main_lease"] is True
    assert fields["signed_date"] == "2026-06-20"


def test_beside_de_verhuurder_de_huurder_is_the_subtenant():
    lines = [line.replace("hierna: de huurder;", "hierna: de verhuurder;").replace("hierna: de onderhuurder;", "hierna: de huurder;")
             for line in SUBLET]  # fmt: skip
    fields = field_values(only_document(lines_pdf(lines)))
    assert fields["tenant_name"] != "Yusuf Aydin"
    assert fields["subtenant_name"] == "Yusuf Aydin"


@pytest.mark.parametrize(("sentence", "said"), [
    ("Wanneer de hoofdhuur om welke reden dan ook afloopt, loopt ook deze overeenkomst af.", True),
    ("Als de huur van de hoofdhuurder eindigt, houdt ook deze overeenkomst op.", True),
    ("Deze overeenkomst loopt niet af wanneer de hoofdhuur afloopt.", False),
    ("De onderhuurder loopt de trap af en de hoofdhuur loopt door.", None),
])  # fmt: skip
def test_a_verb_whose_particle_ends_the_clause_ends_the_agreement(sentence, said):
    assert _end_statement(sentence) is said


ON_CALL = [
    "Schoonmaakbedrijf De Wit B.V.",
    "Arbeidsovereenkomst oproepkracht",
    "De ondergetekenden: Schoonmaakbedrijf De Wit B.V., gevestigd te Emmen, hierna: werkgever, en P.",
    "Ramdin, geboren op 12-12-1985, wonende Dorpsstraat 4, Emmen, hierna: werknemer, komen het",
    "volgende overeen.",
    "Artikel 1 Duur",
    "Deze overeenkomst is aangegaan voor bepaalde tijd van 01-07-2026 tot en met 30-06-2027.",
    "Standplaats: Emmen.",
]


def test_a_title_s_word_before_a_role_is_nobody_s_name():
    fields = field_values(only_document(lines_pdf(ON_CALL)))
    assert fields["employee_name"] == "P. Ramdin"


ASSISTANCE_STATEMENT = [
    "Gemeente Leiden",
    "Werk en Inkomen",
    "J.K. Bakker",
    "Morsweg 12",
    "2332 EA Leiden",
    "Datum 13 februari 2026",
    "Inkomensverklaring uitkering Participatiewet",
    "Hierbij verklaren wij dat Jan Klaas Bakker van 1 januari 2025 tot en met 31 december 2025 een uitkering",
    "ontving op grond van de Participatiewet.",
    "Uitkering netto per maand EURO 1.234,87",
    "Deze verklaring is geen inkomensverklaring van de Belastingdienst. Heeft u een verklaring van uw",
    "verzamelinkomen nodig, vraag die dan aan bij de Belastingdienst.",
    "Met vriendelijke groet,",
    "de consulent Werk en Inkomen",
]


def test_a_statement_that_says_it_is_no_income_statement_is_none_of_the_contract_s_types():
    assert only_document(lines_pdf(ASSISTANCE_STATEMENT)).doc_type == "unknown"
