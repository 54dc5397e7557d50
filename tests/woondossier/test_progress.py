"""Progress counts: files counted from reading threads, lines masked (the flow's use: tests/flows/test_process_inbox.py)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from woondossier.progress import Progress


def test_files_counted_from_many_threads_add_up():
    progress = Progress(applications=1, files=4000)
    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(lambda: None) for _ in range(4000)]
        for future in futures:
            future.add_done_callback(progress.file_done)
    progress.application_done()
    assert progress.line("A-1", "pass", "4000 files read").startswith("[1/1 applications, 4000/4000 files; ")


def test_a_run_with_nothing_to_read_says_so():
    progress = Progress(applications=2, files=0, clock=iter([0.0, 1.0, 2.0]).__next__)
    progress.application_done()
    assert progress.line("A-1", "review", "unchanged") == "[1/2 applications, 0/0 files; 0.00 files/s, 1.00 applications/s] A-1: review (unchanged)"
