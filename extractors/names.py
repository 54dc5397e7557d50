"""Reading a person's name as printed: one reader for every extractor.

A name is capitalised words and initials joined by lower-case particles ("J.P. de
Vries", "Aïcha van 't Veen", "Kees ter Haar-El Amrani", "YILMAZ, Ömer"), the particles,
titles and the words that begin the next sentence coming from the lexicon
(`extractors/lexicon/`), never from a list written into a pattern here.

- `read_name(text)`: the name at the start of a text (the rest of a label's line, a
  span of prose), titles and forms of address before it dropped ("Mevrouw drs. A. de
  Vries", "mr. dr. P. Jansen"), an academic title after it too ("J. Jansen MSc"); with a
  confidence factor for the field. It stops at evidence only: a character that is no
  name's, a lower-case word that is no particle, a word of the lexicon's
  `sentence_words.txt` that no name ends in, or one that may ("Die", "Bij") when the
  sentence runs on after it. A capitalised last word after a particle is the surname
  ("Henk van Die", "Jan de Bij").
- `take_name(text)`: the same, the name only; `name_field(hit)`: as a field, the factor
  applied to the hit's confidence.
- `NAME_PATTERN`, `NAME_WORD`, `PARTICLE`, `UPPER`: the regular expressions built from
  the lexicon, for patterns that find a name inside a sentence.
- The general repairs of what OCR does to names (`repair_initials`, `plain_apostrophes`,
  `pipe_as_initial`): each leaves a correctly printed name as it is
  (tests/extractors/test_names.py proves it with hypothesis).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors import lexicon
from extractors._locate import Hit
from extractors.labels import is_label, is_label_wording
from woondossier.model import Field

UPPER = r"[^\W\d_a-zß-öø-ÿ]"
"""A letter that is not lower case (re has no \\p{Lu})."""
PARTICLE = lexicon.particle_regex()
"""One word of a name particle ("van", "der", "'t", "’s", "el", "bin"), as the lexicon lists them."""
_APOSTROPHE = f"[{lexicon.APOSTROPHES}]"
NAME_WORD = (
    rf"(?:(?:{UPPER}[a-z]?\.)+(?:\s+\({UPPER}[^\W\d_]+\))?|[A-Z]{{2}}\.|{_APOSTROPHE}{{1,2}}[st]-{UPPER}[\w'’-]*"
    rf"|[dl]{_APOSTROPHE}{UPPER}[\w'’-]*|(?:{PARTICLE})-{UPPER}[\w'’-]*|{UPPER}[\w'’-]*)"
)
"""A capitalised word or initials of a name ("Vries", "Çelik", "J.P.", "Th."; "GJ." whose
stop OCR lost), initials with the name a person goes by ("J.H.M. (Jan)"), an elided
article hyphenated to the word ("'s-Gravendeel"), an elided particle glued to it
("d'Ancona"), a particle hyphenated to it ("al-Hassan", "el-Amin")."""
_SPECK = rf"[\\_~¦]{{1,2}}\s+(?={PARTICLE}\s)"  # "Sanne \\ van 't Dijk": OCR's speck before a particle
NAME_PATTERN = rf"(?-i:(?<![\w.'’-]){NAME_WORD}(?:\s+(?:{_SPECK})?(?:{PARTICLE}\s+)*{NAME_WORD})*)"
"""A name as printed: capitalised words and initials, joined by lower-case particles.
Case-sensitive even inside a case-insensitive pattern: capitals are what make a name;
never from inside a word."""



JOINED = (r"\s+(?:en\s*/\s*of|e\s*/\s*o|en|and(?:\s*/\s*or)?|c\.\s?q\.|und(?:\s*/\s*oder)?|et(?:\s*/\s*ou)?|y\s*/\s*o|e\s*/\s*ou)\s+"
          r"|\s*[&+]\s*|\s+(?-i:EO|E/O|EN\s*/\s*OF|EN)\s+")
"""What joins two persons' names into one value ("J. Jansen en/of A. Bakker", "e/o", "&",
"and/or"; a bank's capitals "J JANSEN EO A BAKKER", "RAHIMI AS EN/OF KHOURY R"; a bank abroad's
"und", "et", "y/o", "e/ou"): split there, each part is a name. Never a bare "y" or "e": they
join a Spanish or Portuguese person's own surnames ("Ortega y Gasset", "Ferreira e Silva")."""


def _title_forms() -> str:
    """The lexicon's titles and forms of address as one pattern's text, each full stop
    optional ("T.a.v.", "tav", "Dhr", "Hr", "drs."), the longest first."""
    forms = []
    for title in sorted(lexicon.titles(), key=len, reverse=True):
        forms.append(r"\s+".join(re.escape(word).replace(r"\.", r"\.?") for word in title.split()))
    return "|".join(forms)


