"""Briefings for team channels: when one is due, what it covers, and how it is cut into messages.

Pure: subscriptions, times and meetings in; slots, selections and message bodies out.  The
scheduler that posts them (``discord_app/briefing_runner.py``) and the state they are kept in
(``state.py``) are the I/O around it.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from .render import ITEM_MAX, SERIES, escape, format_date, list_item
from .schema import sort_key
from .text import clip_words

DEFAULT_TZ = "Asia/Ho_Chi_Minh"
TITLE = "Bản tin đàm phán thương mại Việt Nam – Hoa Kỳ"
PREVIEW_DAYS = 7  # a preview without a subscription covers the meetings of the last week
CADENCES = ("daily", "weekly")
DESCRIPTION_MAX = 4096
LINE_MAX = 600


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
    channel_name: str = ""  # as it was when subscribed: a deleted channel can still be named and removed


def zone(name: str) -> ZoneInfo | None:
    """The time zone of that name, or None: only names from the tz database, never a path built from input."""
    if name not in _zone_set():
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _parse(iso: str) -> datetime:
    return datetime.fromisoformat(iso).astimezone(UTC)


def _slots(sub: Subscription, now: datetime, step: int):
    """The scheduled times (UTC), day by day on the channel's own wall clock from ``now``'s date, ``step`` days apart."""
    tz = zone(sub.tz) or ZoneInfo(DEFAULT_TZ)
    day = now.astimezone(tz).date()
    while True:
        if sub.cadence == "daily" or day.weekday() == sub.weekday:
            yield datetime(day.year, day.month, day.day, sub.hour, sub.minute, tzinfo=tz).astimezone(UTC)
        day += timedelta(days=step)


def latest_slot(sub: Subscription, now: datetime) -> datetime:
    """The most recent scheduled time at or before ``now`` (UTC)."""
    return next(slot for slot in _slots(sub, now, -1) if slot <= now)


def next_slot(sub: Subscription, now: datetime) -> datetime:
    """The first scheduled time after ``now`` (UTC)."""
    return next(slot for slot in _slots(sub, now, 1) if slot > now)


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


def _one_line(text: str, limit: int) -> str:
    return clip_words(text, limit)


def _plain(text: str) -> str:
    return text


def meeting_block(m: dict[str, Any], markdown: bool = True) -> str:
    """A meeting as a list shows it (heading, both sides, round and topics, summary and source), within
    ITEM_MAX characters with its bullet: the same words in the embed and on the console."""
    mark = f" · {UNREVIEWED}" if m.get("unreviewed") else ""
    head, lines = list_item(m, markdown, budget=ITEM_MAX - len("• ****") - len(mark))
    head += mark
    if markdown:
        return "\n".join([f"• **{head}**", *lines])
    return "\n".join([f"• {head}", *("  " + line for line in lines)])


def round_line(r: dict[str, Any], markdown: bool = True) -> str:
    esc = escape if markdown else _plain
    when = format_date(f"{r['start']}/{r['end']}" if r.get("end") and r["end"] != r.get("start") else r.get("start"))
    name = esc(f"{SERIES.get(r['series'], 'Vòng')} {r['number']}")
    line = f"◆ {f'**{name}**' if markdown else name} — {esc(when)}"
    if r.get("place"):
        line += f", {esc(r['place'])}"
    if r.get("areas"):
        line += ": " + esc(_one_line(", ".join(r["areas"]), 200))
    return line[:LINE_MAX]


UNREVIEWED = "⚠ chưa duyệt"  # what extraction was unsure of and no editor has looked at yet (/review)


def mark_unreviewed(meetings: list[dict[str, Any]], unreviewed: set[str]) -> None:
    for m in meetings:
        m["unreviewed"] = m["id"] in unreviewed


def _by_date(m: dict[str, Any]) -> tuple[bool, str, str]:
    """Oldest first; a meeting whose year (or date) is unknown last; ties by id, so the order is stable."""
    key = sort_key(m.get("date"))
    return (not key or key.startswith("0000"), key, m["id"])


@dataclass
class Briefing:
    """What one briefing says: rounds first, then meetings by date. Rendered as embeds or as text."""

    title: str
    rounds: list[dict[str, Any]]
    meetings: list[dict[str, Any]]

    def __post_init__(self) -> None:
        self.meetings = sorted(self.meetings, key=_by_date)

    @classmethod
    def about(cls, title: str, rounds: list[dict[str, Any]], meetings: list[dict[str, Any]],
              filters: Filters) -> Briefing:
        """Only the rounds and meetings a subscription's filters ask for."""
        return cls(title, [r for r in rounds if matches(r, filters)], [m for m in meetings if matches(m, filters)])

    def empty(self) -> bool:
        return not self.rounds and not self.meetings

    def lines(self, markdown: bool = True) -> list[tuple[str, str]]:
        """(item id, its line or lines) in the order they are posted."""
        return ([(f"round:{r['id']}", round_line(r, markdown)) for r in self.rounds]
                + [(f"meeting:{m['id']}", meeting_block(m, markdown)) for m in self.meetings])

    def text(self) -> str:
        """The console twin of the embeds."""
        if self.empty():
            return f"{self.title}\nKhông có gì mới, nên bot sẽ không gửi gì."
        return "\n\n".join([self.title, *(line for _, line in self.lines(markdown=False))])


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


