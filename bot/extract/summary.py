"""Concise summaries built only from the article's own words.

A summary is one to three pieces of the article's sentences, verbatim; a piece cut
short is marked with ``…``.  Each piece is kept as evidence with its position,
so every word of a summary can be found in its article.

Which sentences: those of the meeting's own part of the text that say most about what was
discussed, asked for or agreed, weighed by the words of the lexicon's [summary_words] and
the topics they name (see :func:`_weight`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from ..gazetteer import Gazetteer
from ..text import fold
from .mentions import SentenceAnalysis
from .model import Evidence

MAX_SUMMARY = 200
ROUND_SUMMARY = 300
MAX_CAPTION = 200  # longer, a sentence before a credit alone is the text's (106 of 108 captions in the real sets and corpus are shorter)
MAX_PIECES = 3  # pieces are added while 60 characters are left; measured: one piece alone says less
TOPIC_CAP = 3  # topics counted in a stretch: beyond three, a list of sectors, not more substance
# How much each kind of word in the lexicon's [summary_words] says about what was discussed, asked for or
# agreed.  Courtesies, praise of the relations and background count against a sentence: "cảm ơn sự đón tiếp",
# "quan hệ Đối tác chiến lược toàn diện" and "theo các chuyên gia" sit in a meeting's part of the text without
# saying what happened at it.  An ask outweighs a wish and a list of topics (measured on real reporting:
# "đề nghị Mỹ tiếp tục cân nhắc …" over "mong muốn hợp tác … trên những lĩnh vực …").
WEIGHTS = {"ask": 4, "wish": 2, "discussion": 3, "frame": 2, "position": 1, "other_side": 1, "courtesy": -3,
           "relations": -2, "background": -4}
MIN_CLAUSES = 80  # clauses taken out of praise: shorter, "…ghi nhận của lãnh đạo … đối với vai trò…", they say nothing whole
TOPIC_WEIGHT = 2  # the first topic a stretch names; each further one adds 1 (a list of sectors is not an ask)


# An outlet's dateline before the lead: "(NLĐO) - ", "(Dân trí) - ", "TPO - ", "bangdatally.xyz - ", "VBF - "
_DATELINE = re.compile(r"^(?:\([^()]{2,20}\)|[A-ZĐ][A-ZĐa-z+.]{1,12}|[a-z0-9-]+(?:\.[a-z0-9-]+)+)\s*[-–—]\s*(?=\S)")


_LIST_MARKER = re.compile(r"^[-–•+*]\s+")
_PHOTO_NUMBER = re.compile(r"^Ảnh\s*\d+\s*:\s*")  # a photo story's caption, told as its text


def _marker(text: str) -> re.Match[str] | None:
    """What opens a sentence and says nothing: a list's dash ("- Làm việc với …"), a photo's number ("Ảnh 2: …")."""
    return _LIST_MARKER.match(text) or _PHOTO_NUMBER.match(text)


def _piece(a: SentenceAnalysis, lo: int, hi: int) -> Evidence:
    """Characters ``lo``..``hi`` of a sentence as evidence (article offsets), without an outlet's dateline."""
    s = a.sentence
    if lo == 0 and (dateline := _DATELINE.match(s.text)) and dateline.end() < hi:
        lo = dateline.end()
    if lo == 0 and (marker := _marker(s.text)):
        lo = marker.end()
    text = s.text[lo:hi].strip(" ,;:")
    lo = s.text.index(text, lo) if text else lo
    return Evidence(s.index, s.start + lo, s.start + lo + len(text), text)


def _shorten(ev: Evidence, limit: int) -> Evidence:
    """Cut a piece at its last clause boundary that fits ``limit``."""
    if len(ev.text) <= limit:
        return ev
    cut = max(ev.text.rfind(", ", 0, limit - 1), ev.text.rfind("; ", 0, limit - 1))
    if cut < limit // 3:
        cut = ev.text.rfind(" ", 0, limit - 1)
    text = ev.text[:cut].rstrip(" ,;")
    return Evidence(ev.sentence, ev.start, ev.start + len(text), text)


def anchor_piece(a: SentenceAnalysis, gaz: Gazetteer, first_token: int, end_token: int | None) -> Evidence:
    """The part of the sentence that reports the meeting.

    A reporting frame in front ("Theo thông tin từ …, ", "Bộ Công Thương cho
    biết, ") is left out, and so is the tail that reports another meeting.
    """
    text = a.sentence.text
    lo = 0
    folded_start = fold(text[:80])
    if any(folded_start.startswith(fold(f)) for f in gaz.lexicon.report_frames) and first_token > 0:
        lo = a.tokens[first_token].start - a.sentence.start
    credit = re.search(r"\s*\((?:Ảnh|Nguồn|Hình\s*:)[^)]*\)\s*$", text)
    hi = credit.start() if credit else len(text)  # a photo credit is not part of what happened
    if end_token is not None and end_token < len(a.tokens):
        hi = a.tokens[end_token].start - a.sentence.start
    return _piece(a, lo, hi)


# Words that go with the act they stand before: "đã tiếp", "vừa có buổi làm việc", "cũng đã hội kiến".
_ACT_ADVERBS = frozenset({"da", "vua", "cung", "co", "moi", "tung"})


def from_the_act(a: SentenceAnalysis, report: Evidence, cue: int) -> Evidence:
    """A meeting's report too long to be its summary, from its act on: "Sáng 2/5, tại Hà Nội, Thượng tướng A, Ủy viên …,
    Chủ nhiệm … | đã tiếp xã giao Thượng nghị sĩ B, … nhân dịp …".  The header tells who, when and where; cut to fit
    as it stands, the report would end in the host's titles and lose what kind of meeting it was and what for.
    """
    start = cue
    while start > 0 and a.folded[start - 1] in _ACT_ADVERBS and not a.gaps[start].strip():
        start -= 1
    at = a.tokens[start].start
    if not (report.start < at < report.end):
        return report
    text = report.text[at - report.start:]
    return Evidence(report.sentence, at, report.end, text)


_SAYS = frozenset({"ask", "wish", "discussion", "position", "frame"})


