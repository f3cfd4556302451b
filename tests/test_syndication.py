"""Syndicated copies: the same text, or a near-copy with small edits, at another address is one article."""

from __future__ import annotations

import itertools
import json
import shutil
import sqlite3
import subprocess
import sys

import pytest

from bot.articles import add_text, with_also
from bot.config import PROJECT_ROOT, Paths
from bot.intake.syndication import THRESHOLD, dates, find_copy, resemblance, same_facts, shingles
from tests.conftest import SEEDS, seed_text

SEED = "003_1aa3b55e51c94962"
LEAD = ("Theo Bộ Công Thương, vào ngày 4/2, nhân dịp Vòng đàm phán thứ 6 về Hiệp định Thương mại đối ứng, Quyền Bộ "
        "trưởng Lê Mạnh Hùng đã làm việc với Thượng nghị sỹ Bill Hagerty của bang Tennessee, Hoa Kỳ.")


def reworded_lead(text: str) -> str:
    """Another outlet's reprint: its own lead sentence, the rest as released."""
    _, rest = text.split("\n", 1)
    return LEAD + "\n" + rest


def other_byline(text: str) -> str:
    """A reprint with a different byline and dateline, and a sentence of its own at the end."""
    return ("Hà Nội (TTXVN) - " + text.strip() + "\nBộ Công Thương sẽ tiếp tục cập nhật thông tin về tiến trình đàm phán."
            "\nMinh Anh (TTXVN)")


def test_copies_resemble_each_other_and_different_reports_do_not(figure):
    seeds = {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    base = shingles(seeds[SEED])
    lead = resemblance(base, shingles(reworded_lead(seeds[SEED])))
    byline = resemblance(base, shingles(other_byline(seeds[SEED])))
    halved = resemblance(base, shingles("\n".join(seeds[SEED].split("\n")[:8])))
    different = max(resemblance(shingles(a), shingles(b)) for a, b in itertools.combinations(seeds.values(), 2))
    figure(f"\nsyndication: resemblance of a reworded lead {lead:.2f}, another byline {byline:.2f}, the first half"
           f" {halved:.2f}; of two different reports of the negotiations at most {different:.2f};"
           f" threshold {THRESHOLD}")
    assert min(lead, byline, halved) >= THRESHOLD + 0.25
    assert different <= THRESHOLD - 0.3
    assert find_copy(reworded_lead(seeds[SEED]), seeds.items())[0] == SEED
    assert find_copy(seeds["000_4016d315b9f553bc"], [(k, v) for k, v in seeds.items() if k[:3] != "000"]) is None


def test_a_template_with_another_date_is_another_meeting():
    a = "Ngày 23/4, tại Hà Nội, Thứ trưởng Nguyễn Sinh Nhật Tân đã có buổi làm việc với Đại sứ Marc Knapper."
    assert dates(a) == {(23, 4)}
    assert not same_facts(a, a.replace("23/4", "2/1")) and same_facts(a, a + " Ngày 23/4/2025.")


@pytest.fixture
def project(tmp_path, monkeypatch):
    shutil.copytree(PROJECT_ROOT / "data", tmp_path / "data", ignore=shutil.ignore_patterns("*.db*"))
    shutil.copytree(PROJECT_ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.setenv("BRIEFBOT_DB", str(tmp_path / "live.db"))
    return tmp_path, Paths(data=tmp_path / "data", seeds=tmp_path / "seeds")


def test_a_near_copy_added_from_a_file_records_its_address_under_the_article(project):
    root, where = project
    before = len(list(where.seeds.glob("*.txt")))
    added = add_text(where, other_byline(seed_text(SEED)), url="https://baomau.example.vn/ban-in-lai.html")
    assert added.duplicate_of == SEED and added.url_recorded and 0.5 < added.similarity <= 1
    assert len(list(where.seeds.glob("*.txt"))) == before, "not a new article"
    metadata = (where.seeds / "metadata.toml").read_text(encoding="utf-8")
    assert 'also = ["https://baomau.example.vn/ban-in-lai.html"]' in metadata
    assert "# Metadata of the source articles" in metadata, "the editors' comments are kept"
    again = add_text(where, reworded_lead(seed_text(SEED)), url="https://baomau.example.vn/ban-in-lai.html#top")
    assert again.duplicate_of == SEED and not again.url_recorded, "an address already known is not recorded twice"
    out = subprocess.run([sys.executable, "-m", "bot", "ask", "--json", "/meetings hagerty"], capture_output=True,
                         text=True, cwd=PROJECT_ROOT, check=True,
                         env={**__import__("os").environ, "BRIEFBOT_DATA": str(where.data),
                              "BRIEFBOT_SEEDS": str(where.seeds), "BRIEFBOT_DB": str(root / "live.db")})
    (meeting,) = json.loads(out.stdout)["meetings"]
    assert meeting["source"]["urls"] == [meeting["source"]["url"], "https://baomau.example.vn/ban-in-lai.html"]
    assert meeting["source"]["link"] == meeting["source"]["url"], "the first-seen address stays the source link"
    with sqlite3.connect(root / "live.db") as db:
        assert db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 13, "its meetings are not doubled"


def test_the_same_text_without_an_address_changes_nothing(project):
    root, where = project
    metadata = (where.seeds / "metadata.toml").read_bytes()
    added = add_text(where, seed_text(SEED))
    assert added.duplicate_of == SEED and not added.url_recorded
    assert (where.seeds / "metadata.toml").read_bytes() == metadata and not (root / "live.db").exists()


def test_also_is_written_beside_what_an_editor_wrote():
    text = '# note\n[articles."a"]\ntitle = "x"\nalso = [\n  "https://a.example/1", # first\n]\n\n[articles."b"]\n'
    out = with_also(text, "a", ["https://a.example/2"])
    assert 'also = ["https://a.example/1", "https://a.example/2"]' in out and out.startswith("# note")
    assert with_also(out, "b", ["https://b.example/"]).count("also =") == 2
