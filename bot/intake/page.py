"""An HTML page → the article in it: main text, title, publication date, canonical URL, site name.

Pure: the page's text and address in, a :class:`Page` out, or an :class:`IntakeError` when the page is not
an article (too little text, a PDF, not HTML at all).  trafilatura does the work: it leads the public
main-text benchmarks, and it separates the body from menus, related-article lists, comments, ads and
captions, which Vietnamese news pages carry in quantity.  It is imported here, on first use only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin, urlsplit

from ..text import normalize
from . import IntakeError

MIN_TEXT_CHARS = 300  # shorter than the shortest real report of a meeting: a teaser, a photo page, an error page
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Page:
    text: str
    title: str
    published: str  # YYYY-MM-DD, or "" when the page does not say
    url: str  # the canonical address when the page names one, else the address it was fetched from
    site: str


def accepts_page(content_type: str) -> bool:
    """Media types worth downloading as an article: HTML, or no type at all (sniffed afterwards)."""
    return content_type in ("", *HTML_TYPES)


def _looks_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in text[:65536].lower() or "<p" in head


def saved_page(text: str, name: str, url: str = "") -> Page | None:
    """The article of a page saved to a file (``name``), read as a fetched page is; None when the file is no page.

    A page saved from a browser carries the outlet's menus, related lists and scripts around the report: read as
    plain text they would all become the article.  ``url`` is the address the page was saved from, when known.
    """
    if not _looks_html(text):
        return None
    return extract_page(text, url, name=name)


def extract_page(html: str, url: str, content_type: str = "text/html", *, name: str = "") -> Page:
    """The article of a page fetched from ``url`` (or saved to the file ``name``, which messages then name)."""
    name = name or url[:200]
    if html.lstrip().startswith("%PDF-") or content_type == "application/pdf":
        raise IntakeError(f"{name} là tệp PDF, không phải trang bài báo", reason="not-article")
    if content_type not in ("", *HTML_TYPES) or not _looks_html(html):
        raise IntakeError(f"{name} không phải trang HTML", reason="not-article")
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, include_images=False, favor_precision=True,
                                      deduplicate=False)
    text = normalize(getattr(doc, "text", None) or "") if doc is not None else ""
    title = normalize(getattr(doc, "title", None) or "").replace("\n", " ") if doc is not None else ""
    lines = text.split("\n")
    if title and lines and lines[0].strip() == title:  # the headline, repeated at the top of the body
        text = "\n".join(lines[1:]).strip()
    if len(text) < MIN_TEXT_CHARS:
        raise IntakeError(f"{name} không giống một bài báo (chỉ có {len(text)} ký tự nội dung)",
                          reason="not-article")
    published = _iso_day(getattr(doc, "date", None) or "")
    canonical = _canonical(_declared_canonical(html) or getattr(doc, "url", None) or "", url)
    site = normalize(getattr(doc, "sitename", None) or "").replace("\n", " ") or (urlsplit(url).hostname or "")
    return Page(text=text, title=title[:300], published=published, url=canonical, site=site[:120])


def _iso_day(value: str) -> str:
    m = re.match(r"^(\d{4}-\d{2}-\d{2})", value.strip())
    if not m:
        return ""
    try:
        date.fromisoformat(m.group(1))
    except ValueError:
        return ""
    return m.group(1)


_LINK = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_REL_CANONICAL = re.compile(r"""\brel\s*=\s*["']?canonical\b""", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


def _declared_canonical(html: str) -> str:
    """The page's ``<link rel="canonical">``, relative or not (trafilatura keeps absolute ones only)."""
    head = html[:200_000]
    for tag in _LINK.findall(head):
        if _REL_CANONICAL.search(tag):
            m = _HREF.search(tag)
            if m:
                from html import unescape

                return unescape(next(g for g in m.groups() if g is not None))
    return ""


def _canonical(found: str, fetched: str) -> str:
    """The page's own canonical address when it is an http(s) URL, else the address it was fetched from."""
    if found:
        absolute = urljoin(fetched, found.strip())
        parts = urlsplit(absolute)
        if parts.scheme in ("http", "https") and parts.hostname and not any(c.isspace() for c in absolute):
            return absolute
    return fetched
