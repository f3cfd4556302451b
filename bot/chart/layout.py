"""What a timeline chart shows, decided without drawing anything: rows, points, round bands, the caption.

Pure and quick; :mod:`bot.chart.draw` turns a :class:`Layout` into a PNG.  A meeting is a point on the row
of each counterpart (or each Vietnamese principal); a meeting over several days is a short bar.  Only a
day with its year has a place on the time axis: the others are left out and counted in the caption, by
the same rules as the calendar export (:mod:`bot.export.days`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..export.days import NO_DAY, days, describe, period, reason

BY = ("counterpart", "principal")
MAX_ROWS = 40
LABEL_MAX = 30
ROUND_LABEL = {"in_person": "Vòng", "ministerial": "Phiên Bộ trưởng", "online": "Phiên trực tuyến"}
NOBODY = {"counterpart": "(không rõ đối tác)", "principal": "(không rõ phía Việt Nam)"}


@dataclass(frozen=True)
class ChartMeeting:
    """What the chart needs of a meeting: its date and the names on each side."""

    date: str | None
    vn: tuple[str, ...]
    other: tuple[str, ...]


@dataclass(frozen=True)
class Band:
    first: date
    last: date
    label: str


@dataclass
class Layout:
    title: str
    rows: list[str]  # top to bottom: the row with the latest meeting first
    points: list[tuple[date, date, int]]  # first day, last day, row index
    bands: list[Band]
    caption: str
    drawn: int = 0  # meetings with a point on the chart
    left_out: Counter = field(default_factory=Counter)  # meetings without a day and year, by reason
    hidden_rows: int = 0

    @property
    def span(self) -> tuple[date, date] | None:
        """The days the time axis covers: the points' and the rounds' in view."""
        ends = [(a, b) for a, b, _ in self.points] + [(b.first, b.last) for b in self.bands]
        if not ends:
            return None
        return min(a for a, _ in ends), max(b for _, b in ends)


def from_rows(rows: Iterable[tuple[str, str | None, str | None, str | None]]) -> list[ChartMeeting]:
    """Meetings from the store's chart rows: (meeting id, date, side, name), one per participant (side and
    name None for a meeting without one)."""
    found: dict[str, tuple[str | None, list[str], list[str]]] = {}
    for mid, iso, side, name in rows:
        entry = found.setdefault(mid, (iso, [], []))
        if name:
            (entry[1] if side == "vn" else entry[2]).append(name)
    return [ChartMeeting(iso, tuple(dict.fromkeys(vn)), tuple(dict.fromkeys(other)))
            for iso, vn, other in found.values()]


def from_meetings(meetings: Iterable[dict[str, Any]]) -> list[ChartMeeting]:
    """Meetings in the ``ask --json`` shape."""
    out = []
    for m in meetings:
        names = [(p["side"], p["name"] or p["title"]) for p in m.get("people", [])]
        names += [(o["side"], o["name"]) for o in m.get("organizations", [])]
        out.append(ChartMeeting(m.get("date"), tuple(dict.fromkeys(n for s, n in names if s == "vn")),
                                tuple(dict.fromkeys(n for s, n in names if s != "vn"))))
    return out


def _label(name: str) -> str:
    name = " ".join(name.split())
    return name if len(name) <= LABEL_MAX else name[: LABEL_MAX - 1] + "…"


def bands(rounds: Iterable[dict[str, Any]]) -> tuple[list[Band], Counter[str]]:
    """The rounds as shaded periods (a month-only round covers its month), and how many have none, by reason."""
    out, undated = [], Counter()
    for r in rounds:
        first = period(r.get("start"))
        last = period(r.get("end") or r.get("start"), end=True) or period(r.get("start"), end=True)
        if first is None or last is None:
            undated[reason(r.get("start")) or NO_DAY] += 1
            continue
        first, last = min(first, last), max(first, last)
        out.append(Band(first, last, f"{ROUND_LABEL.get(r.get('series') or '', 'Vòng')} {r.get('number', '')}".strip()))
    return out, undated


def layout(meetings: Iterable[ChartMeeting], rounds: Iterable[dict[str, Any]] = (), *, title: str,
           by: str = "counterpart", max_rows: int = MAX_ROWS) -> Layout:
    """Rows for the ``max_rows`` people (or bodies) met most recently, their meetings, the rounds in view."""
    if by not in BY:
        raise ValueError(f"by must be one of {BY}")
    left: Counter[str] = Counter()
    per_row: dict[str, list[tuple[date, date, int]]] = defaultdict(list)
    for n, m in enumerate(meetings):
        span = days(m.date)
        if span is None:
            left[reason(m.date) or ""] += 1
            continue
        names = (m.other if by == "counterpart" else m.vn) or (NOBODY[by],)
        for name in names:
            per_row[_label(name)].append((span[0], span[1], n))
    ranked = sorted(per_row, key=lambda name: (-max(p[1] for p in per_row[name]).toordinal(), name))
    shown, hidden = ranked[:max_rows], ranked[max_rows:]
    points = [(a, b, row) for row, name in enumerate(shown) for a, b, _ in per_row[name]]
    drawn = len({n for name in shown for _, _, n in per_row[name]})
    hidden_meetings = len({n for name in hidden for _, _, n in per_row[name]} - {n for name in shown for _, _, n in per_row[name]})
    round_bands, undated_rounds = bands(rounds)
    result = Layout(title, shown, points, [], "", drawn, left, len(hidden))
    span = result.span
    if span is not None:  # only the rounds in view (a round far from every point would squash them)
        lo, hi = span[0].toordinal(), span[1].toordinal()  # ordinals: a pad past year 1 or 9999 is no error
        pad = max(15, (hi - lo) * 0.03)
        result.bands = [b for b in round_bands if b.last.toordinal() >= lo - pad and b.first.toordinal() <= hi + pad] \
            if points else round_bands
    parts = [f"{drawn} cuộc gặp trên biểu đồ"]
    if left:
        parts.append(f"không vẽ {sum(left.values())} cuộc gặp ({describe(left)})")
    if hidden:
        parts.append(f"{len(hidden)} hàng khác không hiện ({hidden_meetings} cuộc gặp chỉ ở các hàng đó);"
                     f" chỉ {max_rows} hàng có cuộc gặp gần nhất")
    if undated_rounds:
        parts.append(f"không tô {sum(undated_rounds.values())} vòng ({describe(undated_rounds)})")
    result.caption = " · ".join(parts)
    return result
