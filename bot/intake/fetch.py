"""Fetching a page or a feed over HTTP, as a good citizen and without becoming a way into the host's network.

- The bot names itself (``USER_AGENT``), honours ``robots.txt`` (RFC 9309: a 4xx robots file allows
  everything, an unreachable one forbids everything), sends conditional GETs (ETag, Last-Modified) and
  waits as ``Retry-After`` asks on 429 and 503 (a short wait here; a long one is handed to the caller).
- Each response is capped (5 MB, 20 s) and at most 5 redirects are followed, each checked again.
- Only ``http`` and ``https``.  An address that resolves to loopback, private, link-local or otherwise
  non-public ranges is refused unless ``BRIEFBOT_FETCH_PRIVATE=1``: admins type these URLs, and the host
  must not become a way into its own network.  Every address a name resolves to is checked, by the
  resolver the connection itself uses, so a name cannot resolve to a public address for the check and to
  a private one for the connection.
- Text is decoded from the charset of the headers or the page, else UTF-8, else Windows-1258.

This is the only module of the intake that touches the network.
"""

from __future__ import annotations

import asyncio
import codecs
import ipaddress
import os
import re
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import aiohttp
from aiohttp.abc import AbstractResolver

from . import IntakeError

USER_AGENT = "briefbot/0.1 (Vietnam-US trade negotiation news intake; honours robots.txt)"
ROBOTS_AGENT = "briefbot"
REDIRECTS = frozenset({301, 302, 303, 307, 308})
ROBOTS_TTL = 3600.0
ROBOTS_MAX_BYTES = 512_000


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 5_000_000
    timeout: float = 20.0  # seconds for one request: connecting, the headers and the whole body
    max_redirects: int = 5
    retry_after_max: float = 30.0  # a longer Retry-After is not waited out here: the caller comes back later


def limits_from_env() -> Limits:
    """``BRIEFBOT_FETCH_TIMEOUT`` (seconds, default 20) shortens the time cap; tests keep it small."""
    raw = os.environ.get("BRIEFBOT_FETCH_TIMEOUT", "").strip()
    try:
        timeout = float(raw) if raw else 20.0
    except ValueError:
        timeout = 20.0
    return Limits(timeout=min(max(timeout, 0.1), 20.0))


def private_allowed() -> bool:
    return os.environ.get("BRIEFBOT_FETCH_PRIVATE", "").strip() == "1"


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int
    content_type: str  # the media type alone, lower case: "text/html"
    body: bytes
    text: str | None  # decoded, for textual types
    charset: str
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


# -- addresses ---------------------------------------------------------------------------------

def refused_ip(address: str) -> bool:
    """Is this an address the bot must not connect to (anything but a public unicast address)?"""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return True
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (not ip.is_global or ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved
            or ip.is_multicast or ip.is_unspecified)


class RefusedAddress(OSError):
    """A name that resolves to an address the bot does not connect to."""


class GuardedResolver(AbstractResolver):
    """The connection's own resolver: every address of a name is checked before any is connected to."""

    def __init__(self, allow_private: bool) -> None:
        self._inner = aiohttp.ThreadedResolver()
        self.allow_private = allow_private

    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET) -> list[Any]:
        found = await self._inner.resolve(host, port, family)
        if not self.allow_private:
            bad = [r["host"] for r in found if refused_ip(r["host"])]
            if bad:
                raise RefusedAddress(f"{host} → {bad[0]}")
        return found

    async def close(self) -> None:
        await self._inner.close()


def check_url(url: str) -> str:
    """An absolute http(s) URL with a host, or an :class:`IntakeError`."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise IntakeError(f"“{url[:100]}” không phải địa chỉ web hợp lệ", reason="bad-url") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise IntakeError(f"“{url[:100]}”: chỉ nhận địa chỉ http:// hoặc https://", reason="bad-url")
    if not parts.hostname or any(c.isspace() for c in url) or (port is not None and not 0 < port < 65536):
        raise IntakeError(f"“{url[:100]}” không phải địa chỉ web hợp lệ", reason="bad-url")
    return url


def precheck(url: str, allow_private: bool | None = None) -> str:
    """What can be refused without the network: the URL's form, and a host that is a private address literally."""
    url = check_url(url)
    allowed = private_allowed() if allow_private is None else allow_private
    if not allowed and _literal_refused(urlsplit(url).hostname or ""):
        raise _refused_message(url)
    return url


