"""Answering an interaction: in time, in Vietnamese, on one error path.

Discord drops an interaction that is not acknowledged within 3 seconds.  Handlers
usually answer in milliseconds, so the answer is sent directly; only when one takes
longer than ``DEFER_AFTER`` is the interaction deferred first and the answer edited in.
"""

from __future__ import annotations

import asyncio
import io
import logging
import time

import discord
from discord import app_commands

from ..render import escape
from .views import Fetch, Pager, message_parts

DEFER_AFTER = 1.0
log = logging.getLogger("briefbot.commands")


def command_name(interaction: discord.Interaction) -> str:
    return "/" + (interaction.command.qualified_name if interaction.command else
                  str((interaction.data or {}).get("name") or (interaction.data or {}).get("custom_id") or "?"))[:60]


async def answer(interaction: discord.Interaction, fetch: Fetch, *, private: bool = False) -> None:
    """Run a handler (page 1) and send its reply, deferring first if it is slow."""
    started = time.perf_counter()
    task = asyncio.ensure_future(fetch(1))
    done, _ = await asyncio.wait({task}, timeout=DEFER_AFTER)
    if not done:
        await interaction.response.defer(ephemeral=private, thinking=True)
    reply = await task
    embed, view = message_parts(reply, interaction.user.id, fetch)
    extra: dict = {"view": view} if view is not None else {}
    files = [discord.File(io.BytesIO(data), filename=name) for name, data in reply.files]
    if interaction.response.is_done():
        await interaction.edit_original_response(embed=embed, **extra, **({"attachments": files} if files else {}))
    else:
        # input the bot cannot use is answered privately: nobody else needs to see the correction
        await interaction.response.send_message(embed=embed, ephemeral=private or not reply.ok, **extra,
                                                **({"files": files} if files else {}))
    if isinstance(view, Pager):
        view.origin = interaction
    log.info("command=%s user=%s guild=%s latency_ms=%.1f outcome=%s deferred=%s private=%s%s",
             command_name(interaction), interaction.user.id, interaction.guild_id,
             (time.perf_counter() - started) * 1000, "ok" if reply.ok else "invalid", not done, private,
             f" files={len(files)} bytes={sum(len(d) for _, d in reply.files)}" if files else "")


class Refusal(app_commands.AppCommandError):
    """Input the bot cannot use; its message, in Vietnamese, says why and is shown as it is."""


def explain(error: Exception) -> tuple[str, str]:
    """What the user is told, and the outcome written to the log."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, app_commands.TransformerError) and isinstance(error.__cause__, Refusal):
        error = error.__cause__
    if isinstance(error, Refusal):
        return str(error), "invalid"
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Bạn gửi lệnh hơi nhanh; hãy thử lại sau {error.retry_after:.0f} giây.", "cooldown"
    if isinstance(error, app_commands.NoPrivateMessage):
        return "Lệnh này chỉ dùng được trong máy chủ, không dùng trong tin nhắn riêng.", "refused"
    if isinstance(error, app_commands.MissingPermissions):
        return "Lệnh này cần quyền Quản lý máy chủ (Manage Server).", "refused"
    if isinstance(error, app_commands.TransformerError):
        return f"Giá trị “{escape(str(error.value)[:80])}” không dùng được cho lệnh này.", "invalid"
    if isinstance(error, app_commands.CommandNotFound):
        return "Lệnh này không còn nữa; hãy gõ /help để xem các lệnh hiện có.", "invalid"
    if isinstance(error, app_commands.CheckFailure):
        return "Bạn không dùng được lệnh này ở đây.", "refused"
    return "Có lỗi khi trả lời; lỗi đã được ghi lại. Hãy thử lại sau ít phút.", "error"


async def report_error(interaction: discord.Interaction, error: Exception) -> None:
    """The single error path: a short Vietnamese message to the user, the traceback to the log only."""
    message, outcome = explain(error)
    if outcome == "error":
        log.error("command=%s user=%s outcome=error", command_name(interaction), interaction.user.id, exc_info=error)
    else:
        log.info("command=%s user=%s outcome=%s", command_name(interaction), interaction.user.id, outcome)
    try:
        if interaction.type is discord.InteractionType.autocomplete:
            if not interaction.response.is_done():
                await interaction.response.autocomplete([])
        elif interaction.response.is_done():
            await interaction.followup.send(message, ephemeral=True)
        else:
            await interaction.response.send_message(message, ephemeral=True)
    except discord.HTTPException:
        log.warning("command=%s outcome=unanswered (Discord refused the error message)", command_name(interaction))
