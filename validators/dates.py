"""Calendar arithmetic as the contract means it (CONTRACT.md §5).

"D months before X" is calendar arithmetic clamped to the month end: 2026-11-30 minus
3 months is 2026-08-30, and 2026-05-31 minus 3 months is 2026-02-28. Years are twelve
months, so 29 February plus one year is 28 February. Ages follow the same rule: a
person is N years old from the day `add_years(birth, N)` on, so someone born on
29 February turns 18 on 28 February in a common year, as the clamp gives.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def add_months(day: date, months: int) -> date:
    """`day` moved by `months` calendar months (negative: back), clamped to the month end.

    >>> add_months(date(2026, 11, 30), -3)  # 2026-11-30 minus 3 months is 2026-08-30
    datetime.date(2026, 8, 30)
    >>> add_months(date(2026, 5, 31), -3)  # no 31 February: clamp to the month end
    datetime.date(2026, 2, 28)
    >>> add_months(date(2024, 5, 29), -3), add_months(date(2024, 2, 29), 12)
    (datetime.date(2024, 2, 29), datetime.date(2025, 2, 28))
    >>> add_months(date(2026, 1, 31), 1), add_months(date(2026, 12, 15), 1)
    (datetime.date(2026, 2, 28), datetime.date(2027, 1, 15))
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def add_years(day: date, years: int) -> date:
    """`day` moved by whole years; 29 February lands on 28 February in a common year.

    >>> add_years(date(2024, 2, 29), 1), add_years(date(2024, 2, 29), 4)
    (datetime.date(2025, 2, 28), datetime.date(2028, 2, 29))
    >>> add_years(date(2026, 11, 2), -2)
    datetime.date(2024, 11, 2)
    """
    return add_months(day, 12 * years)


def add_weeks(day: date, weeks: int) -> date:
    """`day` moved by whole weeks.

    >>> add_weeks(date(2026, 11, 2), 4)
    datetime.date(2026, 11, 30)
    """
    return day + timedelta(weeks=weeks)


def age_on(birth: date, day: date) -> int:
    """Whole years a person born on `birth` has lived on `day` (birthday counts).

    >>> age_on(date(2008, 3, 1), date(2026, 3, 1)), age_on(date(2008, 3, 2), date(2026, 3, 1))
    (18, 17)
    >>> age_on(date(2008, 2, 29), date(2026, 2, 28)), age_on(date(2008, 2, 29), date(2026, 2, 27))
    (18, 17)
    """
    years = day.year - birth.year
    if add_years(birth, years) > day:
        years -= 1
    return years


def parse_iso(value: object) -> date | None:
    """A contract date value (`YYYY-MM-DD`) as a date, or None when absent or malformed.

    >>> parse_iso("2026-11-02"), parse_iso("02-11-2026"), parse_iso(None), parse_iso("2026-02-30")
    (datetime.date(2026, 11, 2), None, None, None)
    """
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
