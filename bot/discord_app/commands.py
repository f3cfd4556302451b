"""The slash commands: options parsed by discord.py, answered by the shared handlers.

Written in English (Discord's fallback); ``vi.toml`` gives the Vietnamese names and
descriptions.  Built fresh by ``build_commands`` for each bot, so no command object is
shared between trees.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from .. import chart as chart_drawing
from .. import export as export_files
from .. import handlers
from ..render import Reply
from ..store import Store
from .briefing_commands import briefing_group
from .checks import guild_admin, heavy, heavy_when_charted
from .intake_commands import add_command, feeds_group
from .respond import answer
from .review_commands import review_command
from .views import Fetch

if TYPE_CHECKING:
    from .client import BriefBot

log = logging.getLogger("briefbot.commands")
SERIES_CHOICES = [app_commands.Choice(name="In-person round", value="in_person"),
                  app_commands.Choice(name="Ministerial session", value="ministerial"),
                  app_commands.Choice(name="Online session", value="online")]


async def _store(interaction: discord.Interaction) -> Store:
    bot: BriefBot = interaction.client  # type: ignore[assignment]
    return await bot.get_store()


async def _suggest(interaction: discord.Interaction, what: str, current: str) -> list[app_commands.Choice]:
    try:
        found = await handlers.autocomplete(await _store(interaction), what, current or "")
    except Exception:  # a failed suggestion must never become an error shown to someone typing
        log.exception("autocomplete=%s failed", what)
        return []
    if what == "round":
        return [app_commands.Choice(name=label, value=int(value)) for label, value in found]
    return [app_commands.Choice(name=label, value=value) for label, value in found]


async def suggest_name(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return await _suggest(interaction, "name", current)


async def suggest_round(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[int]]:
    return await _suggest(interaction, "round", str(current or ""))


async def suggest_topic(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return await _suggest(interaction, "topic", current)


async def suggest_article(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return await _suggest(interaction, "article", current)


CHART_DESCRIPTION = "Attach a timeline chart (PNG)"
EXPORT_MAX = 2000  # meetings in one /export: with both files, well under Discord's smallest attachment limit
Drawn = tuple[bytes, Any] | Reply | None
TOO_BIG = "Hãy thu hẹp bộ lọc (người, vòng, ngày), hoặc dùng “python -m bot export” để có tất cả."


def with_chart(fetch: Fetch, draw: Callable[[Reply], Awaitable[Drawn]]) -> Fetch:
    """``fetch`` whose first answer carries the chart ``draw`` makes of it (pages turned later do not redraw it:
    Discord keeps a message's attachments when only its embed is edited)."""
    drawn = False

    async def fetch_with_chart(page: int) -> Reply:
        nonlocal drawn
        reply = await fetch(page)
        if drawn or not reply.ok:
            return reply
        drawn = True
        made = await draw(reply)
        if made is None or isinstance(made, Reply):  # nothing to draw: a name not found, a round not known
            return reply
        png, shown = made
        reply.files.append((chart_drawing.FILE_NAME, png))
        reply.lines.append(f"Biểu đồ kèm theo: {shown.caption}.")
        return reply
    return fetch_with_chart


async def attach_exports(reply: Reply, size_limit: int) -> Reply:
    """The reply with its meetings as a CSV and an iCalendar file, written in a thread (not as a list)."""
    if not reply.ok or not reply.meetings:
        return reply
    meetings = reply.meetings
    files = await asyncio.to_thread(lambda: [(export_files.FILE_NAMES["csv"], export_files.csv_bytes(meetings)),
                                             (export_files.FILE_NAMES["ics"], export_files.ics_bytes(meetings))])
    size = sum(len(data) for _, data in files)
    if size > size_limit:
        return Reply("export", True, f"Hai tệp xuất ra nặng {size / 1e6:.1f} MB, quá giới hạn {size_limit / 1e6:.0f} MB"
                     " của Discord cho máy chủ này.", lines=[TOO_BIG])
    return dataclasses.replace(reply, meetings=[], files=files)


async def suggest_meeting(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return await _suggest(interaction, "meeting", current)


def build_commands() -> list[app_commands.Command | app_commands.Group]:
    @app_commands.command(name="meetings", description="Meetings of a person or an organisation")
    @app_commands.rename(date_from="from", date_to="to", round_number="round")
    @app_commands.describe(name="Person or organisation, e.g. helberg", round_number="Only meetings of this round",
                           date_from="From this date (YYYY-MM-DD or DD/MM/YYYY)",
                           date_to="Up to this date (YYYY-MM-DD or DD/MM/YYYY)", private="Answer only to me")
    @app_commands.autocomplete(name=suggest_name, round_number=suggest_round)
    async def meetings(interaction: discord.Interaction, name: app_commands.Range[str, 1, 200],
                       round_number: app_commands.Range[int, 1, 99] | None = None,
                       date_from: app_commands.Range[str, 1, 20] | None = None,
                       date_to: app_commands.Range[str, 1, 20] | None = None, private: bool = False) -> None:
        store = await _store(interaction)
        await answer(interaction, lambda page: handlers.meetings(store, name, round_number, date_from, date_to, page),
                     private=private)

    @app_commands.command(name="round", description="A negotiation round; without a number, the list of rounds")
    @app_commands.describe(number="Round number", series="Which series, when several share the number",
                           chart=CHART_DESCRIPTION, private="Answer only to me")
    @app_commands.choices(series=SERIES_CHOICES)
    @app_commands.autocomplete(number=suggest_round)
    @heavy_when_charted()
    async def round_(interaction: discord.Interaction, number: app_commands.Range[int, 1, 99] | None = None,
                     series: app_commands.Choice[str] | None = None, chart: bool = False, private: bool = False) -> None:
        store = await _store(interaction)

        async def draw(reply: Reply) -> Drawn:
            if reply.round:  # one round: its meetings and its band
                return await handlers.chart(store, round_=reply.round)
            return await handlers.chart(store) if number is None else None  # the list of rounds: everything

        fetch: Fetch = lambda page: handlers.round_(store, number, series.value if series else None, page)
        await answer(interaction, with_chart(fetch, draw) if chart else fetch, private=private)

    @app_commands.command(name="search", description="Search summaries and articles")
    @app_commands.describe(query="Words to look for, e.g. d1 d3", private="Answer only to me")
    @heavy()
    async def search(interaction: discord.Interaction, query: app_commands.Range[str, 1, 200],
                     private: bool = False) -> None:
        store = await _store(interaction)
        await answer(interaction, lambda page: handlers.search(store, query, page), private=private)

    @app_commands.command(name="person", description="A person's profile: titles, side, meetings")
    @app_commands.describe(name="Person's name, e.g. le manh hung", chart=CHART_DESCRIPTION, private="Answer only to me")
    @app_commands.autocomplete(name=suggest_name)
    @heavy_when_charted()
    async def person(interaction: discord.Interaction, name: app_commands.Range[str, 1, 200], chart: bool = False,
                     private: bool = False) -> None:
        store = await _store(interaction)
        fetch: Fetch = lambda page: handlers.person(store, name)
        draw = lambda reply: handlers.chart(store, person=name)
        await answer(interaction, with_chart(fetch, draw) if chart else fetch, private=private)

    @app_commands.command(name="timeline", description="All meetings, newest first")
    @app_commands.describe(chart=CHART_DESCRIPTION, private="Answer only to me")
    @heavy()
    async def timeline(interaction: discord.Interaction, chart: bool = False, private: bool = False) -> None:
        store = await _store(interaction)
        fetch: Fetch = lambda page: handlers.timeline(store, page)
        draw = lambda reply: handlers.chart(store)
        await answer(interaction, with_chart(fetch, draw) if chart else fetch, private=private)

    @app_commands.command(name="export", description="Meetings as a spreadsheet (CSV) and a calendar (iCalendar)")
    @app_commands.rename(date_from="from", date_to="to", round_number="round")
    @app_commands.describe(person="Only meetings of this person or organisation (default: everyone)",
                           round_number="Only meetings of this round",
                           date_from="From this date (YYYY-MM-DD or DD/MM/YYYY)",
                           date_to="Up to this date (YYYY-MM-DD or DD/MM/YYYY)", private="Answer only to me")
    @app_commands.autocomplete(person=suggest_name, round_number=suggest_round)
    @heavy()
    async def export(interaction: discord.Interaction, person: app_commands.Range[str, 1, 200] | None = None,
                     round_number: app_commands.Range[int, 1, 99] | None = None,
                     date_from: app_commands.Range[str, 1, 20] | None = None,
                     date_to: app_commands.Range[str, 1, 20] | None = None, private: bool = False) -> None:
        store = await _store(interaction)
        limit = interaction.filesize_limit

        async def fetch(page: int) -> Reply:
            reply = await handlers.export(store, person, round_number, date_from, date_to, limit=EXPORT_MAX)
            return await attach_exports(reply, limit)
        await answer(interaction, fetch, private=private)

    @app_commands.command(name="topics", description="Topics, or the meetings on one topic")
    @app_commands.describe(topic="A topic, e.g. thuế đối ứng", private="Answer only to me")
    @app_commands.autocomplete(topic=suggest_topic)
    async def topics(interaction: discord.Interaction, topic: app_commands.Range[str, 1, 100] | None = None,
                     private: bool = False) -> None:
        store = await _store(interaction)
        await answer(interaction, lambda page: handlers.topics(store, topic or "", page), private=private)

    @app_commands.command(name="source", description="The full text of a source article")
    @app_commands.describe(article="Article id, e.g. 000", private="Answer only to me")
    @app_commands.autocomplete(article=suggest_article)
    @heavy()
    async def source(interaction: discord.Interaction, article: app_commands.Range[str, 1, 200],
                     private: bool = False) -> None:
        store = await _store(interaction)
        await answer(interaction, lambda page: handlers.source(store, article, page), private=private)

    @app_commands.command(name="meeting", description="One meeting in full: people, evidence, footnotes, sources")
    @app_commands.rename(meeting_id="id")
    @app_commands.describe(meeting_id="Meeting id; type a date or a name to be offered some",
                           private="Answer only to me")
    @app_commands.autocomplete(meeting_id=suggest_meeting)
    async def meeting(interaction: discord.Interaction, meeting_id: app_commands.Range[str, 1, 200],
                      private: bool = False) -> None:
        store = await _store(interaction)
        await answer(interaction, lambda page: handlers.meeting(store, meeting_id), private=private)

    @app_commands.command(name="help", description="How to use briefbot")
    async def help_(interaction: discord.Interaction) -> None:
        async def fetch(page: int) -> Reply:
            return handlers.help_()
        await answer(interaction, fetch, private=True)

    admin = app_commands.Group(name="admin", description="Administration (Manage Server)", guild_only=True,
                               default_permissions=discord.Permissions(manage_guild=True))

    @admin.command(name="reload", description="Rebuild the database from the data files")
    @guild_admin()
    async def reload(interaction: discord.Interaction) -> None:
        bot: BriefBot = interaction.client  # type: ignore[assignment]

        async def fetch(page: int) -> Reply:
            summary = await bot.reload_data()
            return Reply("admin reload", True, "Đã xây lại cơ sở dữ liệu", lines=[summary])
        await answer(interaction, fetch, private=True)

    @admin.command(name="sync", description="Send the command definitions to Discord again")
    @guild_admin()
    async def sync(interaction: discord.Interaction) -> None:
        bot: BriefBot = interaction.client  # type: ignore[assignment]

        async def fetch(page: int) -> Reply:
            count, target = await bot.sync_commands(force=True)
            return Reply("admin sync", True, f"Đã gửi {count} lệnh lên Discord ({target}).")
        await answer(interaction, fetch, private=True)

    add_command(admin)
    return [meetings, round_, search, person, timeline, export, topics, meeting, source, help_, admin, briefing_group(),
            feeds_group(), review_command()]
