"""Discord's limits on a message, checked on the JSON that would reach Discord."""

from typing import Any


def embed_size(e: dict[str, Any]) -> int:
    return (len(e.get("title", "")) + len(e.get("description", "")) + len(e.get("footer", {}).get("text", ""))
            + len(e.get("author", {}).get("name", "")) + sum(len(f["name"]) + len(f["value"]) for f in e.get("fields", [])))


def assert_within_limits(message: dict[str, Any]) -> None:
    assert len(message.get("content") or "") <= 2000
    embeds = message.get("embeds") or []
    assert len(embeds) <= 10
    for e in embeds:
        assert len(e.get("title", "")) <= 256 and len(e.get("description", "")) <= 4096
        assert len(e.get("fields", [])) <= 25
        assert all(0 < len(f["name"]) <= 256 and 0 < len(f["value"]) <= 1024 for f in e.get("fields", []))
        assert len(e.get("footer", {}).get("text", "")) <= 2048
        assert e.get("title") or e.get("description") or e.get("fields")
    assert sum(embed_size(e) for e in embeds) <= 6000
    rows = message.get("components") or []
    assert len(rows) <= 5
    for row in rows:
        assert row["type"] == 1 and 1 <= len(row["components"]) <= 5
        for c in row["components"]:
            assert len(c.get("label", "")) <= 80 and len(c.get("custom_id", "")) <= 100 and len(c.get("url", "")) <= 512
