"""Fetching and reading pages: against a loopback site serving pages in the shape of Vietnamese outlets'."""

from __future__ import annotations

import asyncio

import pytest
from aiohttp import web

from bot.intake import IntakeError
from bot.intake import fetch as fetch_module
from bot.intake.fetch import Fetcher, Limits, check_url, decode, refused_ip, retry_after_seconds
from bot.intake.page import extract_page
from bot.intake.pipeline import fetch_page
from tests.conftest import seed_text
from tests.intake_site import Site
from tests.outlets import BOILERPLATE, GREER, article_page

SEED = "003_1aa3b55e51c94962"
FAST = Limits(timeout=1.0, retry_after_max=2.0)


@pytest.fixture(scope="module")
def site():
    s = Site().start()
    yield s
    s.close()


@pytest.fixture(autouse=True)
def private_allowed(monkeypatch):
    monkeypatch.setenv("BRIEFBOT_FETCH_PRIVATE", "1")


def paragraphs(stem: str = SEED) -> list[str]:
    return [p for p in seed_text(stem).split("\n") if p.strip()]


async def page_of(url: str, limits: Limits = FAST, **kw):
    async with Fetcher(limits, **kw) as f:
        return await fetch_page(f, url)


async def test_the_main_text_comes_without_menus_related_lists_comments_ads_or_captions(site):
    url = site.page("/kinh-te/bai-1.html", article_page("Nâng tầm quan hệ kinh tế thương mại với Hoa Kỳ", paragraphs(),
                                                        canonical="/kinh-te/bai-1-goc.html"))
    page = await page_of(url)
    assert page.text.replace("\n", " ").split() == seed_text(SEED).replace("\n", " ").split(), "the body, whole"
    assert [b for b in BOILERPLATE if b in page.text] == []
    assert page.title == "Nâng tầm quan hệ kinh tế thương mại với Hoa Kỳ" and page.site == "Báo Kinh tế Mẫu"
    assert page.published == "2026-02-05" and page.url == site.url("/kinh-te/bai-1-goc.html"), "the canonical address"
    ua = dict(site.requests)["/kinh-te/bai-1.html"]["User-Agent"]
    assert ua.startswith("briefbot/") and site.hits["/robots.txt"] >= 1


async def test_redirects_are_followed_at_most_five_times_and_each_is_checked(site, monkeypatch):
    site.page("/dich.html", article_page("Bài sau chuyển hướng", GREER))
    site.answer("/cu.html", lambda r: web.Response(status=301, headers={"Location": site.url("/tam.html")}))
    site.answer("/tam.html", lambda r: web.Response(status=302, headers={"Location": "/dich.html"}))
    page = await page_of(site.url("/cu.html"))
    assert page.url == site.url("/dich.html"), "no canonical: the address the page was reached at"
    for n in range(7):
        site.answer(f"/vong-{n}", lambda r, n=n: web.Response(status=302, headers={"Location": f"/vong-{n + 1}"}))
    with pytest.raises(IntakeError, match="chuyển hướng quá 5 lần"):
        await page_of(site.url("/vong-0"))
    # a redirect to an address the bot must not reach is refused, even when the first one was allowed
    monkeypatch.setattr(fetch_module, "refused_ip", lambda a: a != "127.0.0.1")
    site.answer("/ra-ngoai", lambda r: web.Response(status=302, headers={"Location": f"http://127.0.0.2:{site.port}/dich.html"}))
    with pytest.raises(IntakeError, match="địa chỉ nội bộ") as refused:
        await page_of(site.url("/ra-ngoai"), allow_private=False)
    assert refused.value.reason == "refused" and site.hits["/dich.html"] == 1


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/x", "http://localhost/x", "http://[::1]/x", "http://10.0.0.7/",
                                 "http://169.254.169.254/latest/meta-data/", "http://192.168.1.1/", "http://0.0.0.0/",
                                 "http://[::ffff:127.0.0.1]/", "http://100.64.0.1/"])
async def test_private_addresses_are_refused_unless_allowed(url, monkeypatch):
    monkeypatch.delenv("BRIEFBOT_FETCH_PRIVATE")
    with pytest.raises(IntakeError, match="địa chỉ nội bộ") as refused:
        await page_of(url)
    assert refused.value.reason == "refused"


