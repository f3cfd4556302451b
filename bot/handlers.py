"""Command handlers shared by the console and the Discord bot: arguments in, a Reply out."""

from __future__ import annotations

import asyncio
import math
import re
from datetime import date

from . import chart as chart_drawing
from . import export as export_files
from .render import SERIES, Reply, detail_title, format_date
from .search import Match
from .store import Store
from .text import clip_words, fold

PAGE_SIZE = 5
HELP = [
    "/meetings <người hoặc tổ chức> [round:<số>] [from:<YYYY-MM-DD>] [to:<YYYY-MM-DD>] [page:<n>] — các cuộc gặp",
    "/round <số> [series:in_person|ministerial|online] — một vòng đàm phán; /round không số: danh sách vòng",
    "/search <từ khóa> [page:<n>] — tìm trong tóm tắt và bài báo",
    "/person <tên> — hồ sơ một người",
    "/timeline [page:<n>] — mọi cuộc gặp, mới nhất trước",
    "/topics [chủ đề] [page:<n>] — các chủ đề; có tên chủ đề thì các cuộc gặp về chủ đề đó",
    "/meeting <mã> — một cuộc gặp đầy đủ: mọi người với chức danh, bằng chứng, chú thích, mọi nguồn",
    "/source <mã bài> — toàn văn bài báo",
    "/export [người] [vòng] [từ_ngày] [đến_ngày] — tệp CSV (Excel) và lịch .ics (trên Discord; dòng lệnh: python -m bot export)",
    "biểu_đồ:true ở /timeline, /person, /round — kèm biểu đồ dòng thời gian (trên Discord; dòng lệnh: python -m bot chart)",
    "/help — trợ giúp",
]
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_DM = re.compile(r"^(\d{1,2})[/.-](\d{1,2})$")


def iso_date(value: str) -> str | None:
    """``2025-11-14``, ``2025-11`` or ``2025`` as given; ``14/11/2025`` as Vietnamese readers write it.

    None for a day the calendar does not have (``31/02/2025``, ``2025-13``): a typo should be
    pointed out, not used quietly as a bound that matches something else.
    """
    value = value.strip()
    m = _DMY.match(value)
    if m:
        value = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    elif not _DATE.match(value):
        return None
    year, month, day = (value.split("-") + ["01", "01"])[:3]
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return None
    return value


def _pages(total: int) -> int:
    return max(1, math.ceil(total / PAGE_SIZE))


def _beyond(command: str, page: int, total: int) -> Reply | None:
    if page > _pages(total):
        return Reply(command, False, f"Trang {page} không có; chỉ có {_pages(total)} trang.")
    return None


def _did_you_mean(query: str, matches: list[Match]) -> str:
    names = [m.entity.name for m in matches[:5]]
    if not names:
        return f"Không tìm thấy ai hoặc tổ chức nào khớp với “{query}”."
    return f"Không chắc bạn muốn tìm ai với “{query}”. Có phải bạn muốn tìm: {', '.join(names)}?"


def _filters(command: str, round_number: int | None, date_from: str | None, date_to: str | None
             ) -> tuple[str | None, str | None] | Reply:
    """The date bounds as ISO (``to 2025-11`` reaching the end of November), or a Reply saying what is wrong."""
    if round_number is not None and not 1 <= round_number <= 99:  # Discord's min/max are checked by clients only
        return Reply(command, False, f"Vòng “{round_number}” không hợp lệ; số vòng từ 1 đến 99.")
    dates = []
    for label, value in (("from", date_from), ("to", date_to)):
        iso = iso_date(value) if value else None
        if value and iso is None:
            return Reply(command, False, f"Ngày “{value[:40]}” ở {label} không hợp lệ; hãy viết YYYY-MM-DD hoặc"
                         " DD/MM/YYYY, ví dụ 2025-11-14 hoặc 14/11/2025.")
        dates.append(iso)
    date_from, date_to = dates
    if date_to and len(date_to) < 10:  # "to 2025-11" includes the whole of November
        date_to += "-12-31"[len(date_to) - 4:]
    return date_from, date_to


