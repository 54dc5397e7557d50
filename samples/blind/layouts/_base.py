"""What every layout shares: the drawn context (fonts, date and amount notations, name
form), HTML escaping, the page shell and the checkbox styles.

Everything a document prints passes `e()` (html.escape): names and places are data,
never markup.
"""

from __future__ import annotations

import datetime as dt
import html
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
CHECK_STYLES = ("box", "brackets", "strike", "circle", "word")


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

    def __post_init__(self) -> None:
        self.font = self.font or self.rng.choice(FONTS)
        self.date_style = self.date_style or self.rng.choice(values.DATE_STYLES)
        self.amount_style = self.amount_style or self.rng.choice(values.AMOUNT_STYLES)
        self.check_style = self.check_style or self.rng.choice(CHECK_STYLES)

    def d(self, day: dt.date) -> str:
        return e(values.date_text(day, self.date_style))

    def a(self, amount: str) -> str:
        return e(values.amount_text(amount, self.amount_style))

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

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


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
