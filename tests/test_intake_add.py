"""``python -m bot add URL``: an article by its address, through the same path as ``add FILE``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from aiohttp import web

from bot.config import PROJECT_ROOT
from tests.intake_site import Site
from tests.outlets import BOILERPLATE, GREER, article_page


@pytest.fixture(scope="module")
def site():
    s = Site().start()
    yield s
    s.close()


@pytest.fixture
def project(tmp_path):
    shutil.copytree(PROJECT_ROOT / "data", tmp_path / "data", ignore=shutil.ignore_patterns("*.db*"))
    shutil.copytree(PROJECT_ROOT / "seeds", tmp_path / "seeds")
    env = dict(os.environ, BRIEFBOT_DATA=str(tmp_path / "data"), BRIEFBOT_SEEDS=str(tmp_path / "seeds"),
               BRIEFBOT_DB=str(tmp_path / "live.db"), BRIEFBOT_FETCH_PRIVATE="1", BRIEFBOT_FETCH_TIMEOUT="1")

    def run(*args, **extra):
        return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, cwd=PROJECT_ROOT,
                              env={**env, **extra}, check=False, timeout=120)
    assert run("ingest").returncode == 0
    return tmp_path, run


def tree(root) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_an_article_by_its_address_is_added_with_its_link_and_the_year_of_its_date(site, project):
    root, run = project
    url = site.page("/thoi-su/greer.html", article_page("Làm việc với Trưởng Đại diện Thương mại Hoa Kỳ", GREER,
                                                         published="2026-02-05T10:00:00+07:00",
                                                         canonical="/thoi-su/greer-goc.html"))
    out = run("add", url)
    assert out.returncode == 0, out.stderr
    assert "Jamieson Greer" in out.stdout and "2026-02-05" in out.stdout
    answer = json.loads(run("ask", "--json", "/meetings jamieson greer").stdout)
    newest = next(m for m in answer["meetings"] if m["source"]["url"].endswith("greer-goc.html"))
    assert newest["date"] == "2026-02-03", "the year of “Ngày 3/2” comes from the page's date"
    assert newest["source"]["link"] == site.url("/thoi-su/greer-goc.html") and newest["source"]["urls"] == [
        site.url("/thoi-su/greer-goc.html")]
    seed = next(p for p in (root / "seeds").glob("005_*.txt"))
    body = seed.read_text(encoding="utf-8")
    assert body.startswith("Ngày 3/2") and not [b for b in BOILERPLATE if b in body]
    metadata = (root / "seeds" / "metadata.toml").read_text(encoding="utf-8")
    assert 'url_basis = "fetched"' in metadata and 'outlet = "Báo Kinh tế Mẫu"' in metadata
    # --published wins over the page's date
    url2 = site.page("/thoi-su/greer-2.html", article_page("Lần hai", [GREER[0].replace("3/2", "28/12")] + GREER[1:],
                                                             published="2026-02-05T10:00:00+07:00"))
    assert run("add", url2, "--published", "2025-12-29").returncode == 0
    dates = [m["date"] for m in json.loads(run("ask", "--json", "/meetings jamieson greer").stdout)["meetings"]]
    assert "2025-12-28" in dates


def test_a_syndicated_copy_by_address_is_one_article_with_both_addresses(site, project):
    root, run = project
    first = site.page("/a/ban-goc.html", article_page("Bản gốc", GREER, site="Báo A"))
    copy = site.page("/b/dang-lai.html", article_page("Bản đăng lại", ["Hà Nội (TTXVN) - " + GREER[0], *GREER[1:],
                                                                         "Minh Anh (TTXVN)"], site="Báo B", byline="TTXVN"))
    assert run("add", first).returncode == 0
    out = run("add", copy)
    assert out.returncode == 0 and "đã có" in out.stdout and "ghi thêm" in out.stdout, out.stdout
    meetings = json.loads(run("ask", "--json", "/meetings jamieson greer").stdout)["meetings"]
    ours = [m for m in meetings if first in m["source"]["urls"]]
    assert len(ours) == 1 and ours[0]["source"]["urls"] == [first, copy] and ours[0]["source"]["link"] == first
    assert len(list((root / "seeds").glob("*.txt"))) == 6


@pytest.mark.parametrize("path, make, expected", [
    ("/khong-co.html", None, "máy chủ trả lời 404"),
    ("/cham.html", "slow", "chưa tải xong"),
    ("/tai-lieu.pdf", "pdf", "không phải trang"),
    ("/rong.html", "empty", "trang rỗng"),
    ("/anh-chup.html", "short", "không giống một bài báo"),
    ("/loi.html", "500", "máy chủ trả lời 500"),
    ("/english.html", "english", "không phải bài báo tiếng Việt"),
])
def test_every_failure_is_one_line_and_adds_nothing(site, project, path, make, expected):
    root, run = project

    async def slow(request):
        import asyncio

        await asyncio.sleep(3)
        return web.Response(text="muộn")
    from tests.outlets import ENGLISH
    handlers = {
        "slow": slow,
        "pdf": lambda r: web.Response(body=b"%PDF-1.7 ...", content_type="application/pdf"),
        "empty": lambda r: web.Response(body=b"", content_type="text/html"),
        "short": lambda r: web.Response(text=article_page("Ảnh", ["Một bức ảnh."]), content_type="text/html"),
        "500": lambda r: web.Response(status=500),
        "english": lambda r: web.Response(text=article_page("Trade talks", ENGLISH), content_type="text/html"),
    }
    if make:
        site.answer(path, handlers[make])
    before = tree(root)
    out = run("add", site.url(path))
    assert out.returncode == 1 and out.stdout == ""
    (line,) = out.stderr.splitlines()
    assert line.startswith("lỗi: ") and expected in line and "Traceback" not in out.stderr, out.stderr
    assert tree(root) == before, "nothing half added"


def test_a_private_address_is_refused_without_the_setting(project):
    root, run = project
    before = tree(root)
    for url in ("http://127.0.0.1:9/bai.html", "http://localhost/bai.html", "ftp://tin.example.vn/a"):
        out = run("add", url, BRIEFBOT_FETCH_PRIVATE="")
        assert out.returncode == 1 and out.stderr.startswith("lỗi: ") and len(out.stderr.splitlines()) == 1
    assert "địa chỉ nội bộ" in run("add", "http://10.1.2.3/", BRIEFBOT_FETCH_PRIVATE="").stderr
    assert tree(root) == before


def test_a_page_saved_to_a_file_is_read_as_the_fetched_page_is(project, tmp_path):
    """An analyst saves the outlet's page from the browser and adds the file: the report comes in, not the menu,
    the related headlines and the comments around it, with the page's headline, outlet, day and own address."""
    root, run = project
    saved = tmp_path / "bai-da-luu.html"
    saved.write_text(article_page("Làm việc với Trưởng Đại diện Thương mại Hoa Kỳ", GREER,
                                  canonical="https://tin.example.vn/thoi-su/greer.html"), encoding="utf-8")
    shown = json.loads(run("extract", "--json", str(saved)).stdout)["articles"][0]
    assert shown["title"] == "Làm việc với Trưởng Đại diện Thương mại Hoa Kỳ"
    assert any(p.get("name") == "Jamieson Greer" for m in shown["meetings"] for p in m["people"])
    out = run("add", str(saved))
    assert out.returncode == 0, out.stderr
    (seed,) = [p for p in (root / "seeds").glob("005_*.txt")]
    body = seed.read_text(encoding="utf-8")
    assert body.startswith("Ngày 3/2") and "<" not in body and not [b for b in BOILERPLATE if b in body]
    metadata = (root / "seeds" / "metadata.toml").read_text(encoding="utf-8")
    assert 'outlet = "Báo Kinh tế Mẫu"' in metadata and "https://tin.example.vn/thoi-su/greer.html" in metadata
    newest = next(m for m in json.loads(run("ask", "--json", "/meetings jamieson greer").stdout)["meetings"]
                  if m["source"]["url"] == "https://tin.example.vn/thoi-su/greer.html")
    assert newest["date"] == "2026-02-03", "the year of “Ngày 3/2” comes from the page's own day"


def test_a_saved_page_with_no_report_is_refused_and_adds_nothing(project, tmp_path):
    root, run = project
    fragment = tmp_path / "manh.html"
    fragment.write_text("<html><body><div><p>Thủ tướng", encoding="utf-8")
    before = tree(root)
    for args in (("add", str(fragment)), ("extract", "--json", str(fragment))):
        out = run(*args)
        assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr
        assert out.stderr.startswith("lỗi: ") and "không giống một bài báo" in out.stderr and "manh.html" in out.stderr
    assert tree(root) == before
