"""Polling the followed feeds: a background task beside the commands, as the briefings are.

Each feed is polled every ``BRIEFBOT_FEED_MINUTES`` (default 15); a failing one backs off (1, 2, 5, 10,
then 30 minutes, or longer if its server asked) and admins are told at the top of their next ``/feeds``
or ``/briefing`` answer.  A poll that added articles rebuilt the database: the store is reopened, which
wakes the briefer, and channels with alerts get them once.

Each poll is ``python -m bot feeds poll --due`` in a child process (see ``intake_process``): the pages'
main-text extraction and the feed parsing never load into the bot, which keeps the memory of a bot
without the intake, and a poll's CPU never holds up an answer.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from ..briefings import utc_now
from .intake_process import run_cli

if TYPE_CHECKING:
    from .client import BriefBot

log = logging.getLogger("briefbot.feeds")
POLL_TIMEOUT = 1800.0  # a poll still running after half an hour is stuck: killed, and tried again next time


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
                continue
            self.wake.clear()
            try:
                await self.poll()  # a feed was just added: read it now, not in a quarter of an hour
            except Exception:
                log.exception("feed poll failed")

    async def tick(self) -> float:
        """Poll what is due now; the seconds until something is due again."""
        assert self.bot.state is not None
        feeds = await self.bot.state.feeds()
        if not feeds:
            return self.minutes * 60
        from ..intake.pipeline import due, next_due

        if due(feeds, self.clock(), self.minutes):
            await self.poll(due_only=True)
            feeds = await self.bot.state.feeds()
        return next_due(feeds, self.clock(), self.minutes)

    async def poll(self, due_only: bool = False) -> int:
        """One poll in a child process (of the feeds whose turn it is, or all); its exit code.

        A poll that added articles rebuilt the database: reopening it wakes the briefer, which alerts.
        """
        async with self.polling:  # the schedule and /feeds add never poll side by side
            code, out, err = await run_cli(self.bot, "feeds", "poll", *(["--due"] if due_only else []),
                                           timeout=POLL_TIMEOUT)
        for line in out.splitlines():
            log.info("feeds: %s", line)
        for line in err.splitlines():
            log.warning("feeds: %s", line)
        await self.bot.get_store()  # reopened when the poll replaced the database
        return code
