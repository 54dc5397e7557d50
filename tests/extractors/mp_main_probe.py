"""Run as a program's main module (`python -m tests.extractors.mp_main_probe FILE MARK`),
as `prefect.engine` is under a worker: it reads FILE through the batch's forkserver, and
writes MARK if multiprocessing imports it again in a reader child (as `__mp_main__`)."""

import sys
from pathlib import Path

if __name__ == "__mp_main__":
    Path(sys.argv[2]).write_text("imported again in a reader child\n", encoding="utf-8")

if __name__ == "__main__":
    from extractors.sandbox import extract_bounded

    print(",".join(d.doc_type for d in extract_bounded(Path(sys.argv[1])).documents))
