"""The timeline chart as a reader sees it: a PNG of the size asked for, with the points and the round bands in
it, Vietnamese drawn with its diacritics, what could not be drawn counted in the caption; from the command
line and attached in Discord, without the bot loading matplotlib before anyone asks for a chart."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import warnings

import pytest
from PIL import Image

from bot.bench import LOADED_PROBE
from bot.chart import ChartMeeting, from_meetings, layout, png, timeline_png
from bot.chart.draw import BAND, BAND_ALPHA, POINT
from bot.config import PROJECT_ROOT
from bot.standin import button, command
from tests.discord_harness import copy_db, running_bot

SIGNATURE = b"\x89PNG\r\n\x1a\n"
ROUNDS = [{"series": "in_person", "number": 5, "start": "2025-11-12", "end": "2025-11-14"},
          {"series": "in_person", "number": 6, "start": "2026-02", "end": "2026-02"},
          {"series": "online", "number": 1, "start": "--04-23", "end": None},
          {"series": "in_person", "number": 7, "start": None, "end": None}]
MEETINGS = [ChartMeeting("2025-11-14", ("Nguyễn Hồng Diên",), ("Jacob Helberg",)),
            ChartMeeting("2026-02-02", ("Lê Mạnh Hùng",), ("Jacob Helberg",)),
            ChartMeeting("2026-02-04", ("Lê Mạnh Hùng",), ("Bill Hagerty",)),
            ChartMeeting("2025-11-12/2025-11-14", ("Nguyễn Hồng Diên",), ("Jamieson Greer", "Bộ Thương mại Hoa Kỳ")),
            ChartMeeting("--04-23", ("Nguyễn Hồng Diên",), ("Marc E. Knapper",)),
            ChartMeeting("--04-23/--04-25", ("Nguyễn Hồng Diên",), ("Jamieson Greer",)),
            ChartMeeting("2026-02", ("Lê Mạnh Hùng",), ("Ted Cruz",)),
            ChartMeeting(None, ("Lê Mạnh Hùng",), ())]


def size(data: bytes) -> tuple[int, int]:
    """Width and height from the PNG header (the IHDR chunk, which must come first)."""
    assert data[:8] == SIGNATURE, "not a PNG"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    return struct.unpack(">II", data[16:24])


def pixels_near(data: bytes, colour: str, tolerance: int = 40) -> int:
    image = Image.open(io.BytesIO(data)).convert("RGB")
    want = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return sum(n for n, rgb in image.getcolors(image.width * image.height)
               if all(abs(a - b) <= tolerance for a, b in zip(rgb, want, strict=True)))


# -- what is shown ------------------------------------------------------------------------------


def test_rows_are_counterparts_latest_first_and_undrawable_dates_are_counted():
    shown = layout(MEETINGS, ROUNDS, title="Dòng thời gian")
    assert shown.rows == ["Bill Hagerty", "Jacob Helberg", "Bộ Thương mại Hoa Kỳ", "Jamieson Greer"]
    assert shown.drawn == 4
    assert "4 cuộc gặp trên biểu đồ" in shown.caption
    assert "không vẽ 4 cuộc gặp (2 chưa rõ năm, 1 chỉ rõ tháng hoặc năm, 1 chưa rõ ngày)" in shown.caption
    assert "không tô 2 vòng (1 chưa rõ năm, 1 chưa rõ ngày)" in shown.caption
    assert [b.label for b in shown.bands] == ["Vòng 5", "Vòng 6"]
    month = next(b for b in shown.bands if b.label == "Vòng 6")
    assert (month.first.isoformat(), month.last.isoformat()) == ("2026-02-01", "2026-02-28"), "the whole month"


def test_rows_can_be_the_vietnamese_principals_and_are_capped():
    by_principal = layout(MEETINGS, title="x", by="principal")
    assert by_principal.rows == ["Lê Mạnh Hùng", "Nguyễn Hồng Diên"]
    many = [ChartMeeting(f"2025-01-{d:02d}", ("Nguyễn Hồng Diên",), (f"Người {d}",)) for d in range(1, 29)]
    capped = layout(many, title="x", max_rows=10)
    assert capped.rows[0] == "Người 28" and len(capped.rows) == 10 and capped.hidden_rows == 18
    assert "18 hàng khác không hiện (18 cuộc gặp chỉ ở các hàng đó); chỉ 10 hàng có cuộc gặp gần nhất" in capped.caption


# -- the picture ---------------------------------------------------------------------------------


def test_the_png_has_the_size_asked_for_with_points_and_round_bands():
    data = png(layout(MEETINGS, ROUNDS, title="Nguyễn Hồng Diên ↔ Thứ trưởng"), width=1000, height=600)
    assert size(data) == (1000, 600)
    Image.open(io.BytesIO(data)).verify()
    assert pixels_near(data, POINT, 20) > 100, "the meetings are drawn"
    shade = "#" + "".join(f"{round(255 - BAND_ALPHA * (255 - int(BAND[i:i + 2], 16))):02x}" for i in (1, 3, 5))
    assert pixels_near(data, shade, 6) > 1000, "the rounds are shaded"


def test_vietnamese_and_the_arrow_are_drawn_with_a_font_that_has_them():
    title = "Nguyễn Hồng Diên ↔ Thứ trưởng Ngoại giao — Ứng, Đặng, Vũ, Quỳnh"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        data, _ = timeline_png(MEETINGS, title=title, width=900)
    missing = [str(w.message) for w in caught if "missing from" in str(w.message).lower()]
    assert not missing, missing
    assert size(data)[0] == 900


def test_no_drawable_meeting_still_gives_a_picture_that_says_so():
    shown = layout([ChartMeeting("--04-23", ("A",), ("B",))], title="x")
    data = png(shown, width=640, height=320)
    assert size(data) == (640, 320) and shown.drawn == 0 and "1 chưa rõ năm" in shown.caption


def test_meetings_in_the_answer_shape_are_read_as_the_store_rows_are():
    (m,) = from_meetings([{"date": "2025-11-14", "people": [
        {"name": "Nguyễn Hồng Diên", "title": "Bộ trưởng", "side": "vn"},
        {"name": "", "title": "Đại sứ Hoa Kỳ", "side": "us"}], "organizations": [{"name": "USTR", "side": "us"}]}])
    assert m == ChartMeeting("2025-11-14", ("Nguyễn Hồng Diên",), ("Đại sứ Hoa Kỳ", "USTR"))


def test_the_bot_does_not_load_matplotlib_or_icalendar_until_asked():
    out = subprocess.run([sys.executable, "-c", LOADED_PROBE], capture_output=True, text=True, cwd=PROJECT_ROOT,
                         check=True, timeout=120, env=dict(os.environ, PYTHONPATH=str(PROJECT_ROOT)))
    assert out.stdout.split() == ["False", "False"]


# -- the command line ------------------------------------------------------------------------------


def chart_cli(db, *args) -> subprocess.CompletedProcess:
    env = dict(os.environ, BRIEFBOT_DB=str(db), PYTHONPATH=str(PROJECT_ROOT))
    return subprocess.run([sys.executable, "-m", "bot", "chart", *args], capture_output=True, text=True,
                          cwd=PROJECT_ROOT, env=env, check=False, timeout=120)


def test_chart_on_the_command_line_writes_the_png_and_says_what_was_left_out(no_year, tmp_path):
    target = tmp_path / "dong-thoi-gian.png"
    out = chart_cli(copy_db(no_year, tmp_path), "--out", str(target), "--by", "principal")
    assert out.returncode == 0, out.stderr
    width, height = size(target.read_bytes())
    assert width == 1200 and height >= 320
    assert "6 cuộc gặp trên biểu đồ" in out.stdout and "2 chưa rõ năm" in out.stdout


@pytest.mark.parametrize("args, says", [(["--by", "alphabet"], "counterpart"), (["--person", "zzqxv"], "Không tìm thấy"),
                                        ([], "--out")])
def test_chart_bad_input_is_one_loi_line(no_year, tmp_path, args, says):
    out = chart_cli(copy_db(no_year, tmp_path), *(["--out", str(tmp_path / "x.png")] if args else []), *args)
    lines = out.stderr.splitlines()
    assert out.returncode == 2 and len(lines) == 1 and lines[0].startswith("lỗi: ") and says in lines[0], out.stderr
    assert not (tmp_path / "x.png").exists()


# -- in Discord ----------------------------------------------------------------------------------------


@pytest.fixture
async def bot(no_year, tmp_path, monkeypatch):
    async with running_bot(copy_db(no_year, tmp_path), monkeypatch) as pair:
        yield pair


async def final_with_files(standin, payload, timeout=30.0):
    """The message the user sees and the files it carries (the callback's, or the edit's after a deferral)."""
    first = await standin.interact(payload, timeout)
    if first.body.get("type") != 5:
        return first.body["data"], first
    edit = await standin.wait_for(lambda r: r.token == payload["token"] and r.method == "PATCH", timeout)
    return edit.body, edit


async def test_timeline_with_chart_attaches_the_png_on_its_first_page_only(bot):
    standin, _ = bot
    payload = command("timeline", {"chart": True})
    message, sent = await final_with_files(standin, payload)
    (picture,) = sent.files
    assert picture.filename == "dong-thoi-gian.png" and size(picture.data)[0] == 1200
    assert pixels_near(picture.data, POINT, 20) > 100
    description = message["embeds"][0]["description"]
    assert "Biểu đồ kèm theo: 6 cuộc gặp trên biểu đồ" in description and "2 chưa rõ năm" in description
    assert message["embeds"][0]["footer"]["text"].startswith("Trang 1/")
    following = next(c["custom_id"] for row in message["components"] for c in row["components"] if c.get("label") == "Sau ▶")
    turned = await standin.interact(button(following, sent.message))
    assert turned.body["type"] == 7 and not turned.files, "turning a page keeps the picture, it is not drawn again"
    plain = await standin.interact(command("timeline"))
    assert not plain.files and "Biểu đồ" not in plain.body["data"]["embeds"][0].get("description", "")


async def test_person_and_round_attach_their_own_chart(bot):
    standin, _ = bot
    message, sent = await final_with_files(standin, command("person", {"name": "helberg", "chart": True}))
    (picture,) = sent.files
    assert size(picture.data)[0] == 1200
    assert "Biểu đồ kèm theo: 2 cuộc gặp trên biểu đồ" in message["embeds"][0]["description"]
    message, sent = await final_with_files(standin, command("round", {"number": 6, "chart": True}))
    assert [f.filename for f in sent.files] == ["dong-thoi-gian.png"]
    assert "Biểu đồ kèm theo: 3 cuộc gặp trên biểu đồ" in message["embeds"][0]["description"]
    unknown = await standin.interact(command("round", {"number": 42, "chart": True}))
    assert not unknown.files, "no round, no chart"
