"""Every error woondossier raises on purpose, as one tree.

    WoondossierError                 base: carries `file`, `page`, `row` as data
    ├── InputError                   one input file cannot be read; recorded, the batch goes on
    │   ├── UnreadableFileError      empty, truncated, corrupt, or not what its name says
    │   ├── UnsupportedFileError     a format woondossier does not read
    │   ├── EncryptedFileError       a password-protected PDF
    │   ├── TooLargeFileError        beyond the configured size, page or pixel limits
    │   └── OcrError                 Tesseract failed or is missing
    ├── ApplicationError             an application folder or its aanvraag.json is invalid
    ├── RegisterError                register.csv cannot be used (names the row and column)
    ├── PolicyError                  a policy file is missing or invalid
    ├── StoreError                   the results database cannot be opened or migrated
    │   └── RunLocked                another run holds the output folder or the database
    ├── RunError                     a run stopped on an operational failure (disk, permissions, database)
    └── ReviewError                  an analyst's action in the review application cannot be done

Each message says what went wrong and what to do next, so it can go into a
result's `errors` list as it is. Library exceptions are translated where the
library is called (`extractors/pages.py`), never matched by message text.
"""

from __future__ import annotations


class WoondossierError(Exception):
    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        page: int | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.page = page
        self.row = row
        self.column = column


class InputError(WoondossierError):
    """One input file (or page) cannot be read; the batch records it and goes on."""


class UnreadableFileError(InputError):
    pass


class UnsupportedFileError(InputError):
    pass


class EncryptedFileError(InputError):
    pass


class TooLargeFileError(InputError):
    pass


class OcrError(InputError):
    pass


class ApplicationError(WoondossierError):
    pass


class RegisterError(WoondossierError):
    pass


class PolicyError(WoondossierError):
    pass


class StoreError(WoondossierError):
    pass


class RunError(WoondossierError):
    """A run stopped on an operational failure: its message is the one line `run` prints."""


class ReviewError(WoondossierError):
    """An analyst's action was refused (a missing note, an unknown field, a taken user name)."""
