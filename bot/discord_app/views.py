"""The one paginator, and the conversion of a Reply into what a Discord message carries."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import discord

from ..render import Reply, embed, source_links

Fetch = Callable[[int], Awaitable[Reply]]
PAGE_TIMEOUT = 180.0
NOT_YOURS = "Chỉ người đã hỏi mới lật được trang này; hãy tự gõ lệnh để có bảng của riêng bạn."


def link_buttons(reply: Reply) -> list[discord.ui.Button]:
    """A button per source article that is a web page (at most one row of five)."""
    return [discord.ui.Button(style=discord.ButtonStyle.link, url=url, label=("Bài gốc: " + title)[:80], row=1)
            for title, url in source_links(reply)[:5] if len(url) <= 512]


class Pager(discord.ui.View):
    """Previous/next buttons that only the asker can press; they disable themselves after a while."""

    def __init__(self, owner_id: int, fetch: Fetch, reply: Reply) -> None:
        super().__init__(timeout=PAGE_TIMEOUT)
        self.owner_id = owner_id
        self.fetch = fetch
        self.reply = reply
        self.origin: discord.Interaction | None = None  # the command's interaction, to edit the message on timeout
        self._show(reply)

    def _show(self, reply: Reply) -> None:
        self.reply = reply
        self.previous.disabled = reply.page <= 1
        self.next.disabled = reply.page >= reply.pages
        for item in [i for i in self.children if isinstance(i, discord.ui.Button) and i.url]:
            self.remove_item(item)
        for b in link_buttons(reply):
            self.add_item(b)

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
        reply = await self.fetch(min(max(1, self.reply.page + step), self.reply.pages))
        if not reply.ok:  # the data changed under the pager (a rebuild): say so, keep the page shown
            await interaction.response.send_message(reply.message[:2000], ephemeral=True)
            return
        self._show(reply)
        await interaction.response.edit_message(embed=discord.Embed.from_dict(embed(reply)), view=self)

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button) and not item.url:
                item.disabled = True
        if self.origin is not None:
            try:
                await self.origin.edit_original_response(view=self)
            except discord.HTTPException:
                pass  # the message was deleted or the token expired: nothing left to disable

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]) -> None:
        from .respond import report_error

        await report_error(interaction, error)


def message_parts(reply: Reply, owner_id: int, fetch: Fetch) -> tuple[discord.Embed, discord.ui.View | None]:
    """The embed and the buttons (pager, source links) of a reply."""
    if reply.pages > 1:
        return discord.Embed.from_dict(embed(reply)), Pager(owner_id, fetch, reply)
    links = link_buttons(reply)
    if not links:
        return discord.Embed.from_dict(embed(reply)), None
    view = discord.ui.View(timeout=None)
    for b in links:
        view.add_item(b)
    return discord.Embed.from_dict(embed(reply)), view
