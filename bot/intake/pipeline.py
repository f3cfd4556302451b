"""The intake's pipeline: fetch → page → relevance → the one path for adding articles (``bot.articles``).

``add_url`` takes one article by its address (``python -m bot add URL``, ``/admin add``).  ``poll`` takes
what is new in every followed feed: it fetches each new entry, keeps those about the Vietnam–United
States negotiations, and adds them all in one transaction, so the database is rebuilt once per poll.
Whatever is not added is recorded with the reason, and an entry is never fetched twice.

The heavy steps (main-text extraction, feed parsing, extraction and the build) run in threads, so the
bot's commands are answered while a poll runs.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from ..config import Paths
from . import IntakeError
from .fetch import Fetcher
from .page import Page, accepts_page

if TYPE_CHECKING:
    from ..articles import Added, Incoming
    from ..extract import ArticleResult
    from ..state import Feed, State

BACKOFF_MINUTES = (1, 2, 5, 10, 30)  # as briefing channels back off (discord_app/briefing_runner.py)
CONCURRENT_PAGES = 4
SKIP_REASONS = {"off-topic": "lạc đề", "not-vietnamese": "không phải tiếng Việt", "not-article": "không phải bài báo"}


def _now() -> datetime:
    return datetime.now(UTC)


async def fetch_page(fetcher: Fetcher, url: str) -> Page:
    """The article at ``url``: fetched, then its main text and metadata extracted (in a thread)."""
    from .page import extract_page

    resp = await fetcher.get(url, accept=accepts_page, what="trang")
    if resp.text is None or not resp.text.strip():
        raise IntakeError(f"{url[:200]}: trang rỗng", reason="not-article")
    return await asyncio.to_thread(extract_page, resp.text, resp.url, resp.content_type)


def incoming(page: Page, published: str = "") -> Incoming:
    from ..articles import Incoming

    return Incoming(page.text, url=page.url, published=published or page.published, title=page.title,
                    outlet=page.site, url_basis="fetched")


async def add_url(where: Paths, url: str, published: str = "", fetcher: Fetcher | None = None) -> tuple[Page, Added]:
    """Fetch the article at ``url`` and add it; raises IntakeError, AddError or IngestError with nothing added."""
    from ..articles import add_text, check_published

    check_published(published)
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        page = await fetch_page(fetcher, url)
    finally:
        if own:
            await fetcher.close()
    item = incoming(page, published)
    added = await asyncio.to_thread(add_text, where, item.text, url=item.url, published=item.published,
                                    title=item.title, outlet=item.outlet, url_basis=item.url_basis)
    return page, added


@dataclass
class Preview:
    """What adding a page would add, worked out without adding it (for ``/admin add`` to show first)."""

    page: Page
    item: Incoming
    result: ArticleResult
    copy_of: tuple[str, float] | None


def preview(where: Paths, page: Page, published: str = "") -> Preview:
    """Extraction of the page's text as ``add`` would do it, and the article it copies if any; changes nothing."""
    from ..articles import AddError, check_published, recognise
    from ..extract import extract_article
    from ..extract.reading import looks_vietnamese
    from ..gazetteer import load_gazetteer

    check_published(published)
    item = incoming(page, published)
    if not looks_vietnamese(item.text):
        raise AddError("không phải bài báo tiếng Việt (quá ít chữ có dấu tiếng Việt)")
    result = extract_article(item.text, "xem-truoc", load_gazetteer(where.data), "", item.published)
    result.title = item.title or result.title
    return Preview(page, item, result, recognise(where, item.text))


# -- polling feeds ---------------------------------------------------------------------------------


def due(feeds: list[Feed], now: datetime, minutes: float) -> list[Feed]:
    """Feeds to poll now: a healthy one every ``minutes``, a failing one once its back-off is over."""
    out = []
    for f in feeds:
        if f.failing and f.retry_at:
            if f.retry_at <= now.isoformat():
                out.append(f)
        elif not f.last_polled or datetime.fromisoformat(f.last_polled) + timedelta(minutes=minutes) <= now:
            out.append(f)
    return out


def next_due(feeds: list[Feed], now: datetime, minutes: float) -> float:
    """Seconds until a feed is next due (at most ``minutes``)."""
    times = [datetime.fromisoformat(f.retry_at) if f.failing and f.retry_at else
             datetime.fromisoformat(f.last_polled) + timedelta(minutes=minutes) if f.last_polled else now
             for f in feeds]
    soonest = min(times, default=now + timedelta(minutes=minutes))
    return min(max((soonest - now).total_seconds(), 1.0), minutes * 60)

@dataclass
class Outcome:
    feed: str
    entry: str
    link: str
    outcome: str  # added, copy, skipped, retry
    reason: str = ""
    article_id: str = ""
    meetings: int = 0


@dataclass
class PollReport:
    feeds: int = 0
    outcomes: list[Outcome] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (feed, why)
    meetings: int = 0
    seconds: float = 0.0

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    def summary(self) -> str:
        skipped = [o for o in self.outcomes if o.outcome == "skipped"]
        reasons: dict[str, int] = {}
        for o in skipped:
            reasons[o.reason] = reasons.get(o.reason, 0) + 1
        why = ", ".join(f"{SKIP_REASONS.get(r, r)} {n}" for r, n in sorted(reasons.items()))
        return (f"{self.feeds} nguồn tin, {len(self.outcomes)} mục mới: thêm {self.count('added')} bài"
                f" ({self.meetings} cuộc gặp), {self.count('copy')} bản đăng lại, bỏ qua {len(skipped)}"
                + (f" ({why})" if why else "") + (f", {self.count('retry')} sẽ thử lại" if self.count("retry") else "")
                + (f"; {len(self.failed)} nguồn tin lỗi" if self.failed else "") + f"; {self.seconds:.1f} s")