TITLE_FORMS = _title_forms()
"""A title or form of address as printed before a name (`lexicon/titles.txt`), to match
case-blind: an address block's "Hr J Jansen" and "Mw A Bakker" as well as "De heer"."""


def _title_regex() -> re.Pattern[str]:
    """Titles and forms of address at the start of a text, followed by a space or, after
    a stop, the name."""
    return re.compile(rf"^(?:{TITLE_FORMS})(?:\s+|(?<=\.)(?=(?-i:{UPPER})))", re.IGNORECASE)


_TITLE = _title_regex()


def strip_titles(text: str) -> str:
    """A name without the titles and forms of address in front of it.

    >>> strip_titles("De heer J.P. de Vries"), strip_titles("Mevrouw F. El Amrani"), strip_titles("T.a.v. Jan Bakker")
    ('J.P. de Vries', 'F. El Amrani', 'Jan Bakker')
    >>> strip_titles("Mevrouw drs. A. de Vries"), strip_titles("mr. dr. P. Jansen"), strip_titles("Dhr.Jan Bakker")
    ('A. de Vries', 'P. Jansen', 'Jan Bakker')
    >>> strip_titles("Drost, Jan"), strip_titles("Heer, Jan de")  # a surname that begins like a title stays
    ('Drost, Jan', 'Heer, Jan de')
    """
    previous = None
    while previous != text:
        previous, text = text, _TITLE.sub("", text.strip())
    return text


# --- repairs of what OCR does to names ------------------------------------------------------
#
# Each is general: it changes only a form no correctly printed name has (a bracket or a
# rule for the letter J or I before a stop, a particle's apostrophe drawn twice, a stop
# between two initials read as a comma), and tests/extractors/test_names.py checks with
# hypothesis that names made of the lexicon's parts come through unchanged.

_BEFORE_A_NAME = rf"(?=\s*(?:{UPPER}|{PARTICLE}\s))"
BOX_EDGE = "[ÌÍÎÏÈÉÊËÒÓÔÖÙÚÛÜìíîïèéêëòóôöùúûü]"
"""A box's or a cell's edge as OCR reads it: an accented letter alone, no Dutch initial or word."""
_BOX_MARK = re.compile(rf"^\s*{BOX_EDGE}\s+(?={UPPER})")
_INITIAL_J = re.compile(r"(?<=\b[A-Z]\.)[)\]|}](?=\.)")
_PIPE_INITIAL = re.compile(rf"(?<!\S)\|\.{_BEFORE_A_NAME}")  # "|. Koster", "|. ter Vries": the initial I read as a rule
_IL_INITIAL = re.compile(rf"(?<!\S)Il\.{_BEFORE_A_NAME}")  # "Il. Boer": the initial I read as two letters
_L_INITIAL = re.compile(r"(?<![\w.])((?:[A-Z]\.)+)l\.(?=(?:[A-Z]\.)*\s)|(?<![\w.])l\.(?=(?:[A-Z]\.)+\s)")
"""An initial I read as a small l among capitals' initials ("A.l. Isenia", "l.A. Bakker"):
no initial is a small letter."""
_BRACKET_INITIAL = re.compile(rf"(?<![^\s.])[)\]}}]\.(?=\s+(?:{UPPER}|{PARTICLE}\s))")  # "T.n.v.). de Smit": J
_GLUED_SURNAME = re.compile(r"(?<![\w.])((?:[A-Z]\.)+)(?=[A-Z][a-zà-ÿ])")  # "G.Bos": the space after the initials lost
_INITIAL_STOP = re.compile(rf"\b([A-Z])[;,:](?=\s+(?:{PARTICLE}|{UPPER}))")
_LAST_INITIAL_STOP = re.compile(r"(,\s*(?:[A-Z]\.)*[A-Z])[;,:]\s*$")  # "El Ouardi,S,": the last initial's stop, the name printed surname first
_SMALL_INITIAL = re.compile(r"(,\s*)([cosuvwxz])(?=\.\s*$)")
"""The one initial after a surname printed first, read as the small letter of its capital's
shape ("El Ouardi, s."): no initial is printed small; after another ("Dijk, J.v.") it may
be a particle's abbreviation."""
_LOW_STOP = re.compile(r"(?<![\w.])([A-Z])[‚,-](?=[A-Z]\.)")  # "E‚W. ter Visser", "E-W. Bos": the stop between initials
_INITIALS_RUN = re.compile(rf"(?<![\w.])([A-Z])([A-Z])\.(?=\s+(?:{PARTICLE}|{UPPER}))")  # "KJ. van": a stop lost
_INITIALS_LOST_STOPS = re.compile(rf"(?<![\w.])([A-Z]{{3,4}})\.(?=(?:\s+(?-i:{PARTICLE}))+\s+{UPPER})")
"""Three or four initials whose stops OCR lost but the last, before a surname's particle in
small letters ("RLS. de Vries"); "GGD. De zorg" is no name."""


