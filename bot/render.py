"""One reply model, rendered as a Discord-style embed model or as plain text with the same words.

Pure: replies in, text or embed dicts out.  Discord's limits are respected here,
once, so the console and Discord never disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

KIND = {"in_person": "Gặp trực tiếp", "online": "Trực tuyến", "phone": "Điện đàm", "roundtable": "Tọa đàm"}
SERIES = {"in_person": "Vòng đàm phán", "ministerial": "Phiên cấp Bộ trưởng", "online": "Phiên trực tuyến"}
SIDE = {"vn": "Phía Việt Nam", "us": "Phía Hoa Kỳ", "other": "Bên khác"}

TITLE_MAX, DESCRIPTION_MAX, FIELD_MAX, FIELDS_MAX, EMBED_TOTAL_MAX = 256, 4096, 1024, 25, 6000


@dataclass
class Reply:
    """What a command answers, before it is rendered."""

    command: str
    ok: bool
    message: str
    meetings: list[dict[str, Any]] = field(default_factory=list)
    round: dict[str, Any] | None = None
    total: int = 0
    page: int = 1
    pages: int = 1
    article: dict[str, Any] | None = None
    lines: list[str] = field(default_factory=list)
    files: list[tuple[str, bytes]] = field(default_factory=list)  # (file name, content): attachments in Discord

    def to_json(self) -> dict[str, Any]:
        out = {"command": self.command, "ok": self.ok, "message": self.message, "meetings": self.meetings,
               "round": self.round, "total": self.total, "page": self.page}
        if self.article is not None:
            out["article"] = self.article
        return out


def _dmy(iso: str) -> tuple[str, bool]:
    if iso.startswith("--"):
        parts = iso[2:].split("-")
        return "/".join(str(int(p)) for p in reversed(parts)), False
    parts = iso.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])}/{int(parts[1])}/{parts[0]}", True
    if len(parts) == 2:
        return f"tháng {int(parts[1])}/{parts[0]}", True
    return parts[0], True


def format_date(iso: str | None, context: list[dict[str, Any]] | None = None) -> str:
    """``14/11/2025``; ``14/11 (chưa rõ năm)``; a date known from outside the article says so."""
    if not iso:
        return "chưa rõ ngày"
    lo, _, hi = iso.partition("/")
    text, year_known = _dmy(lo)
    if hi:
        end, _ = _dmy(hi)
        text = f"{text.split('/')[0]}–{end}" if lo[:-2] == hi[:-2] else f"{text}–{end}"
    if not year_known:
        text += " (chưa rõ năm)"
    if context and any(c["field"] in ("date", "year", "start") and c["basis"] == "context" for c in context):
        text += " ¹"
    return text


def _who(m: dict[str, Any], side: str) -> str:
    people = [f"{p['title']} {p['name']}".strip() if p["name"] else p["title"] for p in m["people"] if p["side"] == side]
    bodies = [o["name"] for o in m["organizations"] if o["side"] == side]
    return "; ".join(people + bodies)


def meeting_lines(m: dict[str, Any]) -> list[str]:
    """The lines about one meeting, shared by every rendering."""
    lines = [f"**{format_date(m['date'], m.get('context'))}** · {KIND.get(m['kind'], m['kind'])}"
             + (f" · {m['place']}" if m.get("place") else "")]
    for side in ("vn", "us", "other"):
        who = _who(m, side)
        if who:
            lines.append(f"{SIDE[side]}: {who}")
    if m.get("round"):
        lines.append(f"{SERIES.get(m.get('round_series') or 'in_person', 'Vòng')} {m['round']}")
    if m.get("topics"):
        lines.append("Chủ đề: " + ", ".join(m["topics"]))
    lines.append(f"“{m['summary']}”")
    context = [c for c in m.get("context", []) if c["basis"] == "context"]
    if context:
        lines.append("¹ " + context[0]["source"])
    lines.append(f"Nguồn: {m['source']['title']} — {m['source']['link']}")
    return lines


def text(reply: Reply) -> str:
    """The reply as console text: the same words as the embed."""
    out = [reply.message]
    if reply.round:
        out.append("")
        out += round_lines(reply.round)
    for m in reply.meetings:
        out.append("")
        out += ["• " + meeting_lines(m)[0]] + ["  " + line for line in meeting_lines(m)[1:]]
    out += reply.lines
    if reply.pages > 1:
        out.append(f"\nTrang {reply.page}/{reply.pages}")
    return "\n".join(out).replace("**", "")


def round_lines(r: dict[str, Any]) -> list[str]:
    lines = [f"**{SERIES.get(r['series'], 'Vòng')} {r['number']}** · "
             + (format_date(f"{r['start']}/{r['end']}" if r.get("end") and r["end"] != r["start"] else r.get("start"), r.get("context")))
             + (f" · {r['place']}" if r.get("place") else "")]
    if r.get("leaders"):
        lines.append("Dẫn đầu: " + "; ".join(f"{p['title']} {p['name']}".strip() for p in r["leaders"]))
    if r.get("areas"):
        lines.append("Tiến triển: " + ", ".join(r["areas"]))
    if r.get("next_steps"):
        lines.append("Bước tiếp theo: " + " ".join(r["next_steps"])[:600])
    context = [c for c in r.get("context", []) if c["basis"] == "context"]
    if context:
        lines.append("¹ " + context[0]["source"])
    return lines


def _clip(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


_INLINE = str.maketrans({c: "\\" + c for c in "\\*_`~|[]<"} | {"@": "@\u200b"})
_SPECIAL = re.compile(r"[\\*_`~|\[\]<@]")
_LINE_START = re.compile(r"^(\s*)(?:([#>-])|(\d+)\.)", re.MULTILINE)
_MAY_START_BLOCK = frozenset("#>-0123456789 \t")


def _escape_line_start(m: re.Match[str]) -> str:
    return m.group(1) + ("\\" + m.group(2) if m.group(2) else m.group(3) + "\\.")


def escape(value: str) -> str:
    """Text shown literally by Discord: no Markdown, no masked links, no mentions (even if allowed)."""
    if _SPECIAL.search(value):
        value = value.translate(_INLINE)
    if "\n" in value or value[:1] in _MAY_START_BLOCK:  # headings, quotes, lists start a line
        value = _LINE_START.sub(_escape_line_start, value)
    return value


def is_web_link(link: str) -> bool:
    return link.startswith(("https://", "http://")) and not any(c.isspace() for c in link)


def source_links(reply: Reply) -> list[tuple[str, str]]:
    """(article title, url) of the reply's sources that are web pages, in order, each once."""
    found: dict[str, str] = {}
    sources = [reply.article] if reply.article else [m["source"] for m in reply.meetings]
    for s in sources:
        if is_web_link(s["link"]) and s["link"] not in found:
            found[s["link"]] = s["title"]
    return [(title, link) for link, title in found.items()]