def _literal_refused(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return host.lower() == "localhost" or host.lower().endswith(".localhost")
    return refused_ip(host.strip("[]"))


def _refused_message(url: str) -> IntakeError:
    host = urlsplit(url).hostname or "?"
    return IntakeError(f"{host} là địa chỉ nội bộ (loopback, mạng riêng hoặc link-local): bot không tải từ đó",
                       reason="refused")


# -- charset -----------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def decode(body: bytes, declared: str | None) -> tuple[str, str]:
    """The text of a body and the charset it was read in.

    A byte-order mark wins; then UTF-16/32 when declared (ASCII in UTF-16 is also valid UTF-8); then UTF-8,
    since Vietnamese text that decodes as UTF-8 is UTF-8 whatever the page claims; then the charset the
    headers or the page declare; then Windows-1258, the old Vietnamese code page.
    """
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body.decode(name, errors="replace"), name
    meta = _META_CHARSET.search(body[:4096])
    declared_codecs = [c for c in (_codec(declared), _codec(meta.group(1).decode("ascii")) if meta else None) if c]
    wide = [c for c in declared_codecs if c.startswith(("utf-16", "utf-32"))]
    for name in [*wide, "utf-8", *declared_codecs, "cp1258"]:
        try:
            return body.decode(name), name
        except (UnicodeDecodeError, LookupError):
            continue
    return body.decode("utf-8", errors="replace"), "utf-8"


def _textual(content_type: str) -> bool:
    return content_type.startswith("text/") or content_type in ("", "application/xhtml+xml") or content_type.endswith(
        ("+xml", "/xml"))


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds: a number, or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


# -- the fetcher -------------------------------------------------------------------------------

class Fetcher:
    """One HTTP session for a run of fetches (a command, a poll): robots files are read once per site."""

    def __init__(self, limits: Limits | None = None, *, allow_private: bool | None = None,
                 user_agent: str = USER_AGENT) -> None:
        self.limits = limits or limits_from_env()
        self.allow_private = private_allowed() if allow_private is None else allow_private
        self.user_agent = user_agent
        self._session: aiohttp.ClientSession | None = None
        self._robots: dict[str, tuple[Any, float]] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}

    async def __aenter__(self) -> Fetcher:  # noqa: PYI034 - a Fetcher is not meant to be subclassed
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def _open(self) -> aiohttp.ClientSession:
        if self._session is None:
            connector = aiohttp.TCPConnector(resolver=GuardedResolver(self.allow_private), limit_per_host=4)
            self._session = aiohttp.ClientSession(connector=connector, headers={"User-Agent": self.user_agent},
                                                  trust_env=False, auto_decompress=True)
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
                  accept: Callable[[str], bool] | None = None, what: str = "trang") -> Response:
        """Fetch ``url``; raises :class:`IntakeError` with a Vietnamese message on every failure.

        ``accept`` is asked about the response's media type before its body is read: a PDF is refused
        without downloading it.  With ``etag``/``last_modified`` the request is conditional, and an
        unchanged resource comes back as a 304 response with no body.
        """
        url = check_url(url)
        if not await self._robots_allow(url):
            raise IntakeError(f"robots.txt của {urlsplit(url).hostname} không cho bot tải {what} này", reason="robots")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return await self._request(url, headers, accept, what, self.limits.max_bytes)

    async def _request(self, url: str, headers: dict[str, str], accept: Callable[[str], bool] | None, what: str,
                       max_bytes: int, robots: bool = True) -> Response:
        session = self._open()
        redirects = waits = 0
        while True:
            check_url(url)
            host = urlsplit(url).hostname or ""
            if not self.allow_private and _literal_refused(host):
                raise _refused_message(url)
            try:
                async with asyncio.timeout(self.limits.timeout):
                    async with session.get(url, headers=headers, allow_redirects=False) as resp:
                        status = resp.status
                        if status in REDIRECTS:
                            location = resp.headers.get("Location")
                            if not location:
                                raise IntakeError(f"máy chủ chuyển hướng ({status}) mà không nói tới đâu",
                                                  reason=f"http-{status}")
                            target = urljoin(str(resp.url), location)
                        elif status in (429, 503):
                            wait = retry_after_seconds(resp.headers.get("Retry-After"))
                        elif status == 304:
                            return Response(str(resp.url), 304, "", b"", None, "", resp.headers.get("ETag") or etag_of(headers),
                                            resp.headers.get("Last-Modified") or headers.get("If-Modified-Since"))
                        elif status >= 400:
                            raise IntakeError(f"máy chủ trả lời {status} cho {what} {url[:200]}",
                                              reason=f"http-{status}")
                        else:
                            return await self._body(resp, accept, what, max_bytes)
            except IntakeError:
                raise
            except TimeoutError:
                raise IntakeError(f"quá {self.limits.timeout:g} giây mà {what} {url[:200]} chưa tải xong",
                                  reason="timeout") from None
            except aiohttp.ClientConnectorError as exc:
                if isinstance(exc.os_error, RefusedAddress):
                    raise _refused_message(url) from None
                raise IntakeError(f"không kết nối được tới {host} ({exc.os_error.strerror or exc.os_error})",
                                  reason="connect") from None
            except (aiohttp.ClientError, UnicodeError, ValueError) as exc:
                raise IntakeError(f"lỗi khi tải {what} {url[:200]}: {exc.__class__.__name__}", reason="http") from None
            if status in (429, 503):
                if wait is None or wait > self.limits.retry_after_max or waits >= 2:
                    later = f"; máy chủ hẹn {wait:.0f} giây nữa" if wait is not None else ""
                    raise IntakeError(f"máy chủ đang bận ({status}) với {what} {url[:200]}{later}",
                                      reason=f"http-{status}", retry_after=wait)
                waits += 1
                await asyncio.sleep(wait)
                continue
            redirects += 1
            if redirects > self.limits.max_redirects:
                raise IntakeError(f"{what} {url[:200]} chuyển hướng quá {self.limits.max_redirects} lần",
                                  reason="redirects")
            url = target
            if robots and not await self._robots_allow(url):
                raise IntakeError(f"robots.txt của {urlsplit(url).hostname} không cho bot tải {what} này",
                                  reason="robots")

    async def _body(self, resp: aiohttp.ClientResponse, accept: Callable[[str], bool] | None, what: str,
                    max_bytes: int) -> Response:
        content_type = (resp.headers.get("Content-Type") or "").split(";", 1)[0].strip().lower()
        if accept is not None and not accept(content_type):
            raise IntakeError(f"{str(resp.url)[:200]} không phải {what} (kiểu {content_type or 'không rõ'})",
                              reason="not-article")
        if resp.content_length is not None and resp.content_length > max_bytes:
            raise IntakeError(f"{what} quá lớn ({resp.content_length:,} byte, tối đa {max_bytes:,})", reason="too-big")
        chunks, size = [], 0
        async for chunk in resp.content.iter_chunked(65536):
            size += len(chunk)
            if size > max_bytes:
                raise IntakeError(f"{what} quá lớn (hơn {max_bytes:,} byte)", reason="too-big")
            chunks.append(chunk)
        body = b"".join(chunks)
        text, charset = decode(body, resp.charset) if _textual(content_type) else (None, "")
        return Response(str(resp.url), resp.status, content_type, body, text, charset, resp.headers.get("ETag"),
                        resp.headers.get("Last-Modified"))

    async def _robots_allow(self, url: str) -> bool:
        from urllib.robotparser import RobotFileParser

        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        lock = self._robots_locks.setdefault(origin, asyncio.Lock())
        async with lock:  # one robots.txt request per site, however many pages are fetched at once
            cached = self._robots.get(origin)
            if cached is None or cached[1] < time.monotonic():
                parser: Any = RobotFileParser()
                try:
                    resp = await self._request(origin + "/robots.txt", {}, None, "robots.txt", ROBOTS_MAX_BYTES,
                                               robots=False)
                    parser.parse((resp.text or "").splitlines())
                except IntakeError as exc:
                    if exc.reason in ("refused", "connect", "timeout"):
                        raise  # the site itself cannot be reached: say that, not that robots.txt forbids
                    if exc.reason.startswith("http-4") and exc.reason != "http-429":
                        parser.allow_all = True  # no robots file: everything is allowed
                    else:
                        parser.disallow_all = True  # unreachable: assume nothing is (RFC 9309 §2.3.1.4)
                parser.modified()
                cached = self._robots[origin] = (parser, time.monotonic() + ROBOTS_TTL)
        return bool(cached[0].can_fetch(ROBOTS_AGENT, url))


def etag_of(headers: dict[str, str]) -> str | None:
    return headers.get("If-None-Match")
