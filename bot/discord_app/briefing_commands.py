"""``/briefing``: subscribing team channels to briefings, listing, previewing and sending them.

Every answer is private: subscriptions are the admins' business, and a preview is for the
person who asked.  Changing anything needs Manage Server, checked in the code; whoever can
change subscriptions is also told, at each ``/briefing``, about channels that stopped working.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from ..briefings import (
    DEFAULT_TZ,
    PREVIEW_DAYS,
    TITLE,
    Briefing,
    Filters,
    Subscription,
    compose,
    describe,
    format_slot,
    latest_slot,
    next_slot,
    parse_rounds,
    parse_time,
    preview_since,
    schedule,
    split_list,
    timezones,
    zone,
)
from ..render import escape
from ..text import fold
from .checks import can_manage, guild_admin
from .respond import Refusal as Invalid
from .respond import command_name

if TYPE_CHECKING:
    from ..state import State
    from ..store import Store
    from .client import BriefBot

log = logging.getLogger("briefbot.commands")
CONTENT_MAX = 2000
WEEKDAY_CHOICES = [app_commands.Choice(name=name, value=n) for n, name in enumerate(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])]
CADENCE_CHOICES = [app_commands.Choice(name="Daily", value="daily"), app_commands.Choice(name="Weekly", value="weekly")]
POSTABLE = (discord.ChannelType.text, discord.ChannelType.news, discord.ChannelType.voice,
            discord.ChannelType.public_thread, discord.ChannelType.private_thread, discord.ChannelType.news_thread)


class PostableChannel(app_commands.Transformer):
    """A channel a briefing can be posted in, taken from the interaction as Discord resolved it.

    The raw resolved channel is enough (its id and type): the bot keeps no channel cache.
    """

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.channel

    @property
    def channel_types(self) -> list[discord.ChannelType]:
        return list(POSTABLE)

    async def transform(self, interaction: discord.Interaction, value: Any, /) -> Any:
        if not isinstance(value, app_commands.AppCommandChannel | app_commands.AppCommandThread) \
                or value.type not in POSTABLE:
            raise Invalid("Hãy chọn một kênh văn bản (hoặc một luồng) để nhận bản tin.")
        return value


Channel = app_commands.Transform[app_commands.AppCommandChannel, PostableChannel]


def _bot(interaction: discord.Interaction) -> BriefBot:
    return interaction.client  # type: ignore[return-value]


def _state(interaction: discord.Interaction) -> State:
    state = _bot(interaction).state
    assert state is not None, "opened in setup_hook, before any interaction"
    return state


async def _reply(interaction: discord.Interaction, content: str, embeds: list[dict[str, Any]] | None = None, *,
                 started: float, outcome: str = "ok") -> None:
    """The private answer (after a deferral, an edit), logged like every other command."""
    if len(content) > CONTENT_MAX:  # cut between lines where there is one, so no line is left half
        cut = content[: CONTENT_MAX - 2]
        content = (cut.rsplit("\n", 1)[0] if "\n" in cut else cut) + "\n…"
    objects = [discord.Embed.from_dict(e) for e in embeds or []]
    if interaction.response.is_done():
        await interaction.edit_original_response(content=content, embeds=objects)
    else:
        await interaction.response.send_message(content, embeds=objects, ephemeral=True)
    log.info("command=%s user=%s guild=%s latency_ms=%.1f outcome=%s private=True", command_name(interaction),
             interaction.user.id, interaction.guild_id, (time.perf_counter() - started) * 1000, outcome)


async def _failing_notice(interaction: discord.Interaction) -> str:
    """For those who can fix it: the server's subscriptions that stopped, and what to do."""
    if not can_manage(interaction):
        return ""
    from .intake_commands import feeds_notice

    subs = [s for s in await _state(interaction).subscriptions(interaction.guild_id) if s.failing]
    return await feeds_notice(interaction) + "".join(f"⚠ Bản tin cho <#{s.channel_id}> đã dừng: {escape(s.failing or '')}. Hãy cấp lại quyền cho bot rồi "
                   "dùng /briefing subscribe để bật lại, hoặc /briefing unsubscribe để bỏ.\n" for s in subs)