def pipe_as_initial(text: str) -> str:
    """A capital I that OCR read as "|", before its stop and a name, put back (the
    text keeps its length: offsets into it hold).

    >>> pipe_as_initial("|. Koster"), pipe_as_initial("T.a.v. |.J. de Vries"), pipe_as_initial("| Koster"), pipe_as_initial("a |. b")
    ('I. Koster', 'T.a.v. I.J. de Vries', '| Koster', 'a |. b')
    >>> pipe_as_initial("|. ter Vries & |. van den Sluis"), pipe_as_initial("|. vandaag")
    ('I. ter Vries & I. van den Sluis', '|. vandaag')
    """
    return _PIPE_INITIAL.sub("I.", text)


def repair_initials(text: str) -> str:
    """Initials as printed, where OCR made the usual slips in them: a "J" read as a
    bracket ("E.).", "). de Smit"), a full stop read as a semicolon or comma before the rest of the
    name ("S; de Visser") or between two initials ("E‚W."), the stop between two initials lost ("KJ. van"), the space
    after them lost ("G.Bos"); and a box's edge read as an accented capital before the
    name is dropped. Only a single capital counts as an initial.

    >>> repair_initials("E.). van 't Boer"), repair_initials("M.P. van den Wijk en S; de Visser")
    ("E.J. van 't Boer", 'M.P. van den Wijk en S. de Visser')
    >>> repair_initials("Vries, Jan de"), repair_initials("A. Bakker, B. de Wit"), repair_initials("KJ. van 't Kuipers")
    ('Vries, Jan de', 'A. Bakker, B. de Wit', "K.J. van 't Kuipers")
    >>> repair_initials("Ï Ruben de Wit"), repair_initials("ù Mantelzorgsteunpunt Zuid-Kennemerland")  # a box's edge before the name
    ('Ruben de Wit', 'Mantelzorgsteunpunt Zuid-Kennemerland')
    >>> repair_initials("G.Bos"), repair_initials("J.H.Meijer en K.P. Bos"), repair_initials("J.P.")
    ('G. Bos', 'J.H. Meijer en K.P. Bos', 'J.P.')
    >>> repair_initials("|. Koster")  # the initial I read as a rule
    'I. Koster'
    >>> repair_initials("). de Smit & N. Çelik"), repair_initials("T.n.v.). de Smit"), repair_initials("(2011 AB). De")  # a J alone read as a bracket
    ('J. de Smit & N. Çelik', 'T.n.v.J. de Smit', '(2011 AB). De')
    >>> repair_initials("M. ter Meijer en E‚W. ter Visser"), repair_initials("Bos,K. de"), repair_initials("E-W. Bos")  # a stop between initials read low
    ('M. ter Meijer en E.W. ter Visser', 'Bos,K. de', 'E.W. Bos')
    >>> repair_initials("Il. Boer & K. de Boer"), repair_initials("Il. van den Sluis")  # the initial I read as two letters
    ('I. Boer & K. de Boer', 'I. van den Sluis')
    >>> repair_initials("A.l. Isenia"), repair_initials("l.A. Bakker"), repair_initials("J.l.M. de Vries")  # an I read as a small l
    ('A.I. Isenia', 'I.A. Bakker', 'J.I.M. de Vries')
    >>> repair_initials("El Ouardi,S,"), repair_initials("Bakker, J.P;"), repair_initials("Bakker, Jansen,")  # the last initial's stop read low
    ('El Ouardi,S.', 'Bakker, J.P.', 'Bakker, Jansen,')
    >>> repair_initials("RLS. de Vries"), repair_initials("GGD. De zorg"), repair_initials("ABNA. van")  # stops lost between initials
    ('R.L.S. de Vries', 'GGD. De zorg', 'ABNA. van')
    >>> repair_initials("El Ouardi, s."), repair_initials("Dijk, J.v."), repair_initials("Dijk, J. v."), repair_initials("Bos, a.")  # a capital read small
    ('El Ouardi, S.', 'Dijk, J.v.', 'Dijk, J. v.', 'Bos, a.')
    """
    text = _IL_INITIAL.sub("I.", _LOW_STOP.sub(r"\1.", text))
    text = _L_INITIAL.sub(lambda m: f"{m.group(1) or ''}I.", text)
    text = _GLUED_SURNAME.sub(r"\1 ", _BOX_MARK.sub("", _BRACKET_INITIAL.sub("J.", pipe_as_initial(text))))
    text = _LAST_INITIAL_STOP.sub(r"\1.", text)
    text = _SMALL_INITIAL.sub(lambda m: m.group(1) + m.group(2).upper(), text)
    text = _INITIALS_LOST_STOPS.sub(lambda m: "".join(f"{c}." for c in m.group(1)), text)
    return _INITIALS_RUN.sub(r"\1.\2.", _INITIAL_STOP.sub(r"\1.", _INITIAL_J.sub("J", text)))


