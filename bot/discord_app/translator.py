"""Vietnamese names and descriptions for the commands, read from ``vi.toml``; English is the fallback."""

from __future__ import annotations

import tomllib
from pathlib import Path

from discord import Locale, app_commands
from discord.app_commands import TranslationContextLocation as Where

STRINGS = Path(__file__).with_name("vi.toml")
SECTIONS = {
    Where.command_description: "command_description",
    Where.group_description: "command_description",
    Where.parameter_name: "parameter_name",
    Where.parameter_description: "parameter_description",
    Where.choice_name: "choice_name",
}


def load_strings(path: Path = STRINGS) -> dict[str, dict[str, str]]:
    with path.open("rb") as f:
        data = tomllib.load(f)
    unknown = set(data) - set(SECTIONS.values())
    if unknown:
        raise ValueError(f"{path.name}: unknown sections {sorted(unknown)}")
    return data


class VietnameseTranslator(app_commands.Translator):
    def __init__(self, strings: dict[str, dict[str, str]] | None = None) -> None:
        self.strings = strings if strings is not None else load_strings()

    async def translate(self, string: app_commands.locale_str, locale: Locale,
                        context: app_commands.TranslationContext) -> str | None:
        if locale is not Locale.vietnamese:
            return None
        section = SECTIONS.get(context.location)
        return self.strings.get(section, {}).get(string.message) if section else None
