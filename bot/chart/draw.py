"""A Layout drawn as a PNG with matplotlib (Agg, no display).

matplotlib is imported inside :func:`png` only: importing it costs tens of megabytes and a fraction of a
second, which a bot that never draws a chart should not pay (the bot's memory after READY is measured).
Drawing is serialised by a lock: matplotlib's settings are process-wide, and one chart at a time also
bounds the memory that charts can take when many are asked for at once.
"""

from __future__ import annotations

import io
import textwrap
import threading
from datetime import timedelta

from .layout import Layout

FONT = "DejaVu Sans"  # ships with matplotlib and has every Vietnamese letter, and ↔
WIDTH = 1200
DPI = 100
ROW_PX = 26
TOP_PX = 70
_LOCK = threading.Lock()
POINT, RANGE, BAND = "#1f5aa6", "#1f5aa6", "#e8a33d"
BAND_ALPHA = 0.18


def height_for(layout: Layout) -> int:
    """A height that gives each row room for its label: what :func:`png` uses when none is asked for."""
    return max(320, TOP_PX + ROW_PX * max(len(layout.rows), 3) + 150)


def png(layout: Layout, *, width: int = WIDTH, height: int | None = None) -> bytes:
    """The chart as PNG bytes, exactly ``width`` × ``height`` pixels."""
    height = height or height_for(layout)
    with _LOCK:
        import matplotlib
        from matplotlib import dates as mdates
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
        from matplotlib.ticker import FixedLocator, FuncFormatter

        settings = {"font.family": "sans-serif", "font.sans-serif": [FONT], "font.size": 10,
                    "text.parse_math": False,  # a "$" in a name is a dollar sign, not mathematics
                    "svg.hashsalt": "briefbot", "figure.dpi": DPI, "savefig.dpi": DPI}
        with matplotlib.rc_context(settings):
            fig = Figure(figsize=(width / DPI, height / DPI), dpi=DPI)
            FigureCanvasAgg(fig)
            caption = textwrap.wrap(layout.caption, max(40, int(width / 7))) or [""]
            bottom_px = 48 + 15 * len(caption)
            left_px = min(260, width // 3)
            ax = fig.add_axes((left_px / width, bottom_px / height, 1 - (left_px + 24) / width,
                               max(0.05, 1 - (bottom_px + TOP_PX) / height)))
            fig.text(0.5, 1 - 18 / height, layout.title, ha="center", va="top", fontsize=13, fontweight="bold")
            fig.text(12 / width, 10 / height, "\n".join(caption), ha="left", va="bottom", fontsize=9, color="#444444")
            span = layout.span
            if span is None:
                ax.set_axis_off()
                ax.text(0.5, 0.5, "Không có cuộc gặp nào có ngày đầy đủ để vẽ.", ha="center", va="center",
                        transform=ax.transAxes, fontsize=11)
            else:
                _timeline(ax, layout, span, mdates, FixedLocator, FuncFormatter)
            out = io.BytesIO()
            fig.savefig(out, format="png", dpi=DPI, metadata={"Software": None})
            fig.clear()
    return out.getvalue()


def _timeline(ax, layout: Layout, span, mdates, FixedLocator, FuncFormatter) -> None:
    lo, hi = span
    pad = max(timedelta(days=10), (hi - lo) * 0.04)
    ax.set_xlim(mdates.date2num(lo) - pad.days, mdates.date2num(hi) + 1 + pad.days)
    rows = max(len(layout.rows), 1)
    ax.set_ylim(rows - 0.5, -0.5)  # the first row at the top
    ax.yaxis.set_major_locator(FixedLocator(list(range(len(layout.rows)))))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _: layout.rows[int(y)] if 0 <= int(y) < len(layout.rows) else ""))
    ax.tick_params(axis="y", length=0, labelsize=9)
    for y in range(len(layout.rows)):
        ax.axhline(y, color="#dddddd", linewidth=0.6, zorder=1)
    for band in layout.bands:
        ax.axvspan(mdates.date2num(band.first), mdates.date2num(band.last) + 1, color=BAND, alpha=BAND_ALPHA, zorder=0,
                   linewidth=0)
        ax.text(mdates.date2num(band.first) + (band.last - band.first).days / 2 + 0.5, 1.005, band.label,
                transform=ax.get_xaxis_transform(), ha="center", va="bottom", fontsize=8, color="#8a5a00",
                clip_on=False)
    single = [(mdates.date2num(a) + 0.5, row) for a, b, row in layout.points if a == b]
    ranges = [(mdates.date2num(a), mdates.date2num(b) + 1, row) for a, b, row in layout.points if a != b]
    if single:
        ax.scatter([x for x, _ in single], [y for _, y in single], s=30, color=POINT, zorder=3, linewidths=0)
    if ranges:
        ax.hlines([y for _, _, y in ranges], [a for a, _, _ in ranges], [b for _, b, _ in ranges], color=RANGE,
                  linewidth=4, zorder=3)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    long_span = (hi - lo).days > 120
    ax.xaxis.set_major_formatter(FuncFormatter(
        lambda x, _: mdates.num2date(x).strftime("%m/%Y" if long_span else "%d/%m/%Y")))
    ax.tick_params(axis="x", labelsize=9)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
