"""The words an export writes about a meeting, shared by the CSV and the calendar."""

from __future__ import annotations

import re
from typing import Any

# Control characters from an article (ESC sequences, NUL) have no place in a spreadsheet cell or a calendar,
# which RFC 5545 forbids them in; line breaks and tabs stay.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean(value: str) -> str:
    return _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))


def _people(m: dict[str, Any], side_of, *, titles: bool) -> list[str]:
    people = [(f"{p['title']} {p['name']}".strip() if titles else p["name"]) or p["title"]
              for p in m.get("people", []) if side_of(p["side"])]
    return [p for p in people if p] + [o["name"] for o in m.get("organizations", []) if side_of(o["side"])]


def sides(m: dict[str, Any], *, titles: bool = True) -> tuple[str, str]:
    """(Vietnamese side, the other side), each as ``Title Name; Title Name; Organisation``."""
    return ("; ".join(_people(m, lambda s: s == "vn", titles=titles)),
            "; ".join(_people(m, lambda s: s != "vn", titles=titles)))


def who(m: dict[str, Any]) -> str:
    """``Nguyễn Hồng Diên ↔ Jacob Helberg``: a calendar entry's title, names only."""
    vn, other = (", ".join(_people(m, test, titles=False)) for test in (lambda s: s == "vn", lambda s: s != "vn"))
    return " ↔ ".join(x for x in (vn, other) if x) or "Cuộc gặp"


def source_links(m: dict[str, Any]) -> list[str]:
    """Every source's link (the article's url, else SOURCE_BASE_URL + file, else its id), each once."""
    links = [s["link"] for s in [m.get("source") or {}, *m.get("other_sources", [])] if s.get("link")]
    return list(dict.fromkeys(links))
