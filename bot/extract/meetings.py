"""From a sentence's mentions and cues to meeting candidates.

A cue (``làm việc với``, ``điện đàm``, ``tọa đàm với`` …) opens a segment; the
people and bodies listed right after it, up to the next cue or the end of the
clause, are who was met; the Vietnamese principal stands before it.  Nobody
named elsewhere in the sentence (a president to be reported to, a company said
to be considering investment) becomes a participant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..gazetteer import Gazetteer
from ..text import fold
from .dates import DATELINE, DateMention
from .mentions import (
    ALL,
    COUNTRY_NAMES,
    GENERIC_PAIRS,
    PORTFOLIO_WORDS,
    Cue,
    Mention,
    SentenceAnalysis,
    firms_word_before,
    side_of,
)

# Words that may stand between the items of a list of participants.
_LIST_WORDS = frozenset({"va", "cung", "voi", "ong", "ba", "ngai", "cac", "giua", "nhung", "doan", "nhom", "dai", "dien",
                         "luc", "song", "phuong", "rieng", "hai", "vi", "qui", "truc", "tuyen", "tiep",
                         # "lãnh đạo Tập đoàn Boeing", "các doanh nghiệp thành viên USABC": who of a body
                         "lanh", "dao", "thanh", "vien", "doanh", "nghiep", "quan", "chuc", "mot", "so",
                         "cong", "tac", "bieu",  # "đoàn công tác của …", "đoàn đại biểu …"
                         "thuoc",  # "lãnh đạo các doanh nghiệp thuộc Hiệp hội …"
                         "ts", "gs", "pgs", "gsts", "pgsts", "tien", "si", "giao", "su",  # "TS Andrew Otoo", "Giáo sư X"
                         "ca", "lan"})  # "với cả A lẫn B"
# ("cùng lúc với", "song phương với", "trực tuyến với": words between a cue and whom it names)
_FUTURE_REACH = 12
_NOT_AN_EVENT = frozenset({"kenh", "che"})  # "kênh trao đổi", "cơ chế đối thoại": talk of meeting, not one
_TIME_WORDS = frozenset({"sang", "chieu", "toi", "trua", "thu", "chu", "nhat", "hai", "ba", "tu", "nam", "sau", "bay",
                         "gio", "luc", "vao", "theo", "dia", "phuong", "hom", "qua", "nay"})


@dataclass(slots=True)
class Candidate:
    """One meeting as one sentence reports it, before merging with the article's others."""

    analysis: SentenceAnalysis
    cue: Cue | None
    segment_end: int
    participants: list[Mention]
    kind: str
    date: DateMention | None
    place: str | None
    pair: bool = False  # "hai nhà lãnh đạo điện đàm …": the article's two leaders, named before
    delegation: bool = False  # "Phó Chủ tịch Quốc hội X đã tiếp đoàn.": the article's visiting delegation
    apart: bool = False  # one of several met each on their own in one sentence ("các cuộc điện đàm với A và B")
    interviewee: bool = False  # "tôi đã gặp Bộ trưởng X" in an interview: the US person it is with met them
    led_bodies: tuple[str, ...] = ()  # "đoàn Hiệp hội X do ông Y dẫn đầu": the bodies met through their head

    @property
    def sentence(self) -> int:
        return self.analysis.sentence.index


def _bracketed(a: SentenceAnalysis) -> set[int]:
    """The tokens inside brackets: "(bang Nebraska)", "(Cộng hòa - Montana)"."""
    inside: set[int] = set()
    depth = 0
    for k, gap in enumerate(a.gaps):
        depth = max(0, depth + gap.count("(") - gap.count(")"))
        if depth:
            inside.add(k)
    return inside


def _list_after(a: SentenceAnalysis, start: int, end: int) -> list[Mention]:
    """The mentions listed from token ``start``: each separated from the last only by list words."""
    found: list[Mention] = []
    pos = start
    inside_places = [(p[0] + 1, p[1]) for p in a.places]  # the tokens of each place's name, after "tại"
    # "cuộc điện đàm tối thứ Sáu (4/4) giữa A và B": the time between the cue and the list is no break
    base = a.sentence.start
    timed: set[int] | None = None
    bracketed = _bracketed(a) if "(" in a.sentence.text else set()
    for m in a.mentions:
        if m.start < pos:
            continue
        if any(s <= m.start and m.end <= e for s, e in inside_places):
            continue  # "làm việc tại Bộ Thương mại Hoa Kỳ với ông X": where, not whom
        if m.start >= end:
            break
        if not found and m.end < len(a.folded) and a.folded[m.end] == "gom" and "thanh" in a.folded[pos:m.start]:
            continue  # "với các thành viên nội các Tổng thống Trump gồm A, B": whose members, not one of them
        # "với hai lãnh đạo cấp cao phía Hoa Kỳ: Bộ trưởng A và Đại sứ B": who they were, then their names
        introduced = not found and ((a.gaps[m.start].strip() == ":" and m.start - start <= 10 and not any(
            any(c in a.gaps[x] for c in ",;") for x in range(start + 1, m.start)))
            # "tiếp đoàn doanh nghiệp ngành năng lượng, hạ tầng của Hội đồng …": what the delegation is, then whose
            or (start < len(a.folded) and a.folded[start] == "doan" and m.start > start
                and a.folded[m.start - 1] == "cua" and m.start - start <= 16
                and not any(any(c in a.gaps[x] for c in ";:.") for x in range(start + 1, m.start))))
        if not found and not introduced and any(
                any(c in a.gaps[x] for c in ",;:") for x in range(start, m.start + 1) if x > start) and (
                m.start == 0 or (_bare(list(a.folded[max(0, m.start - 2):m.start]))[-1:] not in (["gom"], ["nhu"], ["la"])
                                 and a.folded[max(0, m.start - 3):m.start] != ("trong", "do", "co"))) and (
                a.folded[start:start + 3] != ("nguoi", "dong", "cap") or m.start - start > 7):  # "người đồng cấp Mỹ, ông X"
            break  # "Tại cuộc họp, đại diện các Tập đoàn đã báo cáo …": the clause after the comma is not whom
        between = [(k, f) for k, f in enumerate(a.folded[pos : m.start], pos)
                   if not any(s <= k < e for s, e in inside_places) and f not in _TIME_WORDS
                   and a.tokens[k].text.casefold() not in ("tại", "ở")  # (not the "tài" of "tài chính")
                   and not (f == "cua" and not found)  # "cuộc điện đàm của A với B": A is the first met
                   and not (f == "ban" and a.folded[k + 1:k + 3] == ("lanh", "dao"))  # "tiếp Ban lãnh đạo Phòng …"
                   and not (found and k in bracketed)]  # "Pete Ricketts (bang Nebraska) và Jacky Rosen"
        if any(f not in _LIST_WORDS for _, f in between):
            if timed is None:  # the tokens of dates, found only when a list is not plainly a list
                timed = {k for k, t in enumerate(a.tokens) for d in a.dates if d.start <= t.start - base < d.end}
            if found and any(k in timed for k, _ in between) and any("," in a.gaps[k] for k in range(pos, m.start + 1)):
                break  # "giữa A và B chiều 10-11, sáng 12-11 Thứ trưởng X đã …": the next clause, on its own day
            between = [(k, f) for k, f in between if k not in timed]
        between = [f for _, f in between]
        # "cuộc điện đàm mang tính xây dựng giữa A và B": a few words on the meeting before whom it joined
        after_voi = between[len(between) - between[::-1].index("voi"):] if "voi" in between else None
        described = not found and (introduced or (between[-1:] == ["giua"] and len(between) <= 6)
                                   # "tọa đàm với khoảng 30 doanh nghiệp thành viên Hội đồng …": how many of whose
                                   or (pos == start and a.folded[start - 1] == "voi" and 0 < len(between) <= 8
                                       and all(f in _GROUP_WORDS or f in _LIST_WORDS or f.isdigit() for f in between))
                                   # "các buổi làm việc quan trọng với lãnh đạo cấp cao của Tập đoàn Intel"
                                   or (after_voi is not None and len(between) <= 14 and pos == start
                                       and all(f in _LIST_WORDS or f in _GROUP_WORDS or f.isdigit() for f in after_voi)
                                       and not {"da", "se", "va"}.intersection(between[:len(between) - len(after_voi)]))
                                   # "… với nhiều tập đoàn hàng đầu của Mỹ như SpaceX, Google, …"
                                   # "đã gặp và nhắc nhở bà X": a second verb of the one meeting, then whom
                                   or (pos == start and a.folded[start - 1] in ("gap", "tiep") and between[:1] == ["va"]
                                       and 2 <= len(between) <= 3 and not any(
                                           a.tokens[k].is_capitalized and a.folded[k] not in ("ong", "ba", "ngai")
                                           for k in range(start, m.start))
                                       and not any(a.gaps[k].strip() for k in range(start + 1, m.start + 1)))
                                   # "gặp người đồng cấp Hoa Kỳ, ông Jamieson Greer"
                                   or (between[:3] == ["nguoi", "dong", "cap"] and len(between) <= 6)
                                   # "tiếp (lãnh đạo) các tập đoàn Coca-Cola, Warburg Pincus và …"
                                   or (len(between) <= 7 and firms_word_before(between, len(between) - 1))
                                   # (the honorific before the first name: "… gồm: ông Kevin Walsh, …")
                                   or ((_bare(between)[-1:] in (["nhu"], ["gom"]) or between[-3:] == ["trong", "do", "co"])
                                       and len(between) <= 24
                                       and bool({"tap", "doanh", "cong", "thanh", "quan", "lanh"}.intersection(between))))
        if found and between in (["va", "dac", "biet", "la"], ["dac", "biet", "la"]):
            between = ["va"]  # "Northwind, Bluepeak Energy và đặc biệt là Orbit Systems": one more, stressed
        # "đoàn Hạ nghị sĩ Hoa Kỳ gồm các ông A, B và C": the members the group is made of
        members = bool(found) and between[:1] == ["gom"] and all(f in ("gom", "cac", "ong", "ba", "ngai") for f in between)
        # "điện đàm với A, sau đó với B": one more met, on their own
        members = members or (bool(found) and a.folded[pos:pos + 3] == ("sau", "do", "voi") and m.start - pos <= 5
                              and m.side != "vn")  # (not "…, sau đó với Bộ trưởng Tài chính [ours] để thông báo …")
        # "ông X, Chủ tịch Hiệp hội … và lãnh đạo các doanh nghiệp pin hàng đầu Hoa Kỳ, như A, B": the firms whose heads
        # came with him
        members = members or (bool(found) and between[:1] == ["va"] and _bare(between)[-1:] == ["nhu"]
                              and len(between) <= 16 and bool({"tap", "doanh", "cong"}.intersection(between)))
        if any(f not in _LIST_WORDS for f in between) and not _led_by(between) and not described and not members:
            break
        found.append(m)
        pos = m.end
    return found


