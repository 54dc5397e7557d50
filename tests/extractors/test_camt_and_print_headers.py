"""A bank statement exported as camt.053 (ISO 20022's XML, what internet banking exports) and
printed from a browser (issue 17: fresh12's studied half read nothing of it and took it for
no statement): its tags are its labels, the entries' own names, IBANs and dates are not the
statement's, and the browser's print header on every page holds the file together.
A printed statement that merely offers a camt.053 download is read as before."""

from __future__ import annotations

from extractors.documents import documents_of
from extractors.pages import read_bytes
from tests.extractors.rendered import placed_pdf

_HEADER = (40, 30, "9-8-2026, 12:25   camt053_NL37ABNA6312257337.xml")


def _xml(lines: list[str], top: float = 60) -> list[tuple[float, float, str]]:
    return [_HEADER] + [(40 + 8 * (len(line) - len(line.lstrip())), top + 13 * i, line.strip()) for i, line in enumerate(lines)]


_PAGE_1 = [
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">',
    " <BkToCstmrStmt>",
    "  <GrpHdr>",
    "   <CreDtTm>2026-08-02T06:04:49</CreDtTm>",
    "  </GrpHdr>",
    "  <Stmt>",
    "   <Id>NL37ABNA6312257337-20260802</Id>",
    "   <CreDtTm>2026-08-02T06:04:49</CreDtTm>",
    "   <Acct>",
    "    <Id>",
    "     <IBAN>NL37ABNA6312257337</IBAN>",
    "    </Id>",
    "    <Ownr>",
    "     <Nm>KOZLOWSKA P.K. EN/OF AHMADZAI M.</Nm>",
    "    </Ownr>",
    "   </Acct>",
    "   <Ntry>",
    "    <Amt>336.61</Amt>",
    "    <BookgDt>",
    "     <Dt>2026-07-15</Dt>",
    "    </BookgDt>",
    "    <RltdPties>",
    "     <Nm>STICHTING PENSIOENFONDS ABP</Nm>",
    "     <IBAN>NL44INGB0160761790</IBAN>",
    "    </RltdPties>",
    "   </Ntry>",
]
_PAGE_2 = [
    "   <Ntry>",
    "    <Amt>1329.69</Amt>",
    "    <RltdPties>",
    "     <Nm>WOONSTICHTING DE KEY</Nm>",
    "     <IBAN>NL20INGB6158225468</IBAN>",
    "    </RltdPties>",
    "   </Ntry>",
    "  </Stmt>",
    " </BkToCstmrStmt>",
    "</Document>",
]


def test_a_printed_camt053_is_one_statement_read_from_its_tags():
    (document,) = documents_of(read_bytes(placed_pdf([_xml(_PAGE_1), _xml(_PAGE_2)]), "camt053.pdf"))
    assert (document.doc_type, document.pages) == ("bankafschrift", (1, 2))
    fields = {name: field.value for name, field in document.fields.items()}
    assert fields == {"account_holders": ["KOZLOWSKA P.K.", "AHMADZAI M."], "iban": "NL37ABNA6312257337", "statement_date": "2026-08-02"}


def test_a_statement_that_offers_a_camt053_download_is_read_as_a_statement():
    rows = [(63, 40, "ING Bank"), (63, 60, "Rekeningafschrift"), (63, 90, "Rekeninghouder  J. de Vries"), (63, 104, "IBAN  NL61INGB0417164300"),
            (63, 118, "Datum afschrift  3 augustus 2026"), (63, 140, "Download dit afschrift ook als camt.053-bestand in Mijn ING.")]  # fmt: skip
    (document,) = documents_of(read_bytes(placed_pdf([rows]), "afschrift.pdf"))
    fields = {name: field.value for name, field in document.fields.items()}
    assert document.doc_type == "bankafschrift"
    assert fields == {"account_holders": ["J. de Vries"], "iban": "NL61INGB0417164300", "statement_date": "2026-08-03"}
