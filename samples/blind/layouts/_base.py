"""What every layout shares: the drawn context (fonts, date and amount notations, name
form), HTML escaping, the page shell and the checkbox styles.

Everything a document prints passes `e()` (html.escape): names and places are data,
never markup.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import html
import io
import random
from dataclasses import dataclass, field

from samples.blind import people, values

FONTS = (
    "DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono", "Liberation Sans", "Liberation Serif", "Liberation Mono",
    "Carlito", "Caladea", "Open Sans", "FreeSans", "FreeSerif", "FreeMono", "EB Garamond", "Cantarell", "Hack",
    "Noto Mono", "Accanthis ADF Std", "Comic Neue", "Quicksand", "Courier Prime", "Go", "Jura",
)  # fmt: skip
"""Font families of Debian's fonts-* packages (scripts/setup.sh installs them)."""
SANS = ("DejaVu Sans", "Liberation Sans", "Carlito", "Open Sans", "FreeSans", "Cantarell", "Go", "Quicksand")
SERIF = ("DejaVu Serif", "Liberation Serif", "Caladea", "FreeSerif", "EB Garamond", "Accanthis ADF Std")
MONO = ("DejaVu Sans Mono", "Liberation Mono", "FreeMono", "Hack", "Noto Mono", "Courier Prime")
HAND = ("Comic Neue", "Jura", "Quicksand", "Courier Prime")
NARROW = ("Liberation Sans Narrow", "Open Sans Condensed", "DejaVu Sans Condensed")
MONO6 = ("Go Mono", "Noto Sans Mono", "Courier Prime Sans", "Courier Prime Code")
"""Narrow and monospaced families of the same Debian packages that only the fresh6 split's layouts use (kept out of FONTS,
whose draws the other splits depend on)."""
SERIF7 = ("DejaVu Serif Condensed", "Accanthis ADF Std No2", "Accanthis ADF Std No3", "EB Garamond 12")
SANS7 = ("Open Sans Light", "Cantarell Light", "Go Medium", "Jura Medium", "Quicksand Medium")
"""Light, medium and condensed cuts of the same Debian packages that only the fresh7 split's layouts use (kept out of FONTS
as MONO6 and NARROW are)."""
SANS8 = ("DejaVu Sans Light", "Open Sans Semibold", "Jura SemiBold", "Quicksand Light", "Open Sans Condensed Light")
SERIF8 = ("EB Garamond 08", "DejaVu Serif Condensed", "FreeSerif")
HAND8 = ("Comic Neue Light", "Jura Light")
"""Cuts of the same Debian packages that only the fresh8 split's layouts use: extra-light, semibold and condensed-light
text faces, the optical size 8 of EB Garamond and light "hand" faces for block capitals (kept out of FONTS as the earlier
splits' are)."""
SANS9 = ("Go Smallcaps", "Cantarell Thin", "Open Sans Extrabold", "Cantarell Extra Bold")
SERIF9 = ("DejaVu Math TeX Gyre",)
HAND9 = ("Comic Neue Light",)
"""Cuts of the same Debian packages that no earlier split prints: Go's small capitals, Cantarell's thin and extra-bold,
Open Sans's extra-bold (for heads and a letterhead's subline: too faint or too heavy for a body), the TeX Gyre serif of DejaVu's math package (a Latin text face in the Times manner),
and Comic Neue's light italic as a ballpoint's slant (HAND9 is set in italic by the layouts). Kept out of FONTS as the
earlier splits' are."""
SANS10 = ("Go Medium", "Open Sans Light")
SERIF10 = ("EB Garamond 12",)
HAND10 = ("Comic Neue",)
"""The fresh10 split's faces: cuts no earlier split prints in these styles are Go Medium's and Open Sans Light's italics
(a mail client's quoted text, a portal's menu line; upright, as body faces, they were fresh7's), EB Garamond 12's italic
(a church's letterhead) and Comic Neue's bold italic as a felt-tip pen's hand (the layouts set the italic and the weight).
Kept out of FONTS as the earlier splits' are."""
MONO11 = ("Go Mono", "Noto Sans Mono")
SERIF11 = ("Accanthis ADF Std No2",)
SANS11 = ("Liberation Sans Narrow", "Open Sans Semibold")
HAND11 = ("Comic Neue",)
"""The fresh11 split's faces: cuts no earlier split prints in these styles are the bold of Go Mono and Noto Sans Mono (a
text editor's print, a system's table; regular they were fresh6's), Accanthis ADF Std No2's italic (an accountant's
letterhead), Liberation Sans Narrow's italic and Open Sans Semibold's italic (a bank's margin code, a form's captions) and
Comic Neue's regular italic as a fountain pen's hand on a postcard (the layouts set the italic and the weight). Kept out of
FONTS as the earlier splits' are."""
MONO12 = ("Courier Prime Code",)
SANS12 = ("Go Smallcaps", "Open Sans Condensed Light")
SERIF12 = ("Accanthis ADF Std No3",)
"""The fresh12 split's faces: cuts no earlier split prints in these styles are Courier Prime Code's italic (the comments of
an XML file as an editor shows them, a fax machine's header line; upright it was fresh6's), Go Smallcaps's italic (a bank's
tagline, a home-care organisation's letterhead) and Open Sans Condensed Light's italic (a model contract's margin notes;
upright they were fresh8's and fresh9's), and Accanthis ADF Std No3's bold italic (a tenants' union's title; upright regular
it was fresh7's). The layouts set the italic and the weight. Kept out of FONTS as the earlier splits' are."""
MONO13 = ("Go Mono",)
SANS13 = ("Open Sans Extrabold", "Liberation Sans Narrow")
SERIF13 = ("EB Garamond 08",)
"""The fresh13 split's faces: cuts no earlier split prints in these styles are Go Mono's bold italic (a template's unfilled
placeholders, a foreign bank's reference line; bold it was fresh11's), Open Sans Extrabold's italic (a cleaning company's and
a school's name; upright it was fresh9's), Liberation Sans Narrow's bold italic (a landlord's consent stamp; italic it was
fresh11's) and EB Garamond 08's italic (a small municipality's and a water board's letterhead; upright it was fresh8's). The
layouts set the italic and the weight. Kept out of FONTS as the earlier splits' are."""
MONO14 = ("Hack",)
SANS14 = ("DejaVu Sans Condensed",)
SERIF14 = ("Accanthis ADF Std No2",)
"""The fresh14 split's faces: cuts no earlier split prints in these styles are Hack's bold italic (a bank's back-office
reference line, a chat's forwarded-photo caption), DejaVu Sans Condensed's bold oblique (a hospital's and a municipality's
side band, a form's routing arrows) and Accanthis ADF Std No2's bold italic (a family's house rules, a day-care farm's name;
italic it was fresh11's). The layouts set the italic and the weight. Kept out of FONTS as the earlier splits' are."""
CHECK_STYLES = ("box", "brackets", "strike", "circle", "word")
ANSWER_STYLES = ("radio", "paren", "filled", "columns")
"""The fresh2 split's yes/no styles (see Ctx.answer)."""
_NOWRAP_DATES = (values.FRESH3_DATE_STYLES + values.FRESH4_DATE_STYLES + values.FRESH5_DATE_STYLES + values.FRESH6_DATE_STYLES
                 + values.FRESH7_DATE_STYLES + ("fy_long", "en_dash_mon") + values.FRESH9_DATE_STYLES + values.FRESH10_DATE_STYLES
                 + values.FRESH11_DATE_STYLES + values.FRESH12_DATE_STYLES + values.FRESH13_DATE_STYLES
                 + values.FRESH14_DATE_STYLES + values.FRESH15_DATE_STYLES + values.FRESH16_DATE_STYLES + values.FRESH17_DATE_STYLES)
