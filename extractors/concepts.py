"""Facts stated in prose, found by concept instead of by sentence template.

A contract says "the sublet ends when the main lease ends" in many wordings and
orders ("Wanneer de hoofdhuurovereenkomst eindigt, eindigt ook deze overeenkomst",
"De onderhuur komt van rechtswege te vervallen bij beëindiging van de huur van de
hoofdhuurder"). A fact is therefore read as a few concepts that must all be there
(the main lease, this agreement, an ending), each concept a list of wordings held as
data in `CONCEPTS`, matched word by word and fuzzily (rapidfuzz), so an OCR slip in
one word ("hoofdhuurovereenkornst") does not lose the concept.

A wording is a string of slots separated by spaces; a slot is one word:
- `eindigt` a word, matched fuzzily when it has five letters or more;
- `eindig*` a word starting with the stem (its start matched fuzzily, stems of five letters or more);
- `a|b` either; a slot ending in `?` may be left out; `_?` is any one word or none;
- `…` up to four words of any kind, for a verb whose particle stands at the clause's end
  ("loopt … af": "loopt ook deze overeenkomst af"); the mention is the words before it, so
  the words in between stay free for the other concepts;
- `<Org>` a capitalised word that does not start the text (a corporation's name).

Negation ("niet", "geen", "nooit", "zonder", "noch"; in English "not", "no", "never",
"without") counts only within its own clause: `clauses` splits a text at commas, colons,
semicolons, "en", "maar", "of", "want" (English "and", "but", "or", "because") and
article numbers, so "De onderhuurder veroorzaakt geen overlast en de
onderhuur eindigt met de hoofdhuur" states the clause, unnegated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz, process

CONCEPTS: dict[str, tuple[str, ...]] = {
    # --- huurovereenkomst_onderhuur: the sublet ends when the main lease ends -------------
    "main_lease": (
        "hoofdhuurovereenkomst*",
        "hoofdhuurcontract*",
        "hoofdhuur",
        "hoofdverhuur*",
        "huurovereenkomst*|huurcontract*|huur|huurrelatie _? van|tussen|met de? hoofdhuurder|hospita",  # a hospita rents the home she lets a room in
        "huurovereenkomst*|huurcontract*|huur|huurrelatie _? met|van|tussen de? verhuurder|woningcorporatie|corporatie|woningstichting|woningbouwvereniging|eigenaar|verhuurster|stichting",
        "huurovereenkomst*|huurcontract*|huurrelatie met|van|tussen <Org>",
        "huur* _? van|tussen de? hoofdhuurder|hospita",  # "de huurovereenl t van de hoofdhuurder": a word OCR broke
        "oorspronkelijke|eigen huurovereenkomst*|huurcontract*",
        # the dwelling's lease, not the room's; a home on the water ("de huurovereenkomst van de woonark met Ymere") too
        "huur|huurovereenkomst*|huurcontract* van|voor de|het woning|woonhuis|appartement|huis|flat|bovenwoning|benedenwoning|woonark|woonboot|woonschip",
    ),
    "this_agreement": (
        "deze|dit|de onderhuurovereenkomst*|onderhuurcontract*|onderhuur|kamerhuurovereenkomst*|kamerhuurcontract*|kamerhuur",
        "deze|dit huurovereenkomst*|overeenkomst*|contract*|huurcontract*",
        "onderhuurovereenkomst*|onderhuurcontract*|onderhuur|kamerhuurovereenkomst*|kamerhuurcontract*|kamerhuur",
        "huur van de kamer",
        "de kamer verlaten|ontruimen|opleveren",
    ),
    "ends": (
        "eindig*",
        "beëindig*",
        "afloop*",
        "afgelopen",
        "loopt af",
        "loopt|liep … af",  # the particle at the clause's end: "loopt ook deze overeenkomst af"
        "houdt|hield … op",
        "ontbonden",
        "ontbind*",
        "ontbinding",
        "opgezegd",
        "stopt|stoppen|gestopt",
        "vervalt|vervallen",
        "ophoud*|houdt op",
        "einde",
        "expireert",
        "van rechtswege",
    ),
    "ends_with": (  # what ties this agreement's end to the main lease's, besides a second ending
        "tegelijk*|gelijktijdig*",
        "van rechtswege",
        "eveneens",
        "ook",
        "automatisch",
        "daarmee",
        "zodra|wanneer|indien|als",
        "op het moment dat|waarop",
        "bij|met het? einde|beëindiging|afloop|ontbinding|opzegging",
        "in dat geval",
        "eindig*|stopt|vervalt|afloopt|beëindigd met|samen|bij",
    ),
    "continues": (  # this agreement outlives the main lease: the clause denied in other words
        "loopt|lopen door",
        "doorlopen|doorloopt|voortduren|voortduurt",
        "blijft|blijven _? van kracht|bestaan|doorlopen|gelden|voortbestaan|lopen",
        "wordt|worden _? _? _? voortgezet",  # "wordt deze overeenkomst voortgezet"
        "gaat|gaan _? _? _? door",  # "gaat deze overeenkomst gewoon door"
    ),
    # --- huurovereenkomst_onderhuur: the subtenant is bound by the landlord's conditions ------
    "general_conditions": (
        "algemene huurvoorwaarden|voorwaarden|huurbepalingen|bepalingen",
        "huurvoorwaarden",
        "huisregels|voorwaarden|bepalingen|reglement* _? van|uit|bij|voor de? hoofdhuurovereenkomst*|hoofdhuurcontract*|hoofdhuur|woningcorporatie|corporatie|woningstichting|woningbouwvereniging",
        "huisregels|voorwaarden|bepalingen|reglement* _? van|uit|bij|voor de? huurovereenkomst*|huurcontract* met|van|tussen",
    ),
    "named_terms": (  # the terms of a named party, worded without "huur": a platform's, a shop's, maybe not the landlord's
        "algemene? voorwaarden|bepalingen van|uit <Org>",
    ),
    "owned_rules": (  # rules of someone named, which may be the corporation's: not enough to say yes or no
        "huisregels|voorwaarden|bepalingen|reglement* van|uit <Org>",
        "huisregels|voorwaarden|bepalingen|reglement* van|uit de verhuurder|eigenaar",
    ),
    "subtenant": (
        "onderhuurder|onderhuurster|kamerhuurder|huurder van de kamer",
        "deze|dit onderhuurovereenkomst*|overeenkomst*|contract*",
    ),
    "bound": (
        "gebonden",
        "houdt|houden|hield zich aan",
        "zich _? houden aan",
        "naleven|naleeft|nakomen|nakomt|nageleefd|nagekomen",
        "na te leven|komen",
        "leeft|leven|komt|komen de|het|deze|die|alle|zijn|haar … … na",  # the verb split in a main clause: "De onderhuurder leeft de algemene huurvoorwaarden van Vestia na"
        "accepteert|aanvaardt|aanvaard|geaccepteerd|aanvaarden|accepteren|onderschrijft",
        "van toepassing",
        "gelden|geldt ook? voor",
        "onderworpen",
        "bekend _? _? met",
        "kennis _? genomen",
        "ontvangen|ontvangt",
        "verplicht*",
        "gehouden",
        "onderdeel van",
        "maken|maakt deel uit",
        "zich te houden",
    ),
    # --- mantelzorgverklaring: 24-hour care ---------------------------------------------
    "round_the_clock": (
        "24 uur per|gedurende|elke|iedere dag|etmaal",
        "24 uur zorg|toezicht|verzorging|begeleiding|aanwezig*|nodig|beschikbaar|hulp",
        "24-uur*|24uur*|24-uurs*|24uurs*",
        "24 uurs*",
        "24/7|24x7",
        "24 x 7",
        "7 x 24",
        "dag en|én nacht",
        "overdag en s? nachts",
        "s? nachts en overdag",
        "permanent* toezicht|zorg|aanwezig*|begeleiding|verzorging|nodig|hulp",
        "de klok rond",
        "klok rond",
        "continu|continue toezicht|zorg|aanwezig*|begeleiding|verzorging|nodig|hulp",
        "continu",
        "voortdurend* toezicht|zorg|aanwezig*|begeleiding|verzorging|hulp",
        "hele|gehele etmaal",
        "168 uur",
        # English, as an international practice writes it
        "24 hours a|per|each|every day",
        "round|around the clock",
        "round-the-clock|around-the-clock",
        "day and night",
        "night and day",
        # German, as a doctor over the border writes it
        "rund um die uhr",
        "24 stunden täglich|taglich|am tag",
        "tag und nacht",
    ),
    "care_needed": (  # someone depends on another's care: what a care declaration attests
        "zorg|toezicht|verzorging|begeleiding|hulp … nodig",  # "heeft dag en nacht zorg en toezicht nodig"
        "zorgbehoefte|zorgbehoevend|zorgafhankelijk|hulpbehoevend",
        "aangewezen op zorg|hulp|verzorging|toezicht",
        "needs care|supervision",
        "auf hilfe|pflege|betreuung angewiesen",  # German: "dauerhaft auf Hilfe angewiesen"
        "pflegebedürftig|pflegebedurftig|pflegegrad",
    ),
    "care_given_by": (  # and who gives that care
        "zorg|verzorging _? wordt|worden _? _? gegeven|verleend|geboden door",
        "verzorgd|begeleid wordt|worden door",
        "wordt|worden verzorgd|begeleid door",
        "zorgt|zorgen voor",
        "de zorg ligt bij",
        "care is given|provided by",
        "pflege|betreuung wird|werden … … übernommen|ubernommen|geleistet|sichergestellt",  # "Die Pflege wird überwiegend von X (Sohn) übernommen": a name between
    ),
    "less_care": (  # an amount of care smaller than round the clock
        "per week|maand",
        "in de week",
        "enkele|aantal|paar uren|uur|dagdelen|dagen",
        "dagdelen|dagdeel",
        "minder dan",
        "uur|uren per dag",  # "24 uur per dag" is round the clock: callers look for that first
        "overdag",  # care by day only ("helpt overdag; 's nachts redt hij zich zelf"); "overdag en 's nachts" is round the clock
    ),
    # --- huisbewaring_aanvraag: the sitter's home and children ---------------------------
    "own_home": (
        "eigen woning|woonruimte|huis|huurwoning|koopwoning|woonadres|appartement|onderkomen|woonplek",
        "zelfstandige woning|woonruimte",
        "zelfstandig wonend",
        "woont zelfstandig",
        "zelf _? huis|woning|huurwoning|koopwoning|appartement|woonruimte",  # "Hij heeft zelf geen huis"
        "own _? home|house|apartment|flat|place",  # English: "rent or own a home"
    ),
    "minor_children": (
        "minderjarige kind*",
        "minderjarigen",
        "kind*|kinderen|zoon|zonen|dochter* onder|beneden de? 18",  # "een kind onder de 18 jaar"
        "kind*|zoon|dochter jonger dan 18",
        "kind*|kinderen _? mee",  # "Er komen geen kinderen mee": children who would live in the home
        "children|child under|below 18",  # English
        "children|child under|below the age of 18",
        "minor children|child",
    ),
    "children": (  # children of any age: only their denial says something of minor ones ("geen kinderen")
        "kind|kinderen|kids",
    ),
    # --- huisbewaring_aanvraag: why the tenant is away -----------------------------------
    "reason_work_or_study": (
        "werk*",
        "studie*|studeren|studeert|student",
        "stage*",
        "detachering|gedetacheerd|detacheert",
        "uitzending|uitgezonden",
        "baan",
        "opleiding",
        "promotieonderzoek",
        "arbeid*",
        "project _? in het buitenland",
        # English, as bilingual and expat forms print it
        "work|job|employment|secondment|internship",
        "study|studies|studying",
    ),
    "reason_care": (
        "zorg",
        "mantelzorg*",
        "verzorging|verzorgen|verpleging|verplegen",
        "ziekenhuisopname|ziekenhuis",
        "opname|opgenomen",
        "revalidatie*|revalideren",
        "verpleeghuis|zorginstelling|verzorgingshuis",
        "zorgen voor",
        "om te zorgen|verzorgen",  # "gaat bij een zieke ouder wonen om te zorgen"
        "te verzorgen",
        "zieke",
        "behandeling",
        "care|caring",  # English
        "admission|rehabilitation",
    ),
    "reason_trial_cohabitation": (
        "samenwonen op proef",
        "proefsamenwon*",
        "proef samenwonen",
        "op proef samenwonen|samenwonen",
        "proefwonen",
        "proberen|uitproberen|testen of samenwonen|samenleven",  # "omdat ik wil proberen of samenwonen met mijn vriend bevalt"
        "trial? cohabitation",  # English
        "living together",
    ),
    "reason_travel": (
        "reis*",
        "wereldreis*",
        "reizen",
        "sabbatical*",
        "rondreis*",
        "backpack*",
        "journey|trip|travelling|traveling|travel",  # English
    ),
    "reason_other": (
        "anders namelijk",
        "anders",
        "andere _? reden",
        "persoonlijke|privé|familiaire reden|redenen|omstandigheden",
        "privéredenen|privéomstandigheden|familieomstandigheden",
        "overig*",
        "other _? reason|reasons?",  # English
        "personal|private|family reason|reasons|circumstances|matters",
        "other",
    ),
}
"""Every concept's wordings; a new wording is a line here, not code."""