_ELIDED_PARTICLES = "|".join(sorted({p.split()[0] for p in lexicon.particles() if len(p.split()) > 1 and p.split()[1] in ("'t", "'s")}))
"""The particles an elided "'t" or "'s" follows ("van 't", "in 't", "op 't", "aan 't")."""
_ELISION_SPACED = re.compile(rf"(?<=\s){_APOSTROPHE}{{1,2}}([ts])\b")
_ELISION_BARE = re.compile(rf"\b({_ELIDED_PARTICLES}) t(?=\s|,|$)")
_ELISION_GLUED_NEXT = re.compile(rf"\b({_ELIDED_PARTICLES}) t(?={UPPER})")
_ELISION_GLUED_BEFORE = re.compile(rf"\b({_ELIDED_PARTICLES}){_APOSTROPHE}{{1,2}}([ts])\b")


def plain_apostrophes(name: str) -> str:
    """A name's elided particles written as names are: "'t", "'s" with a plain
    apostrophe and a space before them, however OCR drew or joined them.

    >>> plain_apostrophes("Kees van ‘t Kaya"), plain_apostrophes("Kuipers, Hüseyin van't"), plain_apostrophes("Jan ’s Gravendeel")
    ("Kees van 't Kaya", "Kuipers, Hüseyin van 't", "Jan 's Gravendeel")

    A lone small "t" after the particle is its elision with the apostrophe lost: no name
    has a word "t" of its own ("van t" is how "van 't" is typed without it):

    >>> plain_apostrophes("Dijk, Yara van t"), plain_apostrophes("Jan van t Hof"), plain_apostrophes("Jan van T. Hof")
    ("Dijk, Yara van 't", "Jan van 't Hof", 'Jan van T. Hof')
    >>> plain_apostrophes("Fatima van tJansen")  # and the space after it: no Dutch word has a small t before a capital
    "Fatima van 't Jansen"
    """
    name = _ELISION_SPACED.sub(r"'\1", name)
    name = _ELISION_BARE.sub(r"\1 't", name)
    name = _ELISION_GLUED_NEXT.sub(r"\1 't ", name)
    return _ELISION_GLUED_BEFORE.sub(r"\1 '\2", name)


def clean_name(text: str | None) -> str | None:
    """A name (or an organisation's) as printed, with single spaces; None when it holds no letters.

    >>> clean_name("  Jan   de  Vries "), clean_name("12-10-2026"), clean_name("_Huisartsenpraktijk De Linde")
    ('Jan de Vries', None, 'Huisartsenpraktijk De Linde')
    >>> clean_name("✝ Diaconie De Ark"), clean_name("'s-Hertogenbosch")  # a letterhead's emblem before it; an elision stays
    ('Diaconie De Ark', "'s-Hertogenbosch")
    """
    if not text:
        return None
    t = repair_initials(plain_apostrophes(_LEADING_SPECKS.sub("", re.sub(r"\s+", " ", text)).strip(" ,;:_|")))
    return t if re.search(r"[^\W\d_]{2,}", t) else None


# --- reading a name -------------------------------------------------------------------------

SPECK = rf"(?![{lexicon.APOSTROPHES}])[\W_]"
"""One of OCR's marks around a name: no letter, digit or elision's apostrophe (a rule "|",
a speck "_", "»", "…")."""
_LEADING_SPECKS = re.compile(rf"^(?:{SPECK})+|^[{lexicon.APOSTROPHES}]+(?=[A-Z][a-zà-ÿ])")
"""What OCR reads before a name: "— _… _", or a quote mark glued to a capitalised word
("‘Tekle Berhane"); an elision's apostrophe stays ("'t Hart", "'T HART")."""
_INNER_SPECK = re.compile(rf"(?<=\w)\s+{_SPECK}")  # a speck between a name's words, taken out before a particle only
_PARTICLE_SPECK = re.compile(rf"(\s{PARTICLE})[.,;:]+(?=\s+{UPPER})")  # "Lotte van 't. Nguyen": a speck read after a particle
_SPLIT_OFF = re.compile(
    rf"\s+(?!(?:en|of|is|in|op|te|bij|met|aan|om|tot|uit|na|er|al|nu|zo)\s)[a-zß-ÿ]{{1,3}}(?:\s+[a-z])?\s+(?:{UPPER}|{PARTICLE}\s)"
)
"""After a name: a fragment of a word, no Dutch word, before a capital or a particle: the
name went on and OCR split one of its words ("Es mée Smit", "Joris va n den Kuipers")."""
_LEADING_PARTICLES = re.compile(rf"(?-i:(?:{PARTICLE}\s+)+)(?={UPPER})")
_SENTENCE_GOES_ON = re.compile(r"\s+(?:[a-zß-ÿ]|\d)|\s*:")
"""After a word: the sentence or the form's line runs on (a small word, a number, a label's colon)."""
NOT_NAME_WORDS = frozenset(
    "aan de het een en dat die deze dit zijn haar hij zij uw wij ik is was geboren "
    "ondergetekende ondergetekenden verklaart verklaar verleent ontvangt patiënt zorgvrager mantelzorger".split()
)
"""Words that, capitalised, start a sentence, never a name ("Een Meijer" is OCR's "1. J.H. Meijer")."""