def content_start(a: SentenceAnalysis, gaz: Gazetteer, after: int, end: int) -> int:
    """Where what was said begins in a sentence that reports the meeting itself.

    ``after`` is the first token past who met whom (the cue and the people it lists), ``end`` where the
    meeting's own segment ends.  What follows may already say what was discussed, asked for or agreed:
    "…, Chủ tịch nước đề nghị hai nước …", "… với ông Greer; hai bên nhất trí …", "… phiên đàm phán cấp
    Bộ trưởng lần thứ 8, thống nhất các định hướng lớn …".  The first stretch from ``after`` or from a
    clause boundary past it that carries such a word (or a clause opened by ";" or ":") begins it, past a
    place it opens with ("… với ông X tại trụ sở USTR | khởi động …"); else ``end``, as before.
    """
    starts = [k for k in _clause_starts(a) if after < k < end]
    says = [s for s, _, w, kind in _marks(a, gaz) if kind in _SAYS and s >= after]
    bounds = [after] + starts + [len(a.tokens)]
    for lo, hi in pairwise(bounds):
        if lo >= end:
            break
        if lo > after and any(c in a.gaps[lo] for c in ";:"):
            return lo
        if any(lo <= s < hi for s in says):
            if lo == after:
                # "… làm việc với ông X | tại trụ sở USTR | khởi động các phiên đàm phán kỹ thuật": where they met
                # is the header's; what was said begins past it
                lo = next((e for s, e, _ in a.places if s == lo and e <= min(x for x in says if x >= lo)), lo)
            return lo
    return end


def said_before(a: SentenceAnalysis, gaz: Gazetteer, ends: list[int], cue: int) -> tuple[int, int] | None:
    """The tokens between who met whom and the meeting named after them, where they say what was asked for, agreed or
    discussed ("A và B hôm 3/3 | đã nhất trí về chuyến thăm … | trong cuộc gặp ở Lầu Năm Góc"), if they do."""
    lo = max((e for e in ends if e <= cue), default=None)
    while lo is not None and cue > lo and a.folded[cue - 1] in ("trong", "tai", "qua", "cuoc", "buoi", "phien", "cac"):
        cue -= 1  # (not the word that opens the meeting's name: "… trong | cuộc gặp")
    if lo is None or cue - lo < 3:
        return None
    # (an ask, a wish or what was discussed: a position word may be a post's, "Tổ trưởng Tổ công tác về tăng cường …")
    return (lo, cue) if any(lo <= s < cue and kind in ("ask", "wish", "discussion") for s, _, _, kind in _marks(a, gaz)) else None


# What a sentence answers, named back: "Bộ trưởng hoan nghênh ý tưởng này, …" after "Ông X cho biết tập đoàn mong muốn ký
# hợp đồng cung cấp LNG dài hạn …"
_ANSWERED = frozenset((*w, "nay") for w in (("y", "tuong"), ("de", "xuat"), ("de", "nghi"), ("sang", "kien"), ("ke", "hoach"),
                                             ("kien", "nghi")))


def _with_antecedents(choices: list) -> list:
    """A sentence that answers a proposal by naming it back ("hoan nghênh ý tưởng này") weighs no more than the
    sentence before it that made the proposal: what was proposed is what a reader needs, and told first it comes first."""
    by_index = {c[3].sentence.index: k for k, c in enumerate(choices)}
    out = list(choices)
    for c in choices:
        a = c[3]
        head = a.folded[:12]
        if not any(tuple(head[k:k + 3]) in _ANSWERED for k in range(len(head) - 2)):
            continue
        before = by_index.get(a.sentence.index - 1)
        if before is not None and 0 < out[before][0] < c[0]:
            out[before] = (c[0], *out[before][1:])
    return out


def _render(pieces: list[Evidence], whole: dict[int, str]) -> str:
    parts = []
    for ev in pieces:
        full = whole[ev.sentence]
        if marker := _marker(full):
            full = full[marker.end():]  # an item of a list is whole without its dash, a caption without its number
        text = ev.text
        if not full.startswith(text):
            text = "…" + text
        if not full.endswith(ev.text) and not text.endswith((".", "!", "?", "…")):
            text = text + "…"  # cut short (a piece that ends its sentence before a photo credit is whole)
        parts.append(text)
    return " ".join(parts)


_CLAUSE_BREAK = re.compile(r"[,;:–]| - ")


def _clause_starts(a: SentenceAnalysis) -> list[int]:
    """The tokens a clause of the sentence begins at, found once per sentence: the token after each comma,
    semicolon, colon or dash that stands between two tokens (found in the text, not token by token)."""
    if a.clause_starts is None:
        base = a.sentence.start
        starts = [t.start - base for t in a.tokens]
        found: list[int] = []
        for m in _CLAUSE_BREAK.finditer(a.sentence.text):
            i = bisect_left(starts, m.end())
            if 0 < i < len(starts) and a.tokens[i - 1].end - base <= m.start() and (not found or found[-1] != i):
                found.append(i)
        # a dash inside a body's name is no clause's end: "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam"
        bodies = [(m.start, m.end) for m in a.mentions if m.kind == "org"]
        a.clause_starts = [i for i in found if not (any(s < i < e for s, e in bodies) and any(
            c in a.gaps[i] for c in "-–"))] if bodies else found
    return a.clause_starts


def _inside_phrase(a: SentenceAnalysis, gaz: Gazetteer, i: int, previous: int) -> bool:
    """Whether the comma before token ``i`` joins the words of one phrase rather than two clauses: in a list
    of topics ("hàng rào phi thuế quan, thương mại số và …"), after a single word ("phòng, chống gian
    lận"; ``previous`` is where the clause before began) or after an item of two words set off by commas
    in a list ("một Việt Nam mạnh, độc lập, | tự cường, thịnh vượng").  A piece may end there, but not begin there."""
    if "," not in a.gaps[i]:
        return False
    if previous == i - 1 or (previous == i - 2 and previous > 0 and "," in a.gaps[previous]):
        return True
    topics = a.find(gaz.topic_index)
    return any(e == i for _, e, _ in topics) and any(s == i for s, _, _ in topics)



