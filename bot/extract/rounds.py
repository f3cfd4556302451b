"""Negotiation rounds: ``Vòng đàm phán thứ 6``, ``vòng đàm phán trực tiếp lần thứ 5``,
``phiên đàm phán cấp Bộ trưởng lần thứ 8``, ``phiên đàm phán trực tuyến lần thứ năm``.

Ordinals are read in digits and in words; ``thứ hai`` after ``vòng`` is "second",
never Monday, because only the words after a round noun are read as ordinals.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..gazetteer import Gazetteer
from ..text import fold

if TYPE_CHECKING:  # only named in annotations; mentions imports this module
    from .mentions import SentenceAnalysis

_ORDINALS = {
    "nhat": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8,
    "chin": 9, "muoi": 10, "muoi mot": 11, "muoi hai": 12, "muoi ba": 13, "muoi bon": 14, "muoi lam": 15,
}
_ORDINAL_WORDS = "|".join(sorted(_ORDINALS, key=len, reverse=True))
# "Vòng đàm phán Việt Nam - Hoa Kỳ lần thứ sáu", "… Việt - Mỹ lần thứ 6": the two countries may stand in it too
_MODIFIERS = (r"(?:(?:dam phan|thuong luong|thuong thuyet|hop|dam phan chinh thuc|truc tiep|truc tuyen|ky thuat|ki thuat|chinh thuc"
              r"|cap bo truong|cap ki thuat|cap bo truong truc tuyen|hiep dinh thuong mai doi ung|thuong mai doi ung"
              r"|thuong mai|song phuong|doi ung|hiep dinh|thue doi ung|ve|viet nam|hoa ki|mi|viet|va|giua)\s+)*")
_ROUND = re.compile(
    # "vòng đàm phán thương mại song phương lần 3": "lần" with a number is the ordinal too
    rf"\b(vong|phien)\s+({_MODIFIERS})(?:(?:lan\s+)?thu\s+|lan\s+(?=\d))(\d{{1,2}}|{_ORDINAL_WORDS})\b((?:\s+(?:cap bo truong|truc tuyen|truc tiep))?)"
    rf"|(?<!trong )\b(vong)\s+(\d{{1,2}})\b(?! (?:ngay|thang|nam|gio|tuan|phut)\b)"  # not "trong vòng 90 ngày"
)
# Standing bodies that meet in numbered sessions of their own: a council, a joint committee, a working group.
_STANDING_BODY = re.compile(r"\b(?:hoi dong tifa|tifa|uy ban hon hop|nhom cong tac|hoi dong thuong mai va dau tu)\b")
# Words just before a round that make it a plan, not something that was held.
_PLANNED_BEFORE = ("chuan bi cho", "tien toi", "du kien", "se to chuc", "ke tiep", "sap toi", "huong toi",
                   # "Hai bên thống nhất đẩy nhanh vòng đàm phán thứ ba": to be held sooner, not held
                   "day nhanh", "xuc tien", "som to chuc", "tien hanh som",
                   # "thống nhất tổ chức vòng …", "lên đường sang Washington để tham dự vòng …": still to be held
                   "thong nhat to chuc", "nhat tri to chuc", "de tham du", "de du",
                   # "chuẩn bị nội dung cho vòng …", "Hai bên bàn về vòng … thứ sáu": what is to come, talked over
                   "chuan bi", "noi dung cho", "ban ve",
                   # "đang trao đổi về lịch vòng đàm phán thứ sáu", "mở đường cho vòng đàm phán thứ năm"
                   "lich", "mo duong cho",
                   # "phấn đấu tổ chức vòng thứ năm trong tháng 11": aimed at
                   "phan dau", "huong den", "nham to chuc",
                   # "Lùi thời gian vòng đàm phán thứ 10", "hoãn vòng …": put off; "Mục tiêu của vòng 10 là …": its aim
                   "lui", "tam hoan", "tri hoan", "doi lich", "doi thoi gian", "muc tieu cua",
                   # "Việt Nam và Mỹ chốt thời gian vòng đàm phán thứ 7", "ấn định ngày …": its time set, to come
                   "chot thoi gian", "chot lich", "chot ngay", "an dinh")
# Right before a round: "làm việc … trước vòng đàm phán thứ tư" (it had not been held; "Trước đó, vòng …" had).
_PLANNED_RIGHT_BEFORE = ("truoc", "truoc them")
_PLANNED_AFTER = ("tiep theo", "sap toi", "du kien", "se duoc to chuc", "se dien ra")
# Words that make a numbered "phiên họp" one of the trade talks ("thương mại" alone is a summit's topic: "phiên họp thứ
# nhất … phát biểu về thương mại đa phương")
_TRADE_TALKS = re.compile(r"\b(?:dam phan|doi ung|thue quan|cap bo truong|hiep dinh thuong mai)\b")
_NEXT_PERIOD = re.compile(r"\b(?:tuan|thang|nam) (?:sau|toi)\b")
_LEAD = re.compile(r"\b(dan dau|chu tri|truong doan|dong chu tri)\b")
_PROGRESS = re.compile(
    r"(?:dat|co)\s+(?:duoc\s+)?(?:nhieu\s+)?(?:tien bo|tien trien|dong thuan|ket qua)[^,.;]*?\b(?:nhu|ve|gom|o cac linh vuc|trong cac linh vuc)\b"
)
_NEXT_STEP = re.compile(r"\b(?:thong nhat|nhat tri)\b.*\bse\b|cong viec can trien khai|vong dam phan tiep theo|\bke hoach tiep theo\b")


@dataclass(frozen=True, slots=True)
class RoundMention:
    series: str
    number: int
    token_start: int
    token_end: int
    planned: bool


def _token_index(offsets: list[int], char: int) -> int:
    """Index of the folded token starting at or after ``char`` of the joined folded text."""
    return bisect_left(offsets, char)


def _of_others(a: SentenceAnalysis, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether a round named from ``start`` to ``end`` is the talks of the US with a third country: that country named
    in it or just around it ("… thứ sáu giữa Mỹ và Ấn Độ", "Nhật Bản và Mỹ đã kết thúc vòng đàm phán thứ bảy"), and
    Việt Nam not."""
    lo, hi = max(0, start - 8), min(len(a.folded), end + 6)
    words = a.folded[lo:hi]
    if "viet" in words:
        return False
    # (a country's name as written: "đàm phán lần" folds like "Phần Lan", the outlet "Lao Động" like "Lào")
    tokens = a.tokens[lo:hi]
    return any(side == "other" and tokens[s].is_capitalized and gaz.written_as_marker(words, tokens, s, e)
               for s, e, side in gaz.side_index.find_all(words))


