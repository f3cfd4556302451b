"""Meetings as CSV for spreadsheets: UTF-8 with a byte order mark, so Excel reads Vietnamese as Vietnamese."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from ..render import KIND, SERIES
from .text import clean, sides, source_links

HEADER = ["Ngày", "Độ chính xác", "Hình thức", "Địa điểm", "Phía Việt Nam", "Phía đối tác", "Vòng", "Chủ đề",
          "Tóm tắt", "Nguồn", "Mã cuộc gặp"]
PRECISION = {
    "day": "ngày", "day_no_year": "ngày, chưa rõ năm", "range": "khoảng ngày", "range_no_year": "khoảng ngày, chưa rõ năm",
    "month": "tháng", "month_no_year": "tháng, chưa rõ năm", "year": "năm", "unknown": "chưa rõ",
}
# A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets (=HYPERLINK(…) can
# send a reader's data away): it gets a leading apostrophe, which spreadsheets show as text and do not print.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str:
    text = clean("" if value is None else str(value))
    return "'" + text if text.startswith(_FORMULA_START) else text


def row(m: dict[str, Any]) -> list[str]:
    vn, other = sides(m)
    rnd = f"{SERIES.get(m.get('round_series') or 'in_person', 'Vòng')} {m['round']}" if m.get("round") else ""
    values = [m.get("date") or "", PRECISION.get(m.get("date_precision") or "", m.get("date_precision") or ""),
              KIND.get(m.get("kind") or "", m.get("kind") or ""), m.get("place") or "", vn, other, rnd,
              "; ".join(m.get("topics") or []), m.get("summary") or "", "\n".join(source_links(m)), m.get("id") or ""]
    return [cell(v) for v in values]


def csv_bytes(meetings: Iterable[dict[str, Any]]) -> bytes:
    """A header and one row per meeting, quoted where a cell holds a comma, a quote or a line break."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, dialect="excel", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(HEADER)
    for m in meetings:
        writer.writerow(row(m))
    return out.getvalue().encode("utf-8-sig")
