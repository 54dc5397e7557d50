"""How well pages are read, apart from extraction: ours against bare Tesseract.

    .venv/bin/python -m bench.reading [--pages N] [--seed S] [--corpus DIR] [--no-sheet] [--json PATH]

For every scanned or photographed page, the born-digital twin's text (its text layer,
read by pdfplumber) is the truth. Both readings are compared with it:

- ours: `extractors.pages.read_file` on the file, as `woondossier` reads it;
- bare: `tesseract IMG - -l nld` with default settings on the page image with EXIF
  applied (a photo turned upright and made greyscale, as `bench._corpus` prepares it;
  a scanned PDF page as its stored image), what a user trying Tesseract would get.

Figures per page: the character error rate (Levenshtein distance over the truth's
length, whitespace collapsed, case kept) and the word recall (share of the truth's
words, as a multiset, lower-cased and stripped of punctuation, that the reading holds).
Printed per rendering and format: mean CER and recall of each, pages where ours has
the higher CER, and every page where either reads fewer than 20 words. The CER is
given twice: as read, and with the tokens a table's ruling reads as ("|", "[") left out
of both readings (the truth, a text layer, has none; the extractors use them as cell
ends, so the reader keeps them).

Corpus: by default `bench._corpus` makes N pages of `samples.generator` (scans one page
per PDF, photos one JPEG per page). `--corpus DIR` reads a folder (and its subfolders)
of rendered files beside their born-digital twins, named as `samples.blind` names them
(`<doc>-scan-0.tif` beside `<doc>-digital-0.pdf`) or as `bench._corpus` does (see
`_parse_name`). `--no-sheet` reads photos without finding the sheet (`Limits.find_sheet`),
for comparing that step.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image, ImageOps  # noqa: E402
from rapidfuzz.distance import Levenshtein  # noqa: E402

from bench._cli import at_least, progress  # noqa: E402
from extractors.pages import DEFAULT_LIMITS, Limits, page_image, read_file, sniff  # noqa: E402
from woondossier.errors import InputError  # noqa: E402

DEFAULT_PAGES = 24
DEFAULT_SEED = 2026
FEW_WORDS = 20
BARE_COMMAND = "tesseract IMG - -l nld"


@dataclass(frozen=True)
class PageScore:
    file: str
    page: int
    group: str  # rendering/format[/degradation]
    ours_cer: float
    bare_cer: float
    ours_recall: float
    bare_recall: float
    ours_words: int
    bare_words: int
    ours_cer_text: float = 0.0  # CER with table rules read as "|", "[" left out of both readings
    bare_cer_text: float = 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reading", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=at_least(1), default=DEFAULT_PAGES, help=f"pages per rendering (default {DEFAULT_PAGES})")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"the generator's seed (default {DEFAULT_SEED})")
    parser.add_argument("--corpus", type=Path, help="a folder of <doc>-digital.pdf truths and their renderings")
    parser.add_argument("--no-sheet", action="store_true", help="read photos without finding the sheet in the frame")
    parser.add_argument("--json", type=Path, help="write every page's figures here")
    args = parser.parse_args(argv)
    limits = Limits(find_sheet=not args.no_sheet)
    with tempfile.TemporaryDirectory(prefix="woondossier-reading-") as folder:
        if args.corpus is None:
            from bench._corpus import write_corpus  # the generator only when it is used

            progress(f"making {args.pages} pages per rendering (seed {args.seed}) ...")
            write_corpus(Path(folder), args.pages, args.seed)
            corpus = Path(folder)
        else:
            corpus = args.corpus
        scores = score_corpus(corpus, Path(folder), limits)
    print(format_table(scores, corpus if args.corpus else f"samples.generator, {args.pages} pages, seed {args.seed}", limits))
    if args.json:
        args.json.write_text(json.dumps([asdict(s) for s in scores], indent=1) + "\n", encoding="utf-8")
    return 0


def score_corpus(corpus: Path, scratch: Path, limits: Limits = DEFAULT_LIMITS) -> list[PageScore]:
    read_truths: dict[Path, list] = {}
    scores = []
    for path in sorted(p for p in corpus.rglob("*") if p.is_file()):
        parsed = _parse_name(path)
        if parsed is None:
            continue
        twin, group, number = parsed
        if twin not in read_truths:
            read_truths[twin] = read_file(twin)
        truth_pages = read_truths[twin]
        progress(f"{path.relative_to(corpus)} ...")
        try:
            texts = [page.text for page in read_file(path, limits)]
        except InputError as exc:  # as a clerk would see it: nothing read (listed among the pages under 20 words)
            progress(f"  not read: {exc}")
            texts = [""]
        for index, text in enumerate(texts):
            if number + index > len(truth_pages):
                break
            truth = truth_pages[number + index - 1].text
            scores.append(_score(str(path.relative_to(corpus)), number + index, group, truth, text, _bare(path, index, scratch)))
    return scores


def _parse_name(path: Path) -> tuple[Path, str, int] | None:
    """(born-digital twin, rendering/format[/degradation], first page) of a rendered page
    file; None for a truth or any other file. Two namings are known:
    `<doc>-<rendering>-<index>.<ext>` beside `<doc>-digital-<index>.pdf` (samples.blind), and
    `<doc>-<rendering>[-<degradation>...][-p<N>].<ext>` beside `<doc>-digital.pdf` (bench._corpus)."""
    if "digital" in path.stem.split("-") or path.suffix.lower() not in (".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff"):
        return None
    if path.suffix == ".png" and any(path.with_suffix(s).exists() for s in (".pdf", ".jpg")):
        return None  # the page image `bench._corpus` prepares for bench.throughput's bare Tesseract
    parts = path.stem.split("-")
    number = 1
    if re.fullmatch(r"p\d+", parts[-1]):
        number = int(parts.pop()[1:])
    fmt = path.suffix.lower().lstrip(".")
    for i in range(len(parts) - 1, 0, -1):
        twin = path.with_name("-".join([*parts[:i], "digital", *parts[i + 1 :]]) + ".pdf")
        if twin.is_file():
            return twin, f"{parts[i]}/{fmt}", number
        twin = path.with_name("-".join([*parts[:i], "digital"]) + ".pdf")
        if twin.is_file():
            return twin, "/".join([parts[i], fmt, *parts[i + 1 :]]), number
    return None


def _bare(path: Path, index: int, scratch: Path) -> str:
    """`tesseract IMG - -l nld` on page `index` of `path` with EXIF applied (a PDF page: its stored image)."""
    data = path.read_bytes()
    if sniff(data) == "pdf":
        image, dpi = page_image(data, index, path.name)
    else:
        with Image.open(path) as opened:
            opened.seek(index)
            dpi = opened.info.get("dpi")
            image = ImageOps.exif_transpose(opened).convert("L")
            dpi = round(dpi[0]) if dpi else None
    png = scratch / "bare.png"
    image.save(png, dpi=(dpi, dpi)) if dpi else image.save(png)
    done = subprocess.run(["tesseract", str(png), "-", "-l", "nld"], capture_output=True, check=False, env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"})
    return done.stdout.decode("utf-8", errors="replace")


def _normal(text: str) -> str:
    return " ".join(text.split())


_RULE = re.compile(r"^[|\[\]{}_]+$")


def without_rules(text: str) -> str:
    """`text` without the tokens a table's ruling reads as ("|", "[", "]"): lines, not text.

    >>> without_rules("| Naam Jan | BSN 1 [")
    'Naam Jan BSN 1'
    """
    return "\n".join(" ".join(t for t in line.split() if not _RULE.match(t)) for line in text.splitlines())


def _words(text: str) -> Counter:
    return Counter(w for w in (re.sub(r"[^\w]", "", t).lower() for t in text.split()) if w)


def cer(truth: str, read: str) -> float:
    """Character error rate of `read` against `truth`, whitespace collapsed.

    >>> cer("Gemeente Haarlem", "Gemeente  Haarlem"), round(cer("Haarlem", "Haarlern"), 3)
    (0.0, 0.286)
    """
    truth, read = _normal(truth), _normal(read)
    return Levenshtein.distance(truth, read) / max(len(truth), 1)


def recall(truth: str, read: str) -> float:
    """Share of the truth's words the reading holds.

    >>> recall("Naam: Jan de Vries", "naam jan de vries"), recall("een twee", "een")
    (1.0, 0.5)
    """
    wanted, got = _words(truth), _words(read)
    return sum((wanted & got).values()) / max(sum(wanted.values()), 1)


def _score(file: str, page: int, group: str, truth: str, ours: str, bare: str) -> PageScore:
    return PageScore(
        file=file, page=page, group=group,
        ours_cer=round(cer(truth, ours), 4), bare_cer=round(cer(truth, bare), 4),
        ours_recall=round(recall(truth, ours), 4), bare_recall=round(recall(truth, bare), 4),
        ours_words=len(ours.split()), bare_words=len(bare.split()),
        ours_cer_text=round(cer(truth, without_rules(ours)), 4), bare_cer_text=round(cer(truth, without_rules(bare)), 4),
    )  # fmt: skip


def format_table(scores: list[PageScore], corpus, limits: Limits) -> str:
    lines = [
        f"reading benchmark: {corpus}; ours = extractors.pages.read_file (find_sheet={limits.find_sheet}), bare = {BARE_COMMAND} (EXIF applied)",
        "",
        "| rendering/format | pages | CER ours | CER bare | CER ours/bare | word recall ours | word recall bare | pages ours worse (CER) | CER without rules: ours | bare | pages ours worse |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    groups = sorted({s.group for s in scores})
    for group in [*groups, "all"]:
        chosen = [s for s in scores if group in ("all", s.group)]
        if not chosen:
            continue
        ours, bare = statistics.mean(s.ours_cer for s in chosen), statistics.mean(s.bare_cer for s in chosen)
        worse = sum(1 for s in chosen if s.ours_cer > s.bare_cer)
        worse_text = sum(1 for s in chosen if s.ours_cer_text > s.bare_cer_text)
        lines.append(
            f"| {group} | {len(chosen)} | {ours:.3f} | {bare:.3f} | {ours / bare if bare else float('nan'):.2f} | "
            f"{statistics.mean(s.ours_recall for s in chosen):.3f} | {statistics.mean(s.bare_recall for s in chosen):.3f} | {worse} | "
            f"{statistics.mean(s.ours_cer_text for s in chosen):.3f} | {statistics.mean(s.bare_cer_text for s in chosen):.3f} | {worse_text} |"
        )
    worse = [s for s in scores if s.ours_cer > s.bare_cer]
    lines += ["", f"pages where ours reads worse than bare Tesseract (CER): {len(worse)}"]
    lines += [f"  {s.file} p.{s.page}: CER {s.ours_cer:.3f} vs {s.bare_cer:.3f}, recall {s.ours_recall:.3f} vs {s.bare_recall:.3f}" for s in worse]
    few = [s for s in scores if s.ours_words < FEW_WORDS or s.bare_words < FEW_WORDS]
    lines += ["", f"pages where either reads fewer than {FEW_WORDS} words: {len(few)}"]
    lines += [f"  {s.file} p.{s.page}: ours {s.ours_words} words, bare {s.bare_words}" for s in few]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