def _marks(a: SentenceAnalysis, gaz: Gazetteer) -> list[tuple[int, int, int, str]]:
    """What a sentence says, found once: (first token, end token, weight, key) for each topic and each
    word of the lexicon's [summary_words] (key: its kind).

    A topic's key is its name, except in an enumeration ("công nghiệp, năng lượng, công nghệ cao và kinh
    tế số"), where the topics listed one after another share the first one's key: a list of sectors is
    one thing said, not several.
    """
    marks: list[tuple[int, int, int, str]] = []
    key, last_end, sectors = "", -1, False
    for s, e, name in a.find(gaz.topic_index):
        if any(m.start <= s and e <= m.end for m in a.mentions):
            continue  # "Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn": a body's name, no topic
        if not (last_end >= 0 and _listed(a, last_end, s, sectors)):
            key = "topic:" + name
            sectors = _sectors_before(a, s)
        marks.append((s, e, 0, key))
        last_end = e
    said_end = -1
    for s, e, kind in a.find(gaz.summary_index):
        if kind in ("ask", "wish") and (_a_noun(a, s, e) or (s == said_end and not a.gaps[s].strip() and not (
                # (but "bày tỏ mong muốn …" expresses the wish: the wish is what was said)
                kind == "wish" and a.folded[s - 2:s] == ("bay", "to")))):
            continue  # "khẳng định cam kết …", "đánh giá cao cam kết đầu tư của …": the act's object, a noun
        if kind in ("ask", "wish") and _since(a, s):
            continue  # "… kể từ khi Việt Nam và Hoa Kỳ đạt được khuôn khổ …": what was reached before, the time it tells
        if kind == "ask" and a.folded[s:e] in (("nhat", "tri"), ("thong", "nhat")) and a.folded[e:e + 2] in _VIEWS:
            kind = "position"  # "hai bên nhất trí đánh giá rằng quan hệ … phát triển mạnh mẽ": a view shared, not a deal
        if kind == "position" and s > 0 and a.folded[s - 1] in ("khong", "chua"):
            continue  # "… nhưng ông không cho biết thời gian cụ thể": what was not said
        if kind == "discussion" and s > 0 and a.folded[s - 1] in _SESSION:
            continue  # "Phiên thảo luận chung cấp cao Đại hội đồng …": a session's name, not what was discussed
        if kind == "ask" and a.folded[s:e] == ("hoan", "nghenh") and "tham" in a.folded[e:next(
                (k for k in range(e, len(a.tokens)) if any(c in a.gaps[k] for c in ",;")), len(a.tokens))]:
            # "Hoan nghênh Thượng nghị sĩ X sang thăm, Chủ tịch …", "… hoan nghênh ông X đến thăm Việt Nam; cho biết …":
            # the welcome, then what was said
            kind = "courtesy"
        marks.append((s, e, WEIGHTS[kind], kind))
        said_end = e if kind in _ACTS or kind == "courtesy" else -1
    marks.extend(_figures(a))
    head = _frame_head(a)
    if head:  # the relations an ask is based on are not what was said, and do not count against it
        marks = [m for m in marks if not (m[1] <= head and m[3] in ("relations", "courtesy"))]
    elif any(s <= 1 and k == "courtesy" for s, _, _, k in marks) and (
            thanks := next((x for x in _clause_starts(a) if "," in a.gaps[x]), 0)):
        # "Trân trọng sự đón tiếp của TP.HCM, bà X khẳng định …": thanks opening the sentence lead to what is said
        marks = [m for m in marks if not (m[1] <= thanks and m[3] == "courtesy")]
    return marks


_SINCE = (("ke", "tu"), ("tu", "khi"), ("sau", "khi"))
_VIEWS = (("danh", "gia"), ("cho", "rang"), ("nhan", "dinh"))  # agreeing in a view: "nhất trí đánh giá", "… cho rằng"


def _since(a: SentenceAnalysis, s: int) -> bool:
    """Whether token ``s`` stands in a clause of time opened by "kể từ (khi)", "từ khi", "sau khi" (to the last comma)."""
    k = s - 1
    while k > 0 and not any(c in a.gaps[k + 1] for c in ",;:") and s - k <= 12:
        if tuple(a.folded[k - 1:k + 1]) in _SINCE:
            return True
        k -= 1
    return False


# Openings that frame what follows: "Trên cơ sở quan hệ Đối tác chiến lược toàn diện …, | Thủ tướng đề nghị phía Hoa
# Kỳ thu xếp …", "Nhân dịp hai nước kỷ niệm 30 năm …, | …".  Measured on real reporting: the relations named there
# made the ask after them weigh less than the other side's answer to it.
_FRAME_HEADS = (("tren", "co", "so"), ("nhan", "dip"), ("trong", "khuon", "kho"), ("tren", "tinh", "than"))


def _discussion_lead(a: SentenceAnalysis, marks: list[tuple[int, int, int, str]]) -> int:
    """Where an opening clause that names what was talked about ends, when a speaker's act follows it: "Trao đổi về
    quan hệ song phương, | Thủ tướng khẳng định …".  What the speaker said there is what the sentence tells; the
    opening alone only leads up to it.  0 when the sentence does not open so."""
    if not any(s == 0 and k == "discussion" for s, _, _, k in marks):
        return 0
    head = next((k for k in _clause_starts(a) if "," in a.gaps[k] or ";" in a.gaps[k]), 0)  # ("…; bà X khẳng định …")
    if head and any(s >= head and k in _ACTS and " ".join(a.folded[s:e]) in _SPEECH for s, e, _, k in marks):
        return head
    return 0


def _frame_head(a: SentenceAnalysis) -> int:
    """Where an opening clause that frames the rest of the sentence ends (the token after its comma), or 0."""
    if not any(tuple(a.folded[:len(p)]) == p for p in _FRAME_HEADS):
        return 0
    return next((k for k in _clause_starts(a) if "," in a.gaps[k]), 0)


# What a figure counts: "1,5 tỷ USD", "136 triệu USD", "1.516 dự án", "30 tàu bay", "20%" (a year or a date is no
# figure).  A stretch naming one says something concrete even with no ask or topic ("SpaceX dự kiến đầu tư khoảng
# 1,5 tỷ USD …", "… có 1.516 dự án có hiệu lực"), and weighs FIGURE_WEIGHT then; beside an ask or a topic it adds
# nothing: measured, counting it there let background figures ("mức thuế 20% áp dụng từ …") outweigh asks.
_UNITS = frozenset({"ti", "trieu", "nghin", "ngan", "usd", "tan", "chiec"})
_UNIT_PAIRS = frozenset({("du", "an"), ("tau", "bay"), ("may", "bay")})
FIGURE_WEIGHT = 2


def _figures(a: SentenceAnalysis) -> list[tuple[int, int, int, str]]:
    """The figures a sentence names, as marks keyed "figure"."""
    found: list[tuple[int, int, int, str]] = []
    f = a.folded
    if not any(map(str.isdigit, f)):
        return found  # no number, no figure: most sentences
    text, base = a.sentence.text, a.sentence.start
    for i, w in enumerate(f):
        if not w.isdigit() or (i and f[i - 1].isdigit() and a.gaps[i] in (",", ".")):
            continue
        j = i + 1
        while j < len(f) and f[j].isdigit() and a.gaps[j] in (",", "."):
            j += 1  # "1,5" is one number
        if text[a.tokens[j - 1].end - base:].startswith("%"):
            found.append((i, j, FIGURE_WEIGHT, "figure"))
        elif j < len(f) and (f[j] in _UNITS or tuple(f[j:j + 2]) in _UNIT_PAIRS):
            found.append((i, j + (1 if f[j] in _UNITS else 2), FIGURE_WEIGHT, "figure"))
    return found