# Words that may stand between "với" and the body met, saying which of it: "với lãnh đạo cấp cao của Tập đoàn …",
# "với hơn 30 doanh nghiệp thành viên Phòng Thương mại Hoa Kỳ …"
_GROUP_WORDS = frozenset({"cap", "cao", "cua", "hon", "gan", "khoang", "tren", "doanh", "nghiep", "thanh", "vien"})

_BODY_LEADS = frozenset({"lanh", "dao", "dai", "dien", "cac", "cong", "dong"})  # lãnh đạo, đại diện, các, cộng đồng


def _vietnamese_body_after(a: SentenceAnalysis, start: int, end: int, gaz: Gazetteer) -> Mention | None:
    """A Vietnamese body not otherwise known named right after the cue ("Sở Công Thương TP.HCM", "lãnh đạo UBND
    tỉnh"), so a foreign visitor's meeting has its host: the body, as a mention of ours."""
    k = start
    while k < end and a.folded[k] in _BODY_LEADS and not a.tokens[k].is_capitalized:
        k += 1
    if k >= end or not a.tokens[k].is_capitalized or k in {m.start for m in a.mentions}:
        return None
    run = k + 1
    while run < end and a.tokens[run].is_capitalized and a.gaps[run] == " ":
        run += 1
    if " ".join(a.folded[k:run]) in COUNTRY_NAMES:
        return None  # "các cuộc đàm phán với Việt Nam": the country, no body that received anyone
    if side_of(a.folded[k:min(end, k + 8)], gaz, "vn", a.tokens[k:min(end, k + 8)]) != "vn":
        return None
    # (its name goes on in lower case, "Sở Y tế tỉnh An Giang", to what the meeting was about or the next body)
    while run < end and run - k < 10 and a.gaps[run] == " " and a.folded[run] not in _BODY_ENDS:
        run += 1
    return Mention("org", k, run, name=a.text_between(k, run), side="vn")


_BODY_ENDS = frozenset({"va", "ve", "de", "tai", "o", "nham", "trong", "cung", "voi", "nhu", "do", "theo"})


_GENERIC_BODIES = tuple(fold(w) for w in ("các doanh nghiệp", "cộng đồng doanh nghiệp", "doanh nghiệp", "các tập đoàn",
                                          "tập đoàn", "đại diện các doanh nghiệp", "lãnh đạo các doanh nghiệp"))


_GENERIC_CAPITALS = frozenset({"tập", "đoàn", "doanh", "nghiệp", "tổng", "công", "ty", "cộng", "đồng", "đại", "diện", "lãnh",
                               "đạo", "các"})


def generic_body(m: Mention) -> bool:
    """ "các doanh nghiệp Hoa Kỳ", "cộng đồng doanh nghiệp Mỹ": nobody a reader could look up."""
    if m.kind != "org" or m.org is not None or not fold(m.name).startswith(_GENERIC_BODIES):
        return False
    # "Tập đoàn Excelerate Energy" has a name of its own; "các tập đoàn lớn của Hoa Kỳ" has none
    rest = re.sub(r"\b(?:Hoa Kỳ|Mỹ|Việt Nam|ASEAN)\b", " ", m.name).split()[1:]
    return not any(w[:1].isupper() for w in rest if w.isalpha() and w.casefold() not in _GENERIC_CAPITALS)


def organizers(a: SentenceAnalysis, after: int = 0) -> list[Mention]:
    """The foreign bodies a sentence says organised an event: "… do A phối hợp với B, C đồng tổ chức",
    "VCCI phối hợp với A và B tổ chức Hội nghị …"."""
    f = a.folded
    at = next((k for k in range(after, len(f) - 1) if f[k] == "to" and f[k + 1] == "chuc"), None)
    if at is None or not ("do" in f[after:at] or "phoi" in f[after:at]):
        return []
    return [m for m in a.mentions if m.kind == "org" and m.side != "vn" and after <= m.start and m.end <= at
            and not generic_body(m)]


def _clause_subject(vn: list[Mention], a: SentenceAnalysis) -> list[Mention]:
    """The Vietnamese side of the clause: the last one named before the cue, with those joined to it by "và",
    "cùng" — not one named in a phrase before it ("Nhân dịp tham gia đoàn … do Tổng Bí thư Tô Lâm dẫn đầu …,
    Bộ trưởng Ngoại giao Lê Hoài Trung đã hội đàm với …")."""
    if not vn:
        return []
    # "Phó Thủ tướng Hồ Đức Phớc, Đặc phái viên của Tổng Bí thư Tô Lâm, đã hội đàm …": whose envoy he is is said
    # in his title, and is not the subject
    while len(vn) > 1 and vn[-1].start > 0 and a.folded[vn[-1].start - 1] in ("cua", "thuoc") and (
            vn[-2].end >= vn[-1].start - 1):
        vn = vn[:-1]
    kept = [vn[-1]]
    for m in reversed(vn[:-1]):
        between = a.folded[m.end:kept[0].start]
        if (between and all(w in ("va", "cung", "voi", "ong", "ba", "cac", "dong", "chi") for w in between)) or (
                not between and a.gaps[kept[0].start].strip() == ","):  # "Bí thư Tỉnh uỷ X, Chủ tịch UBND tỉnh Y đã tiếp"
            kept.insert(0, m)
        else:
            break
    return kept


def _led_by(words: list[str]) -> bool:
    """ "… với đoàn đàm phán Hoa Kỳ do Đại sứ X làm trưởng đoàn": the delegation is met through its head."""
    return bool(words) and words[0] in ("doan", "phai") and words[-1] == "do" and len(words) <= 9


def _segment_end(a: SentenceAnalysis, cue: Cue, next_cue: Cue | None) -> int:
    end = next_cue.start if next_cue else len(a.tokens)
    for c in a.clause_ends:
        if cue.end <= c < end and a.folded[c:c + 3] != ("trong", "do", "co"):  # "…, trong đó có Boeing": who, still
            return c
    starts = {m.start for m in a.mentions if m.kind == "person"}
    named = {m.start for m in a.mentions if m.kind in ("person", "unnamed", "org")}
    for k in range(cue.end + 1, end):
        # (a list of people with their titles set off by semicolons goes on: "tiếp ông A, Chủ tịch …; ông B, …", and
        # one of meetings: "làm việc với bà A, …; với ông B, …; và với lãnh đạo C")
        if a.folded[k - 1] in ("gom", "nhu") and a.gaps[k].strip() == ":":
            continue  # "… gồm: ông A, …": the list begins
        if a.gaps[k].strip() == ":" and k in starts and k - cue.end <= 10 and not any(
                a.gaps[x].strip() for x in range(cue.end + 1, k)):
            continue  # "… với hai lãnh đạo cấp cao phía Hoa Kỳ: Bộ trưởng A và Đại sứ B": who they were, then names
        if a.gaps[k].strip() in (";", ":") and not (a.gaps[k].strip() == ";" and (k in starts or (
                k + 1 in starts and a.folded[k] in ("ong", "ba", "ngai", "va")) or (
                k + 2 in starts and a.folded[k] == "va" and a.folded[k + 1] in ("ong", "ba", "ngai")) or (
                _again_with(a.folded, k) and any(k < x <= k + 4 for x in named)))):
            return k
    return end


def _bare(words: list[str]) -> list[str]:
    """The words before a name without the honorific closing them ("gồm ông" is "gồm")."""
    return words[:-1] if words[-1:] in (["ong"], ["ba"], ["ngai"]) else words


def _again_with(folded: Sequence[str], k: int) -> bool:
    """Whether token ``k`` opens one more of a list of meetings: "…; với ông B", "…; và với lãnh đạo C"."""
    return folded[k] == "voi" or tuple(folded[k:k + 2]) == ("va", "voi")


def _kind(a: SentenceAnalysis, gaz: Gazetteer, default: str, cue: Cue | None = None) -> str:
    if default != "in_person":
        return default
    # (not inside a name: "Nguyễn Hồng Diên đàm phán" folds like "điện đàm"; nor another meeting's own cue: "đã tiếp
    # Bộ trưởng Lutnick, điện đàm với Thượng nghị sĩ Young": the reception was no call)
    markers = [kind for s, e, kind in gaz.kind_marker_index.find_all(a.folded)
               if not any(m.start < e and s < m.end for m in a.mentions)
               and not (cue is not None and any(c.kind == kind and c.start < e and s < c.end  # (a cue of its own,
                                                and not (c.start <= cue.end and cue.start < c.end)  # not this one's
                                                for c in a.cues))]  # go on: "đồng chủ trì phiên | họp trực tuyến")
    return markers[0] if markers else default


_OUR_CLOCK = re.compile(r"\s*(?:theo\s+)?giờ\s+(?:Hà Nội|Việt Nam|VN)\b", re.IGNORECASE)  # "theo giờ Hà Nội"
_HOME_CLOCK_NEXT = re.compile(r"\s*\(?" + _OUR_CLOCK.pattern, re.IGNORECASE)  # "(giờ Việt Nam)" too


def at_home(text: str, start: int, end: int) -> bool:
    """Whether a date is written in brackets as the day at home of a meeting held abroad: "Tối 12/5 (sáng 13/5 giờ Hà
    Nội)" (not "vào tối ngày 4/4 theo giờ Việt Nam", a call's own day told in our time)."""
    return "(" in text[max(0, start - 12):start] and bool(_OUR_CLOCK.match(text[end:end + 20]))


