"""How fast born-digital PDFs made by others are read: their text layers, by pdfium (as
`extractors._pdf` reads them) and, for comparison in the same sitting, by pdfplumber alone.

    .venv/bin/python -m bench.text_layers DIR [DIR ...] [--json PATH]

Every `*digital*.pdf` under the folders (a blind corpus's born-digital files, written by
WeasyPrint as acceptance corpus 2's are) is read with `extractors.pages.read_file`, once
untimed (imports, caches), then timed: CPU seconds of this process per file
(`time.process_time`, so other work on the machine does not count), divided by its pages.
Then the same files with pdfium's text layer switched off, so pdfplumber reads every page
as before the switch. Printed: files, pages, total CPU seconds, the median and the slowest
file's seconds per page, and pages per CPU second, for each reader; issue 17's target is
20 text-layer pages per second on one core.

A file with a page that needs OCR (an image inside a born-digital PDF) is left out of
both: its time would be Tesseract's.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from extractors import _pdf
from extractors.pages import read_file


def _read_all(files: list[Path]) -> dict:
    per_page, pages, total = [], 0, 0.0
    for path in files:
        start = time.process_time()
        read = read_file(path)
        spent = time.process_time() - start
        per_page.append(spent / max(1, len(read)))
        pages += len(read)
        total += spent
    return {
        "files": len(files),
        "pages": pages,
        "cpu_s": round(total, 3),
        "median_s_per_page": round(statistics.median(per_page), 4) if per_page else None,
        "slowest_s_per_page": round(max(per_page), 4) if per_page else None,
        "pages_per_cpu_s": round(pages / total, 1) if total else None,
    }


def _text_only(folders: list[Path]) -> list[Path]:
    """The born-digital PDFs whose every page has a text layer."""
    found = sorted(p for folder in folders for p in folder.rglob("*digital*.pdf"))
    return [p for p in found if all(not page.ocr for page in read_file(p))]


def run(folders: list[Path]) -> dict:
    files = _text_only(folders)  # also the untimed warm-up: imports and caches
    pdfium = _read_all(files)
    switched = _pdf._pdfium_layers
    _pdf._pdfium_layers = lambda data, limits: None  # every page through pdfplumber, as before the switch
    try:
        _read_all(files[:3])  # pdfminer's own imports, untimed
        plumber = _read_all(files)
    finally:
        _pdf._pdfium_layers = switched
    return {"pdfium": pdfium, "pdfplumber": plumber}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.text_layers", description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path, metavar="DIR")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the figures as JSON to PATH")
    args = parser.parse_args(argv)
    results = run(args.folders)
    print(f"{'reader':<12}{'files':>6}{'pages':>7}{'CPU s':>8}{'median s/page':>15}{'slowest s/page':>16}{'pages/CPU s':>13}")
    for name, r in results.items():
        print(f"{name:<12}{r['files']:>6}{r['pages']:>7}{r['cpu_s']:>8.2f}{r['median_s_per_page']:>15.4f}{r['slowest_s_per_page']:>16.4f}{r['pages_per_cpu_s']:>13.1f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