# Words around an ask that make a noun of it: "các cam kết", "những đề xuất", "cam kết của Việt Nam".
_NOUN_BEFORE = frozenset({"cac", "nhung", "cua", "voi", "nhieu", "mot", "moi"})
_NOUN_AFTER = frozenset({"cua", "quoc", "nay", "do", "tren"})


def _a_noun(a: SentenceAnalysis, s: int, e: int) -> bool:
    """Whether an ask or agreement word names a thing ("các cam kết quốc tế") rather than what was done."""
    if e >= len(a.folded) or (any(c in a.gaps[e] for c in ",;:.!?") and not (
            # (but "… mong muốn, trong tháng 9 tàu của Mỹ sẽ đến thăm …": a time put first, then what is wished)
            a.gaps[e].strip() == "," and a.folded[e + 1:e + 2] not in (("do",), ("so",))  # (not "…, trong đó …")
            and (a.folded[e] in _TIME_FIRST or a.folded[e:e + 3] == ("thoi", "gian", "toi")
                 # (or a manner: "… đề nghị, bằng uy tín của mình, ông X có những hành động thiết thực …")
                 or a.folded[e] in _MANNER_FIRST))):
        return True  # nothing asked for or agreed follows: "… định hướng đã được lãnh đạo hai nước thống nhất."
    named = (("ket", "qua"), ("thanh", "qua"), ("thanh", "tuu"), ("tien", "trien"))
    if s > 1 and tuple(a.folded[s - 2:s]) in named or (
            s > 3 and tuple(a.folded[s:e]) == ("dat", "duoc") and tuple(a.folded[s - 4:s - 2]) in named):
        return True  # "những kết quả (tích cực) đạt được": what was achieved before, named
    if any(tuple(a.folded[k - 2:k]) in _CARRIED_OUT for k in range(max(2, s - 2), s + 1)):
        # "Việt Nam đang thực hiện (nghiêm túc) cam kết tăng nhập khẩu …": a commitment kept, not one made here
        return True
    if s > 0 and a.folded[s - 1] == "se" and tuple(a.folded[s:e]) == ("dat", "duoc"):
        return True  # "tin tưởng … sẽ đạt được những kết quả tích cực": a hope, not an agreement
    if s > 2 and "," in a.gaps[s] and any(a.folded[k] in ("nhung", "cac") for k in range(max(0, s - 5), s - 1)):
        return True  # "đánh giá cao những quan tâm, đề xuất … của Phó Thủ tướng": one more thing of a list, named
    if s > 0 and a.tokens[s - 1].text.lower() == "sự":
        return True  # "bày tỏ sự hoan nghênh đối với chuyến thăm …": what was felt, a noun (not the "sứ" of "Đại sứ")
    # ("cam kết quốc tế" is a thing; "đề nghị Quốc hội Hoa Kỳ …" an ask of a body)
    return (s > 0 and a.folded[s - 1] in _NOUN_BEFORE) or (
        e < len(a.folded) and a.folded[e] in _NOUN_AFTER and not (a.folded[e] == "quoc" and a.tokens[e].is_capitalized))


_TIME_FIRST = frozenset({"trong", "vao", "tu", "nam", "thang", "ngay", "khi", "neu"})
_MANNER_FIRST = frozenset({"bang", "thong", "voi", "tren", "qua"})
_CARRIED_OUT = frozenset({("thuc", "hien"), ("trien", "khai"), ("tuan", "thu")})

# Words that make a session of what follows them: "phiên thảo luận", "buổi trao đổi về …".
_SESSION = frozenset({"phien", "buoi", "cuoc"})

_LIST_WORDS = frozenset({"va", "cung", "hoac", "cac", "nhu"})
_LIST_ITEM = 4  # words of an item of a list of sectors ("khoa học công nghệ", "đổi mới sáng tạo")


def _listed(a: SentenceAnalysis, end: int, start: int, sectors: bool) -> bool:
    """Whether the topic at ``start`` follows the one ending at ``end`` in a list: between them only commas
    and list words, at most two words; or, in a list the sentence calls one of sectors (``sectors``), items
    that are no topic between them ("…các lĩnh vực kinh tế, …, giáo dục đào tạo, đổi mới sáng tạo, chuyển đổi
    số, ứng phó với biến đổi khí hậu"), each a few words set off by commas."""
    words = a.folded[end:start]
    if len(words) <= 2 and all(w in _LIST_WORDS for w in words) and all(
            c in ", " for k in range(end, start + 1) for c in a.gaps[k] if k > 0):
        return True
    if not sectors or not all(c in ", -–" for k in range(end, start + 1) for c in a.gaps[k] if k > 0):
        return False
    item = 0
    for k in range(end, start):
        item = 0 if k > end and "," in a.gaps[k] else item + 1
        if item > _LIST_ITEM:
            return False
    return any("," in a.gaps[k] for k in range(end, start + 1)) or a.folded[start - 1] in ("va", "hoac")


def _sectors_before(a: SentenceAnalysis, start: int) -> bool:
    """Whether the topic at ``start`` is an item of a list the sentence calls one of sectors: "(các) lĩnh vực"
    before it, then only items of a few words set off by commas ("các lĩnh vực kinh tế, thương mại, đầu tư,
    khoa học công nghệ, giáo dục …")."""
    f, item = a.folded, 0
    for k in range(start - 1, 0, -1):
        if f[k - 1] == "linh" and f[k] == "vuc":
            return True
        if not all(c in ", -–" for c in a.gaps[k + 1]):
            return False
        item = 0 if "," in a.gaps[k + 1] else item + 1
        if item > _LIST_ITEM:
            return False
    return False


# What follows who met whom in the sentence reporting the meeting, when it opens with one of these, is what
# the meeting was for or about: "… điện đàm với ông Greer để chính thức khởi động đàm phán …", "… làm việc
# với … nhằm khởi động vòng đàm phán kỹ thuật", "… điện đàm … về quan hệ hai nước và …".  It weighs as a
# position does: measured, more lets the report outweigh the asks that follow it.  Two words are no purpose: the
# tail of a body's name the report ends on ("… Cuộc họp Khai mạc Hội đồng Hòa bình | về Gaza.").
_PURPOSE = frozenset({"nham", "de", "ve"})

