"""Find the applications in an inbox and the files in each (CONTRACT.md §2).

Every file below an application folder is listed, however it is named, so that it ends
up either read or in `errors`: nothing is silently dropped. Links are not followed
out of the inbox (a link to `/etc/passwd` or a link loop is an error entry, not a read),
and neither is an `aanvraag.json` that is such a link. A file whose name is not valid
UTF-8 is an error entry too (its name shown with U+FFFD where the bytes were invalid).

What the inbox holds besides application folders (linked folders, dot-folders, stray
files, folders whose name is not UTF-8) is not processed; `skipped_entries` names each,
for the run to say once on stderr and in its log. Two folders claiming one
`application_id` both get an error and keep their folder's name as their id, so
neither overwrites the other's results.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
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
    return _without_duplicate_ids([_intake(folder) for folder in list_applications(inbox)])


def _intake(folder: ApplicationFolder) -> Intake:
    aanvraag = folder.path / APPLICATION_FILE
    if aanvraag.is_symlink() and not _inside(aanvraag, folder.path):
        error = f"{APPLICATION_FILE} is a link pointing outside the application folder or nowhere and is not read; upload the file itself"
        return Intake(folder=folder, application=None, error=FileError(file=APPLICATION_FILE, error=error))
    try:
        return Intake(folder=folder, application=load_application(aanvraag), error=None)
    except ApplicationError as exc:
        return Intake(folder=folder, application=None, error=FileError(file=APPLICATION_FILE, error=exc.message))


def _without_duplicate_ids(intakes: list[Intake]) -> list[Intake]:
    """Every folder whose id another folder claims too gets an error and keeps its folder's name as its id.

    Folder names are unique, so after at most a few rounds (a folder's name may be
    the id another folder claims) every id is.
    """
    while True:
        claims: dict[str, list[Intake]] = {}
        for intake in intakes:
            claims.setdefault(intake.application_id, []).append(intake)
        clashes = {i.folder.folder: group for group in claims.values() if len(group) > 1 for i in group}
        if not clashes:
            return intakes
        intakes = [_duplicate(i, clashes[i.folder.folder]) if i.folder.folder in clashes else i for i in intakes]


def _duplicate(intake: Intake, group: list[Intake]) -> Intake:
    others = ", ".join(sorted(i.folder.folder for i in group if i is not intake))
    error = FileError(
        file=APPLICATION_FILE,
        error=f"application_id {intake.application_id} is also claimed by folder(s) {others}; "
        "neither is decided, give each application its own id",
    )
    return Intake(folder=intake.folder, application=None, error=error)


def list_applications(inbox: Path) -> list[ApplicationFolder]:
    """Every application folder in the inbox, sorted by name."""
    return [_application(entry) for entry in sorted(inbox.iterdir(), key=lambda p: p.name) if _is_application(entry)]


def _is_application(entry: Path) -> bool:
    return entry.is_dir() and not entry.is_symlink() and not entry.name.startswith(".") and _utf8(entry.name)


def skipped_entries(inbox: Path) -> list[str]:
    """One line for each entry of the inbox that is not processed, saying why."""
    lines = []
    for entry in sorted(inbox.iterdir(), key=lambda p: p.name):
        shown = _shown_name(entry.name)
        if entry.name == REGISTER_FILE or _is_application(entry):
            continue
        if entry.is_symlink():
            lines.append(f"skipped {shown}: a link is not followed; put the application folder itself in the inbox")
        elif not _utf8(entry.name):
            lines.append(f"skipped {shown}: its name is not valid UTF-8; rename it")
        elif entry.name.startswith("."):
            lines.append(f"skipped {shown}: a hidden (dot) entry is not an application")
        else:
            lines.append(f"skipped {shown}: not an application folder")
    return lines


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
            if not _utf8(relative):
                error = "its name is not valid UTF-8 and it is not read; rename the file and upload it again"
                skipped.append(FileError(file=_shown_name(relative), page=None, error=error))
                continue
            if path.is_symlink():
                if not _inside(path, root):
                    skipped.append(_link_error(path, folder, "a link pointing outside the application folder or nowhere is not read"))
                    continue
            files.append(relative)
    return ApplicationFolder(folder=folder.name, path=folder, files=tuple(files), skipped=tuple(skipped))


def _link_error(path: Path, folder: Path, why: str) -> FileError:
    relative = _shown_name(path.relative_to(folder).as_posix())
    return FileError(file=relative, page=None, error=f"{why}; upload the file itself")


def _inside(path: Path, folder: Path) -> bool:
    target = path.resolve() if path.exists() else None
    return target is not None and target.is_relative_to(folder.resolve()) and target.is_file()


def _utf8(name: str) -> bool:
    """Whether a name from the file system is valid UTF-8 (Python keeps invalid bytes as surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _shown_name(name: str) -> str:
    """A file name as results may hold it: invalid bytes become U+FFFD."""
    return os.fsencode(name).decode("utf-8", "replace")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def not_a_file(path: Path) -> FileError | None:
    """Why `path`, given to `extract`, cannot be read as a file, or None when it can.

    A link loop, a link pointing nowhere, a folder, a device or a pipe (which would
    block the reader) each become an error entry of their own, never a whole-call exit.
    """
    shown = _shown_name(str(path))
    try:
        status = path.stat()
    except OSError as exc:
        if path.is_symlink():
            why = "a link that loops back on itself" if exc.errno == errno.ELOOP else "a link pointing nowhere"
        else:
            why = "no such file" if exc.errno == errno.ENOENT else f"cannot be opened ({exc.strerror})"
        return FileError(file=shown, page=None, error=f"{why}; give the path of the file itself")
    if stat.S_ISDIR(status.st_mode):
        return FileError(file=shown, page=None, error="a folder, not a file; give the files in it")
    if not stat.S_ISREG(status.st_mode):
        return FileError(file=shown, page=None, error="not a regular file (a device, pipe or socket) and not read")
    return None
