"""Meetings in, file bytes out: CSV for spreadsheets, iCalendar for calendars, JSON for scripts.

Pure: no database, no Discord. The command line (``python -m bot export``) and ``/export`` select the
meetings with the same filters as ``/meetings`` and hand them here.
"""

from __future__ import annotations

from typing import Any

from ..terminal import json_text
from .days import days, describe, left_out, reason
from .ics import ics_bytes
from .table import csv_bytes

FORMATS = ("csv", "ics", "json")
FILE_NAMES = {"csv": "cuoc-gap.csv", "ics": "cuoc-gap.ics", "json": "cuoc-gap.json"}


def json_bytes(payload: dict[str, Any]) -> bytes:
    """The export as ``ask --json`` prints a reply: {command, ok, message, meetings, round, total, page}."""
    return (json_text(payload) + "\n").encode("utf-8")


__all__ = ["FILE_NAMES", "FORMATS", "csv_bytes", "days", "describe", "ics_bytes", "json_bytes", "left_out", "reason"]