_ACTS = frozenset({"ask", "wish", "discussion", "position"})


def _weight(marks: list[tuple[int, int, int, str]], lo: int, hi: int) -> int:
    """How much tokens ``lo``..``hi`` say about what was discussed, asked for or agreed.

    What the sentence does (asks, says what was discussed, states a position) counts by the most it
    does, once: a long sentence that "cho biết …, khẳng định …, đồng thời đề nghị …" says no more
    than one that "đề nghị …".  Topics count each (the first most, up to TOPIC_CAP); the frame, the
    other side, courtesies and background count once each, and only beside something said.
    """
    act = 0
    seen: set[str] = set()
    topics = 0
    total = 0
    for s, e, weight, key in marks:
        if not (lo <= s and e <= hi) or key in seen:
            continue
        if key in _ACTS:
            act = max(act, weight)
            continue
        seen.add(key)
        if key.startswith("topic:"):
            if topics < TOPIC_CAP:
                total += TOPIC_WEIGHT if not topics else 1
            topics += 1
        else:
            total += weight
    if not act and not topics:
        # a frame or a side alone ("Phát biểu tại buổi làm việc, …") says nothing yet; a figure does
        return total if "figure" in seen else min(total, 0)
    if "figure" in seen:
        total -= FIGURE_WEIGHT  # beside an act or a topic a figure adds nothing (see FIGURE_WEIGHT)
    return total + act


def _best_window(
    a: SentenceAnalysis, gaz: Gazetteer, lo: int, hi: int, limit: int, marks: list[tuple[int, int, int, str]],
    extra_ends: tuple[int, ...] = (),
) -> tuple[int, int, int] | None:
    """The run of whole clauses within tokens ``lo``..``hi`` that says most and fits ``limit`` characters.

    Clauses begin after a comma, semicolon, colon or dash, and where :func:`_soft_bounds` says; of equally telling
    runs, one that does not end inside a list ("… về khoa học, công nghệ cao…" lost "bán dẫn" after it), then the
    longest in words ("hai bên đã trao đổi thẳng thắn, …, thu hẹp đáng kể khoảng cách …" over the same run
    opening with "Trong 4 ngày làm việc" and cut before its outcome), not counting the words that name people or
    bodies (the header says who: "…, đề nghị phía Hoa Kỳ …, cử chuyên gia …" over "Thứ trưởng Bộ Công Thương
    Nguyễn Sinh Nhật Tân, …, đề nghị phía Hoa Kỳ …"), then the earliest.  A run that takes a
    speaker's act and ends within two words of it ("AES ghi nhận…") is none; one that ends right before the act
    is not: it keeps what was asked for before it ("… ra khỏi danh sách D1, D3; | bày tỏ tin tưởng …").
    """
    marks = marks + _series(a, marks, lo, hi)
    opens, closes = _soft_bounds(a, marks)
    speakers = set(_after_speaker(a, marks))
    starts = {lo, *(i for i in _clause_starts(a) if lo < i < hi), *(k for k in speakers if lo < k < hi),
              *(k for k in opens if lo < k < hi)}
    ends = {hi, *(i for i in _clause_starts(a) if lo < i < hi), *(k for k in closes if lo < k < hi),
            *(k for k in extra_ends if lo < k < hi)}
    bounds = sorted(starts | ends)
    clause_starts = set(_clause_starts(a))
    # the speaker's acts, found once for every run tried
    speech = [(ms, _addressee_end(a, marks, me)) for ms, me, _, k in marks
              if k in _ACTS and " ".join(a.folded[ms:me]) in _SPEECH]
    lead = _discussion_lead(a, marks)
    # past the opening, what it says it led up to counts, not its own "trao đổi về" (its topics do)
    led = [m for m in marks if not (m[1] <= lead and m[3] == "discussion")] if lead else marks
    best: tuple[int, int, int] | None = None
    best_key: tuple[int, bool, int, int, int] = (0, False, 0, 0, 0)
    for x in range(len(bounds) - 1):
        if bounds[x] not in starts:
            continue
        if x and bounds[x] in clause_starts and _inside_phrase(a, gaz, bounds[x], bounds[x - 1]):
            continue
        for y in range(x + 1, len(bounds)):
            s, e = bounds[x], bounds[y]
            if e not in ends:
                continue
            start, end = _extent(a, s, e)
            if end - start > limit:
                break
            if any(s <= ms < e < me + 3 for ms, me in speech):
                continue  # a speaker's act cut from what it is about: "AES ghi nhận…"
            if e <= lead:
                continue  # "Trao đổi về quan hệ song phương…" without what the speaker then said about it
            w = _weight(led if s < lead < e else marks, s, e)
            # bounds are sorted and distinct: the one before e is bounds[y - 1]
            whole = e == hi or not (e in clause_starts and _inside_phrase(a, gaz, e, bounds[y - 1]))
            if w > 0:
                said, lead = _said(a, marks, s, e, speakers)
                if best is None or (w, whole, said, -lead, -s) > best_key:
                    best = (w, s, e)  # of equals: not ending inside a list, the most words past names, the least lead, the earliest
                    best_key = (w, whole, said, -lead, -s)
    return best


def _addressee_end(a: SentenceAnalysis, marks: list[tuple[int, int, int, str]], end: int) -> int:
    """Where whom an act addresses ends, when it names them right after it ("đề nghị | hai bên | nghiên cứu, …",
    "đề nghị | Bộ Tài chính Hoa Kỳ | tiếp tục …"), else ``end``: a piece ending a word or two past them has cut
    the act from what it asks."""
    ends = [e for s, e, _, k in marks if s == end and k == "other_side"]
    ends += [m.end for m in a.mentions if m.start == end]
    return max(ends, default=end)


def _series(a: SentenceAnalysis, marks: list[tuple[int, int, int, str]], lo: int, hi: int) -> list[tuple[int, int, int, str]]:
    """What is asked in each clause of a series after an ask, the clauses set off by semicolons: "Bộ trưởng đề
    nghị hai bên thực hiện các nội dung đã thống nhất; | tăng cường hợp tác phòng chống tội phạm xuyên quốc gia;
    | tiến hành bắt giữ, bàn giao …".  Each is asked as the first is, so a piece cut from the series may begin at
    any of them: a mark of the ask's weight on the clause's first word."""
    asks = [(me, w, k) for ms, me, w, k in marks if k in ("ask", "wish") and lo <= ms and me <= hi]
    found = []
    for k in _clause_starts(a):
        if lo < k < hi and ";" in a.gaps[k]:
            before = [(w, kind) for me, w, kind in asks if me <= k]
            if before:
                w, kind = max(before)
                found.append((k, k + 1, w, kind))
    return found