_THAT_IS = re.compile(r"\btức\s*(?:là\s*)?(?:\S+\s+){0,2}$")
_RELEASED = re.compile(r"\b(?:thong cao|thong bao|tuyen bo|ban tin)(?: bao chi)?"
                       r"(?: (?:ra|dua ra|phat di|phat hanh|cong bo|dang tai|duoc dang|hom|ngay|vao))+ ?$")


_REPORTED_ON = re.compile(r"\b(?:cho biết|cho hay|thông báo|xác nhận)(?:\s+(?:hôm|vào|ngày))?\s*$", re.IGNORECASE)


def released(text: str, start: int) -> bool:
    """Whether the date at ``start`` is the day a statement came out ("thông cáo ra hôm 18/6", "Theo thông cáo hôm 19/9",
    "…, Nhà Trắng cho biết tối thứ Ba")."""
    before = text[max(0, start - 40):start]
    return _RELEASED.search(fold(before).rstrip()) is not None or _REPORTED_ON.search(before) is not None


# (not the ministry: "Bộ trưởng Bộ Thông tin và Truyền thông X đã tiếp …")
_REPORTING = re.compile(r"^\W*(?:\w+\W+){0,6}?(?:cho biet|cho hay|(?<!\bbo )thong tin(?! va truyen thong)|thong bao"
                        r"|dua tin)\b")


# Nouns that make a cue a reference to a meeting told of elsewhere: "nội dung điện đàm giữa A và B",
# "ý nghĩa quan trọng của cuộc điện đàm giữa …", "kết quả cuộc gặp …".
_REFERENCE_NOUNS = tuple(fold(w) for w in ("nội dung", "kết quả", "ý nghĩa", "tinh thần", "thỏa thuận", "thoả thuận"))


def _referred(a: SentenceAnalysis, cue: Cue) -> bool:
    """Whether the cue names a meeting as the object of the sentence's own event, not as that event."""
    before = " ".join(a.folded[max(0, cue.start - 5):cue.start])
    return any(f" {w} " in f" {before} " for w in _REFERENCE_NOUNS)