def _source_markdown(m: dict[str, Any]) -> str:
    link = m["source"]["link"]
    title = escape(m["source"]["title"]).replace("]", "")
    return f"Nguồn: [{title}]({link})" if is_web_link(link) else f"Nguồn: {title} — {escape(link)}"


def embed(reply: Reply) -> dict[str, Any]:
    """The reply as a Discord embed (as a dict of Discord's JSON), within Discord's limits.

    Everything that comes from users or articles is escaped; the only Markdown is the
    source link this function writes itself.
    """
    fields = []
    if reply.round:
        lines = [escape(line.replace("**", "")) for line in round_lines(reply.round)]
        fields.append({"name": _clip(lines[0], 256), "value": _clip("\n".join(lines[1:]) or "—", FIELD_MAX)})
    for m in reply.meetings:
        lines = meeting_lines(m)
        value = "\n".join([escape(line) for line in lines[1:-1]] + [_source_markdown(m)])
        fields.append({"name": _clip(escape(lines[0].replace("**", "")), 256), "value": _clip(value, FIELD_MAX)})
    head, _, rest = reply.message.partition("\n")
    if len(head) > TITLE_MAX:  # a long one-line message (candidates) goes whole into the description
        head, rest = "", reply.message
    body = "\n".join(([rest] if rest else []) + reply.lines)
    data: dict[str, Any] = {"title": _clip(escape(head), TITLE_MAX), "fields": fields[:FIELDS_MAX]}
    if body:
        data["description"] = _clip(escape(body), DESCRIPTION_MAX)
    links = source_links(reply)
    if len(links) == 1:
        data["url"] = links[0][1]
    if reply.pages > 1:
        data["footer"] = {"text": f"Trang {reply.page}/{reply.pages}"}
    total = len(data["title"]) + len(data.get("description", "")) + sum(len(f["name"]) + len(f["value"]) for f in data["fields"])
    total += len(data.get("footer", {}).get("text", ""))
    while total > EMBED_TOTAL_MAX and data["fields"]:
        dropped = data["fields"].pop()
        total -= len(dropped["name"]) + len(dropped["value"])
    if not data["title"]:
        del data["title"]
    return data
