"""What the command line writes: text from articles and users, never commands to the reader's terminal.

An article or a query can carry ESC sequences and other control characters; written raw they can
recolour, retitle or clear a terminal, or hide the line before them. Each is shown as its Unicode
control picture instead (``␛`` for ESC), and a character the stream cannot encode (an ASCII-only
terminal, a stray surrogate from a non-UTF-8 argument) is written as an escape, not a traceback.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any, TextIO

_PICTURES = ({c: 0x2400 + c for c in range(0x20) if chr(c) not in "\n\t"} | {0x7F: 0x2421}
             | {c: 0xFFFD for c in range(0x80, 0xA0)})
_LINE_BREAKS = re.compile("\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")  # what str.splitlines splits on


def shown(text: str) -> str:
    """``text`` with every control character but line feed and tab made visible."""
    return text.translate(_PICTURES)


def notice(label: str, message: str) -> None:
    """One line on stderr, ``lỗi: …`` or ``chú ý: …``: scripts read them line by line, so a file name with a
    line break in it must not start a second one."""
    print(_LINE_BREAKS.sub("\u240a", f"{label}: {message}"), file=sys.stderr)


_JSON_ESCAPES = {c: f"\\u{c:04x}" for c in range(0x7F, 0xA0)}  # json escapes the other control characters itself


def json_text(value: Any) -> str:
    """JSON for scripts, readable Vietnamese, with no control character left raw: the data survives the guard."""
    return json.dumps(value, ensure_ascii=False, indent=2).translate(_JSON_ESCAPES)


class Guarded:
    """A text stream that passes everything written through :func:`shown`; the rest is the stream's own."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(shown(text))
        return len(text)

    def __getattr__(self, name: str):  # flush, fileno, isatty, encoding: readline still sees a real terminal
        return getattr(self.stream, name)


def guarded(stream: TextIO) -> TextIO:
    if isinstance(stream, Guarded):
        return stream
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")
    return Guarded(stream)  # type: ignore[return-value]
