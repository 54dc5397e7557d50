"""How the accuracy benchmark judges what was extracted against the generator's truth.

Pure functions over the contract's JSON (CONTRACT.md §3): the `.expected.json` the
generator writes beside every sample, and `woondossier extract --json` of that sample.

Units and verdicts:

- A **document** is one entry of `documents` in an expected file. It is matched to the
  found document sharing most pages with it; in an e-mail only documents of the same
  attachment are candidates, their pages counted from the attachment's first page (the
  reader numbers pages on across attachments, the truth per attachment). Its doc type
  is right when the matched document has the truth's `doc_type`.
- **Separation** (mail batches): a truth document is separated when some found document
  has its `doc_type` and exactly its pages.
- A **field item** is one scalar truth value, judged by `judge`:
  `right` (found equals truth; names exactly as printed, accents and case included),
  `missing` (truth non-null, found null or absent), `wrong` (found non-null and
  different, including a value where the truth is null). Truth null and found null is
  right: the reader did not invent a value.
- **List fields** become several items (`list_items`):
  `persons` (BRP) gives four items per truth person, `persons.name`, `persons.birth_date`,
  `persons.bsn`, `persons.registered_since`; `account_holders` one item per truth name.
  Found elements are paired with truth elements first by likeness (the same name once
  accents, case and spacing are set aside and small OCR slips allowed, or the same birth
  date or BSN), then the rest in printed order. A truth element without partner counts
  its items missing; a found element left over (a person who is not there) counts one
  wrong item, `persons.name` or `account_holders`.

A wrong value whose only difference from truth is accents, case or spacing ("Yilmaz"
for "Yılmaz") is still wrong, and is also counted as `accent_only`; one read with a
confidence below `REVIEW_BELOW` (the policies' field_confidence_threshold, under which
a decision becomes `review`) is still wrong, and is also counted as `flagged`. So the
report can say how much of the wrong-value rate an analyst would be shown as doubtful.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

RIGHT, MISSING, WRONG = "right", "missing", "wrong"
PERSON_KEYS = ("name", "birth_date", "bsn", "registered_since")
LIST_FIELDS = ("persons", "account_holders")
REVIEW_BELOW = 0.80
_ALIKE_NAMES = 80.0  # rapidfuzz ratio of plain names above which two list elements are the same person


@dataclass(frozen=True)
class Item:
    """One scalar truth value and what was found for it."""

    field: str  # "income", "persons.bsn"
    truth: Any
    found: Any
    verdict: str
    confidence: float | None = None  # the found field's (a list's elements share the list's)

    @property
    def flagged(self) -> bool:
        return self.verdict == WRONG and self.confidence is not None and self.confidence < REVIEW_BELOW

    @property
    def accent_only(self) -> bool:
        return self.verdict == WRONG and isinstance(self.truth, str) and isinstance(self.found, str) and plain(self.truth) == plain(self.found)


@dataclass(frozen=True)
class DocScore:
    """One truth document: where it came from and how it was read."""

    file: str
    source: str  # "single", "batch" or "email"
    rendering: str  # "digital", "scan" or "photo"
    doc_type: str  # the truth's
    found_type: str | None  # the matched found document's; None when nothing was found
    separated: bool | None  # batches only: its type and exact pages found
    items: tuple[Item, ...]


# --- values ------------------------------------------------------------------------------


def plain(text: str) -> str:
    """A text without accents, dotless i as i, lower case, single spaces.

    >>> plain("  Yılmaz,  Çelik "), plain("Aïcha van 't Veen")
    ('yilmaz, celik', "aicha van 't veen")
    """
    decomposed = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def judge(truth: Any, found: Any) -> str:
    """The verdict on one scalar value.

    >>> judge("2026-10-12", "2026-10-12"), judge("2026-10-12", None), judge("2026-10-12", "2026-10-13")
    ('right', 'missing', 'wrong')
    >>> judge(None, None), judge(None, "1234AB"), judge(False, False), judge(False, None)
    ('right', 'wrong', 'right', 'missing')
    >>> judge(True, 1), judge(2025, 2025), judge("Yılmaz", "Yilmaz")
    ('wrong', 'right', 'wrong')
    """
    if found is None:
        return RIGHT if truth is None else MISSING
    if isinstance(truth, bool) != isinstance(found, bool):
        return WRONG
    return RIGHT if found == truth else WRONG


def _same_name(a: Any, b: Any) -> bool:
    return isinstance(a, str) and isinstance(b, str) and fuzz.ratio(plain(a), plain(b)) >= _ALIKE_NAMES


def _same_person(truth: dict, found: dict) -> bool:
    if _same_name(truth.get("name"), found.get("name")):
        return True
    return any(truth.get(key) is not None and truth.get(key) == found.get(key) for key in ("birth_date", "bsn"))


def pair(truth: Sequence, found: Sequence, alike: Callable[[Any, Any], bool]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pairs (truth index, found index), then the truth and found indexes left unpaired.

    First every truth element takes the first unpaired found element `alike` it; then
    the elements left are paired in printed order.

    >>> pair(["Jan", "Piet"], ["Piet", "Jan", "Kees"], lambda a, b: a == b)
    ([(0, 1), (1, 0)], [], [2])
    >>> pair(["Jan", "Piet", "Joop"], ["Jon"], lambda a, b: a == b)
    ([(0, 0)], [1, 2], [])
    """
    pairs, free = [], list(range(len(found)))
    for t, element in enumerate(truth):
        match = next((f for f in free if alike(element, found[f])), None)
        if match is not None:
            pairs.append((t, match))
            free.remove(match)
    lonely = [t for t in range(len(truth)) if t not in {p[0] for p in pairs}]
    for t, f in zip(list(lonely), list(free)):
        pairs.append((t, f))
        lonely.remove(t)
        free.remove(f)
    return sorted(pairs), lonely, free