def name_split_after(text: str, end: int) -> bool:
    """Whether the name ending at `end` of `text` went on in a word OCR split (`_SPLIT_OFF`):
    then what was matched is the name's first part only, and no name."""
    return bool(_SPLIT_OFF.match(text, end))


@dataclass(frozen=True)
class Name:
    value: str
    """The name as printed, single spaces, titles left out."""
    confidence: float
    """A factor for the field's confidence (1.0: every word a name's, as the lexicon knows
    names or as names are formed; less for a word that looks like OCR's damage)."""


_WELL_FORMED = re.compile(rf"(?:Mc|Mac|O')?{UPPER}(?:[^\W\d_A-Z]+|[^\W\d_a-z]+)(?:[-'’]{UPPER}?[^\W\d_]+)*\.?")
"""A word as names are written: a capital, then small letters (or all capitals), maybe
hyphenated or with an apostrophe ("Vries", "YILMAZ", "Ter Haar-El", "D'Ancona")."""


ONE_SLIP = 0.75
"""What a well-formed word counts for as a name's word when the lexicon knows a name one
letter away from it ("Getin", "Çetin"'s C read as a G): below the analyst's threshold."""


def word_factor(word: str) -> float:
    """How surely `word` is a name's own word as read: 1.0 for an initial, a particle, a
    name of the lexicon or a word formed as names are (a name the lexicon does not know
    is no damage); for a word formed as no name is ("Jansne" is, "JaNsen", "Jan5en" are
    not), its closeness to the nearest name of the lexicon (rapidfuzz ratio / 100): a
    slip in a known name costs little, a string of specks much.

    >>> word_factor("J.P."), word_factor("van"), word_factor("Nguyễn"), word_factor("Oyelaran")
    (1.0, 1.0, 1.0, 1.0)
    >>> word_factor("JaNsen"), 0.7 < word_factor("Jan5en") < 1.0, word_factor("Xq1z") < 0.5
    (1.0, True, True)
    >>> word_factor("Getin"), word_factor("Cetin")  # one letter from a name the lexicon knows: OCR's slip as likely as a name of its own
    (0.75, 1.0)
    """
    bare = word.strip(",;")
    if re.fullmatch(rf"(?:{UPPER}[a-z]?\.)+", bare) or lexicon.is_particle(bare) or lexicon.is_known_name_word(bare):
        return 1.0
    if _WELL_FORMED.fullmatch(bare):
        return ONE_SLIP if lexicon.one_slip_from_a_name(bare.rstrip(".")) else 1.0
    return round(lexicon.name_word_score(bare) / 100, 3)