_NOWRAP_AMOUNTS = (values.FRESH3_AMOUNT_STYLES + values.FRESH4_AMOUNT_STYLES + values.FRESH5_AMOUNT_STYLES + values.FRESH6_AMOUNT_STYLES
                   + values.FRESH7_AMOUNT_STYLES + ("bare_whole", "euro_is") + values.FRESH9_AMOUNT_STYLES + values.FRESH10_AMOUNT_STYLES
                   + values.FRESH11_AMOUNT_STYLES + ("EUR_space_group",) + values.FRESH13_AMOUNT_STYLES
                   + values.FRESH14_AMOUNT_STYLES + values.FRESH15_AMOUNT_STYLES + values.FRESH16_AMOUNT_STYLES + values.FRESH17_AMOUNT_STYLES)
"""Notations Ctx.d / Ctx.a keep on one line (those of the later splits; the earlier ones print as they always did; a date
or a sum written out in words may wrap as a contract's sentence does)."""


def e(text: object) -> str:
    return html.escape(str(text), quote=True)


@dataclass
class Ctx:
    """The draws one document is made with."""

    rng: random.Random
    font: str = ""
    date_style: str = ""
    amount_style: str = ""
    check_style: str = ""
    extra_css: list[str] = field(default_factory=list)
    answer_style: str = ""  # drawn at the first Ctx.answer(), so a layout that never asks draws as before

    def __post_init__(self) -> None:
        self.font = self.font or self.rng.choice(FONTS)
        self.date_style = self.date_style or self.rng.choice(values.DATE_STYLES)
        self.amount_style = self.amount_style or self.rng.choice(values.AMOUNT_STYLES)
        self.check_style = self.check_style or self.rng.choice(CHECK_STYLES)

    def d(self, day: dt.date) -> str:
        text = e(values.date_text(day, self.date_style))
        return f"<span style='white-space:nowrap'>{text}</span>" if self.date_style in _NOWRAP_DATES else text

    def a(self, amount: str) -> str:
        text = e(values.amount_text(amount, self.amount_style))
        return f"<span style='white-space:nowrap'>{text}</span>" if self.amount_style in _NOWRAP_AMOUNTS else text

    def pick(self, *options):
        return self.rng.choice(options)

    def font_of(self, kind: tuple[str, ...]) -> str:
        self.font = self.rng.choice(kind)
        return self.font

    def person(self, **kw) -> people.Person:
        return people.person(self.rng, **kw)

    def date(self, start: tuple[int, int, int], end: tuple[int, int, int]) -> dt.date:
        return values.between(self.rng, dt.date(*start), dt.date(*end))

    def check(self, value: bool, yes: str = "ja", no: str = "nee") -> str:
        """A yes/no answer in this document's checkbox style."""
        style = self.check_style
        if style == "box":
            return f"{'☒' if value else '☐'} {e(yes)} &nbsp; {'☐' if value else '☒'} {e(no)}"
        if style == "brackets":
            return f"[{'X' if value else ' '}] {e(yes)} &nbsp; [{' ' if value else 'X'}] {e(no)}"
        if style == "strike":
            struck, kept = (no, yes) if value else (yes, no)
            first, second = (kept, struck) if kept == yes else (struck, kept)
            fmt = lambda w: f"<s>{e(w)}</s>" if w == struck else e(w)  # noqa: E731
            return f"{fmt(first)} / {fmt(second)}"
        if style == "circle":
            ring = "border:1.4px solid #222;border-radius:50%;padding:0 4px"
            fmt = lambda w, on: f'<span style="{ring}">{e(w)}</span>' if on else e(w)  # noqa: E731
            return f"{fmt(yes, value)} &nbsp; {fmt(no, not value)}"
        return e(yes if value else no)

    def answer(self, value: bool, yes: str = "ja", no: str = "nee") -> str:
        """A yes/no answer in one of the fresh2 split's styles: radio buttons, "(x)", filled squares, or an X under a column."""
        self.answer_style = self.answer_style or self.rng.choice(ANSWER_STYLES)
        marks = {"radio": ("◉", "○"), "paren": ("(x)", "(&nbsp;&nbsp;)"), "filled": ("■", "□")}.get(self.answer_style)
        if marks:
            on, off = marks
            return f"{on if value else off} {e(yes)} &nbsp;&nbsp; {off if value else on} {e(no)}"
        cell = "border:0.8px solid #444;width:9mm;text-align:center;padding:0 2px"
        return (f"<table style='display:inline-table'><tr><td style='{cell};font-size:7pt'>{e(yes)}</td><td style='{cell};font-size:7pt'>{e(no)}</td></tr>"
                f"<tr><td style='{cell}'>{'X' if value else '&nbsp;'}</td><td style='{cell}'>{'&nbsp;' if value else 'X'}</td></tr></table>")

    def restyle(self, dates: tuple[str, ...] = values.FRESH2_DATE_STYLES, amounts: tuple[str, ...] = ("EUR_grouped", "dash_bare", "suffix", "whole")) -> None:
        """Redraw this document's date and amount notations from the fresh2 split's (short years only where a layout prints them itself)."""
        self.date_style = self.rng.choice([s for s in dates if s != "short_year"])
        self.amount_style = self.rng.choice(amounts)

    def restyle3(self, dates: tuple[str, ...] = values.FRESH3_DATE_STYLES, amounts: tuple[str, ...] = values.FRESH3_AMOUNT_STYLES) -> None:
        """Redraw this document's date and amount notations from the fresh3 split's (or the given ones)."""
        self.date_style = self.rng.choice(dates)
        self.amount_style = self.rng.choice(amounts)

    def restyle4(self, dates: tuple[str, ...] = values.FRESH4_DATE_STYLES, amounts: tuple[str, ...] = values.FRESH4_AMOUNT_STYLES) -> None:
        """Redraw this document's date and amount notations from the given ones (by default the fresh4 split's own)."""
        self.date_style = self.rng.choice(dates)
        self.amount_style = self.rng.choice(amounts)

    def restyle5(self, dates: tuple[str, ...] = values.FRESH5_DATE_STYLES, amounts: tuple[str, ...] = values.FRESH5_AMOUNT_STYLES) -> None:
        """Redraw this document's date and amount notations from the given ones (by default the fresh5 split's own;
        `dash_2y` only where every date printed through Ctx.d is a recent one)."""
        self.date_style = self.rng.choice(dates)
        self.amount_style = self.rng.choice(amounts)

    def restyle6(self, dates: tuple[str, ...] = values.FRESH6_DATE_STYLES, amounts: tuple[str, ...] = values.FRESH6_AMOUNT_STYLES) -> None:
        """Redraw this document's date and amount notations from the given ones (by default the fresh6 split's own;
        `apos_year` only where every date printed through Ctx.d is a recent one)."""
        self.date_style = self.rng.choice(dates)
        self.amount_style = self.rng.choice(amounts)

    def restyle7(self, dates: tuple[str, ...] = values.FRESH7_DATE_STYLES, amounts: tuple[str, ...] = values.FRESH7_AMOUNT_STYLES) -> None:
        """Redraw this document's date and amount notations from the given ones (by default the fresh7 split's own)."""
        self.date_style = self.rng.choice(dates)
        self.amount_style = self.rng.choice(amounts)

    def restyle8(self, dates: tuple[str, ...] = values.FRESH8_DATE_STYLES, amounts: tuple[str, ...] = values.FRESH8_AMOUNT_STYLES) -> None:
        """Redraw this document's date and amount notations from the given ones (by default the fresh8 split's own;
        `all_words` only where every date printed through Ctx.d is a recent one)."""
        self.date_style = self.rng.choice(dates)
        self.amount_style = self.rng.choice(amounts)

    def restyle9(self, dates: tuple[str, ...] = values.FRESH9_DATE_STYLES, amounts: tuple[str, ...] = values.FRESH9_AMOUNT_STYLES) -> None:
        """Redraw this document's date and amount notations from the given ones (by default the fresh9 split's own;
        `slash_2y` only where every date printed through Ctx.d is a recent one)."""
        self.date_style = self.rng.choice(dates)
        self.amount_style = self.rng.choice(amounts)

    def restyle10(self, dates: tuple[str, ...] = values.FRESH10_DATE_STYLES, amounts: tuple[str, ...] = values.FRESH10_AMOUNT_STYLES) -> None:
        """Redraw this document's date and amount notations from the given ones (by default the fresh10 split's own;
        `dot_2y` and `slash_nopad_2y` only where every date printed through Ctx.d is a recent one)."""
        self.date_style = self.rng.choice(dates)
        self.amount_style = self.rng.choice(amounts)

    def restyle11(self, dates: tuple[str, ...] = values.FRESH11_DATE_STYLES, amounts: tuple[str, ...] = values.FRESH11_AMOUNT_STYLES) -> None:
        """Redraw this document's date and amount notations from the given ones (by default the fresh11 split's own;
        `dash_mon_2y` only where every date printed through Ctx.d is a recent one)."""
        self.date_style = self.rng.choice(dates)
        self.amount_style = self.rng.choice(amounts)

    def restyle12(self, dates: tuple[str, ...] = values.FRESH12_DATE_STYLES, amounts: tuple[str, ...] = values.FRESH12_AMOUNT_STYLES) -> None:
        """Redraw this document's date and amount notations from the given ones (by default the fresh12 split's own)."""
        self.date_style = self.rng.choice(dates)
        self.amount_style = self.rng.choice(amounts)

    def restyle13(self, dates: tuple[str, ...] = values.FRESH13_DATE_STYLES, amounts: tuple[str, ...] = values.FRESH13_AMOUNT_STYLES) -> None:
        """Redraw this document's date and amount notations from the given ones (by default the fresh13 split's own)."""
        self.date_style = self.rng.choice(dates)
        self.amount_style = self.rng.choice(amounts)

    def restyle14(self, dates: tuple[str, ...] = values.FRESH14_DATE_STYLES, amounts: tuple[str, ...] = values.FRESH14_AMOUNT_STYLES) -> None:
        """Redraw this document's date and amount notations from the given ones (by default the fresh14 split's own;
        `nopad_2y` only where every date printed through Ctx.d is a recent one)."""
        self.date_style = self.rng.choice(dates)
        self.amount_style = self.rng.choice(amounts)

    def restyle15(self, dates: tuple[str, ...] = values.FRESH15_DATE_STYLES, amounts: tuple[str, ...] = values.FRESH15_AMOUNT_STYLES) -> None:
        """Redraw this document's date and amount notations from the given ones (by default the fresh15 split's own)."""
        self.date_style = self.rng.choice(dates)
        self.amount_style = self.rng.choice(amounts)

    def restyle16(self, dates: tuple[str, ...] = values.FRESH16_DATE_STYLES, amounts: tuple[str, ...] = values.FRESH16_AMOUNT_STYLES) -> None:
        """Redraw this document's date and amount notations from the given ones (by default the fresh16 split's own;
        `short_apos` only where every date printed through Ctx.d is a recent one)."""
        self.date_style = self.rng.choice(dates)
        self.amount_style = self.rng.choice(amounts)

    def restyle17(self, dates: tuple[str, ...] = values.FRESH17_DATE_STYLES, amounts: tuple[str, ...] = values.FRESH17_AMOUNT_STYLES) -> None:
        """Redraw this document's date and amount notations from the given ones (by default the fresh17 split's own;
        `oracle_mon_2y` only where every date printed through Ctx.d is a recent one)."""
        self.date_style = self.rng.choice(dates)
        self.amount_style = self.rng.choice(amounts)

    def tick(self, value: bool) -> str:
        """One box before an option: ticked or not."""
        if self.check_style == "brackets":
            return "[X]" if value else "[&nbsp;&nbsp;]"
        return "☒" if value else "☐"


