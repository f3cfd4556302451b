"""``/review``: an editor pages through what extraction was unsure of and accepts, rejects or fixes it.

Manage Server, checked in the code; private.  Each item shows its sentence of evidence.  A decision is
taken by ``python -m bot review`` in a child process (it extracts every article again and rebuilds the
database, work that must not hold up the bot's answers), with the editor's Discord id as who decided.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from ..render import escape
from .briefing_commands import _reply
from .checks import guild_admin
from .intake_process import failure, run_cli

if TYPE_CHECKING:
    from ..review import Item
    from .client import BriefBot

log = logging.getLogger("briefbot.commands")
REVIEW_TIMEOUT = 600.0
DECIDE_TIMEOUT = 300.0
NOT_YOURS = "Chỉ người đã gọi /review mới dùng được các nút này; hãy tự gõ /review."
LABELS = {"name": "Tên", "title": "Chức danh", "side": "Bên (vn, us hoặc other)", "date": "Ngày (YYYY-MM-DD)"}
SIDE_NAMES = {"vn": "Việt Nam", "us": "Hoa Kỳ", "other": "bên khác / không rõ"}


def render(items: list[Item], index: int) -> str:
    from ..review import KINDS

    if not items:
        return "Không còn gì chờ xem xét."
    item = items[index]
    lines = [f"**Mục {index + 1}/{len(items)} chờ xem xét — {KINDS[item.kind]}**",
             f"Bài: {escape(item.article)}" + (f" · cuộc gặp {escape(item.meeting)}" if item.meeting else "")]
    facts = [f"{LABELS[k].split(' (')[0]}: {escape(v)}" for k, v in (("name", item.name), ("title", item.title))
             if v] + ([f"Bên: {SIDE_NAMES.get(item.side, item.side)}"] if item.side else [])
    if facts:
        lines.append(" · ".join(facts))
    if item.evidence:
        lines.append(f"> {escape(item.evidence[:900])}")
    lines.append(f"Sửa được: {', '.join(LABELS[k].split(' (')[0].lower() for k in item.fixable)}")
    return "\n".join(lines)[:1900]


class FixModal(discord.ui.Modal):
    def __init__(self, view: ReviewView, item: Item) -> None:
        super().__init__(title="Sửa mục chờ xem xét", timeout=REVIEW_TIMEOUT)
        self.review = view
        self.inputs: dict[str, discord.ui.TextInput] = {}
        for key in item.fixable:
            current = {"name": item.name, "title": item.title, "side": item.side, "date": ""}[key]
            field: discord.ui.TextInput = discord.ui.TextInput(label=LABELS[key], default=current[:200] or None,
                                                               required=False, max_length=200)
            self.inputs[key] = field
            self.add_item(field)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await self.review.decide(interaction, "fix", {k: str(f.value or "") for k, f in self.inputs.items()})

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        from .respond import report_error

        await report_error(interaction, error)


class ReviewView(discord.ui.View):
    """One pending item at a time, for the editor who asked; decisions go through the command line."""

    def __init__(self, owner_id: int, items: list[Item]) -> None:
        super().__init__(timeout=REVIEW_TIMEOUT)
        self.owner_id = owner_id
        self.items = items
        self.index = 0
        self._show()

    def _show(self) -> None:
        empty = not self.items
        self.previous.disabled = empty or self.index == 0
        self.next.disabled = empty or self.index >= len(self.items) - 1
        for b in (self.accept, self.reject, self.fix):
            b.disabled = empty

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(NOT_YOURS, ephemeral=True)
        return False

    @discord.ui.button(label="◀", style=discord.ButtonStyle.secondary, row=0)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.index = max(0, self.index - 1)
        self._show()
        await interaction.response.edit_message(content=render(self.items, self.index), view=self)

    @discord.ui.button(label="▶", style=discord.ButtonStyle.secondary, row=0)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.index = min(len(self.items) - 1, self.index + 1)
        self._show()
        await interaction.response.edit_message(content=render(self.items, self.index), view=self)

    @discord.ui.button(label="Chấp nhận", style=discord.ButtonStyle.success, row=1)
    async def accept(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self.decide(interaction, "accept")

    @discord.ui.button(label="Bỏ qua", style=discord.ButtonStyle.danger, row=1)
    async def reject(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self.decide(interaction, "reject")

    @discord.ui.button(label="Sửa", style=discord.ButtonStyle.primary, row=1)
    async def fix(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.send_modal(FixModal(self, self.items[self.index]))

    async def decide(self, interaction: discord.Interaction, action: str, fix: dict[str, str] | None = None) -> None:
        from ..review import pending

        bot: BriefBot = interaction.client  # type: ignore[assignment]
        item = self.items[self.index]
        await interaction.response.defer()  # extraction and the build take longer than Discord's 3 seconds
        args = ["review", action, item.key, "--by", f"discord:{interaction.user.id} ({interaction.user.name})"[:120]]
        for key, value in (fix or {}).items():
            if value.strip():
                args += [f"--{key}", value.strip()]
        try:
            code, out, err = await run_cli(bot, *args, timeout=DECIDE_TIMEOUT)
        except TimeoutError:
            code, out, err = 1, "", "lỗi: việc ghi quyết định quá lâu; hãy thử lại"
        done = escape(out.strip()) if code == 0 else f"Chưa ghi: {escape(failure(code, err)[:500])}"
        await bot.get_store()  # the rebuilt database
        self.items = await asyncio.to_thread(pending, bot.where)
        self.index = min(self.index, max(0, len(self.items) - 1))
        self._show()
        log.info("command=/review user=%s action=%s item=%s outcome=%s", interaction.user.id, action,
                 item.key[:80], "ok" if code == 0 else "refused")
        await interaction.edit_original_response(content=f"{done}\n\n{render(self.items, self.index)}"[:2000], view=self)

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]) -> None:
        from .respond import report_error

        await report_error(interaction, error)


def review_command() -> app_commands.Command:
    @app_commands.command(name="review", description="Review what extraction was unsure of (Manage Server)")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @guild_admin()
    async def review(interaction: discord.Interaction) -> None:
        from ..review import pending

        started = time.perf_counter()
        bot: BriefBot = interaction.client  # type: ignore[assignment]
        items = await asyncio.to_thread(pending, bot.where)
        if not items:
            await _reply(interaction, "Không còn gì chờ xem xét.", started=started)
            return
        view = ReviewView(interaction.user.id, items)
        await interaction.response.send_message(render(items, 0), view=view, ephemeral=True,
                                                allowed_mentions=discord.AllowedMentions.none())
        log.info("command=/review user=%s guild=%s latency_ms=%.1f outcome=ok private=True items=%d",
                 interaction.user.id, interaction.guild_id, (time.perf_counter() - started) * 1000, len(items))
    return review