async def meetings(store: Store, query: str, round_number: int | None = None, date_from: str | None = None,
                   date_to: str | None = None, page: int = 1) -> Reply:
    query = query.strip()
    if not query:
        return Reply("meetings", False, "Hãy nhập tên người hoặc tổ chức, ví dụ: /meetings helberg")
    bounds = _filters("meetings", round_number, date_from, date_to)
    if isinstance(bounds, Reply):
        return bounds
    date_from, date_to = bounds
    entity, matches = store.names.resolve(query)
    if entity is None:
        return Reply("meetings", True, _did_you_mean(query, matches))
    found, total = await store.meetings_with(entity, round_number=round_number, date_from=date_from,
                                             date_to=date_to, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    if not total:
        return Reply("meetings", True, f"Chưa có cuộc gặp nào của {entity.name} khớp với yêu cầu.")
    if beyond := _beyond("meetings", page, total):
        return beyond
    return Reply("meetings", True, f"Các cuộc gặp của {entity.name} ({total})", found, total=total, page=page,
                 pages=_pages(total))


async def round_(store: Store, number: int | None, series: str | None = None, page: int = 1) -> Reply:
    if number is None:
        rounds = await store.rounds()
        lines = [f"• {SERIES.get(r['series'], 'Vòng')} {r['number']}" + (f" — {r['place']}" if r["place"] else "") for r in rounds]
        return Reply("round", True, f"Các vòng đàm phán đã biết ({len(rounds)})", lines=lines, total=len(rounds))
    if not 1 <= number <= 99:
        return Reply("round", False, f"Vòng “{number}” không hợp lệ; số vòng từ 1 đến 99.")
    rounds, found, total = await store.round(number, series, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    if not rounds:
        known = ", ".join(str(r["number"]) for r in await store.rounds())
        return Reply("round", True, f"Chưa có thông tin về vòng {number}. Các vòng đã biết: {known or 'chưa có'}.")
    if len(rounds) > 1:
        options = ", ".join(f"series:{r['series']}" for r in rounds)
        return Reply("round", True, f"Có nhiều loạt đàm phán số {number}; hãy chọn: {options}.")
    r = rounds[0]
    if total and (beyond := _beyond("round", page, total)):
        return beyond
    return Reply("round", True, f"{SERIES.get(r['series'], 'Vòng')} {number}", found, round=r, total=total,
                 page=page, pages=_pages(total))


async def search(store: Store, text: str, page: int = 1) -> Reply:
    if not text.strip():
        return Reply("search", False, "Hãy nhập từ khóa, ví dụ: /search d1 d3")
    found, total = await store.search(text, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    if not total:
        return Reply("search", True, f"Không tìm thấy cuộc gặp nào với “{text.strip()}”.")
    if beyond := _beyond("search", page, total):
        return beyond
    return Reply("search", True, f"Kết quả cho “{text.strip()}” ({total})", found, total=total, page=page, pages=_pages(total))


async def timeline(store: Store, page: int = 1) -> Reply:
    found, total = await store.timeline(PAGE_SIZE, (page - 1) * PAGE_SIZE)
    if beyond := _beyond("timeline", page, total):
        return beyond
    return Reply("timeline", True, f"Dòng thời gian ({total} cuộc gặp)", found, total=total, page=page, pages=_pages(total))


async def person(store: Store, query: str) -> Reply:
    entity, matches = store.names.resolve(query) if query.strip() else (None, [])
    if not query.strip():
        return Reply("person", False, "Hãy nhập tên, ví dụ: /person le manh hung")
    if entity is None:
        return Reply("person", True, _did_you_mean(query.strip(), matches))
    found, total = await store.meetings_with(entity, limit=PAGE_SIZE)
    first, last = await store.date_range(entity)
    lines = [f"Phía: {entity.side}"]
    if first:
        lines.append(f"Cuộc gặp đầu tiên: {first} · gần nhất: {last}")
    return Reply("person", True, f"{entity.name} — {total} cuộc gặp", found, total=total, lines=lines,
                 pages=_pages(total))


async def topics(store: Store, query: str = "", page: int = 1) -> Reply:
    """The topics with their counts; with a topic named, that topic's meetings."""
    rows = await store.topics()
    if not query.strip():
        return Reply("topics", True, f"Chủ đề ({len(rows)})", lines=[f"• {t}: {n} cuộc gặp" for t, n in rows],
                     total=len(rows))
    wanted = fold(query)
    hits = [t for t, _ in rows if wanted in fold(t)]
    if not hits:
        return Reply("topics", True, f"Không có chủ đề nào khớp với “{query.strip()}”. Các chủ đề: "
                     + ", ".join(t for t, _ in rows) + ".")
    found, total = await store.meetings_on_topic(hits[0], PAGE_SIZE, (page - 1) * PAGE_SIZE)
    if beyond := _beyond("topics", page, total):
        return beyond
    return Reply("topics", True, f"Chủ đề {hits[0]} ({total} cuộc gặp)", found, total=total, page=page, pages=_pages(total))


async def export(store: Store, person: str | None = None, round_number: int | None = None,
                 date_from: str | None = None, date_to: str | None = None, limit: int | None = None) -> Reply:
    """The meetings to export, newest first, filtered as /meetings filters them (everyone's without a person).

    The reply carries the meetings and says what the files hold: how many meetings, and how many the
    calendar leaves out for having no full date. ``limit`` keeps the newest ones (Discord caps attachments).
    """
    bounds = _filters("export", round_number, date_from, date_to)
    if isinstance(bounds, Reply):
        return bounds
    entity = None
    if person is not None:
        if not person.strip():
            return Reply("export", False, "Hãy nhập tên người hoặc tổ chức, hoặc bỏ trống để xuất mọi cuộc gặp.")
        entity, matches = store.names.resolve(person.strip())
        if entity is None:  # an export of someone else's meetings would be worse than none
            return Reply("export", False, _did_you_mean(person.strip(), matches))
    found, total = await store.meetings_with(entity, round_number=round_number, date_from=bounds[0],
                                             date_to=bounds[1], limit=-1 if limit is None else limit)
    whose = f" của {entity.name}" if entity else ""
    if not total:
        return Reply("export", True, f"Không có cuộc gặp nào{whose} khớp với yêu cầu; không có gì để xuất.")
    asked = [f"vòng {round_number}" if round_number else "", f"từ {bounds[0]}" if bounds[0] else "",
             f"đến {bounds[1]}" if bounds[1] else ""]
    head = (f"Xuất {len(found)} cuộc gặp{whose}" if len(found) == total
            else f"Xuất {len(found)} cuộc gặp mới nhất{whose} (trong {total})")
    head += f" ({', '.join(a for a in asked if a)})" if any(asked) else ""
    left = export_files.left_out(m["date"] for m in found)
    lines = [f"Bảng tính {export_files.FILE_NAMES['csv']}: {len(found)} cuộc gặp, mở được bằng Excel."]
    if left:
        lines.append(f"Lịch {export_files.FILE_NAMES['ics']}: {len(found) - sum(left.values())} cuộc gặp;"
                     f" {sum(left.values())} cuộc gặp không có ngày đầy đủ nên không có trong lịch"
                     f" ({export_files.describe(left)}).")
    else:
        lines.append(f"Lịch {export_files.FILE_NAMES['ics']}: {len(found)} cuộc gặp, mỗi cuộc gặp một sự kiện cả ngày.")
    if len(found) < total:
        lines.append(f"Chỉ {len(found)} cuộc gặp mới nhất: hãy thu hẹp bộ lọc, hoặc dùng"
                     " “python -m bot export” để có tất cả.")
    return Reply("export", True, head, found, total=total, lines=lines)


CHART_ROWS = 40


async def chart(store: Store, *, person: str | None = None, round_: dict | None = None, by: str | None = None,
                max_rows: int = CHART_ROWS, width: int | None = None, height: int | None = None
                ) -> tuple[bytes, chart_drawing.Layout] | Reply:
    """A timeline PNG of everyone's meetings, a person's, or a round's; drawn in a thread, off the event loop.

    Rows are counterparts, or Vietnamese principals with ``by="principal"``; a person on the other side is
    drawn against the Vietnamese people they met unless ``by`` says otherwise.
    """
    if by is not None and by not in chart_drawing.BY:
        return Reply("chart", False, f"“{by[:40]}” không dùng được; hãy chọn counterpart (theo đối tác) hoặc"
                     " principal (theo người Việt Nam).")
    entity = None
    if person is not None:
        entity, matches = store.names.resolve(person.strip()) if person.strip() else (None, [])
        if entity is None:
            return Reply("chart", False, _did_you_mean(person.strip(), matches) if person.strip()
                         else "Hãy nhập tên, ví dụ: le manh hung")
    by = by or ("principal" if entity is not None and entity.side != "vn" else "counterpart")
    rounds = [round_] if round_ else await store.rounds()
    rows = await store.chart_rows(entity, round_["id"] if round_ else None)
    whom = "theo đối tác" if by == "counterpart" else "theo người Việt Nam"
    if entity is not None:
        title = f"Các cuộc gặp của {entity.name} — {whom}"
    elif round_:
        title = f"{SERIES.get(round_['series'], 'Vòng')} {round_['number']} — các cuộc gặp, {whom}"
    else:
        title = f"Dòng thời gian các cuộc gặp — {whom}"
    return await asyncio.to_thread(chart_drawing.timeline_png, chart_drawing.from_rows(rows), rounds, title=title,
                                   by=by, max_rows=max_rows, width=width, height=height)


SOURCE_PAGE_CHARS = 3500


def article_pages(body: str, size: int = SOURCE_PAGE_CHARS) -> list[str]:
    """The article split at paragraph breaks (at a space when one paragraph is too long), each page ≤ size."""
    pages: list[str] = []
    current = ""
    for para in body.split("\n"):
        while len(para) > size:
            cut = para.rfind(" ", 0, size) if " " in para[:size] else size
            cut = cut if cut > 0 else size
            pages, current = (pages + [current] if current else pages), ""
            pages.append(para[:cut])
            para = para[cut:].lstrip()
        if current and len(current) + 1 + len(para) > size:
            pages.append(current)
            current = para
        else:
            current = f"{current}\n{para}" if current else para
    if current or not pages:
        pages.append(current)
    return pages


async def source(store: Store, article_id: str, page: int | None = None) -> Reply:
    """An article in full; with ``page``, one page of it (Discord cannot show a long article at once)."""
    wanted = article_id.strip()
    article = await store.article(wanted) if wanted else None
    if article is None and wanted:  # "000" for "000_4016d315b9f553bc", when only one id starts so
        starting = [i for i in await store.article_ids() if i.startswith(wanted)]
        article = await store.article(starting[0]) if len(starting) == 1 else None
    if article is None:
        ids = ", ".join(await store.article_ids())
        return Reply("source", False, f"Không có bài “{article_id.strip()[:80]}”. Các bài: {ids}.")
    head = f"{article['title']}\n{article['link']}"
    others = [u for u in article.get("urls", []) if u != article["link"]]
    if others:  # syndicated copies: the same article at other addresses
        head += "\nCũng đăng tại: " + ", ".join(others)
    if page is None:
        return Reply("source", True, head, article=article, lines=["", article["body"]])
    pages = article_pages(article["body"])
    if page > len(pages):
        return Reply("source", False, f"Trang {page} không có; bài này có {len(pages)} trang.")
    return Reply("source", True, head, article=article, lines=["", pages[page - 1]], page=page, pages=len(pages),
                 total=len(pages))


async def meeting(store: Store, meeting_id: str) -> Reply:
    """One meeting in full, by its id (or the start of it, when only one id starts so)."""
    wanted = meeting_id.strip()
    if not wanted:
        return Reply("meeting", False, "Hãy nhập mã cuộc gặp, ví dụ: /meeting 004_765b38809bddbffd-m1; gõ vài chữ"
                     " của ngày hoặc tên để được gợi ý.")
    found = await store.meeting(wanted)
    if found is None:
        starting = await store.meeting_ids(wanted, 2)
        found = await store.meeting(starting[0]) if len(starting) == 1 else None
    if found is None:
        return Reply("meeting", False, f"Không có cuộc gặp mã “{wanted[:80]}”. Hãy chọn trong gợi ý khi gõ /meeting"
                     " (theo mã, ngày hoặc tên), hoặc xem mã trong danh sách của /timeline.")
    return Reply("meeting", True, f"{detail_title(found)}\nMã: {found['id']}", detail=found, total=1)


def meeting_choice(m: dict) -> str:
    """A meeting as one line of at most 100 characters: date, who met whom; for suggestions and menus."""
    def first(side: tuple[str, ...]) -> str:
        names = [p["name"] or p["title"] for p in m["people"] if p["side"] in side]
        names += [o["name"] for o in m["organizations"] if o["side"] in side]
        return clip_words(names[0], 30) if names else "?"
    return clip_words(f"{format_date(m['date'])} · {first(('vn',))} ↔ {first(('us', 'other'))}", CHOICE_MAX)


async def _meeting_suggestions(store: Store, partial: str) -> list[dict]:
    """Meetings whose id starts with what was typed, on the date typed, or with the people named; newest first."""
    q = partial.strip()
    if not q:
        return (await store.timeline(AUTOCOMPLETE_MAX, 0))[0]
    found = await store.meetings_by_id(await store.meeting_ids(q, AUTOCOMPLETE_MAX))
    if dm := _DM.match(q):
        day, month = int(dm.group(1)), int(dm.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12:
            found += await store.meetings_on_day(f"-{month:02d}-{day:02d}", None, AUTOCOMPLETE_MAX)
    elif iso := iso_date(q):
        found += (await store.meetings_on_day(iso[4:], iso[:4], AUTOCOMPLETE_MAX) if len(iso) == 10
                  else await store.meetings_in(iso, AUTOCOMPLETE_MAX))
    if any(c.isalpha() for c in q):
        for entity in store.names.suggest(q, 3):
            found += (await store.meetings_with(entity, limit=AUTOCOMPLETE_MAX))[0]
    return list({m["id"]: m for m in found}.values())


def help_() -> Reply:
    return Reply("help", True, "briefbot — ai đã gặp ai trong đàm phán thương mại Việt Nam – Hoa Kỳ", lines=HELP)


AUTOCOMPLETE_MAX = 25
CHOICE_MAX = 100


async def autocomplete(store: Store, what: str, partial: str) -> list[tuple[str, str]]:
    """At most 25 (label, value) suggestions, best first, each within Discord's 100 characters."""
    partial = partial[:100]
    if what == "name":
        found = [(e.name, e.name) for e in store.names.suggest(partial, AUTOCOMPLETE_MAX)]
    elif what == "round":
        rounds = await store.rounds()
        found = [(f"{SERIES.get(r['series'], 'Vòng')} {r['number']}", str(r["number"])) for r in rounds
                 if str(r["number"]).startswith(partial.strip())]
    elif what == "article":
        q = fold(partial)
        found = [(f"{aid} — {title}", aid) for aid, title in await store.articles() if q in fold(f"{aid} {title}")]
    elif what == "topic":
        q = fold(partial)
        found = [(f"{t} ({n})", t) for t, n in await store.topics() if q in fold(t)]
    elif what == "meeting":  # an id longer than a choice's value can be is left out rather than cut
        found = [(meeting_choice(m), m["id"]) for m in await _meeting_suggestions(store, partial)
                 if len(m["id"]) <= CHOICE_MAX]
    else:
        found = []
    return [(label[:CHOICE_MAX], value[:CHOICE_MAX]) for label, value in found[:AUTOCOMPLETE_MAX]]
