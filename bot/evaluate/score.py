"""Extraction of one article against its gold: counts for the table and one line per miss.

Pure: an :class:`~bot.extract.ArticleResult` and a :class:`GoldArticle` in, an :class:`ArticleScore` out.
Names match when every word of the shorter is in the longer, folded ("Greer" is "Jamieson L. Greer");
a place matches when the gold's name is in the extracted place and the place holds no date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..extract import ArticleResult, Meeting
from ..text import fold
from .gold import GoldArticle, GoldMeeting

MEASURES = (
    ("counterparts", "đối tác được tìm thấy"),
    ("principal", "người đứng đầu phía Việt Nam đúng"),
    ("date", "ngày đúng (khi bài có ngày)"),
    ("place", "địa điểm đúng (khi bài có)"),
    ("kind", "hình thức đúng"),
    ("round_linked", "cuộc gặp gắn đúng vòng"),
    ("rounds", "vòng đã diễn ra được tìm thấy"),
    ("summary", "tóm tắt mang ý chính"),
)
_DIGIT = re.compile(r"\d")


@dataclass
class Tally:
    """Right out of total for each measure, and the counts that should stay at zero."""

    right: dict[str, int] = field(default_factory=lambda: {k: 0 for k, _ in MEASURES})
    total: dict[str, int] = field(default_factory=lambda: {k: 0 for k, _ in MEASURES})
    wrongly_listed: int = 0
    extra_meetings: int = 0
    extra_rounds: int = 0
    wrong_round: int = 0

    def count(self, measure: str, ok: bool) -> None:
        self.total[measure] += 1
        self.right[measure] += ok

    def add(self, other: Tally) -> None:
        for k in self.right:
            self.right[k] += other.right[k]
            self.total[k] += other.total[k]
        self.wrongly_listed += other.wrongly_listed
        self.extra_meetings += other.extra_meetings
        self.extra_rounds += other.extra_rounds
        self.wrong_round += other.wrong_round

    def share(self, measure: str) -> float | None:
        return self.right[measure] / self.total[measure] if self.total[measure] else None


@dataclass
class ArticleScore:
    gold: GoldArticle
    tally: Tally
    misses: list[str]


def _words(text: str) -> set[str]:
    """The folded words of a name, its initials apart: "Kevin K.McAleean" and "Kevin K. McAleean" are one name;
    and the country's two names one word: "Hội đồng Thương mại Mỹ" is "Hội đồng Thương mại Hoa Kỳ"."""
    return set(re.sub(r"\bhoa ki\b", "mi", fold(re.sub(r"[.’']", " ", text))).split())


