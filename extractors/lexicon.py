"""The lexicon of names and places: particles, titles, given names, surnames,
municipalities and towns, read once from the data files in `extractors/lexicon/`
(their provenance is in that folder's README.md).

Questions it answers, for the name reader (`extractors.names`) and the typed values
(`extractors.values`):

- `is_particle("van der")`, `is_title("drs.")`, `is_postnominal("MSc")`;
- `name_word_score("Yılmaz")`: how much a word reads like a given name or surname
  of the lexicon (rapidfuzz, 0-100);
- `town("'s Hertogenbosch")`, `municipality("Den Haag")`: the canonical spelling
  and a score, or None.

The files are data: a new town or particle is a line there, not code here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rapidfuzz import fuzz, process

APOSTROPHES = "'’‘`´"
"""The ways a printed or read apostrophe comes back: plain, typographic, grave, acute."""
_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")


def _lines(name: str) -> list[tuple[str, str]]:
    """(entry, flag-or-alias-marker) of a data file: comments and blank lines left out;
    an alias line (starting with a TAB) comes as ("\\talias", "")."""
    text = resources.files("extractors").joinpath("lexicon", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("\t"):
            rows.append(("\t" + line.strip(), ""))
            continue
        entry, _, flag = line.partition("\t")
        rows.append((entry.strip(), flag.strip()))
    return rows


def plain(text: str) -> str:
    """A text with every apostrophe form plain and single spaces.

    >>> plain("van ’t  Hof"), plain("‘s-Hertogenbosch")
    ("van 't Hof", "'s-Hertogenbosch")
    """
    return re.sub(r"\s+", " ", _APOSTROPHE.sub("'", text)).strip()


@cache
def abbreviations() -> dict[str, str]:
    """Each abbreviation of `abbreviations.txt`, lower case and without its full stop, with
    the word it stands for ("mz": "mantelzorg", "pt": "patiënt")."""
    found: dict[str, str] = {}
    entry = ""
    for text, _ in _lines("abbreviations.txt"):
        if text.startswith("\t"):
            found[text[1:].lower()] = entry
        else:
            entry = text
    return found


def written_or_abbreviated(word: str) -> str:
    """A regular expression for `word` or any of its abbreviations printed with a full stop
    (`abbreviations.txt`): "mantelzorg" gives "mantelzorg|mz\\." (case is the caller's).

    >>> print(written_or_abbreviated("patiënt"))
    patiënt|pt\\.|pat\\.
    """
    short = [re.escape(a) + ("" if "-" in a else r"\.") for a, full in abbreviations().items() if full == word]
    return "|".join([re.escape(word), *short])


# --- particles and titles -------------------------------------------------------------------


@cache
def particles() -> frozenset[str]:
    """Every particle, lower case, plain apostrophes ("van der", "'t", "bij")."""
    return frozenset(entry for entry, _ in _lines("particles.txt"))


@cache
def joining_particles() -> frozenset[str]:
    """The particles that join a name's words in running text: not those that are
    ordinary words of a sentence too ("bij", "voor", "aan", flagged `word`)."""
    return frozenset(entry for entry, flag in _lines("particles.txt") if flag != "word")


@cache
def particle_regex() -> str:
    """A regular expression for one word of a joining particle, case-sensitive (a
    particle inside a name is written small), any apostrophe form, drawn once or twice
    by OCR ("van '‘t Veen").

    >>> import re
    >>> [bool(re.fullmatch(particle_regex(), w)) for w in ("van", "’t", "'s", "Van", "bij")]
    [True, True, True, False, False]
    """
    words = []
    for word in particle_words():
        if word.startswith("'"):
            words.append(f"[{APOSTROPHES}]{{1,2}}{re.escape(word[1:])}")
        elif "'" not in word:
            words.append(re.escape(word))
    return "(?:" + "|".join(words) + ")"


@cache
def particle_words() -> tuple[str, ...]:
    """The single words the joining particles are made of, longest first (for a regex).

    >>> "van" in particle_words() and "'t" in particle_words() and "bij" not in particle_words()
    True
    """
    words = {word for entry in joining_particles() for word in entry.split()}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def is_particle(text: str) -> bool:
    """Whether `text` is a name particle, in any case and apostrophe form.

    >>> is_particle("van der"), is_particle("’t"), is_particle("In 't"), is_particle("Vries")
    (True, True, True, False)
    """
    return plain(text).lower() in particles()


@cache
def _titles() -> tuple[frozenset[str], frozenset[str]]:
    before, after = set(), set()
    for entry, flag in _lines("titles.txt"):
        (after if flag == "post" else before).add(entry)
    return frozenset(before), frozenset(after)


@cache
def titles() -> tuple[str, ...]:
    """Titles and forms of address printed before a name, lower case, longest first."""
    return tuple(sorted(_titles()[0], key=lambda t: (-len(t), t)))


def is_title(text: str) -> bool:
    """Whether `text` is a title or form of address before a name, in any case, with or
    without its full stop.

    >>> is_title("drs."), is_title("Mr"), is_title("De heer"), is_title("MEVROUW"), is_title("Vries")
    (True, True, True, True, False)
    """
    key = plain(text).lower()
    before = _titles()[0]
    return key in before or key + "." in before or (key.endswith(".") and key[:-1] in before)


def is_postnominal(word: str) -> bool:
    """Whether `word` is an academic title printed after a name, in its own spelling.

    >>> is_postnominal("MSc"), is_postnominal("MA"), is_postnominal("Ma"), is_postnominal("RA.")
    (True, True, False, True)
    """
    return word.rstrip(".,") in _titles()[1]


# --- given names and surnames ---------------------------------------------------------------


def _fold(text: str) -> str:
    """Lower case, without diacritics and apostrophes: the key names and towns are compared by."""
    text = unicodedata.normalize("NFKD", plain(text).casefold().replace("ı", "i"))
    return "".join(c for c in text if not unicodedata.combining(c) and c not in "'")


@cache
def _names(kind: str) -> dict[str, str]:
    return {_fold(entry): entry for entry, _ in _lines(f"{kind}.txt")}


def given_names() -> frozenset[str]:
    return frozenset(_names("given_names").values())


def surnames() -> frozenset[str]:
    return frozenset(_names("surnames").values())


def is_given_name_only(word: str) -> bool:
    """Whether `word` is a given name of the lexicon and none of its surnames ("Jan", not "Ali")."""
    key = _fold(word)
    return key in _names("given_names") and key not in _names("surnames")


def is_known_name_word(word: str) -> bool:
    """Whether `word` is a given name or surname of the lexicon (diacritics and case aside).

    >>> is_known_name_word("Yilmaz"), is_known_name_word("Die"), is_known_name_word("Xqzt")
    (True, True, False)
    """
    key = _fold(word)
    return key in _names("given_names") or key in _names("surnames")


def one_slip_from_a_name(word: str) -> bool:
    """Whether `word`, no name of the lexicon itself, is one of the lexicon's names with one
    letter read as another (diacritics and case aside): "Getin" for "Çetin", "Kilane" for
    "Kidane"; never a word of fewer than `_SLIP_LETTERS` letters. A name the lexicon does not
    know may be printed so (nothing is changed for it), but it is as likely OCR's slip in one
    it knows, so it is not read as sure.

    >>> one_slip_from_a_name("Getin"), one_slip_from_a_name("Cetin"), one_slip_from_a_name("Oyelaran")
    (True, False, False)
    """
    key = _fold(word)
    if len(key) < _SLIP_LETTERS or key in _names("given_names") or key in _names("surnames"):
        return False
    return any(sum(a != b for a, b in zip(key, known)) == 1 for known in _names_of_length(len(key)))


def diacritic_doubted(word: str) -> bool:
    """Whether `word` may be a name of the lexicon whose diacritic OCR lost or misread: the
    name spelled with a diacritic read without it or with another ("Erdogan" for "Erdoğan",
    "Kozlowska" for "Kozłowska"), or with one letter other just where the name has its
    diacritic ("KOG" for "KOÇ", "Kilig" for "Kılıç"), however short. OCR reads no letters less
    surely than those with diacritics, and a name the lexicon spells with one is as likely
    printed so. Nothing is changed for such a word; it is only not read as sure.

    >>> [diacritic_doubted(w) for w in ("Erdogan", "Erdoğan", "KOG", "Koç", "Kilig", "Jansen", "Kog")]
    [True, False, True, False, True, False, True]
    """
    spelled = unicodedata.normalize("NFC", word.casefold())
    key = _fold(word)
    for kind in ("given_names", "surnames"):
        if (entry := _names(kind).get(key)) is not None:
            return unicodedata.normalize("NFC", entry.casefold()) != spelled and bool(_diacritic_at(entry))
    for known in _names_of_length(len(key)):
        differ = [i for i, (a, b) in enumerate(zip(key, known)) if a != b]
        if len(differ) == 1 and differ[0] in _diacritic_at(_entry_of(known)):
            return True
    return False


def _diacritic_at(entry: str | None) -> list[int]:
    """The positions of a lexicon name's letters that carry a diacritic (or are one: "ł",
    "ı"), counted as its folded key counts them; none where the two do not line up."""
    if entry is None:
        return []
    letters = [c for c in unicodedata.normalize("NFC", plain(entry)) if c != "'"]
    if any(len(_fold(c)) != 1 for c in letters):
        return []
    return [i for i, c in enumerate(letters) if _fold(c) != c.casefold()]


def _entry_of(key: str) -> str | None:
    return _names("given_names").get(key) or _names("surnames").get(key)


_SLIP_LETTERS = 5
"""Letters a word must have to be told a slip of a known name: shorter names lie one letter
apart by the dozen ("Yara", "Sara", "Lara", "Kara"), each a name of its own."""


@cache
def _names_of_length(length: int) -> tuple[str, ...]:
    return tuple(key for kind in ("given_names", "surnames") for key in _names(kind) if len(key) == length)


def name_word_score(word: str) -> float:
    """How much `word` reads like a given name or surname of the lexicon, 0-100
    (rapidfuzz's ratio to the closest, diacritics and case aside).

    >>> name_word_score("Jansen"), name_word_score("Jansne") >= 80, name_word_score("Qx") < 50
    (100.0, True, True)
    """
    key = _fold(word)
    if key in _names("given_names") or key in _names("surnames"):
        return 100.0
    best = 0.0
    for kind in ("given_names", "surnames"):
        found = process.extractOne(key, _names(kind).keys(), scorer=fuzz.ratio)
        if found is not None:
            best = max(best, found[1])
    return round(best, 1)


@cache
def roles() -> frozenset[str]:
    """Words that name a person's role, never a person ("Gemachtigde", "Rekeninghouder"),
    lower case."""
    return frozenset(entry.lower() for entry, _ in _lines("roles.txt"))


@cache
def months() -> dict[str, int]:
    """Each month's name or abbreviation of `months.txt`, lower case, with its number
    ("oktober": 10, "märz": 3, "marca": 3)."""
    return {entry.lower(): int(number) for entry, number in _lines("months.txt")}


@cache
def sentence_words() -> frozenset[str]:
    """Capitalised Dutch words that begin a sentence or a label ("Door", "Hierbij",
    "Geboren"): evidence that a name ended before them only when the sentence goes
    on after them ("Die", "Bij" and "Voor" are surnames too)."""
    return frozenset(entry for entry, _ in _lines("sentence_words.txt"))


# --- towns and municipalities ---------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    name: str
    """The canonical spelling ("'s-Hertogenbosch")."""
    score: float
    """1.0 for a spelling of the lexicon, less for a near one (OCR slips)."""


def same_place_name(a: str, b: str) -> bool:
    """Whether `a` and `b` are one place name written apart only in case, accents,
    apostrophes, hyphens, spaces or full stops (not two names of one place, as "Den Haag"
    and "'s-Gravenhage" are).

    >>> same_place_name("Krimpen aan den. IJssel", "Krimpen aan den IJssel"), same_place_name("Den Haag", "'s-Gravenhage")
    (True, False)
    """
    return _place_key(a) == _place_key(b)


def _place_key(text: str) -> str:
    """A place name's key: folded, without hyphens, spaces and full stops ("'s-Hertogenbosch",
    "'s Hertogenbosch" and "S-HERTOGENBOSCH" are one)."""
    return re.sub(r"[\s.\-]", "", _fold(text))


@cache
def _places(name: str) -> dict[str, str]:
    index: dict[str, str] = {}
    canonical = ""
    for entry, _ in _lines(name):
        if entry.startswith("\t"):
            index.setdefault(_place_key(entry[1:]), canonical)
        else:
            canonical = entry
            index.setdefault(_place_key(entry), entry)
    return index


@cache
def joined_towns_regex() -> str:
    """A regular expression for the towns whose names join capitalised words with small
    ones ("Alphen aan den Rijn", "Bergen op Zoom", "Wijk bij Duurstede"), which no
    pattern of capitalised words finds whole; any case, longest first.

    >>> import re
    >>> re.match(joined_towns_regex(), "Capelle aan den IJssel, 12 mei").group(0)
    'Capelle aan den IJssel'
    """
    names = {entry.lstrip("\t") for entry, _ in _lines("towns.txt")}
    joined = [n for n in names if any(w[0].islower() or w[0] == "'" for w in n.split()[1:-1])]
    body = "|".join(re.escape(n).replace("'", f"[{APOSTROPHES}]") for n in sorted(joined, key=len, reverse=True))
    return rf"(?i:{body})(?![\w-])"


def towns() -> frozenset[str]:
    return frozenset(_places("towns.txt").values())


def municipalities() -> frozenset[str]:
    return frozenset(_places("municipalities.txt").values())


FUZZY_PLACE_RATIO = 88.0
"""The least rapidfuzz ratio for a place name read with a slip to count as that place."""
FUZZY_PLACE_LENGTH = 7
"""Shorter names are matched exactly only: one slip turns "Ede" into "Epe"."""


def _place(text: str | None, kind: str) -> Place | None:
    if not text or not re.search(r"[^\W\d_]", text):
        return None
    key = _place_key(text)
    index = _places(kind)
    if key in index:
        return Place(index[key], 1.0)
    if len(key) < FUZZY_PLACE_LENGTH:
        return None
    found = process.extractOne(key, index.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_PLACE_RATIO)
    if found is None:
        return None
    return Place(index[found[0]], round(found[1] / 100, 3))


def town(text: str | None) -> Place | None:
    """The town (woonplaats) `text` names, canonical spelling and score, or None.

    >>> town("'s-Hertogenbosch"), town("s Hertogenbosch").name, town("Den Haag").name
    (Place(name="'s-Hertogenbosch", score=1.0), "'s-Hertogenbosch", "'s-Gravenhage")
    >>> town("ALPHEN AAN DEN RIJN").name, town("Zoetermeor"), town("Kerkstraat"), town("Epe").name
    ('Alphen aan den Rijn', Place(name='Zoetermeer', score=0.9), None, 'Epe')
    """
    return _place(text, "towns.txt")


def municipality(text: str | None) -> Place | None:
    """The municipality `text` names, canonical spelling and score, or None.

    >>> municipality("Den Haag").name, municipality("Súdwest-Fryslân").name, municipality("Weesp").name
    ("'s-Gravenhage", 'Súdwest-Fryslân', 'Amsterdam')
    >>> municipality("Haarlem"), municipality("Kudelstaart")
    (Place(name='Haarlem', score=1.0), None)
    """
    return _place(text, "municipalities.txt")


# --- banks ----------------------------------------------------------------------------------


@cache
def _organisation_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """(the short words, matched whole; the longer ones, matched inside a word too)."""
    words = [entry for entry, _ in _lines("organisations.txt")]
    return frozenset(w for w in words if len(w) < 5), tuple(w for w in words if len(w) >= 5)


@cache
def legal_form_regex() -> str:
    """A regular expression (case-sensitive) of the legal forms of `legal_forms.txt` as a
    name's last word(s), each dot optional and spaces after dots optional ("B.V.", "BV",
    "Sp. z o.o.", "S.r.l").

    >>> import re
    >>> [bool(re.fullmatch(legal_form_regex(), t)) for t in ("B.V.", "BV", "Lda.", "Sp. z o.o.", "GmbH", "Gmbh", "Hotel")]
    [True, True, True, True, True, False, False]
    """
    forms = []
    for entry, _ in _lines("legal_forms.txt"):
        parts = [re.escape(part) for part in re.split(r"\.\s*", entry.rstrip(".")) if part]
        forms.append(r"\.?\s?".join(parts) + r"\.?")
    return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


def is_organisation(text: str) -> bool:
    """Whether a name reads as an organisation's: one of its words is, or (five letters
    or more) holds, a word of `organisations.txt`.

    >>> is_organisation("Indicatiebureau Woonurgentie"), is_organisation("Zorggroep Almere"), is_organisation("GGD Hollands Noorden")
    (True, True, True)
    >>> is_organisation("Jan de Vries"), is_organisation("Woonurgentie"), is_organisation("Ggdstraat 4")
    (False, False, False)
    """
    whole, inside = _organisation_words()
    for word in text.split():
        folded = _fold(word).replace(".", "")
        if folded in whole or any(stem in folded for stem in inside):
            return True
    return False


@cache
def _banks() -> tuple[dict[str, str], dict[str, str]]:
    """(printed name or alias -> bank, Dutch IBAN bank code -> bank) of `banks.txt`."""
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    bank = ""
    for entry, flag in _lines("banks.txt"):
        if entry.startswith("\t"):
            names.setdefault(entry[1:], bank)
            continue
        bank = entry
        names.setdefault(entry, bank)
        if flag:
            codes[flag] = bank
    return names, codes


@cache
def bank_regex() -> str:
    """A regular expression for the names banks print, case as printed, longest first.

    >>> import re
    >>> [m.group(0) for m in re.finditer(bank_regex(), "Svenska Handelsbanken AB, ING Bank; a thing")]
    ['Svenska Handelsbanken', 'ING Bank']
    """
    names = sorted(_banks()[0], key=len, reverse=True)
    return r"(?<![\w-])(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")(?![\w-])"


def bank_of_code(code: str) -> str | None:
    """The bank whose Dutch IBANs carry this four-letter bank code ("HAND": Handelsbanken).

    >>> bank_of_code("HAND"), bank_of_code("RABO"), bank_of_code("ABCD")
    ('Handelsbanken', 'Rabobank', None)
    """
    return _banks()[1].get(code.upper())


def country(text: str) -> str | None:
    """The country `text` names (`countries.txt`, Dutch names with English and native ones
    as aliases), in its Dutch name; None for any other word.

    >>> country("Denemarken"), country("belgium"), country("Utrecht")
    ('Denemarken', 'België', None)
    """
    return _places("countries.txt").get(_place_key(text))

