"""One input file in, its documents and errors out: the whole of `woondossier extract`.

`extract_file` never raises for a bad file: whatever cannot be read becomes an
`errors` entry with a message a clerk can act on, and whatever can be read still
comes through (one corrupt attachment of an e-mail does not lose the others).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from woondossier.errors import InputError, UnreadableFileError
from woondossier.model import Document, FileError, FileResult, Page

from . import concepts
from .registry import BY_TYPE
from .amendments import current_terms
from .specimens import without_specimens
from .classify import classify_pages, enclosure, split_documents
from .locating import fill_from_labels
from .pages import DEFAULT_LIMITS, Limits, read_bytes, sheet, sniff

log = logging.getLogger(__name__)


def extract_file(path: Path, name: str | None = None, limits: Limits = DEFAULT_LIMITS) -> FileResult:
    """Read, split, classify and extract one file; every failure is an `errors` entry."""
    name = name or path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _failed(name, UnreadableFileError(f"cannot open the file: {exc.strerror}", file=name))
    try:
        if sniff(data) == "eml" or path.suffix.lower() == ".eml":
            return _extract_email(data, name, limits)
        return FileResult(file=name, documents=tuple(_documents_or_raise(read_bytes(data, name, limits), name)))
    except InputError as exc:
        return _failed(name, exc)
    except Exception as exc:  # a bug or a library failure we did not foresee: keep the batch going
        log.exception("unexpected failure on %s", name)
        return _failed(name, UnreadableFileError(f"internal error while reading ({type(exc).__name__}); report this file to the developers", file=name))


def documents_of(pages: Sequence[Page], attachment: str | None = None) -> list[Document]:
    """The documents on a file's pages: split, classify and extract each."""
    documents = []
    for group in split_documents(pages):
        with concepts.as_printed(not any(p.ocr for p in group)):  # a text layer's words are as printed: no slip to allow
            doc_type, confidence = classify_pages(group)
            extractor = BY_TYPE.get(doc_type)
            read = current_terms(without_specimens(enclosure(group)))  # a covering letter's own date and addressee are not the enclosed document's, nor an amendment's old terms
            fields = fill_from_labels(doc_type, read, extractor.extract(read)) if extractor else {}
        documents.append(
            Document(
                doc_type=doc_type,
                pages=tuple(p.number for p in group),
                confidence=confidence,
                ocr=any(p.ocr for p in group),
                fields=fields,
                attachment=attachment,
                sheets=tuple(sheet(p) for p in group),
            )
        )
    return documents


def _extract_email(data: bytes, name: str, limits: Limits) -> FileResult:
    """Every attachment of an e-mail, pages numbered on across attachments."""
    import email  # here: `extract` of one PDF or photo does not pay for the e-mail package
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.default)
    documents: list[Document] = []
    errors: list[FileError] = []
    offset = 0
    attachments = [part for part in message.iter_attachments() if part.get_filename()]
    if not attachments:
        raise UnreadableFileError("the e-mail has no attachments to read", file=name)
    for part in attachments:
        label = f"{name}/{part.get_filename()}"
        try:
            content = part.get_content()
            if isinstance(content, str):
                content = content.encode()
            pages = read_bytes(content, label, limits)
        except InputError as exc:
            errors.append(FileError(file=label, page=None, error=exc.message))
            continue
        except Exception as exc:  # a malformed MIME part: record it, read the others
            errors.append(FileError(file=label, page=None, error=f"attachment cannot be decoded ({type(exc).__name__})"))
            continue
        renumbered = [p.model_copy(update={"number": p.number + offset}) for p in pages]
        offset += len(pages)
        found = documents_of(renumbered, attachment=part.get_filename())
        if not found:
            errors.append(FileError(file=label, page=None, error=NOTHING_TO_READ))
        documents.extend(found)
    return FileResult(file=name, documents=tuple(documents), errors=tuple(errors))


NOTHING_TO_READ = "no text found on any page (blank, or too faint or damaged to read); ask for a better scan or photo"


def _documents_or_raise(pages: Sequence[Page], name: str) -> list[Document]:
    """The documents on the pages; a file without any is an error, never silently nothing."""
    documents = documents_of(pages)
    if not documents:
        raise UnreadableFileError(NOTHING_TO_READ, file=name)
    return documents


def _failed(name: str, exc: InputError) -> FileResult:
    return FileResult(file=name, errors=(FileError(file=exc.file or name, page=exc.page, error=exc.message),))

