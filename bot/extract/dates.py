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

from ..text import fold
from .model import DateValue

_PART = r"(?:(?:sáng|trưa|chiều|tối|đêm|rạng sáng)\s+)?(?:(?:hôm\s+)?ngày\s+)?"
_SEP = r"\s*(?:-|–|—|đến|tới|và)\s*(?:ngày\s+)?"  # "trong hai ngày 10 và 11/7": one span
_MONTH = r"\s*(?:/|\s+tháng\s+|\s*-\s*)"
_YEAR = r"(?:\s*(?:/|\s+năm\s+)(\d{4}))?"

# A year told by the page's own: "tháng 9 năm ngoái", "ngày 5/9 năm nay" (settled with the publication date)
_YEAR_WORD = r"(?:\s+năm\s+(?:ngoái|trước|nay)\b)"
_LAST_YEAR = re.compile(r"năm\s+(?:ngoái|trước)$", re.IGNORECASE)
_THIS_YEAR = re.compile(r"năm\s+nay$", re.IGNORECASE)

_MONTH_NUMBERS = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                  "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
_MONTH_WORDS = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))

_WEEKDAY = r"(?:(?:hôm\s+|ngày\s+)?(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*)"
# A weekday as written, for the quick tests of whether a sentence can hold a weekday pattern's match at all
_WEEKDAY_NAME = r"thứ (?:hai|ba|tư|năm|sáu|bảy)\b|chủ nhật"