NEGATIONS = frozenset({"niet", "geen", "nooit", "zonder", "noch", "niets",
                       "not", "no", "never", "without", "nor", "nothing", "none"})  # English: "He has no children under the age of 18"

_WORD = re.compile(r"\d+(?:[-/][^\W_]+)?|(?:\([^\W\d_]+\))?[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
"""A word; a hyphen joins only a number to its word ("24-uurs", "24/7"): OCR glues words
with one ("houdt zich-aan"), and a compound's parts are words of their own. A bracketed
part glued to a word is the word's ("een eigen (huur)woning": a huurwoning)."""
_CLAUSE_BREAK = re.compile(
    r"(?<!\d)[,;:](?!\d)|\s[-–—]\s|\((?![^\W\d_]+\)[^\W\d_])|\)(?![^\W\d_])|\b(?:en|maar|of|want|doch|terwijl|and|but|or|because|while|whereas)\b|(?:^|\s)\d{1,2}[.,:]\s|[.!?][\u00b9\u00b2\u00b3\u2070-\u2079*†]*(?=\s|$)",
    re.IGNORECASE,
)


class Word(NamedTuple):
    text: str  # lower case, dashes made plain
    raw: str  # as printed
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """Where a concept is worded in a text: characters start..end, words first..last."""

    concept: str
    start: int
    end: int
    first: int
    last: int


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[Word, ...]:
    """The words of `text` with their character spans; dashes of every kind as "-".

    >>> [w.text for w in words("De 24‑uurs zorg, dag en nacht (24/7).")]
    ['de', '24-uurs', 'zorg', 'dag', 'en', 'nacht', '24/7']
    >>> [w.text for w in words("een eigen (huur)woning (zie bijlage)")]
    ['een', 'eigen', 'huurwoning', 'zie', 'bijlage']
    """
    plain = _DASHES.sub("-", text)
    return tuple(Word(m.group(0).lower().replace("(", "").replace(")", ""), m.group(0), m.start(), m.end()) for m in _WORD.finditer(plain))


_DASHES = re.compile(r"[‐‑‒–—]")


def _same(word: str, alternative: str) -> bool:
    """Whether `word` reads as `alternative` (a word or a `stem*` of `CONCEPTS`), allowing OCR slips.

    >>> _same("hoofdhuurovereenkornst", "hoofdhuurovereenkomst*"), _same("onderhuurovereenkomst", "hoofdhuurovereenkomst*")
    (True, False)
    >>> _same("eindigt", "eindig*"), _same("eindlgt", "eindig*"), _same("en", "eindig*")
    (True, True, False)
    >>> _same("huurovereenkomst", "huurovereenkomst*"), _same("onderhuurovereenkomst", "huurovereenkomst*")
    (True, False)
    """
    return alternative in _readings(word)


def _threshold(target: str) -> float:
    """rapidfuzz's ratio high enough for one slip in a short word, two in a long one; a
    long compound must not pass for its sibling ("onderhuur..." for "hoofdhuur...")."""
    return 88.0 if len(target) >= 12 else 82.0 if len(target) >= 8 else 79.0


_ALTERNATIVES = frozenset(
    alternative for wordings in CONCEPTS.values() for wording in wordings for slot in wording.split()
    for alternative in slot.rstrip("?").split("|") if alternative not in ("_", "<Org>")
)  # fmt: skip
_WHOLE = tuple(sorted(a for a in _ALTERNATIVES if not a.endswith("*") and len(a) >= 5))
_STEMS = tuple(sorted(a[:-1] for a in _ALTERNATIVES if a.endswith("*")))
_LONG_STEMS = tuple(s for s in _STEMS if len(s) >= 5)


_PRINTED = ContextVar("concepts_as_printed", default=False)


@contextmanager
def as_printed(printed: bool = True) -> Iterator[None]:
    """Within it, words are matched as printed when `printed`: exactly or by their stem, never
    fuzzily. A text layer has no OCR slips, so a word one letter from a concept's is another
    word ("verlenen" is no "verplegen"), as labels are matched on a text layer
    (`extractors.labels`)."""
    token = _PRINTED.set(printed)
    try:
        yield
    finally:
        _PRINTED.reset(token)


def _readings(word: str) -> frozenset[str]:
    """Every alternative of `CONCEPTS` that `word` reads as: exactly, by its stem, or
    fuzzily (rapidfuzz, over all alternatives at once) within `_threshold`; within
    `as_printed`, exactly or by its stem only."""
    return _readings_of(word, _PRINTED.get())


@lru_cache(maxsize=65536)
def _readings_of(word: str, printed: bool) -> frozenset[str]:
    found = {word} & _ALTERNATIVES
    found.update(f"{stem}*" for stem in _STEMS if word.startswith(stem))
    if printed or len(word) < 4 or word.isdigit():
        return frozenset(found)  # too short to be read fuzzily: alternatives of four letters or fewer match exactly
    for target, score, _ in process.extract(word, _WHOLE, scorer=fuzz.ratio, score_cutoff=79.0, limit=None):
        if abs(len(word) - len(target)) <= 2 and score >= _threshold(target):
            found.add(target)
    # a stem's prefix ratio is at most its partial ratio: one pass in C finds the candidates
    for stem, _, _ in process.extract(word, _LONG_STEMS, scorer=fuzz.partial_ratio, score_cutoff=79.0, limit=None):
        if len(word) >= len(stem) - 1 and fuzz.ratio(word[: len(stem)], stem) >= _threshold(stem):
            found.add(f"{stem}*")
    return frozenset(found)


@lru_cache(maxsize=256)
def _slots(wording: str) -> tuple[tuple[frozenset[str], bool], ...]:
    """A wording as its slots: (alternatives, optional)."""
    slots = []
    for slot in wording.split():
        optional = slot.endswith("?") and len(slot) > 1
        slots.append((frozenset(slot.rstrip("?").split("|")) if slot not in ("_?", GAP) else frozenset({"_" if slot == "_?" else GAP}), optional))
    return tuple(slots)


GAP = "…"
GAP_WORDS = 4


def _slot_matches(word: Word, alternatives: frozenset[str], first_word: bool) -> bool:
    if "_" in alternatives:
        return True
    if "<Org>" in alternatives and not first_word and word.raw[:1].isupper() and len(word.raw) >= 3 and word.text not in _NOT_ORG:
        return True
    return not alternatives.isdisjoint(_readings(word.text))


_NOT_ORG = frozenset({"de", "het", "een", "deze", "dit", "die", "dat"})


def _match_at(found: list[Word], index: int, slots, first_index: int) -> int | None:
    """The index of the last word when `slots` match from word `index`, else None."""
    if not slots:
        return index - 1
    (alternatives, optional), rest = slots[0], slots[1:]
    if GAP in alternatives:
        return next((end for skip in range(GAP_WORDS + 1) if (end := _match_at(found, index + skip, rest, first_index)) is not None), None)
    if index < len(found) and _slot_matches(found[index], alternatives, index == first_index):
        if (end := _match_at(found, index + 1, rest, first_index)) is not None:
            return end
    if optional:
        return _match_at(found, index, rest, first_index)
    return None


def mentions(text: str, concept: str) -> list[Mention]:
    """Every place `text` words `concept`, left to right, overlapping wordings merged.

    >>> text = "Wanneer de hoofdhuurovereenkornst eindigt, eindigt ook deze overeenkomst."
    >>> [text[m.start:m.end] for m in mentions(text, "main_lease")], [text[m.start:m.end] for m in mentions(text, "this_agreement")]
    (['hoofdhuurovereenkornst'], ['deze overeenkomst'])
    >>> text = "De onderhuur vervalt als de huur van de hoofdhuurder met Woonopmaat stopt."
    >>> [text[m.start:m.end] for m in mentions(text, "main_lease")], [text[m.start:m.end] for m in mentions(text, "ends")]
    (['huur van de hoofdhuurder'], ['vervalt', 'stopt'])
    """
    return list(_mentions(text, concept, _PRINTED.get()))


@lru_cache(maxsize=4096)
def _mentions(text: str, concept: str, printed: bool) -> tuple[Mention, ...]:
    """`mentions`, remembered: every clause is judged as a sentence and within a window."""
    found = words(text)
    by_first, always, org = _first_words(concept)
    spans: list[tuple[int, int]] = []
    for index, word in enumerate(found):
        best = None
        candidates = set(always)
        for reading in _readings(word.text):
            candidates.update(by_first.get(reading, ()))
        if org and index > 0 and word.raw[:1].isupper():
            candidates.update(org)
        for wording in candidates:
            end = _match_at(found, index, _slots(wording), 0)
            if end is not None and GAP in wording.split():
                end = index + wording.split().index(GAP) - 1  # the words before the gap: those between belong to other concepts
            if end is not None and end >= index and (best is None or end > best):
                best = end
        if best is not None:
            spans.append((index, best))
    merged: list[tuple[int, int]] = []
    for first, last in spans:
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    return tuple(Mention(concept, found[a].start, found[b].end, a, b) for a, b in merged)


@lru_cache(maxsize=None)
def _first_words(concept: str) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...], tuple[str, ...]]:
    """The concept's wordings by the alternatives of their first slot; those that may
    start at any word (first slot optional or any word); those that start with a name."""
    by_first: dict[str, list[str]] = {}
    always, org = [], []
    for wording in CONCEPTS[concept]:
        alternatives, optional = _slots(wording)[0]
        if optional or "_" in alternatives:
            always.append(wording)
            continue
        for alternative in alternatives:
            if alternative == "<Org>":
                org.append(wording)
            else:
                by_first.setdefault(alternative, []).append(wording)
    return {k: tuple(v) for k, v in by_first.items()}, tuple(always), tuple(org)


