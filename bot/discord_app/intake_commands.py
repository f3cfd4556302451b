"""``/admin add <url>`` and ``/feeds``: articles by address and followed feeds, for those with Manage Server.

``/admin add`` first shows, privately, what the page holds (meetings, rounds, new people) with a button
to confirm; only then is the article added, through the one path for adding articles.  Every ``/feeds``
answer is private and starts with the feeds that are failing, as ``/briefing`` answers do.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from ..render import KIND, escape, format_date
from ..text import fold
from .briefing_commands import _reply
from .checks import can_manage, guild_admin
from .intake_process import failure, run_cli

if TYPE_CHECKING:
    from ..intake.pipeline import Preview
    from ..state import State
    from .client import BriefBot

log = logging.getLogger("briefbot.commands")
CONFIRM_TIMEOUT = 180.0
PAGE_TIMEOUT = 120.0  # the child process's fetch is capped at 20 s a request; this is for a stuck one
NOT_YOURS = "Chỉ người đã gọi lệnh mới xác nhận được; hãy tự gõ /admin add."


def _bot(interaction: discord.Interaction) -> BriefBot:
    return interaction.client  # type: ignore[return-value]


def _state(interaction: discord.Interaction) -> State:
    state = _bot(interaction).state
    assert state is not None, "opened in setup_hook, before any interaction"
    return state


async def feeds_notice(interaction: discord.Interaction) -> str:
    """For those who can fix it: the followed feeds that are failing, and what to do."""
    if not can_manage(interaction):
        return ""
    failing = [f for f in await _state(interaction).feeds() if f.failing]
    return "".join(f"⚠ Nguồn tin {escape(f.url[:200])} đang lỗi ({f.failures} lần): {escape((f.failing or '')[:300])}."
                   " Bot sẽ tự thử lại; /feeds remove để bỏ nguồn này.\n" for f in failing)


def describe_preview(p: Preview) -> str:
    """What adding the page would add, for a person to check before confirming."""
    r = p.result
    published = format_date(p.page.published) if p.page.published else "không rõ ngày"
    lines = [f"**{escape(p.page.title or r.title)[:200]}** — {escape(p.page.site)[:80]}, đăng {published}",
             f"Địa chỉ: {escape(p.page.url[:300])}"]
    if p.copy_of:
        article, score = p.copy_of
        lines.append(f"Bài này đã có: {escape(article)} ({'cùng nội dung' if score >= 1 else f'bản đăng lại, giống {score:.0%}'})"
                     "; xác nhận sẽ chỉ ghi thêm địa chỉ này cho bài đó.")
    lines.append(f"Cuộc gặp ({len(r.meetings)}):" if r.meetings else "Không tìm thấy cuộc gặp nào.")
    for m in r.meetings[:10]:
        who = [f"{x.name or x.title}" for x in m.people] + [o.name for o in m.organizations]
        when = format_date(m.date.iso) if m.date.iso else "chưa rõ ngày"
        lines.append(f"• {when} · {KIND.get(m.kind, m.kind)}" + (f" · {escape(m.place)}" if m.place else "")
                     + f" — {escape('; '.join(who))[:300]}" + (f" (vòng {m.round})" if m.round else ""))
    for rnd in r.rounds[:5]:
        lines.append(f"◆ Vòng {rnd.number}: " + (format_date(rnd.start.iso) if rnd.start.iso else "chưa rõ ngày"))
    if r.new_people:
        lines.append("Người mới (chưa có trong danh bạ): " + escape(", ".join(
            f"{n.name} ({n.title})" if n.title else n.name for n in r.new_people[:10]))[:400])
    return "\n".join(lines)


class ConfirmAdd(discord.ui.View):
    """Add / cancel, for the admin who asked; the buttons disable themselves after a while."""

    def __init__(self, owner_id: int, preview: Preview) -> None:
        super().__init__(timeout=CONFIRM_TIMEOUT)
        self.owner_id = owner_id
        self.preview = preview
        self.origin: discord.Interaction | None = None

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(NOT_YOURS, ephemeral=True)
        return False

    @discord.ui.button(label="Thêm bài này", style=discord.ButtonStyle.success)
    async def confirm(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        from ..articles import AddError, add_text
        from ..ingest import IngestError

        self.stop()
        await interaction.response.defer()  # the build may take longer than Discord's 3 seconds
        bot = _bot(interaction)
        item = self.preview.item
        try:
            added = await asyncio.to_thread(add_text, bot.where, item.text, url=item.url, published=item.published,
                                            title=item.title, outlet=item.outlet, url_basis=item.url_basis)
        except (AddError, IngestError) as exc:
            text = f"Không thêm được: {escape(str(exc)[:500])} (dữ liệu vẫn như cũ)."
        else:
            await bot.get_store()  # the new database, and the briefer told (alerts)
            if added.duplicate_of:
                text = (f"Bài này đã có: {escape(added.duplicate_of)}; "
                        + ("đã ghi thêm địa chỉ này cho bài đó." if added.url_recorded else "không thêm gì."))
            else:
                count = len(added.result.meetings) if added.result else 0
                text = f"Đã thêm bài {escape(added.article_id)}: {count} cuộc gặp. Nguồn: {escape(item.url[:300])}"
            log.info("command=/admin add user=%s outcome=added article=%s", interaction.user.id, added.article_id)
        await interaction.edit_original_response(content=text[:2000], view=None)

    @discord.ui.button(label="Huỷ", style=discord.ButtonStyle.secondary)
    async def cancel(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.stop()
        await interaction.response.edit_message(content="Đã huỷ; không thêm gì.", view=None)

    async def on_timeout(self) -> None:
        if self.origin is not None:
            try:
                await self.origin.edit_original_response(view=None)
            except discord.HTTPException:
                pass

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]) -> None:
        from .respond import report_error

        await report_error(interaction, error)


def add_command(admin: app_commands.Group) -> None:
    @admin.command(name="add", description="Add an article by its web address (Manage Server)")
    @app_commands.describe(url="The article's address, http:// or https://")
    @guild_admin()
    async def add(interaction: discord.Interaction, url: app_commands.Range[str, 1, 500]) -> None:
        from ..articles import AddError
        from ..intake import IntakeError
        from ..intake.fetch import precheck
        from ..intake.page import Page
        from ..intake.pipeline import preview

        started = time.perf_counter()
        bot = _bot(interaction)
        try:
            url = precheck(url)
        except IntakeError as exc:
            await _reply(interaction, f"Không thêm được: {escape(str(exc))}", started=started, outcome="invalid")
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:  # the page is read by `python -m bot page` in a child process: trafilatura never loads into the bot
            code, out, err = await run_cli(bot, "page", url, "--json", timeout=PAGE_TIMEOUT)
            if code != 0:
                raise IntakeError(failure(code, err))
            page = Page(**{k: str(v) for k, v in json.loads(out).items()})
            found = await asyncio.to_thread(preview, bot.where, page)
        except (TimeoutError, json.JSONDecodeError, TypeError):
            await _reply(interaction, "Không thêm được: đọc trang quá lâu hoặc không được; hãy thử lại sau.",
                         started=started, outcome="failed")
            return
        except (IntakeError, AddError) as exc:
            await _reply(interaction, f"Không thêm được: {escape(str(exc)[:600])}", started=started, outcome="refused")
            return
        view = ConfirmAdd(interaction.user.id, found)
        content = describe_preview(found)
        if len(content) > 1900:
            content = content[:1900].rsplit("\n", 1)[0] + "\n…"
        await interaction.edit_original_response(content=content + "\n\nThêm bài này vào dữ liệu?", view=view)
        view.origin = interaction
        log.info("command=/admin add user=%s guild=%s latency_ms=%.1f outcome=preview private=True", interaction.user.id,
                 interaction.guild_id, (time.perf_counter() - started) * 1000)


async def suggest_feed(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    q = fold(current or "")
    feeds = await _state(interaction).feeds()
    return [app_commands.Choice(name=(f.title + " — " + f.url if f.title else f.url)[:100], value=f.url[:100])
            for f in feeds if q in fold(f"{f.title} {f.url}") and len(f.url) <= 100][:25]


def feeds_group() -> app_commands.Group:
    group = app_commands.Group(name="feeds", description="Followed news feeds (Manage Server)", guild_only=True,
                               default_permissions=discord.Permissions(manage_guild=True))

    @group.command(name="add", description="Follow an RSS or Atom feed (Manage Server)")
    @app_commands.describe(url="The feed's address, http:// or https://")
    @guild_admin()
    async def add(interaction: discord.Interaction, url: app_commands.Range[str, 1, 500]) -> None:
        from ..intake import IntakeError
        from ..intake.fetch import precheck

        started = time.perf_counter()
        bot = _bot(interaction)
        notice = await feeds_notice(interaction)
        try:
            url = precheck(url)
        except IntakeError as exc:
            await _reply(interaction, notice + f"Không theo dõi được: {escape(str(exc))}", started=started,
                         outcome="invalid")
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:  # `python -m bot feeds add` reads the feed once (a feed that cannot be read now is refused now)
            code, out, err = await run_cli(bot, "feeds", "add", url, "--by", str(interaction.user.id),
                                           timeout=PAGE_TIMEOUT)
        except TimeoutError:
            code, out, err = 1, "", "lỗi: đọc nguồn tin quá lâu; hãy thử lại sau"
        if code != 0:
            await _reply(interaction, notice + f"Không theo dõi được: {escape(failure(code, err)[:600])}",
                         started=started, outcome="refused")
            return
        bot.feeder.wake.set()  # poll it now, not in a quarter of an hour
        first = out.strip().split("\n", 1)[0]
        await _reply(interaction, notice + escape(first) + f" Bot lấy tin mới mỗi {bot.feeder.minutes:g} phút.",
                     started=started)

    @group.command(name="list", description="Followed feeds and what became of their entries (Manage Server)")
    @guild_admin()
    async def list_(interaction: discord.Interaction) -> None:
        from ..cli import feed_line

        started = time.perf_counter()
        feeds = await _state(interaction).feeds()
        notice = await feeds_notice(interaction)
        if not feeds:
            await _reply(interaction, notice + "Chưa theo dõi nguồn tin nào; thêm bằng /feeds add.", started=started)
            return
        lines = [escape(feed_line(f).split("\n", 1)[0]) for f in feeds]
        await _reply(interaction, notice + f"Các nguồn tin đang theo dõi ({len(feeds)}):\n" + "\n".join(lines),
                     started=started)

    @group.command(name="remove", description="Stop following a feed (Manage Server)")
    @app_commands.describe(url="The feed's address")
    @app_commands.autocomplete(url=suggest_feed)
    @guild_admin()
    async def remove(interaction: discord.Interaction, url: app_commands.Range[str, 1, 500]) -> None:
        started = time.perf_counter()
        removed = await _state(interaction).remove_feed(url.strip())
        notice = await feeds_notice(interaction)
        text = f"Đã bỏ theo dõi {escape(url.strip())}." if removed else \
            f"Không theo dõi nguồn tin “{escape(url.strip()[:200])}”; /feeds list cho biết các nguồn đang theo dõi."
        await _reply(interaction, notice + text, started=started, outcome="ok" if removed else "invalid")

    return group