def list_items(name: str, truth: list | None, found: list | None, confidence: float | None = None) -> list[Item]:
    """The items of a list field (`persons`, `account_holders`), as the module docstring defines.

    >>> t = ["Jan de Vries", "Fatima El Amrani"]
    >>> [i.verdict for i in list_items("account_holders", t, ["Fatima El Amrani", "Jan de Vries"])]
    ['right', 'right']
    >>> [(i.verdict, i.found) for i in list_items("account_holders", t, ["J. de Vries"])]
    [('wrong', 'J. de Vries'), ('missing', None)]
    >>> [(i.field, i.verdict) for i in list_items("account_holders", ["Jan de Vries"], ["Jan de Vries", "Kees"])]
    [('account_holders', 'right'), ('account_holders', 'wrong')]
    >>> [i.verdict for i in list_items("account_holders", t, None)]
    ['missing', 'missing']
    """
    truth, found = list(truth or []), list(found or [])
    person = name == "persons"
    alike = _same_person if person else _same_name
    pairs, lonely, extra = pair(truth, found, alike)
    items: list[Item] = []
    for t, f in pairs:
        items += _element_items(name, truth[t], found[f], person, confidence)
    for t in lonely:
        items += _element_items(name, truth[t], None, person, confidence)
    for f in extra:
        label = f"{name}.name" if person else name
        items.append(Item(label, None, found[f], WRONG, confidence))
    return items


def _element_items(name: str, truth: Any, found: Any, person: bool, confidence: float | None) -> list[Item]:
    if not person:
        return [Item(name, truth, found, judge(truth, found), confidence)]
    found = found or {}
    return [
        Item(f"{name}.{key}", truth.get(key), found.get(key), judge(truth.get(key), found.get(key)), confidence)
        for key in PERSON_KEYS
    ]


def field_items(truth: dict[str, Any], found: dict[str, dict] | None) -> list[Item]:
    """Every item of a document's truth fields against found contract fields
    (`{"name": {"value": ..., "confidence": ...}}`); fields not in the truth are not scored.

    >>> found = {"tax_year": {"value": 2025}, "income": {"value": "41000.00"}, "bsn": {"value": None}}
    >>> [(i.field, i.verdict) for i in field_items({"tax_year": 2025, "income": "41200.00", "bsn": "111222333", "name": "A"}, found)]
    [('tax_year', 'right'), ('income', 'wrong'), ('bsn', 'missing'), ('name', 'missing')]
    """
    found = found or {}
    items: list[Item] = []
    for name, truth_value in truth.items():
        value, confidence = (found.get(name) or {}).get("value"), (found.get(name) or {}).get("confidence")
        if name in LIST_FIELDS:
            items += list_items(name, truth_value, value, confidence)
        else:
            items.append(Item(name, truth_value, value, judge(truth_value, value), confidence))
    return items


# --- documents -----------------------------------------------------------------------------


def rebase_attachments(found: Sequence[dict]) -> list[dict]:
    """Found documents with pages counted from their attachment's first page (e-mails).

    >>> rebase_attachments([{"attachment": "a.pdf", "pages": [1, 2]}, {"attachment": "b.jpg", "pages": [3]}])
    [{'attachment': 'a.pdf', 'pages': [1, 2]}, {'attachment': 'b.jpg', 'pages': [1]}]
    """
    first: dict[Any, int] = {}
    for doc in found:
        key = doc.get("attachment")
        first[key] = min([first.get(key, 10**9), *doc["pages"]])
    return [{**doc, "pages": [p - first[doc.get("attachment")] + 1 for p in doc["pages"]]} for doc in found]


