"""Vietnamese text handling shared by extraction, storage and search.

Everything that compares text goes through :func:`fold`, so that a name typed
without diacritics, with old-style tone placement (``hoà``) or with the ``sỹ``
spelling finds the same thing as the article's own spelling.  Extraction,
the FTS index and fuzzy search all use this one module so they never disagree.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

__all__ = [
    "Sentence",
    "Token",
    "as_written",
    "clip_words",
    "fold",
    "fold_token",
    "name_key",
    "normalize",
    "split_sentences",
    "tokenize",
]

# Invisible characters that news CMSs leave in copied text.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_ODD_CHARACTER = re.compile("[\r\u2028\u2029\x85\t\u00a0\u2000-\u200d\u202f\u205f\u3000\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_LINE_BREAKS = re.compile(r"\r\n?|\u2028|\u2029|\x85")

# A word that could be one Vietnamese syllable written without marks ("An", "Hoa", "phap"), unlike "Qualcomm", "Martin"
SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$")
# A syllable that is only consonants then "y" is spelled with "i" just as often
# (sỹ/sĩ, kỹ/kĩ, lý/lí, Mỹ/Mĩ, quý/quí); after a vowel "y" is a different word
# (tay/tai), so only this shape is folded.
_I_Y_SYLLABLE = re.compile(r"^(ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdghklmnpqrstvx])y$")
_INNER_JOINER = re.compile(r"(?<=\w)[.'’](?=\w)")
_NON_WORD = re.compile(r"[\W_]+")


def _needs_work(text: str) -> bool:
    """Whether :func:`normalize` has more to do than strip the outer line breaks.

    Tested piece by piece: one pattern with every case ("  ", " \\n", …) as alternatives is tried at
    every position of the article, many times slower than these scans.
    """
    return ("  " in text or " \n" in text or "\n " in text or text.startswith(" ") or text.endswith(" ")
            or _ODD_CHARACTER.search(text) is not None)


def normalize(text: str) -> str:
    """Return ``text`` as NFC with uniform line breaks and spaces.

    Files arrive NFD or mixed; every later step assumes NFC, so this runs once
    on everything read.  Line structure is kept because paragraphs matter to
    extraction.
    """
    if unicodedata.is_normalized("NFC", text) and not _needs_work(text):
        return text.strip("\n")  # already clean: the common case for text read once and kept
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    text = _LINE_BREAKS.sub("\n", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines).strip("\n")


def clip_words(text: str, limit: int) -> str:
    """``text`` on one line within ``limit`` characters, cut at a word boundary with "…" when it is longer."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 1)]
    if " " in cut[1:] and not text[len(cut)].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:·–-") + "…"


@lru_cache(maxsize=65536)
def fold_token(word: str) -> str:
    """Fold one word (no spaces) the way :func:`fold` does."""
    base = unicodedata.normalize("NFKD", word.replace("đ", "d").replace("Đ", "D"))
    base = "".join(ch for ch in base if not unicodedata.combining(ch)).casefold()
    base = base.replace("đ", "d")
    return _I_Y_SYLLABLE.sub(lambda m: m.group(1) + "i", base)


_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng


@lru_cache(maxsize=4096)
def as_written(text: str) -> str:
    """``text`` with its tones kept but not where they sit, and its case folded.

    For the few words :func:`fold` makes alike that differ in tone ("thị trưởng", mayor, and "thị trường",
    market): compared in this form they differ, while "Uỷ ban" and "Ủy ban", one word in two placements, do not.
    """
    words = []
    for word in unicodedata.normalize("NFD", text).casefold().split():
        tones = "".join(ch for ch in word if ch in _TONES)
        words.append(unicodedata.normalize("NFC", "".join(ch for ch in word if ch not in _TONES)) + tones)
    return " ".join(words)


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Return the matching form of ``text``.

    Case, diacritics, ``đ``, tone placement, the i/y spelling variants and
    punctuation are folded away: ``"Thượng nghị sỹ"`` and ``"thuong nghi si"``
    fold alike, ``"D.C."`` and ``"DC"`` too.  Word boundaries are kept, so the
    result can be indexed and searched word by word.  Idempotent.
    """
    text = _INNER_JOINER.sub("", unicodedata.normalize("NFC", text))
    words = _NON_WORD.sub(" ", text).split()
    return " ".join(filter(None, (fold_token(w) for w in words)))


@lru_cache(maxsize=16384)
def name_key(text: str) -> str:
    """Return the identity key of a name: :func:`fold` without spaces.

    Spacing inside names varies between outlets (``Mc Feeters``/``McFeeters``),
    so names are compared with all spaces removed.
    """
    return fold(text).replace(" ", "")


class Token(NamedTuple):
    """A word of the original text with its folded form and offsets.

    A named tuple, not a dataclass: every sentence makes dozens, and construction
    cost is most of tokenising.
    """

    text: str
    folded: str
    start: int
    end: int

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()


# "D.C", "TP.HCM" stay one token; an initial glued to a surname ("Marc E.Knapper") does not
_WORD = re.compile(r"[^\W_]+(?:[.'’](?!(?<=\b[A-Z]\.)[A-Z][a-z])[^\W_]+)*", re.UNICODE)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into word tokens; ``D.C`` and ``TP.HCM`` stay one token."""
    return tokenize_with_gaps(text, offset)[0]


