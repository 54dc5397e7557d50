"""A resident reader: `woondossier extract` of one file after another without starting over.

A clerk or a script runs `extract` once per file. Each such call pays for its start
before it reads a page: Python, pydantic and our modules (~0.35 s of a core), and for a
scan or a photo numpy, Pillow, the image set-up and Tesseract's models (~0.3 s more).
Bare `tesseract` pays none of that, so a folder read one call at a time went at under
half the bare tools' pace (issue 18).

So a call that read its file itself leaves a resident reader behind: a process of the
same user, with the readers imported and the models loaded in its forkserver, that
serves the next calls and ends after `WOONDOSSIER_RESIDENT_SECONDS` (default 120)
without one. It reads exactly as a batch does: every file in a child of its own,
forked from the forkserver and bounded in time and memory
(`extractors.sandbox.extract_bounded`), so a file that stalls or bloats a reader costs
the resident nothing. What a call prints is the same to the byte either way.

Who may talk to it, and when it must not answer:
- its socket lives in a folder only this user may enter (mode 0700, checked with
  `lstat` before every use: a folder another user made, or a link, is never used), and
  it answers only a peer of its own uid (`SO_PEERCRED`);
- the socket's name is a digest of what reading depends on: the interpreter, the
  modules and data files of the reader (their sizes and modification times) and the
  environment variables that set bounds, slots and Tesseract's data. After an edit,
  an upgrade or another setting a call finds no resident of its own and starts one;
  the old one ends when its time is up;
- anything that goes wrong on the way (no resident, a refused or a broken connection,
  a resident that dies while reading) makes the call read the file itself, as before;
- `WOONDOSSIER_RESIDENT=0` turns it off.

The protocol is one JSON line each way over a Unix stream socket: the files (the path
to read and the name to print) and whether JSON is wanted; the text to print back.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import stat
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

ENABLED = "WOONDOSSIER_RESIDENT"
SECONDS = "WOONDOSSIER_RESIDENT_SECONDS"
DEFAULT_SECONDS = 120.0
_SETTINGS = ("WOONDOSSIER_", "TESSDATA", "OMP_", "LD_LIBRARY_PATH", "PYTHONPATH")
"""Environment variables (by prefix) that change how a file is read: part of the socket's name."""
_PACKAGES = ("extractors", "woondossier")
_CODE = (".py", ".toml", ".txt", ".json", ".csv")
_MAX_REQUEST = 1 << 20
_SOCKET_NAME_MAX = 108  # sun_path, with its closing NUL
_FILE_SECONDS = 1800.0  # extractors.sandbox.Bounds' default, not imported: a call served here imports no reader
_MARGIN_SECONDS = 10.0


def enabled() -> bool:
    return os.environ.get(ENABLED, "1").strip().lower() not in ("0", "no", "false", "off")


def ask(path: Path | None, files: list[tuple[Path, str]], as_json: bool) -> str | None:
    """The text `extract` prints for `files` ((path, name as given) each), read by the
    resident at `path` (`socket_path()`); None when there is no resident to ask or it did
    not answer."""
    if path is None:
        return None
    request = {"files": [[str(p), name] for p, name in files], "json": as_json}
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(_answer_seconds(len(files)))  # a resident that hangs never holds the call
            conn.connect(str(path))
            conn.sendall(json.dumps(request).encode() + b"\n")
            conn.shutdown(socket.SHUT_WR)
            answer = _read_line(conn.makefile("rb"))
        return json.loads(answer)["text"] if answer else None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _answer_seconds(files: int) -> float:
    """How long a call waits for the resident: each file's bound (`WOONDOSSIER_FILE_SECONDS`,
    as `extractors.sandbox.Bounds` reads it; the resident stops a reading there) and a
    margin; past it, the call reads its files itself."""
    try:
        per_file = float(os.environ.get("WOONDOSSIER_FILE_SECONDS") or _FILE_SECONDS)
    except ValueError:
        per_file = _FILE_SECONDS
    return per_file * files + _MARGIN_SECONDS