def _said(a: SentenceAnalysis, marks: list[tuple[int, int, int, str]], lo: int, hi: int,
          speakers: set[int]) -> tuple[int, int]:
    """How many words of tokens ``lo``..``hi`` say something, and how many only lead up to it.

    Words naming people or bodies say nothing the header does not (it says who), and neither do the words before
    a speaker who then acts, which only lead up to what is said: "Thông tin tới các doanh nghiệp Mỹ, | Chủ tịch
    nước Lương Cường khẳng định: …", "Mở đầu phiên làm việc, | ông Greer đánh giá cao …".  What such a lead names
    (a topic, an ask) weighs on its own; of two runs that say as much, the one with less lead is taken, the
    speaker kept.  ``speakers``: where :func:`_after_speaker` says a speaker's act begins."""
    acts = [ms for ms, me, _, k in marks if k in _ACTS and lo <= ms and me <= hi]
    start = lo
    if acts and min(acts) in speakers:
        start = max((m.start for m in a.mentions if lo <= m.start and m.end <= min(acts)), default=lo)
    names = sum(min(hi, m.end) - max(start, m.start) for m in a.mentions if m.start < hi and start < m.end)
    return hi - start - names, start - lo


# Clause openers with no comma before them: a subordinate clause ("… nhằm tiếp tục xử lý …", "… để hai bên …") or
# what follows a list's head ("… trong đó có …", "… đặc biệt là …").  A piece may begin or end there.  Matched with
# diacritics: folded, "để" would be the "đề" of "đề nghị".
_OPENERS = tuple(tuple(p.split()) for p in (
    "nhằm", "để", "qua đó", "trong đó", "đặc biệt là", "nhất là", "trong bối cảnh", "vì lợi ích", "sau khi",
    "trước khi", "nhưng", "tuy nhiên", "đồng thời"))
_OPENERS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _p in _OPENERS:
    _OPENERS_BY_FIRST.setdefault(_p[0], []).append(_p)
# their first words folded: a word written as one of them folds as it does, so a word folding otherwise is not one
# (tested before writing the word in lower case)
_OPENER_FIRSTS = frozenset(fold(w) for w in _OPENERS_BY_FIRST)
# What a speaker does, of the acts (folded): a piece may begin at it, the header already saying who
# ("… phù hợp với quan hệ … và | đề nghị Hoa Kỳ xem xét …"); "tăng cường", "mua" and the like are not among them
# ("mở rộng và tăng cường đầu tư" is one act).
_SPEECH = frozenset({"de nghi", "kien nghi", "de xuat", "nhat tri", "thong nhat", "cam ket", "yeu cau", "dong y",
                     "hoan nghenh", "keu goi", "mong muon", "mong", "ki vong", "khang dinh", "nhan manh", "bay to",
                     "cho biet", "cho rang", "danh gia cao", "ghi nhan", "luu y", "trao doi ve", "thao luan ve"})
# Words joining a speaker's two acts ("… và đề nghị …", "… đồng thời cũng đề nghị …"): a piece may end before them.
_JOINERS = (("va",), ("dong", "thoi"), ("cung", "nhu"), ("va", "dong", "thoi"), ("va", "cung"), ("dong", "thoi", "cung"))


def _soft_bounds(a: SentenceAnalysis, marks: list[tuple[int, int, int, str]]) -> tuple[list[int], list[int]]:
    """Where a piece cut from a long sentence may also begin and end, past its clause starts: at a clause opener
    with no comma before it, at what a speaker does, and before the words joining two of a speaker's acts."""
    opens: list[int] = []
    closes: list[int] = []
    f = a.folded
    tokens = a.tokens
    gaps = a.gaps
    for i in range(1, len(f)):
        if f[i] not in _OPENER_FIRSTS:
            continue  # most words open nothing
        openers = _OPENERS_BY_FIRST.get(tokens[i].text.lower())
        if not openers:
            continue
        if gaps[i] != " " and any(c in gaps[i] for c in ",;:"):
            continue  # a clause start already
        if any(tuple(t.text.lower() for t in tokens[i:i + len(p)]) == p for p in openers):
            opens.append(i)
            closes.append(i)
    for s, e, _, key in marks:
        if key in _ACTS and " ".join(f[s:e]) in _SPEECH:
            opens.append(s)
            closes.extend(s - len(j) for j in _JOINERS if s - len(j) > 0 and tuple(f[s - len(j):s]) == j)
    return opens, closes


# Words between a speaker and what they say: "Ông cũng đề nghị …", "Phó Thủ tướng đã khẳng định …".
_BETWEEN_SPEAKER_AND_ACT = frozenset({"cung", "da", "con", "thi", "lai", "tiep", "tuc", "tai", "dong", "thoi"})


def _after_speaker(a: SentenceAnalysis, marks: list[tuple[int, int, int, str]]) -> list[int]:
    """Where what a speaker says begins, past the speaker named at the head of its clause: "Thủ tướng Phạm Minh
    Chính | đề nghị Tập đoàn …".  The header already says who met whom, so a piece that must be cut to fit may
    begin at the act itself rather than lose what was asked for at its end."""
    starts = [0] + _clause_starts(a)
    found = []
    for s, _, _, kind in marks:
        if kind not in _ACTS:
            continue
        for m in a.mentions:
            if m.end <= s and (m.start in starts) and all(
                    w in _BETWEEN_SPEAKER_AND_ACT for w in a.folded[m.end:s]) and s - m.end <= 2:
                found.append(s)
    return found


# A photo credit on a line of its own, which makes the line before it a caption: "(Hình: Nhạc Nguyễn/AFP)".
_CREDIT = re.compile(r"\s*\(\s*(?:Ảnh|Hình|Nguồn ảnh)\s*:[^()]*\)\s*\.?\s*$", re.IGNORECASE)
# A photo's label, the title repeated with the photo's number: "Tổng Bí thư tiếp lãnh đạo tập đoàn … - Ảnh 1."
# Who came, not what was said: "Tham gia Đoàn, về phía Bộ Công Thương, có Ông A, …", "Cùng dự có …", "Tham gia Đối
# thoại về phía Việt Nam có …", "Cùng tiếp có …", "Cùng đi với Bộ trưởng có …"
_ROSTER = re.compile(r"^(?:tham gia doan|thanh phan doan|cung du|cung tham du|tham du buoi|tham du cuoc|tham du (?:co|con co)"
                     r"|ve phia [a-z ]{1,40} co (?:ong|ba)|(?:tham du|tham gia) [a-z ]{1,20} ve phia [a-z ]{1,20} co"
                     r"|cung tiep co|cung di (?:voi [a-z ]{1,30} )?co) ")
