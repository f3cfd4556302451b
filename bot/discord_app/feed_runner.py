"""Polling the followed feeds: a background task beside the commands, as the briefings are.

Each feed is polled every ``BRIEFBOT_FEED_MINUTES`` (default 15); a failing one backs off (1, 2, 5, 10,
then 30 minutes, or longer if its server asked) and admins are told at the top of their next ``/feeds``
or ``/briefing`` answer.  The slow steps of a poll run in threads, so commands are answered meanwhile.
A poll that added meetings reopens the store, which wakes the briefer: channels with alerts get them once.

Nothing of the intake is imported until there is a feed to poll: a bot that follows none keeps the
memory of one without the intake.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..briefings import utc_now

if TYPE_CHECKING:
    from .client import BriefBot

log = logging.getLogger("briefbot.feeds")


class FeedPoller:
    def __init__(self, bot: BriefBot, minutes: float, clock: Callable[[], datetime] = utc_now) -> None:
        self.bot = bot
        self.minutes = minutes
        self.clock = clock
        self.wake = asyncio.Event()  # set by /feeds add: poll the new feed now
        self.polling = asyncio.Lock()

    async def run(self) -> None:
        """Forever: poll the feeds that are due, then sleep until the next one is; errors are logged, never fatal."""
        while True:
            wait = self.minutes * 60
            try:
                wait = await self.tick()
            except Exception:  # the poller must outlive any one bad poll
                log.exception("feed poll failed")
            try:
                await asyncio.wait_for(self.wake.wait(), wait)
            except TimeoutError:
                pass
            self.wake.clear()

    async def tick(self) -> float:
        """Poll what is due now; the seconds until something is due again."""
        assert self.bot.state is not None
        feeds = await self.bot.state.feeds()
        if not feeds:
            return self.minutes * 60
        from ..intake.pipeline import due, next_due

        now = self.clock()
        ready = due(feeds, now, self.minutes)
        if ready:
            await self.poll([f.url for f in ready])
            feeds = await self.bot.state.feeds()
        return next_due(feeds, self.clock(), self.minutes)

    async def poll(self, only: list[str] | None = None) -> Any:
        """One poll (of ``only`` these feeds, or all); a poll that added articles reopens the store (alerts)."""
        from ..intake.pipeline import poll

        assert self.bot.state is not None
        async with self.polling:  # the schedule and /feeds add never poll side by side
            report = await poll(self.bot.where, self.bot.state, only=only, now=self.clock)
        for feed, why in report.failed:
            log.warning("feed=%s outcome=failing reason=%s", feed, why[:200])
        if report.outcomes:
            log.info("feeds: %s", report.summary())
        if report.count("added") or report.count("copy"):
            await self.bot.get_store()  # the database was rebuilt: reopening it tells the briefer (alerts)
        return report
