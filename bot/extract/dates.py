"""Dates as Vietnamese news writes them: ``14/11``, ``chiều ngày 2/2``, ``12-14 tháng 11``,
``từ ngày 9 đến 11/3/2026``, ``ngày 3 tháng 4 năm 2026``, ``tháng 4/2026``.

A date keeps the words it was written with and an ISO form that is honest about
what is missing: no year gives ``--MM-DD``, never a guessed year.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .model import DateValue

_PART = r"(?:(?:sáng|trưa|chiều|tối|đêm|rạng sáng)\s+)?(?:(?:hôm\s+)?ngày\s+)?"
_SEP = r"\s*(?:-|–|—|đến|tới)\s*(?:ngày\s+)?"
_MONTH = r"\s*(?:/|\s+tháng\s+|\s*-\s*)"
_YEAR = r"(?:\s*(?:/|\s+năm\s+)(\d{4}))?"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cross_range", re.compile(
        rf"(?:từ\s+)?{_PART}(\d{{1,2}})\s*/\s*(\d{{1,2}}){_SEP}(\d{{1,2}})\s*/\s*(\d{{1,2}}){_YEAR}", re.IGNORECASE)),
    ("range", re.compile(rf"(?:từ\s+)?{_PART}(\d{{1,2}}){_SEP}(\d{{1,2}})(?:\s*/\s*|\s+tháng\s+)(\d{{1,2}}){_YEAR}", re.IGNORECASE)),
    ("month", re.compile(r"(?<!\d )tháng\s+(\d{1,2})(?:\s*/\s*|\s+năm\s+)(\d{4})", re.IGNORECASE)),
    ("day", re.compile(rf"{_PART}(\d{{1,2}})(?:\s*/\s*|\s+tháng\s+)(\d{{1,2}})(?!\d)(?:\s*(?:/|\s+năm\s+)(\d{{4}}))?", re.IGNORECASE)),
    ("month", re.compile(r"(?<!\d )tháng\s+(\d{1,2})(?!\s*/\s*\d)(?!\d)()", re.IGNORECASE)),
    ("same_day", re.compile(r"\b(?:cũng\s+)?(?:trong\s+)?cùng\s+ngày\b|\bcũng\s+trong\s+ngày\b(?!\s+\d)", re.IGNORECASE)),
    ("next_day", re.compile(r"\b(?:ngày\s+)?hôm\s+sau\b|\bngày\s+tiếp\s+theo\b", re.IGNORECASE)),
)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: DateValue
    relative: str | None = None  # "same_day" or "next_day": resolved against the previous meeting


def _day_iso(day: int, month: int, year: int | None) -> str | None:
    if not 1 <= month <= 12:
        return None
    if not 1 <= day <= calendar.monthrange(year or 2024, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year if 1900 <= year <= 2100 else None


def _parse(kind: str, m: re.Match[str]) -> DateValue | None:
    text = m.group(0).strip()
    if kind == "day":
        year = _year(m.group(3))
        iso = _day_iso(int(m.group(1)), int(m.group(2)), year)
        return DateValue(iso, text, "day" if year else "day_no_year") if iso else None
    if kind == "range":
        year = _year(m.group(4))
        a = _day_iso(int(m.group(1)), int(m.group(3)), year)
        b = _day_iso(int(m.group(2)), int(m.group(3)), year)
        if not a or not b or a > b:
            return None
        return DateValue(f"{a}/{b}", text, "range" if year else "range_no_year")
    if kind == "cross_range":
        year = _year(m.group(5))
        d1, m1, d2, m2 = (int(m.group(i)) for i in range(1, 5))
        start_year = (year - 1 if m1 > m2 else year) if year else None
        a = _day_iso(d1, m1, start_year)
        b = _day_iso(d2, m2, year)
        if not a or not b:
            return None
        return DateValue(f"{a}/{b}", text, "range" if year else "range_no_year")
    if kind == "month":
        month = int(m.group(1))
        if not 1 <= month <= 12:
            return None
        year = _year(m.group(2))
        return DateValue(f"{year:04d}-{month:02d}" if year else f"--{month:02d}", text, "month" if year else "month_no_year")
    return None


def find_dates(text: str) -> list[DateMention]:
    """All date mentions of a sentence, earliest first, without overlaps."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind in ("same_day", "next_day"):
                found.append(DateMention(s, e, DateValue(None, m.group(0), "unknown"), relative=kind))
            else:
                value = _parse(kind, m)
                if value is None:
                    continue
                found.append(DateMention(s, e, value))
            taken.append((s, e))
    return sorted(found, key=lambda d: d.start)


def shift_day(value: DateValue, days: int, text: str) -> DateValue:
    """The day ``days`` after a day-precise date; anything less precise stays unknown."""
    if value.precision == "day" and value.iso:
        d = date.fromisoformat(value.iso) + timedelta(days=days)
        return DateValue(d.isoformat(), text, "day")
    if value.precision == "day_no_year" and value.iso:
        d = date.fromisoformat("2023" + value.iso[1:]) + timedelta(days=days)  # a non-leap year keeps 28/2 → 1/3
        return DateValue("--" + d.isoformat()[5:], text, "day_no_year")
    return DateValue(None, text, "unknown")


def with_year(value: DateValue, year: int) -> DateValue:
    """The same date with a year supplied from outside the text (context)."""
    if not value.iso or value.year_known:
        return value
    parts = [f"{year:04d}{p[1:]}" if p.startswith("--") else p for p in value.iso.split("/")]
    precision = value.precision.removesuffix("_no_year")
    return DateValue("/".join(parts), value.text, precision)


def contains(outer: DateValue, inner: DateValue) -> bool:
    """Whether day-precise ``inner`` falls within ``outer`` (a day or a range), on the same year footing."""
    if not outer.iso or not inner.iso or inner.precision not in ("day", "day_no_year"):
        return False
    if outer.year_known != inner.year_known:
        return False
    lo, _, hi = outer.iso.partition("/")
    return lo <= inner.iso <= (hi or lo)
