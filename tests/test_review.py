"""The editor's review: unsure items listed, decided (accept, reject, fix) on the command line and in Discord
through the stand-in, written to data/ with who and when, and kept through re-extraction and a rebuild."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tomllib

import pytest

from bot.config import PROJECT_ROOT, paths
from bot.ingest import build
from bot.standin import EVERYDAY, MANAGE_GUILD, button, command, interaction
from tests.discord_harness import running_bot

ADMIN = EVERYDAY | MANAGE_GUILD
LYNCH = """Ngày 10/3/2026, tại Hà Nội, Thứ trưởng Bộ Công Thương Phan Thị Thắng đã có buổi làm việc với Trợ lý Đại diện Thương mại Hoa Kỳ Brendan Lynch về tiến trình đàm phán Hiệp định Thương mại đối ứng.

Hai bên nhất trí tiếp tục trao đổi ở cấp kỹ thuật về quy tắc xuất xứ và hàng rào phi thuế quan trong thời gian tới.
"""
KEY = "new-person:brendanlynch"


@pytest.fixture
def project(tmp_path, monkeypatch):
    shutil.copytree(PROJECT_ROOT / "data", tmp_path / "data", ignore=shutil.ignore_patterns("*.db*"))
    shutil.copytree(PROJECT_ROOT / "seeds", tmp_path / "seeds")
    env = {"BRIEFBOT_DATA": str(tmp_path / "data"), "BRIEFBOT_SEEDS": str(tmp_path / "seeds"),
           "BRIEFBOT_DB": str(tmp_path / "live.db")}
    for k, v in env.items():
        monkeypatch.setenv(k, v)

    def run(*args):
        return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, cwd=PROJECT_ROOT,
                              env={**os.environ, **env}, check=False, timeout=300)
    (tmp_path / "lynch.txt").write_text(LYNCH, encoding="utf-8")
    assert run("add", str(tmp_path / "lynch.txt")).returncode == 0
    return tmp_path, run


def test_the_console_review_fixes_a_new_person_and_the_decision_survives_reextraction(project):
    root, run = project
    listed = run("review").stdout
    assert KEY in listed and "Người chưa có trong danh bạ: Trợ lý Đại diện Thương mại Hoa Kỳ Brendan Lynch" in listed
    assert "undated:000_4016d315b9f553bc-m1" in listed and "title-only:004_765b38809bddbffd-m4" in listed
    assert "«Ngày 10/3/2026, tại Hà Nội" in listed, "each item with its sentence of evidence"
    bad = run("review", "fix", KEY, "--date", "2026-03-10")
    assert bad.returncode == 1 and bad.stderr.startswith("lỗi: mục này chỉ sửa được: name, title, side")
    done = run("review", "fix", KEY, "--name", "Brendan M. Lynch", "--title", "Phó Trợ lý Đại diện Thương mại Hoa Kỳ",
               "--by", "biên tập viên Hà")
    assert done.returncode == 0 and "Đã thêm Brendan M. Lynch vào danh bạ" in done.stdout, done.stderr
    people = tomllib.loads((root / "data" / "people.toml").read_text(encoding="utf-8"))["person"]
    lynch = next(p for p in people if p["id"] == "brendan-m-lynch")
    assert lynch["aliases"] == ["Brendan Lynch"] and lynch["titles"] == ["Phó Trợ lý Đại diện Thương mại Hoa Kỳ"]
    (decision,) = tomllib.loads((root / "data" / "reviews.toml").read_text(encoding="utf-8"))["decision"]
    assert decision["by"] == "biên tập viên Hà" and decision["at"] and decision["action"] == "fix"
    # re-extraction and a rebuild keep the decision: the person is known, the item is not pending again
    assert run("extract", "--write").returncode == 0 and run("ingest").returncode == 0
    assert KEY not in run("review").stdout
    profile = run("ask", "/person lynch").stdout
    assert profile.startswith("Brendan M. Lynch — 1 cuộc gặp"), "the fixed name, linked to the meeting"
    rejected = run("review", "reject", "undated:000_4016d315b9f553bc-m1")
    assert rejected.returncode == 0 and "undated:000_4016d315b9f553bc-m1" not in run("review").stdout
    assert run("review", "reject", "undated:000_4016d315b9f553bc-m1").returncode == 1, "decided already"


def test_a_date_fixed_in_review_is_a_correction_on_top_of_extraction(project):
    root, run = project
    out = run("review", "fix", "undated:004_765b38809bddbffd-m2", "--date", "2025-11-13")
    assert out.returncode == 0, out.stderr
    assert "with = " in (root / "data" / "corrections.toml").read_text(encoding="utf-8")
    assert run("extract", "--write").returncode == 0 and run("ingest").returncode == 0
    assert "13/11/2025" in run("ask", "/meetings helberg").stdout
    for date in ("13/11/2025", "2025-02-30", "mai"):
        bad = run("review", "fix", "undated:003_1aa3b55e51c94962-m2", "--date", date)
        assert bad.returncode == 1 and "không hợp lệ" in bad.stderr


async def test_review_in_discord_accepts_a_fix_through_the_modal_and_the_decision_survives(project, monkeypatch):
    root, run = project
    db = root / "live.db"
    build(paths(), db)
    async with running_bot(db, monkeypatch, run_briefings=False, run_feeds=False) as (standin, _):
        refused = await standin.final(command("review", permissions=EVERYDAY))
        assert "Manage Server" in refused["content"]
        first = await standin.interact(command("review", permissions=ADMIN))
        message = first.message
        body = first.body["data"]
        assert body["flags"] & 64 and body["content"].startswith("**Mục 1/")
        buttons = {c["label"]: c["custom_id"] for row in body["components"] for c in row["components"]}
        other = await standin.interact(button(buttons["Chấp nhận"], message, user_id="1200000000000000099",
                                              permissions=ADMIN))
        assert "Chỉ người đã gọi /review" in other.body["data"]["content"]
        shown = body["content"]
        for _ in range(12):  # page to the new person
            if "Tên: Brendan Lynch" in shown:
                break
            turned = await standin.interact(button(buttons["▶"], message, permissions=ADMIN))
            shown = turned.body["data"]["content"]
        assert "Người chưa có trong danh bạ" in shown and "Ngày 10/3/2026" in shown.replace("\\", "")
        opened = await standin.interact(button(buttons["Sửa"], message, permissions=ADMIN))
        assert opened.body["type"] == 9, "a modal"
        modal = opened.body["data"]
        rows = [c for row in modal["components"] for c in (row.get("components") or [row.get("component")]) if c]
        values = {"Tên": "Brendan M. Lynch", "Chức danh": "Phó Trợ lý Đại diện Thương mại Hoa Kỳ"}
        submitted = interaction({"custom_id": modal["custom_id"], "components": [
            {"type": 1, "components": [{"type": 4, "custom_id": c["custom_id"],
                                        "value": values.get(c["label"], c.get("value") or "")}]} for c in rows]},
            kind=5, permissions=ADMIN, message=message)
        await standin.interact(submitted, timeout=30)
        edit = await standin.wait_for(lambda r: r.token == submitted["token"] and r.method == "PATCH", timeout=120)
        assert "Đã thêm Brendan M. Lynch vào danh bạ" in edit.body["content"].replace("\\", ""), edit.body["content"]
        assert "Tên: Brendan" not in edit.body["content"].split("\n\n", 1)[1], "the next item is shown"
    (decision,) = tomllib.loads((root / "data" / "reviews.toml").read_text(encoding="utf-8"))["decision"]
    assert decision["item"] == KEY and decision["by"].startswith("discord:1200000000000000001")
    assert decision["set"]["name"] == "Brendan M. Lynch"
    assert run("extract", "--write").returncode == 0 and run("ingest").returncode == 0
    assert KEY not in run("review").stdout and run("ask", "/person lynch").stdout.startswith("Brendan M. Lynch")
    await asyncio.sleep(0)


def test_a_counterpart_named_only_by_title_is_named_in_review_and_stays_named(project):
    """Seed 004 met "Hạ nghị sĩ, Chủ tịch Ủy ban thuế vụ Hạ viện" without a name: the editor gives it."""
    _, run = project
    key = next(line for line in run("review").stdout.splitlines() if line.startswith("title-only:004_765b38809bddbffd"))
    out = run("review", "fix", key, "--name", "Jason Smith")
    assert out.returncode == 0 and "Jason Smith" in out.stdout, out.stderr
    assert run("extract", "--write").returncode == 0 and run("ingest").returncode == 0
    assert key not in run("review").stdout
    answer = run("ask", "/meetings jason smith").stdout
    assert answer.startswith("Các cuộc gặp của Jason Smith (1)") and "Nguyễn Hồng Diên" in answer
