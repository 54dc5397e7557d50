"""The benchmark's corpus: the same documents born digital, scanned and photographed.

Documents are taken round-robin over every layout module of `samples.generator`
(one layout of each doc type per round), skipping a document that would overshoot,
until each rendering holds exactly `pages` pages:

- digital: one born-digital PDF per document (text layer, never OCR'd);
- scan: one image-only PDF per *page* of the scanned document. `read_file` OCRs the
  pages of a multi-page file concurrently, so one page per file keeps "one file at a
  time" meaning one page, one core at a time, comparable with bare Tesseract;
- photo: one phone-photo JPEG per page (that is how the generator makes them).

Beside them, the page images bare Tesseract reads for the baseline, prepared here so
that preparing them is never timed: each scanned page as `read_file` OCRs it
(`extractors.pages.page_image`: the scanner's own image, at its own dpi), and each photo
turned upright by its EXIF orientation, greyscale, at `BASELINE_DPI`. Each PNG declares
its dpi (`declared_dpi`), which bare Tesseract is told.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import pypdfium2
from PIL import Image, ImageOps

from extractors.pages import page_image
from samples.generator.corpus import layout_modules
from samples.generator.render import page_count, render_digital, render_photo, render_scan
from samples.generator.spec import DocSpec

RENDERINGS = ("digital", "scan", "photo")
OCR_RENDERINGS = ("scan", "photo")
BASELINE_DPI = 300  # extractors.pages' dpi for a photo that declares none


@dataclass(frozen=True)
class Corpus:
    documents: tuple[str, ...]  # "doc_type/layout", in the order made
    files: dict[str, tuple[Path, ...]]  # rendering -> files to read
    pages: int  # pages in each rendering
    images: dict[str, tuple[Path, ...]]  # OCR rendering -> one PNG per page, for bare Tesseract


def write_corpus(folder: Path, pages: int, seed: int) -> Corpus:
    """Make and write the corpus under `folder` (which must exist)."""
    documents, files, images = [], {r: [] for r in RENDERINGS}, {r: [] for r in OCR_RENDERINGS}
    for index, (name, spec, digital) in enumerate(_pick_documents(pages, seed)):
        stem = f"{index:02d}-{name.replace('/', '-')}"
        documents.append(name)
        files["digital"].append(_write(folder / f"{stem}-digital.pdf", digital))
        scanned = render_scan(spec, random.Random(f"{seed}:{name}:scan"))
        scan = pypdfium2.PdfDocument(scanned)
        for number in range(len(scan)):
            path = folder / f"{stem}-scan-p{number + 1}.pdf"
            _write_page(scan, number, path)
            files["scan"].append(path)
            images["scan"].append(_scan_image(scanned, number, path.with_suffix(".png")))
        photos = render_photo(spec, random.Random(f"{seed}:{name}:photo"))
        for number, photo in enumerate(photos, start=1):
            path = _write(folder / f"{stem}-photo-p{number}.jpg", photo)
            files["photo"].append(path)
            images["photo"].append(_photo_image(path, path.with_suffix(".png")))
    return Corpus(
        documents=tuple(documents),
        files={r: tuple(f) for r, f in files.items()},
        pages=sum(len(pypdfium2.PdfDocument(f)) for f in files["digital"]),
        images={r: tuple(i) for r, i in images.items()},
    )


def _pick_documents(pages: int, seed: int) -> list[tuple[str, DocSpec, bytes]]:
    """(doc_type/layout, spec, digital PDF) of documents holding exactly `pages` pages."""
    modules = layout_modules()
    chosen, total = [], 0
    for round_ in range(pages + 1):  # most layouts are one page, so this ends long before
        for doc_type, module in modules.items():
            layout = module.LAYOUTS[round_ % len(module.LAYOUTS)]
            spec = module.make(random.Random(f"{seed}:{doc_type}:{layout}:{round_}"), layout)
            digital = render_digital(spec)
            if total + page_count(digital) <= pages:
                chosen.append((f"{doc_type}/{layout}", spec, digital))
                total += page_count(digital)
            if total == pages:
                return chosen
    return chosen


def _write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def _write_page(pdf: pypdfium2.PdfDocument, index: int, path: Path) -> None:
    single = pypdfium2.PdfDocument.new()
    single.import_pages(pdf, [index])
    single.save(str(path))


def _scan_image(pdf: bytes, index: int, path: Path) -> Path:
    image, dpi = page_image(pdf, index, path.name)
    image.save(path, dpi=(dpi, dpi))
    return path


def declared_dpi(image: Path) -> int:
    """The dpi a baseline PNG declares (Pillow reads a PNG's pixels per metre back as a float)."""
    with Image.open(image) as opened:
        return round(opened.info["dpi"][0])


def _photo_image(jpeg: Path, path: Path) -> Path:
    with Image.open(jpeg) as photo:
        ImageOps.exif_transpose(photo).convert("L").save(path, dpi=(BASELINE_DPI, BASELINE_DPI))
    return path
