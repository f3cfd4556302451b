"""Logging: one line per event on stdout, with every secret replaced before it is written."""

from __future__ import annotations

import logging
import sys


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then removes the secrets, tracebacks included."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%dT%H:%M:%S")
        self.secrets = [s for s in secrets if s]

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        for secret in self.secrets:
            line = line.replace(secret, "[đã ẩn]")
        return line


def setup_logging(level: int, secrets: list[str]) -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(RedactingFormatter(secrets))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    # discord.py's per-request and per-heartbeat chatter only when debugging
    logging.getLogger("discord").setLevel(level if level <= logging.DEBUG else max(level, logging.INFO))
    logging.getLogger("discord.http").setLevel(level if level <= logging.DEBUG else logging.WARNING)
    logging.getLogger("discord.gateway").setLevel(level if level <= logging.DEBUG else logging.WARNING)