def tokenize_with_gaps(text: str, offset: int = 0) -> tuple[list[Token], list[str]]:
    """The tokens of ``text`` and, for each, the characters between it and the token before ("" for the first).

    The gaps come out of the same pass: most are the one space the text was split on, known without cutting.
    """
    tokens: list[Token] = []
    gaps: list[str] = []
    new = tuple.__new__  # Token._make goes through Python code; this does not
    append, gap, known = tokens.append, gaps.append, _FOLDED.get  # bound once: the loop runs for every word
    pos = offset
    last = offset  # where the token before ended
    # Most space-separated pieces are one plain word (``str.isalnum`` is the pattern's ``[^\W_]``) and
    # skip the pattern, which costs several times more per character.  No token spans a space, so the
    # pieces' tokens are the text's.
    for piece in text.split(" "):
        end = pos + len(piece)
        if piece.isalnum():
            folded = known(piece)
            if folded is None:
                folded = _fold_word(piece)
            append(new(Token, (piece, folded, pos, end)))
            gap(" " if last == pos - 1 else text[last - offset : pos - offset])
            last = end
        elif piece:
            words = _PIECES.get(piece)
            if words is None:
                words = _piece_words(piece)
            for word, folded, at in words:
                start = pos + at
                append(new(Token, (word, folded, start, start + len(word))))
                gap(text[last - offset : start - offset])
                last = start + len(word)
        pos = end + 1
    if gaps:
        gaps[0] = ""
    if "TP. " in text:  # "Tổng Lãnh sự Hoa Kỳ tại TP. Hồ Chí Minh": the city's word and its name, no stop between
        for k in range(1, len(tokens)):
            if gaps[k] == ". " and tokens[k - 1].text == "TP" and tokens[k].is_capitalized:
                gaps[k] = " "
    return tokens, gaps


def _fold_word(word: str) -> str:
    """The folded form of a token's word, remembered in ``_FOLDED``."""
    key = _INNER_JOINER.sub("", word) if ("." in word or "'" in word or "’" in word) else word
    folded = fold_token(key)
    if len(_FOLDED) < 200_000:
        _FOLDED[word] = folded
    return folded


def _piece_words(piece: str) -> tuple[tuple[str, str, int], ...]:
    """The words of a piece of text with punctuation ("(USTR),", "D.C.", "Hà-Nội"): each with its folded
    form and where it begins in the piece, remembered in ``_PIECES``."""
    words = []
    for m in _WORD.finditer(piece):
        word = m.group()
        folded = _FOLDED.get(word)
        if folded is None:
            folded = _fold_word(word)
        words.append((word, folded, m.start()))
    found = tuple(words)
    if len(_PIECES) < 200_000:
        _PIECES[piece] = found
    return found


# Words of the pieces with punctuation seen so far: "Mỹ,", "(USTR)" and the like recur as often as words do.
_PIECES: dict[str, tuple[tuple[str, str, int], ...]] = {}


