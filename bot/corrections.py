"""Editorial corrections and context facts, applied on top of extraction.

Extraction output stays as extracted; this layer adds what an editor knows, each
change recorded under ``context`` with its basis and source, so a reader can
always tell what the article says from what was added, and re-extraction never
loses a fix.  A correction that no longer matches anything is reported.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .extract.dates import with_year
from .extract.model import DateValue
from .shape import CORRECTIONS, METADATA, DataError, read_toml

MEETING_FIELDS = frozenset({"date", "place", "round", "round_series", "kind", "summary"})
ROUND_FIELDS = frozenset({"start", "end", "place"})
BASES = frozenset({"context", "fix"})


@dataclass(frozen=True)
class Correction:
    target: str  # "meeting" or "round"
    article: str
    basis: str
    values: dict[str, Any]
    source: str
    with_: str = ""
    series: str = ""
    number: int = 0
    create: bool = False
    where: str = ""


@dataclass(frozen=True)
class ArticleMeta:
    id: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: str = ""
    year: int | None = None
    year_basis: str = ""
    year_reason: str = ""
    url_basis: str = ""  # how the address is known: "given", "fetched", or an editor's words
    also: tuple[str, ...] = ()  # the same article at other addresses (syndicated copies), first seen first


@dataclass
class Applied:
    articles: list[dict[str, Any]]
    unapplied: list[str] = field(default_factory=list)


def load_corrections(path: Path) -> list[Correction]:
    raw = read_toml(path, CORRECTIONS, required=False)
    out: list[Correction] = []
    for target, allowed in (("meeting", MEETING_FIELDS), ("round", ROUND_FIELDS)):
        for n, entry in enumerate(raw.get(target, []), 1):
            where = f"{path} [[{target}]] #{n}"
            values = entry.get("set", {})
            if not isinstance(values, dict) or not values:
                raise DataError(f"{where}: thiếu 'set'")
            bad = set(values) - allowed
            if bad:
                raise DataError(f"{where}: không sửa được trường {', '.join(sorted(bad))}")
            if entry.get("basis") not in BASES:
                raise DataError(f"{where}: 'basis' phải là context hoặc fix")
            if not entry.get("article"):
                raise DataError(f"{where}: thiếu 'article'")
            if target == "meeting" and not entry.get("with"):
                raise DataError(f"{where}: thiếu 'with' (id người hoặc tổ chức)")
            out.append(
                Correction(
                    target=target, article=entry["article"], basis=entry["basis"], values=dict(values),
                    source=str(entry.get("source", "")), with_=str(entry.get("with", "")),
                    series=str(entry.get("series", "")), number=int(entry.get("number", 0)),
                    create=bool(entry.get("create", False)), where=where,
                )
            )
    return out


def load_metadata(path: Path) -> dict[str, ArticleMeta]:
    raw = read_toml(path, METADATA, required=False).get("articles", {})
    out = {}
    for article_id, entry in raw.items():
        year = entry.get("year")
        out[article_id] = ArticleMeta(
            id=article_id, title=str(entry.get("title", "")), outlet=str(entry.get("outlet", "")),
            url=str(entry.get("url", "")), published=str(entry.get("published", "")),
            year=int(year) if year else None, year_basis=str(entry.get("year_basis", "")),
            year_reason=str(entry.get("year_reason", "")), url_basis=str(entry.get("url_basis", "")),
            also=tuple(str(u) for u in entry.get("also", [])),
        )
    return out


def _note(item: dict[str, Any], fld: str, value: Any, basis: str, source: str) -> None:
    item.setdefault("context", []).append(
        {"field": fld, "value": value, "was": item.get(fld), "basis": basis, "source": source}
    )


def _set(item: dict[str, Any], c: Correction) -> None:
    """Apply a correction's values, each recorded under ``context`` with what it replaced."""
    for fld, value in c.values.items():
        _note(item, fld, value, c.basis, c.source)
        item[fld] = value


def _participants(meeting: dict[str, Any]) -> set[str]:
    return {p.get("id") or "" for p in meeting.get("people", [])} | {
        o.get("id") or "" for o in meeting.get("organizations", [])
    }


def apply(
    articles: list[dict[str, Any]], corrections: list[Correction], metadata: dict[str, ArticleMeta]
) -> Applied:
    """Extraction output (``extract --json`` articles) with corrections and context applied."""
    result = Applied(copy.deepcopy(articles))
    by_id = {a["id"]: a for a in result.articles}
    for c in corrections:
        article = by_id.get(c.article)
        if article is None:
            result.unapplied.append(f"{c.where}: không còn bài {c.article}")
            continue
        if c.target == "meeting":
            hits = [m for m in article["meetings"] if c.with_ in _participants(m)]
            if not hits:
                result.unapplied.append(f"{c.where}: bài {c.article} không còn cuộc gặp nào với {c.with_}")
            for m in hits:
                _set(m, c)
                if "date" in c.values:
                    m["date_precision"] = "day" if len(str(c.values["date"])) == 10 else "month"
            continue
        hits = [r for r in article["rounds"] if r["series"] == c.series and r["number"] == c.number]
        if not hits and c.create:
            hits = [{"series": c.series, "number": c.number, "status": "held", "start": None, "end": None,
                     "date_text": None, "date_precision": "unknown", "place": None, "leaders": [], "areas": [],
                     "next_steps": [], "summary": "", "evidence": [], "known_from": "context"}]
            article["rounds"].append(hits[0])
        if not hits:
            result.unapplied.append(f"{c.where}: bài {c.article} không còn vòng {c.series} {c.number}")
        for r in hits:
            _set(r, c)
    for article in result.articles:
        meta = metadata.get(article["id"])
        if not meta or not meta.year:
            continue
        for item, fld in [(m, "date") for m in article["meetings"]] + [
            (r, k) for r in article["rounds"] for k in ("start", "end")
        ]:
            iso = item.get(fld)
            if iso and str(iso).startswith("--"):
                value = with_year(DateValue(iso, None, item.get("date_precision") or "day_no_year"), meta.year)
                _note(item, "year", meta.year, meta.year_basis, meta.year_reason)
                item[fld] = value.iso
                if fld == "date":
                    item["date_precision"] = value.precision
    return result
