"""Write a corpus of synthetic sample files, each beside the result a perfect reader gives.

Layout modules are discovered, not listed: every module of `samples.generator` with
`DOC_TYPE`, `LAYOUTS` and `make(rng, layout, **overrides) -> DocSpec` is one. For each
doc type, layout, copy and rendering the corpus holds

    <doc_type>/<layout>-<rendering>-<i>.pdf|.jpg   the sample
    <doc_type>/<layout>-<rendering>-<i>.expected.json

and, when asked, mail-room batches (`batch/batch-<i>.pdf`, several documents of any
type, unknown included) and e-mails (`eml/mail-<i>.eml`, 1-3 attachments, some of them
truncated and so unreadable). The expected JSON follows the contract's output
(CONTRACT.md §3) without confidences and boxes:

    {"file": "letter-scan-0.pdf",
     "documents": [{"doc_type": "unknown", "pages": [1], "fields": {}}],
     "errors": []}

`fields` is exactly the DocSpec truth. For an e-mail, each document also names its
`attachment`, and an unreadable attachment is an error entry
`{"file": <eml name>, "attachment": <name>, "page": null, "error": <what is wrong>}`;
the message is descriptive only, a reader's own wording will differ.

Photos are made of one-page documents only: a photo is one page, and the truth of a
multi-page document cannot be split over its pages.

Every file has its own `random.Random` seeded from the corpus seed and the file's
name, so a seed reproduces the corpus, and adding a layout changes no other file.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import random
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

import samples.generator as _package
from samples.generator import people
from samples.generator.render import make_eml, page_count, render_batch, render_digital, render_photo, render_scan
from samples.generator.spec import DocSpec

RENDERINGS = ("digital", "scan", "photo")
_NOT_LAYOUTS = {"spec", "people", "render", "corpus", "__main__"}
_CORRUPT_ERROR = "truncated PDF: the attachment is cut off and cannot be read"


def layout_modules() -> dict[str, ModuleType]:
    """Every layout module of samples.generator, by DOC_TYPE."""
    found = {}
    for info in pkgutil.iter_modules(_package.__path__):
        if info.name in _NOT_LAYOUTS or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{_package.__name__}.{info.name}")
        if all(hasattr(module, name) for name in ("DOC_TYPE", "LAYOUTS", "make")):
            found[module.DOC_TYPE] = module
    return dict(sorted(found.items()))


def expected_path(sample: Path) -> Path:
    """`letter-scan-0.pdf` -> `letter-scan-0.expected.json`."""
    return sample.with_name(f"{sample.stem}.expected.json")


def generate_corpus(
    out_dir: Path,
    seed: int,
    per_layout: int = 1,
    renderings: Iterable[str] = RENDERINGS,
    batches: int = 0,
    emails: int = 0,
    doc_types: Iterable[str] | None = None,
) -> list[Path]:
    """Write the corpus under out_dir and return the sample files written (each with
    its `expected_path` beside it). `doc_types` limits it to some layout modules."""
    renderings = tuple(renderings)
    unknown_renderings = set(renderings) - set(RENDERINGS)
    if unknown_renderings:
        raise ValueError(f"unknown rendering(s) {sorted(unknown_renderings)}; known: {', '.join(RENDERINGS)}")
    modules = _select(layout_modules(), doc_types)
    written: list[Path] = []
    for doc_type, module in modules.items():
        for layout in module.LAYOUTS:
            for index in range(per_layout):
                spec = module.make(random.Random(f"{seed}:{doc_type}:{layout}:{index}"), layout)
                written += _write_single(Path(out_dir) / doc_type, spec, index, renderings, seed)
    for index in range(batches):
        written.append(_write_batch(Path(out_dir) / "batch", modules, index, seed))
    for index in range(emails):
        written.append(_write_email(Path(out_dir) / "eml", modules, index, renderings, seed))
    return written


def _select(modules: dict[str, ModuleType], doc_types: Iterable[str] | None) -> dict[str, ModuleType]:
    if doc_types is None:
        return modules
    wanted = list(doc_types)
    missing = [t for t in wanted if t not in modules]
    if missing:
        raise ValueError(f"no layout module for {missing}; found: {', '.join(modules)}")
    return {t: modules[t] for t in wanted}


def _entry(spec: DocSpec, pages: list[int], **extra) -> dict:
    return {**extra, "doc_type": spec.doc_type, "pages": pages, "fields": spec.truth}


def _write(path: Path, content: bytes, documents: list[dict], errors: list[dict] | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    expected = {"file": path.name, "documents": documents, "errors": errors or []}
    expected_path(path).write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def _write_single(folder: Path, spec: DocSpec, index: int, renderings: tuple[str, ...], seed: int) -> list[Path]:
    digital = render_digital(spec)
    pages = list(range(1, page_count(digital) + 1))
    written = []
    for rendering in renderings:
        stem = f"{spec.layout}-{rendering}-{index}"
        rng = random.Random(f"{seed}:{spec.doc_type}/{stem}")
        if rendering == "digital":
            written.append(_write(folder / f"{stem}.pdf", digital, [_entry(spec, pages)]))
        elif rendering == "scan":
            written.append(_write(folder / f"{stem}.pdf", render_scan(spec, rng), [_entry(spec, pages)]))
        elif len(pages) == 1:  # photo: one-page documents only, see the module docstring
            written.append(_write(folder / f"{stem}.jpg", render_photo(spec, rng)[0], [_entry(spec, [1])]))
    return written


def _random_spec(modules: dict[str, ModuleType], rng: random.Random) -> DocSpec:
    module = rng.choice(list(modules.values()))
    return module.make(random.Random(rng.getrandbits(64)), rng.choice(module.LAYOUTS))


def _write_batch(folder: Path, modules: dict[str, ModuleType], index: int, seed: int) -> Path:
    """A mail-room batch: 2-4 documents of random types scanned into one PDF."""
    rng = random.Random(f"{seed}:batch/batch-{index}")
    specs = [_random_spec(modules, rng) for _ in range(rng.randint(2, 4))]
    pdf, pages = render_batch(specs, rng)
    return _write(folder / f"batch-{index}.pdf", pdf, [_entry(s, p) for s, p in zip(specs, pages)])


def _attachment(spec: DocSpec, position: int, renderings: tuple[str, ...], rng: random.Random) -> tuple[str, bytes, str, list[int]]:
    """One attachment as a tenant sends it: (filename, content, mime type, pages)."""
    digital = render_digital(spec)
    pages = list(range(1, page_count(digital) + 1))
    usable = [r for r in renderings if r != "photo" or len(pages) == 1] or ["digital"]
    rendering = rng.choice(usable)
    if rendering == "photo":
        return f"IMG_2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_{position}.jpg", render_photo(spec, rng)[0], "image/jpeg", [1]
    if rendering == "scan":
        return f"scan_{position}{rng.randint(100, 999)}.pdf", render_scan(spec, rng), "application/pdf", pages
    return f"{rng.choice(('document', 'bijlage', 'formulier'))}-{position}.pdf", digital, "application/pdf", pages


def _write_email(folder: Path, modules: dict[str, ModuleType], index: int, renderings: tuple[str, ...], seed: int) -> Path:
    """An applicant's e-mail with 1-3 attachments; in about one mail in four, one
    attachment is a PDF cut off in transit, which a reader must report, not skip."""
    name = f"mail-{index}.eml"
    rng = random.Random(f"{seed}:eml/{name}")
    sender = people.person(rng)
    specs = [_random_spec(modules, rng) for _ in range(rng.randint(1, 3))]
    corrupt = rng.randrange(len(specs)) if rng.random() < 0.25 else None
    attachments, documents, errors = [], [], []
    for position, spec in enumerate(specs, start=1):
        filename, content, mime_type, pages = _attachment(spec, position, renderings if position - 1 != corrupt else ("digital", "scan"), rng)
        if position - 1 == corrupt:
            content = content[: int(len(content) * rng.uniform(0.3, 0.7))]
            errors.append({"file": name, "attachment": filename, "page": None, "error": _CORRUPT_ERROR})
        else:
            documents.append(_entry(spec, pages, attachment=filename))
        attachments.append((filename, content, mime_type))
    body = f"Beste medewerker,\n\nHierbij stuur ik de documenten voor mijn aanvraag.\n\nMet vriendelijke groet,\n{sender.name}\n"
    eml = make_eml(f"Documenten aanvraag {sender.initials_name}", f"{sender.name} <{_mailbox(sender)}@example.nl>", body, attachments)
    return _write(folder / name, eml, documents, errors)


def _mailbox(person: people.Person) -> str:
    """"Aïcha van 't Wijk" -> "aicha.vantwijk": ASCII, as mail addresses are."""
    ascii_name = lambda text: unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()  # noqa: E731
    first = ascii_name(person.first_names.split()[0]).lower()
    last = "".join(c for c in ascii_name(person.tussenvoegsel + person.surname).lower() if c.isalnum())
    return f"{first}.{last}"
