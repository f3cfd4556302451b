"""Where things are and how the bot is configured, read from the environment in one place.

Every setting is checked when it is read, so a bad value stops start-up with a
message that names the variable instead of failing later somewhere deep.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Paths:
    data: Path
    seeds: Path

    @property
    def extracted(self) -> Path:
        """The reviewed extraction of ``seeds/`` that the store loads."""
        return self.data / "extracted.json"

    @property
    def corrections(self) -> Path:
        return self.data / "corrections.toml"

    @property
    def metadata(self) -> Path:
        return self.seeds / "metadata.toml"


def database_path(where: Paths) -> Path:
    """``BRIEFBOT_DB``, or a file inside ``data/`` that git ignores."""
    return Path(os.environ.get("BRIEFBOT_DB") or where.data / "briefbot.db")


def state_path(database: Path) -> Path:
    """The bot's own state (command-sync hash, later subscriptions) beside the database.

    A separate file, because ``ingest`` replaces the database wholesale and must never drop it.
    """
    return database.with_name(database.stem + ".state.db")


def paths() -> Paths:
    """Where the data and the articles are.

    ``BRIEFBOT_HOME`` is one directory for everything the bot writes (``seeds/``, ``data/``, the database and
    the state file beside it, feed state included), for a host to mount as a persistent volume; an empty
    home is filled from the bundled ``seeds/`` and ``data/`` on first use.  ``BRIEFBOT_DATA``,
    ``BRIEFBOT_SEEDS`` (and ``BRIEFBOT_DB``) still override.  Without a home: the project's own folders.
    """
    home = os.environ.get("BRIEFBOT_HOME", "").strip()
    base = Path(home) if home else PROJECT_ROOT
    where = Paths(
        data=Path(os.environ.get("BRIEFBOT_DATA") or base / "data"),
        seeds=Path(os.environ.get("BRIEFBOT_SEEDS") or base / "seeds"),
    )
    if home:
        for target, bundled in ((where.data, PROJECT_ROOT / "data"), (where.seeds, PROJECT_ROOT / "seeds")):
            init_from(target, bundled)
    return where


def init_from(target: Path, bundled: Path) -> None:
    """Fill an empty or missing folder with a copy of the bundled one (databases left out), all at once.

    The copy is made beside it and moved in, so a bot stopped half-way leaves no half-filled folder.
    """
    import shutil

    if target.resolve() == bundled.resolve() or (target.is_dir() and any(target.iterdir())):
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = target.with_name(f".{target.name}.{os.getpid()}.init")
    shutil.rmtree(staged, ignore_errors=True)
    shutil.copytree(bundled, staged, ignore=shutil.ignore_patterns("*.db", "*.db-*", "*.db.*", "__pycache__"))
    try:
        if target.is_dir():
            for child in staged.iterdir():
                os.replace(child, target / child.name)
            staged.rmdir()
        else:
            os.replace(staged, target)
    except OSError:
        shutil.rmtree(staged, ignore_errors=True)
        if not (target.is_dir() and any(target.iterdir())):
            raise


class ConfigError(ValueError):
    """A setting with a value the bot cannot use; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    token: str | None
    guild: int | None
    log_level: int
    api_base: str | None
    gateway: str | None
    source_base_url: str | None
    feed_minutes: float = 15.0  # how often followed feeds are polled

    def __repr__(self) -> str:  # the token must never reach a log line or a traceback
        return f"Settings(token={'set' if self.token else None}, guild={self.guild}, api_base={self.api_base!r})"


_API_PATH = re.compile(r"^/(.+/)?api/v\d+/?$")
_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def load_dotenv(path: Path | None = None) -> None:
    """Variables of an optional ``.env`` file join the environment; the real environment wins.

    Done once at start, so every module keeps reading ``os.environ`` alone.
    """
    path = path or Path.cwd() / ".env"
    if path.is_file():
        from dotenv import load_dotenv as _load

        _load(path, override=False)


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """The bot's settings from the environment; ``ConfigError`` names a variable it cannot use."""
    env = os.environ if environ is None else environ

    def get(name: str) -> str | None:
        value = env.get(name, "").strip()
        return value or None

    token = get("DISCORD_TOKEN")
    if token and (any(c.isspace() for c in token) or not token.isascii()):
        raise ConfigError("DISCORD_TOKEN chứa khoảng trắng hoặc ký tự lạ; hãy dán lại token của bot.")
    guild = get("BRIEFBOT_GUILD")
    if guild and not (guild.isdigit() and 15 <= len(guild) <= 21):
        raise ConfigError(f"BRIEFBOT_GUILD phải là mã số máy chủ Discord (15–21 chữ số), không phải “{guild[:40]}”.")
    level = (get("LOG_LEVEL") or "INFO").upper()
    if level not in _LEVELS:
        raise ConfigError(f"LOG_LEVEL phải là một trong {', '.join(_LEVELS)}, không phải “{level[:40]}”.")
    api_base = get("DISCORD_API_BASE")
    if api_base:
        parts = urlsplit(api_base)
        if parts.scheme not in ("http", "https") or not parts.netloc or not _API_PATH.match(parts.path):
            raise ConfigError("DISCORD_API_BASE phải là địa chỉ http(s) kết thúc bằng /api/v<số>, ví dụ"
                              f" http://127.0.0.1:8080/api/v10, không phải “{api_base[:80]}”.")
        api_base = api_base.rstrip("/")
    gateway = get("DISCORD_GATEWAY")
    if gateway:
        parts = urlsplit(gateway)
        if parts.scheme not in ("ws", "wss") or not parts.netloc:
            raise ConfigError(f"DISCORD_GATEWAY phải là địa chỉ ws:// hoặc wss://, không phải “{gateway[:80]}”.")
    base = get("SOURCE_BASE_URL")
    if base and urlsplit(base).scheme not in ("http", "https"):
        raise ConfigError(f"SOURCE_BASE_URL phải là địa chỉ http(s), không phải “{base[:80]}”.")
    minutes = get("BRIEFBOT_FEED_MINUTES") or "15"
    try:
        feed_minutes = float(minutes)
    except ValueError:
        feed_minutes = 0.0
    if not 0.05 <= feed_minutes <= 10080:
        raise ConfigError(f"BRIEFBOT_FEED_MINUTES phải là số phút giữa hai lần lấy tin (0.05–10080), không phải “{minutes[:40]}”.")
    return Settings(token, int(guild) if guild else None, getattr(logging, level), api_base, gateway, base, feed_minutes)