_PHOTO_LABEL = re.compile(r"\s*[-–]\s*Ảnh\s*\d+\s*\.?\s*$|^[-–]\s*Ảnh\s*\d+\s*\.?\s*$")

_CLAUSE_MARKS = ",;:.!?…"
_STOPS = (".", "!", "?", "…")
_CLOSERS = "\"”’)]» "


def _extent(a: SentenceAnalysis, lo: int, hi: int) -> tuple[int, int]:
    """The characters of tokens ``lo``..``hi`` (offsets in the sentence), with what is written onto their
    ends ("0%", "(USTR)", quotes): a piece ending "về 0" would say another figure than the article's "về 0%"."""
    text = a.sentence.text
    base = a.sentence.start
    start, end = a.tokens[lo].start - base, a.tokens[hi - 1].end - base
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in _CLAUSE_MARKS:
        start -= 1
    while end < len(text) and not text[end].isspace() and text[end] not in _CLAUSE_MARKS:
        end += 1
    return start, end


def _tokens_piece(a: SentenceAnalysis, lo: int, hi: int) -> Evidence:
    """Tokens ``lo``..``hi`` as evidence; a piece that runs to the sentence's end keeps its closing stop, so a
    whole sentence reads as one ("… cho cả hai bên.") and is not marked as cut short ("… cho cả hai bên…")."""
    start, end = _extent(a, lo, hi)
    if hi == len(a.tokens):
        text = a.sentence.text
        rest = text[end:].rstrip()
        if rest and rest[0] in ".!?…" and all(c in ".!?…" + _CLOSERS for c in rest):
            end += len(rest)
    return _piece(a, start, end)


def _topic_lead(a: SentenceAnalysis, lo: int, start: int, marks: list[tuple[int, int, int, str]]) -> int:
    """Where a sentence's opening clause ends when it names the topic of the rest and a piece cut from the sentence
    would begin past it: "Về hợp tác khắc phục hậu quả chiến tranh, | Chủ tịch nước … đề nghị hai bên tiếp tục tăng
    cường hợp tác trong lĩnh vực này."  Without it "lĩnh vực này" says nothing; kept as a piece of its own, it does.
    0 when the sentence does not open so, or its opening names a side or points back ("Về phía Hoa Kỳ, …",
    "Về vấn đề này, …").  A long opening is no lead: ten words at most."""
    if a.folded[lo] != "ve":
        return 0
    head = next((k for k in _clause_starts(a) if lo < k), 0)
    if not head or head - lo > 10 or start < head:
        return 0
    if head - lo < 3 or a.folded[lo + 1] in ("phia", "phan") or a.folded[head - 1] in ("nay", "do"):
        return 0  # "Về phía Hoa Kỳ, …", "Về phần mình, …", "Về vấn đề này, …"
    if any(lo <= m.start < head for m in a.mentions) or any(
            lo <= s < head for s, _, _, k in marks if k in _ACTS or k == "other_side"):
        return 0  # a side or a speaker, not a topic
    return head


def _title_marks(title: SentenceAnalysis | None, own: list[SentenceAnalysis], fallback: Evidence,
                 gaz: Gazetteer) -> list[tuple[int, int, int, str]] | None:
    """The marks of an article's title when it says what its one meeting was about and nothing else does, else None:
    a heading that tells no meeting ("… tiếp …"), names no courtesy or praise, and says something (an ask, a topic, a
    figure) or names a cooperation ("Mở rộng giao lưu, gắn kết nhân dân và hợp tác các địa phương …"), where the
    meeting's own report says nothing either."""
    if title is None or not title.tokens or title.sentence.kind != "heading" or title.find(gaz.cue_index):
        return None
    marks = _marks(title, gaz)
    if any(k in ("courtesy", "relations", "background") for _, _, _, k in marks):
        return None
    if _weight(marks, 0, len(title.tokens)) <= 0 and "hop tac" not in " ".join(title.folded):
        return None
    report = next((a for a in own if a.sentence.index == fallback.sentence), None)
    return marks if report is None or _weight(_marks(report, gaz), 0, len(report.tokens)) <= 0 else None


def _telling_clauses(
    spare: list[tuple[int, int, int, SentenceAnalysis, list[tuple[int, int, int, str]]]], gaz: Gazetteer,
) -> list[tuple[int, int, int, SentenceAnalysis, list[tuple[int, int, int, str]]]]:
    """Of sentences whose courtesies and praise outweigh what they say, the run of clauses in each that says
    something on its own: the most telling first.  Tried only when nothing in the meeting's part says more than
    it costs, so the meeting's own report is not all a summary repeats."""
    found = []
    for _, lo, hi, a, marks in spare:
        window = _best_window(a, gaz, lo, hi, MAX_SUMMARY - 2, marks)
        if window is not None and len(_tokens_piece(a, window[1], window[2]).text) >= MIN_CLAUSES:
            found.append((window[0], window[1], window[2], a, marks))
    return found


def _tells_more_than_who(a: SentenceAnalysis, lo: int, hi: int) -> bool:
    """Whether a stretch says something besides naming people: a line under a photo written as text ("Chủ tịch Quốc
    hội X trao đổi cùng Tổng thống Y.") only names them and what they did together."""
    named = {k for m in a.mentions for k in range(m.start, m.end)}
    return sum(1 for k in range(lo, hi) if k not in named) >= 8


