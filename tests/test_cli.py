"""The command line as scripts and editors use it: bad files never stop the good ones."""

import json
import subprocess
import sys

from bot.config import PROJECT_ROOT
from tests.conftest import seed_path
from tests.encodings import to_cp1258


def run(*args, cwd=PROJECT_ROOT):
    return subprocess.run([sys.executable, "-m", "bot", *args], check=False, capture_output=True, text=True, cwd=cwd)


def test_help_lists_subcommands_each_with_help():
    out = run("--help")
    assert out.returncode == 0
    for cmd in ("extract", "bench", "run"):
        assert cmd in out.stdout
        assert run(cmd, "--help").returncode == 0


def test_extract_json_contract(tmp_path):
    out = run("extract", "--json", str(seed_path("001_52bf25b6992dcf0d")))
    assert out.returncode == 0, out.stderr
    (article,) = json.loads(out.stdout)["articles"]
    assert {"file", "title", "meetings", "rounds", "new_people"} <= set(article)
    (m,) = article["meetings"]
    assert {"id", "date", "date_text", "date_precision", "place", "kind", "round", "round_series", "people",
            "organizations", "topics", "summary", "evidence"} <= set(m)
    assert {p["side"] for p in m["people"]} == {"vn", "us"}
    assert all({"name", "title", "organization", "side"} <= set(p) for p in m["people"])


def test_bad_files_are_named_and_the_rest_still_processed(tmp_path):
    text = seed_path("002_820798ca02c5d7bf").read_text(encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "cp1258.txt").write_bytes(to_cp1258(text))
    files = ["empty.txt", "binary.txt", "missing.txt", "utf16.txt", "cp1258.txt"]
    out = run("extract", "--json", *[str(tmp_path / f) for f in files])
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    for name in ("empty.txt", "binary.txt", "missing.txt"):
        assert name in out.stderr
    articles = json.loads(out.stdout)["articles"]
    assert [a["file"].rsplit("/", 1)[-1] for a in articles] == ["utf16.txt", "cp1258.txt"]
    for a in articles:  # the same meeting whatever the encoding
        assert [p["name"] for p in a["meetings"][0]["people"]] == ["Nguyễn Hồng Diên", "Jamieson Greer"]


def test_only_good_files_exit_zero():
    out = run("extract", str(seed_path("003_1aa3b55e51c94962")))
    assert out.returncode == 0
    assert "Lê Mạnh Hùng" in out.stdout and "Bill Hagerty" in out.stdout


def test_briefing_preview_lists_rounds_then_meetings_by_date_since_a_date():
    out = run("briefing", "--preview", "--since", "1/2/2026")
    assert out.returncode == 0, out.stderr
    blocks = out.stdout.rstrip("\n").split("\n\n")  # the title, then one block per round or meeting
    assert blocks[0].endswith("từ 1/2/2026")
    assert blocks[1].startswith("◆ Vòng đàm phán 6")
    meetings = [block for block in blocks if block.startswith("• ")]
    assert [m.split(" · ")[0] for m in meetings] == ["• 2/2/2026 ¹", "• 2/2/2026 ¹", "• 4/2/2026 ¹"]
    assert "Lê Mạnh Hùng ↔ Thượng nghị sĩ Bill Hagerty" in meetings[-1]
    assert "VietnamPlus: https://www.vietnamplus.vn/" in meetings[-1]  # the outlet labels its address
    assert all(len(m.splitlines()) <= 4 for m in meetings)
    data = json.loads(run("briefing", "--preview", "--since", "2026-02-03", "--json").stdout)
    assert data["since"] == "2026-02-03" and [m["date"] for m in data["meetings"]] == ["2026-02-04"]
    for typo in ("31/02/2026x", "31/02/2026", "2026-13", "0000-01-01"):
        bad = run("briefing", "--preview", "--since", typo)
        assert bad.returncode == 2 and "--since" in bad.stderr and "Traceback" not in bad.stderr, typo
