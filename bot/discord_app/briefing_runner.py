"""Posting briefings and alerts: the I/O around ``briefings.py``.

Runs as one background task beside the commands, so a slow or failing channel never delays an
answer.  Every message carries a nonce derived from the channel, the slot and the part, which
discord.py sends with ``enforce_nonce``: a retry after a crash between posting and recording
cannot post twice.  What a message carried is recorded only once Discord accepted it.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import aiohttp
import discord

from ..briefings import TITLE, Briefing, Part, Subscription, compose, due, mark_unreviewed, utc_now
from ..render import escape
from ..state import State
from ..store import Store

if TYPE_CHECKING:
    from .client import BriefBot

log = logging.getLogger("briefbot.briefings")
TICK_SECONDS = 30.0
BACKOFF_MINUTES = (1, 2, 5, 10, 30)
ALERT_LINES = 10


def current_task_cancelling() -> bool:
    task = asyncio.current_task()
    return task is not None and task.cancelling() > 0


class Briefer:
    def __init__(self, bot: BriefBot, clock: Callable[[], datetime] = utc_now) -> None:
        self.bot = bot
        self.clock = clock
        self.retry_at: dict[int, datetime] = {}
        self.failures: dict[int, int] = {}
        self.data_changed = asyncio.Event()
        self.data_changed.set()  # look at the data once at start
        self.sending = asyncio.Lock()
        self.looking = asyncio.Lock()

    @property
    def state(self) -> State:
        """The bot's state file, opened in setup_hook before the briefer starts."""
        assert self.bot.state is not None
        return self.bot.state

    async def run(self) -> None:
        """Until cancelled: notice new data (alerts), send what is due; errors are logged, never fatal."""
        while True:
            try:
                await self.tick()
            except Exception:  # the scheduler must outlive any one bad tick
                if current_task_cancelling():  # an error raised while stopping is not a reason to go on
                    raise asyncio.CancelledError from None
                log.exception("briefing tick failed")
            try:
                # asyncio.timeout, not wait_for: Python 3.11's wait_for swallows a cancellation that
                # arrives as the event is set, and the bot's close() then waits for this task forever
                async with asyncio.timeout(TICK_SECONDS):
                    await self.data_changed.wait()
            except TimeoutError:
                pass

    async def tick(self) -> None:
        await self.current()
        now = self.clock()
        for sub in await self.state.subscriptions():
            slot = due(sub, now)
            if slot is None or self.retry_at.get(sub.channel_id, now) > now:
                continue
            await self.send(sub, slot.isoformat())

    async def current(self) -> Store:
        """The database as it is now, what is new in it recorded (and alerted) first.

        Every briefing starts here.  "New" is what ``look`` recorded, so a briefing computed before the
        bot looked at a database that ``add`` or ``ingest`` just replaced found nothing new, and the
        look came after it (/briefing send answered "nothing new").  One look at a time: the scheduler
        and a command looking together would each find the same items new and alert twice.
        """
        async with self.looking:
            store = await self.bot.get_store()  # reopens a replaced file, which sets data_changed
            if self.data_changed.is_set():
                self.data_changed.clear()
                await self.look(store)
            return store

    async def _mark(self, meetings: list[dict]) -> None:
        """Mark the meetings no editor has vouched for yet (read from the reviewed data, in a thread)."""
        from ..review import unreviewed_meetings

        if meetings:
            try:
                mark_unreviewed(meetings, await asyncio.to_thread(unreviewed_meetings, self.bot.where))
            except (OSError, ValueError) as exc:  # an unreadable data file costs the marks, not the briefing
                log.warning("review marks unavailable: %s", exc)

    async def look(self, store: Store) -> list[str]:
        """Date what is new in the database; alert the channels that asked. The very first look only records."""
        first_look = await self.state.get("briefings:baseline") is None
        new = await self.state.record_known(store.path, self.clock().isoformat(), listing=not first_look)
        if first_look:
            await self.state.put("briefings:baseline", self.clock().isoformat())
            return []
        if new:
            log.info("data: %d new meetings and rounds", len(new))
            for sub in await self.state.subscriptions():
                if sub.alerts and not sub.failing:
                    await self.alert(store, sub, new)
        return new

    async def briefing(self, sub: Subscription) -> tuple[Briefing, list[str]]:
        """What a channel's next briefing holds, and every item considered (sent, or filtered out).

        New means first seen since the subscription began and not yet sent to this channel; the
        data is looked at first (``current``), so it is the data as it is now.
        """
        store = await self.current()
        considered = await self.state.unbriefed(sub.channel_id, sub.created_at)
        rounds, meetings = await store.items(considered)
        await self._mark(meetings)
        return Briefing.about(TITLE, rounds, meetings, sub.filters), considered

    async def send(self, sub: Subscription, slot: str, *, scheduled: bool = True) -> int | None:
        """Send a channel's briefing; the number of messages posted, or None when it must wait or stop.

        A scheduled slot is marked done once every part was accepted (or there was nothing to send);
        a briefing sent by hand (``/briefing send``) leaves the schedule as it was.
        """
        async with self.sending:  # the schedule and /briefing send never post the same items side by side
            briefing, considered = await self.briefing(sub)
            parts = compose(briefing, sub.channel_id, slot)
            for part in parts:
                if not await self._post(sub, part):
                    return None
                await self.state.mark_briefed(sub.channel_id, part.items)
            await self.state.mark_briefed(sub.channel_id, considered)  # filtered out: not "new" next time either
            if scheduled:
                await self.state.mark_slot(sub.channel_id, slot)
        self.failures.pop(sub.channel_id, None)
        self.retry_at.pop(sub.channel_id, None)
        log.info("briefing channel=%s slot=%s messages=%d outcome=%s", sub.channel_id, slot, len(parts),
                 "sent" if parts else "nothing-new")
        return len(parts)

    async def alert(self, store: Store, sub: Subscription, new: list[str]) -> None:
        """One short post listing what an ingest added; the items still come in the next briefing."""
        rounds, meetings = await store.items(new)
        await self._mark(meetings)
        briefing = Briefing.about("", rounds, meetings, sub.filters)
        if briefing.empty():
            return
        count = len(briefing.rounds) + len(briefing.meetings)
        briefing.title = f"Mới thêm {count} mục vào dữ liệu"
        briefing.meetings = briefing.meetings[-ALERT_LINES:]  # the most recent meetings
        key = hashlib.sha256("|".join(sorted(new)).encode()).hexdigest()[:16]
        part = compose(briefing, sub.channel_id, f"alert:{key}")[0]  # one short post, whatever it holds
        if count > len(part.items):
            part.embed["description"] += f"\n… và {count - len(part.items)} mục khác (sẽ có trong bản tin tới)."
        if await self._post(sub, part):
            log.info("alert channel=%s items=%d outcome=sent", sub.channel_id, count)

    async def confirm(self, sub: Subscription, text: str) -> str | None:
        """Tell a channel it was subscribed, which proves the bot can post there; why not, if it cannot."""
        channel = self.bot.get_partial_messageable(sub.channel_id, guild_id=sub.guild_id)
        try:
            await channel.send(text[:2000], allowed_mentions=discord.AllowedMentions.none())
        except (discord.Forbidden, discord.NotFound) as exc:
            return f"Discord trả lời {exc.status}: kênh không còn hoặc bot không có quyền"
        except (discord.HTTPException, aiohttp.ClientError, TimeoutError) as exc:
            return f"Discord đang lỗi ({getattr(exc, 'status', exc.__class__.__name__)}); hãy thử lại sau ít phút"
        return None

    async def _post(self, sub: Subscription, part: Part) -> bool:
        channel = self.bot.get_partial_messageable(sub.channel_id, guild_id=sub.guild_id)
        try:
            await channel.send(embed=discord.Embed.from_dict(part.embed), nonce=part.nonce,
                               allowed_mentions=discord.AllowedMentions.none())
            return True
        except (discord.Forbidden, discord.NotFound) as exc:
            reason = "kênh không còn hoặc bot không còn quyền gửi" + f" (Discord {exc.status})"
            await self.state.mark_failing(sub.channel_id, reason)
            log.warning("briefing channel=%s outcome=failing status=%s", sub.channel_id, exc.status)
        except (discord.HTTPException, aiohttp.ClientError, TimeoutError) as exc:
            count = self.failures.get(sub.channel_id, 0)
            self.failures[sub.channel_id] = count + 1
            delay = timedelta(minutes=BACKOFF_MINUTES[min(count, len(BACKOFF_MINUTES) - 1)])
            self.retry_at[sub.channel_id] = self.clock() + delay
            log.warning("briefing channel=%s outcome=retry-later in=%s error=%s", sub.channel_id, delay,
                        escape(str(getattr(exc, "status", exc.__class__.__name__))))
        return False
