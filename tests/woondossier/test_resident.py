"""The resident reader (`woondossier.resident`, issue 18): a later `woondossier extract`
call is served by the reader an earlier call left behind and prints the same to the
byte; a folder others may enter, a resident that hangs up, or none at all leave the call
to read its file itself; a resident ends when no call comes.

Real calls of the real command on the sample inbox's files (a born-digital PDF, a
scanned PDF, a phone photo), through real pdfplumber and Tesseract. The suite turns
residents off (tests/conftest.py); each test here turns them on in a runtime folder of
its own and stops what it left behind.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import socket
import stat
import tempfile
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_INBOX, run_cli
from woondossier import resident

DIGITAL = SAMPLE_INBOX / "HB-2026-001" / "aanvraag huisbewaring.pdf"
SCAN = SAMPLE_INBOX / "OH-2026-007" / "scan0001.pdf"
PHOTO = SAMPLE_INBOX / "HB-2026-008" / "IMG_3310.jpg"


@pytest.fixture
def runtime(monkeypatch):
    """A runtime folder of this test's own, residents on; the residents left are stopped.
    (Short: a Unix socket's path holds at most 107 bytes, and pytest's tmp_path is long.)"""
    folder = Path(tempfile.mkdtemp(prefix="wd-"))
    env = {"WOONDOSSIER_RESIDENT": "1", "XDG_RUNTIME_DIR": str(folder), "WOONDOSSIER_RESIDENT_SECONDS": "60"}
    for name, value in env.items():
        monkeypatch.setenv(name, value)  # for socket_path() here; run_cli passes os.environ on
    yield folder / f"woondossier-{os.getuid()}"
    for pid in resident.serving(folder / f"woondossier-{os.getuid()}").values():
        os.kill(pid, signal.SIGTERM)
    shutil.rmtree(folder, ignore_errors=True)


def _wait(predicate, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "waited in vain"
        time.sleep(0.1)


def _alone(*files: Path) -> str:
    """What `extract --json` prints when the call reads its files itself."""
    done = run_cli("extract", *map(str, files), "--json", env={"WOONDOSSIER_RESIDENT": "0"})
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_later_call_is_served_by_the_resident_and_prints_the_same(tmp_path, runtime):
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00 niet te lezen " * 40)
    files = [DIGITAL, SCAN, PHOTO, broken]
    expected = {f: _alone(f) for f in files} | {"all": _alone(*files)}

    first = run_cli("extract", str(DIGITAL), "--json")
    assert first.returncode == 0 and first.stdout == expected[DIGITAL]
    _wait(lambda: resident.serving(runtime))
    assert stat.S_IMODE(runtime.stat().st_mode) == 0o700

    for f in files:
        served = run_cli("extract", str(f), "--json", env={"PYTHONPROFILEIMPORTTIME": "1"})
        assert served.returncode == 0
        assert served.stdout == expected[f], f.name
        assert "extractors.sandbox" not in served.stderr  # the readers were never imported here
    assert json.loads(expected[broken])["errors"]  # a bad file is still listed with its error
    served = run_cli("extract", *map(str, files), "--json", env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert served.stdout == expected["all"] and "extractors.sandbox" not in served.stderr
    assert len(resident.serving(runtime)) == 1  # the calls that found it started no other


def test_a_resident_ends_when_no_call_comes_and_clears_what_earlier_ones_left(runtime, monkeypatch):
    runtime.mkdir(mode=0o700)
    (runtime / "0123456789abcdef01234567.lock").write_text("99999999\n")  # a resident of earlier code, gone
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as left:
        left.bind(str(runtime / "0123456789abcdef01234567.sock"))
    monkeypatch.setenv("WOONDOSSIER_RESIDENT_SECONDS", "1")
    assert run_cli("extract", str(DIGITAL), "--json").returncode == 0
    _wait(lambda: resident.serving(runtime))
    ((sock, pid),) = resident.serving(runtime).items()
    assert sorted(p.name for p in runtime.iterdir()) == sorted([sock.name, sock.with_suffix(".lock").name])
    _wait(lambda: not _alive(pid), 60)
    assert not sock.exists()  # it removed its socket on the way out


def _alive(pid: int) -> bool:
    try:
        return "zombie" not in Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False


def test_a_folder_others_may_enter_is_never_used(runtime):
    runtime.mkdir(mode=0o755)
    os.chmod(runtime, 0o755)
    assert resident.socket_path() is None
    done = run_cli("extract", str(DIGITAL), "--json")
    assert done.returncode == 0 and done.stdout == _alone(DIGITAL)
    time.sleep(1)
    assert not list(runtime.iterdir())  # no resident, no socket, no lock


def test_a_resident_that_hangs_up_leaves_the_call_to_read_itself(runtime):
    path = resident.socket_path()
    lock = os.open(path.with_suffix(".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(lock, fcntl.LOCK_EX)  # a resident is said to live here, so the call starts none
    heard = []
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
        listener.bind(str(path))
        listener.listen(1)

        def hang_up() -> None:
            conn, _ = listener.accept()
            with conn:
                heard.append(conn.makefile("rb").readline())  # the request, then no answer

        server = threading.Thread(target=hang_up)
        server.start()
        done = run_cli("extract", str(SCAN), "--json")
        server.join(10)
    os.close(lock)
    assert json.loads(heard[0])["files"] == [[str(SCAN), str(SCAN)]]
    assert done.returncode == 0 and done.stdout == _alone(SCAN)


def test_a_socket_path_too_long_for_unix_sockets_means_no_resident(runtime, monkeypatch, tmp_path):
    deep = tmp_path / ("d" * 60)
    deep.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(deep))
    assert resident.socket_path() is None


def test_a_resident_that_never_answers_leaves_the_call_to_read_itself(runtime, monkeypatch):
    monkeypatch.setenv("WOONDOSSIER_FILE_SECONDS", "5")  # each file's bound: the call waits 5 s + 10 s
    path = resident.socket_path()
    lock = os.open(path.with_suffix(".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(lock, fcntl.LOCK_EX)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
        listener.bind(str(path))
        listener.listen(1)  # takes the call and says nothing, ever
        started = time.monotonic()
        done = run_cli("extract", str(DIGITAL), "--json", timeout=120)
        waited = time.monotonic() - started
    os.close(lock)
    assert done.returncode == 0 and done.stdout == _alone(DIGITAL)
    assert waited < 60  # gave up on it, after its bound and margin, and read the file itself


def test_the_socket_is_named_for_the_settings_it_reads_with(runtime, monkeypatch):
    before = resident.socket_path()
    monkeypatch.setenv("WOONDOSSIER_FILE_SECONDS", "7")  # another bound: another resident
    assert resident.socket_path() != before and resident.socket_path().parent == before.parent
    monkeypatch.delenv("WOONDOSSIER_FILE_SECONDS")
    monkeypatch.setenv("WOONDOSSIER_RESIDENT_SECONDS", "5")  # how long it stays is no reading setting
    assert resident.socket_path() == before
    monkeypatch.setenv("WOONDOSSIER_RESIDENT", "0")
    assert resident.socket_path() is None