async def test_names_are_checked_by_the_resolver_the_connection_uses(monkeypatch):
    """A name (not a literal address) resolving to loopback is refused at connection time."""
    monkeypatch.delenv("BRIEFBOT_FETCH_PRIVATE")

    async def loopback(self, host, port=0, family=0):
        return [{"hostname": host, "host": "127.0.0.1", "port": port, "family": 2, "proto": 6, "flags": 4}]
    monkeypatch.setattr(fetch_module.aiohttp.ThreadedResolver, "resolve", loopback)
    with pytest.raises(IntakeError, match="địa chỉ nội bộ"):
        await page_of("http://tin.example.vn/bai.html")


def test_addresses_and_schemes():
    assert not refused_ip("8.8.8.8") and not refused_ip("2001:4860:4860::8888")
    assert all(refused_ip(a) for a in ("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.1.1", "::1",
                                        "fe80::1", "fc00::1", "224.0.0.1", "0.0.0.0", "::ffff:10.0.0.1", "240.0.0.1"))
    for bad in ("ftp://tin.example.vn/a", "file:///etc/passwd", "javascript:alert(1)", "http://", "tin.example.vn",
                "http://a b.vn/", "http://x.vn:99999/"):
        with pytest.raises(IntakeError):
            check_url(bad)


async def test_conditional_get_sends_the_validators_and_takes_a_304(site):
    def feed(request):
        if request.headers.get("If-None-Match") == '"v1"':
            return web.Response(status=304)
        return web.Response(text="<rss/>", headers={"ETag": '"v1"', "Last-Modified": "Thu, 05 Feb 2026 02:30:00 GMT",
                                                    "Content-Type": "application/rss+xml"})
    url = site.answer("/rss/etag.rss", feed)
    async with Fetcher(FAST) as f:
        first = await f.get(url)
        again = await f.get(url, etag=first.etag, last_modified=first.last_modified)
    assert first.etag == '"v1"' and not first.not_modified
    assert again.not_modified and again.body == b"" and again.etag == '"v1"'
    sent = [h for p, h in site.requests if p == "/rss/etag.rss"][-1]
    assert sent["If-None-Match"] == '"v1"' and sent["If-Modified-Since"] == "Thu, 05 Feb 2026 02:30:00 GMT"


async def test_retry_after_is_followed_on_429_and_503(site):
    tries = {"n": 0}

    def busy(request):
        tries["n"] += 1
        if tries["n"] == 1:
            return web.Response(status=429, headers={"Retry-After": "1"})
        return web.Response(text=article_page("Sau khi chờ", GREER), content_type="text/html")
    url = site.answer("/ban.html", busy)
    started = asyncio.get_running_loop().time()
    page = await page_of(url)
    assert page.title == "Sau khi chờ" and tries["n"] == 2
    assert asyncio.get_running_loop().time() - started >= 0.9, "waited as asked"
    site.answer("/qua-tai.html", lambda r: web.Response(status=503, headers={"Retry-After": "3600"}))
    with pytest.raises(IntakeError, match="máy chủ đang bận") as busy_long:
        await page_of(site.url("/qua-tai.html"))
    assert busy_long.value.retry_after == 3600, "a long wait is handed to the caller, not slept through"
    assert 0 < retry_after_seconds("Thu, 01 Jan 2099 00:00:00 GMT") and retry_after_seconds("soon") is None


@pytest.mark.parametrize("status", [404, 500, 410, 403])
async def test_error_statuses_are_one_clear_error(site, status):
    url = site.answer(f"/loi-{status}.html", lambda r: web.Response(status=status, text="lỗi"))
    with pytest.raises(IntakeError, match=f"máy chủ trả lời {status}") as error:
        await page_of(url)
    assert error.value.reason == f"http-{status}"


async def test_a_slow_page_times_out_at_the_cap(site):
    async def slow(request):
        await asyncio.sleep(3)
        return web.Response(text="muộn")
    url = site.answer("/cham.html", slow)
    started = asyncio.get_running_loop().time()
    with pytest.raises(IntakeError, match="chưa tải xong") as late:
        await page_of(url, Limits(timeout=0.3))
    assert late.value.reason == "timeout" and asyncio.get_running_loop().time() - started < 2


