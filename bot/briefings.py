"""Briefings for team channels: when one is due, what it covers, and how it is cut into messages.

Pure: subscriptions, times and meetings in; slots, selections and message bodies out.  The
scheduler that posts them (``discord_app/briefing_runner.py``) and the state they are kept in
(``state.py``) are the I/O around it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .ingest import sort_key
from .render import escape, format_date, is_web_link

DEFAULT_TZ = "Asia/Ho_Chi_Minh"
CADENCES = ("daily", "weekly")
DESCRIPTION_MAX = 4096
LINE_MAX = 600
SUMMARY_MAX = 160


@dataclass(frozen=True)
class Filters:
    """Only items about these (all empty: everything). Ids for people and organisations."""

    people: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    rounds: tuple[int, ...] = ()

    def empty(self) -> bool:
        return not (self.people or self.organizations or self.topics or self.rounds)

    def to_json(self) -> dict[str, list]:
        return {"people": list(self.people), "organizations": list(self.organizations), "topics": list(self.topics),
                "rounds": list(self.rounds)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Filters:
        return cls(tuple(data.get("people", ())), tuple(data.get("organizations", ())), tuple(data.get("topics", ())),
                   tuple(int(r) for r in data.get("rounds", ())))


@dataclass
class Subscription:
    guild_id: int
    channel_id: int
    cadence: str = "daily"
    hour: int = 8
    minute: int = 0
    tz: str = DEFAULT_TZ
    weekday: int = 0  # Monday, for weekly briefings
    filters: Filters = field(default_factory=Filters)
    alerts: bool = False
    created_at: str = ""  # UTC ISO; nothing older than the subscription is "new" to it
    last_slot: str | None = None  # UTC ISO of the last slot handled (sent, or nothing to send)
    failing: str | None = None  # why posting stopped; shown to admins, never retried


def zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _parse(iso: str) -> datetime:
    return datetime.fromisoformat(iso).astimezone(UTC)


def latest_slot(sub: Subscription, now: datetime) -> datetime:
    """The most recent scheduled time at or before ``now`` (UTC), on the channel's own wall clock."""
    tz = zone(sub.tz) or ZoneInfo(DEFAULT_TZ)
    local = now.astimezone(tz)
    day = local.date()
    while True:
        wall = datetime(day.year, day.month, day.day, sub.hour, sub.minute, tzinfo=tz)
        if (sub.cadence == "daily" or day.weekday() == sub.weekday) and wall.astimezone(UTC) <= now:
            return wall.astimezone(UTC)
        day -= timedelta(days=1)


def next_slot(sub: Subscription, now: datetime) -> datetime:
    """The first scheduled time after ``now`` (UTC)."""
    tz = zone(sub.tz) or ZoneInfo(DEFAULT_TZ)
    day = now.astimezone(tz).date()
    while True:
        wall = datetime(day.year, day.month, day.day, sub.hour, sub.minute, tzinfo=tz)
        if (sub.cadence == "daily" or day.weekday() == sub.weekday) and wall.astimezone(UTC) > now:
            return wall.astimezone(UTC)
        day += timedelta(days=1)


def due(sub: Subscription, now: datetime) -> datetime | None:
    """The slot to send now, if one is due: the latest one not yet handled.

    After downtime only the latest missed slot is returned, so a missed briefing is sent once,
    not once per missed day; a slot before the subscription existed is never due.
    """
    if sub.failing:
        return None
    slot = latest_slot(sub, now)
    if sub.last_slot and slot <= _parse(sub.last_slot):
        return None
    if sub.created_at and slot < _parse(sub.created_at):
        return None
    return slot


def matches(item: dict[str, Any], filters: Filters) -> bool:
    """Whether a meeting or a round is about what the subscription asked for."""
    if filters.empty():
        return True
    if "number" in item:  # a round: by its number, or by the people leading it
        return item["number"] in filters.rounds or any(p.get("id") in filters.people for p in item.get("leaders", []))
    people = {p["id"] for p in item.get("people", [])}
    orgs = {o["id"] for o in item.get("organizations", [])}
    return bool(people & set(filters.people) or orgs & set(filters.organizations)
                or set(item.get("topics", [])) & set(filters.topics)
                or (item.get("round") is not None and item["round"] in filters.rounds))