def backoff(failures: int, retry_after: float | None) -> timedelta:
    """How long a failing feed waits: 1, 2, 5, 10, then 30 minutes, or longer if its server asked."""
    delay = timedelta(minutes=BACKOFF_MINUTES[min(failures, len(BACKOFF_MINUTES) - 1)])
    return max(delay, timedelta(seconds=retry_after or 0))


def _line(o: Outcome) -> str:
    if o.outcome == "added":
        return f"đã thêm {o.article_id} ({o.meetings} cuộc gặp): {o.link}"
    if o.outcome == "copy":
        return f"bản đăng lại của {o.article_id}: {o.link}"
    if o.outcome == "retry":
        return f"lỗi, sẽ thử lại ({o.reason}): {o.link}"
    return f"bỏ qua ({SKIP_REASONS.get(o.reason, o.reason)}): {o.link}"


async def poll(where: Paths, state: State, *, fetcher: Fetcher | None = None, only: list[str] | None = None,
               now: Callable[[], datetime] = _now,
               progress: Callable[[int, int, str], None] | None = None) -> PollReport:
    """One pass over the followed feeds (or the ``only`` ones, when the bot polls those that are due).

    Nothing is written when nothing is new: no article file, no data file, no database, no state.
    ``progress(done, total, line)`` is told about each entry as it is dealt with.
    """
    from .feeds import accepts_feed, parse_feed
    from .relevance import judge, load_lexicon

    started = time.perf_counter()
    report = PollReport()
    feeds = await state.feeds()
    if only is not None:
        feeds = [f for f in feeds if f.url in only]
    report.feeds = len(feeds)
    if not feeds:
        return report
    lexicon = load_lexicon(where.data)
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        fresh: list[tuple[Feed, str | None, str | None, str]] = []  # feeds read: validators and title to record
        todo: list[tuple[str, str, str]] = []  # (feed, entry key, link)
        links: set[str] = set()
        for feed in feeds:
            try:
                resp = await fetcher.get(feed.url, etag=feed.etag, last_modified=feed.last_modified,
                                         accept=accepts_feed, what="nguồn tin")
                if resp.not_modified:
                    if feed.failing:
                        fresh.append((feed, feed.etag, feed.last_modified, feed.title))
                    continue
                parsed = await asyncio.to_thread(parse_feed, resp.body, resp.url)
            except IntakeError as exc:
                report.failed.append((feed.url, str(exc)))
                retry = now() + backoff(feed.failures, exc.retry_after)
                await state.feed_failed(feed.url, when=now().isoformat(), reason=str(exc)[:300], retry_at=retry.isoformat())
                continue
            entries, keys = [], set()
            for e in parsed.entries:  # an entry repeated in the feed, or in another feed of this poll, once
                if e.link not in links and e.key not in keys:
                    entries.append(e)
                    links.add(e.link)
                    keys.add(e.key)
            seen_keys, seen_links = await state.seen_entries(feed.url, [e.key for e in entries], [e.link for e in entries])
            new = [e for e in entries if e.key not in seen_keys and e.link not in seen_links]
            todo += [(feed.url, e.key, e.link) for e in new]
            changed = (resp.etag, resp.last_modified, parsed.title) != (feed.etag, feed.last_modified, feed.title)
            if new or changed or feed.failing:
                fresh.append((feed, resp.etag, resp.last_modified, parsed.title))

        total, done = len(todo), 0
        gate = asyncio.Semaphore(CONCURRENT_PAGES)

        async def take(feed_url: str, key: str, link: str) -> tuple[Outcome, Incoming | None]:
            nonlocal done
            async with gate:
                try:
                    page = await fetch_page(fetcher, link)
                    why = judge(page.text, lexicon)
                    result = (Outcome(feed_url, key, link, "skipped", why[0]), None) if why else \
                        (Outcome(feed_url, key, link, "added"), incoming(page))
                except IntakeError as exc:
                    transient = exc.reason in ("timeout", "connect", "http") or exc.reason in (
                        "http-429", "http-500", "http-502", "http-503", "http-504", "robots")
                    reason = "not-article" if exc.reason == "not-article" else exc.reason
                    result = (Outcome(feed_url, key, link, "retry" if transient else "skipped", reason), None)
            done += 1
            if progress is not None and result[1] is None:
                progress(done, total, _line(result[0]))
            return result

        taken = await asyncio.gather(*(take(*t) for t in todo))
    finally:
        if own:
            await fetcher.close()
    wanted = [(o, item) for o, item in taken if item is not None]
    if wanted:
        from ..articles import add_texts

        results = await asyncio.to_thread(add_texts, where, [item for _, item in wanted])
        for (o, _), added in zip(wanted, results, strict=True):
            if added.refused:
                o.outcome, o.reason = "skipped", "not-vietnamese" if "tiếng Việt" in added.refused else "not-article"
            elif added.duplicate_of:
                o.outcome, o.article_id = "copy", added.duplicate_of
            else:
                o.article_id = added.article_id
                o.meetings = len(added.result.meetings) if added.result else 0
                report.meetings += o.meetings
            if progress is not None:
                progress(total, total, _line(o))
    report.outcomes = [o for o, _ in taken]
    when = now().isoformat()
    if report.outcomes:
        await state.record_entries([(o.feed, o.entry, o.link, when, o.outcome, o.reason, o.article_id)
                                    for o in report.outcomes])
    for feed, etag, last_modified, title in fresh:
        await state.feed_polled(feed.url, when=when, etag=etag, last_modified=last_modified, title=title)
    report.seconds = time.perf_counter() - started
    return report
