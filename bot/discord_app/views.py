"""The one list view (pages and details on demand), and the conversion of a Reply into what a Discord message carries."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import discord

from .. import handlers
from ..render import Reply, embed, source_links
from ..text import clip_words

if TYPE_CHECKING:
    from .client import BriefBot

Fetch = Callable[[int], Awaitable[Reply]]
PAGE_TIMEOUT = 180.0
NOT_YOURS = "Chỉ người đã hỏi mới dùng được các nút và menu này; hãy tự gõ lệnh để có bảng của riêng bạn."
DETAILS_PLACEHOLDER = "Xem chi tiết…"
GONE = "Cuộc gặp này không còn trong dữ liệu (dữ liệu vừa được xây lại); hãy gõ lại lệnh."
log = logging.getLogger("briefbot.commands")


def link_buttons(reply: Reply) -> list[discord.ui.Button]:
    """A button per source article that is a web page (at most one row of five)."""
    return [discord.ui.Button(style=discord.ButtonStyle.link, url=url, label=("Bài gốc: " + title)[:80], row=1)
            for title, url in source_links(reply)[:5] if len(url) <= 512]


class Details(discord.ui.Select):
    """"Xem chi tiết…": one option per meeting on the page; the chosen one is shown in full, privately."""

    def __init__(self, reply: Reply) -> None:
        options = [discord.SelectOption(label=handlers.meeting_choice(m), value=str(n),
                                        description=clip_words(m.get("summary") or "", 100) or None)
                   for n, m in enumerate(reply.meetings[:25])]
        super().__init__(placeholder=DETAILS_PLACEHOLDER, options=options, row=2)
        self.ids = [m["id"] for m in reply.meetings[:25]]

    async def callback(self, interaction: discord.Interaction) -> None:
        started = time.perf_counter()
        chosen = self.values[0] if self.values else ""
        index = int(chosen) if chosen.isascii() and chosen.isdigit() and len(chosen) < 3 else -1
        if not 0 <= index < len(self.ids):  # not an option this menu offered
            reply = Reply("meeting", False, "Hãy chọn một cuộc gặp trong menu.")
        else:
            bot: BriefBot = interaction.client  # type: ignore[assignment]
            reply = await handlers.meeting(await bot.get_store(), self.ids[index])
            if not reply.ok:
                reply = Reply("meeting", False, GONE)
        await send_details(interaction, reply)
        log.info("command=/meeting (menu) user=%s guild=%s latency_ms=%.1f outcome=%s private=True",
                 interaction.user.id, interaction.guild_id, (time.perf_counter() - started) * 1000,
                 "ok" if reply.ok else "invalid")


async def send_details(interaction: discord.Interaction, reply: Reply) -> None:
    """A meeting in full, only to whoever asked (from the menu under a list)."""
    if not reply.ok:
        await interaction.response.send_message(reply.message[:2000], ephemeral=True)
        return
    embed_, view = message_parts(reply, interaction.user.id, None)
    await interaction.response.send_message(embed=embed_, ephemeral=True, **({"view": view} if view else {}))


class Pager(discord.ui.View):
    """A list's controls: previous/next when it has pages, the details menu, the source links.

    Only the asker can use them; they disable themselves after PAGE_TIMEOUT without use.
    """

    def __init__(self, owner_id: int, fetch: Fetch, reply: Reply) -> None:
        super().__init__(timeout=PAGE_TIMEOUT)
        self.owner_id = owner_id
        self.fetch = fetch
        self.page, self.pages = reply.page, reply.pages  # not the reply: a view lives for minutes, kept small
        self.origin: discord.Interaction | None = None  # the command's interaction, to edit the message on timeout
        if reply.pages <= 1:
            self.remove_item(self.previous)
            self.remove_item(self.next)
        self._show(reply)

    def _show(self, reply: Reply) -> None:
        self.page, self.pages = reply.page, reply.pages
        self.previous.disabled = reply.page <= 1
        self.next.disabled = reply.page >= reply.pages
        for item in [i for i in self.children if (isinstance(i, discord.ui.Button) and i.url) or isinstance(i, Details)]:
            self.remove_item(item)
        for b in link_buttons(reply):
            self.add_item(b)
        if reply.meetings:
            self.add_item(Details(reply))

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(NOT_YOURS, ephemeral=True)
        return False

    @discord.ui.button(label="◀ Trước", style=discord.ButtonStyle.secondary, row=0)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._turn(interaction, -1)

    @discord.ui.button(label="Sau ▶", style=discord.ButtonStyle.secondary, row=0)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._turn(interaction, +1)

    async def _turn(self, interaction: discord.Interaction, step: int) -> None:
        reply = await self.fetch(min(max(1, self.page + step), self.pages))
        if not reply.ok:  # the data changed under the pager (a rebuild): say so, keep the page shown
            await interaction.response.send_message(reply.message[:2000], ephemeral=True)
            return
        self._show(reply)
        await interaction.response.edit_message(embed=discord.Embed.from_dict(embed(reply)), view=self)

    async def on_timeout(self) -> None:
        for item in self.children:
            if not (isinstance(item, discord.ui.Button) and item.url):
                item.disabled = True  # type: ignore[attr-defined]
        if self.origin is not None:
            try:
                await self.origin.edit_original_response(view=self)
            except discord.HTTPException:
                pass  # the message was deleted or the token expired: nothing left to disable

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]) -> None:
        from .respond import report_error

        await report_error(interaction, error)


def message_parts(reply: Reply, owner_id: int, fetch: Fetch | None) -> tuple[discord.Embed, discord.ui.View | None]:
    """The embed and the controls (pager, details menu, source links) of a reply."""
    if fetch is not None and (reply.pages > 1 or reply.meetings):
        return discord.Embed.from_dict(embed(reply)), Pager(owner_id, fetch, reply)
    links = link_buttons(reply)
    if not links:
        return discord.Embed.from_dict(embed(reply)), None
    view = discord.ui.View(timeout=None)
    for b in links:
        view.add_item(b)
    return discord.Embed.from_dict(embed(reply)), view