def match_documents(expected: Sequence[dict], found: Sequence[dict]) -> list[int | None]:
    """For each expected document, the index of the found document of the same attachment
    sharing most pages with it (the first on a tie), or None when none shares a page.

    >>> match_documents([{"pages": [1, 2]}, {"pages": [3]}], [{"pages": [1]}, {"pages": [2, 3]}])
    [0, 1]
    >>> match_documents([{"pages": [4]}], [{"pages": [1]}])
    [None]
    """
    matches = []
    for doc in expected:
        best, best_shared = None, 0
        for index, candidate in enumerate(found):
            if candidate.get("attachment") != doc.get("attachment"):
                continue
            shared = len(set(doc["pages"]) & set(candidate["pages"]))
            if shared > best_shared:
                best, best_shared = index, shared
        matches.append(best)
    return matches


def separated(doc: dict, found: Iterable[dict]) -> bool:
    """Whether some found document has the truth document's type and exactly its pages.

    >>> separated({"doc_type": "bankafschrift", "pages": [3, 4]}, [{"doc_type": "bankafschrift", "pages": [3]}])
    False
    """
    return any(f["doc_type"] == doc["doc_type"] and list(f["pages"]) == list(doc["pages"]) for f in found)


def score_file(expected: dict, found: dict, source: str, rendering: Callable[[dict], str]) -> tuple[list[DocScore], int]:
    """Every truth document of one file scored, and how many found documents match no
    truth document (a document split in two, a blank page taken for one).
    `rendering(doc)` names the rendering of a truth document."""
    found_docs = rebase_attachments(found["documents"]) if source == "email" else list(found["documents"])
    matches = match_documents(expected["documents"], found_docs)
    scores = []
    for doc, match in zip(expected["documents"], matches):
        hit = found_docs[match] if match is not None else None
        scores.append(
            DocScore(
                file=expected["file"],
                source=source,
                rendering=rendering(doc),
                doc_type=doc["doc_type"],
                found_type=hit["doc_type"] if hit else None,
                separated=separated(doc, found_docs) if source == "batch" else None,
                items=tuple(field_items(doc["fields"], hit["fields"] if hit else None)),
            )
        )
    return scores, len(found_docs) - len({m for m in matches if m is not None})


# --- figures --------------------------------------------------------------------------------


def tally(items: Iterable[Item]) -> dict[str, Any]:
    """Counts and rates of a set of items; rates are of all items, so they add up to 1.

    >>> tally([Item("a", 1, 1, "right"), Item("b", 1, None, "missing"), Item("c", "Ç", "C", "wrong", 0.5), Item("d", 1, 1, "right")])
    {'items': 4, 'right': 2, 'missing': 1, 'wrong': 1, 'accent_only': 1, 'flagged': 1, 'accuracy': 0.5, 'missing_rate': 0.25, 'wrong_rate': 0.25}
    """
    items = list(items)
    counts = Counter(item.verdict for item in items)
    total = len(items)
    rate = lambda n: round(n / total, 4) if total else None  # noqa: E731
    return {
        "items": total,
        "right": counts[RIGHT],
        "missing": counts[MISSING],
        "wrong": counts[WRONG],
        "accent_only": sum(item.accent_only for item in items),
        "flagged": sum(item.flagged for item in items),
        "accuracy": rate(counts[RIGHT]),
        "missing_rate": rate(counts[MISSING]),
        "wrong_rate": rate(counts[WRONG]),
    }


def share(hits: int, total: int) -> dict[str, Any]:
    """How many of a total were right.

    >>> share(3, 4)
    {'right': 3, 'total': 4, 'accuracy': 0.75}
    """
    return {"right": hits, "total": total, "accuracy": round(hits / total, 4) if total else None}


def worst_fields(scores: Iterable[DocScore], top: int = 12) -> list[dict[str, Any]]:
    """The (doc_type.field, rendering) with most wrong values, then most missing ones.

    >>> s = DocScore("f", "single", "scan", "bankafschrift", "bankafschrift", None,
    ...              (Item("iban", "X", "Y", "wrong"), Item("statement_date", "D", None, "missing")))
    >>> worst_fields([s])
    [{'field': 'bankafschrift.iban', 'rendering': 'scan', 'wrong': 1, 'missing': 0, 'items': 1}, {'field': 'bankafschrift.statement_date', 'rendering': 'scan', 'wrong': 0, 'missing': 1, 'items': 1}]
    """
    counts: dict[tuple[str, str], Counter] = {}
    for score in scores:
        for item in score.items:
            counts.setdefault((f"{score.doc_type}.{item.field}", score.rendering), Counter())[item.verdict] += 1
    rows = [
        {"field": field, "rendering": rendering, "wrong": c[WRONG], "missing": c[MISSING], "items": sum(c.values())}
        for (field, rendering), c in counts.items()
        if c[WRONG] or c[MISSING]
    ]
    return sorted(rows, key=lambda r: (-r["wrong"], -r["missing"], r["field"], r["rendering"]))[:top]