def read_name(text: str | None) -> Name | None:
    """The name at the start of `text` (after any titles), with a confidence factor, or None.

    Stops at the first word that cannot be part of a name, so the rest of a
    sentence or a table cell to the right stays out.

    >>> read_name("de heer Jan Pieter de Vries, geboren op 01-02-1950")
    Name(value='Jan Pieter de Vries', confidence=1.0)
    >>> read_name("Henk van Die").value, read_name("Jan de Bij").value, read_name("Mevrouw drs. A. de Vries").value
    ('Henk van Die', 'Jan de Bij', 'A. de Vries')
    >>> read_name("mr. dr. P. Jansen").value, read_name("ir. K. Bakker MSc").value, read_name("JaNsen Xq1z").confidence < 0.5
    ('P. Jansen', 'K. Bakker', True)
    >>> read_name("Ahmed Die verleent zorg").value, read_name("Bram Voor: 12").value  # the sentence goes on: "Die" began it
    ('Ahmed', 'Bram')
    >>> read_name("Dhr. J.H.M. (Jan) de Vries").value, read_name("A.B.C. d'Ancona").value, read_name("de Jong").value
    ('J.H.M. (Jan) de Vries', "A.B.C. d'Ancona", 'de Jong')
    >>> read_name("de patiënt"), read_name("de Bij").value, read_name("de Gemeente Haarlem verklaart")
    (None, 'de Bij', None)
    >>> read_name("Vries, Jan de").value, read_name("El Amrani, K.").value, read_name("YILMAZ, Ömer |").value  # surname first
    ('Vries, Jan de', 'El Amrani, K.', 'YILMAZ, Ömer')
    >>> read_name("AIT TALEB-AIT TALEB, A.").value, read_name("Jan Piet Smit, Haarlem").value
    ('AIT TALEB-AIT TALEB, A.', 'Jan Piet Smit')
    >>> read_name("Mohamed Ali, Abdullahi").value  # a Somali surname of two words, both also given names
    'Mohamed Ali, Abdullahi'
    >>> read_name("Vries, Jan de, geboren op 1 mei 1950").value, read_name("Vries, J. | Geboortedatum").value
    ('Vries, Jan de', 'Vries, J.')
    >>> read_name("Jan de Vries, Haarlem").value, read_name("Bakker, Haarlem").value, read_name("Smit, geboren 1950").value
    ('Jan de Vries', 'Bakker', 'Smit')
    >>> read_name("Aydın, Erdoğan 24.12.1988").value, read_name("Smit, J. 4 kinderen").value  # the next column's number
    ('Aydın, Erdoğan', 'Smit, J.')
    >>> read_name("Bakker, Haarlem").confidence, read_name("Bakker").confidence  # one word before a comma: part of a name
    (0.6, 1.0)
    >>> read_name("De Vries, A.").value, read_name("DE VRIES, Anna").value, read_name("De gemeente Haarlem, A.")
    ('De Vries, A.', 'DE VRIES, Anna', None)
    >>> read_name("Mevrouw De Vries").value, read_name("De Vries verklaart"), read_name("De Bilt")
    ('De Vries', None, None)
    >>> read_name("Noor al-Hassan").value, read_name("Amir el-Amin, Utrecht").value  # a particle hyphenated to the surname
    ('Noor al-Hassan', 'Amir el-Amin')
    >>> read_name("Naam Geboortedatum Relatie"), read_name("Rekeninghouder IBAN")  # labels where the values were lost
    (None, None)
    >>> read_name("El ldrissi, Rachid"), read_name("Van"), read_name("El Idrissi, Rachid").value  # a particle alone is no name
    (None, None, 'El Idrissi, Rachid')
    >>> read_name("NL60SNSB4261472821"), read_name("Jan de Vr1es").value  # an account number; a name with a slip
    (None, 'Jan de Vr1es')
    >>> read_name("Gemachtigde"), read_name("Partner"), read_name("Kind Jansen").value  # a role's word alone is no name
    (None, None, 'Kind Jansen')
    """
    if not text:
        return None
    rest = _INNER_SPECK.sub(" ", _LEADING_SPECKS.sub("", pipe_as_initial(text.strip())))
    repaired = repair_initials(_PARTICLE_SPECK.sub(r"\1", rest))
    rest = strip_titles(repaired)
    titled = rest != repaired.strip()
    lead = _LEADING_PARTICLES.match(rest)  # "de Jong": a surname alone, its particle first
    m = re.compile(NAME_PATTERN).match(rest, lead.end() if lead else 0)
    if not m:
        return None
    if name_split_after(rest, m.end()):
        return None  # a name OCR split, whose first part is no name
    first = m.group(0).split()[0]
    if first.lower() in NOT_NAME_WORDS and not (
        lexicon.is_particle(first) and len(m.group(0).split()) > 1 and (titled or _given_names_after(m.group(0).split(), rest[m.end() :]))
        or lexicon.is_known_name_word(first) and _given_names_after(m.group(0).split(), rest[m.end() :])  # "HAAR, A.": a surname that is a word too, printed first
    ):
        # a sentence's first word, unless a surname led by its particle, capitalised as Dutch
        # writes it without given names before it: after a title ("Mevrouw De Vries") or
        # with the given names after a comma ("De Vries, A.")
        return None
    if lead and rest[m.end() :].strip(" .,;|_"):
        return None  # a particle first: a surname alone as the whole value ("de Jong"), not "de Gemeente Haarlem verklaart"
    if m.group(0).strip(" .,;:").lower() in lexicon.roles():
        return None  # "Gemachtigde": a role's word alone, a table's "Rol" cell, no one's name
    name = plain_apostrophes(rest[: m.end()] if lead else m.group(0))
    words = name.split()
    goes_on = bool(_SENTENCE_GOES_ON.match(rest, m.end()))
    while len(words) > 1 and words[-1] in lexicon.sentence_words() and not lexicon.is_particle(words[-2]):
        if lexicon.is_known_name_word(words[-1]) and not goes_on:
            break  # "Jan Smit Die": a surname ending the text; only a sentence running on after it says otherwise
        words.pop()  # the next sentence's first word, its full stop lost
        goes_on = True
    while len(words) > 2 and lexicon.is_postnominal(words[-1]):
        words.pop()  # "J. Jansen MSc"
    if given := _given_names_after(words, rest[m.end() :]):
        words += given  # "Vries, Jan de": surname first, as registers print it
    name = " ".join(words)
    if not re.search(r"[^\W\d_]{2,}", name) or is_label(name):
        return None  # "Naam Geboortedatum Relatie": a form's labels, read where its values were lost
    if len(words) == 1 and lexicon.is_particle(words[0].rstrip(",")):
        return None  # "El ldrissi": a particle alone is where a name's reading stopped, no name
    if any(sum(c.isdigit() for c in word) > sum(c.isalpha() for c in word) for word in words):
        return None  # "NL60SNSB4261472821": a number with letters, no name's word ("Vr1es" is one OCR slipped in)
    confidence = min(word_factor(word.rstrip(",")) for word in words)
    if len(words) == 1 and rest[m.end() :].lstrip().startswith(","):
        confidence = min(confidence, PART_OF_NAME)  # "Bakker, ...": a surname whose given names were not read after it
    if _cut_short(rest[m.end() :]):
        confidence = min(confidence, PART_OF_NAME)  # "Bilal lias Akkouh": a name's word lost its capital to OCR
    return Name(value=name, confidence=confidence)