def find_rounds(a: SentenceAnalysis, gaz: Gazetteer) -> list[RoundMention]:
    if "vong" not in a.folded and "phien" not in a.folded:
        return []  # most sentences name no round; skip the regex
    joined = " ".join(a.folded)
    offsets, pos = [], 0
    for f in a.folded:
        offsets.append(pos)
        pos += len(f) + 1
    found = []
    for m in _ROUND.finditer(joined):
        if m.group(1):
            raw = m.group(3)
            number = int(raw) if raw.isdigit() else _ORDINALS[raw]
            words = f"{m.group(2)} {m.group(4)}"
        else:
            number = int(m.group(6))
            words = ""
        if not 1 <= number <= 99:
            continue
        if m.group(1) and m.group(2).split() == ["hop"] and not _TRADE_TALKS.search(" ".join(a.folded)):
            continue  # "Phiên họp lần thứ 11 của Ủy ban hỗn hợp khoa học": a commission's session, not the talks
        start, end = _token_index(offsets, m.start()), _token_index(offsets, m.end())
        if a.tokens[start].text.casefold() not in ("vòng", "phiên"):
            continue  # as written: "tỷ lệ tử vong 3,4%" (death) is no round
        if m.group(1) == "phien" and _STANDING_BODY.search(" ".join(a.folded[max(0, start - 18):end + 8])):
            continue  # "Hội đồng TIFA … họp phiên thứ 10", "phiên họp lần thứ hai của Nhóm công tác …": its own sessions
        series_hits = {name for _, _, name in gaz.series_index.find_all(words.split())}
        series = "ministerial" if "ministerial" in series_hits else "online" if "online" in series_hits else "in_person"
        if m.group(1) and not raw.isdigit() and a.tokens[_token_index(offsets, m.start(3))].text[:1].isupper() and (
                m.group(2).strip() == "" and "thu" in m.group(0).split()):
            continue  # "phiên thứ Năm ghi nhận mức giảm": Thursday's trading, not the fifth session
        if _of_others(a, gaz, start, end):
            continue  # "Vòng đàm phán thứ sáu giữa Mỹ và Ấn Độ": another pair's talks
        before = " ".join(a.folded[max(0, start - 4) : start])
        after = " ".join(a.folded[end : end + 3])
        planned = (any(p in before for p in _PLANNED_BEFORE) or before.endswith(_PLANNED_RIGHT_BEFORE)
                   or any(after.startswith(p) for p in _PLANNED_AFTER)
                   # "… vòng đàm phán thứ ba vào tuần sau tại Washington"
                   or bool(_NEXT_PERIOD.search(" ".join(a.folded[end:end + 6]))))
        found.append(RoundMention(series, number, start, end, planned))
    return found


