"""Gold files: what a careful reader finds in each article (format in tests/corpus/README.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..shape import DataError, read_toml

KINDS = frozenset({"in_person", "online", "phone", "roundtable"})
SERIES = frozenset({"in_person", "ministerial", "online"})
_MEETING = {
    "counterparts": [str], "vn?": str, "date?": str, "place?": str, "kind?": KINDS, "round?": range(1, 100),
    "series?": SERIES, "key_points?": [str],
}
_ROUND = {"series?": SERIES, "number": range(1, 100), "start?": str, "end?": str}
_ARTICLE = {
    "file": str, "outlet?": str, "published?": str, "url?": str, "pattern?": str, "not_met?": [str],
    "meeting?": [_MEETING], "round?": [_ROUND],
}
GOLD = {"article": [_ARTICLE]}


@dataclass(frozen=True)
class GoldMeeting:
    counterparts: tuple[str, ...]
    vn: str = ""
    date: str = ""
    place: str = ""
    kind: str = ""
    round: int | None = None
    series: str = "in_person"
    key_points: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldRound:
    series: str
    number: int
    start: str = ""
    end: str = ""


@dataclass(frozen=True)
class GoldArticle:
    path: Path
    label: str  # where it is, for people: "dev/d1_01_….txt"
    outlet: str = ""
    published: str = ""
    url: str = ""
    not_met: tuple[str, ...] = ()
    meetings: tuple[GoldMeeting, ...] = ()
    rounds: tuple[GoldRound, ...] = field(default_factory=tuple)


def load_gold(path: Path) -> list[GoldArticle]:
    """The articles of one gold file; article paths are relative to the gold file's folder."""
    raw = read_toml(path, GOLD)
    out = []
    for a in raw.get("article", []):
        file = (path.parent / a["file"]).resolve()
        if not file.is_file():
            raise DataError(f"{path}: không có tệp bài {a['file']}")
        meetings = tuple(
            GoldMeeting(tuple(m["counterparts"]), m.get("vn", ""), m.get("date", ""), m.get("place", ""),
                        m.get("kind", ""), m.get("round"), m.get("series", "in_person"), tuple(m.get("key_points", [])))
            for m in a.get("meeting", [])
        )
        rounds = tuple(GoldRound(r.get("series", "in_person"), r["number"], r.get("start", ""), r.get("end", ""))
                       for r in a.get("round", []))
        out.append(GoldArticle(file, f"{path.parent.name}/{file.name}", a.get("outlet", ""), a.get("published", ""),
                               a.get("url", ""), tuple(a.get("not_met", [])), meetings, rounds))
    return out