BASE_CSS = """
@page { size: A4; margin: 18mm 18mm 20mm 20mm; }
body { font-size: 10.5pt; line-height: 1.35; color: #111; }
table { border-collapse: collapse; }
td, th { vertical-align: top; padding: 2px 6px 2px 0; text-align: left; }
.ruled td, .ruled th { border: 0.8px solid #333; padding: 3px 5px; }
.lines td { border-bottom: 0.6px solid #999; padding: 3px 6px 3px 0; }
.small { font-size: 8.5pt; color: #333; }
.muted { color: #555; }
h1 { font-size: 16pt; margin: 0 0 6px 0; }
h2 { font-size: 12.5pt; margin: 14px 0 4px 0; }
h3 { font-size: 11pt; margin: 10px 0 3px 0; }
.right { text-align: right; }
.box { border: 1px solid #333; padding: 6px 8px; margin: 6px 0; }
.label { color: #333; width: 46mm; }
.logo { font-weight: bold; letter-spacing: 0.5px; }
"""


def page(c: Ctx, body: str, css: str = "") -> str:
    """The whole HTML document of one layout."""
    font = e(c.font)
    return (
        "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>"
        f"{BASE_CSS} body {{ font-family: '{font}', 'DejaVu Sans', sans-serif; }} {css} {''.join(c.extra_css)}"
        f"</style></head><body>{body}</body></html>"
    )


