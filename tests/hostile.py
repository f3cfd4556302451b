"""Hostile text and numbers, shared by the property-based tests of the bot and of the command line.

Pieces a busy server or a careless editor produces: FTS5 and SQL syntax, Markdown, mentions,
NFD Vietnamese, right-to-left marks, emoji, control characters; glued together, around values the
bot knows (so the code behind them runs), and repeated up to 6,000 characters.
"""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

FTS5 = ['"', "*", "NEAR(", "NEAR/2", "AND", "OR", "NOT", "(", ")", "-", "^", ":", "+", "{", "}", "summary:",
        "meetings_search:", '"a" "b"', "a*", "^x", "' ", "''"]
SQL = ["'; DROP TABLE meetings; --", "' OR '1'='1", "\"; DELETE FROM meetings; --", "1; SELECT * FROM sqlite_master",
       "%", "_", "\\", "%' --", "x' UNION SELECT sql FROM sqlite_master --"]
MARKDOWN = ["**", "__", "`", "```", "~~", "||", "[x](http://evil)", "> ", ">>> ", "# ", "## ", "- ", "1. ", "\n",
            "<https://evil.example>", "](http://evil)", "\\", "*x*", "_x_", "-# "]
MENTIONS = ["@everyone", "@here", "<@&123>", "<@123>", "<@!123>", "<#123>", "@", "@@everyone", "@\u200beveryone",
            "＠everyone", "<@&1100000000000000003>", "<:x:123>", "</help:123>", " @here "]
VIETNAMESE = [unicodedata.normalize("NFD", s) for s in ("Lê Mạnh Hùng", "Nguyễn Hồng Diên", "thuế đối ứng", "đàm phán")] + [
    "Lê Mạnh Hùng", "a\u0301\u0323\u0300\u0309", "\u0301", "ĐÀM PHÁN", "Ð"]
RTL = ["مرحبا", "שלום", "\u202e", "\u200f", "\u2066", "\u202etxt.exe", "ليه"]
EMOJI = ["🇻🇳", "👨‍👩‍👧", "🔥", "\ufe0f", "🏳️‍🌈", "\U0001f600" * 3]
CONTROL = ["\x00", "\x01", "\x1b[31m", "\r", "\t", "\x7f", "\u0085", "\u2028", "\ufeff", "\ufffd", "\U0010ffff", "\u200b",
           "\x00\x00"]
PIECES = FTS5 + SQL + MARKDOWN + MENTIONS + VIETNAMESE + RTL + EMOJI + CONTROL
KNOWN = ["helberg", "Jacob Helberg", "le manh hung", "Lê Mạnh Hùng", "USTR", "d1 d3", "thuế đối ứng", "năng lượng",
         "000", "001", "2025-11-14", "14/11/2025", "2026", "08:00", "8h30", "5, 6", "Asia/Ho_Chi_Minh", "UTC"]


def _glue(parts: list[str]) -> str:
    return "".join(parts)


short_text = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map(_glue),
    st.lists(st.one_of(st.sampled_from(PIECES), st.sampled_from(KNOWN), st.text(max_size=5)), min_size=1,
             max_size=6).map(_glue),
    st.tuples(st.sampled_from(KNOWN), st.sampled_from(PIECES)).map(lambda t: f"{t[0]} {t[1]}"),
    st.sampled_from(["", " ", "\x00", "\n\n", "\u200b", "\t \r\n", "NEAR(", '"', "*", "@everyone", "@here"]),
)
long_text = st.builds(lambda piece, n: (piece * (n // max(1, len(piece)) + 1))[:n],
                      st.sampled_from(PIECES + KNOWN + ["x", "é"]), st.integers(150, 6000))
hostile_text = st.one_of(short_text, short_text, short_text, long_text)
hostile_int = st.one_of(st.sampled_from([-2**63, 2**63, 2**63 - 1, 2**64, 0, -1, 1, 5, 6, 99, 100, 10**30, -10**30,
                                         2**53 + 1]),
                        st.integers(), st.integers(min_value=-5, max_value=120))