def summarize(
    own: list[SentenceAnalysis], anchors: dict[int, tuple[int, int]], whole: dict[int, str], gaz: Gazetteer,
    fallback: Evidence, title: SentenceAnalysis | None = None, compact: Evidence | None = None,
) -> tuple[str, list[Evidence]]:
    """What was discussed, asked for or agreed at one meeting, in the article's own words.

    ``own`` are the sentences about this meeting; in those that report the meeting itself
    (``anchors``: sentence → the tokens after its who-met-whom part, up to any other meeting it
    reports) only that part is considered, since the header already says who, when and where.
    The sentences are taken by weight, among equals one told after the meeting's report before one told
    ahead of it (a lead that sums up the whole trip), then the earlier: whole where they fit, else
    the run of clauses that says most, marked with "…".  The meeting's own report (``fallback``) is
    used only when nothing else says anything; too long, from its act on (``compact``, see :func:`from_the_act`).
    """
    choices: list[tuple[int, int, int, SentenceAnalysis, list[tuple[int, int, int, str]]]] = []
    spare: list[tuple[int, int, int, SentenceAnalysis, list[tuple[int, int, int, str]]]] = []
    plain: list[tuple[int, int, int, SentenceAnalysis, list[tuple[int, int, int, str]]]] = []
    last = max(whole)
    for a in own:
        if a.sentence.kind in ("heading", "caption") or not a.tokens or (
                # (a long sentence before a credit alone is text whose photo's caption was lost with the photo)
                _CREDIT.match(whole.get(a.sentence.index + 1, "")) and len(a.sentence.text) <= MAX_CAPTION) or (
                "Ảnh" in a.sentence.text and _PHOTO_LABEL.search(a.sentence.text)):  # (a test in C before the pattern)
            continue  # a photo's caption, told by its kind, by the credit on the line after it or by its number
        if _ROSTER.match(" ".join(a.folded[:12]) + " "):
            continue  # who came
        lo, hi = anchors.get(a.sentence.index, (0, len(a.tokens)))
        if a.sentence.index in anchors and lo > 0 and a.folded[0] == "nham" and (
                opening := next((k for k in _clause_starts(a) if "," in a.gaps[k]), 0)) and opening < lo:
            # "Nhằm triển khai Hiệp định hợp tác hải quan, ngày 8/6, A đã hội đàm với B": what the meeting was for,
            # told before it
            marks = _marks(a, gaz) + [(0, 1, WEIGHTS["position"], "discussion")]
            if (w := _weight(marks, 0, opening)) > 0:
                choices.append((w, 0, opening, a, marks))
        if a.sentence.index == last and not a.sentence.text.rstrip(_CLOSERS).endswith(_STOPS):
            # an excerpt cut off mid-sentence ("… Đây là lần đầu tiên Hoa Kỳ đề xuất hìn"): its last clause is
            # not whole, and what it would have said is not known
            hi = max([k for k in _clause_starts(a) if lo < k < hi], default=lo)
        if lo >= hi:
            continue
        marks = _marks(a, gaz)
        if a.sentence.index in anchors and lo > 0 and a.folded[lo] in _PURPOSE and hi - lo > 2:
            marks.append((lo, lo + 1, WEIGHTS["position"], "discussion"))
        w = _weight(marks, lo, hi)
        if w > 0:
            choices.append((w, lo, hi, a, marks))
        elif any(lo <= ms and me <= hi for ms, me, _, k in marks if k in _ACTS):
            spare.append((w, lo, hi, a, marks))
        elif a.sentence.index in anchors and a.sentence.index != fallback.sentence and _tells_more_than_who(a, lo, hi):
            plain.append((w, lo, hi, a, marks))
    # Nothing says more than it costs: the first sentence that says something at all ("Thủ tướng tái khẳng định …",
    # however much praise of the relations it carries) tells more than the meeting's own report or its photo's
    # caption, which only repeat who met whom; failing it, the clauses of one that say something without the praise
    # around them ("bày tỏ vui mừng trước … quan hệ …; | khẳng định Việt Nam hoan nghênh …").
    choices = choices or [c for c in spare if c[0] == 0][:1]
    if not choices and title is not None and (title_marks := _title_marks(title, own, fallback, gaz)) is not None:
        # nothing in the meeting's part says anything, its own report not either: the article's title, when it
        # tells no meeting but what was done ("Bộ Y tế và MSD thúc đẩy hợp tác, hướng tới chuyển giao …"), says
        # what this one was about
        choices.append((1, 0, len(title.tokens), title, title_marks))
    choices = choices or _telling_clauses(spare, gaz)
    first_report = min(anchors, default=0)
    # no word that weighs anywhere: what another sentence naming the meeting tells of it ("Tại cuộc hội kiến, hai nhà
    # lãnh đạo đã chứng kiến … trao tặng các kỷ vật chiến tranh …") still says more than its report, which repeats the
    # header
    choices = choices or plain[:1]
    choices = _with_antecedents(choices)
    choices.sort(key=lambda c: (-c[0], c[3].sentence.index < first_report, c[3].sentence.index))
    pieces: list[Evidence] = []
    budget = MAX_SUMMARY
    for _, lo, hi, a, marks in choices:
        room = budget - 2 if pieces else budget
        piece = _tokens_piece(a, lo, hi)  # its closing stop counted: "… của Tổng Bí thư." one character over is too long
        if len(_render([piece], whole)) > room:
            window = _best_window(a, gaz, lo, hi, room - 2, marks)
            if window is None and not pieces:
                # no clause of the first sentence fits: it may end before a "và" joining two things said ("… thảo
                # luận những mối quan ngại … ở Myanmar | và những cam kết …"), not two sides ("giữa A | và B")
                window = _best_window(a, gaz, lo, hi, room - 2, marks, tuple(
                    k for k in range(lo + 1, hi) if a.folded[k] == "va" and a.tokens[k].text.islower()
                    and "giua" not in a.folded[max(lo, k - 6):k]))
            if window is None:
                continue
            piece = _tokens_piece(a, window[1], window[2])
            head = _topic_lead(a, lo, window[1], marks)
            if head:
                lead = _tokens_piece(a, lo, head)
                rest = _best_window(a, gaz, head, hi, room - len(lead.text) - 4, marks)
                if rest is not None:
                    pieces.append(lead)
                    piece = _tokens_piece(a, rest[1], rest[2])
        if any(fold(piece.text) in fold(p.text) or fold(p.text) in fold(piece.text) for p in pieces):
            continue  # a title repeated as the lead's first sentence says it once
        pieces.append(piece)
        budget = MAX_SUMMARY - len(_render(sorted(pieces, key=lambda e: e.start), whole)) - 1
        if budget < 60 or len(pieces) >= MAX_PIECES:
            break
    if not pieces:
        pieces = [_shorten(fallback if len(fallback.text) <= MAX_SUMMARY - 2 or compact is None else compact,
                           MAX_SUMMARY - 2)]
    pieces.sort(key=lambda e: e.start)
    while len(pieces) > 1 and len(_render(pieces, whole)) > MAX_SUMMARY:
        pieces.pop()  # a cut piece's "…" can tip two pieces over the limit
    if len(_render(pieces, whole)) > MAX_SUMMARY:
        pieces = [_shorten(pieces[0], MAX_SUMMARY - 2)]
    return _render(pieces, whole), pieces
