"""Adding an article: one command copies it into ``seeds/``, extracts it, merges it and rebuilds."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from .config import Paths
from .extract import ArticleResult, extract_article
from .extract.reading import read_article
from .gazetteer import load_gazetteer

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class AddError(ValueError):
    """The article cannot be added; the message says why."""


@dataclass(frozen=True)
class Added:
    article_id: str
    result: ArticleResult | None
    duplicate_of: str | None = None


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def add_article(where: Paths, source: Path, url: str = "", published: str = "") -> Added:
    """Copy, extract and merge one article; the same text twice is recognised, not doubled."""
    if published and not _DATE.match(published):
        raise AddError(f"--published “{published}” không hợp lệ; hãy viết YYYY-MM-DD")
    if url and not re.match(r"^https?://\S+$", url):
        raise AddError(f"--url “{url}” không phải địa chỉ http(s)")
    text, _ = read_article(source)
    digest = text_hash(text)
    existing = sorted(where.seeds.glob("*.txt"))
    for path in existing:
        if text_hash(read_article(path)[0]) == digest:
            return Added(path.stem, None, duplicate_of=path.stem)
    number = 1 + max((int(p.stem.split("_", 1)[0]) for p in existing if p.stem.split("_", 1)[0].isdigit()), default=-1)
    article_id = f"{number:03d}_{digest[:16]}"
    target = where.seeds / f"{article_id}.txt"
    gaz = load_gazetteer(where.data)
    result = extract_article(text, article_id, gaz, f"seeds/{target.name}")

    data = json.loads(where.extracted.read_text(encoding="utf-8")) if where.extracted.exists() else {"articles": []}
    data["articles"] = [a for a in data["articles"] if a["id"] != article_id] + [result.to_json()]
    target.write_text(text + "\n", encoding="utf-8")
    with where.metadata.open("a", encoding="utf-8") as fh:
        fh.write(
            f'\n[articles."{article_id}"]\ntitle = {_toml_string(result.title)}\noutlet = ""\n'
            f"url = {_toml_string(url)}\npublished = {_toml_string(published)}\n"
            + (f"year = {published[:4]}\nyear_basis = \"published\"\n"
               f"year_reason = {_toml_string('Năm theo ngày đăng ' + published + '.')}\n" if published else "")
        )
    tmp = where.extracted.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(where.extracted)
    return Added(article_id, result)
