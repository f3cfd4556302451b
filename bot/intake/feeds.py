"""RSS and Atom → entries.  Pure: the feed's bytes and address in, its entries out (feedparser, imported on use).

feedparser reads the feeds real sites serve, malformed ones included (it says so in ``bozo``); a feed
it can get no entry from and that it found broken is refused, with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from . import IntakeError

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml",
              "application/feed+json")


@dataclass(frozen=True)
class Entry:
    key: str  # the entry's id (guid), else its link: what makes it "already seen"
    link: str
    title: str


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    entries: list[Entry]


def accepts_feed(content_type: str) -> bool:
    return content_type in ("", *FEED_TYPES) or content_type.startswith("text/") or content_type.endswith("+xml")


def parse_feed(body: bytes, url: str) -> ParsedFeed:
    """The entries of an RSS or Atom document fetched from ``url`` (links made absolute, http(s) only)."""
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": url, "content-type": "application/xml"})
    entries: list[Entry] = []
    for e in parsed.entries:
        given = (e.get("link") or "").strip()
        link = urljoin(url, given)
        if not given or urlsplit(link).scheme not in ("http", "https"):
            continue
        key = (e.get("id") or "").strip() or link
        entries.append(Entry(key[:1000], link[:2000], " ".join((e.get("title") or "").split())[:300]))
    if not entries:  # what a loose parser salvaged from broken XML is no feed: no entry with an address
        if parsed.get("bozo"):
            why = str(parsed.get("bozo_exception") or "")[:120]
            raise IntakeError(f"nguồn tin {url[:200]} hỏng: không đọc được RSS/Atom ({why})", reason="broken-feed")
        if not parsed.get("version"):
            raise IntakeError(f"{url[:200]} không phải nguồn tin RSS hay Atom", reason="broken-feed")
    title = " ".join((parsed.feed.get("title") or "").split())[:200]
    return ParsedFeed(title, entries)
