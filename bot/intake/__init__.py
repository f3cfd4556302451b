"""Articles that arrive by themselves: by URL, from followed feeds, and their syndicated copies.

One module per step of an article's way in, each taking data and returning data except the fetcher:

- ``fetch``: the only module that touches the network (HTTP, politely and safely);
- ``page``: an HTML page → its main text, title, publication date, canonical URL (trafilatura);
- ``feeds``: RSS or Atom → entries (feedparser);
- ``relevance``: is a text about the Vietnam–United States negotiations (word lists in ``data/intake.toml``);
- ``syndication``: the same text, or a near-copy, at another address;
- ``pipeline``: orchestrates them and hands every article to ``bot.articles``, the one path for adding one.

trafilatura and feedparser are imported inside the functions that use them: a bot that follows no
feed never loads them, so its memory stays near a minimal discord.py bot's.
"""

from __future__ import annotations


class IntakeError(ValueError):
    """An article or a feed that cannot be taken in; the message, in Vietnamese, says why."""

    def __init__(self, message: str, *, reason: str = "error", retry_after: float | None = None) -> None:
        super().__init__(message)
        self.reason = reason  # a short code kept with a skipped feed entry: not-article, http-404, refused, …
        self.retry_after = retry_after  # seconds the server asked us to wait (429/503), when it said