# An agency's dateline: "Washington (TTXVN) 10/6 - …", "Hà Nội, ngày 10/3 - …", "(VOV) 11/3 - …", "Kuala Lumpur, 26/10 -
# …": the day a correspondent filed the story, and where (group "where")
DATELINE = re.compile(r"^(?P<where>[^\n.]{0,40}?)(?:\s*\([^()]{2,20}\)\s*,?|,\s*(?:ngày)?)\s*(\d{1,2})\s*/\s*(\d{1,2})"
                      r"(?:\s*/\s*\d{4})?\s*[-–—]\s")

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "từ thứ Hai (6/10) đến thứ Năm (9/10)": each day after its weekday, in brackets or not
    ("cross_range", re.compile(
        rf"(?:từ\s+)?{_WEEKDAY}\(?\s*(\d{{1,2}})\s*/\s*(\d{{1,2}})\s*\)?\s*(?:-|–|—|đến|tới)\s*{_WEEKDAY}\(?\s*(\d{{1,2}})\s*/\s*"
        rf"(\d{{1,2}}){_YEAR}\s*\)?", re.IGNORECASE)),
    ("cross_range", re.compile(
        rf"(?:từ\s+)?{_PART}(\d{{1,2}})\s*/\s*(\d{{1,2}}){_SEP}(\d{{1,2}})\s*/\s*(\d{{1,2}}){_YEAR}", re.IGNORECASE)),
    # (not from a day's month: "20/5 - Ngày 19/5" is no span "5 - 19/5")
    ("range", re.compile(rf"(?:từ\s+)?{_PART}(?<![\d/.])(\d{{1,2}}){_SEP}(\d{{1,2}})(?:\s*/\s*|\s+tháng\s+)(\d{{1,2}}){_YEAR}", re.IGNORECASE)),
    # "tháng 8/2022", "tháng 8-2022", "tháng 8.2022", "tháng 8 năm 2022"
    ("month", re.compile(r"(?<!\d )tháng\s+(\d{1,2})(?:\s*[/.\-–]\s*|\s+năm\s+)(\d{4})(?!\d)", re.IGNORECASE)),
    ("day", re.compile(rf"{_PART}(\d{{1,2}})(?:\s*/\s*|\s+tháng\s+)(\d{{1,2}})(?!\d)(?:\s*(?:[/.\-–]|\s+năm\s+)(\d{{4}})(?!\d)|{_YEAR_WORD})?",
                       re.IGNORECASE)),
    ("month", re.compile(rf"(?<!\d )tháng\s+(\d{{1,2}})(?!\s*/\s*\d)(?!\d)(){_YEAR_WORD}?", re.IGNORECASE)),
    # "ngày 2 Tháng Bảy 2025", "ngày 10 tháng Mười Một": the month in words, as overseas and older papers write it
    ("day_words", re.compile(
        rf"{_PART}(\d{{1,2}})\s+tháng\s+({_MONTH_WORDS})(?![^\W\d_])(?!\s+bên)(?:\s*,?\s*(?:năm\s+)?(\d{{4}}))?", re.IGNORECASE)),
    # "tháng Tư", "cuối tháng Mười năm ngoái": a month in words, capitalised as the press writes it
    ("month_words", re.compile(
        rf"(?<!\d )tháng\s+(?-i:((?:Giêng|Một|Hai|Ba|Tư|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười Một|Mười Hai|Mười|Chạp)))"
        rf"(?![^\W\d_])(?:\s*,?\s*(?:năm\s+)?(\d{{4}})|{_YEAR_WORD})?", re.IGNORECASE)),
    # "Từ ngày 31-7 đến ngày 4-8": a span across two months, each day with its own month, written with hyphens or dots
    ("cross_range", re.compile(
        r"(?:từ\s+(?:ngày\s+)?|ngày\s+)(\d{1,2})[.-](\d{1,2})\s+(?:đến|tới)\s+(?:ngày\s+)?(\d{1,2})[.-](\d{1,2})"
        r"(?![\d%]|,\d)(?:[./-](\d{4}))?(?![\d%])", re.IGNORECASE)),
    # dots and hyphens, as Tuổi Trẻ, Thanh Niên and Người Lao Động write them: "chiều 10-11", "ngày 14.11",
    # "12 - 14.11", "10-11-2025"; without a year they need a word of time before them ("20.5" is a number)
    ("range", re.compile(
        rf"(?:(?:từ|ngày|sáng|chiều|tối|trưa|trong các ngày|các ngày)\s+(?:ngày\s+)?|\()"
        rf"(\d{{1,2}}){_SEP}(\d{{1,2}})[.-](\d{{1,2}})(?![\d%]|,\d)(?:[./-](\d{{4}}))?(?![\d%])",
        re.IGNORECASE)),
    ("day", re.compile(r"(?<![\d./-])(\d{1,2})[.-](\d{1,2})[.-](\d{4})(?![\d%])")),
    ("day", re.compile(
        r"(?:(?:sáng|trưa|chiều|tối|đêm|rạng sáng|hôm|ngày|từ|đến|tới|và)\s+"
        r"|(?:(?:hôm|sáng|trưa|chiều|tối)\s+(?:qua|nay)|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*\("
        r"|(?:hôm|sáng|trưa|chiều|tối)\s+(?:qua|nay)\s+)"  # "Hôm qua (12.3)", "chiều nay 23.5"
        r"(?:ngày\s+)?(\d{1,2})[.-](\d{1,2})(?![\d%])(?![.,]\d)()", re.IGNORECASE)),
    ("same_day", re.compile(r"\b(?:cũng\s+)?(?:trong\s+)?cùng\s+ngày\b|\bcũng\s+trong\s+ngày\b(?!\s+\d)"
                            r"|\bcũng\s+trong\s+buổi\s+(?:sáng|trưa|chiều|tối)\b(?!\s+(?:ngày\s+)?\d)"
                            # "Cùng chiều, Phó Thủ tướng tiếp …": the same afternoon
                            r"|\bcùng\s+(?:buổi\s+)?(?:sáng|trưa|chiều|tối)\b(?!\s+(?:ngày\s+)?\d)", re.IGNORECASE)),
    ("next_day", re.compile(r"\b(?:ngày\s+)?hôm\s+sau\b|\bngày\s+tiếp\s+theo\b|\b(?:một\s+ngày\s+sau|sau\s+đó\s+một\s+ngày)\b"
                            r"(?!\s+(?:khi|đó))", re.IGNORECASE)),  # "Một ngày sau, …" (not "một ngày sau khi …")
    # "Trước đó một ngày, …", "Hôm trước, …": the day before the meeting told last (not "hôm trước (7/12)")
    ("prev_day", re.compile(r"\btrước\s+đó\s+một\s+ngày\b|\b(?:ngày\s+)?hôm\s+trước\b(?!\s*(?:nữa|đó|\(?\s*\d))",
                            re.IGNORECASE)),
    # "Tổng Bí thư hôm nay đã tiếp …", "chiều qua": the page's day or the one before, when no date follows
    ("today", re.compile(r"\b(?:hôm|sáng|trưa|chiều|tối)\s+nay\b(?!\s*\(?\s*\d)", re.IGNORECASE)),
    ("yesterday", re.compile(r"\b(?:hôm|sáng|trưa|chiều|tối)\s+qua\b(?!\s*\(?\s*\d)", re.IGNORECASE)),
    # "Sáng thứ Bảy tuần trước", "hôm thứ Năm", "thứ Ba vừa qua": a weekday with no date after it, counted back from
    # the page's day (not "lần thứ hai", "ngày thứ hai của chuyến thăm": an ordinal, in lower case and after no
    # part of a day)
    ("weekday", re.compile(
        r"(?<!\()(?<!\( )(?<!\d, )(?:\b(?:[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Hh]ôm|[Vv]ào)\s+(?:[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)"
        r"|[Cc]hủ\s+[Nn]hật)|\b[Tt]hứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|\b[Cc]hủ\s+[Nn]hật)\b"
        r"(?:\s+(?:tuần\s+(?:trước|qua|này)|vừa\s+qua|vừa\s+rồi))?(?!\s*\(?\s*(?:ngày\s+)?\d)(?!,?\s+\d)"
        r"(?!\s+(?:tuần\s+(?:tới|sau)|tới|sắp))")),  # "thứ Hai tuần tới": to come, no day of a meeting held
)