# Folded forms of the words seen so far: a corpus repeats its vocabulary, and
# tokenising is the hottest loop of extraction.
_FOLDED: dict[str, str] = {}


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article, with its position for evidence."""

    index: int
    text: str
    start: int
    end: int
    paragraph: int
    kind: str  # "text", "caption" (a photo caption) or "heading"

    @property
    def folded(self) -> str:
        return fold(self.text)


# Words after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    {
        "d.c", "tp", "ts", "ths", "pgs", "gs", "mr", "mrs", "ms", "dr", "st",
        "jr", "sr", "u.s", "v.v", "tt", "th", "no", "inc", "co", "ltd", "corp", "vs",
    }
)
_TERMINAL = ".!?…"
_HEADING_LENGTH = 220  # characters: headlines and subheads are shorter
_CLOSERS = "\"”’)]»"
_OPENERS = "\"“‘([«"
_SPECIAL = re.compile(r'[()“”"' + re.escape(_TERMINAL) + "]")
# Three times the longest sentence in the founding articles: cutting longer runs keeps extraction linear on
# text with no full stops (a pasted table, a hostile file), where per-sentence work grows with its length.
MAX_SENTENCE = 1500
# A credit written inside the caption's own line: "… buổi làm việc sáng 12-11 - Ảnh: BỘ CÔNG THƯƠNG".
_INLINE_CREDIT = re.compile(r"(?:\s[-–—]\s*|\(|^)\s*(?:Ảnh|ẢNH|Ảnh minh họa|Photo|Nguồn ảnh|Hình)\s*:|(?-i:\sẢNH\s*:)",
                            re.IGNORECASE)  # Thanh Niên's "… Đại sứ Marc Knapper ẢNH: TTXVN" in capitals
# "(Ảnh: TTXVN)", or after the caption's own stop "… Donald Trump. Ảnh: Thống Nhất/TTXVN" ("Hình:" overseas)
_CREDIT = re.compile(r"^(?:\((?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn|Photo|Video|Hình)\b|(?:Ảnh|Photo|Nguồn ảnh|Hình)\s*:)",
                     re.IGNORECASE)


# A credit whose source, in capitals ("TTXVN", "VGP/Nhật Bắc" is not one), runs straight into the next sentence: a
# capitalised word, then at least four more words
_GLUED_AFTER_CREDIT = re.compile(r"((?:Ảnh|Photo|Nguồn ảnh)\s*:\s*[A-ZĐ]{2,}(?:/[A-ZĐ]{2,})*)\s+([^\s/:]+(?:\s+\S+){4,})")
_LAST_WORD = re.compile(r"([^\W_]+(?:\.[^\W_]+)*)\.$")


def _ends_with_abbreviation(text: str) -> bool:
    """Whether the period at the end of ``text`` belongs to an initial or abbreviation."""
    # Tried from the start, the pattern runs over every word of the text; no match holds a space, so
    # only the last word can be one.
    match = _LAST_WORD.search(text, text.rfind(" ") + 1)
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "Jamieson L. Greer"
    if all(len(part) == 1 and part.isupper() for part in word.split(".")):
        return True  # initials run together: "J.D. Vance", "George H.W. Bush"
    return word.casefold() in _ABBREVIATIONS


def _straight_quote(curly: int, straight: int) -> tuple[int, int]:
    """The open quotes after a straight one: it closes a curly quote left open (“bốn không", as typed), else it
    opens or closes one of its own."""
    return (curly - 1, straight) if curly and not straight else (curly, straight ^ 1)


def _split_block(block: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences in one paragraph."""
    spans: list[tuple[int, int]] = []
    start = 0
    depth_paren = 0
    curly_quotes = 0
    straight_quotes = 0
    n = len(block)
    i = 0
    while True:
        # jump to the next character that matters instead of visiting every one
        hit = _SPECIAL.search(block, i)
        if hit is None:
            break
        i = hit.start()
        ch = block[i]
        if ch == "(":
            depth_paren += 1
        elif ch == ")":
            depth_paren = max(0, depth_paren - 1)
        elif ch == "“":
            curly_quotes += 1
        elif ch == "”":
            curly_quotes = max(0, curly_quotes - 1)
        elif ch == '"':
            curly_quotes, straight_quotes = _straight_quote(curly_quotes, straight_quotes)
        elif ch in _TERMINAL:
            j = i
            while j + 1 < n and block[j + 1] in _TERMINAL:
                j += 1
            k = j
            while k + 1 < n and block[k + 1] in _CLOSERS:
                k += 1
                if block[k] == '"':
                    curly_quotes, straight_quotes = _straight_quote(curly_quotes, straight_quotes)
                elif block[k] == "”":
                    curly_quotes = max(0, curly_quotes - 1)
                elif block[k] == ")":
                    depth_paren = max(0, depth_paren - 1)
            nxt = k + 1
            if nxt < n and block[nxt] == " ":
                after = nxt + 1
                follower = block[after] if after < n else ""
                starts_new = follower.isupper() or follower.isdigit() or follower in _OPENERS
                inside = depth_paren > 0 or curly_quotes > 0 or straight_quotes
                if starts_new and not inside and not (ch == "." and _ends_with_abbreviation(block[start : i + 1])):
                    spans.append((start, k + 1))
                    start = after
            elif (ch == "." and k == i and nxt + 1 < n and block[nxt].isupper() and block[nxt + 1].islower()
                  and block[i - 2:i].isalpha() and (block[i - 2:i].islower() or (
                      # "… ở bờ Đông Hoa Kỳ.Đoàn đã …": a word of two letters, capitalised, ends it too (not "TP.HCM")
                      block[i - 1].islower() and (i - 3 < 0 or not block[i - 3].isalpha())))
                  and not (depth_paren or curly_quotes or straight_quotes)):
                # "… dẫn đầu phái đoàn Việt Nam.Trợ lý Ngoại trưởng …": a page glued without its space (not
                # "TP.HCM", "state.gov", "D.C.")
                spans.append((start, i + 1))
                start = nxt
            i = k + 1
            continue
        i += 1
    if start < n and block[start:].strip():
        spans.append((start, n))
    return spans


_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")
_LINE = re.compile(r"[^\n]+")


_BULLETS = "•●▪◦·"  # what opens a line of a list: never the rest of the line before


# "(THPL) - Sáng …", "(Ngày Nay) -Chiều …": an outlet's tag opening the lead
_OUTLET_TAG = re.compile(r"\([A-ZĐ][\w.+&]{1,15}(?: [A-ZĐ][\w.+&]{0,15}){0,3}\)\s*[-–—]\s*(?=\w)")


def _blocks(text: str) -> list[tuple[int, int, int]]:
    """Return (start, end, paragraph) of the blocks that sentences are split within.

    Blank lines separate paragraphs.  A single line break is a soft wrap when the
    line before it has no final punctuation or ends in an initial (``Jamieson
    L.``) and the next line goes on in lower case; otherwise it separates blocks.
    """
    blocks: list[tuple[int, int, int]] = []
    paragraph = -1
    for para in _PARAGRAPH.finditer(text):
        paragraph += 1
        lines = [(m.start() + para.start(), m.end() + para.start()) for m in _LINE.finditer(para.group())]
        cur_start, cur_end = lines[0]
        for line_start, line_end in lines[1:]:
            prev = text[cur_start:cur_end].rstrip()
            nxt = text[line_start:line_end].lstrip()
            continues = ((
                prev
                and (prev[-1] not in _TERMINAL + _CLOSERS or _ends_with_abbreviation(prev))
                and not (prev[-1] not in _TERMINAL + _CLOSERS and nxt[:1].isupper() and len(prev) < 200)
            ) or nxt[:1].islower()) and nxt[:1] not in _BULLETS and not (  # "• Thời gian đăng: …" under a headline
                # is an item; "(THPL) - Sáng ngày …" under a headline opens the lead with the outlet's tag
                prev[-1:] not in _TERMINAL and _OUTLET_TAG.match(nxt))
            if continues:
                cur_end = line_end
            else:
                blocks.append((cur_start, cur_end, paragraph))
                cur_start, cur_end = line_start, line_end
        blocks.append((cur_start, cur_end, paragraph))
    return blocks


def _bounded(block: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a span longer than MAX_SENTENCE at the last space before the limit (or at the limit)."""
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = block.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut + 1 if cut > 0 else start + MAX_SENTENCE
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def split_sentences(text: str) -> list[Sentence]:
    """Split normalised article text into sentences.

    Survives initials (``Marc E. Knapper``), abbreviations (``Washington D.C.``,
    ``TP.HCM``), quotations with several sentences inside, and photo captions:
    a trailing credit such as ``(Ảnh: BCT/Vietnam+)`` is kept with the sentence
    it belongs to, which is marked as a caption.
    """
    sentences: list[Sentence] = []
    for block_start, block_end, paragraph in _blocks(text):
        block = text[block_start:block_end].replace("\n", " ")
        spans = [piece for span in _split_block(block) for piece in _bounded(block, *span)]
        merged: list[list[int]] = []
        for s, e in spans:
            if merged and _CREDIT.match(block[s:e]):
                # "… Joe Biden. Ảnh: TTXVN Tổng Bí thư cho rằng …": a credit glued to the next sentence ends at its source
                glued = _GLUED_AFTER_CREDIT.match(block, s, e)
                cut = glued.end(1) if glued and block[glued.start(2)].isupper() else e
                merged[-1][1] = cut  # the credit closes the caption before it
                merged[-1].append(1)
                if cut < e:
                    merged.append([glued.start(2), e])
            else:
                merged.append([s, e])
        for span in merged:
            s, e = span[0], span[1]
            raw = block[s:e]
            lead = len(raw) - len(raw.lstrip())
            body = raw.strip().rstrip("| ")  # ("… tại cuộc gặp, ngày 10/4. |": a table's cell border copied with it)
            if not body:
                continue
            # every inline credit holds a colon: tested first, the pattern is tried at every position
            if len(span) > 2 or (len(merged) == 1 and ":" in body and _INLINE_CREDIT.search(body)):
                kind = "caption"
            elif (len(merged) == 1 and body.rstrip(_CLOSERS)[-1:] not in (*_TERMINAL, ";", ",", ":")
                  and len(body) <= _HEADING_LENGTH
                  # (a lead that opens with its day, its stop lost: "Tối 21-6, tại Nhà Trắng, Thủ tướng … đã hội đàm
                  # với Tổng thống Mỹ George Bush", below the headline)
                  and not (sentences and len(body) > _CUT_SHORT and _DAY_FIRST.match(body))):
                # (a long line without a stop is a paragraph cut short, not a heading; "- Làm việc với …;" is an
                # item of a list, and "… hai Bộ trưởng thống nhất hai nội dung:" opens one)
                # no final stop, even inside a closing bracket: "… Adrian Smith (bang Nebraska, Đảng Cộng hoà)"
                kind = "heading"
            else:
                kind = "text"
            start = block_start + s + lead
            sentences.append(Sentence(len(sentences), body, start, start + len(body), paragraph, kind))
    if len(sentences) > 1 and _cut_short(sentences[-1]) and not any(
            _RELATED.match(x.text) for x in sentences[-4:-1] if x.kind == "heading"):  # ("Tin bài liên quan" above it)
        sentences[-1] = replace(sentences[-1], kind="text")
    return sentences


_DAY_FIRST = re.compile(r"(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm)(?: nay| qua| \d{1,2}[-/.]\d{1,2}\b).{0,40},")
_CUT_SHORT = 100  # characters: a last line this long without a stop, after the body, is no headline
# a row of related links or an address, and a photo's caption by the places it gives ("(thứ ba từ trái sang)", "(phải)")
_NOT_CUT = re.compile(r"https?:|www\.|\.html?\b| - .+ - |\([^()]{0,20}\b(?:trái|phải|giữa)\b[^()]{0,10}\)", re.IGNORECASE)


_RELATED = re.compile(r"(?:tin|bài)(?: bài)? (?:liên quan|cùng chuyên mục|mới)|xem thêm|đọc thêm", re.IGNORECASE)


def is_related_heading(text: str) -> bool:
    """Whether a line heads a row of links to other articles ("Các tin liên quan:", "Xem thêm", "Tin cùng chuyên mục")."""
    line = text.strip().rstrip(":").strip()
    return len(line) <= 40 and _RELATED.fullmatch(line.casefold().removeprefix("các ").strip()) is not None


def _cut_short(last: Sentence) -> bool:
    """The text ends mid-sentence, as an excerpt cut at a length does ("… bày tỏ sẵn sàng đàm phán giảm thuế nhập khẩu
    xuống 0%, đồ"): a long last line without a stop, after the headline at least, is the body going on, not a heading
    (but not a row of related links, "Xuất khẩu … - Doanh nghiệp gỗ … - …", an address or a photo's caption)."""
    return (last.kind == "heading" and len(last.text) > _CUT_SHORT
            and (last.text[-1:].isalnum() or last.text[-1:] == "%") and not _NOT_CUT.search(last.text))
