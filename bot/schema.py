"""What the build and the readers of the database share, without the build itself.

The bot reads these at start (is the database current? how are dates ordered?); importing
``ingest`` for them would load the whole extraction and build path into a bot that only
reads, which is most of what it holds in memory after READY that it does not need.
"""

from __future__ import annotations

from pathlib import Path

MIGRATIONS = Path(__file__).with_name("migrations")


def latest_version() -> int:
    """The newest schema version: the highest number of the migrations (``0005_short_titles.sql`` is 5)."""
    return max(int(path.name.split("_", 1)[0]) for path in MIGRATIONS.glob("*.sql"))


def sort_key(date: str | None) -> str:
    """Newest first, honestly: a date without a year sorts after every dated one."""
    if not date:
        return ""
    first = date.split("/")[0]
    return first if not first.startswith("--") else "0000" + first[1:]
