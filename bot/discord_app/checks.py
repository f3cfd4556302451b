"""Who may run a command, and how often: checks shared by the command modules."""

from __future__ import annotations

import discord
from discord import app_commands


def heavy() -> app_commands.Cooldown:
    """Five answers per ten seconds per user on the commands that read the most."""
    return app_commands.checks.cooldown(5, 10.0, key=lambda i: i.user.id)


def can_manage(interaction: discord.Interaction) -> bool:
    return interaction.guild_id is not None and interaction.permissions.manage_guild


def guild_admin() -> app_commands.Check:
    """Manage Server, checked here as well: a server may override the declared default permissions."""
    def predicate(interaction: discord.Interaction) -> bool:
        if interaction.guild_id is None:
            raise app_commands.NoPrivateMessage()
        if not interaction.permissions.manage_guild:
            raise app_commands.MissingPermissions(["manage_guild"])
        return True
    return app_commands.check(predicate)


def heavy_when_charted() -> app_commands.Cooldown:
    """/person and /round are light, but with ``chart`` they draw a picture: then they count as heavy."""
    def charted(interaction: discord.Interaction) -> bool:
        return getattr(interaction.namespace, "chart", False) is True

    return app_commands.checks.dynamic_cooldown(
        lambda i: app_commands.Cooldown(5, 10.0) if charted(i) else None, key=lambda i: (i.user.id, charted(i)))
