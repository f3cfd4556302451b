"""One reply model, rendered as a Discord-style embed model or as plain text with the same words.

Pure: replies in, text or embed dicts out.  Discord's limits are respected here,
once, so the console and Discord never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .text import clip_words

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
    detail: dict[str, Any] | None = None  # one meeting in full (/meeting), instead of a list

    def to_json(self) -> dict[str, Any]:
        meetings = [self.detail] if self.detail else self.meetings
        out = {"command": self.command, "ok": self.ok, "message": self.message, "meetings": meetings,
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


# A meeting in a list: at most four lines (the heading, both sides, round and topics, the summary with its
# source) and at most ITEM_MAX characters as sent, Markdown and link included.  The details are one
# command away (/meeting, or the list's select menu), so a list gives way before it grows.
ITEM_MAX = 440
SUMMARY_MAX = 200
SUMMARY_MIN = 80  # below this a long web address leaves the line: the link buttons and the details keep it
PLACE_MAX = 50
SIDE_MAX = 60
FACTS_MAX = 80
LABEL_MAX = 40
_CONTEXT_MARK = " ¹"
_PARENTHESES = re.compile(r"\s*\([^)]*\)")
_HOST = re.compile(r"https?://(?:www\.)?([^/?#:\s]+)")


def _context_fields(m: dict[str, Any]) -> set[str]:
    return {c["field"] for c in m.get("context") or [] if c.get("basis") == "context"}


def principal(p: dict[str, Any]) -> str:
    """A participant as a list shows it: the short title and the name ("Thứ trưởng Ngoại giao Jacob Helberg")."""
    title = p.get("short_title") or clip_words(p.get("title") or "", LABEL_MAX)
    return f"{title} {p['name']}".strip() if p.get("name") else title or "?"


def _principals(m: dict[str, Any], sides: tuple[str, ...]) -> list[str]:
    people = [principal(p) for side in sides for p in m.get("people", []) if p["side"] == side]
    return people + [o["name"] for side in sides for o in m.get("organizations", []) if o["side"] == side]


def _side(names: list[str], limit: int = SIDE_MAX) -> str:
    """The first principal of a side, and how many more ("+2")."""
    if not names:
        return "?"
    more = f" +{len(names) - 1}" if len(names) > 1 else ""
    return clip_words(names[0], limit - len(more)) + more


def sides_line(m: dict[str, Any]) -> str:
    """"Bộ trưởng Công Thương Nguyễn Hồng Diên ↔ Thứ trưởng Ngoại giao Jacob Helberg"."""
    return f"{_side(_principals(m, ('vn',)))} ↔ {_side(_principals(m, ('us', 'other')))}"


def heading(m: dict[str, Any], place_max: int = PLACE_MAX) -> str:
    """"14/11/2025 ¹ · Gặp trực tiếp · Washington"; ¹ marks a fact known from outside the article."""
    marked = _context_fields(m)
    line = format_date(m.get("date"), m.get("context"))
    if m.get("kind"):
        line += " · " + KIND.get(m["kind"], m["kind"])
    if m.get("place"):
        line += " · " + clip_words(m["place"], place_max) + (_CONTEXT_MARK if "place" in marked else "")
    if marked - {"date", "year", "start", "place", "round", "round_series"} and not line.endswith(_CONTEXT_MARK):
        line += _CONTEXT_MARK
    return line


def _round_name(m: dict[str, Any]) -> str:
    if not m.get("round"):
        return ""
    mark = _CONTEXT_MARK if _context_fields(m) & {"round", "round_series"} else ""
    return f"{SERIES.get(m.get('round_series') or 'in_person', 'Vòng')} {m['round']}{mark}"


def facts_line(m: dict[str, Any], limit: int = FACTS_MAX) -> str:
    """The round and as many topics as fit, then how many more ("Vòng đàm phán 5 · Năng lượng, AI +3")."""
    name = _round_name(m)
    topics = list(m.get("topics") or [])
    shown: list[str] = []
    for topic in topics:
        more = len(topics) - len(shown) - 1
        candidate = ", ".join([*shown, topic]) + (f" +{more}" if more else "")
        if len(" · ".join(x for x in (name, candidate) if x)) > limit:
            break
        shown.append(topic)
    if not topics:
        return name
    more = len(topics) - len(shown)
    listed = ", ".join(shown) + (f" +{more}" if more else "") if shown else f"{len(topics)} chủ đề"
    return " · ".join(x for x in (name, listed) if x)


def source_label(source: dict[str, Any]) -> str:
    """What a list calls an article: its outlet ("Vietnam+"), else the site of its own address
    ("vietnamplus.vn"), else its id ("bài 004_765b…", as /source takes it)."""
    outlet = _PARENTHESES.sub("", source.get("outlet") or "").strip()
    host = _HOST.match(source.get("url") or "")
    label = outlet or (host.group(1) if host else "") or f"bài {source.get('id') or source.get('file') or ''}".strip()
    return clip_words(label, LABEL_MAX)


def _link_target(url: str) -> str:
    return url.replace("(", "%28").replace(")", "%29")


def _source_piece(m: dict[str, Any], markdown: bool, link: bool = True) -> str:
    source = m["source"]
    label = source_label(source)
    target = source["link"]
    if is_web_link(target):
        if not markdown:
            return f"{label}: {target}" if link else label
        shown = escape(label.replace("[", "(").replace("]", ")"))
        return f"[{shown}]({_link_target(target)})" if link else shown
    piece = f"{label}, bài {target}" if source.get("outlet") else f"bài {target}"
    return escape(piece) if markdown else piece


def _fit(value: str, limit: int, esc: Callable[[str], str]) -> str:
    """``value`` cut at a word so that, escaped, it holds within ``limit`` characters."""
    cut = limit
    shown = esc(clip_words(value, cut))
    while len(shown) > limit and cut > 1:
        cut -= max(1, len(shown) - limit)
        shown = esc(clip_words(value, cut))
    return shown


def _plain(value: str) -> str:
    return value


def list_item(m: dict[str, Any], markdown: bool = True, budget: int = ITEM_MAX) -> tuple[str, list[str]]:
    """A meeting in a list: its heading and at most three lines, within ``budget`` characters in all.

    With ``markdown``, text from articles is escaped and the source is a masked link; without it, the
    same words as plain text.  When the lines do not fit, the topics give way first, then the place,
    then the summary (down to SUMMARY_MIN), and last the link (its label stays).
    """
    esc = escape if markdown else _plain
    summary = " ".join((m.get("summary") or "").split())
    for facts_max, place_max, link in ((FACTS_MAX, PLACE_MAX, True), (40, 30, True), (40, 30, False), (20, 20, False)):
        head = _fit(heading(m, place_max), 256, esc)
        lines = [_fit(sides_line(m), 2 * SIDE_MAX + 3, esc)]
        facts = _fit(facts_line(m, facts_max), facts_max, esc)
        if facts:
            lines.append(facts)
        source = _source_piece(m, markdown, link)
        fixed = len(head) + sum(len(x) + 1 for x in lines) + len(" — ") + len(source) + 2  # quotes
        room = min(SUMMARY_MAX, budget - fixed)
        if room >= SUMMARY_MIN or facts_max == 20:
            break
    lines.append(f"“{_fit(summary, max(room, 1), esc)}” — {source}" if summary else source)
    return head, lines


# The details of one meeting (/meeting, and the select menu under a list): everything the list leaves out.
CONTEXT_FIELDS = {"date": "ngày", "year": "năm", "start": "ngày", "end": "ngày", "place": "địa điểm", "round": "vòng",
                  "round_series": "loạt vòng", "kind": "hình thức", "summary": "tóm tắt"}


def footnotes(m: dict[str, Any]) -> list[str]:
    """One note per fact known from outside the article: which fields it gives, and where it comes from."""
    notes: dict[str, list[str]] = {}
    for c in m.get("context") or []:
        if c.get("basis") == "context":
            was = f" (bài ghi “{c['was']}”)" if isinstance(c.get("was"), str | int) and c["was"] != "" else ""
            notes.setdefault(c.get("source") or "", []).append(CONTEXT_FIELDS.get(c["field"], c["field"]) + was)
    return [f"¹ {', '.join(dict.fromkeys(fields))}: {source}".rstrip(": ") for source, fields in notes.items()]


def _sources(m: dict[str, Any]) -> list[dict[str, Any]]:
    return [m["source"] | {"evidence": m.get("evidence") or []}, *m.get("other_sources", [])]


def detail_sections(m: dict[str, Any], markdown: bool = True) -> list[tuple[str, list[str]]]:
    """A meeting in full, as (heading, lines): every person with the title the article gives, organisations,
    round, topics, the summary, every source with its address, the footnotes, and the evidence sentence by sentence."""
    esc = escape if markdown else _plain
    sections: list[tuple[str, list[str]]] = []
    for side in ("vn", "us", "other"):
        people = [" ".join(x for x in (p.get("title"), p.get("name")) if x) + (f" — {p['organization']}" if
                  p.get("organization") else "") for p in m.get("people", []) if p["side"] == side]
        bodies = [f"{o['name']} (tổ chức)" for o in m.get("organizations", []) if o["side"] == side]
        if people or bodies:
            sections.append((SIDE[side], [esc(x) for x in people + bodies]))
    if m.get("round"):
        sections.append(("Vòng", [esc(_round_name(m))]))
    if m.get("topics"):
        sections.append(("Chủ đề", [esc(", ".join(m["topics"]))]))
    if m.get("summary"):
        sections.append(("Tóm tắt", [esc(m["summary"])]))
    sources = _sources(m)
    listed = []
    for s in sources:
        title, link = s.get("title") or s.get("id") or "", s["link"]
        outlet = _PARENTHESES.sub("", s.get("outlet") or "").strip()
        about = " · ".join(x for x in (outlet, title) if x)
        if is_web_link(link) and markdown:
            listed.append(f"[{escape(source_label(s).replace('[', '(').replace(']', ')'))}]({_link_target(link)})"
                          f" — {esc(about)} (bài {esc(s.get('id') or '')})")
        elif is_web_link(link):
            listed.append(f"{about} — {link} (bài {s.get('id') or ''})")
        else:
            listed.append(esc(f"{about} — bài {link}"))
    sections.append(("Nguồn", listed))
    if notes := footnotes(m):
        sections.append(("Chú thích", [esc(n) for n in notes]))
    evidence = []
    for s in sources:
        items = [e for e in s.get("evidence") or [] if isinstance(e, dict) and e.get("text")]
        if len(sources) > 1 and items:
            evidence.append(esc(f"{source_label(s)}:"))
        evidence += [esc(f"Câu {e['sentence'] + 1}: “{' '.join(e['text'].split())}”") for e in items]
    if evidence:
        sections.append(("Bằng chứng", evidence))
    return sections


def detail_title(m: dict[str, Any]) -> str:
    return "Cuộc gặp " + heading(m, place_max=120)


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


def text(reply: Reply) -> str:
    """The reply as console text: the same words as the embed."""
    out = [reply.message]
    if reply.round:
        out.append("")
        out += round_lines(reply.round)
    for m in reply.meetings:
        head, lines = list_item(m, markdown=False)
        out += ["", "• " + head] + ["  " + line for line in lines]
    if reply.detail:
        for name, lines in detail_sections(reply.detail, markdown=False):
            out += ["", name + ":"] + ["  " + line for line in lines]
    out += reply.lines
    if reply.pages > 1:
        out.append(f"\nTrang {reply.page}/{reply.pages}")
    return "\n".join(out).replace("**", "")


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
    """(label, url) of the reply's sources that are web pages, in order, each once."""
    found: dict[str, str] = {}
    if reply.article:
        sources = [reply.article]
    elif reply.detail:
        sources = _sources(reply.detail)
    else:
        sources = [m["source"] for m in reply.meetings]
    for s in sources:
        if is_web_link(s["link"]) and s["link"] not in found:
            found[s["link"]] = source_label(s) if "outlet" in s and not reply.article else s["title"]
    return [(label, link) for link, label in found.items()]