def kv(rows: list[tuple[str, str]], cls: str = "", label_width: str = "") -> str:
    """A two-column label/value table; values are HTML already escaped by the caller."""
    width = f" style='width:{label_width}'" if label_width else ""
    body = "".join(f"<tr><td class='label'{width}>{e(k)}</td><td>{v}</td></tr>" for k, v in rows)
    return f"<table class='{cls}'>{body}</table>"


def address_block(lines: list[str]) -> str:
    return "<div style='margin:10mm 0 8mm 0'>" + "<br>".join(e(line) for line in lines) + "</div>"


# --- helpers of the fresh split's layouts (drawing nothing, so the other splits stay as they were) -------

WEEKDAYS = values.WEEKDAYS


def weekday_date(day: dt.date) -> str:
    """A date as a letter's date line writes it: "dinsdag 3 maart 2026"."""
    return e(f"{WEEKDAYS[day.weekday()]} {values.date_text(day, 'long')}")


def under(value: str, label: str, width: str = "") -> str:
    """A form cell: the (escaped) value in a box, its label in small print under it."""
    style = f"width:{width};" if width else ""
    return (f"<td style='{style}padding:0 3mm 3mm 0'><div style='border:0.8px solid #444;padding:3px 5px;min-height:11pt'>{value}</div>"
            f"<div style='font-size:7.5pt;color:#444;margin-top:1px'>{e(label)}</div></td>")


def grid(pairs: list[tuple[str, str]], columns: int = 2, label_width: str = "32mm") -> str:
    """A label grid of several label/value pairs a row (values already escaped)."""
    cells = [f"<td class='label' style='width:{label_width}'>{e(k)}</td><td>{v}</td>" for k, v in pairs]
    rows = ["".join(cells[i : i + columns]) for i in range(0, len(cells), columns)]
    return "<table style='width:100%'>" + "".join(f"<tr>{row}</tr>" for row in rows) + "</table>"


def footnotes(notes: list[str]) -> str:
    """Numbered footnotes (escaped here) under a rule at the foot of the text."""
    items = "".join(f"<div><sup>{i + 1}</sup> {e(n)}</div>" for i, n in enumerate(notes))
    return f"<div class='small' style='border-top:0.6px solid #666;margin-top:8mm;padding-top:2mm;width:70%'>{items}</div>"


