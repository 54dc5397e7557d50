"""Find the applications in an inbox and the files in each (CONTRACT.md §2).

Every file below an application folder is listed, however it is named, so that it ends
up either read or in `errors`: nothing is silently dropped. Links are not followed
out of the inbox (a link to `/etc/passwd` or a link loop is an error entry, not a read).
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from validators import Application, load_application
from woondossier.errors import ApplicationError
from woondossier.model import FileError

APPLICATION_FILE = "aanvraag.json"
REGISTER_FILE = "register.csv"


@dataclass(frozen=True)
class ApplicationFolder:
    folder: str  # the folder's name in the inbox
    path: Path
    files: tuple[str, ...]  # paths relative to the folder, in a stable order
    skipped: tuple[FileError, ...]  # files that must not be read (links out of the inbox)


_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


@dataclass(frozen=True)
class Intake:
    """An application as registered: its folder, and its aanvraag.json or why that failed."""

    folder: ApplicationFolder
    application: Application | None
    error: FileError | None

    @property
    def application_id(self) -> str:
        """The id from aanvraag.json when it is usable as a folder name, else the folder's name."""
        if self.application and _SAFE_ID.match(self.application.application_id):
            return self.application.application_id
        return self.folder.folder


def ingest(inbox: Path) -> list[Intake]:
    """Every application in the inbox with its registration loaded (or the reason it failed)."""
    return [_intake(folder) for folder in list_applications(inbox)]


def _intake(folder: ApplicationFolder) -> Intake:
    try:
        return Intake(folder=folder, application=load_application(folder.path / APPLICATION_FILE), error=None)
    except ApplicationError as exc:
        return Intake(folder=folder, application=None, error=FileError(file=APPLICATION_FILE, error=exc.message))


def list_applications(inbox: Path) -> list[ApplicationFolder]:
    """Every application folder in the inbox, sorted by name."""
    return [
        _application(entry)
        for entry in sorted(inbox.iterdir(), key=lambda p: p.name)
        if entry.is_dir() and not entry.is_symlink() and not entry.name.startswith(".")
    ]


def _application(folder: Path) -> ApplicationFolder:
    files: list[str] = []
    skipped: list[FileError] = []
    root = folder.resolve()
    for directory, subdirs, names in os.walk(folder, followlinks=False):
        here = Path(directory)
        for sub in list(subdirs):
            if (here / sub).is_symlink():
                subdirs.remove(sub)
                skipped.append(_link_error(here / sub, folder, "a linked folder is not followed"))
        subdirs.sort()
        for name in sorted(names):
            path = here / name
            relative = path.relative_to(folder).as_posix()
            if relative == APPLICATION_FILE:
                continue
            if path.is_symlink():
                target = path.resolve() if path.exists() else None
                if target is None or not target.is_relative_to(root) or not target.is_file():
                    skipped.append(_link_error(path, folder, "a link pointing outside the application folder or nowhere is not read"))
                    continue
            files.append(relative)
    return ApplicationFolder(folder=folder.name, path=folder, files=tuple(files), skipped=tuple(skipped))


def _link_error(path: Path, folder: Path, why: str) -> FileError:
    return FileError(file=path.relative_to(folder).as_posix(), page=None, error=f"{why}; upload the file itself")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
