"""Everything a check may look at for one application, in one frozen record.

A check sees the registration (`Application`), the tenancy's register row (or None,
and why), and the documents found in the application folder, each carrying the file
it came from. It sees nothing else: no files, no clock, no settings beyond the
`Policy`, so every check is a pure function of (`Facts`, `Policy`).

When an application holds several documents of one type (two BRP extracts, a
corrected contract), a check uses one of them, chosen deterministically: the most
recent by the document's own date, ties going to the first file in name order. The
chosen file is in the check's evidence and the choice is said in its reason. (A
check whose rule asks whether *any* document qualifies, as `brp_extract_recent` and
`joint_household_evidence` do, looks at all of them.)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

from validators.application import Application
from validators.dates import parse_iso
from validators.register import Register, RegisterRow
from woondossier.model import DocType, Document

REGISTER_FILE = "register.csv"  # the inbox's register (CONTRACT.md §2), when the Register names no file


class RegisterStatus(StrEnum):
    """Whether the tenancy's register row is known, and if not, why not."""

    found = "found"
    no_register = "no_register"
    no_tenancy_id = "no_tenancy_id"
    not_in_register = "not_in_register"


class Facts(BaseModel):
    model_config = ConfigDict(frozen=True)

    application: Application
    register_row: RegisterRow | None = None
    register_status: RegisterStatus = RegisterStatus.no_register
    register_file: str | None = None  # the register's file name, for evidence; None without a register
    documents: tuple[Document, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _status_follows_row(cls, data: Any) -> Any:
        # A row means the register answered; without one the status must say why not.
        if isinstance(data, dict) and "register_status" not in data:
            data = {**data, "register_status": RegisterStatus.found if data.get("register_row") else RegisterStatus.no_register}
        return data

    @model_validator(mode="after")
    def _status_matches_row(self) -> Facts:
        if (self.register_row is not None) != (self.register_status is RegisterStatus.found):
            raise ValueError(f"register_status {self.register_status} contradicts register_row")
        return self

    @property
    def register_note(self) -> str:
        """Why the register cannot answer, as the sentence a check gives as its reason."""
        tenancy = self.application.tenancy_id
        return {
            RegisterStatus.found: f"huurcontract {tenancy} staat in het register",
            RegisterStatus.no_register: "geen register aangeleverd; het registergegeven is onbekend",
            RegisterStatus.no_tenancy_id: "de aanvraag noemt geen huurcontract (tenancy_id); het registergegeven is onbekend",
            RegisterStatus.not_in_register: f"huurcontract {tenancy} staat niet in het register; controleer het tenancy_id",
        }[self.register_status]

    def documents_of(self, doc_type: DocType) -> tuple[Document, ...]:
        """The documents of one type, in file-name and page order."""
        found = (d for d in self.documents if d.doc_type is doc_type)
        return tuple(sorted(found, key=_document_order))

    def latest(self, doc_type: DocType, date_field: str) -> Picked | None:
        """The most recent document of `doc_type` by its `date_field`, or None if there is none."""
        return pick_latest(self.documents_of(doc_type), date_field)


@dataclass(frozen=True)
class Picked:
    """One document chosen among several, with the words that say so in a reason."""

    document: Document
    among: int  # how many documents of its type there were

    @property
    def note(self) -> str:
        """'' for the only document; otherwise which one was used, e.g. " (nieuwste van 2: brp2.pdf)"."""
        if self.among <= 1:
            return ""
        return f" (nieuwste van {self.among}: {self.document.file or 'zonder bestandsnaam'})"


def pick_latest(documents: Iterable[Document], date_field: str) -> Picked | None:
    """The document with the latest readable `date_field`; an undated one only if none is dated.

    `max` keeps the first of equal keys, and `documents` come in file-name order, so
    the choice never depends on the order files were read in.
    """
    ordered = sorted(documents, key=_document_order)
    if not ordered:
        return None
    chosen = max(ordered, key=lambda d: parse_iso(d.value(date_field)) or date.min)
    return Picked(document=chosen, among=len(ordered))


def _document_order(document: Document) -> tuple[str, tuple[int, ...]]:
    return (document.file or "", document.pages)


def gather_facts(
    application: Application,
    documents: Iterable[Document],
    register: Register | None,
) -> Facts:
    """The `Facts` of one application: its documents and its register row, if any."""
    if register is None:
        row, status = None, RegisterStatus.no_register
    elif application.tenancy_id is None:
        row, status = None, RegisterStatus.no_tenancy_id
    else:
        row = register.get(application.tenancy_id)
        status = RegisterStatus.found if row is not None else RegisterStatus.not_in_register
    known = tuple(d for d in documents if d.doc_type is not DocType.unknown)
    register_file = None if register is None else Path(register.file).name if register.file else REGISTER_FILE
    return Facts(
        application=application, register_row=row, register_status=status, register_file=register_file,
        documents=known,
    )  # fmt: skip
