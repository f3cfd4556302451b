"""Reading article files: whatever arrives, text comes out or a clear reason why not.

Files come from editors' machines: UTF-8 with or without BOM, UTF-16, the old
Windows-1258 code page, NFD.  Each of those is read; a binary or empty file is
refused with a message that names it.
"""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from ..text import normalize

MAX_ARTICLE_BYTES = 2_000_000
_VIETNAMESE = set("ăâđêôơưĂÂĐÊÔƠƯ")


class ArticleError(ValueError):
    """An article file that cannot be read; the message names the file."""


def looks_vietnamese(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    marked = sum(1 for c in letters if c in _VIETNAMESE or unicodedata.decomposition(c))
    return marked / len(letters) > 0.05


def decode_article(data: bytes, name: str) -> tuple[str, str | None]:
    """Text of an article file and a note when it was not UTF-8."""
    if not data.strip():
        raise ArticleError(f"{name}: tệp rỗng")
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{name}: tệp quá lớn (hơn {MAX_ARTICLE_BYTES:,} byte)")
    note = None
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return _checked(data.decode("utf-16"), name), "mã UTF-16"
        if data.startswith(codecs.BOM_UTF8):
            return _checked(data[len(codecs.BOM_UTF8) :].decode("utf-8"), name), None
    except UnicodeDecodeError:
        raise ArticleError(f"{name}: mã hóa hỏng (có BOM nhưng nội dung không giải mã được)") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = ""
        if b"\x00" not in data:
            candidate = data.decode("cp1258", errors="replace")
            if "\ufffd" not in candidate and looks_vietnamese(unicodedata.normalize("NFC", candidate)):
                text, note = candidate, "mã Windows-1258"
        if not text:
            raise ArticleError(f"{name}: không phải văn bản UTF-8 (tệp nhị phân hoặc mã không rõ)") from None
    return _checked(text, name), note


def _checked(text: str, name: str) -> str:
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t")
    if "\x00" in text or controls > len(text) // 100 + 2:
        raise ArticleError(f"{name}: tệp nhị phân, không phải bài báo")
    text = normalize(text)
    if not text.strip():
        raise ArticleError(f"{name}: tệp không có nội dung")
    if not any(c.isalpha() for c in text):
        raise ArticleError(f"{name}: không có chữ nào, không phải bài báo")
    return text


def read_article(path: Path) -> tuple[str, str | None]:
    """Read and decode ``path``; every failure is an :class:`ArticleError` naming it."""
    try:
        if path.is_dir():
            raise ArticleError(f"{path}: là thư mục, không phải tệp")
        with path.open("rb") as f:  # at most one byte past the limit: a huge file or /dev/zero is not read whole
            data = f.read(MAX_ARTICLE_BYTES + 1)
    except FileNotFoundError:
        raise ArticleError(f"{path}: không tìm thấy tệp") from None
    except PermissionError:
        raise ArticleError(f"{path}: không có quyền đọc") from None
    except OSError as exc:
        raise ArticleError(f"{path}: không đọc được ({exc.strerror or exc})") from None
    except ValueError:  # a NUL in the name (a data file may say anything): no file can have it
        raise ArticleError(f"{str(path)!r}: tên tệp không hợp lệ (có ký tự NUL)") from None
    return decode_article(data, str(path))
