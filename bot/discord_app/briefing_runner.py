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

from ..briefings import Part, Subscription, compose, due, matches, utc_now
from ..render import escape
from ..state import State
from ..store import Store

if TYPE_CHECKING:
    from .client import BriefBot

log = logging.getLogger("briefbot.briefings")
TICK_SECONDS = 30.0
BACKOFF_MINUTES = (1, 2, 5, 10, 30)
ALERT_LINES = 10


class Briefer:
    def __init__(self, bot: BriefBot, clock: Callable[[], datetime] = utc_now) -> None:
        self.bot = bot
        self.clock = clock
        self.retry_at: dict[int, datetime] = {}
        self.failures: dict[int, int] = {}
        self.data_changed = asyncio.Event()
        self.data_changed.set()  # look at the data once at start

    @property
    def state(self) -> State:
        """The bot's state file, opened in setup_hook before the briefer starts."""
        assert self.bot.state is not None
        return self.bot.state

    async def run(self) -> None:
        """Forever: notice new data (alerts), send what is due; errors are logged, never fatal."""
        while True:
            try:
                await self.tick()
            except Exception:  # the scheduler must outlive any one bad tick
                log.exception("briefing tick failed")
            try:
                await asyncio.wait_for(self.data_changed.wait(), TICK_SECONDS)
            except TimeoutError:
                pass

    async def tick(self) -> None:
        store = await self.bot.get_store()
        if self.data_changed.is_set():
            self.data_changed.clear()
            await self.look(store)
        now = self.clock()
        for sub in await self.state.subscriptions():
            slot = due(sub, now)
            if slot is None or self.retry_at.get(sub.channel_id, now) > now:
                continue
            await self.send(store, sub, slot.isoformat())

    async def look(self, store: Store) -> list[str]:
        """Date what is new in the database; alert the channels that asked. The very first look only records."""
        first_look = await self.state.get("briefings:baseline") is None
        new = await self.state.record_known(await store.item_ids(), self.clock().isoformat())
        if first_look:
            await self.state.put("briefings:baseline", self.clock().isoformat())
            return []
        if new:
            log.info("data: %d new meetings and rounds", len(new))
            for sub in await self.state.subscriptions():
                if sub.alerts and not sub.failing:
                    await self.alert(store, sub, new)
        return new

    async def parts(self, store: Store, sub: Subscription, slot: str) -> tuple[list[Part], list[str]]:
        """The messages of a channel's briefing, and every item considered (sent or filtered out)."""
        considered = await self.state.unbriefed(sub.channel_id, sub.created_at)
        rounds, meetings = await store.items(considered)
        rounds = [r for r in rounds if matches(r, sub.filters)]
        meetings = [m for m in meetings if matches(m, sub.filters)]
        title = "Bản tin đàm phán thương mại Việt Nam – Hoa Kỳ"
        return compose(title, rounds, meetings, sub.channel_id, slot), considered

    async def send(self, store: Store, sub: Subscription, slot: str) -> bool:
        """Send a channel's briefing for a slot; True when the slot is done (sent, or nothing to send)."""
        parts, considered = await self.parts(store, sub, slot)
        for part in parts:
            if not await self._post(sub, part):
                return False
            await self.state.mark_briefed(sub.channel_id, part.items)
        await self.state.mark_briefed(sub.channel_id, considered)  # filtered-out items are not "new" next time
        await self.state.mark_slot(sub.channel_id, slot)
        self.failures.pop(sub.channel_id, None)
        self.retry_at.pop(sub.channel_id, None)
        log.info("briefing channel=%s slot=%s messages=%d outcome=%s", sub.channel_id, slot, len(parts),
                 "sent" if parts else "nothing-new")
        return True

    async def alert(self, store: Store, sub: Subscription, new: list[str]) -> None:
        rounds, meetings = await store.items(new)
        meetings = [m for m in meetings if matches(m, sub.filters)]
        rounds = [r for r in rounds if matches(r, sub.filters)]
        if not meetings and not rounds:
            return
        key = hashlib.sha256("|".join(sorted(new)).encode()).hexdigest()[:16]
        parts = compose(f"Mới thêm: {len(rounds) + len(meetings)} mục", rounds, meetings[:ALERT_LINES],
                        sub.channel_id, f"alert:{key}")[:1]
        if len(meetings) > ALERT_LINES:
            parts[0].embed["description"] += f"\n… và {len(meetings) - ALERT_LINES} cuộc gặp khác."
        if await self._post(sub, parts[0]):
            log.info("alert channel=%s items=%d outcome=sent", sub.channel_id, len(rounds) + len(meetings))

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
