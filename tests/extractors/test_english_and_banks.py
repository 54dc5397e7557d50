"""Documents in English, and a bank known by its IBAN (issue 17), each on a real PDF.

Expat employers, international banks and bilingual forms print their labels and titles
in English; the labels and titles are data (`extractors/labels.toml`, `titles.toml`).
A bank statement whose logo OCR could not read still carries the bank's code in its
IBAN (`extractors/lexicon/banks.txt`). The documents are our own, written to the concept.
"""

from __future__ import annotations

from stdnum import iban as stdnum_iban

from extractors import lexicon
from extractors.documents import documents_of
from extractors.pages import read_bytes
from tests.extractors.rendered import lines_pdf
from woondossier.model import DocType


def _documents(lines: list[str]):
    return documents_of(read_bytes(lines_pdf(lines), "sample.pdf"))


def _iban(bank_code: str, account: str = "0417164300") -> str:
    """A Dutch IBAN of this bank code whose checksum holds, printed in groups of four."""
    body = f"{bank_code}{account}"
    compact = f"NL{stdnum_iban.calc_check_digits('NL00' + body)}{body}"
    assert stdnum_iban.is_valid(compact)
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _statement(iban: str) -> list[str]:
    # no title, no bank name: the holders' label and the IBAN are all that say "statement"
    return [
        "Overzicht juli 2026",
        "Rekeninghouders   J. de Boer en K. Smit",
        f"IBAN   {iban}",
        "Aangemaakt op   01-08-2026",
        "",
        "Datum        Omschrijving           Bedrag",
        "03-07-2026   Albert Heijn          -45,20",
        "06-07-2026   Salaris               2.310,00",
    ]


def test_a_statement_is_known_by_the_bank_code_in_its_iban():
    (document,) = _documents(_statement(_iban("HAND")))
    assert document.doc_type == DocType.bankafschrift
    assert document.fields["account_holders"].value == ["J. de Boer", "K. Smit"]
    assert document.fields["iban"].value == _iban("HAND").replace(" ", "")


def test_an_iban_of_no_bank_we_know_is_no_such_evidence():
    assert lexicon.bank_of_code("ZZZZ") is None
    (document,) = _documents(_statement(_iban("ZZZZ")))
    assert document.doc_type == DocType.unknown


def test_bank_names_are_found_as_printed():
    import re

    found = [m.group(0) for m in re.finditer(lexicon.bank_regex(), "Svenska Handelsbanken AB (publ), filiaal Nederland; Van Lanschot Kempen")]
    assert found == ["Svenska Handelsbanken", "Van Lanschot Kempen"]
    assert not re.search(lexicon.bank_regex(), "Rekening ingesloten, going well")  # "ING" is a word, not "ing"


def test_an_employment_contract_in_english():
    (document,) = _documents([
        "EMPLOYMENT CONTRACT",
        "",
        "Employer:        Northwind Logistics B.V.",
        "Employee:        Priya Raman",
        "Start date:      1 March 2026",
        "End date:        28 February 2027",
        "Place of work:   Eindhoven",
        "",
        "The parties agree to the terms below.",
    ])
    assert document.doc_type == DocType.arbeidsovereenkomst
    values = {name: field.value for name, field in document.fields.items()}
    assert values["employer"] == "Northwind Logistics B.V."
    assert values["employee_name"] == "Priya Raman"
    assert values["start_date"] == "2026-03-01"
    assert values["end_date"] == "2027-02-28"
    assert values["place"] == "Eindhoven"


def test_an_account_statement_in_english():
    (document,) = _documents([
        "Account statement",
        "Account holders   Mei Lin Chen",
        f"Account number   {_iban('INGB')}",
        "Statement date   31 July 2026",
        "Date        Description           Amount",
        "03-07-2026   Jumbo                 -45,20",
    ])
    assert document.doc_type == DocType.bankafschrift
    assert document.fields["account_holders"].value == ["Mei Lin Chen"]
    assert document.fields["statement_date"].value == "2026-07-31"