# Words after "tiếp đoàn" that end what is said of the delegation: where or when ("tiếp đoàn tại Nhà Quốc hội")
_WHERE_OR_WHEN = frozenset({"tai", "o", "vao", "trong", "sang", "chieu", "toi", "ngay"})
# Counts before "cuộc"/"buổi"/"phiên" that tally meetings rather than tell one ("có hai cuộc làm việc" tells two)
_MANY = frozenset({"nhiều", "chục", "trăm", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mươi"})
# Words before a cue that make it talks going on, a habit or a career, not one meeting: "đang đàm phán với",
# "sau mỗi phiên họp với …", "Ông từng làm việc với …"
_ONGOING = frozenset({"đang", "mỗi", "từng", "thường"})
# "Buổi tọa đàm có sự tham gia của …": who took part in the meeting just reported, not another meeting
TOOK_PART = re.compile(r"^(?:(?:buoi|cuoc) )?(?:toa dam|hoi nghi|hoi thao|su kien|chuong trinh|dien dan)? ?(?:nay )?"
                        r"co su tham (?:gia|du) cua\b"
                        # "Tham gia tiếp và làm việc với Đoàn … có đồng chí X, …": who of ours attended the reception told
                        r"|^(?:cung )?tham (?:gia|du) (?:buoi |cuoc )?tiep\b")
# Advice, orders and requests before a cue: "cần" (not the "Hậu cần" of logistics), "nên", "giao <title>", "yêu cầu",
# "chỉ đạo" (not "Ban Chỉ đạo 701"), "đề nghị"
_ADVISED = re.compile(r"(?:^|\s)(?:(?<!hậu )cần(?! thơ)|nên|(?<!theo )yêu cầu|(?<!ban )chỉ đạo|(?<!theo )đề nghị|(?<!bàn )(?<!chuyển )(?<!ngoại )(?<!xã )giao (?:bộ|thứ|phó|đại|các|đoàn))(?:\s|$)")
TASKED = re.compile(r"\b(?:giao nhiệm vụ|yêu cầu|chỉ đạo|nhiệm vụ)\b")  # tasks and plans
_RECOUNTED = re.compile(r"\b(?:ke lai|nho lai|hoi tuong|ky niem khi|nhung lan)\b")
_REPORTER = re.compile(r"\b(?:phong vien|nha bao|bien tap vien)\b")
_THE_DELEGATION_BY = (("doan", "co"), ("doan", "la"), ("doan", "gom"))  # "Tiếp đoàn có …": who received it
# "hai nhà lãnh đạo điện đàm …", "Trước đó, tối 7-2, hai bộ trưởng đã có cuộc điện đàm đầu tiên": the two of the last
# meeting of both sides
_THE_TWO_LEADERS = re.compile(r"\bhai (?:nha lanh dao|bo truong|ngoai truong|truong doan|thu truong)\b")
_TOP_SEAT = re.compile(r"^(?:tong bi thu|chu tich nuoc|thu tuong|chu tich quoc hoi|pho chu tich nuoc|pho thu tuong)\b")
_ACTIVITY = re.compile(r"\b(?:hoat dong|tham quan|chup anh luu niem|trong mot su kien)\b")
# (not past a semicolon or a stop: "… gặp A; ngày 10/4, … làm việc với B" is the next clause's day)
_RIGHT_AFTER = re.compile(r"^[^\w;.]*(?:(?:vào|hôm|lúc)\s+)?$")


_COMING = frozenset({"ngay", "tuan", "thang", "sap", "gian", "nam"})  # "vài ngày tới", "tuần tới", "thời gian tới"


def _framed_until(a: SentenceAnalysis, start: int, end: int) -> int:
    """Where the opening "Tại cuộc gặp X, …" ends (its comma): what follows is what was said at it ("…, Thủ tướng mong
    muốn hai bên cụ thể hóa các thỏa thuận trong thời gian tới"), whose times are not the meeting's."""
    return next((k for k in range(start + 1, end) if "," in a.gaps[k]), end)


def _to_come(a: SentenceAnalysis, start: int, end: int) -> bool:
    """Whether the segment a cue opens says when it will be: "… trong vài ngày tới", "… vào tuần tới"."""
    # ("Đại sứ Hoa Kỳ tại Việt Nam tới thăm …": "Nam" is no "năm tới", next year)
    # (up to a clause told as done: "… cuộc điện đàm giữa A và B vào ngày 29.3 và hai bên đã nhất trí tiếp tục thúc đẩy
    # quan hệ trong thời gian tới": what they agreed to do, not when the call will be)
    end = next((k for k in range(start + 1, min(end, len(a.tokens))) if a.folded[k] == "da"
                and a.tokens[k].text.casefold() == "đã"), end)
    return any(a.folded[k] == "toi" and a.folded[k - 1] in _COMING and a.tokens[k].text.casefold() == "tới"
               and not a.tokens[k - 1].is_capitalized for k in range(max(start, 1), min(end + 1, len(a.tokens))))


def _date_for(a: SentenceAnalysis, cue_token: int | None, after_cue: bool = False,
              only_after: bool = False, cue_end: int | None = None, met_there: bool = False) -> DateMention | None:
    """The date of the meeting a cue reports: the last one written before the cue (or, for a round's own
    session, the first after it), leaving out the date of a report ("Ngày 12-11, Bộ Công Thương cho biết …")."""
    text = a.sentence.text
    # "Chiều 23.5, Bộ Công Thương cho biết đoàn … đã có 4 ngày làm việc với …": the report's day, not the meeting's
    dates = [d for d in a.dates if not _REPORTING.match(fold(text[d.end : d.end + 80]))]
    # "… cho biết trong một thông cáo ra hôm 18/6 rằng X đã gặp Y hôm 17/6": the day of the release
    dates = [d for d in dates if not released(text, d.start)] or dates
    if len(dates) > 1:
        home = [d for d in dates if _HOME_CLOCK_NEXT.match(text[d.end:d.end + 25])]
        if met_there and home and any(d not in home and not d.relative for d in dates):
            # "Rạng sáng 10/4 (giờ Việt Nam), tức chiều 9/4 theo giờ Washington": the day where they met (a call's
            # day stays ours: "Sáng sớm 14/10 (giờ Việt Nam), tức tối 13/10 giờ Mỹ, Thủ tướng điện đàm …")
            dates = [d for d in dates if d not in home]
        # "tối 9/4 theo giờ Washington, tức sáng 10/4 giờ Hà Nội": the day where the meeting was
        dates = [d for d in dates if not _THAT_IS.search(text[max(0, d.start - 20):d.start])
                 and not at_home(text, d.start, d.end)] or dates  # "Tối 12/5 (sáng 13/5 giờ Hà Nội)"
        # "Washington (TTXVN) 10/7 - … tổ chức tọa đàm …, ngày 9/7 (giờ địa phương)": the day filed, not the meeting's
        line = DATELINE.match(text)
        dates = [d for d in dates if not (line and d.end <= line.end())] or dates
        # "vòng đàm phán thứ ba (từ ngày 9 - 12/6)": the round's span, not the meeting's day
        after_round = {a.tokens[r.token_end - 1].end - a.sentence.start for r in a.rounds if r.token_end}
        dates = [d for d in dates if not any(0 <= d.start - e <= 12 for e in after_round)
                 or not d.value.precision.startswith("range")] or dates
    if not dates:
        return None
    if cue_token is None:
        return dates[0]
    cue_char = a.tokens[cue_token].start - a.sentence.start
    before = [d for d in dates if d.end <= cue_char]
    after = [d for d in dates if d.start >= cue_char]
    if only_after:
        return after[0] if after else None
    if cue_end is not None and after and cue_end <= len(a.tokens):
        # "trong cuộc điện đàm tối 24-4": the date the cue is written with is its own
        end_char = a.tokens[cue_end - 1].end - a.sentence.start
        if _RIGHT_AFTER.match(a.sentence.text[end_char:after[0].start]):
            return after[0]
    if after_cue and after:
        return after[0]
    if not before and any(cue_token < f and a.tokens[f].start - a.sentence.start < dates[0].start
                          and (a.folded[f] in ("se", "sap") or a.folded[f:f + 2] in (("co", "the"), ("du", "kien")))
                          for f in a.futures):
        return None  # "Cuộc gặp giữa A và B có thể mở đường cho chuyến thăm … vào cuối tháng 7": the time of what may come
    return before[-1] if before else dates[0]


def candidates(a: SentenceAnalysis, gaz: Gazetteer, heads: list[Mention], headline: bool = False) -> list[Candidate]:
    """Every meeting a sentence reports as having happened (in a heading only when ``headline`` asks for it)."""
    if a.sentence.kind == "heading" and not headline:
        return []
    place = a.places[0][2] if a.places else None

    def place_of(cue: Cue, listed: list[Mention], next_cue: Cue | None) -> str | None:
        """ "nhân dịp dự … tại Thủ đô Washington, X đã có cuộc gặp với Y tại Nhà Trắng": a place right after
        whom the cue names is the meeting's; else the last one named before the cue."""
        end = max([cue.end] + [m.end for m in listed])
        # (past who led them: "… tiếp đoàn AmCham do ông X dẫn đầu | tại trụ sở UBND thành phố")
        after = [p for p in a.places if end <= p[0] <= end + 1 or (
            end < p[0] <= end + 3 and set(a.folded[end:p[0]]) <= {"dan", "dau", "lam", "truong", "doan"})]
        # "tại thành phố New York, nhân dịp … hoạt động song phương tại Hoa Kỳ, Thủ tướng đã tiếp …": the city, not
        # the country of the trip; nor where a round told before was held ("Trong bối cảnh vòng đàm phán thứ năm vừa
        # kết thúc tại Washington, sáng 18/11, … tiếp …")
        of_rounds = [p for p in a.places if any(r.token_end <= p[0] <= r.token_end + 12 and (
            "ket thuc" in " ".join(a.folded[r.token_end:p[0]]) or tuple(a.folded[:3]) == ("trong", "boi", "canh"))
            for r in a.rounds)]
        before = [p for p in a.places if p[1] <= cue.start and p not in of_rounds]
        before = [p for p in before if fold(p[2]) not in COUNTRY_NAMES] or before
        # (not a country named anywhere after: "… đề nghị mở trung tâm nghiên cứu tại Việt Nam" is what was asked)
        fallback = place if place and not (fold(place) in COUNTRY_NAMES and a.places[0][0] > end + 1) and not (
            a.places[0] in of_rounds and a.places[0][1] <= cue.start) and not (
            # "Sau phiên họp giữa A và B chiều 10-11, sáng 12-11 X đã làm việc với Y tại trụ sở USTR": the place of the
            # meeting told after this one
            next_cue is not None and a.places[0][0] >= next_cue.end
            # (not an event attended: "…, nhân dịp dự cuộc họp của Hội đồng Hòa bình tại Washington D.C.")
            and a.tokens[next_cue.start - 1].text.casefold() != "dự") else None
        chosen = after[0][2] if after else before[-1][2] if before else fallback
        if chosen and fold(chosen) in COUNTRY_NAMES:
            # "Trong chuyến công tác tại Hoa Kỳ, … làm việc với FDA vào thứ Ba (23/9) tại Washington": the city
            later = [p for p in a.places if p[0] >= end and fold(p[2]) not in COUNTRY_NAMES]
            chosen = later[0][2] if later else chosen
        return chosen
    if not a.cues:
        if a.sentence.kind != "caption" and not _caption_shaped(a):
            return []
        # a photo caption: "Quyền Bộ trưởng Lê Mạnh Hùng và Đại sứ Brian Mc Feeters, …" — not one of an activity
        # both took part in ("… trong một hoạt động rà phá bom mìn", "… tham quan …")
        if _ACTIVITY.search(" ".join(a.folded)) or a.futures:
            return []  # nor a caption run into a sentence of what will be ("… sẽ thăm chính thức Việt Nam …")
        people = [m for m in a.mentions if m.kind == "person"]
        if {"vn"} <= {m.side for m in people} and any(m.side != "vn" for m in people):
            return [Candidate(a, None, len(a.tokens), people, "in_person", _date_for(a, None), place)]
        return []
    if TOOK_PART.match(" ".join(a.folded[:8])):
        return []
    found: list[Candidate] = []
    subject: list[Mention] = []
    planned: set[int] = set()
    exact: set[int] = set()  # the days written right after whom a cue names (by identity)
    for k, cue in enumerate(a.cues):
        after_it: int | None = None  # where the one met ends, when the subject comes after them
        next_cue = a.cues[k + 1] if k + 1 < len(a.cues) else None
        seg_end = _segment_end(a, cue, next_cue)
        if (next_cue is not None and cue.start <= 3 and a.folded[0] in ("sau", "truoc") and cue.end < len(a.tokens)
                and "," in a.gaps[cue.end]):
            continue  # "Sau buổi hội đàm, đến trưa 23/5, X có cuộc tiếp xúc với …": when, no meeting of its own
        newer = k > 0 and any(m.side == "vn" and a.cues[k - 1].end <= m.start and m.end <= cue.start
                              for m in a.mentions if m.kind in ("person", "unnamed")) and not (
            # "ông X đã chào xã giao Phó Thủ tướng A, gặp Bộ trưởng B và …": the next verb of the same guest, whose
            # host of the last one comes between
            subject and all(m.side == "us" and m.kind == "person" for m in subject) and cue.start > 0
            and a.gaps[cue.start].strip() == "," and a.folded[cue.start] in _ONE_WORD_VISITS)
        # "sau khi được Phó Chủ tịch nước X đón tiếp, Phó Tổng thống Y có các cuộc gặp với …": past the comma, a new
        # clause whose subject is theirs
        newer = newer or (k > 0 and any(
            m.side == "us" and m.kind == "person" and a.cues[k - 1].end <= m.start and m.end <= cue.start
            and set(a.folded[m.end:cue.start]) <= {"da", "cung", "vua"} and _comma_before(a, m)
            and not any(c in a.gaps[x] for x in range(m.end, cue.start + 1) for c in ",;:") for m in a.mentions))
        if k == 0 or not subject or newer:  # "… dự cuộc họp …, Bộ trưởng X đã hội đàm với …": X's own meeting
            before = [m for m in a.mentions if m.end <= cue.start and m.kind in ("person", "unnamed")]
            # (theirs when ours are not named: "Tổng thống A và Phó Tổng thống B tiếp đón Tổng Bí thư …", both)
            subject = _clause_subject([m for m in before if m.side == "vn"], a) or _clause_subject(
                [m for m in before if before and m.side == before[-1].side], a)
            if not before:
                # "Sáng cùng ngày, đoàn USTR đã làm việc với Thứ trưởng …": a US body as the subject, just before the cue
                body = [m for m in a.mentions if m.kind == "org" and m.org is not None and m.org.side == "us"
                        and m.end <= cue.start]  # a body known to be theirs: "lãnh đạo VASEP đã gặp …" is ours
                if body and cue.start - body[-1].end <= 2 and all(
                        f in ("da", "cung", "tiep", "tuc") for f in a.folded[body[-1].end:cue.start]):
                    subject = body[-1:]
            if (before and before[-1].side == "us" and before[-1].kind == "person" and subject[-1] is not before[-1]
                    and any("," in a.gaps[x] for x in range(subject[-1].end, before[-1].start + 1))):
                # "Sau cuộc gặp với Phó Chủ tịch nước X, Phó Tổng thống Harris có cuộc hội kiến với Chủ tịch nước Y":
                # the clause's subject is the guest; the host named before the comma is another meeting's
                subject = before[-1:]
            # "Trước đó, trong cuộc gặp với X hồi tháng 5, Bộ trưởng Y đã nêu …": an adverb may come first
            opened = cue.start <= 2 or (cue.start <= 5 and a.folded[cue.start - 1] in ("trong", "tai")
                                        and any("," in a.gaps[x] for x in range(1, cue.start))) or (
                # "Phát biểu tại cuộc gặp với Bộ trưởng X …, Thủ tướng đề nghị …": speaking at it, the speaker after
                cue.start <= 4 and a.folded[:3] in (("phat", "bieu", "tai"), ("chia", "se", "tai")))
            if not subject and opened and (a.folded[cue.start - 1] == "sau" or a.folded[max(0, cue.start - 2):cue.start]
                                           == ("sau", "khi")):
                # "Sau cuộc gặp với Phó Chủ tịch nước X, Phó Tổng thống Harris có cuộc hội kiến với …": the one met
                # is named up to the comma, and who met them opens the main clause, of either side
                first = next((m for m in a.mentions if m.start >= cue.end and m.kind in ("person", "org")), None)
                comma = next((x for x in range(first.end, len(a.tokens)) if "," in a.gaps[x]), None) if first else None
                main = next((m for m in a.mentions if comma is not None and m.start >= comma and m.kind == "person"),
                            None)
                if main is not None and {main.side, first.side} == {"vn", "us"}:
                    subject, after_it = [main], comma
                elif main is not None and main.side == "other":
                    continue  # "Sau cuộc gặp với Tổng thống Trump, Thủ tướng Nhật Bản …": a third country's meeting
            if not subject and opened:
                # "Tiếp ông X, Thứ trưởng …, chiều 9/3 tại …, Phó Thủ tướng Y đề nghị …": the host comes after
                subject = [m for m in a.mentions if m.kind == "person" and m.side == "vn" and m.start > cue.end][:1] or [
                    # "Phát biểu tại cuộc gặp với Bộ trưởng X …, Thủ tướng đề nghị …": our leader by the seat alone
                    m for m in a.mentions if m.kind == "unnamed" and m.side in ("", "vn") and m.start > cue.end
                    and "," in a.gaps[m.start] and _TOP_SEAT.match(fold(m.title or "")) and m.count is None][:1]
        previous = a.cues[k - 1] if k else None
        if cue.start in (1, 2) and a.folded[0] == "truoc" and (cue.start == 1 or a.folded[1] in ("cuoc", "buoi")):
            continue  # "Trước cuộc gặp với ông Biden, ông Tô Lâm đã hội đàm với …": the time of another, this one told elsewhere
        if a.folded[cue.end - 1] == "tai" and any(p[0] == cue.end - 1 and a.folded[p[1]:p[1] + 1] == ("cua",)
                                                  for p in a.places):
            continue  # "bà X đánh giá chuyến thăm và làm việc tại Mỹ của Thủ tướng Y": his trip, which she spoke of
        if cue.start > 0 and a.folded[cue.start - 1] in _NOT_AN_EVENT:
            continue  # "kênh trao đổi trực tiếp với Bộ Tài chính": a channel, not a meeting
        lead_in = a.folded[max(0, cue.start - 5):cue.start]
        # (not "Bạc Liêu"; "liệu ông có sắp xếp được một cuộc gặp riêng với …?": still whether, the clause over)
        opened = max([x for x in range(1, cue.start + 1) if any(c in a.gaps[x] for c in ",;:")], default=0)
        whether = any(t.text.casefold() == "liệu" for t in a.tokens[max(opened, cue.start - 12):cue.start])
        # ("Ông Tô Lâm có gặp riêng ông Trump?": the question asked, no meeting told)
        whether = whether or ("co" in lead_in[-2:] and a.sentence.text.rstrip(' "”’)').endswith("?"))
        if whether or lead_in[-1:] in (("chua",), ("khong",)) or lead_in[-2:] in (("chua", "co"), ("khong", "co"), ("co", "hoi")):
            # "không nói liệu ông Lâm có gặp ông Biden hay không", "chưa gặp", "nhằm có thêm cơ hội tiếp xúc với …":
            # whether, not at all, or a chance of one
            continue
        colon = next((x for x in range(1, cue.start + 1) if ":" in a.gaps[x]), None)
        if colon is not None and (any(f < colon for f in a.futures) or TASKED.search(
                a.sentence.text[:a.tokens[colon].start - a.sentence.start].casefold())):
            continue  # "Thủ tướng giao nhiệm vụ: - Bộ Ngoại giao tiếp …", "… Thủ tướng sẽ: - Gặp …": tasks and plans
        # ("Thủ tướng Nguyễn Văn Nên": a name, capitalised past the sentence's first word, not "nên", should)
        written = " ".join("_" if tok.text == "Nên" and k else tok.text.casefold()
                           for k, tok in enumerate(a.tokens[:cue.start]) if k >= cue.start - 16)
        if _ADVISED.search(written) and not _referred(a, cue):
            continue  # "Bộ Công Thương cần đàm phán với …", "Thủ tướng giao Bộ trưởng … làm việc với …": asked, not held
        if lead_in[-2:] == ("hoat", "dong") and {"chuoi", "cac", "nhung", "loat"} & set(lead_in[:-2]):
            continue  # "một trong chuỗi hoạt động tiếp xúc với Quốc hội Mỹ": a series, not a meeting
        if not a.dates and (any(tok.text.casefold() in _ONGOING for tok in a.tokens[max(0, cue.start - 3):cue.start])
                            or lead_in[-2:] in (("trong", "cac"), ("vao", "ban"), ("sau", "cac"))):
            # "Bộ Công Thương đang tiếp tục trao đổi với USTR về …", "Việt Nam đang tích cực đàm phán với …", "kiên
            # trì trong các phiên làm việc với …", "ngồi vào bàn đàm phán với …": talks going on, begun or to come,
            # no meeting told
            continue
        if cue.start > 0 and a.tokens[cue.start - 1].text.casefold() == "dự" and a.folded[cue.end - 1] != "voi" and not (
                # "đã tham dự Hội đàm giữa Chủ tịch nước A và Tổng thống B": the talks attended were A's and B's
                "giua" in (a.folded[cue.end - 1], *a.folded[cue.end:cue.end + 1])) and not (
                # (but "dự tọa đàm xúc tiến đầu tư với Phòng Thương mại Hoa Kỳ": a few words on it, then whom)
                "voi" in a.folded[cue.end:cue.end + 6] and not any(
                    any(c in a.gaps[k] for c in ",;:.") for k in range(cue.end, cue.end + 6) if k < len(a.tokens))):
            continue  # "dự cuộc họp của Hội đồng Hòa bình": an event attended, not a meeting with anyone
        if cue.start > 0 and a.folded[cue.start] in ("cuoc", "buoi", "phien") and a.gaps[cue.start] == " " and (
                a.tokens[cue.start - 1].text.casefold() in _MANY
                # (a count, not a date's month: "Tối 2/7, cuộc điện đàm …")
                or (a.folded[cue.start - 1].isdigit() and int(a.folded[cue.start - 1]) >= 4
                    and not any(c in a.gaps[cue.start - 1] for c in "/.-"))):
            continue  # "hàng chục cuộc họp trực tuyến với các cơ quan Hoa Kỳ": how many, in a year's account
        counted = " ".join(a.folded[max(0, cue.start - 20):cue.start]).rpartition("day la lan")
        if counted[1] and a.folded[cue.start] not in ("cuoc", "buoi") and not {"sau", "tu", "truoc"} & set(
                counted[2].split()) and not any(c in a.gaps[x] for x in range(cue.start - len(counted[2].split()), cue.start)
                                                for c in ",;:"):
            # "… cho biết đây là lần thứ 3 trong một năm Thủ tướng làm việc với NVIDIA": the meeting told, counted (not
            # "đây là lần đầu … kể từ cuộc điện đàm tối 23/4", another before it)
            continue
        often = next((k for k in range(cue.start - 1, max(0, cue.start - 7), -1) if a.folded[k] == "lan"
                      or any(c in a.gaps[k + 1] for c in ",;:")), None)
        if often is not None and often > 0 and a.folded[often] == "lan" and (
                a.folded[often - 1].isdigit() or a.folded[often - 1] in ("hai", "ba", "nhieu", "nhung", "cac")):
            # "đã 2 lần tiếp đoàn USABC, 2 lần tọa đàm với …", "đã nhiều lần gửi thư và tiếp xúc với …": how often,
            # not a meeting
            continue
        # "… cho biết công ty sẽ mở rộng sản xuất …, trong cuộc gặp Chủ tịch nước, ngày 23/9": the plan is what was
        # said at it; "trong/tại cuộc gặp" names a meeting that was held
        at_it = cue.start > 0 and (a.folded[cue.start - 1] in ("trong", "tai") or (
            a.folded[cue.start - 1] in ("cuoc", "buoi") and cue.start > 1 and a.folded[cue.start - 2] in ("trong", "tai")))
        # "Bộ trưởng X, người luôn mong Hoa Kỳ …, đã tiếp …": a wish in an aside, then the past
        if (not at_it and any(cue.start - _FUTURE_REACH <= f < cue.start and "da" not in a.folded[f + 1:cue.end]
                              for f in a.futures)) or (
                # "Dự kiến, Thủ tướng sẽ gặp lãnh đạo … như A, B và C, đồng thời có cuộc tọa đàm với …": all planned
                not at_it and a.folded[:2] == ("du", "kien") and "da" not in a.folded[2:cue.start]) or (
                previous is not None and previous.start in planned and "da" not in a.folded[previous.end:cue.start]
        ) or _to_come(a, cue.end, _framed_until(a, cue.end, seg_end) if at_it else seg_end) or any(
                cue.end <= f < seg_end and (a.folded[f] == "du" or a.folded[f:f + 2] in (("se", "dien"), ("se", "duoc")))
                for f in a.futures) or (
                "sau" in a.folded[max(0, cue.start - 2):cue.start] and any(
                    # (not a plan told after the past: "sau cuộc điện đàm … ngày 29.3 và hai bên đã nhất trí … thời gian tới")
                    "da" not in a.folded[cue.end:f] for f in a.futures)):
            # "nhất trí tổ chức cuộc họp trực tuyến giữa A và B trong vài ngày tới"; "Ngay sau cuộc họp với X,
            # Phó Thủ tướng có kế hoạch …": told of as coming, not as held
            planned.add(cue.start)  # planned: "dự kiến sẽ gặp …", "dự kiến làm việc với A … và tọa đàm với B"
            continue
        listed = _list_after(a, cue.end, after_it if after_it is not None else seg_end)
        if (listed and "cac" in a.folded[max(0, cue.start - 1):cue.start + 1] and all(
                m.kind == "unnamed" and m.count and m.count != ALL and m.count > 1 for m in listed)):
            continue  # "trong các cuộc gặp với hai bộ trưởng …": the meetings told one by one, each in its own place
        if not listed and a.folded[cue.end - 1] == "tai" and a.sentence.kind != "caption":
            # "đã thăm và làm việc tại trụ sở Tập đoàn Boeing ở Seattle": the known body whose seat it was, met there
            listed = [m for m in a.mentions if m.kind == "org" and m.org is not None and m.side == "us"
                      and any(p[0] == cue.end - 1 and p[0] < m.start < p[1] for p in a.places)][:1]
        if (not listed and cue.start in (2, 3) and a.folded[0] in ("trong", "tai") and subject
                and all(m.side == "vn" for m in subject) and subject[0].start > cue.end):
            # "Trong cuộc gặp ngày 12/6 tại Hà Nội, Phó Thủ tướng X đã đề nghị Đại sứ Hoa Kỳ Y …": whom the host
            # addresses is whom the host met
            listed = [m for m in a.mentions if m.start > subject[-1].end and m.kind == "person" and m.side == "us"][:1]
        if not listed and any(a.folded[k:k + 2] == ("doanh", "nghiep") and not a.tokens[k].is_capitalized
                              for k in range(cue.end, min(cue.end + 10, len(a.tokens)))) and (
                hosts := organizers(a, cue.end)):
            # "tọa đàm … với khoảng 40 doanh nghiệp Hoa Kỳ do Hiệp hội Đối tác Greater Houston tổ chức": its hosts
            listed = hosts
        if (listed and cue.start <= 3 and a.folded[0] in ("trong", "tai") and all(m.side == "vn" for m in listed)
                and a.sentence.kind == "text"):
            # "Trong cuộc làm việc với lãnh đạo tỉnh Long An vào ngày 9/4, bà Burns tìm hiểu …": theirs, the subject
            guest = next((m for m in a.mentions if m.start >= listed[-1].end and m.kind in ("person", "unnamed")
                          and m.side == "us"), None)
            if guest is not None:
                listed = listed + [guest]
        if listed and all(generic_body(m) for m in listed if m.side != "vn"):
            # "tọa đàm với các doanh nghiệp Hoa Kỳ do A phối hợp với B đồng tổ chức": the hosts are who was met
            hosts = organizers(a, listed[-1].end)
            if hosts:
                listed = [m for m in listed if m.side == "vn"] + hosts
        # "đã tiếp đoàn Ủy ban … do bà Reva Price, Chủ tịch USCC, làm Trưởng đoàn": the delegation's head
        led = [h for h in heads if h.start >= cue.end and (next_cue is None or h.start < next_cue.start)]
        # "Thượng nghị sĩ X đã tiếp đoàn công tác của Bộ Công Thương do bà Y dẫn đầu": their host, our head
        us_host = bool(subject) and all(m.side == "us" and m.kind == "person" for m in subject)
        listed += [h for h in led if h not in listed and (h.side != "vn" or us_host)]
        if led:  # the delegation is met through its head: "đoàn Ủy ban … do bà X làm Trưởng đoàn"
            bodies = [m for m in listed if m.kind == "org" and "do" in a.folded[m.end:m.end + 2]]
            # "tiếp Tổng Lãnh sự Hoa Kỳ tại TP Hồ Chí Minh do ông X làm trưởng đoàn": the post heading the delegation is X's
            # (not a delegation by title, "đoàn Thượng nghị sĩ Hoa Kỳ do …", which stands for every senator named)
            posts = [m for m in listed if m.kind == "unnamed" and m.count is None and "do" in a.folded[m.end:m.end + 2]
                     and any(h.kind == "person" and (h.side == m.side or not m.side) for h in led)]
            listed = [m for m in listed if m not in bodies and m not in posts]
        for m in subject:
            if m.kind == "unnamed" and not m.side:
                m.side = "vn"  # "Bộ trưởng làm việc với ông X": who reports the meeting is the Vietnamese side
        referred = _referred(a, cue)
        if referred:
            # "Ngày 5/4, Thủ tướng đã giao … hiện thực hóa nội dung điện đàm giữa A và B": the call is A's and B's,
            # and the day is the assignment's
            subject_here: list[Mention] = []
        else:
            subject_here = subject
        kind = _kind(a, gaz, cue.kind, cue)
        date = _date_for(a, cue.start, after_cue=cue.role == "session", only_after=referred, cue_end=cue.end,
                         met_there=kind == "in_person")
        if cue.role == "welcome" and date and date.start > a.tokens[cue.start].start - a.sentence.start:
            date = None  # "… bày tỏ vui mừng …; chúc mừng cuộc Hội đàm … chiều 10/9": past the welcome, what was said
        if listed and listed[-1].end <= len(a.tokens):
            # "bài viết ngày 5/4 … về cuộc điện đàm giữa A và B vào tối ngày 4/4": the day written right after whom
            # the cue names is the meeting's
            end_char = a.tokens[listed[-1].end - 1].end - a.sentence.start
            right_after = [d for d in a.dates if d.start >= end_char and not d.relative
                           and _RIGHT_AFTER.match(a.sentence.text[end_char:d.start])]
            if right_after:
                date = right_after[0]
                exact.add(id(date))
        if (date and date.value.precision.startswith(("month", "year")) and "cac" in a.folded[max(0, cue.start - 8):cue.start]
                and fold(a.sentence.text[max(0, date.start - 4):date.start]).strip().endswith("tu")):
            continue  # "các hoạt động trao đổi thư, điện đàm giữa A với B từ tháng 11/2024": a series since then
        here = place_of(cue, listed, next_cue)
        recalled = _RECOUNTED.search(" ".join(a.folded[:cue.start]))
        if recalled:
            # "Phát biểu tại hội thảo ở Hà Nội ngày 14/6, Đại sứ kể lại kỷ niệm khi ông được … tiếp năm 2004": the day and
            # place of the speech, not of the meeting it recalls
            told_at = len(" ".join(a.folded[:cue.start])[:recalled.start()].split())
            if date is not None and date.start < a.tokens[min(told_at, len(a.tokens) - 1)].start - a.sentence.start:
                date = None
            if here and any(p[2] == here and p[0] < told_at for p in a.places):
                here = None
        if referred and here and not any(p[2] == here and p[0] >= cue.end for p in a.places):
            here = None  # the place of the sentence's own event
        participial = cue.start == 0 and listed and listed[0].side not in ("vn", "")  # "Tiếp ông X, …"
        if participial or (a.folded[0] in ("trong", "tai") and cue.start <= 2
                           and {"buoi", "cuoc"} & set(a.folded[1:cue.start + 1])):
            # "Tiếp ông Dalton, Bộ trưởng đánh giá cao việc AES theo đuổi dự án … tại Lâm Đồng", "Trong buổi tiếp
            # ông Caldwell, Phó Thủ tướng nhắc lại rằng chuyến công tác … hồi tháng 2 …": past the host who opens
            # the main clause, days and places are what was said
            met_first = listed[0].end if listed and listed[0].side not in ("vn", "") else cue.end
            host = next((m for m in a.mentions if m.start >= met_first and m.kind in ("person", "unnamed")
                         and m.side in ("vn", "")), None)
            if host is not None:
                limit = a.tokens[host.start].start - a.sentence.start
                if date and date.start >= limit:
                    date = None
                if here and not any(p[2] == here and p[0] < host.start for p in a.places):
                    here = None
        # (ours by their seats too: "làm việc với Chủ tịch Nước, Thủ tướng Chính phủ và Bộ trưởng Bộ Công Thương")
        hosts = [m for m in listed if m.side == "vn" and (m.kind == "person" or (m.kind == "unnamed" and m.count is None))]
        if (len(hosts) > 1 and subject_here and all(m.side == "us" for m in subject_here)
                # "Bộ trưởng Austin đã hội kiến với Chủ tịch nước X và Thủ tướng Y": a call on each leader; "gặp Bộ trưởng
                # Công Thương A và Thống đốc Ngân hàng Nhà nước B": two offices, a call on each
                and all(offices := [_seat(m) or m.organization or _office(m) or _board(m) for m in hosts])
                and len(set(offices)) == len(offices) and not _AT_ONCE.search(" ".join(a.folded))):
            for h, nxt in zip(hosts, [*(h.start for h in hosts[1:]), seg_end], strict=True):
                # "lần lượt hội kiến Thủ tướng X tại Văn phòng Chính phủ và Tổng Bí thư Y tại trụ sở …": each its own place
                own_place = next((p[2] for p in a.places if h.end <= p[0] < nxt), here)
                found.append(Candidate(a, cue, seg_end, subject_here + [h], kind, date, own_place, apart=True))
            continue
        groups = _one_by_one(a, cue, listed, gaz)
        if len(groups) > 1:
            # "lần lượt làm việc với A tại …, và với B": a meeting with each, each at its own place
            for group in groups:
                # (before the next item, or the next clause: "…; thảo luận với các học giả tại CSIS" is another's)
                stop = next((k for k in range(group[-1].end, len(a.tokens)) if ";" in a.gaps[k]), len(a.tokens))
                own_place = next((p[2] for p in a.places
                                  if group[-1].end <= p[0] < min(_next_start(listed, group), stop)), here)
                # "… với FDA vào thứ Hai (22/9) và với Bộ Nông nghiệp Hoa Kỳ vào thứ Tư (24/9)": each its own day
                lo = a.tokens[group[-1].end - 1].end - a.sentence.start
                nxt = _next_start(listed, group)
                hi = a.tokens[nxt].start - a.sentence.start if nxt < len(a.tokens) else len(a.sentence.text)
                own_date = next((d for d in a.dates if lo <= d.start < hi and not d.relative), date)
                found.append(Candidate(a, cue, seg_end, subject_here + group, kind, own_date, own_place, apart=True))
            continue
        if listed and a.folded[cue.end - 1] == "giua" and any(m.side == "other" for m in listed):
            comma = next((k for k in range(cue.end + 1, len(a.tokens)) if "," in a.gaps[k]), len(a.tokens))
            if not any(m.side == "vn" for m in listed if m.start < comma):
                # "Trả lời câu hỏi về cuộc gặp giữa Tổng thống Trump và Chủ tịch Trung Quốc …, bà Hằng nói …": a meeting
                # of the US with a third country, which our spokesperson spoke of
                continue
        if listed and any(m.side == "vn" for m in listed) and any(m.side != "vn" for m in listed) and (
                a.folded[cue.end - 1] == "giua" or "giua" in a.folded[cue.end:listed[0].start]):
            # "đại diện AmCham hoan nghênh cuộc điện đàm … giữa A và B": the call was theirs alone
            participants = listed
        elif listed and a.folded[cue.end:cue.end + 1] == ("cua",) and listed[0].start == cue.end + 1:
            # "phỏng vấn ông X trước cuộc gặp của Thủ tướng với doanh nghiệp": the meeting is whose it is said to be
            participants = listed
        elif listed:
            participants = subject_here + [m for m in listed if m not in subject_here]
            if not subject_here and listed and all(m.side == "vn" and m.kind == "org" for m in listed):
                # "đoàn công tác của Bộ Năng lượng Hoa Kỳ đã đến thăm và làm việc với Trường Đại học …": the delegation of
                # their body, the subject, met ours
                participants = [m for m in a.mentions if m.kind == "org" and m.side == "us" and m.end <= cue.start
                                and "doan" in a.folded[max(0, m.start - 4):m.start]][:1] + participants
            if (not subject_here and all(m.side == "vn" for m in listed)
                    and any(t.text.casefold() == "tôi" for t in a.tokens[max(0, cue.start - 3):cue.start])):
                # "- Tuần trước, tôi đã gặp Bộ trưởng Nguyễn Hồng Diên": the one interviewed met them
                found.append(Candidate(a, cue, seg_end, participants, kind, date, here, interviewee=True))
                continue
        else:
            # "ông và Bộ trưởng Nguyễn Hồng Diên đã trao đổi tại Malaysia": both sides before the cue
            since = previous.end if previous else 0
            # "đoàn Thượng nghị sĩ Hoa Kỳ đã được Thủ tướng Phạm Minh Chính tiếp": a group by title counts
            before = [m for m in a.mentions if since <= m.start and m.end <= cue.start
                      and (m.kind == "person" or (m.kind == "unnamed" and m.side == "us") or _received_body(a, m, cue.start))
                      and not _invited_by(a, m)]
            if (a.folded[cue.end - 1] == "voi" and cue.end < len(a.tokens) and not a.gaps[cue.end].strip()
                    and a.folded[cue.end] != "nhau"):  # "A và B đã ngồi với nhau": each other
                # "bà X nêu rõ Việt Nam … tiếp tục trao đổi với các cơ quan liên quan của Hoa Kỳ": whom it was with
                # is said, if by no name; the US people named before the cue are not it
                before = [m for m in before if m.side == "vn"]
            theirs = [m for m in before if m.side == "us" and m.kind == "person"]
            if (theirs and not any(m.side == "vn" for m in before) and any(
                    t.text.casefold() == "tôi" and a.folded[k + 1:k + 2] == ("va",)
                    for k, t in enumerate(a.tokens[since:theirs[0].start], since))):
                # "- Tối 9/4, tôi và ông Rick Switzer, … đã có cuộc gặp riêng …": the one interviewed met him
                found.append(Candidate(a, cue, seg_end, theirs[:1], kind, date, here, interviewee=True))
                continue
            if not ({"vn"} <= {m.side for m in before} and any(m.side != "vn" for m in before)):
                if not before and _THE_TWO_LEADERS.search(" ".join(a.folded[max(since, cue.start - 8):cue.start])):
                    found.append(Candidate(a, cue, seg_end, [], kind, date, here, pair=True))
                elif subject_here and all(m.side == "vn" for m in subject_here) and (
                        (cue.end < len(a.tokens) and a.folded[cue.end] == "doan" and (
                            cue.end + 1 == len(a.tokens) or a.gaps[cue.end + 1].strip() in (".", ",", ";")
                            or a.folded[cue.end + 1] in _WHERE_OR_WHEN))
                        # "Sáng cùng ngày, đoàn đã được Phó Chủ tịch Quốc hội X tiếp tại Nhà Quốc hội"
                        or a.folded[max(0, subject_here[0].start - 3):subject_here[0].start] in (
                            ("doan", "da", "duoc"), ("cung", "doan", "duoc"))
                        or a.folded[max(0, subject_here[0].start - 2):subject_here[0].start] == ("doan", "duoc")):
                    # "… Phó Chủ tịch Quốc hội X đã tiếp đoàn (tại Nhà Quốc hội).": the delegation told of before
                    found.append(Candidate(a, cue, seg_end, list(subject_here), kind, date, here, delegation=True))
                elif not before and cue.start == 0 and a.folded[cue.end:cue.end + 2] in _THE_DELEGATION_BY and (
                        hosts := [m for m in a.mentions if m.start > cue.end and m.kind == "person"
                                  and m.side in ("vn", "us")]):
                    # "Tiếp và làm việc với Đoàn có ông X, Chủ tịch UBND tỉnh.": who received the delegation told of (all
                    # of theirs, when ours was received: "… có Ông A, Thống đốc Bang Texas và Bà B, Giám đốc …")
                    hosts = [m for m in hosts if m.side == "us"] if hosts[0].side == "us" else hosts[:1]
                    found.append(Candidate(a, cue, seg_end, hosts, kind, date, here, delegation=True))
                elif (subject and all(m.kind == "person" and m.side == "us" for m in subject)
                      and a.folded[cue.end - 1] == "voi"  # met a body, not "thăm và làm việc tại Việt Nam"
                      and (body := _vietnamese_body_after(a, cue.end, seg_end, gaz)) is not None):
                    # "phái đoàn do ông Lindberg dẫn đầu đã làm việc với lãnh đạo Sở Công Thương TP.HCM": the body is our
                    # side where nobody of ours is named
                    found.append(Candidate(a, cue, seg_end, [*subject, body], kind, date, here))
                elif (a.folded[cue.start:cue.start + 2] == ("tham", "du") and cue.start > 0 and k == len(a.cues) - 1
                      and (theirs := [m for m in before if m.side == "us" and m.kind == "person"])
                      and seg_end >= len(a.tokens) - 1):
                    # "Ông A, Đại sứ Hoa Kỳ; bà B, Tổng Lãnh sự … tham dự buổi làm việc.": at the reception just told
                    found.append(Candidate(a, cue, seg_end, theirs, kind, date, here))
                continue
            participants = before
        # "trao đổi với ông X, phóng viên hãng tin Reuters": an interview, not a meeting with the US
        participants = [m for m in participants if not _invited_by(a, m) and not _REPORTER.search(
            fold(m.title or "") + " " + " ".join(a.folded[m.end:m.end + 3]))
            # "trong việc đón tiếp các đoàn Lãnh đạo cấp cao …": leaders of no side and no body, nobody met
            and not (m.kind == "unnamed" and not m.side and tuple(fold(m.title or "").split()) in GENERIC_PAIRS)
            # "với một số trưởng đoàn dự hội nghị": some of no side, nobody met of these talks
            and not (m.kind == "unnamed" and not m.side and m.count == ALL and a.folded[max(0, m.start - 2):m.start]
                     == ("mot", "so"))
            # "… đã hội kiến Thủ tướng X, Nhà Trắng cho biết tối thứ Ba": who reported it, after a comma
            and not (m.kind == "org" and m.start > cue.end and "," in a.gaps[m.start]
                     and a.folded[m.end:m.end + 2] in (("cho", "biet"), ("cho", "hay"), ("thong", "bao"), ("xac", "nhan")))]
        found.append(Candidate(a, cue, seg_end, participants, kind, date, here,
                               led_bodies=tuple(m.name for m in bodies) if led else ()))
    return _one_report_each(found, exact)


def _received_body(a: SentenceAnalysis, m: Mention, cue: int) -> bool:
    """ "đoàn Hiệp hội Ngô Mỹ đã vinh dự được Bộ trưởng X tiếp": a body of theirs, received, told in the passive (the
    body, then "được" and one of ours within a few words, then the cue)."""
    if m.kind != "org" or m.side != "us" or "duoc" not in a.folded[m.end:min(cue, m.end + 5)]:
        return False
    at = m.end + a.folded[m.end:cue].index("duoc") + 1
    return any(p.kind == "person" and p.side == "vn" and at <= p.start <= at + 4 and p.end <= cue for p in a.mentions)


_AT_THE_MEETING = frozenset({("cuoc", "gap"), ("buoi", "gap"), ("buoi", "lam"), ("cuoc", "lam"), ("cuoc", "hoi"),
                             ("buoi", "hoi"), ("buoi", "tiep"), ("cuoc", "tiep"), ("cuoc", "dien"), ("phien", "dam")})


def _caption_shaped(a: SentenceAnalysis) -> bool:
    """A photo's caption run into the text without its credit: "Phó Thủ tướng A và Đại diện Thương mại Mỹ B tại cuộc
    gặp, ngày 10/4." (the people, then only the meeting, its day or place)."""
    people = [m for m in a.mentions if m.kind == "person"]
    if len(people) < 2 or people[0].start != 0 or a.sentence.kind != "text":
        return False
    if any(set(a.folded[p.end:q.start]) - {"va", "cung"} for p, q in pairwise(people)):
        return False
    k = people[-1].end
    return (a.folded[k:k + 1] in (("tai",), ("trong",)) and tuple(a.folded[k + 1:k + 3]) in _AT_THE_MEETING
            and len(a.tokens) - k <= 12 and not a.futures)


def _one_report_each(found: list[Candidate], exact: set[int]) -> list[Candidate]:
    """ "… về cuộc điện đàm giữa A và B Tờ SCMP có bài viết ngày 5/4 … về cuộc điện đàm giữa A và B vào tối ngày
    4/4": one sentence telling one meeting twice tells it once, on the day written right after it."""
    kept: dict[frozenset, int] = {}
    out: list[Candidate] = []
    for c in found:
        key = frozenset((m.name or m.title, m.side) for m in c.participants)
        if c.apart or key not in kept or not any(m.side == "vn" for m in c.participants):
            kept.setdefault(key, len(out))
            out.append(c)
        elif id(c.date) in exact:
            out[kept[key]].date = c.date
    return out


def _invited_by(a: SentenceAnalysis, m: Mention) -> bool:
    """Whether a mention names who invited, asked or sent ("theo lời mời của Tổng thống Hoa Kỳ Donald Trump, … Tổng Bí
    thư đã gặp gỡ cộng đồng …", "… theo ủy quyền của Tổng thống X"), not someone of the clause's meeting."""
    for k in range(max(0, m.start - 8), m.start):
        if a.folded[k:k + 3] in (("loi", "moi", "cua"), ("de", "nghi", "cua"), ("uy", "quyen", "cua")):
            return not any(a.gaps[x].strip() for x in range(k + 1, m.start + 1))
    return False


_OFFICE_WORDS = frozenset({"bo", "hang", "tap", "cong", "hiep", "co", "uy", "van", "cuc", "so",  # Bộ, hãng, Tập đoàn …
                           "ubnd", "hdnd", "benh", "ngan"})  # UBND tỉnh, Bệnh viện, Ngân hàng


def _comma_before(a: SentenceAnalysis, m: Mention) -> bool:
    """A comma opens the clause ``m`` heads, before its honorific if it has one (", bà Harris có …")."""
    first = m.start - 1 if m.start > 0 and a.tokens[m.start - 1].text.casefold() in ("ông", "bà", "ngài") else m.start
    return "," in a.gaps[first]


def _office(m: Mention) -> str:
    """The office a post names when the person's body was not found apart: "Bộ trưởng Năng lượng Mỹ", "Phó Chủ tịch
    hãng X" (a lawmaker's "Hạ nghị sĩ" names none: lawmakers met together share a meeting)."""
    words = fold(m.title or "").split()
    portfolio = any(tuple(words[k:k + 2]) in PORTFOLIO_WORDS for k in range(len(words)))
    return " ".join(words) if portfolio or _OFFICE_WORDS.intersection(words[1:]) else ""


def _seat(m: Mention) -> str:
    """Our leader's seat a post names: "Chủ tịch nước", "Thủ tướng Chính phủ"."""
    title = fold(m.title or "")
    return title if _TOP_SEAT.match(title) else ""


def _board(m: Mention) -> str:
    """The board a post of ours heads: "Trưởng ban Đối ngoại Trung ương"."""
    words = fold(m.title or "").split()
    return " ".join(words) if "ban" in words[1:3] else ""


def _one_by_one(a: SentenceAnalysis, cue: Cue, listed: list[Mention], gaz: Gazetteer) -> list[list[Mention]]:
    """Who was met separately: after "lần lượt" (in turn), or where "và với" starts another item."""
    others = [m for m in listed if m.side != "vn"]
    if len(others) < 2:
        return [others]
    # "lần lượt làm việc với A và B"; "đã có các cuộc tiếp A và B": one meeting each; so is "gặp Bộ trưởng Tài
    # chính A và Bộ trưởng Thương mại B", two departments' heads, unless "cùng lúc" (at once) says otherwise
    words = a.folded[max(0, cue.start - 3):cue.end]
    # (a post named alone stands for its office: "với Giám đốc cơ quan Thương mại quốc tế Hoa Kỳ và Phó Chủ tịch
    # AmCham": two offices)
    orgs = [(m.organization or _office(m)) if m.kind == "person" else fold(m.title or "") for m in others
            if m.kind == "person" or (m.kind == "unnamed" and m.count is None and m.side == "us")]
    venue = any(gaz.place_head_index.match_at(a.folded, p[0] + 1) for p in a.places)  # "tại trụ sở Bộ …": together
    apart = (cue.kind == "in_person" and cue.role != "session" and a.folded[cue.start] != "phien"
             and a.sentence.kind != "caption" and len(orgs) == len(others) and all(orgs)
             and len(set(orgs)) == len(orgs) and not _AT_ONCE.search(" ".join(a.folded)) and not venue)
    # "các cuộc gặp", "loạt cuộc gặp với …": one each; so is one report of several kinds, the cue after them: "đã có
    # các cuộc gặp gỡ, trao đổi với A, B; C"
    several = several_meetings(a.folded[max(0, cue.start - 7):cue.end])
    in_turn = ("lan luot" in " ".join(words) or "lien tiep" in " ".join(words)  # "tiếp liên tiếp A, B"
               or "rieng" in words  # "làm việc riêng với A và B": with each on their own
               or several or apart)
    base = a.sentence.start
    # "với NASA thứ Sáu (7/11) và NSF thứ Hai (10/11)": each with its own day, each its own meeting
    in_turn = in_turn or all(any(a.tokens[p.end - 1].end - base <= d.start < a.tokens[m.start].start - base
                                 and not d.relative for d in a.dates) for p, m in pairwise(others))
    groups: list[list[Mention]] = [[others[0]]]
    for prev, m in pairwise(others):
        between = " ".join(a.folded[prev.end:m.start])
        if in_turn or "va voi" in between or between.startswith("sau do voi"):
            groups.append([m])
        else:
            groups[-1].append(m)
    return groups


_ONE_WORD_VISITS = frozenset({"gap", "tiep", "tham", "hoi", "lam", "chao"})  # "gặp", "hội kiến", "làm việc với" …
_AT_ONCE = re.compile(r"\bcung luc\b|\bdong thoi voi\b")  # "đàm phán đồng thời với A và B": both at once
_MANY_MEETINGS = frozenset((w, m) for w in ("cac", "loat", "nhung") for m in ("cuoc", "buoi"))


def several_meetings(words: Sequence[str]) -> bool:
    """Whether folded words speak of several meetings: "các cuộc gặp", "loạt buổi làm việc", "những cuộc …"."""
    return bool(_MANY_MEETINGS.intersection(pairwise(words)))


def _next_start(listed: list[Mention], group: list[Mention]) -> int:
    later = [m.start for m in listed if m.start > group[-1].start]
    return min(later) if later else 10**6


def _folded_words(*phrases: str) -> re.Pattern[str]:
    """A pattern of Vietnamese phrases as they are folded ("ký" folds to "ki")."""
    return re.compile(r"\b(?:" + "|".join(re.escape(fold(p)) for p in phrases) + r")\b")


# An occasion both sides spoke at: "Sáng 31/10, tại Hà Nội, … ký Bản ghi nhớ …", "Phát biểu tại lễ ký, Thượng tướng
# X khẳng định …", "Đại sứ Hoa Kỳ Y nhấn mạnh …".
_OCCASION = _folded_words("lễ ký", "ký kết", "ký Bản ghi nhớ", "ký Biên bản", "hội nghị", "diễn đàn", "hội thảo",
                          "tọa đàm", "lễ kỷ niệm", "sự kiện", "buổi lễ", "lễ khai trương", "lễ công bố",
                          "chương trình giao lưu", "buổi giao lưu", "lễ khánh thành", "lễ ra mắt", "lễ trao",
                          # an excerpt opening after the report: "Quang cảnh buổi làm việc. Ảnh: …"
                          "buổi làm việc", "buổi tiếp", "cuộc tiếp")
# "Tham dự chương trình có: A; B.", "Dự lễ ký có …": who attended, both sides
_ATTENDED = re.compile(r"^(?:cung\s+)?(?:tham\s+)?du\b(?:\s+\S+){0,12}?\s+co\b")
# (and a body's side led by its head: "Phía NFI do ông X - Chủ tịch NFI làm trưởng đoàn")
# "Về phía Hoa Kỳ có …", "Phía Micron có …" (the body received, by its name), "Phía Mỹ do …"
_SIDE_ATTENDED = re.compile(r"^(?:ve\s+)?phia\s+(?:(?:hoa ki|mi|viet nam|(?:\S+\s+){0,3}\S+)\s+co|\S+\s+do)\b")


def attendees(a: SentenceAnalysis, sides: bool = False) -> list[Mention]:
    """The named people of our side and the US side a sentence lists as attending: "Cùng dự có Đại sứ X",
    "Tham dự chương trình, về đại biểu ngoài trường có: bà Y – …"; with ``sides``, also "Về phía Hoa Kỳ có …"
    (at a session whose heads are named, those are their delegations, not whom they met)."""
    opening = " ".join(a.folded[:16])
    # "dự" as written, the verb: not "Dự kiến …" (a plan) nor "Dù …" (although)
    verb = next((t for t in a.tokens[:3] if t.folded == "du"), None)
    attended = (_ATTENDED.match(opening) and verb is not None and verb.text.casefold() == "dự"
                and a.folded[a.tokens.index(verb) + 1:a.tokens.index(verb) + 2] != ("kien",))
    if a.futures or not (attended or (sides and _SIDE_ATTENDED.match(opening))):
        return []
    return [m for m in a.mentions if m.kind == "person" and m.name and m.side in ("vn", "us")]


_ROUNDTABLE_OCCASION = _folded_words("hội nghị", "diễn đàn", "hội thảo", "tọa đàm")
_SPOKE = re.compile(r"^\W*(?:\S+\s+){0,2}?" + _folded_words(
    "nhấn mạnh", "khẳng định", "cho biết", "nhận định", "bày tỏ", "đánh giá", "kêu gọi", "đề nghị", "cho rằng",
    "chia sẻ", "phát biểu", "nêu rõ", "thông tin", "tin tưởng", "cảm ơn", "bày tỏ cảm ơn", "chúc mừng",
    "dẫn đầu phái đoàn", "dẫn đầu đoàn", "tham dự").pattern)  # "… Melissa A. Brown dẫn đầu phái đoàn của …"


_ELSEWHERE = re.compile(r"^(?:trong khi do|theo|con|truoc do|truoc day|ngoai ra|hoi|nam ngoai)\b")


def _speaker(a: SentenceAnalysis) -> Mention | None:
    """The named person a sentence has speaking: "Phát biểu tại lễ ký, Thượng tướng X khẳng định …", "Đại diện
    USSEC, ông Y, nhận định …"."""
    people = [m for m in a.mentions if m.kind == "person" and m.name and m.side in ("vn", "us")]
    if not people or people[0].start > 12:
        return None
    m = people[0]
    if a.folded[:2] == ("phat", "bieu") or _SPOKE.match(" ".join(a.folded[m.end:m.end + 4])):
        return m
    return None


def occasion_meeting(analyses: list[SentenceAnalysis]) -> Candidate | None:
    """An article that reports no meeting but an occasion, dated in its opening, at which named people of both
    sides spoke (a signing, a summit of businesses): they met there."""
    told = [a for a in analyses[:5] if a.sentence.kind != "heading" and _OCCASION.search(" ".join(a.folded))]
    # the one that dates it, else the first ("Trong khuôn khổ sự kiện …, PSAV đã ký kết …" with no day)
    opening = next((a for a in told if any(d.value.precision in ("day", "day_no_year") for d in a.dates)),
                   told[0] if told else None)
    if opening is None:
        return None
    speakers: list[Mention] = []
    for a in analyses:
        if a.sentence.index < opening.sentence.index or a.sentence.kind != "text":
            continue
        if _ELSEWHERE.match(" ".join(a.folded[:4])):
            continue  # "Trong khi đó, Bộ trưởng Thương mại Hoa Kỳ … cho rằng …": said elsewhere, not at the occasion
        said = attendees(a, sides=True) or ([m] if (m := _speaker(a)) else [])
        speakers += [m for m in said if all(m.name != s.name for s in speakers)]
    # "VCCI, AmCham và Phòng Thương mại Hoa Kỳ đã phối hợp tổ chức Hội nghị …": the US bodies that held it, met
    # there by whoever of ours spoke at it, as much as its US speakers were
    hosts = [m for m in organizers(opening) if m.side == "us"]
    # a former official of ours who spoke ("nguyên Thứ trưởng …") is a commentator, not our side
    speakers = [m for m in speakers if not (m.side == "vn" and fold(m.title).startswith(("nguyen ", "cuu ")))]
    if not any(m.side == "vn" for m in speakers) or not (hosts or any(m.side == "us" for m in speakers)):
        return None
    # who the opening says held it ("Thủ tướng X chủ trì cuộc tọa đàm …"), else the first of ours who spoke
    vn = next((m for m in opening.mentions if m.kind == "person" and m.side == "vn" and m.name),
              next(m for m in speakers if m.side == "vn"))
    kind = "roundtable" if _ROUNDTABLE_OCCASION.search(" ".join(opening.folded)) else "in_person"
    return Candidate(opening, None, len(opening.tokens), [vn, *(m for m in speakers if m.side == "us"), *hosts], kind,
                     _date_for(opening, None), opening.places[0][2] if opening.places else None)