# --- helpers of the fresh2 split's layouts ----------------------------------------------------------


def corner(value: str, label: str, width: str = "") -> str:
    """A grid-form cell: the (escaped) value in a box, its label tiny in the box's top-left corner."""
    style = f"width:{width};" if width else ""
    return (f"<td style='{style}border:0.9px solid #333;padding:1px 4px 3px 4px;vertical-align:top'>"
            f"<div style='font-size:6pt;color:#555;line-height:1.1'>{e(label)}</div><div style='padding-top:1px;min-height:11pt'>{value}</div></td>")


def corner_rows(rows: list[list[str]]) -> str:
    """Rows of corner cells, each row its own fixed table so the boxes of a row share the width."""
    return "".join(f"<table style='width:100%;table-layout:fixed;border-collapse:collapse;margin-bottom:-0.9px'><tr>{''.join(r)}</tr></table>"
                   for r in rows)  # fmt: skip


def right_labels(rows: list[tuple[str, str]], label_width: str = "52mm", colour: str = "#333") -> str:
    """A definition list whose labels stand right-aligned against the values (values already escaped)."""
    body = "".join(f"<tr><td style='width:{label_width};text-align:right;color:{colour};padding-right:4mm'>{e(k)}</td><td>{v}</td></tr>"
                   for k, v in rows)  # fmt: skip
    return f"<table>{body}</table>"


def leaders(rows: list[tuple[str, str]], width: int = 26) -> str:
    """Monospaced label lines with dotted leaders, "NAAM........: VRIES, ANNA DE" (values already escaped)."""
    lines = "".join(f"<div>{e(k.ljust(width, '.'))}: {v}</div>" for k, v in rows)
    return f"<div style='white-space:pre'>{lines}</div>"


# --- helpers of the fresh3 split's layouts ----------------------------------------------------------


def browser_header(title: str, url: str, stamp: str) -> str:
    """The header and footer line a browser prints on a page: date and time, the page's title; the address at the foot."""
    return (f"<div style='font-size:7.5pt;color:#444;display:flex;justify-content:space-between'><span>{e(stamp)}</span><span>{e(title)}</span></div>"
            f"<div style='position:fixed;bottom:-12mm;left:0;font-size:7.5pt;color:#444'>{e(url)} &nbsp; 1/1</div>")


def articles(items: list[tuple[str, str]], numbered: str = "Artikel") -> str:
    """Contract articles: a bold heading "Artikel n Title" and its (escaped) text."""
    return "".join(f"<p style='margin:0 0 5px 0'><b>{e(numbered)} {i + 1} &nbsp;{e(title)}</b><br>{text}</p>"
                   for i, (title, text) in enumerate(items))  # fmt: skip


HAND_CSS = ".ink { font-family: '%s', cursive; color: #1a2f8a; font-size: 12pt; }"
"""A handwritten value in blue ink (the font's name filled in by the layout)."""


# --- helpers of the fresh4 split's layouts ----------------------------------------------------------


LANDSCAPE_CSS = "@page { size: A4 landscape; margin: 14mm 14mm 14mm 16mm; }"
"""A landscape page (a wide transaction list, a household table)."""
LINED_CSS = (".lined { background-image: linear-gradient(to bottom, transparent 0, transparent 21pt, #9fb6d8 21pt, #9fb6d8 22pt);"
             " background-size: 100% 22pt; line-height: 22pt; padding-left: 14mm; border-left: 1.2px solid #d88; }"
             " .lined div { height: auto; line-height: 22pt; }")
"""Ruled notebook paper: blue lines 22 pt apart and a red margin, the text written on the lines."""


def stamp(lines: list[str], colour: str = "#1f3a7a", turn: float = -3.0) -> str:
    """A rubber stamp: escaped lines in a coloured double border, turned a little."""
    inner = "<br>".join(e(line) for line in lines)
    return (f"<div style='display:inline-block;border:3px double {colour};color:{colour};padding:2mm 4mm;text-align:center;"
            f"font-size:8.5pt;font-weight:bold;transform:rotate({turn:.1f}deg)'>{inner}</div>")


# --- helpers of the fresh5 split's layouts ----------------------------------------------------------