def leave_behind(path: Path | None) -> None:
    """Start a resident at `path` (`socket_path()`) for the next calls, detached from
    this one; never fails a call."""
    if path is None:
        return
    try:
        subprocess.Popen(  # noqa: S603 (our own interpreter and module)
            [sys.executable, "-m", "woondossier.resident", str(path)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            cwd="/", start_new_session=True, close_fds=True,
        )  # fmt: skip
    except OSError:
        pass


def socket_path() -> Path | None:
    """Where this user's resident for this code and these settings listens; None when
    residents are off or no private folder can be had. Taken before reading: the readers
    set variables of their own (Tesseract's threads) when they are imported."""
    if not enabled():
        return None
    folder = _private_folder()
    if folder is None:
        return None
    path = folder / f"{_digest()}.sock"
    return path if len(os.fsencode(path)) < _SOCKET_NAME_MAX else None


def serving(folder: Path) -> dict[Path, int]:
    """The residents listening in `folder` (this user's, `socket_path().parent`): socket -> pid."""
    found = {}
    for lock in folder.glob("*.lock"):
        sock = lock.with_suffix(".sock")
        try:
            pid = int(lock.read_text().strip() or 0)
        except (OSError, ValueError):
            continue
        if pid and sock.exists() and Path(f"/proc/{pid}").exists():
            found[sock] = pid
    return found


def _private_folder() -> Path | None:
    uid = os.getuid()
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    base = Path(runtime) if runtime and Path(runtime).is_absolute() else Path("/tmp")
    folder = base / f"woondossier-{uid}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = folder.lstat()
    except OSError:
        return None
    private = stat.S_ISDIR(info.st_mode) and info.st_uid == uid and not info.st_mode & 0o077
    return folder if private else None


def _digest() -> str:
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    digest.update(f"{sys.executable}\0{sys.version}\0{os.getuid()}\0".encode())
    for name in sorted(k for k in os.environ if k.startswith(_SETTINGS) and k not in (ENABLED, SECONDS)):
        digest.update(f"{name}={os.environ[name]}\0".encode())
    for package in _PACKAGES:
        for folder, dirs, names in os.walk(root / package):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(names):
                if name.endswith(_CODE):
                    info = os.stat(os.path.join(folder, name))
                    digest.update(f"{folder}/{name}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:24]


def _read_line(stream) -> bytes:
    line = stream.readline(_MAX_REQUEST + 1)
    if len(line) > _MAX_REQUEST:
        raise ValueError("request too long")
    return line


# -- the resident itself ---------------------------------------------------------------


class _Resident:
    """Serves `extract` requests on `path` until `idle` seconds pass without one."""

    def __init__(self, path: Path, idle: float) -> None:
        self.path = path
        self.idle = idle
        self.busy = 0
        self.last = time.monotonic()
        self.lock = threading.Lock()

    def serve(self) -> None:
        lock = self._lock()
        if lock is None:
            return  # another resident of this code and these settings is starting or serving
        from extractors.sandbox import warm

        warm()  # the forkserver with the readers and models loaded, before any call is taken
        listener = self._bind()
        try:
            listener.settimeout(1.0)
            while not self._idle_out():
                try:
                    conn, _ = listener.accept()
                except TimeoutError:
                    continue
                threading.Thread(target=self._answer, args=(conn,), daemon=True).start()
        finally:
            listener.close()
            self._unlink()
            os.close(lock)

    def _lock(self) -> int | None:
        """Hold the lock file beside the socket for life: one resident per socket."""
        import fcntl

        fd = os.open(self.path.with_suffix(".lock"), os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())  # who serves here (`serving`)
        self._clear_others(fcntl)
        return fd

    def _clear_others(self, fcntl) -> None:
        """Remove what residents of earlier code or settings left (a lock nobody holds, its socket)."""
        for lock in self.path.parent.glob("*.lock"):
            if lock.stem == self.path.stem:
                continue
            try:
                fd = os.open(lock, os.O_RDWR | os.O_NOFOLLOW)
            except OSError:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                lock.with_suffix(".sock").unlink(missing_ok=True)
                lock.unlink()
            except OSError:
                pass  # held: that resident still lives
            finally:
                os.close(fd)

    def _bind(self) -> socket.socket:
        """Listen on the socket; one left by a resident that died is removed (the lock says none lives)."""
        self.path.unlink(missing_ok=True)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old = os.umask(0o177)
        try:
            listener.bind(str(self.path))
        finally:
            os.umask(old)
        self.inode = self.path.stat().st_ino
        self.last = time.monotonic()
        listener.listen(16)
        return listener

    def _unlink(self) -> None:
        try:
            if self.path.stat().st_ino == self.inode:  # not a successor's socket
                self.path.unlink()
        except OSError:
            pass

    def _idle_out(self) -> bool:
        with self.lock:
            return self.busy == 0 and time.monotonic() - self.last > self.idle

    def _answer(self, conn: socket.socket) -> None:
        with self.lock:
            self.busy += 1
        try:
            with conn:
                uid = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))[1]
                if uid != os.getuid():
                    return
                request = json.loads(_read_line(conn.makefile("rb")))
                files = [(Path(p), str(name)) for p, name in request["files"]]
                text = render(files, bool(request["json"]))
                conn.sendall(json.dumps({"text": text}, ensure_ascii=False).encode() + b"\n")
        except (OSError, ValueError, KeyError, TypeError):
            pass  # the caller hears nothing and reads the file itself
        finally:
            with self.lock:
                self.busy -= 1
                self.last = time.monotonic()


def render(files: list[tuple[Path, str]], as_json: bool) -> str:
    """What `extract` prints for regular files, each read in a bounded child of the forkserver."""
    from extractors.sandbox import extract_many
    from woondossier.output import extract_text
    from woondossier.resources import ocr_slots

    return extract_text(extract_many(files, ocr_slots()), as_json)


def main(argv: list[str]) -> int:
    idle = float(os.environ.get(SECONDS) or DEFAULT_SECONDS)
    _Resident(Path(argv[0]), idle).serve()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
