"""How well `woondossier extract` reads documents: doc types, fields, mail-batch separation.

    .venv/bin/python -m bench.accuracy [--seed N] [--per-layout K] [--batches B] [--emails E] [--json PATH]
    .venv/bin/python -m bench.accuracy --generator blind --split dev|heldout|fresh|fresh2 [--corpus DIR] ...

One run, in order:
1. make a corpus in a temporary folder with `samples.generator.corpus.generate_corpus`:
   every layout of every doc type (unknown ones too), K copies each, born digital,
   scanned and photographed (photos of one-page documents only), plus B scanned
   mail-room batches (blank separator sheets between some documents) and E e-mails.
   Every sample has an `.expected.json` beside it: the exact truth;
2. read every file with `extractors.documents.extract_file`, the code of
   `woondossier extract`, one file per worker thread, `os.cpu_count()` threads as the CLI;
3. score every truth document against what was read (`bench._scoring`, whose docstring
   defines matching, list fields and verdicts) and print the figures beside the
   targets of issue 4; with --json, write them with the details.

`--generator blind` makes the corpus with the second, blind generator
(`samples.blind`, issue 17) instead: its `dev` split (the layouts open to study) or its
`heldout` split (other seeds, plus one layout per type that dev never shows; measure it,
never study it) or its `fresh` split (only layouts written later, blind, that neither dev
nor heldout shows: at least two per type, from a seed of its own; measure it, never
study it), or `fresh2` (a second such set, written later still). Its seed defaults to the split's own; it writes no e-mails. `--corpus
DIR` reads a corpus written before (`python -m samples.blind --split S --out DIR`)
instead of making one, so the same files can be read by two versions of the code.
Besides the figures above, the report gives the calibration figure (of the values read
with confidence >= 0.80, the share that is right) and, for the blind generator, the
fields per layout, the held-out layouts marked.

Renderings: a sample's own (its file name says it); a batch document is a scan; an
e-mail attachment is named by the generator after its rendering (`IMG_*.jpg` a photo,
`scan_*.pdf` a scan, else born digital).

The default seed, 20270610, is the benchmark's own: it was never used while developing
the extractors and must not be used to tune them (use seed 7, 31-49 or the tests' seeds,
and re-measure on the default seed only to report). The previous defaults, 20261123,
20261201, 20261215, 20261231, 20270107, 20270121, 20270304 and 20270318, and the seeds
20261202 and 20270204 were retired once their failures had been studied to improve the
extractors; 20270401 and 20270415 once they had informed a choice between two ways of
reading scans (20270415's failures were studied too); 20270429 once a failure it showed
was fixed; 20270218 and 20270513, measured once and not studied, were retired so that
each report is on a seed no change has yet been measured against; 20270527 was measured
once on 2026-12-04 (at 8e75f44), not studied, and retired for the same reason. Reading costs about 1 s per OCR page on one
core; the default size (2 copies per layout, 6 batches, 6 e-mails: 165 files) takes
about 3-4 minutes on 2 idle cores.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

if __package__ in (None, ""):  # `make accuracy` may run this file as a script; samples/ is not installed
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._cli import at_least, progress  # noqa: E402
from bench._scoring import REVIEW_BELOW, DocScore, score_file, share, tally, worst_fields  # noqa: E402
from extractors.documents import extract_file  # noqa: E402
from bench._scoring import RIGHT, WRONG  # noqa: E402
from samples.blind.corpus import SPLITS as BLIND_SPLITS  # noqa: E402
from samples.generator.corpus import RENDERINGS, expected_path, generate_corpus  # noqa: E402
from woondossier.output import file_result_json  # noqa: E402

DEFAULT_SEED = 20270610  # the benchmark's own seed: never tune the extractors on it
DEFAULT_PER_LAYOUT = 2
DEFAULT_BATCHES = 6
DEFAULT_EMAILS = 6
CONFIDENT = 0.80  # issue 17: of the values read at >= 0.80, at least 99.5 % must be right
TARGETS = {"calibration": 0.995, "doc_type": 0.99, "separation": 0.95, "digital": 0.99, "scan": 0.97, "photo": 0.90, "wrong_rate": 0.01}
"""Issue 4: doc type >= 99 %, batch separation >= 95 %, fields >= 99/97/90 % by rendering, wrong values <= 1 %."""
_EXAMPLES = 15  # wrong values printed; the JSON holds them all


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    if args.generator == "own" and (args.split or args.corpus):
        raise SystemExit("python -m bench.accuracy: --split and --corpus go with --generator blind")
    seed = args.seed if args.seed is not None else DEFAULT_SEED if args.generator == "own" else None
    if args.corpus:
        results = run(args.corpus, seed, args.per_layout, args.batches, 0, args.renderings, args.doc_types,
                      generator="blind", split=args.split or "dev", existing=True)
    else:
        with tempfile.TemporaryDirectory(prefix="woondossier-accuracy-") as folder:
            results = run(Path(folder), seed, args.per_layout, args.batches, args.emails, args.renderings, args.doc_types,
                          generator=args.generator, split=args.split or "dev")
    print(format_report(results), end="")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


def run(folder: Path, seed: int | None, per_layout: int, batches: int, emails: int, renderings=RENDERINGS, doc_types=None,
        generator: str = "own", split: str = "dev", existing: bool = False) -> dict:
    """Every figure of one benchmark run, as the JSON holds them. `generator` "blind" makes
    the corpus with samples.blind (its `split`); `existing` reads the corpus already in folder."""
    workers = os.cpu_count() or 1
    started = time.perf_counter()
    if existing:
        progress(f"reading the corpus in {folder} ...")
        samples = _existing_samples(folder, renderings, doc_types)
        emails = 0
    elif generator == "blind":
        from samples.blind.corpus import SPLITS, generate_corpus as generate_blind  # WeasyPrint and augraphy: only when asked

        seed = SPLITS[split] if seed is None else seed
        progress(f"making the blind corpus (split {split}, seed {seed}, {per_layout} per layout, {batches} batches) ...")
        samples = generate_blind(folder, split, seed, per_layout, renderings, batches, doc_types)
        emails = 0
    else:
        progress(f"making the corpus (seed {seed}, {per_layout} per layout, {batches} batches, {emails} e-mails) ...")
        samples = generate_corpus(folder, seed, per_layout, renderings, batches, emails, doc_types)
    made = time.perf_counter() - started
    progress(f"reading {len(samples)} files with {workers} worker threads ...")
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        found = list(pool.map(lambda path: file_result_json(extract_file(path, name=_name(folder, path))), samples))
    read = time.perf_counter() - started
    scores, extra = [], 0
    for path, result in zip(samples, found):
        expected = json.loads(expected_path(path).read_text(encoding="utf-8"))
        source = _source(folder, path)
        file_scores, file_extra = score_file(expected, result, source, lambda doc, p=path, s=source: _rendering(p, s, doc))
        scores += [_named(score, _name(folder, path)) for score in file_scores]
        extra += file_extra
    return {
        "settings": {"generator": generator, "split": split if generator == "blind" else None, "corpus": str(folder) if existing else None,
                     "seed": seed, "per_layout": per_layout, "batches": batches, "emails": emails,
                     "renderings": list(renderings), "doc_types": list(doc_types) if doc_types else None, "workers": workers},
        "timing": {"make_s": round(made, 1), "read_s": round(read, 1), "files": len(samples),
                   "s_per_file": round(read / len(samples), 2) if samples else None},
        "corpus": _corpus_summary(folder, samples, scores),
        **summarise(scores, extra, found),
        **({"fields_by_layout": _by_layout(scores)} if generator == "blind" else {}),
    }  # fmt: skip


def summarise(scores: list[DocScore], extra_documents: int, found: list[dict]) -> dict:
    """The figures of a run from its scored documents."""
    items = [item for score in scores for item in score.items]
    batch = [s for s in scores if s.source == "batch"]
    renderings = [r for r in RENDERINGS if any(s.rendering == r for s in scores)]
    doc_types = sorted({s.doc_type for s in scores if s.items})
    return {
        "doc_type": share(sum(s.found_type == s.doc_type for s in scores), len(scores)),
        "doc_type_by_rendering": {r: share(sum(s.found_type == s.doc_type for s in scores if s.rendering == r),
                                           sum(s.rendering == r for s in scores)) for r in renderings},
        "separation": share(sum(bool(s.separated) for s in batch), len(batch)),
        "fields": tally(items),
        "fields_by_rendering": {r: tally(i for s in scores if s.rendering == r for i in s.items) for r in renderings},
        "fields_by_doc_type": {
            t: {r: tally(i for s in scores if s.doc_type == t and s.rendering == r for i in s.items) for r in renderings}
            for t in doc_types
        },
        "calibration": calibration(items),
        "calibration_by_rendering": {r: calibration(i for s in scores if s.rendering == r for i in s.items) for r in renderings},
        "worst_fields": worst_fields(scores),
        "doc_type_errors": [{"file": s.file, "truth": s.doc_type, "found": s.found_type} for s in scores if s.found_type != s.doc_type],
        "extra_documents": extra_documents,
        "errors_reported": sum(len(r["errors"]) for r in found),
        "wrong_values": [
            {"file": s.file, "rendering": s.rendering, "field": f"{s.doc_type}.{i.field}", "truth": _masked(i.truth),
             "found": _masked(i.found), "confidence": i.confidence}
            for s in scores for i in s.items if i.verdict == "wrong"
        ],
        "missing_values": [
            {"file": s.file, "rendering": s.rendering, "field": f"{s.doc_type}.{i.field}", "truth": _masked(i.truth)}
            for s in scores for i in s.items if i.verdict == "missing"
        ],
    }  # fmt: skip


def calibration(items) -> dict:
    """Of the values read with confidence >= CONFIDENT, how many are right; and the wrong
    ones among them as a share of all items (issue 17: at most 0.3 %).

    >>> from bench._scoring import Item
    >>> calibration([Item("a", 1, 1, "right", 0.9), Item("b", 1, 2, "wrong", 0.95), Item("c", 1, 2, "wrong", 0.5), Item("d", 1, None, "missing", 0.9)])
    {'right': 1, 'total': 2, 'accuracy': 0.5, 'confident_wrong': 1, 'items': 4, 'confident_wrong_rate': 0.25}
    """
    items = list(items)
    confident = [i for i in items if i.found is not None and i.confidence is not None and i.confidence >= CONFIDENT]
    wrong = sum(i.verdict == WRONG for i in confident)
    return {**share(sum(i.verdict == RIGHT for i in confident), len(confident)), "confident_wrong": wrong,
            "items": len(items), "confident_wrong_rate": round(wrong / len(items), 4) if items else None}


def _by_layout(scores: list[DocScore]) -> dict:
    """Field tallies per blind layout ("brp_uittreksel/prose_declaration"), held-out ones marked."""
    from samples.blind.layouts import MODULES

    held = {f"{t}/{name}" for t, m in MODULES.items() for name in m.HELDOUT}
    out: dict[str, dict] = {}
    for score in scores:
        if score.source != "single":
            continue
        key = f"{score.doc_type}/{Path(score.file).name.rsplit('-', 2)[0]}"
        out.setdefault(key, {"heldout_layout": key in held, "items": []})["items"].extend(score.items)
    return {k: {"heldout_layout": v["heldout_layout"], **tally(v["items"])} for k, v in sorted(out.items())}


# --- the corpus --------------------------------------------------------------------------


def _existing_samples(folder: Path, renderings, doc_types) -> list[Path]:
    """The samples of a corpus already written: every file beside an `.expected.json`."""
    samples = []
    for expected in sorted(Path(folder).rglob("*.expected.json")):
        stem = expected.name[: -len(".expected.json")]
        sample = next((p for p in expected.parent.glob(f"{stem}.*") if not p.name.endswith(".expected.json")), None)
        if sample is None:
            continue
        top = sample.relative_to(folder).parts[0]
        if doc_types and top not in doc_types and top != "batch":
            continue
        if top not in ("batch", "eml") and sample.stem.rsplit("-", 2)[1] not in renderings:
            continue
        samples.append(sample)
    return samples



def _name(folder: Path, path: Path) -> str:
    return path.relative_to(folder).as_posix()


def _source(folder: Path, path: Path) -> str:
    top = path.relative_to(folder).parts[0]
    return {"batch": "batch", "eml": "email"}.get(top, "single")


def _rendering(path: Path, source: str, doc: dict) -> str:
    """"key_values-scan-1.pdf" -> "scan"; a batch is scanned; an attachment by its name."""
    if source == "batch":
        return "scan"
    if source == "email":
        attachment = doc.get("attachment", "")
        return "photo" if attachment.startswith("IMG_") else "scan" if attachment.startswith("scan_") else "digital"
    return path.stem.rsplit("-", 2)[1]


def _named(score: DocScore, name: str) -> DocScore:
    return DocScore(name, score.source, score.rendering, score.doc_type, score.found_type, score.separated, score.items)


def _corpus_summary(folder: Path, samples: list[Path], scores: list[DocScore]) -> dict:
    files = Counter(_source(folder, p) if _source(folder, p) != "single" else p.stem.rsplit("-", 2)[1] for p in samples)
    return {
        "files": dict(files),
        "documents": len(scores),
        "documents_by_rendering": dict(Counter(s.rendering for s in scores)),
        "doc_types": dict(sorted(Counter(s.doc_type for s in scores).items())),
    }


def _masked(value):
    """A value for the report with every nine-digit run (a BSN) cut to its last three digits."""
    if isinstance(value, str):
        return re.sub(r"\b\d{6}(\d{3})\b", r"******\1", value)
    if isinstance(value, dict):
        return {k: _masked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_masked(v) for v in value]
    return value


# --- output ------------------------------------------------------------------------------


def format_report(results: dict) -> str:
    """The human-readable report printed to stdout."""
    s, t, c = results["settings"], results["timing"], results["corpus"]
    fields = results["fields"]
    lines = [
        f"woondossier accuracy: {_generator_label(s)}{s['workers']} worker threads",
        f"corpus: {t['files']} files (" + ", ".join(f"{k} {v}" for k, v in sorted(c["files"].items())) + f"), "
        f"{c['documents']} truth documents (" + ", ".join(f"{k} {v}" for k, v in sorted(c["documents_by_rendering"].items())) + ")",
        f"time: made in {t['make_s']:.0f} s, read in {t['read_s']:.0f} s ({t['s_per_file']} s per file)",
        "",
        f"{'figure':<30}{'measured':>22}   target",
        _row("doc type", results["doc_type"], TARGETS["doc_type"]),
        *(_row(f"  doc type, {r}", v, None) for r, v in results["doc_type_by_rendering"].items()),
        _row("batch separation", results["separation"], TARGETS["separation"]),
        *(_row(f"fields, {r}", _as_share(v), TARGETS[r]) for r, v in results["fields_by_rendering"].items()),
        _row("fields, all", _as_share(fields), None),
        f"{'wrong-value rate':<30}{_pct(fields['wrong_rate']):>8} ({fields['wrong']:>4} of {fields['items']:>5})   "
        f"<= {TARGETS['wrong_rate']:.0%} {_mark(fields['wrong_rate'] is not None and fields['wrong_rate'] <= TARGETS['wrong_rate'])}",
        f"{'  of which accents/case only':<30}{'':>8} ({fields['accent_only']:>4})",
        f"{'  of which flagged for review':<30}{'':>8} ({fields['flagged']:>4})   confidence below {REVIEW_BELOW:.2f}: the analyst is asked to look",
        f"{'missing rate':<30}{_pct(fields['missing_rate']):>8} ({fields['missing']:>4} of {fields['items']:>5})   "
        "no target (missing where the page is unreadable)",
        *_calibration_rows(results),
        f"found documents matching no truth document: {results['extra_documents']}; "
        f"error entries: {results['errors_reported']}",
        "",
        "field accuracy per doc type x rendering: right % (wrong w, missing m, of items)",
        f"{'doc type':<28}" + "".join(f"{r:>24}" for r in results["fields_by_rendering"]),
    ]
    for doc_type, cells in results["fields_by_doc_type"].items():
        lines.append(f"{doc_type:<28}" + "".join(f"{_cell(cells[r]):>24}" for r in results["fields_by_rendering"]))
    if results.get("fields_by_layout"):
        lines += ["", "field accuracy per layout (* = held-out layout, never in dev): right % (wrong w, missing m, of items)"]
        lines += [f"  {('* ' if v['heldout_layout'] else '  ') + k:<52}{_cell(v):>24}" for k, v in results["fields_by_layout"].items()]
    lines += ["", "worst fields (most wrong, then most missing):", f"  {'field':<46}{'rendering':<10}{'wrong':>6}{'missing':>8}{'items':>7}"]
    lines += [f"  {w['field']:<46}{w['rendering']:<10}{w['wrong']:>6}{w['missing']:>8}{w['items']:>7}" for w in results["worst_fields"]]
    if results["doc_type_errors"]:
        lines += ["", "doc type errors (truth -> found):"]
        lines += [f"  {e['truth']} -> {e['found']}  {e['file']}" for e in results["doc_type_errors"]]
    wrong = results["wrong_values"]
    if wrong:
        lines += ["", f"wrong values ({min(len(wrong), _EXAMPLES)} of {len(wrong)}; nine-digit numbers masked):"]
        lines += [f"  {w['field']} [{w['rendering']}] {w['truth']!r} -> {w['found']!r} (confidence {w['confidence']})  {w['file']}"
                  for w in wrong[:_EXAMPLES]]
    return "\n".join(lines) + "\n"


def _generator_label(s: dict) -> str:
    """What was read: the generator, split and seed, or the folder of a corpus written before."""
    made = f"seed {s['seed']}, {s['per_layout']} per layout, {s['batches']} batches, {s['emails']} e-mails; "
    if s.get("generator") != "blind":
        return made
    if s.get("corpus"):
        return f"blind generator, split {s['split']}, the corpus in {s['corpus']}; "
    return f"blind generator, split {s['split']}, {made}"


def _calibration_rows(results: dict) -> list[str]:
    if "calibration" not in results:
        return []
    c = results["calibration"]
    met = c["accuracy"] is not None and c["accuracy"] >= TARGETS["calibration"]
    rows = [f"{_row(f'right when conf >= {CONFIDENT:.2f}', c, None)}   >= {TARGETS['calibration']:.1%} {_mark(met)}"]
    rows += [_row(f"  conf >= {CONFIDENT:.2f}, {r}", v, None) for r, v in results.get("calibration_by_rendering", {}).items()]
    rows.append(f"{'wrong at conf >= 0.80 / items':<30}{_pct(c['confident_wrong_rate']):>8} ({c['confident_wrong']:>4} of {c['items']:>5})   <= 0.3%")
    return rows


def _as_share(t: dict) -> dict:
    return {"right": t["right"], "total": t["items"], "accuracy": t["accuracy"]}


def _row(label: str, figure: dict, target: float | None) -> str:
    measured = f"{_pct(figure['accuracy']):>8} ({figure['right']:>4} of {figure['total']:>5})"
    if target is None:
        return f"{label:<30}{measured}"
    if figure["accuracy"] is None:
        return f"{label:<30}{measured}   >= {target:.0%} (nothing to measure)"
    return f"{label:<30}{measured}   >= {target:.0%} {_mark(figure['accuracy'] >= target)}"


def _cell(t: dict) -> str:
    if not t["items"]:
        return "-"
    return f"{_pct(t['accuracy'])} ({t['wrong']}w {t['missing']}m /{t['items']})"


def _pct(rate: float | None) -> str:
    return "-" if rate is None else f"{rate:.1%}"


def _mark(met: bool) -> str:
    return "met" if met else "BELOW TARGET"


# --- helpers -----------------------------------------------------------------------------


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.accuracy", description=__doc__.split("\n\n")[0])
    parser.add_argument("--generator", choices=("own", "blind"), default="own", help="own: samples.generator (default); blind: samples.blind (issue 17)")
    parser.add_argument("--split", choices=tuple(BLIND_SPLITS), help="the blind generator's split (default dev); measure heldout and the fresh splits, never study their unseen halves")
    parser.add_argument("--corpus", type=Path, metavar="DIR", help="read a blind corpus written before (python -m samples.blind) instead of making one")
    parser.add_argument("--seed", type=int, default=None, help=f"corpus seed (own default {DEFAULT_SEED}, never tune on it; blind: the split's own)")
    parser.add_argument("--per-layout", type=at_least(0), default=DEFAULT_PER_LAYOUT, help=f"copies of each layout (default {DEFAULT_PER_LAYOUT})")
    parser.add_argument("--batches", type=at_least(0), default=DEFAULT_BATCHES, help=f"scanned mail batches (default {DEFAULT_BATCHES})")
    parser.add_argument("--emails", type=at_least(0), default=DEFAULT_EMAILS, help=f"e-mails with attachments (default {DEFAULT_EMAILS})")
    parser.add_argument("--renderings", nargs="+", choices=RENDERINGS, default=list(RENDERINGS), help="renderings of single samples (default all)")
    parser.add_argument("--doc-types", nargs="+", metavar="DOC_TYPE", help="only these layout modules (default all, unknown included)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the figures and every wrong value as JSON to PATH")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
