"""A timeline chart as a PNG: meetings as points over time, one row per counterpart (or per Vietnamese
principal), negotiation rounds as shaded bands; dates without a day and year left out and counted.

``layout`` decides what is shown (pure, quick); ``draw.png`` draws it, importing matplotlib only then.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .draw import height_for, png
from .layout import BY, MAX_ROWS, ChartMeeting, Layout, from_meetings, from_rows, layout

FILE_NAME = "dong-thoi-gian.png"


def timeline_png(meetings: Iterable[ChartMeeting], rounds: Iterable[dict[str, Any]] = (), *, title: str,
                 by: str = "counterpart", max_rows: int = MAX_ROWS, width: int | None = None,
                 height: int | None = None) -> tuple[bytes, Layout]:
    """The PNG and what it shows (its caption says what was left out)."""
    shown = layout(meetings, rounds, title=title, by=by, max_rows=max_rows)
    return png(shown, **({"width": width} if width else {}), height=height), shown


__all__ = ["BY", "FILE_NAME", "MAX_ROWS", "ChartMeeting", "Layout", "from_meetings", "from_rows", "height_for", "layout",
           "png", "timeline_png"]
