"""Is the person named in `aanvraag.json` the person named on a document?

The mail room types "Jan de Vries"; the BRP prints "Vries, Johannes Pieter de", a
contract says "J.P. de Vries", and OCR reads "Joh4nnes Pieter de Vrles". A match
must survive case, accents, initials, word order, tussenvoegsels and a little OCR
noise, and must still tell "Pieter Bakker" from "Pieter Bos" and a father from his
son. When it cannot decide it says `ambiguous`, and a check that meets an ambiguous
name answers `unknown`: an analyst looks, the program does not guess.

How: both names are split into given names, initials and surname words
(tussenvoegsels set aside, the BRP's "surname, given names" order understood). The
surnames must agree; then every given name must be explained by the other side, by
the same word (up to OCR noise, measured with rapidfuzz's Levenshtein distance) or by
its initial. Where a birth date is known on both sides it confirms or refutes.

>>> match_name("Jan de Vries", "Vries, Jan de"), match_name("J.P. de Vries", "Johannes Pieter de Vries")
(<NameMatch.match: 'match'>, <NameMatch.match: 'match'>)
>>> match_name("Jan de Vries", "Johannes Pieter de Vries"), match_name("Pieter Bakker", "Pieter Bos")
(<NameMatch.ambiguous: 'ambiguous'>, <NameMatch.no_match: 'no_match'>)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from rapidfuzz.distance import Levenshtein


class NameMatch(StrEnum):
    match = "match"
    no_match = "no_match"
    ambiguous = "ambiguous"


TUSSENVOEGSELS = frozenset(
    "de den der des van vander het 't 's ter ten te in op aan bij uit onder over voor "
    "von vom zu zum zur la le l' du d'".split()
)
"""Lower-case surname prefixes that are not the surname itself (Dutch, Flemish, German, French)."""

# Letters NFKD does not decompose into a base letter plus an accent.
_FOLD = str.maketrans({"ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th"})


@dataclass(frozen=True)
class _Token:
    text: str  # normalised: lower case, no accents
    initial: bool  # "J." or "J": stands for any given name starting with that letter
    surname: bool


@dataclass(frozen=True)
class _Name:
    tokens: tuple[_Token, ...]
    surname_compact: str  # tussenvoegsels and surname glued, for "deVries" against "de Vries"

    @property
    def surname(self) -> tuple[_Token, ...]:
        return tuple(t for t in self.tokens if t.surname)


def normalise(text: str) -> str:
    """A name folded for comparison: lower case, no accents, single spaces.

    >>> normalise("  Aïcha  YILMAZ-Çelik "), normalise("Yılmaz")
    ('aicha yilmaz-celik', 'yilmaz')
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("’", "'").replace("‘", "'")
    return " ".join(stripped.split())


def _parse(text: str) -> _Name:
    folded = normalise(text)
    if "," in folded:  # the BRP order: "vries, johannes pieter de"
        surname_part, _, given_part = folded.partition(",")
        surname_words = _words(surname_part)
        given_words = _words(given_part)
        prefix = []
        while given_words and given_words[-1][0] in TUSSENVOEGSELS:
            prefix.insert(0, given_words.pop()[0])
        return _build(given_words, surname_words, prefix)
    words = _words(folded)
    start = _surname_start(words)
    prefix = [w for w, _ in words[start:] if w in TUSSENVOEGSELS]
    return _build(words[:start], words[start:], prefix)


def _words(part: str) -> list[tuple[str, bool]]:
    """(word, hyphen_follows) pairs; "J.P." becomes two initials "j." and "p."."""
    part = re.sub(r"\.", ". ", part)
    part = re.sub(r"[^\w.' -]", " ", part)
    result: list[tuple[str, bool]] = []
    for chunk in part.split():
        pieces = [p for p in chunk.split("-") if p]
        result.extend((p, i < len(pieces) - 1) for i, p in enumerate(pieces))
    return result


def _surname_start(words: list[tuple[str, bool]]) -> int:
    """Where the surname begins in "given tussenvoegsel surname" order.

    At the first tussenvoegsel that a real word follows, at the first hyphenated
    surname ("Jansen-de Vries"), or else at the last word.
    """
    for index, (word, hyphen) in enumerate(words):
        rest_has_word = any(w not in TUSSENVOEGSELS for w, _ in words[index + 1 :])
        if (word in TUSSENVOEGSELS and rest_has_word) or (hyphen and index > 0):
            return index
    return max(len(words) - 1, 0)


def _build(given: list[tuple[str, bool]], surname: list[tuple[str, bool]], prefix: list[str]) -> _Name:
    tokens = [_token(w, surname=False) for w, _ in given if w.strip(".") and w not in TUSSENVOEGSELS]
    core = [w for w, _ in surname if w not in TUSSENVOEGSELS] or [w for w, _ in surname]
    tokens += [_token(w, surname=True) for w in core if w.strip(".'")]
    compact = "".join(w.strip(".'") for w in prefix + [w for w, _ in surname if w not in TUSSENVOEGSELS])
    return _Name(tokens=tuple(t for t in tokens if t.text), surname_compact=compact)


def _token(word: str, *, surname: bool) -> _Token:
    bare = word.strip(".'")
    initial = not surname and (word.endswith(".") or len(bare) == 1)
    return _Token(text=bare[:1] if initial else bare, initial=initial, surname=surname)


