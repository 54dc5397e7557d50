"""What the machine did while a benchmark phase ran, read from Linux's /proc and getrusage.

No psutil: /proc/stat gives each core's busy time, /proc/self/status the process's
resident set (VmRSS) and its high-water mark (VmHWM, which writing "5" to
/proc/self/clear_refs resets, so each phase gets its own peak), and the children files
of /proc/PID/task/* the processes alive at a moment: bare Tesseract (a child) and the
reader children of `extractors.sandbox` (children of its forkserver, a child).

A Tesseract child's peak is its own VmHWM, sampled while it runs, not the ru_maxrss
that getrusage or wait4 report for children: a child starts as a (v)fork of this
process and Linux keeps the high-water mark of the image it replaced at exec, so every
child "peaks" at this process's RSS (a 38 MiB tesseract run from a 316 MiB Python
reports 316 MiB).
"""

from __future__ import annotations

import os
import platform
import resource
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

_SAMPLE_EVERY_S = 0.05


@dataclass
class Measurement:
    """One phase's figures; filled in when its `measured()` block ends. Memory in KiB."""

    wall_s: float = 0.0
    cpu_s: float = 0.0  # user + system of this process and of its children reaped in the phase
    cores_busy_pct: list[float] = field(default_factory=list)  # whole machine, per cpuN line
    rss_start_kib: int = 0
    rss_peak_kib: int = 0  # this process (all its threads), VmHWM over the phase
    peak_is_lifetime: bool = False  # True when VmHWM could not be reset: the peak is since start
    total_peak_kib: int = 0  # this process + its live children, sampled every _SAMPLE_EVERY_S
    child_peak_kib: int = 0  # the largest bare tesseract child's own VmHWM, sampled likewise
    reader_peak_kib: int = 0  # the largest reader child's own VmHWM (grandchildren: forked by the forkserver)
    load_average: float = 0.0  # /proc/loadavg, 1 minute, at the start


def machine() -> dict:
    """CPU count and model, Tesseract's version line, Python and the OS."""
    try:
        version = subprocess.run(["tesseract", "--version"], capture_output=True, text=True, check=False)
        tesseract = (version.stdout or version.stderr).splitlines()[0]
    except (OSError, IndexError):
        tesseract = "tesseract not found"
    models = [line.split(":", 1)[1].strip() for line in _read("/proc/cpuinfo").splitlines() if line.startswith("model name")]
    return {
        "cpu_count": os.cpu_count(),
        "cpu_model": models[0] if models else "",
        "tesseract": tesseract,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }


@contextmanager
def measured() -> Iterator[Measurement]:
    """Measure the block: wall and CPU time, per-core busy share, peak memory."""
    result = Measurement(peak_is_lifetime=not _reset_peak_rss())
    result.rss_start_kib = _status_kib("/proc/self/status", "VmRSS")
    result.load_average = float((_read("/proc/loadavg").split() or ["0"])[0])
    sampler = _MemorySampler()
    cores, times, start = _core_ticks(), os.times(), time.perf_counter()
    sampler.start()
    try:
        yield result
    finally:
        result.wall_s = time.perf_counter() - start
        after_times, after_cores = os.times(), _core_ticks()
        sampler.stop()
        result.cpu_s = sum(after_times[:4]) - sum(times[:4])
        result.cores_busy_pct = [_busy_pct(before, after) for before, after in zip(cores, after_cores)]
        result.rss_peak_kib = _status_kib("/proc/self/status", "VmHWM")
        if result.peak_is_lifetime:
            result.rss_peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        # the total was at least the process's own peak, even if no sample caught that moment
        result.total_peak_kib = max(sampler.total_peak_kib, result.rss_peak_kib)
        result.child_peak_kib = sampler.child_peak_kib
        result.reader_peak_kib = sampler.reader_peak_kib


def run_tesseract(image: Path, language: str, dpi: int) -> None:
    """Bare `tesseract IMAGE - -l LANG --psm 3 --dpi DPI tsv`, single-threaded, output discarded."""
    command = ["tesseract", str(image), "-", "-l", language, "--psm", "3", "--dpi", str(dpi), "tsv"]
    environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environment, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.decode(errors='replace')}")


def timed_call(command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, its reaped children's included) of one run of
    `command`, output discarded. Raises RuntimeError when it fails."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen.wait
    process.stderr.close()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}): {stderr.decode(errors='replace')[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime


# --- /proc -------------------------------------------------------------------------


def _read(path: str) -> str:
    try:
        with open(path, encoding="ascii", errors="replace") as file:
            return file.read()
    except OSError:  # a child that has just exited, or no /proc at all
        return ""


def _status_kib(path: str, key: str) -> int:
    for line in _read(path).splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def _reset_peak_rss() -> bool:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as file:
            file.write("5")  # "5": reset the peak RSS (VmHWM) to the current RSS
        return True
    except OSError:
        return False


def _core_ticks() -> list[tuple[int, int]]:
    """(busy, total) clock ticks of each cpuN line of /proc/stat; iowait counts as idle."""
    ticks = []
    for line in _read("/proc/stat").splitlines():
        name, *values = line.split()
        if name.startswith("cpu") and name[3:].isdigit():
            user, nice, system, idle, iowait, irq, softirq, steal = (int(v) for v in values[:8])
            total = user + nice + system + idle + iowait + irq + softirq + steal  # guest is inside user
            ticks.append((total - idle - iowait, total))
    return ticks


def _busy_pct(before: tuple[int, int], after: tuple[int, int]) -> float:
    busy, total = after[0] - before[0], after[1] - before[1]
    return round(100.0 * busy / total, 1) if total > 0 else 0.0


def _children(pid: str = "self") -> list[int]:
    """Child processes of any of a process's threads."""
    pids = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:  # gone meanwhile
        return []
    for task in tasks:
        pids += [int(child) for child in _read(f"/proc/{pid}/task/{task}/children").split()]
    return pids


class _MemorySampler:
    """Samples this process's RSS plus its live children's, and each child's own VmHWM,
    on a background thread.

    A child living shorter than one interval can be missed, a child's last moments are
    not seen, and shared library pages count once per process: sampled figures."""

    def __init__(self) -> None:
        self.total_peak_kib = self.child_peak_kib = self.reader_peak_kib = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bench-memory-sampler", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    def _run(self) -> None:
        while True:
            total = _status_kib("/proc/self/status", "VmRSS")
            for pid in _children():
                if _read(f"/proc/{pid}/comm").strip() != "tesseract":  # the forkserver, or not yet exec'ed
                    for reader in _children(str(pid)):
                        self.reader_peak_kib = max(self.reader_peak_kib, _status_kib(f"/proc/{reader}/status", "VmHWM"))
                    continue
                status = f"/proc/{pid}/status"
                total += _status_kib(status, "VmRSS")
                self.child_peak_kib = max(self.child_peak_kib, _status_kib(status, "VmHWM"))
            self.total_peak_kib = max(self.total_peak_kib, total)
            if self._done.wait(_SAMPLE_EVERY_S):
                return