def clauses(text: str) -> list[tuple[int, int]]:
    """The clauses of `text` as character spans: cut at commas, colons, semicolons,
    dashes, brackets, conjunctions and article numbers.

    >>> text = "De onderhuurder veroorzaakt geen overlast en de onderhuur eindigt met de hoofdhuur."
    >>> [text[a:b].strip() for a, b in clauses(text)]
    ['De onderhuurder veroorzaakt geen overlast', 'de onderhuur eindigt met de hoofdhuur']
    """
    spans, start = [], 0
    for m in _CLAUSE_BREAK.finditer(text):
        if text[start : m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def negated(text: str, mention: Mention) -> bool:
    """Whether a negation stands in the clause of `mention` (any clause it spans).

    >>> text = "Deze overeenkomst eindigt niet wanneer de hoofdhuurovereenkomst eindigt."
    >>> negated(text, mentions(text, "main_lease")[0])
    True
    >>> text = "Wanneer de hoofdhuur eindigt, eindigt ook deze overeenkomst, zonder dat opzegging nodig is."
    >>> negated(text, mentions(text, "this_agreement")[0])
    False
    >>> text = "Deze overeenkomst duurt niet langer dan de hoofdhuur."
    >>> negated(text, mentions(text, "this_agreement")[0])
    False
    >>> text = "Betrokkene heeft dagelijks hulp nodig; permanent toezicht (24 op 24) is niet nodig."
    >>> negated(text, mentions(text, "round_the_clock")[0])
    True
    """
    text = _without_asides(text)
    for start, end in clauses(text):
        if start < mention.end and mention.start < end:
            clause = _BOUND_NOT_DENIAL.sub(" ", text[start:end])
            if any(w.text in NEGATIONS for w in words(clause)):
                return True
    return False


_ASIDE = re.compile(r"\(([^()]*)\)")


def _without_asides(text: str) -> str:
    """`text` with its bracketed asides blanked (offsets kept), so that the clause they
    interrupt reads on: "permanent toezicht (24 op 24) is niet nodig" denies the permanent
    supervision. An aside that holds a negation stays (a circled "(niet)" is the filler's
    answer, `choice_readings`).

    >>> _without_asides("toezicht (24 op 24) is niet nodig"), _without_asides("eindigt wel (niet) van rechtswege")
    ('toezicht            is niet nodig', 'eindigt wel (niet) van rechtswege')
    """
    def blank(m: re.Match) -> str:
        if any(w.text in NEGATIONS for w in words(m.group(1))):
            return m.group(0)
        return " " * len(m.group(0))

    return _ASIDE.sub(blank, text)


_BOUND_NOT_DENIAL = re.compile(r"\b(?:niet|geen)\s+(?:langer|later|meer|verder)\b|\b(?:not|no)\s+(?:longer|later)\s+than\b", re.IGNORECASE)
""""duurt niet langer dan de hoofdhuur": a bound, which states the fact rather than denies it."""


def states(text: str, *concepts: str) -> bool | None:
    """Whether `text` states every one of `concepts`: True when each is worded and none
    in a negated clause, False when each is worded and one is negated, None when one
    is missing.

    >>> states("De huisbewaarder heeft geen minderjarige kinderen.", "minor_children")
    False
    >>> states("Hij heeft een eigen woning, maar geen kinderen.", "own_home")
    True
    """
    found = [mentions(text, concept) for concept in concepts]
    if not all(found):
        return None
    return not any(negated(text, m) for group in found for m in group)


# --- a choice printed in the sentence: "eindigt wel / niet", one circled or struck ------

_MARKS = "\u0335\u0336\u0338"
_ALTERNATIVE = r"\(\s*(?:wel|niet)\s*\)|(?:w[\u0335\u0336\u0338]+e[\u0335\u0336\u0338]+l[\u0335\u0336\u0338]+|n[\u0335\u0336\u0338]+i[\u0335\u0336\u0338]+e[\u0335\u0336\u0338]+t[\u0335\u0336\u0338]+)|\b(?:wel|niet)\b"
_CHOICE = re.compile(rf"(?P<first>{_ALTERNATIVE})(?P<between>\s*/\s*|\s+)(?P<second>{_ALTERNATIVE})", re.IGNORECASE)


def _bare(alternative: str) -> str:
    return re.sub(rf"[()\s{_MARKS}]", "", alternative).lower()


def choice_readings(text: str) -> tuple[str, ...]:
    """The ways `text` can be read where it prints a choice for its filler to make
    ("De overeenkomst eindigt wel / niet ...", "Doorhalen wat niet van toepassing is").
    A choice made (one alternative circled, as the text layer and OCR give it: "(niet)";
    or one struck: "w̶e̶l̶") gives the text with the other blanked; a choice left open
    gives one reading per alternative, for the caller to see whether the fact depends on
    it. Blanking keeps every offset. A text without a choice is its own only reading.

    >>> [r.split() for r in choice_readings("Deze overeenkomst eindigt wel (niet) van rechtswege.")]
    [['Deze', 'overeenkomst', 'eindigt', 'niet', 'van', 'rechtswege.']]
    >>> [r.split() for r in choice_readings("zijn w\u0336e\u0336l\u0336 niet van toepassing")]
    [['zijn', 'niet', 'van', 'toepassing']]
    >>> len(choice_readings("zijn (wel) niet van toepassing")[0]) == len("zijn (wel) niet van toepassing")
    True
    >>> [r.split() for r in choice_readings("eindigt wel / niet met de hoofdhuur")]
    [['eindigt', 'wel', 'met', 'de', 'hoofdhuur'], ['eindigt', 'niet', 'met', 'de', 'hoofdhuur']]
    >>> choice_readings("Deze overeenkomst eindigt niet.")
    ('Deze overeenkomst eindigt niet.',)
    """
    readings = [text]
    for match in _CHOICE.finditer(text):
        first, second = match.group("first"), match.group("second")
        if _bare(first) == _bare(second):
            continue  # "niet niet": a repeated word, no choice
        spans = [(match.start("first"), match.end("first"), first), (match.start("second"), match.end("second"), second)]
        circled = [s for s in spans if s[2].startswith("(")]
        struck = [s for s in spans if any(m in s[2] for m in _MARKS)]
        if len(circled) == 1:
            kept = [circled[0]]
        elif len(struck) == 1:
            kept = [s for s in spans if s is not struck[0]]
        else:
            kept = spans  # left open: one reading each
        whole = (match.start(), match.end())
        readings = [_keep(r, whole, span) for r in readings for span in kept]
        if len(readings) > 4:
            break
    return tuple(readings)


def _keep(text: str, whole: tuple[int, int], span: tuple[int, int, str]) -> str:
    """`text` with the choice at `whole` blanked but for the alternative at `span`, bare."""
    start, end, alternative = span
    bare = _bare(alternative)
    kept = " " * (start - whole[0]) + bare.center(end - start) + " " * (whole[1] - end)
    return text[: whole[0]] + kept + text[whole[1] :]
