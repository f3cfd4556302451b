"""Which meetings have a day a calendar can hold, and why the others do not.

Dates are stored as partial ISO 8601: ``2025-11-14``, a range ``2025-11-12/2025-11-14``, a month
``2026-02``, a year ``2026``, a day without its year ``--04-23`` (or ``--04-23/--04-25``), or nothing.
Only a day with its year can be put on a calendar or a time axis; the rest are left out and counted,
and this module is the one place that says which is which, so the export and the chart agree.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterable
from datetime import date

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII digits only: \d would take other scripts' digits
_MONTH = re.compile(r"([0-9]{4})(?:-([0-9]{2}))?")

# Why a meeting is not on a calendar: the words a reply counts it under.
NO_YEAR, NO_DAY, NO_DATE = "no_year", "no_day", "no_date"
REASONS = {NO_YEAR: "chưa rõ năm", NO_DAY: "chỉ rõ tháng hoặc năm", NO_DATE: "chưa rõ ngày"}


def _day(value: str) -> date | None:
    if not _DAY.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:  # 2025-02-30: the shape of a date, not a day of the calendar
        return None


def days(iso: str | None) -> tuple[date, date] | None:
    """First and last day of a date known to the day with its year (one day, or a range); None otherwise."""
    if not iso:
        return None
    parts = iso.split("/")
    if len(parts) > 2:
        return None
    found = [_day(p) for p in parts]
    if any(d is None for d in found):
        return None
    return min(found), max(found)  # type: ignore[type-var]


def reason(iso: str | None) -> str | None:
    """Why ``iso`` cannot be put on a calendar (NO_YEAR, NO_DAY or NO_DATE); None when it can."""
    if days(iso) is not None:
        return None
    if not iso or not iso.strip("-/"):
        return NO_DATE
    if any(part.startswith("--") for part in iso.split("/")):
        return NO_YEAR
    return NO_DAY


def left_out(dates: Iterable[str | None]) -> Counter[str]:
    """How many of these dates cannot be put on a calendar, by reason."""
    return Counter(r for r in map(reason, dates) if r is not None)


def describe(counts: Counter[str]) -> str:
    """``2 chưa rõ năm, 1 chưa rõ ngày``: the reasons in a fixed order, for a reply or a caption."""
    return ", ".join(f"{counts[k]} {words}" for k, words in REASONS.items() if counts.get(k))


def period(iso: str | None, *, end: bool = False) -> date | None:
    """The first day (or with ``end``, the last day) of a day, month or year with its year: a round's bounds.

    ``2026-02`` starts on 1 February and ends on the 28th; a date without a year is None.
    """
    if not iso:
        return None
    whole = days(iso)
    if whole is not None:
        return whole[1] if end else whole[0]
    m = _MONTH.fullmatch(iso)
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2) or (12 if end else 1))
    if not (1 <= year and 1 <= month <= 12):
        return None
    return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