@functools.cache
def _watermark_png(text: str, grey: int) -> str:
    """A data URI of a PNG: `text` large, light grey, turned 35 degrees (an image, as copiers and PDF tools stamp it: no text layer)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("DejaVuSans-Bold.ttf", 150)
    box = ImageDraw.Draw(Image.new("L", (1, 1))).textbbox((0, 0), text, font=font)
    layer = Image.new("LA", (box[2] + 40, box[3] + 40), (grey, 0))
    ImageDraw.Draw(layer).text((20, 20), text, font=font, fill=(grey, 255))
    out = io.BytesIO()
    layer.rotate(35, expand=True, resample=Image.Resampling.BICUBIC).save(out, "PNG")
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode("ascii")


def watermark(text: str, grey: int = 200) -> str:
    """A large diagonal word ("KOPIE", "AFSCHRIFT") across every page, behind the text, drawn as an image."""
    return (f"<img src='{_watermark_png(text, grey)}' style='position:fixed;top:70mm;left:10mm;width:150mm;z-index:-1;opacity:0.55'>")


def running(top: str, bottom: str) -> str:
    """A header and a footer (escaped HTML given) repeated on every page of a multi-page document."""
    return (f"<div style='position:fixed;top:-12mm;left:0;right:0;font-size:7.5pt;color:#444;border-bottom:0.5px solid #999'>{top}</div>"
            f"<div style='position:fixed;bottom:-13mm;left:0;right:0;font-size:7pt;color:#444;border-top:0.5px solid #999'>{bottom}</div>")


def mail_header(rows: list[tuple[str, str]]) -> str:
    """The header lines an e-mail client prints above a message: bold label, value (escaped HTML given)."""
    return ("<table style='font-size:9.5pt;margin-bottom:3mm'>" + "".join(f"<tr><td style='font-weight:bold;padding-right:4mm'>{e(k)}</td><td>{v}</td></tr>" for k, v in rows)
            + "</table>")


SCRIPT_CSS = ".script { font-family: '%s', cursive; color: #22308c; font-size: 12.5pt; }"
"""A value written by hand with a ballpoint (the font's name filled in by the layout)."""


# --- helpers of the fresh6 split's layouts ----------------------------------------------------------


def qr_block(rng: random.Random, size: int = 21, cell: float = 1.1) -> str:
    """A square of black and white modules with the three finder squares of a QR code (a picture, no text): the
    verification code a kiosk or a portal prints beside its URL. It encodes nothing."""
    corners = ((0, 0), (0, size - 7), (size - 7, 0))

    def dark(r: int, c: int) -> bool:
        for r0, c0 in corners:
            if r0 <= r < r0 + 7 and c0 <= c < c0 + 7:  # a finder square: a dark ring, a light ring, a dark 3x3 centre
                return max(abs(r - r0 - 3), abs(c - c0 - 3)) != 2
        return rng.random() < 0.5

    rows = "".join("<tr>" + "".join(f"<td style='width:{cell}mm;height:{cell}mm;padding:0;background:{'#000' if dark(r, c) else '#fff'}'></td>"
                                    for c in range(size)) + "</tr>" for r in range(size))
    return f"<table style='border-collapse:collapse;border:2mm solid #fff'>{rows}</table>"


def signature_table(rows: list[tuple[str, str, str]]) -> str:
    """A ruled table of signatories: role, name and date (escaped HTML given), an empty box to sign in."""
    body = "".join(f"<tr><td>{e(role)}</td><td>{name}</td><td>{day}</td><td style='height:13mm;width:45mm'></td></tr>" for role, name, day in rows)
    return ("<table class='ruled' style='width:100%;margin-top:4mm'><tr><th>Rol</th><th>Naam</th><th>Datum</th><th>Handtekening</th></tr>"
            f"{body}</table>")


# --- helpers of the fresh7 split's layouts ----------------------------------------------------------


def check_columns(rows: list[tuple[str, bool]], yes: str = "Ja", no: str = "Nee", mark: str = "✓") -> str:
    """Statements in a ruled table with a Ja and a Nee column, the answer a check mark (not an X, not a box) in one of
    them; each row is (escaped statement, answer)."""
    cell = "style='width:13mm;text-align:center;font-family:\"DejaVu Sans\", sans-serif'"
    body = "".join(f"<tr><td>{text}</td><td {cell}>{mark if value else ''}</td><td {cell}>{'' if value else mark}</td></tr>" for text, value in rows)
    return f"<table class='ruled' style='width:100%'><tr><th></th><th {cell}>{e(yes)}</th><th {cell}>{e(no)}</th></tr>{body}</table>"


def overtyped(options: tuple[str, str], keep: int) -> str:
    """Two options "wel/niet" as a typist answers "doorhalen wat niet van toepassing is": the option not kept is typed over
    with x's of its own length, so only the kept word can be read."""
    shown = [word if i == keep else "x" * len(word) for i, word in enumerate(options)]
    return "/".join(e(word) for word in shown)


def seal(lines: list[str], colour: str = "#6b1d1d", size: str = "30mm") -> str:
    """A round embossed-looking seal: escaped lines in a double ring (a municipality's, a translator's or a court's)."""
    inner = "<br>".join(e(line) for line in lines)
    return (f"<div style='display:inline-block;width:{size};height:{size};border:3px double {colour};border-radius:50%;color:{colour};"
            f"font-size:6.5pt;text-align:center;line-height:1.2;box-sizing:border-box;padding-top:8mm'>{inner}</div>")


# --- helpers of the fresh8 split's layouts ----------------------------------------------------------


def comb(text: str, ink: str = "#1a2f8a", cell: str = "5mm", font: str = "Comic Neue Light", outside: str = "-/") -> str:
    """A comb field ("hokjes"): one character a box, as a paper form asks for block capitals, a BSN or a date; a space is
    an empty box, and the characters of `outside` ("-" and "/" between a date's groups) stand between the boxes as the form
    prints them (a name passes outside="" so its hyphen gets a box). Escaped here."""
    box = (f"display:inline-block;width:{cell};height:{cell};border:0.8px solid #555;margin-right:-0.8px;text-align:center;"
           f"vertical-align:middle;line-height:{cell};font-family:'{font}', cursive;color:{ink};font-size:11pt")
    parts = []
    for ch in text:
        if ch in outside:
            parts.append(f"<span style='display:inline-block;width:3mm;text-align:center;vertical-align:middle'>{e(ch)}</span>")
        else:
            parts.append(f"<span style='{box}'>{'&nbsp;' if ch == ' ' else e(ch)}</span>")
    return f"<span style='white-space:nowrap'>{''.join(parts)}</span>"


def dotted_rows(rows: list[tuple[str, str]], width: str = "100%", value_width: str = "45mm") -> str:
    """Labels left, a dotted leader drawn as a rule (not as dots of text), values right-aligned in their own column, as a
    typeset statement sets its figures (values already escaped)."""
    body = "".join(
        f"<tr><td style='padding:1.2mm 0 0 0'><div style='display:flex;align-items:flex-end'><span>{e(k)}</span>"
        f"<span style='flex:1;border-bottom:1.6px dotted #555;margin:0 1.5mm 1.2mm 1.5mm'></span></div></td>"
        f"<td style='width:{value_width};text-align:right;white-space:nowrap;padding:1.2mm 0 0 0;vertical-align:bottom'>{v}</td></tr>"
        for k, v in rows)
    return f"<table style='width:{width};border-collapse:collapse'>{body}</table>"


def inserted(html_text: str) -> str:
    """Text a reviewer added with "wijzigingen bijhouden" on: coloured and underlined (escaped HTML given)."""
    return f"<span style='color:#1f4fbf;text-decoration:underline;margin-left:1.2mm'>{html_text}</span>"


def deleted(html_text: str) -> str:
    """Text a reviewer removed with "wijzigingen bijhouden" on: coloured and struck through, still printed."""
    return f"<span style='color:#b01c1c;text-decoration:line-through'>{html_text}</span>"


GUILLOCHE_CSS = ("body { background-image: repeating-radial-gradient(circle at 30% 40%, rgba(120,150,190,0.0) 0, rgba(120,150,190,0.0) 2.2mm,"
                 " rgba(120,150,190,0.28) 2.3mm, rgba(120,150,190,0.0) 2.5mm), repeating-radial-gradient(circle at 75% 70%, rgba(160,120,170,0.0) 0,"
                 " rgba(160,120,170,0.0) 1.7mm, rgba(160,120,170,0.22) 1.8mm, rgba(160,120,170,0.0) 2mm); }")
"""Security paper ("waardepapier"): two sets of fine interfering rings in pale blue and lilac under the whole page."""


# --- helpers of the fresh9 split's layouts ----------------------------------------------------------


def highlight(html_text: str, colour: str = "rgba(255,236,61,0.75)") -> str:
    """A line gone over with a yellow (or green) highlighter by the person who handed the paper in (escaped HTML given)."""
    return f"<span style='background:{colour};padding:0 1px;box-decoration-break:clone'>{html_text}</span>"


def sticky_note(html_text: str, top: str = "30mm", right: str = "8mm", turn: float = 4.0, font: str = "Comic Neue Light") -> str:
    """A square yellow sticky note stuck on the page, written on by hand in italic (escaped HTML given)."""
    return (f"<div style='position:absolute;top:{top};right:{right};width:46mm;min-height:38mm;background:#fff59a;padding:4mm;"
            f"box-shadow:1.5mm 1.5mm 2mm rgba(0,0,0,0.25);transform:rotate({turn:.1f}deg);font-family:\"{font}\", cursive;font-style:italic;"
            f"color:#1b2a7a;font-size:11.5pt;line-height:1.35'>{html_text}</div>")


def redacted(width: str = "22mm") -> str:
    """A bar of black marker laid over what the owner chose to hide (no text: the hidden words are not on the page)."""
    return f"<span style='display:inline-block;width:{width};height:3.4mm;background:#111;vertical-align:middle;border-radius:0.6mm'></span>"


def sheet_grid(rows: list[list[str]], widths: list[str], header_rows: int = 0, numeric: tuple[int, ...] = ()) -> str:
    """A spreadsheet printed with its grid and headings: column letters over the cells, row numbers down the left, the
    cells' values as the program shows them (escaped HTML given; the program's own grey furniture). Cells of the `numeric`
    columns that hold a number stand right-aligned, as a spreadsheet sets what it read as a number."""

    def align(i: int, cell: str) -> str:
        return ";text-align:right" if i in numeric and cell.replace(".", "").replace("-", "").isdigit() else ""

    letters = "ABCDEFGHIJKLMNOP"
    head = "".join(f"<th style='background:#e8e8e8;border:0.5px solid #aaa;font-weight:normal;text-align:center;width:{w}'>{letters[i]}</th>"
                   for i, w in enumerate(widths))
    body = "".join(f"<tr><td style='background:#e8e8e8;border:0.5px solid #aaa;text-align:right;color:#444;width:7mm'>{n + 1}</td>"
                   + "".join(f"<td style='border:0.5px solid #c8c8c8;white-space:nowrap{';font-weight:bold' if n < header_rows else ''}{align(i, cell)}'>{cell}</td>"
                             for i, cell in enumerate(row)) + "</tr>" for n, row in enumerate(rows))
    return (f"<table style='border-collapse:collapse;table-layout:fixed;font-size:7.6pt;width:100%'><tr><th style='background:#e8e8e8;border:0.5px solid #aaa;width:7mm'></th>"
            f"{head}</tr>{body}</table>")


# --- helpers of the fresh10 split's layouts ---------------------------------------------------------


def quoted(html_text: str, depth: int = 1) -> str:
    """An earlier message of an e-mail thread as a mail client prints it under the reply: a grey bar at the left per level
    of quoting, the text in grey (escaped HTML given)."""
    for _ in range(depth):
        html_text = f"<div style='border-left:2px solid #9aa3b5;padding-left:3mm;margin:2mm 0;color:#444'>{html_text}</div>"
    return html_text


def chat_bubble(html_text: str, mine: bool, stamp: str, colour: str = "#dcf8c6") -> str:
    """One message of a chat app printed from the phone: a rounded bubble on the right (the owner's, green) or the left
    (the other party's, white) with the time under the text (escaped HTML given)."""
    side = "margin-left:22%;" if mine else "margin-right:22%;"
    background = colour if mine else "#ffffff"
    return (f"<div style='{side}background:{background};border-radius:2.5mm;padding:1.5mm 2.5mm;margin-bottom:2mm;box-shadow:0 0.3mm 0.6mm rgba(0,0,0,0.2)'>"
            f"{html_text}<div style='text-align:right;font-size:6.5pt;color:#777'>{stamp}</div></div>")


# --- helpers of the fresh11 split's layouts ---------------------------------------------------------


def radio(on: bool) -> str:
    """A PDF form's radio button as a viewer prints it: a drawn circle, filled with a dot when chosen (no glyph, no text)."""
    dot = "<span style='position:absolute;left:0.9mm;top:0.9mm;width:1.6mm;height:1.6mm;border-radius:50%;background:#111'></span>" if on else ""
    return (f"<span style='display:inline-block;position:relative;width:3.4mm;height:3.4mm;border:0.7px solid #333;border-radius:50%;"
            f"vertical-align:-0.5mm;margin-right:1.2mm;background:#fff'>{dot}</span>")


def omr_marks(rng: random.Random, count: int = 7) -> str:
    """The black bars an envelope-inserting machine reads, printed in a column at a statement's left edge (a picture of
    bars, no text), fixed on every page."""
    bars = "".join(f"<div style='width:7mm;height:{'1.1mm' if rng.random() < 0.7 else '0.5mm'};background:#000;margin-bottom:2.6mm'></div>" for _ in range(count))
    return f"<div style='position:fixed;left:-14mm;top:40mm'>{bars}</div>"


# --- helpers of the fresh14 split's layouts ---------------------------------------------------------


def barcode(rng: random.Random, bars: int = 46, height: str = "8mm") -> str:
    """A row of thin and thick black bars as a mail-sorting or a document barcode prints it (a picture, no text: it
    encodes nothing)."""
    cells = "".join(f"<span style='display:inline-block;width:{rng.choice((0.3, 0.3, 0.6, 0.9))}mm;height:{height};background:#000;"
                    f"margin-right:{rng.choice((0.3, 0.5, 0.8))}mm'></span>" for _ in range(bars))
    return f"<div style='line-height:0;white-space:nowrap'>{cells}</div>"


def patient_sticker(lines: list[str], code: str) -> str:
    """A hospital's patient label stuck on a letter: escaped lines in a small monospaced block on a white label with rounded
    corners and a thin shadow, the patient number's barcode-like strip drawn beside it (no text in the strip)."""
    inner = "<br>".join(lines)
    strip = "".join(f"<span style='display:inline-block;width:{0.3 + (ord(ch) % 3) * 0.3:.1f}mm;height:9mm;background:#000;margin-right:0.4mm'></span>"
                    for ch in code)
    return (f"<div style='display:inline-block;border:0.6px solid #bbb;border-radius:1.5mm;padding:1.5mm 2.5mm;box-shadow:0.6mm 0.6mm 1mm rgba(0,0,0,0.2);"
            f"font-family:\"DejaVu Sans Mono\", monospace;font-size:7.6pt;line-height:1.3'><table><tr><td>{inner}</td>"
            f"<td style='vertical-align:middle;padding-left:3mm;line-height:0;white-space:nowrap'>{strip}</td></tr></table></div>")


# --- helpers of the fresh15 split's layouts ---------------------------------------------------------


def fold_lines(count: int = 2) -> str:
    """The creases of a letter folded in three for a window envelope, as a scanner or a copier shows them: faint grey
    lines with a light shadow across the page (a picture, no text), fixed at a third and two thirds of the page."""
    return "".join(f"<div style='position:fixed;left:-20mm;right:-18mm;top:{-18 + 99 * (i + 1)}mm;height:0;border-top:0.6px solid rgba(0,0,0,0.18);"
                   f"box-shadow:0 0.6mm 1mm rgba(0,0,0,0.08)'></div>" for i in range(count))


def small_caps(text: str) -> str:
    """A label set in small capitals, grey, letter-spaced (escaped here), as a government portal's download prints them."""
    return f"<span style='font-variant:small-caps;letter-spacing:0.4px;color:#4a4a4a'>{e(text.lower())}</span>"


def signature_pad(rng: random.Random, width: int = 60, height: int = 16) -> str:
    """A signature captured on a tablet's pad: a scribbled line drawn as SVG (a picture, no text) in a grey box."""
    points, x = [], 3.0
    while x < width - 4:
        points.append(f"{x:.1f},{height / 2 + rng.uniform(-height / 2.6, height / 2.6):.1f}")
        x += rng.uniform(1.5, 4.5)
    return (f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}mm' height='{height}mm' viewBox='0 0 {width} {height}' "
            f"style='border:0.5px solid #aaa;background:#fafafa'><polyline points='{' '.join(points)}' fill='none' stroke='#112' "
            f"stroke-width='0.5' stroke-linejoin='round'/></svg>")


