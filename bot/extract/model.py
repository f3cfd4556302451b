"""What extraction produces: plain data, serialised as ``extract --json`` prints it."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from ..text import name_key


@dataclass(frozen=True, slots=True)
class Evidence:
    """A piece of the article used for a summary: sentence position and exact text."""

    sentence: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date as written and as (partial) ISO 8601.

    ``iso`` is ``2025-11-14``; ``--11-14`` when the year is not written; a range
    is ``start/end``; a month is ``2026-04``.  ``precision`` says which.
    """

    iso: str | None
    text: str | None
    precision: str  # day, day_no_year, range, range_no_year, month, month_no_year, year, unknown

    @property
    def known(self) -> bool:
        return self.iso is not None

    @property
    def year_known(self) -> bool:
        return bool(self.iso) and not self.iso.startswith("--")


UNKNOWN_DATE = DateValue(None, None, "unknown")


@dataclass(slots=True)
class PersonRef:
    """A person taking part: known to the gazetteer (``id``) or newly discovered."""

    name: str
    side: str
    title: str = ""
    organization: str = ""
    id: str | None = None

    def key(self) -> str:
        return self.id or "new:" + name_key(self.name or self.title)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "title": self.title, "organization": self.organization, "side": self.side}


@dataclass(slots=True)
class OrganizationRef:
    name: str
    side: str
    id: str | None = None

    def key(self) -> str:
        # "Hiệp hội công nghiệp bán dẫn Hoa Kỳ (SIA)" and "… Hoa Kỳ" later: one body
        # "Tập đoàn Excelerate Energy" and "Excelerate Energy" in the same article: one company
        # "Hội đồng Thương mại Hoa Kỳ" in the lead and "Hội đồng Thương mại Mỹ" in a caption: one body
        bare = re.sub(r"^(?:Tập đoàn|Công ty|Hãng)\s+(?=\S)", "", re.sub(r"\s*\([^)]*\)\s*$", "", self.name))
        return self.id or "new:" + name_key(re.sub(r"\bMỹ\b", "Hoa Kỳ", bare or self.name))

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "side": self.side}


@dataclass(slots=True)
class Meeting:
    id: str
    date: DateValue
    place: str | None
    kind: str
    people: list[PersonRef]
    organizations: list[OrganizationRef]
    round: int | None = None
    round_series: str | None = None
    round_basis: str | None = None
    topics: list[str] = field(default_factory=list)
    summary: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    anchors: list[int] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date.iso,
            "date_text": self.date.text,
            "date_precision": self.date.precision,
            "place": self.place,
            "kind": self.kind,
            "round": self.round,
            "round_series": self.round_series,
            "round_basis": self.round_basis,
            "people": [p.to_json() for p in self.people],
            "organizations": [o.to_json() for o in self.organizations],
            "topics": list(self.topics),
            "summary": self.summary,
            "evidence": [asdict(e) for e in self.evidence],
            "anchors": list(self.anchors),
        }


@dataclass(slots=True)
class Round:
    series: str
    number: int
    status: str  # held or planned
    start: DateValue = UNKNOWN_DATE
    end: DateValue = UNKNOWN_DATE
    place: str | None = None
    leaders: list[PersonRef] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    next_steps: list[str] = field(default_factory=list)
    summary: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "series": self.series,
            "number": self.number,
            "status": self.status,
            "start": self.start.iso,
            "end": self.end.iso,
            "date_text": self.start.text,
            "date_precision": self.start.precision,
            "place": self.place,
            "leaders": [p.to_json() for p in self.leaders],
            "areas": list(self.areas),
            "next_steps": list(self.next_steps),
            "summary": self.summary,
            "evidence": [asdict(e) for e in self.evidence],
        }


@dataclass(slots=True)
class NewPerson:
    """A person the gazetteer does not know, reported for an editor."""

    name: str
    title: str
    organization: str
    side: str
    sentence: int
    took_part: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "organization": self.organization,
            "side": self.side,
            "sentence": self.sentence,
            "took_part": self.took_part,
        }


@dataclass(slots=True)
class ArticleResult:
    id: str
    file: str
    title: str
    meetings: list[Meeting]
    rounds: list[Round]
    new_people: list[NewPerson]
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "file": self.file,
            "title": self.title,
            "meetings": [m.to_json() for m in self.meetings],
            "rounds": [r.to_json() for r in self.rounds],
            "new_people": [p.to_json() for p in self.new_people],
            "warnings": list(self.warnings),
        }