def same_name(a: str, b: str) -> bool:
    """Every word of the shorter name is in the longer, folded: "Greer" ~ "Jamieson L. Greer"."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    return wa <= wb or wb <= wa


def _counterparts(m: Meeting) -> list[str]:
    people = [p.name or p.title for p in m.people if p.side != "vn"]
    return people + [o.name for o in m.organizations if o.side != "vn"]


def _vietnamese(m: Meeting) -> list[str]:
    return [p.name or p.title for p in m.people if p.side == "vn"] + [o.name for o in m.organizations if o.side == "vn"]


def _overlap(g: GoldMeeting, m: Meeting) -> int:
    return sum(any(same_name(c, x) for x in _counterparts(m)) for c in g.counterparts)


def _match(gold: tuple[GoldMeeting, ...], found: list[Meeting]) -> dict[int, Meeting]:
    """Each gold meeting to the extracted meeting sharing most counterparts (same date first, then the same Vietnamese
    principal: one guest received by two of ours on one visit is two meetings, each paired with its own), one each."""
    pairs = []
    for gi, g in enumerate(gold):
        for fi, m in enumerate(found):
            shared = _overlap(g, m)
            if shared:
                host = bool(g.vn) and any(p.side == "vn" and same_name(g.vn, p.name) for p in m.people)
                pairs.append((shared * 10 + 5 * (bool(g.date) and m.date.iso == g.date) + 2 * host, gi, fi))
    pairs.sort(reverse=True)
    matched: dict[int, Meeting] = {}
    used: set[int] = set()
    for _, gi, fi in pairs:
        if gi not in matched and fi not in used:
            matched[gi] = found[fi]
            used.add(fi)
    return matched


def _who(g: GoldMeeting) -> str:
    return ", ".join(g.counterparts)


def score_article(gold: GoldArticle, result: ArticleResult, canonical=lambda name: name) -> ArticleScore:
    from dataclasses import replace

    t = Tally()
    misses: list[str] = []
    # a gold name spelled as one of the gazetteer's spellings is that entry ("USTR" is "Văn phòng … (USTR)")
    gold = replace(gold, meetings=tuple(replace(g, counterparts=tuple(canonical(c) for c in g.counterparts))
                                        for g in gold.meetings), not_met=tuple(canonical(n) for n in gold.not_met))
    matched = _match(gold.meetings, result.meetings)
    for gi, g in enumerate(gold.meetings):
        m = matched.get(gi)
        listed = _counterparts(m) if m else []
        for c in g.counterparts:
            ok = any(same_name(c, x) for x in listed)
            t.count("counterparts", ok)
            if not ok:
                misses.append(f"thiếu đối tác: {c}" + (f" (cuộc gặp với {', '.join(listed)})" if m else ""))
        if m is None:
            continue
        if g.vn:
            ok = any(same_name(g.vn, x) for x in _vietnamese(m))
            t.count("principal", ok)
            if not ok:
                misses.append(f"{_who(g)}: phía Việt Nam là {'; '.join(_vietnamese(m)) or '(không ai)'}, cần {g.vn}")
        if g.date:
            ok = m.date.iso == g.date or (m.date.iso or "").partition("/")[0] == g.date  # a round-long meeting: its first day
            t.count("date", ok)
            if not ok:
                misses.append(f"{_who(g)}: ngày {m.date.iso or '(không có)'}, cần {g.date}")
        if g.place:
            ok = bool(m.place) and fold(g.place) in fold(m.place) and not _DIGIT.search(m.place or "")
            t.count("place", ok)
            if not ok:
                misses.append(f"{_who(g)}: địa điểm “{m.place or ''}”, cần “{g.place}”")
        if g.kind:
            t.count("kind", m.kind == g.kind)
            if m.kind != g.kind:
                misses.append(f"{_who(g)}: hình thức {m.kind}, cần {g.kind}")
        if g.round:
            ok = (m.round, m.round_series) == (g.round, g.series)
            t.count("round_linked", ok)
            if not ok:
                misses.append(f"{_who(g)}: vòng {m.round_series or ''} {m.round or '(không)'}, cần {g.series} {g.round}")
        elif m.round:
            t.wrong_round += 1
            misses.append(f"{_who(g)}: gắn nhầm vào vòng {m.round_series} {m.round}")
        if g.key_points:
            summary = fold(m.summary)
            ok = any(fold(k) in summary for k in g.key_points)
            t.count("summary", ok)
            if not ok:
                misses.append(f"{_who(g)}: tóm tắt thiếu ý chính ({'; '.join(g.key_points)}): “{m.summary[:120]}”")
    everyone = [c for g in gold.meetings for c in g.counterparts]
    used = {id(m) for m in matched.values()}
    for m in result.meetings:
        wrong = [x for x in _counterparts(m) if not any(same_name(x, c) for c in everyone)]
        t.wrongly_listed += len(wrong)
        for x in wrong:
            misses.append(f"liệt kê nhầm là đã gặp: {x}" + (" (theo danh sách không gặp)" if any(
                same_name(x, n) for n in gold.not_met) else ""))
        if id(m) not in used and not wrong:
            t.extra_meetings += 1
            misses.append(f"cuộc gặp thừa: {', '.join(_counterparts(m))} ({m.date.iso or 'không rõ ngày'})")
    for g in gold.rounds:
        r = next((r for r in result.rounds if (r.series, r.number) == (g.series, g.number)), None)
        ok = r is not None and (not g.start or (r.start.iso, r.end.iso) == (g.start, g.end or g.start))
        t.count("rounds", ok)
        if not ok:
            got = "không thấy" if r is None else f"{r.start.iso}…{r.end.iso}"
            misses.append(f"vòng {g.series} {g.number}: {got}, cần {g.start or '(có)'}…{g.end}")
    for r in result.rounds:
        if not any((r.series, r.number) == (g.series, g.number) for g in gold.rounds):
            t.extra_rounds += 1
            misses.append(f"vòng thừa: {r.series} {r.number}")
    return ArticleScore(gold, t, misses)