def _pieces(value: str, limit: int) -> list[str]:
    """A line too long for one embed field, cut at spaces into pieces within ``limit``."""
    pieces = []
    while len(value) > limit:
        cut = value.rfind(" ", limit // 2, limit)
        cut = cut if cut > 0 else limit
        if value[cut - 1] == "\\":  # never leave an escape without what it escapes
            cut -= 1
        pieces.append(value[:cut])
        value = value[cut:].lstrip(" ")
    return pieces + [value] if value else pieces


def _section_fields(name: str, lines: list[str]) -> list[dict[str, str]]:
    """One section as embed fields of at most FIELD_MAX characters, cut between lines (or inside a long one)."""
    values: list[str] = []
    for piece in (piece for line in lines for piece in _pieces(line, FIELD_MAX)):
        if values and len(values[-1]) + 1 + len(piece) <= FIELD_MAX:
            values[-1] += "\n" + piece
        else:
            values.append(piece)
    return [{"name": name if n == 0 else f"{name} (tiếp)", "value": v} for n, v in enumerate(values or ["—"])]


def embed(reply: Reply) -> dict[str, Any]:
    """The reply as a Discord embed (as a dict of Discord's JSON), within Discord's limits.

    Everything that comes from users or articles is escaped; the only Markdown is the
    source links this module writes itself.
    """
    fields = []
    if reply.round:
        lines = [escape(line.replace("**", "")) for line in round_lines(reply.round)]
        fields.append({"name": _clip(lines[0], 256), "value": _clip("\n".join(lines[1:]) or "—", FIELD_MAX)})
    for m in reply.meetings:
        head, lines = list_item(m)
        fields.append({"name": head, "value": "\n".join(lines)})
    if reply.detail:
        for name, lines in detail_sections(reply.detail):
            fields += _section_fields(name, lines)
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
    if reply.detail and (total > EMBED_TOTAL_MAX or len(fields) > FIELDS_MAX):  # the evidence is last: say where the rest is
        data["footer"] = {"text": f"Còn nữa: toàn văn bài bằng /source {reply.detail['source'].get('id', '')}"[:200]}
        total += len(data["footer"]["text"])
    while total > EMBED_TOTAL_MAX and data["fields"]:
        dropped = data["fields"].pop()
        total -= len(dropped["name"]) + len(dropped["value"])
    if not data["title"]:
        del data["title"]
    return data