def _who(m: dict[str, Any], side: str) -> str:
    names = [p["name"] or p["title"] for p in m.get("people", []) if p["side"] == side]
    names += [o["name"] for o in m.get("organizations", []) if o["side"] == side]
    return ", ".join(names)


def _one_line(text: str, limit: int = SUMMARY_MAX) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _link(source: dict[str, Any]) -> str:
    link = source["link"]
    return f"[nguồn]({link})" if is_web_link(link) else f"nguồn: {escape(link)}"


def meeting_line(m: dict[str, Any]) -> str:
    vn, other = _who(m, "vn"), _who(m, "us") or _who(m, "other")
    who = f"{vn} gặp {other}" if vn and other else vn or other or "Cuộc gặp"
    line = (f"• **{escape(format_date(m.get('date')))}** — {escape(who)}: {escape(_one_line(m.get('summary', '')))}"
            f" ({_link(m['source'])})")
    return line[:LINE_MAX]


def round_line(r: dict[str, Any]) -> str:
    from .render import SERIES

    when = format_date(f"{r['start']}/{r['end']}" if r.get("end") and r["end"] != r.get("start") else r.get("start"))
    line = f"◆ **{escape(SERIES.get(r['series'], 'Vòng'))} {r['number']}** — {escape(when)}"
    if r.get("place"):
        line += f", {escape(r['place'])}"
    if r.get("areas"):
        line += ": " + escape(_one_line(", ".join(r["areas"]), 200))
    return line[:LINE_MAX]


@dataclass
class Part:
    """One message of a briefing, with the items it carries (recorded as sent once Discord accepts it)."""

    embed: dict[str, Any]
    items: list[str]
    nonce: str


def nonce(channel_id: int, slot: str, items: list[str]) -> str:
    """The same message (channel, slot, items) always gets the same nonce; Discord allows 25 characters.

    A retry after a crash between posting and recording repeats the nonce, so Discord keeps one
    message; a retry of the parts not yet accepted carries other items, so it is a new message.
    """
    return hashlib.sha256("|".join([str(channel_id), slot, *items]).encode()).hexdigest()[:25]


def compose(title: str, rounds: list[dict[str, Any]], meetings: list[dict[str, Any]], channel_id: int,
            slot: str) -> list[Part]:
    """Rounds first, then meetings by date, cut at line boundaries into messages within Discord's limits."""
    lines = [(f"round:{r['id']}", round_line(r)) for r in rounds]
    lines += [(f"meeting:{m['id']}", meeting_line(m)) for m in sorted(meetings, key=lambda m: sort_key(m.get("date")))]
    parts: list[Part] = []
    current: list[tuple[str, str]] = []
    size = 0
    for item, line in lines:
        if current and size + len(line) + 1 > DESCRIPTION_MAX - 200:
            parts.append(Part({}, [i for i, _ in current], ""))
            parts[-1].embed = {"description": "\n".join(text for _, text in current)}
            current, size = [], 0
        current.append((item, line))
        size += len(line) + 1
    if current:
        parts.append(Part({"description": "\n".join(text for _, text in current)}, [i for i, _ in current], ""))
    for n, part in enumerate(parts, start=1):
        part.embed["title"] = escape(title)[:200] + (f" ({n}/{len(parts)})" if len(parts) > 1 else "")
        part.nonce = nonce(channel_id, slot, part.items)
    return parts


def describe(sub: Subscription, names: dict[str, str] | None = None) -> str:
    """A subscription in one line, for /briefing list; ``names`` turns ids into names."""
    names = names or {}
    when = f"{sub.hour:02d}:{sub.minute:02d} {sub.tz}"
    cadence = "hằng ngày" if sub.cadence == "daily" else f"hằng tuần ({WEEKDAYS[sub.weekday]})"
    extra = []
    f = sub.filters
    if not f.empty():
        extra.append("lọc: " + "; ".join(x for x in (
            ", ".join(names.get(i, i) for i in f.people), ", ".join(names.get(i, i) for i in f.organizations),
            ", ".join(f.topics),
            ", ".join(f"vòng {r}" for r in f.rounds)) if x))
    if sub.alerts:
        extra.append("có báo tin mới")
    if sub.failing:
        extra.append(f"⚠ đã dừng: {sub.failing}")
    return f"<#{sub.channel_id}> — {cadence} lúc {when}" + (" — " + " — ".join(extra) if extra else "")


WEEKDAYS = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]


def utc_now() -> datetime:
    return datetime.now(UTC)