# --- helpers of the fresh16 split's layouts ---------------------------------------------------------


def phone_frame(inner: str, clock: str, width: str = "82mm") -> str:
    """A phone's screenshot printed on paper: a rounded dark frame, a status bar with the time (escaped here), signal and
    battery drawn as shapes, and the app's screen (escaped HTML given) inside; centred on the page."""
    bars = "".join(f"<span style='display:inline-block;width:0.8mm;height:{h}mm;background:#111;margin-right:0.3mm;vertical-align:bottom'></span>"
                   for h in (1, 1.5, 2, 2.5))
    battery = ("<span style='display:inline-block;width:5mm;height:2.2mm;border:0.4mm solid #111;border-radius:0.5mm;vertical-align:bottom;margin-left:1.5mm'>"
               "<span style='display:block;width:70%;height:100%;background:#111'></span></span>")
    return (f"<div style='margin:0 auto;width:{width};border:3.5mm solid #1b1b1b;border-radius:7mm;padding:0;background:#fff;overflow:hidden'>"
            f"<div style='display:flex;justify-content:space-between;padding:1.5mm 4mm;font-size:8pt;font-weight:bold'><span>{e(clock)}</span><span>{bars}{battery}</span></div>"
            f"<div style='padding:0 3.5mm 4mm 3.5mm'>{inner}</div>"
            "<div style='margin:2mm auto 2mm auto;width:28mm;height:1.2mm;border-radius:1mm;background:#1b1b1b'></div></div>")


def masked(width: str = "16mm") -> str:
    """A part of a copy covered by the tenant's copying app: a pale hatched bar (a picture, no text)."""
    return (f"<span style='display:inline-block;width:{width};height:3.4mm;vertical-align:middle;"
            "background:repeating-linear-gradient(45deg,#9aa 0,#9aa 0.5mm,#dde 0.5mm,#dde 1.2mm)'></span>")