_WEEKDAYS = {"hai": 0, "ba": 1, "tu": 2, "nam": 3, "sau": 4, "bay": 5}


def weekday_before(today: DateValue, text: str) -> DateValue:
    """The day a weekday told with no date names, counted back from ``today`` (a day-precise date): the latest such
    weekday on or before it, or in the week before with "tuần trước"/"tuần qua".  Unknown otherwise."""
    if today.precision != "day" or not today.iso:
        return DateValue(None, text, "unknown")
    words = fold(text).split()
    if "chu" in words and "nhat" in words:
        weekday = 6
    else:
        k = words.index("thu") if "thu" in words else -1
        weekday = _WEEKDAYS.get(words[k + 1]) if 0 <= k < len(words) - 1 else None
        if weekday is None:
            return DateValue(None, text, "unknown")
    day = date.fromisoformat(today.iso)
    if "tuan" in words and ("truoc" in words or "qua" in words):
        monday = day - timedelta(days=day.weekday() + 7)
        return DateValue((monday + timedelta(days=weekday)).isoformat(), text, "day")
    back = (day.weekday() - weekday) % 7
    return DateValue((day - timedelta(days=back)).isoformat(), text, "day")


def _first_characters(pattern: re.Pattern[str]) -> str | None:
    """A character class holding every character a match of ``pattern`` can begin with, or None.

    None when the pattern can begin with any character, can match nothing, or holds something this
    reading does not know (then the pattern is left as it is).
    """
    try:
        from re import _constants as op  # the parser of the standard ``re``, as it compiles
        from re import _parser

        classes = {op.CATEGORY_DIGIT: r"\d", op.CATEGORY_NOT_DIGIT: r"\D", op.CATEGORY_SPACE: r"\s",
                   op.CATEGORY_NOT_SPACE: r"\S", op.CATEGORY_WORD: r"\w", op.CATEGORY_NOT_WORD: r"\W"}

        def first(items) -> tuple[list[str], bool]:  # (what the sequence may begin with, whether it can match nothing)
            found: list[str] = []
            for code, arg in items:
                if code is op.LITERAL:
                    return found + [re.escape(chr(arg))], False
                if code is op.IN:
                    for kind, value in arg:
                        if kind is op.LITERAL:
                            found.append(re.escape(chr(value)))
                        elif kind is op.RANGE:
                            found.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                        elif kind is op.CATEGORY:
                            found.append(classes[value])
                        else:
                            raise LookupError(kind)  # a negated class
                    return found, False
                if code is op.SUBPATTERN and not arg[1] and not arg[2]:
                    chars, empty = first(arg[3])
                elif code is op.BRANCH:
                    parts = [first(branch) for branch in arg[1]]
                    chars, empty = [c for part, _ in parts for c in part], any(e for _, e in parts)
                elif code in (op.MAX_REPEAT, op.MIN_REPEAT):
                    chars, empty = first(arg[2])
                    empty = empty or arg[0] == 0
                elif code in (op.ASSERT, op.ASSERT_NOT, op.AT):
                    chars, empty = [], True  # looks around, takes no character
                else:
                    raise LookupError(code)
                found += chars
                if not empty:
                    return found, False
            return found, True

        chars, empty = first(_parser.parse(pattern.pattern, pattern.flags).data)
    except (ImportError, AttributeError, LookupError, re.error):  # a construct not read above: leave it as it is
        return None
    return None if empty or not chars else "[" + "".join(chars) + "]"