def compose(briefing: Briefing, channel_id: int, slot: str) -> list[Part]:
    """The briefing cut between items into messages within Discord's limits; none when it is empty."""
    groups: list[list[tuple[str, str]]] = []
    size = DESCRIPTION_MAX  # start a first group at the first line
    for item, line in briefing.lines():
        if size + len(line) + 2 > DESCRIPTION_MAX - 200:
            groups.append([])
            size = 0
        groups[-1].append((item, line))
        size += len(line) + 2
    title = escape(briefing.title)[:200]
    parts = []
    for n, group in enumerate(groups, start=1):
        items = [item for item, _ in group]
        embed = {"title": title + (f" ({n}/{len(groups)})" if len(groups) > 1 else ""),
                 "description": "\n\n".join(line for _, line in group)}  # a blank line between items
        parts.append(Part(embed, items, nonce(channel_id, slot, items)))
    return parts


def schedule(sub: Subscription, names: dict[str, str] | None = None) -> str:
    """When and what a subscription posts, in one line; ``names`` turns ids into names."""
    names = names or {}
    cadence = "hằng ngày" if sub.cadence == "daily" else f"hằng tuần ({WEEKDAYS[sub.weekday]})"
    terms = [f"{cadence} lúc {sub.hour:02d}:{sub.minute:02d} ({sub.tz})"]
    f = sub.filters
    if not f.empty():
        chosen = [", ".join(names.get(i, i) for i in f.people), ", ".join(names.get(i, i) for i in f.organizations),
                  ", ".join(f.topics), ", ".join(f"vòng {r}" for r in f.rounds)]
        terms.append("chỉ về: " + "; ".join(x for x in chosen if x))
    if sub.alerts:
        terms.append("có báo khi thêm cuộc gặp mới")
    return escape(" — ".join(terms))


def describe(sub: Subscription, names: dict[str, str] | None = None) -> str:
    """A subscription in one line, for /briefing list."""
    stopped = f" — ⚠ đã dừng: {escape(sub.failing)}" if sub.failing else ""
    return f"<#{sub.channel_id}> — {schedule(sub, names)}{stopped}"


WEEKDAYS = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
_TIME = re.compile(r"(\d{1,2})\s*(?:[:hg.]\s*(\d{2})?\s*(?:p|ph|phút)?)?", re.ASCII)


def parse_time(text: str) -> tuple[int, int] | None:
    """A time of day as people write it: 8, 08:30, 8h30, 20g, 7.15; None when it is not one."""
    m = _TIME.fullmatch(text.strip().lower())
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    return (hour, minute) if hour < 24 and minute < 60 else None


def parse_rounds(text: str) -> tuple[int, ...] | None:
    """Round numbers separated by commas or spaces ("5, 6"); None when something else is in there."""
    parts = [p for p in re.split(r"[,;\s]+", text.strip()) if p]
    if not parts or not all(p.isascii() and p.isdigit() and len(p) <= 2 and 1 <= int(p) <= 99 for p in parts):
        return None
    return tuple(sorted({int(p) for p in parts}))


def split_list(text: str) -> list[str]:
    """Names or topics separated by commas or semicolons."""
    return [p.strip() for p in re.split(r"[,;]", text) if p.strip()]


COMMON_ZONES = ("Asia/Ho_Chi_Minh", "UTC", "America/New_York", "America/Los_Angeles", "Europe/London",
                "Europe/Brussels", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney")


def timezones(partial: str, limit: int = 25) -> list[str]:
    """Time zone names containing what was typed (spaces as underscores), the usual ones first."""
    q = "_".join(partial.strip().lower().split())
    return [n for n in _zone_names() if q in n.lower()][:limit]


@functools.cache
def _zone_set() -> frozenset[str]:
    return frozenset(_zone_names())


@functools.cache
def _zone_names() -> tuple[str, ...]:
    """Read once: listing the zones walks the tz database's files."""
    return (*COMMON_ZONES, *sorted(available_timezones() - set(COMMON_ZONES)))


def preview_since(now: datetime) -> str:
    """The first day a preview without a subscription covers, on Hà Nội's calendar."""
    return (now.astimezone(ZoneInfo(DEFAULT_TZ)) - timedelta(days=PREVIEW_DAYS)).date().isoformat()


def format_slot(slot: datetime, tz: str) -> str:
    """A slot on the channel's wall clock, as a Vietnamese reader writes it."""
    local = slot.astimezone(zone(tz) or ZoneInfo(DEFAULT_TZ))
    return f"{local:%H:%M} {WEEKDAYS[local.weekday()]} {local.day}/{local.month}/{local.year} ({tz})"


def utc_now() -> datetime:
    return datetime.now(UTC)