async def test_a_huge_page_is_cut_off_at_the_cap(site):
    huge = article_page("Trang khổng lồ", GREER).replace("</body>", "<p>" + "x" * 6_000_000 + "</p></body>")
    url = site.page("/khong-lo.html", huge)

    async def chunked(request):  # no Content-Length: the cap is counted while reading
        resp = web.StreamResponse(headers={"Content-Type": "text/html"})
        await resp.prepare(request)
        for _ in range(100):
            await resp.write(b"<p>" + b"y" * 65536 + b"</p>")
        return resp
    streamed = site.answer("/khong-lo-2.html", chunked)
    for u in (url, streamed):
        with pytest.raises(IntakeError, match="quá lớn") as big:
            await page_of(u)
        assert big.value.reason == "too-big"


async def test_what_is_not_an_html_article_is_refused(site):
    cases = {
        "/tai-lieu.pdf": (b"%PDF-1.7\n" + b"0" * 1000, "application/pdf", "không phải trang"),
        "/pdf-gia.html": (b"%PDF-1.4 binary", "text/html", "PDF"),
        "/anh.png": (b"\x89PNG\r\n\x1a\n", "image/png", "không phải trang"),
        "/rong.html": (b"", "text/html", "trang rỗng"),
        "/ngan.html": (article_page("Tin ngắn", ["Hai bên gặp nhau."]).encode(), "text/html", "không giống một bài báo"),
        "/du-lieu.json": (b'{"a": 1}', "application/json", "không phải trang"),
    }
    for path, (body, kind, message) in cases.items():
        url = site.page(path, body, content_type=kind)
        with pytest.raises(IntakeError, match=message) as refused:
            await page_of(url)
        assert refused.value.reason == "not-article", path
    assert site.hits["/tai-lieu.pdf"] == 1


@pytest.mark.parametrize("how", ["header", "meta", "undeclared", "declared-utf8"])
async def test_windows_1258_pages_are_read_whatever_they_declare(site, how):
    html = article_page("Quan hệ kinh tế thương mại với Hoa Kỳ", paragraphs(), charset=None)
    body = _cp1258(html)
    kind = {"header": "text/html; charset=windows-1258", "declared-utf8": "text/html; charset=utf-8"}.get(how, "text/html")
    if how == "meta":
        body = body.replace(b"<head>", b'<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')
    url = site.page(f"/cp1258-{how}.html", body, content_type=kind)
    page = await page_of(url)
    assert page.text.replace("\n", " ").split() == seed_text(SEED).replace("\n", " ").split()
    assert page.title == "Quan hệ kinh tế thương mại với Hoa Kỳ"


def _cp1258(text: str) -> bytes:
    """Windows-1258 as old Vietnamese sites write it: base letters and combining tone marks."""
    import unicodedata

    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += (base + "".join(c for c in parts if c in tones)).encode("cp1258")
    return bytes(out)


def test_decode_prefers_what_the_bytes_are():
    text = "Bộ Công Thương và Hoa Kỳ"
    assert decode(text.encode("utf-8"), "windows-1258") == (text, "utf-8")
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8"), None)[0] == text
    assert decode(text.encode("utf-16"), None)[0] == text


async def test_robots_txt_is_honoured(site):
    site.page("/robots.txt", "User-agent: briefbot\nDisallow: /rieng/\n\nUser-agent: *\nAllow: /\n",
              content_type="text/plain")
    try:
        url = site.page("/rieng/bai.html", article_page("Bài riêng", GREER))
        with pytest.raises(IntakeError, match="robots.txt") as refused:
            async with Fetcher(FAST) as f:  # a fetcher of its own: robots files are read once per fetcher
                await fetch_page(f, url)
        assert refused.value.reason == "robots" and site.hits["/rieng/bai.html"] == 0
    finally:
        del site.routes["/robots.txt"]


def test_a_page_is_read_without_the_network():
    page = extract_page(article_page("Tiêu đề", GREER, published="2025-12-30T08:00:00Z"), "https://tin.example.vn/a")
    assert page.published == "2025-12-30" and page.url == "https://tin.example.vn/a" and page.text.startswith("Ngày 3/2")