def _same_word(a: str, b: str) -> int | None:
    """Edit distance when `a` and `b` are the same word up to OCR noise, else None.

    Short words must be exact; longer words may differ by one, long ones by two letters.
    """
    shortest = min(len(a), len(b))
    allowed = 0 if shortest <= 3 else 1 if shortest <= 7 else 2
    distance = Levenshtein.distance(a, b, score_cutoff=allowed)
    return distance if distance <= allowed else None


def _explains(a: _Token, b: _Token) -> int | None:
    """How well token `a` stands for token `b` (lower is better), or None."""
    if a.initial or b.initial:
        return 3 if a.text[:1] == b.text[:1] else None
    return _same_word(a.text, b.text)


def _pair(left: Sequence[_Token], right: Sequence[_Token]) -> tuple[list[tuple[_Token, _Token]], list[_Token], list[_Token]]:
    """Pairs of tokens that explain each other, best first; and what is left on each side.

    Candidate pairs are taken in an order that does not depend on which side is
    which, so `match_name(a, b) == match_name(b, a)`.
    """
    candidates = []
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            cost = _explains(a, b)
            if cost is not None:
                key = (cost, -max(len(a.text), len(b.text)), min(a.text, b.text), max(a.text, b.text))
                candidates.append((key, i, j))
    used_left: set[int] = set()
    used_right: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates):
        if i not in used_left and j not in used_right:
            used_left.add(i)
            used_right.add(j)
            pairs.append((left[i], right[j]))
    rest_left = [t for i, t in enumerate(left) if i not in used_left]
    rest_right = [t for j, t in enumerate(right) if j not in used_right]
    return pairs, rest_left, rest_right


def match_name(
    expected: str | None,
    found: str | None,
    *,
    expected_birth_date: date | str | None = None,
    found_birth_date: date | str | None = None,
) -> NameMatch:
    """Whether `found` (on a document) names the person `expected` (in the application).

    >>> match_name("Fatima El Amrani", "EL AMRANI, Fatima"), match_name("Jan de Vries", "Jan de Vrles")
    (<NameMatch.match: 'match'>, <NameMatch.match: 'match'>)
    >>> match_name("Jan de Vries", "Johannes Pieter de Vries", expected_birth_date="1980-01-01",
    ...            found_birth_date="1980-01-01")
    <NameMatch.match: 'match'>
    >>> match_name("Jan de Vries", "Jan de Vries", expected_birth_date="1980-01-01",
    ...            found_birth_date="2005-06-01")
    <NameMatch.no_match: 'no_match'>
    """
    if not expected or not found:
        return NameMatch.ambiguous
    verdict = _match_names(_parse(expected), _parse(found))
    if expected_birth_date and found_birth_date:
        if str(expected_birth_date) != str(found_birth_date):
            return NameMatch.no_match
        if verdict is NameMatch.ambiguous:
            return NameMatch.match
    return verdict


def _overlap(left: Sequence[_Token], right: Sequence[_Token]) -> bool:
    return any(not x.initial and not y.initial and _same_word(x.text, y.text) is not None for x in left for y in right)


def _match_names(a: _Name, b: _Name) -> NameMatch:
    if not a.surname or not b.surname:
        return NameMatch.ambiguous
    left, right = list(a.tokens), list(b.tokens)
    surnames_agree = _overlap(a.surname, b.surname) or (
        # "Jansen Pieter" written surname first without the comma: each surname among the other's words
        _overlap(a.surname, b.tokens) and _overlap(b.surname, a.tokens)
    )
    if not surnames_agree:
        if _same_word(a.surname_compact, b.surname_compact) is None:
            # A lone word ("Jan") may be a given name of the other: cannot tell, not another person.
            lone = len(a.tokens) == 1 or len(b.tokens) == 1
            return NameMatch.ambiguous if lone and _overlap(a.tokens, b.tokens) else NameMatch.no_match
        # "deVries" against "de Vries": the surnames agree only glued; compare given names.
        left = [t for t in left if not t.surname]
        right = [t for t in right if not t.surname]
    pairs, rest_left, rest_right = _pair(left, right)
    given_pairs = sum(1 for x, y in pairs if not (x.surname and y.surname))
    if rest_left and rest_right:
        # Both sides name someone the other does not: "Jan" against "Johannes Pieter"
        # may be a call name; "Kees" against "Jan" is another person.
        compatible = any(x.text[:1] == y.text[:1] for x in rest_left for y in rest_right)
        return NameMatch.ambiguous if compatible and given_pairs == 0 else NameMatch.no_match
    if given_pairs == 0:
        # Only the surname agrees ("de Vries" against "J. de Vries"): could be anyone in the family.
        return NameMatch.ambiguous
    return NameMatch.match


def find_person(name: str | None, candidates: Sequence[str | None]) -> tuple[NameMatch, int | None]:
    """Which of `candidates` (names on one document) is `name`: (match, index) or (verdict, None).

    Two matches (a father and son of the same name) or an unreadable candidate name
    make the answer `ambiguous`: it is never guessed.

    >>> find_person("Jan de Vries", ["Vries, Johannes de", "Amrani, Fatima El", "Vries, Jan de"])
    (<NameMatch.match: 'match'>, 2)
    >>> find_person("Jan de Vries", ["Bakker, Jan", None])
    (<NameMatch.ambiguous: 'ambiguous'>, None)
    """
    verdicts = [match_name(name, c) if c else NameMatch.ambiguous for c in candidates]
    matches = [i for i, v in enumerate(verdicts) if v is NameMatch.match]
    if len(matches) == 1:
        return NameMatch.match, matches[0]
    if matches or NameMatch.ambiguous in verdicts or not name:
        return NameMatch.ambiguous, None
    return NameMatch.no_match, None