def _resolve_names(store: Store, text: str) -> tuple[list[str], list[str]]:
    """People and organisations named in a comma-separated list, as (person ids, organisation ids)."""
    people: list[str] = []
    orgs: list[str] = []
    for name in split_list(text):
        entity, candidates = store.names.resolve(name)
        if entity is None:
            hint = ", ".join(escape(c.entity.name) for c in candidates[:3])
            raise Invalid(f"Không rõ “{escape(name[:80])}” là ai" + (f"; có phải: {hint}?" if hint else ".")
                          + " Hãy viết rõ hơn, cách nhau bằng dấu phẩy.")
        (people if entity.kind == "person" else orgs).append(entity.id)
    return people, orgs


async def _resolve_topics(store: Store, text: str) -> list[str]:
    known = [t for t, _ in await store.topics()]
    chosen = []
    for wanted in split_list(text):
        q = fold(wanted)
        exact = [t for t in known if fold(t) == q]
        found = exact or [t for t in known if q in fold(t)]
        if len(found) != 1:
            hint = ", ".join(escape(t) for t in (found or known)[:8])
            raise Invalid(f"Không rõ chủ đề “{escape(wanted[:80])}”" + (f"; các chủ đề có: {hint}." if hint else "."))
        chosen.append(found[0])
    return chosen


async def _filters(store: Store, people: str | None, organizations: str | None, topics: str | None,
                   rounds: str | None) -> Filters:
    person_ids, org_ids = _resolve_names(store, ",".join(x for x in (people, organizations) if x))
    round_numbers: tuple[int, ...] = ()
    if rounds:
        parsed = parse_rounds(rounds)
        if parsed is None:
            raise Invalid(f"“{escape(rounds[:80])}” không phải danh sách số vòng; ví dụ: 5, 6.")
        round_numbers = parsed
    return Filters(tuple(dict.fromkeys(person_ids)), tuple(dict.fromkeys(org_ids)),
                   tuple(await _resolve_topics(store, topics)) if topics else (), round_numbers)


def _names(store: Store) -> dict[str, str]:
    return {e.id: e.name for e in store.names.entities}


async def suggest_timezone(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name=name, value=name) for name in timezones(current or "")]


def subscribed(subs: list[Subscription], typed: str) -> Subscription | None:
    """The subscription meant: by id (what autocomplete sends), a channel mention, or the channel's name."""
    typed = typed.strip()
    digits = typed.removeprefix("<#").removesuffix(">")
    by_name = [s for s in subs if fold(s.channel_name) == fold(typed.lstrip("#"))]
    return next((s for s in subs if str(s.channel_id) == digits), None) or (by_name[0] if len(by_name) == 1 else None)


