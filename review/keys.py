"""The review service's own directory and the key that signs its session cookie.

The key is never kept in the results database (whoever reads that file would forge
cookies). It comes from the environment (`WOONDOSSIER_REVIEW_SECRET`), else from
`<state>/session.key`, made once with 48 random bytes, mode 0600, in a directory of
mode 0700 owned by the service's user. A key file or directory that others can read,
or that another user owns, is refused rather than used. Rotating the key: stop the
service, delete the file (or change the variable), start it; every open cookie is
then void and analysts log in again.

`<state>/pages` is the page-image cache (`review.pages`), private in the same way.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from woondossier.errors import ReviewError

KEY_ENV = "WOONDOSSIER_REVIEW_SECRET"
KEY_FILE = "session.key"
MIN_KEY_CHARS = 32


def default_state_dir() -> Path:
    """`$XDG_STATE_HOME/woondossier/review`, else `~/.local/state/woondossier/review`."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "woondossier" / "review"


def private_dir(path: Path) -> Path:
    """`path` as a directory only its owner, this process's user, can enter (0700); made if missing."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise ReviewError(f"{path} is not a directory of its own (a link or a file); choose another")
    if info.st_uid != os.getuid():
        raise ReviewError(f"{path} belongs to another user; the review service keeps its files in a directory of its own")
    if stat.S_IMODE(info.st_mode) != 0o700:
        os.chmod(path, 0o700)
    return path


def session_key(state: Path) -> str:
    """The cookie-signing key: from `WOONDOSSIER_REVIEW_SECRET`, else `<state>/session.key` (made once, 0600)."""
    from_env = os.environ.get(KEY_ENV)
    if from_env:
        if len(from_env) < MIN_KEY_CHARS:
            raise ReviewError(f"{KEY_ENV} is too short to sign sessions: use at least {MIN_KEY_CHARS} random characters")
        return from_env
    path = private_dir(state) / KEY_FILE
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    except FileExistsError:
        return _read_key(path)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(secrets.token_urlsafe(48) + "\n")
    return _read_key(path)


def _read_key(path: Path) -> str:
    info = os.lstat(path)
    if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid():
        raise ReviewError(f"{path} is not a key file of this service's user; delete it to make a new one")
    if stat.S_IMODE(info.st_mode) & 0o077:
        raise ReviewError(f"{path} can be read by others (mode {stat.S_IMODE(info.st_mode):o}); delete it to make a new one, or chmod 600 it")
    key = path.read_text(encoding="ascii").strip()
    if len(key) < MIN_KEY_CHARS:
        raise ReviewError(f"{path} holds no usable key; delete it to make a new one")
    return key