_LOWER_THEN_CAPITAL = re.compile(r"\s+([a-zß-ÿ][\w'’-]{2,})\s+[A-ZÀ-Þ][\w'’-]+")


def _cut_short(after: str) -> bool:
    """Whether the name read stops before a word in lower case that no sentence, particle or
    label has, and a capitalised word follows: a given name whose capital OCR lost ("Bilal
    lias Akkouh" for "Bilal Ilias Akkouh"), the name read is a part of it.

    >>> _cut_short(" lias Akkouh"), _cut_short(" woont in Utrecht"), _cut_short(" en Piet Bos"), _cut_short(" woonplaats Gouda")
    (True, False, False, False)
    """
    m = _LOWER_THEN_CAPITAL.match(after)
    if m is None:
        return False
    word = m.group(1)
    return not (word in lexicon.sentence_words() or lexicon.is_particle(word) or word in NOT_NAME_WORDS or is_label_wording(word))


PART_OF_NAME = 0.6
"""The most one word before a comma counts for as a name: a surname printed first whose
given names after the comma were not read as such; the analyst looks."""

_GIVEN_AFTER_COMMA = re.compile(
    rf"(?-i:,\s*({NAME_WORD}(?:\s+{NAME_WORD})*)((?:\s+{PARTICLE})*))(?:[\s.|_]*$|\s*[,.]\s+(?=[a-zß-ÿ])|\s+\||\s+(?=\d)|\s+(?=(?:geboren|geb\.)\s))"
)
"""Given names after a surname and its comma, ending the text, a table cell ("|"), the
name before a sentence runs on (", geboren op ...", its comma read as a full stop or lost:
"Prins, Anneke. geboren ...") or before the next column's number ("Aydın, Erdoğan 24.12.1988")."""


def _given_names_after(surname: list[str], after: str) -> list[str]:
    """The given names (and the particles after them) of a name printed surname first,
    ("Vries, Jan de", "El Amrani, K."): `surname` is one word or particles and a word,
    and a comma and given names or initials end the text. "Jan de Vries, Haarlem"
    (given names before the comma) and "Bakker, Haarlem" (a town after it) are none."""
    plain_words = [word for word in surname if not lexicon.is_particle(word)]
    if len(surname) > 4 or not plain_words or not all(lexicon.is_particle(word) for word in surname[: surname.index(plain_words[0])]):
        return []
    compound = len(plain_words) == 3 and "-" in plain_words[1]  # "AIT TALEB-AIT TALEB, A.": two surnames of two words
    if (len(plain_words) > 2 and not compound) or (len(plain_words) >= 2 and lexicon.is_given_name_only(plain_words[0])):
        return []  # "Ait Taleb, A." is a surname of two words; "Jan Smit, Haarlem" begins with a given name
    if not (m := _GIVEN_AFTER_COMMA.match(after)):
        return []
    given = m.group(1).split()
    if any(lexicon.town(w) is not None and not lexicon.is_known_name_word(w) for w in given):
        return []
    surname[-1] += ","
    return given + m.group(2).split()