def progress_areas(a: SentenceAnalysis) -> list[str]:
    """Areas named after "đạt tiến bộ … trong các vấn đề như …", as written."""
    joined = " ".join(a.folded)
    m = _PROGRESS.search(joined)
    if not m:
        return []
    offsets, pos = [], 0
    for f in a.folded:
        offsets.append(pos)
        pos += len(f) + 1
    first = _token_index(offsets, m.end())
    if first >= len(a.tokens):
        return []
    base = a.sentence.start
    rest = a.sentence.text[a.tokens[first].start - base :]
    rest = re.split(r"\.\.\.|…|;|\.(?:\s|$)| và thu hẹp| và (?:đạt|thống nhất|nhất trí)", rest)[0]
    items = [i.strip(" ,.") for i in re.split(r",| và ", rest)]
    if items:
        # "tiến triển về các vấn đề như nông nghiệp": the list starts after "như"
        items[0] = re.sub(r"^(?:(?:các|nhiều)\s+)?(?:vấn đề|lĩnh vực|nội dung)\s+(?:như|gồm)\s+", "", items[0])
    return [i for i in items if i and len(i.split()) <= 10]


def leads(a: SentenceAnalysis) -> bool:
    joined = " ".join(a.folded)
    # every match holds one of these ("dong chu tri" holds "chu tri"); the pattern, opening with \b, would be
    # tried at every position of most sentences, which hold none
    return ("dan dau" in joined or "chu tri" in joined or "truong doan" in joined) and bool(_LEAD.search(joined))


def is_next_step(a: SentenceAnalysis) -> bool:
    joined = " ".join(a.folded)
    # every match holds "nhat" and "se", "trien khai" or "tiep theo": tested first, as in leads()
    return (("nhat" in joined and "se" in joined) or "trien khai" in joined or "tiep theo" in joined) and bool(
        _NEXT_STEP.search(joined))


def round_dates(a: SentenceAnalysis, mention: RoundMention):
    """Dates written after the round's name in a sentence about the round itself."""
    base = a.sentence.start
    after = a.tokens[mention.token_end - 1].end - base if mention.token_end else 0
    return [d for d in own_dates(a, mention) if d.start >= after and not d.relative]


