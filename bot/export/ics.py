"""Meetings as an iCalendar file (RFC 5545), written with the ``icalendar`` library.

A meeting known to the day with its year is an all-day event (a range covers its days); the others
(a day without a year, a month, nothing) cannot be put on a calendar and are left out: the caller
counts them with :func:`bot.export.days.left_out` and says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from ..render import KIND, SERIES, is_web_link
from .days import days
from .text import clean, sides, source_links, who

PRODID = "-//briefbot//Đàm phán thương mại Việt Nam – Hoa Kỳ//VI"
CALENDAR_NAME = "Cuộc gặp đàm phán thương mại Việt Nam – Hoa Kỳ"


def uid(meeting_id: str) -> str:
    """The same meeting has the same UID in every export, so a calendar updates it instead of adding a copy."""
    return f"{meeting_id}@briefbot"


def description(m: dict[str, Any]) -> str:
    vn, other = sides(m)
    lines = [m.get("summary") or "", ""]
    lines.append(KIND.get(m.get("kind") or "", m.get("kind") or ""))
    if vn:
        lines.append(f"Phía Việt Nam: {vn}")
    if other:
        lines.append(f"Phía đối tác: {other}")
    if m.get("round"):
        lines.append(f"{SERIES.get(m.get('round_series') or 'in_person', 'Vòng')} {m['round']}")
    if m.get("topics"):
        lines.append("Chủ đề: " + ", ".join(m["topics"]))
    lines += ["", "Nguồn:", *source_links(m)]
    return clean("\n".join(lines).strip())


def ics_bytes(meetings: Iterable[dict[str, Any]], *, stamp: datetime | None = None) -> bytes:
    """The calendar of the meetings that have a day with its year; ``stamp`` is DTSTAMP (default: now)."""
    from icalendar import Calendar, Event  # imported when a calendar is written, not when the bot starts

    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", CALENDAR_NAME)
    for m in meetings:
        span = days(m.get("date"))
        if span is None:
            continue
        first, last = span
        event = Event()
        event.add("uid", uid(m["id"]))
        event.add("dtstamp", stamp)
        event.add("dtstart", first)  # a date, not a datetime: VALUE=DATE, an all-day event
        event.add("dtend", last + timedelta(days=1) if last < date.max else last)  # DTEND is the day after
        event.add("summary", clean(who(m)))
        event.add("description", description(m))
        if m.get("place"):
            event.add("location", clean(m["place"]))
        links = [link for link in source_links(m) if is_web_link(link)]
        if links:
            event.add("url", links[0])
        cal.add_component(event)
    return cal.to_ical()