def name_field(hit: Hit | None, validity: float = 1.0) -> Field | None:
    """The name at the start of a hit's text as a field, its confidence the hit's times
    `read_name`'s factor (and `validity`: a caller's own doubt, e.g. prose); None when
    the hit holds no name, so a caller can go on to its next candidate.

    >>> from woondossier.model import Word
    >>> def hit(text, confidence=0.96):
    ...     words = tuple(Word(text=w, confidence=confidence, bbox=(0, 0, 1, 1)) for w in text.split())
    ...     return Hit(text=text, page=1, bbox=(0, 0, 1, 1), confidence=confidence, words=words)
    >>> field = name_field(hit("Mevrouw drs. A. de Vries")); field.value, field.confidence
    ('A. de Vries', 0.96)
    >>> name_field(hit("Jan de Vr1es")).confidence < 0.96, name_field(hit("12-10-2026"))
    (True, None)
    """
    if hit is None or (found := read_name(hit.text)) is None:
        return None
    return hit.field(found.value, validity * found.confidence)


def name_doubt(name: str) -> float:
    """`read_name`'s factor for a name already taken (`take_name`): 1.0 for a name as names
    are written, less for one OCR may have garbled ("L Blom", an initial without its stop).

    >>> name_doubt("I. Blom"), name_doubt("L Blom") < 0.8
    (1.0, True)
    """
    found = read_name(name)
    return found.confidence if found is not None and found.value == name else 1.0


def take_name(text: str | None) -> str | None:
    """The name at the start of `text` (after any titles), or None: `read_name`'s value.

    >>> take_name("Mevrouw Aïcha van 't Veen verleent zorg"), take_name("J.P. de Vries.")
    ("Aïcha van 't Veen", 'J.P. de Vries')
    >>> take_name("Hüseyin Çelik (geboren 1950)"), take_name("de patiënt"), take_name("12-10-2026")
    ('Hüseyin Çelik', None, None)
    >>> take_name("— _… _G.Bos"), take_name("_| Jan de Vries"), take_name("|. Koster")  # specks, or an I read as a rule
    ('G. Bos', 'Jan de Vries', 'I. Koster')
    >>> take_name("Sanne \\\\ van 't Dijk. De zorg"), take_name("Jan de Vries | Geboortedatum")  # a speck inside, a rule after
    ("Sanne van 't Dijk", 'Jan de Vries')
    >>> take_name("J.W. van '‘t Veen"), take_name("Lotte van 't. Nguyen")  # the apostrophe drawn twice; a speck after a particle
    ("J.W. van 't Veen", "Lotte van 't Nguyen")
    >>> take_name("Es mée Smit, geboren op"), take_name("Joris va n den Kuipers."), take_name("Jan Smit en Piet Bos")  # a word OCR split
    (None, None, 'Jan Smit')
    >>> take_name("Priya van der Leeuwen Door de aard van de aandoening"), take_name("Anna ter Haar")  # a stop lost
    ('Priya van der Leeuwen', 'Anna ter Haar')
    >>> take_name("Jan 's-Gravendeel"), take_name("Kees ter Haar-El Amrani")
    ("Jan 's-Gravendeel", 'Kees ter Haar-El Amrani')
    >>> take_name("M. Kozłowska\\nM. Kozłowska verleent zorg"), take_name("Mohamed Ali Mohamed Ali")  # a table's last cell over a sentence's subject
    ('M. Kozłowska', 'Mohamed Ali Mohamed Ali')
    """
    found = read_name(capital_i(text) if text else text)
    return _once(found.value, text) if found else None


_SMALL_L_FOR_I = re.compile(r"(?<![^\s,(\-])l(?=[bcdfghjkmnpqrstvwxz][a-zà-ÿ])")
"""A small l opening a name's word before a consonant: OCR's reading of a capital I
("Prins, lvone", "lbrahim"); no name's word opens so as printed."""


def capital_i(name: str) -> str:
    """A name with each word OCR began with a small l for its capital I given its I.

    >>> capital_i("Prins, lvone"), capital_i("lbrahim El Idrissi"), capital_i("Lieke van der Linden"), capital_i("Jan de la Rive")
    ('Prins, Ivone', 'Ibrahim El Idrissi', 'Lieke van der Linden', 'Jan de la Rive')
    """
    return _SMALL_L_FOR_I.sub("I", name)


def _once(name: str, text: str) -> str:
    """A name of two words or more read twice over a line's end ("M. Kozłowska" ending a
    table's row, then opening the sentence under it) once; on one line it is as printed."""
    words = name.split()
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
        once = r"\s+".join(re.escape(w) for w in words[:half])
        if re.search(rf"{once}[^\S\n]*\n\s*{once}", text):
            return " ".join(words[:half])
    return name