def _quick_to_fail(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern``, opening with a look ahead at the characters a match can begin with.

    The engine tries a pattern at every position of a sentence; these open with optional words and
    spaces, slow to fail where no date begins.  The look ahead fails there at once and matches nothing
    itself, so the matches, their groups and their spans are the same.
    """
    first = None if pattern.flags & re.VERBOSE else _first_characters(pattern)
    if not first:
        return pattern
    try:
        return re.compile(f"(?={first})(?:{pattern.pattern})", pattern.flags)
    except re.error:  # an inline flag that must open the pattern
        return pattern


_PATTERNS = tuple((kind, _quick_to_fail(pattern)) for kind, pattern in _PATTERNS)

_RELATIVE_KINDS = ("same_day", "next_day", "prev_day", "today", "yesterday", "weekday")
# What a match of each pattern of _PATTERNS always holds, each a pattern searched once per sentence.  Each of
# _PATTERNS is tried at every position of the sentence; these fail fast (most open with a digit) and skip most:
# few sentences hold a "/", fewer "tháng" or a range ("12-14", "9 đến 11").
_MONTH_WORD = re.compile("tháng", re.IGNORECASE)  # as the patterns spell it: "Tháng", "THÁNG" too
_DAY_MONTH = re.compile(r"\d(?:\s*/\s*|\s+tháng\s+)\d", re.IGNORECASE)  # "14/11", "3 tháng 4"
_DOTTED = re.compile(r"\d[.-]\d")  # every pattern with dots or hyphens holds "\d{1,2}[.-]\d{1,2}"
_RANGE_SEP = re.compile(rf"\d{_SEP}\d", re.IGNORECASE)  # every range holds "\d{1,2}{_SEP}\d{1,2}"
_NEEDS: tuple[tuple[re.Pattern[str], ...], ...] = (
    (re.compile("/.*/", re.DOTALL), re.compile(r"(?:-|–|—|đến|tới)\s*(?:hôm\s+|ngày\s+)?(?:thứ|chủ)", re.IGNORECASE)),
    (re.compile("/.*/", re.DOTALL), _RANGE_SEP), (_DAY_MONTH, _RANGE_SEP), (_MONTH_WORD,), (_DAY_MONTH,),
    (_MONTH_WORD,), (_MONTH_WORD,), (_MONTH_WORD,), (_DOTTED, re.compile("đến|tới", re.IGNORECASE)),
    (_DOTTED, _RANGE_SEP), (_DOTTED,), (_DOTTED,),
    (re.compile("cùng|cũng", re.IGNORECASE),), (re.compile("hôm|tiếp|ngày sau|một ngày", re.IGNORECASE),),
    (re.compile("trước", re.IGNORECASE),),
    (re.compile("nay", re.IGNORECASE),), (re.compile("qua", re.IGNORECASE),), (re.compile(_WEEKDAY_NAME, re.IGNORECASE),))
assert len(_NEEDS) == len(_PATTERNS)
_DATEISH = _quick_to_fail(
    re.compile(r"\d\s*(?:[/.\-–—]|đến|tới|tháng)\s*\d|tháng\s+\d|\d\s+tháng\s+[^\W\d_]", re.IGNORECASE))
_NAMED_MONTH = _quick_to_fail(re.compile(r"tháng\s+(?-i:[GMHBTNSCĐ])", re.IGNORECASE))
_RELATIVE_WORD = _quick_to_fail(re.compile(
    r"cùng|hôm|tiếp theo|trước đó một ngày|một ngày sau|sau đó một ngày|cũng trong (?:buổi|ngày)"
    r"|\b(?:sáng|trưa|chiều|tối) (?:nay|qua)\b|" + _WEEKDAY_NAME,
    re.IGNORECASE))


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
        if (m1, d1) > (m2, d2) and not (m1 >= 11 and m2 <= 2):
            return None  # "Washington (TTXVN) 20/5 - Ngày 19/5": a dateline, then the day; no span runs backwards
        start_year = (year - 1 if m1 > m2 else year) if year else None
        a = _day_iso(d1, m1, start_year)
        b = _day_iso(d2, m2, year)
        if not a or not b:
            return None
        return DateValue(f"{a}/{b}", text, "range" if year else "range_no_year")
    if kind == "day_words":
        year = _year(m.group(3))
        iso = _day_iso(int(m.group(1)), _MONTH_NUMBERS[" ".join(m.group(2).casefold().split())], year)
        return DateValue(iso, text, "day" if year else "day_no_year") if iso else None
    if kind == "month_words":
        month = _MONTH_NUMBERS[" ".join(m.group(1).casefold().split())]
        year = _year(m.group(2))
        return DateValue(f"{year:04d}-{month:02d}" if year else f"--{month:02d}", text, "month" if year else "month_no_year")
    if kind == "month":
        month = int(m.group(1))
        if not 1 <= month <= 12:
            return None
        year = _year(m.group(2))
        return DateValue(f"{year:04d}-{month:02d}" if year else f"--{month:02d}", text, "month" if year else "month_no_year")
    return None


def find_dates(text: str) -> list[DateMention]:
    """All date mentions of a sentence, earliest first, without overlaps."""
    has_digit = _DATEISH.search(text) is not None  # "14/11", "12 - 14.11", "tháng 4": a number that may be a date
    named_month = not has_digit and _NAMED_MONTH.search(text) is not None  # "tháng Tư"
    if not has_digit and not named_month and not _RELATIVE_WORD.search(text):
        return []  # most sentences: no number, no "cùng ngày"/"hôm sau"
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    present: dict[re.Pattern[str], bool] = {}

    def holds(need: re.Pattern[str]) -> bool:
        """Whether the sentence holds what ``need`` looks for; each searched once."""
        there = present.get(need)
        if there is None:
            there = present[need] = need.search(text) is not None
        return there

    for (kind, pattern), needs in zip(_PATTERNS, _NEEDS):
        if not has_digit and kind not in _RELATIVE_KINDS and not (named_month and kind == "month_words"):
            continue
        if not all(map(holds, needs)):
            continue
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind in _RELATIVE_KINDS:
                found.append(DateMention(s, e, DateValue(None, m.group(0), "unknown"), relative=kind))
            else:
                value = _parse(kind, m)
                if value is None:
                    continue
                found.append(DateMention(s, e, value))
            taken.append((s, e))
    if "kể từ" in text.casefold() and "khi" in text:
        found = [d for d in found if not _since(text, d.start)]
    return sorted(found, key=lambda d: d.start)


# (not "kể từ cuộc gặp với ông X tại Washington hôm 9-4": a meeting recalled, with its own day)
_SINCE = re.compile(r"\bkể\s+từ(?:\s+sau)?\s+khi\b[^,;.]{0,90}$", re.IGNORECASE)


def _since(text: str, start: int) -> bool:
    """Whether a date is told as what something is counted from, in the clause after "kể từ (khi)": "Đây là phiên đầu
    tiên kể từ khi hai nước ra Tuyên bố chung hôm 26/10", "… thứ bảy kể từ khi Washington công bố mức thuế hồi tháng
    Tư": that event's day, not the day of the meeting or the round the sentence tells."""
    return _SINCE.search(text[max(0, start - 100):start]) is not None


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


# Days after its page's date that a day-month may still fall in the page's year: a page dated by the outlet's clock
# in UTC reports "sáng 10/6" on 9/6, a round under way "sẽ kéo dài đến hết ngày 12/6" on 10/6.  A week is far
# shorter than the months a day of the year before lies back.
AHEAD = 7


def _year_before_or_of(mmdd: str, published: date) -> int:
    """The year of a day-month reported on ``published``: that year, or the one before when it is later by more
    than a few days (:data:`AHEAD`)."""
    if mmdd <= published.isoformat()[5 : 5 + len(mmdd)]:
        return published.year
    if len(mmdd) == 5:
        try:
            ahead = (date.fromisoformat(f"{published.year:04d}-{mmdd}") - published).days
        except ValueError:  # 29/2 of a year without it
            ahead = AHEAD + 1
        if ahead <= AHEAD:
            return published.year
    return published.year - 1


def settle_year(value: DateValue, published: date | None, stated: dict[str, int]) -> DateValue:
    """A date without a year, given the year the article states for that day or the article's publication.

    ``stated`` maps ``MM-DD`` to the year the article writes beside that same day (the lead gives
    ``10/11/2025``, the body ``chiều 10/11``).  Failing that, a day-month on or before the publication
    date is in its year, a later one in the year before (an article of 5/1/2026 reporting 28/12 means
    2025).  With neither, the date stays partial: a year is never guessed.
    """
    if not value.iso or value.year_known:
        return value
    lo, _, hi = value.iso.partition("/")
    told = value.text or ""
    if published is not None and (_LAST_YEAR.search(told) or _THIS_YEAR.search(told)):
        return with_year(value, published.year - (1 if _LAST_YEAR.search(told) else 0))
    if lo[2:] in stated:
        year = stated[lo[2:]]
    elif published is not None:
        year = _year_before_or_of(lo[2:], published)
    else:
        return value
    if not hi:
        return with_year(value, year)
    end_year = year + 1 if hi[2:] < lo[2:] else year  # "28/12 - 3/1" crosses into the next year
    iso = f"{year:04d}{lo[1:]}/{end_year:04d}{hi[1:]}"
    return DateValue(iso, value.text, value.precision.removesuffix("_no_year"))


def stated_years(mentions: list[DateMention]) -> dict[str, int]:
    """``MM-DD`` → year for every day the article writes with its year (each day of a written range too)."""
    found: dict[str, int] = {}
    for d in mentions:
        if not d.value.iso or not d.value.year_known or d.value.precision not in ("day", "range"):
            continue
        lo, _, hi = d.value.iso.partition("/")
        day, last = date.fromisoformat(lo), date.fromisoformat(hi or lo)
        while day <= last and (last - day).days < 62:
            found.setdefault(day.isoformat()[5:], day.year)
            day += timedelta(days=1)
    return found


def published_date(text: str) -> date | None:
    """``2025-11-14`` (or the date part of an ISO timestamp) as a date; anything else is None."""
    try:
        return date.fromisoformat(text.strip()[:10]) if text and len(text.strip()) >= 10 else None
    except ValueError:
        return None