async def suggest_subscribed(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    q = fold((current or "").lstrip("#"))
    subs = await _state(interaction).subscriptions(interaction.guild_id)
    return [app_commands.Choice(name=(f"#{s.channel_name or s.channel_id}" + (" (đã dừng)" if s.failing else ""))[:100],
                                value=str(s.channel_id)) for s in subs if q in fold(s.channel_name)][:25]


def briefing_group() -> app_commands.Group:
    group = app_commands.Group(name="briefing", description="Briefings posted to team channels", guild_only=True)

    @group.command(name="subscribe", description="Post briefings in a channel on a schedule (Manage Server)")
    @app_commands.describe(channel="Channel to post in", cadence="How often", time_="Time of day, e.g. 08:00",
                           timezone="Time zone, default Asia/Ho_Chi_Minh", weekday="Day of a weekly briefing",
                           people="Only meetings with these people (comma-separated)",
                           organizations="Only meetings with these organisations (comma-separated)",
                           topics="Only meetings on these topics (comma-separated)",
                           rounds="Only these rounds, e.g. 5, 6", alerts="Also post when new meetings are added")
    @app_commands.rename(time_="time")
    @app_commands.choices(cadence=CADENCE_CHOICES, weekday=WEEKDAY_CHOICES)
    @app_commands.autocomplete(timezone=suggest_timezone)
    @guild_admin()
    async def subscribe(interaction: discord.Interaction, channel: Channel, cadence: app_commands.Choice[str],
                        time_: app_commands.Range[str, 1, 20] | None = None,
                        timezone: app_commands.Range[str, 1, 64] | None = None,
                        weekday: app_commands.Choice[int] | None = None,
                        people: app_commands.Range[str, 1, 300] | None = None,
                        organizations: app_commands.Range[str, 1, 300] | None = None,
                        topics: app_commands.Range[str, 1, 300] | None = None,
                        rounds: app_commands.Range[str, 1, 100] | None = None, alerts: bool = False) -> None:
        started = time.perf_counter()
        bot, state = _bot(interaction), _state(interaction)
        notice = await _failing_notice(interaction)
        try:
            when = parse_time(time_ or "08:00")
            if when is None:
                raise Invalid(f"“{escape((time_ or '')[:40])}” không phải giờ trong ngày; ví dụ: 08:00, 8h30, 20:15.")
            tz = (timezone or DEFAULT_TZ).strip()
            if zone(tz) is None:
                raise Invalid(f"Không biết múi giờ “{escape(tz[:64])}”; ví dụ: Asia/Ho_Chi_Minh, America/New_York, UTC.")
            store = await bot.get_store()
            filters = await _filters(store, people, organizations, topics, rounds)
        except Invalid as exc:
            await _reply(interaction, notice + str(exc), started=started, outcome="invalid")
            return
        await interaction.response.defer(ephemeral=True, thinking=True)  # posting the confirmation may be slow
        existing = await state.subscription(interaction.guild_id, channel.id)
        now = bot.briefer.clock()
        sub = Subscription(interaction.guild_id or 0, channel.id, cadence.value, when[0], when[1], tz,
                           weekday.value if weekday else 0, filters, alerts,
                           existing.created_at if existing else now.isoformat(), channel_name=channel.name)
        sub.last_slot = latest_slot(sub, now).isoformat()  # the first briefing is the next scheduled one
        first = escape(format_slot(next_slot(sub, now), tz))
        problem = await bot.briefer.confirm(sub, f"📬 Kênh này sẽ nhận bản tin đàm phán thương mại Việt Nam – Hoa Kỳ: "
                                                 f"{schedule(sub, _names(store))}. Bản tin đầu tiên: {first}.")
        if problem:
            await _reply(interaction, notice + f"Chưa đăng ký: bot không gửi được tin vào <#{channel.id}> ({problem}). "
                         "Hãy cho bot quyền Xem kênh, Gửi tin nhắn và Nhúng liên kết ở kênh đó rồi thử lại.",
                         started=started, outcome="refused")
            return
        await state.subscribe(sub)
        notice = await _failing_notice(interaction)
        verb = "Đã cập nhật" if existing else "Đã đăng ký"
        await _reply(interaction, notice + f"{verb} bản tin: {describe(sub, _names(store))}.\nBản tin đầu tiên: {first}.",
                     started=started)

    @group.command(name="unsubscribe", description="Stop a channel's briefings (Manage Server)")
    @app_commands.describe(channel="Channel that receives briefings")
    @app_commands.autocomplete(channel=suggest_subscribed)
    @guild_admin()
    async def unsubscribe(interaction: discord.Interaction, channel: app_commands.Range[str, 1, 100]) -> None:
        # a string, not a channel picker: a deleted channel cannot be picked, yet its subscription must go
        started = time.perf_counter()
        subs = await _state(interaction).subscriptions(interaction.guild_id)
        sub = subscribed(subs, channel)
        if sub is None:
            await _reply(interaction, f"Không có kênh nào tên “{escape(channel[:80])}” đang nhận bản tin; "
                         "/briefing list cho biết các kênh đang nhận.", started=started, outcome="invalid")
            return
        await _state(interaction).unsubscribe(sub.channel_id)
        notice = await _failing_notice(interaction)
        await _reply(interaction, notice + f"Đã huỷ bản tin của <#{sub.channel_id}>.", started=started)

    @group.command(name="list", description="Channels of this server that receive briefings")
    async def list_(interaction: discord.Interaction) -> None:
        started = time.perf_counter()
        bot = _bot(interaction)
        subs = await _state(interaction).subscriptions(interaction.guild_id)
        notice = await _failing_notice(interaction)
        if not subs:
            await _reply(interaction, notice + "Máy chủ này chưa có kênh nào nhận bản tin. "
                         "Người có quyền Quản lý máy chủ dùng /briefing subscribe để đăng ký.", started=started)
            return
        names = _names(await bot.get_store())
        now = bot.briefer.clock()
        lines = [f"{describe(s, names)}" + ("" if s.failing else f" — lần tới: {escape(format_slot(next_slot(s, now), s.tz))}")
                 for s in subs]
        await _reply(interaction, notice + f"Các kênh nhận bản tin ({len(subs)}):\n" + "\n".join(lines), started=started)

    @group.command(name="preview", description="What a channel's next briefing would say (only you see it)")
    @app_commands.describe(channel="Channel, default this one")
    async def preview(interaction: discord.Interaction, channel: Channel | None = None) -> None:
        started = time.perf_counter()
        bot = _bot(interaction)
        channel_id = channel.id if channel else interaction.channel_id or 0
        notice = await _failing_notice(interaction)
        now = bot.briefer.clock()
        sub = await _state(interaction).subscription(interaction.guild_id, channel_id)
        if sub:
            briefing, _ = await bot.briefer.briefing(sub)
            when = f"bản tin lúc {escape(format_slot(next_slot(sub, now), sub.tz))}"
        else:  # as the console's preview: what is dated in the last week
            briefing = Briefing(TITLE, *await (await bot.get_store()).dated_since(preview_since(now)))
            when = f"<#{channel_id}> chưa đăng ký; đây là các cuộc gặp có ngày trong {PREVIEW_DAYS} ngày qua"
        parts = compose(briefing, channel_id, "preview")
        if not parts:
            await _reply(interaction, notice + f"Xem trước ({when}): không có gì mới, nên sẽ không gửi gì.",
                         started=started)
            return
        count = len(briefing.rounds) + len(briefing.meetings)
        more = f" Dưới đây là tin nhắn 1/{len(parts)}." if len(parts) > 1 else ""
        await _reply(interaction, notice + f"Xem trước ({when}): {count} mục, {len(parts)} tin nhắn.{more}",
                     [parts[0].embed], started=started)

    @group.command(name="send", description="Send a channel's briefing now (Manage Server)")
    @app_commands.describe(channel="Channel, default this one")
    @guild_admin()
    async def send(interaction: discord.Interaction, channel: Channel | None = None) -> None:
        started = time.perf_counter()
        bot = _bot(interaction)
        channel_id = channel.id if channel else interaction.channel_id or 0
        sub = await _state(interaction).subscription(interaction.guild_id, channel_id)
        if sub is None or sub.failing:
            why = "chưa đăng ký bản tin" if sub is None else "đang dừng vì lỗi ở trên"
            await _reply(interaction, await _failing_notice(interaction) + f"<#{channel_id}> {why}; hãy dùng /briefing subscribe trước.",
                         started=started, outcome="invalid")
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        sent = await bot.briefer.send(sub, f"manual:{bot.briefer.clock().isoformat()}", scheduled=False)
        if sent is None:
            text = (f"Chưa gửi được vào <#{channel_id}>: Discord đang lỗi hoặc bot đã mất quyền. "
                    "Bot sẽ tự thử lại theo lịch; /briefing list cho biết tình trạng.")
        elif sent == 0:
            text = f"Không có gì mới cho <#{channel_id}> kể từ bản tin trước, nên không gửi gì."
        else:
            text = f"Đã gửi bản tin vào <#{channel_id}> ({sent} tin nhắn)."
        await _reply(interaction, await _failing_notice(interaction) + text, started=started,
                     outcome="ok" if sent is not None else "failed")

    return group
