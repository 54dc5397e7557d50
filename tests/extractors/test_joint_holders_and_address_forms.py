"""How banks print the holders of one account (issue 17, found by writing bank layouts of
our own before fresh14 was looked at): "J. Jansen en/of A. Bakker" read one holder of two,
a bank's capitals "J JANSEN EO A BAKKER" read as one person at full confidence, the holder
after the account's number ("NL91 ABNA 0417 1643 00 t.n.v. J. Jansen") read nothing, and an
address block of "Hr J Jansen" over "Mw A Bakker" read nothing.

- `names.JOINED`: what joins two names into one value, used by the statement's reader and
  by the label table's `names` kind alike;
- `names.TITLE_FORMS`: the lexicon's forms of address, each stop optional, for the address
  block (`prose_facts.addressees`), which takes every addressed line stacked over the street;
- `bankafschrift._HOLDER_LABELS`: "t.n.v." after an IBAN.
"""

from __future__ import annotations

import pytest

from tests.extractors.rendered import only_document, placed_pdf

_HEAD = [(63, 40, "Rabobank"), (63, 60, "Rekeningafschrift"), (63, 80, "Afschriftdatum 31-03-2026")]
_TRANSACTIONS = [(63, 220, "Datum"), (150, 220, "Omschrijving"), (400, 220, "Bedrag"),
                 (63, 235, "02-03-2026"), (150, 235, "Huur maart"), (400, 235, "-650,00"),
                 (63, 250, "25-03-2026"), (150, 250, "Salaris"), (400, 250, "2.100,00")]  # fmt: skip


def _holders(*rows):
    document = only_document(placed_pdf([_HEAD + list(rows) + _TRANSACTIONS]))
    assert document.doc_type == "bankafschrift"
    return document.fields["account_holders"].value


@pytest.mark.parametrize("printed", [
    "Rekeninghouder(s): M. Visser en/of S. Öztürk",
    "Rekeninghouder M. Visser e/o S. Öztürk",
    "Rekeninghouders M. Visser & S. Öztürk",
    "Account holders: Mr M. Visser and/or Mrs S. Öztürk",
])  # fmt: skip
def test_two_holders_joined_in_one_line_are_two(printed):
    assert _holders((63, 110, printed), (63, 125, "IBAN NL91 ABNA 0417 1643 00")) == ["M. Visser", "S. Öztürk"]


def test_a_bank_s_capitals_with_eo_between_are_two_holders():
    assert _holders((63, 110, "Ten name van M VISSER EO S OZTURK"), (63, 125, "IBAN NL91ABNA0417164300")) == ["M VISSER", "S OZTURK"]


def test_a_surname_that_holds_the_letters_eo_is_one_name():
    assert _holders((63, 110, "Rekeninghouder Leo van Deon"), (63, 125, "IBAN NL91ABNA0417164300")) == ["Leo van Deon"]


def test_the_holder_after_the_account_number():
    assert _holders((63, 110, "Rekening NL91 ABNA 0417 1643 00 t.n.v. M. Visser")) == ["M. Visser"]


def test_an_address_block_of_two_persons_each_with_a_form_of_address():
    rows = [(63, 110, "Hr M Visser"), (63, 122, "Mw S Öztürk"), (63, 134, "Kerkstraat 12"), (63, 146, "3511 AB Utrecht"),
            (300, 110, "IBAN NL91ABNA0417164300")]  # fmt: skip
    assert _holders(*rows) == ["M Visser", "S Öztürk"]