def own_dates(a: SentenceAnalysis, mention: RoundMention):
    """The sentence's dates, but for those of another session it goes on to name: "… lần thứ 8, được tổ chức
    ngay trước phiên kỹ thuật chính thức từ ngày 12–14/11"."""
    base = a.sentence.start
    other = next((a.tokens[k].start - base for k in range(mention.token_end, len(a.tokens))
                  if a.folded[k] in ("phien", "vong")), None)
    return [d for d in a.dates if other is None or d.start < other]


# "do X dẫn đầu", "do X làm trưởng đoàn", "X và Y đồng chủ trì phiên …": who headed a delegation or a session.
_HEAD_WORDS = (("dan", "dau"), ("chu", "tri"), ("truong", "doan"), ("dan", "dat"))
_HEAD_LAST = frozenset(w for _, w in _HEAD_WORDS)
# "Trưởng đoàn Việt Nam là Bộ trưởng …", "phía Hoa Kỳ có ông …": who heads or makes up a side
_VN_HEAD = tuple(fold(f"{w} Việt Nam là{h}") for w in ("Trưởng đoàn", "đoàn", "phía", "đoàn đàm phán")
                 for h in ("", " ông", " bà"))
_SIDE_HAS = (
    _VN_HEAD
    + tuple(fold(f"phía {c} {v}{h}") for c in ("Mỹ", "Hoa Kỳ") for v in ("có", "gồm", "là") for h in ("", " ông", " bà"))
    # "Trưởng đoàn Hoa Kỳ là …", "Trưởng đoàn đàm phán Mỹ là …"
    + tuple(fold(f"{w} {c} là{h}") for w in ("trưởng đoàn", "đoàn đàm phán") for c in ("Mỹ", "Hoa Kỳ")
            for h in ("", " ông", " bà"))
)


