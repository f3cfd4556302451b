"""Editorial corrections and context facts sit on top of extraction and say where they come from."""

import json

from bot.config import PROJECT_ROOT
from bot.corrections import Correction, apply, load_corrections, load_metadata


def extracted():
    return json.loads((PROJECT_ROOT / "data" / "extracted.json").read_text(encoding="utf-8"))["articles"]


def test_context_facts_are_applied_and_recorded_apart():
    result = apply(extracted(), load_corrections(PROJECT_ROOT / "data" / "corrections.toml"),
                   load_metadata(PROJECT_ROOT / "seeds" / "metadata.toml"))
    assert result.unapplied == []
    by_id = {a["id"]: a for a in result.articles}
    cruz, lutnick = by_id["000_4016d315b9f553bc"]["meetings"]
    assert (cruz["date"], cruz["round"], lutnick["date"]) == ("2025-05-21", 2, "2025-05-22")
    note = next(c for c in cruz["context"] if c["field"] == "date")
    assert note["basis"] == "context" and note["was"] is None and "21/5/2025" in note["source"]
    knapper = by_id["001_52bf25b6992dcf0d"]["meetings"][0]
    assert knapper["date"] == "2025-05-07"
    assert any(c["field"] == "year" and c["basis"] == "context" for c in knapper["context"])
    assert any(r["number"] == 2 and r["known_from"] == "context" for r in by_id["000_4016d315b9f553bc"]["rounds"])


def test_a_correction_that_no_longer_matches_is_reported():
    stale = Correction("meeting", "002_820798ca02c5d7bf", "fix", {"place": "Hà Nội"}, "", with_="ted-cruz", where="x #1")
    result = apply(extracted(), [stale], {})
    assert len(result.unapplied) == 1 and "ted-cruz" in result.unapplied[0]
    assert result.articles[2]["meetings"][0]["place"] == "Washington"  # nothing else was touched
