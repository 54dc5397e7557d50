"""Finding the tenant and the applicant among the people a document names.

A BRP extract's `persons` field is one `Field` whose value is a list of
`{name, birth_date, bsn, registered_since}`; a bank statement's `account_holders` a
list of names. These helpers read such lists defensively (an extractor may leave an
entry half-read) and locate a person in them by `names.find_person`, so every check
handles "not listed", "listed" and "cannot tell" the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from extractors.values import mask_bsn
from validators._trail import Trail
from validators.names import NameMatch, find_person
from woondossier.model import Document


@dataclass(frozen=True)
class Person:
    """One entry of a BRP extract's `persons`; None where the entry could not be read."""

    name: str | None
    birth_date: str | None
    bsn: str | None
    registered_since: str | None

    @property
    def masked_bsn(self) -> str:
        return mask_bsn(self.bsn)


def persons_on(trail: Trail, document: Document) -> tuple[Person, ...] | None:
    """The persons a BRP extract lists, or None when the list could not be read."""
    value = trail.field(document, "persons")
    if not isinstance(value, list | tuple):
        return None
    persons = []
    for entry in value:
        if not isinstance(entry, dict):
            return None  # an entry we cannot interpret makes the whole list unreliable
        persons.append(
            Person(
                name=_text(entry.get("name")),
                birth_date=_text(entry.get("birth_date")),
                bsn=_text(entry.get("bsn")),
                registered_since=_text(entry.get("registered_since")),
            )
        )
    return tuple(persons)


def names_on(trail: Trail, document: Document, field: str) -> tuple[str | None, ...] | None:
    """A list-of-names field (`account_holders`), or None when it could not be read."""
    value = trail.field(document, field)
    if not isinstance(value, list | tuple):
        return None
    return tuple(_text(v) for v in value)


def locate(name: str | None, persons: tuple[Person, ...]) -> tuple[NameMatch, Person | None]:
    """Where `name` is among `persons`: (match, person), or (no_match / ambiguous, None)."""
    verdict, index = find_person(name, [p.name for p in persons])
    return verdict, (persons[index] if index is not None else None)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