def round_heads(a: SentenceAnalysis) -> list:
    """The people and bodies a sentence names as heading a delegation or chairing a session."""
    folded = a.folded
    # "Tham dự phiên họp, về phía … có …", "Về phía Hoa Kỳ có ông X, …; bà Y, …": who attended, not who led
    attendees = folded[:1] == ("tham",) or folded[:2] == ("cung", "tham") or (
        ";" in a.sentence.text and sum(m.kind == "person" and m.side != "vn" for m in a.mentions) > 1)
    # "phía Mỹ có ông Daniel Okafor, …": who a side is, in a sentence naming the other side's head
    sides = [] if attendees else [m for m in a.mentions if m.kind in ("person", "org")
             and " ".join(folded[max(0, m.start - 7):m.start]).endswith(_SIDE_HAS)
             and (m.side != "vn" or " ".join(folded[max(0, m.start - 7):m.start]).endswith(_VN_HEAD))]
    for m in [x for x in a.mentions if x.kind in ("person", "org")]:
        # "Phía Hoa Kỳ có Bộ trưởng Thương mại Howard Lutnick và Đại sứ Jamieson Greer": both lead the side
        if sides and m not in sides and m.side == sides[-1].side and "va" in folded[sides[-1].end:m.start] and set(
                folded[sides[-1].end:m.start]) <= {"va", "ong", "ba", "ngai"}:
            sides.append(m)
    if not _HEAD_LAST.intersection(folded):
        return sides  # most sentences name no head: skip the scan
    leads_at = [k for k in range(len(folded) - 1) if folded[k + 1] in _HEAD_LAST  # a set test before making pairs
                and (folded[k], folded[k + 1]) in _HEAD_WORDS
                and not (folded[k] == "truong" and (k == 0 or folded[k - 1] not in ("lam", "la", "dong")))]
    if not leads_at:
        return sides  # "Trưởng đoàn Việt Nam là Bộ trưởng …, Trưởng đoàn đàm phán Chính phủ": the side, no verb
    heads = list(sides)
    people = [m for m in a.mentions if m.kind in ("person", "org")]
    for k in leads_at:
        if tuple(folded[max(0, k - 2):k]) == ("duoi", "su") and folded[k + 2:k + 3] == ("cua",):
            # "… đã diễn ra dưới sự chủ trì của Bộ trưởng A và Đại diện Thương mại B": who chaired, named after
            after = [m for m in people if m.start >= k + 3]
            if len(after) > 1 and after[0].kind == "org" and after[1].kind == "person" and after[1].start == after[0].end:
                after = after[1:]  # "… của Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên": the minister, not his ministry
            if after and after[0].start - (k + 3) <= 6:
                chain = [after[0]]
                for m in after[1:]:
                    if set(folded[chain[-1].end:m.start]) <= {"va", "ong", "ba", "ngai"} and "va" in folded[chain[-1].end:m.start]:
                        chain.append(m)
                heads.extend(m for m in chain if m not in heads)
            continue
        near = [m for m in people if m.end <= k and k - m.end <= 4]
        if near and near[-1].kind == "person" and (
                (k + 2 < len(folded) and folded[k + 2] in ("doan", "phai") and folded[k + 1] == "dau")
                or (k > 0 and folded[k - 1] == "la" and folded[k:k + 2] == ("truong", "doan"))):
            # "Trợ lý Ngoại trưởng X dẫn đầu phái đoàn Hoa Kỳ và Thứ trưởng Y dẫn đầu phái đoàn Việt Nam", "phía Mỹ, Đại
            # diện Thương mại X là trưởng đoàn": each heads one, in the active voice
            if near[-1] not in heads:
                heads.append(near[-1])
            continue
        # "do [ông] X, <chức danh>, dẫn đầu": the one named after "do", however long the title after the name
        # ("do Giáo sư X, …": an honorific may stand between "do" and the name)
        led = [m for m in people if m.end <= k and k - m.end <= 32 and (
            "do" in folded[max(0, m.start - 2):m.start]
            or ("do" in folded[max(0, m.start - 4):m.start - 2]
                and folded[m.start - 2:m.start] in (("giao", "su"), ("tien", "si"), ("thac", "si"), ("bac", "si"),
                                                     ("dong", "chi"))))]  # "do đồng chí X, …, dẫn đầu"
        closest = [m for m in people if m.end <= k and k - m.end <= 20]
        if closest and (not led or closest[-1] is not led[-1]) and closest[-1] not in heads and heads and (
                "va" in folded[max(0, closest[-1].start - 3):closest[-1].start]):
            # "do ông A, …, đồng Trưởng đoàn và ông B, …, đồng Trưởng đoàn": both head it
            heads.append(closest[-1])
            continue
        if not led:
            # "đoàn doanh nghiệp Hoa Kỳ do Giám đốc Cơ quan Thương mại và Phát triển Hoa Kỳ (US TDA) dẫn đầu": its head by
            # post alone
            led = [m for m in a.mentions if m.kind == "unnamed" and m.side == "us" and m.end <= k and k - m.end <= 2
                   and "do" in folded[max(0, m.start - 1):m.start]]
        if led:
            if led[-1] not in heads:
                heads.append(led[-1])
            last = led[-1]
            for m in people:  # "do ông Adam Sitkoff và bà Virginia Foote dẫn đầu": both head it
                if last.end <= m.start and m.end <= k and m.side == last.side and m not in heads and set(
                        folded[last.end:m.start]) <= {"va", "ong", "ba"} and "va" in folded[last.end:m.start]:
                    heads.append(m)
                    last = m
            continue
        if not near:
            continue
        if a.rounds or (k + 2 < len(folded) and folded[k + 2] in ("phien", "vong")):
            # "A và B đã đồng chủ trì Phiên đàm phán …", "X trực tiếp chủ trì phiên khai mạc": everyone listed before the verb
            listed = [m for m in people if m.end <= k and m.kind == "person"]
            heads.extend(m for m in listed if m not in heads)
    return heads
