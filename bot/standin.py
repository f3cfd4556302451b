"""A Discord stand-in on loopback: enough of the REST API and the gateway to run the bot without Discord.

Tests, the benchmark and a developer without a Discord account point the bot at it
(``DISCORD_API_BASE``, ``DISCORD_GATEWAY``).  It records every REST request the bot
makes, so what would reach Discord is what gets asserted on, and it can be told to
fail requests (429, 5xx) or drop the gateway connection to rehearse faults.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web

APPLICATION_ID = "1100000000000000001"
BOT_USER_ID = "1100000000000000002"
GUILD_ID = "1100000000000000003"
CHANNEL_ID = "1100000000000000004"
MANAGE_GUILD = 1 << 5
EVERYDAY = (1 << 10) | (1 << 11) | (1 << 31)  # view channel, send messages, use application commands

_ids = itertools.count(1300000000000000000)


def snowflake() -> str:
    return str(next(_ids))


@dataclass(frozen=True)
class Upload:
    """A file the bot attached (a ``files[n]`` part of a multipart request)."""

    field: str
    filename: str
    content_type: str
    data: bytes


@dataclass
class Recorded:
    """One REST request the bot made, with its JSON body."""

    method: str
    path: str
    query: dict[str, str]
    body: Any
    at: float = field(default_factory=time.perf_counter)
    response: Any = None
    files: list[Upload] = field(default_factory=list)  # the attachments of a multipart request, in order

    @property
    def message(self) -> dict[str, Any] | None:
        """The message this request created or edited, as the stand-in returned it."""
        if isinstance(self.response, dict):
            return (self.response.get("resource") or {}).get("message") or (self.response if "channel_id" in self.response else None)
        return None

    @property
    def interaction_id(self) -> str | None:
        m = re.match(r"/interactions/(\d+)/", self.path)
        return m.group(1) if m else None

    @property
    def token(self) -> str | None:
        m = re.match(r"/(?:interactions/\d+|webhooks/\d+)/([^/]+)", self.path)
        return m.group(1) if m else None


@dataclass
class Fault:
    """Answer the next ``times`` requests whose path matches with this status."""

    pattern: str
    status: int
    times: int
    retry_after: float = 0.05


def user(user_id: str, name: str = "an") -> dict[str, Any]:
    return {"id": user_id, "username": name, "discriminator": "0", "global_name": name.title(), "avatar": None}


def interaction(data: dict[str, Any], *, kind: int = 2, user_id: str = "1200000000000000001",
                permissions: int = EVERYDAY, locale: str = "vi", guild_id: str | None = GUILD_ID,
                message: dict[str, Any] | None = None) -> dict[str, Any]:
    """An INTERACTION_CREATE payload shaped as Discord sends it."""
    payload: dict[str, Any] = {
        "id": snowflake(), "application_id": APPLICATION_ID, "type": kind, "token": f"tok-{snowflake()}",
        "version": 1, "data": data, "locale": locale, "channel_id": CHANNEL_ID,
        "app_permissions": str(EVERYDAY | MANAGE_GUILD), "entitlements": [], "attachment_size_limit": 8388608,
        "channel": {"id": CHANNEL_ID, "type": 0, "name": "dam-phan", "position": 0, "permission_overwrites": [],
                    "nsfw": False, "parent_id": None, **({"guild_id": guild_id} if guild_id else {})},
        "authorizing_integration_owners": {"0": guild_id} if guild_id else {"1": user_id},
        "context": 0 if guild_id else 1,
    }
    if guild_id:
        payload["guild_id"] = guild_id
        payload["guild_locale"] = "vi"
        payload["member"] = {"user": user(user_id), "roles": [], "joined_at": "2025-01-01T00:00:00+00:00",
                             "deaf": False, "mute": False, "flags": 0, "permissions": str(permissions)}
    else:
        payload["user"] = user(user_id)
    if message is not None:
        payload["message"] = message
    return payload


@dataclass(frozen=True)
class Channel:
    """A channel chosen in a command option (Discord sends its id, and the channel under "resolved")."""

    id: str
    type: int = 0  # 0 text, 4 category, 5 announcement, 11 public thread
    name: str = "ban-tin"


def command(name: str, options: dict[str, Any] | None = None, *, sub: str | None = None,
            focused: str | None = None, **kw: Any) -> dict[str, Any]:
    """A slash command (or, with ``focused``, its autocomplete) as Discord sends it."""
    types = {bool: 5, int: 4, float: 10, str: 3, Channel: 7}
    opts = [{"name": k, "type": types[type(v)], "value": v.id if isinstance(v, Channel) else v,
             **({"focused": True} if k == focused else {})} for k, v in (options or {}).items()]
    if sub:
        opts = [{"name": sub, "type": 1, "options": opts}]
    data: dict[str, Any] = {"id": snowflake(), "name": name, "type": 1, "options": opts}
    channels = [v for v in (options or {}).values() if isinstance(v, Channel)]
    if channels:
        data["resolved"] = {"channels": {c.id: {"id": c.id, "type": c.type, "name": c.name, "permissions": str(EVERYDAY),
                                                **({"parent_id": CHANNEL_ID, "owner_id": BOT_USER_ID, "member_count": 1,
                                                    "message_count": 0, "thread_metadata": {
                                                    "archived": False, "auto_archive_duration": 1440, "locked": False,
                                                    "archive_timestamp": "2026-01-01T00:00:00+00:00"}}
                                                   if c.type in (10, 11, 12) else {})}
                                         for c in channels}}
    return interaction(data, kind=4 if focused else 2, **kw)


def button(custom_id: str, message: dict[str, Any], **kw: Any) -> dict[str, Any]:
    """A press on a message's button."""
    return interaction({"custom_id": custom_id, "component_type": 2}, kind=3, message=message, **kw)


def select(custom_id: str, values: list[str], message: dict[str, Any], **kw: Any) -> dict[str, Any]:
    """A choice in a message's select menu (a string select: component type 3)."""
    return interaction({"custom_id": custom_id, "component_type": 3, "values": values}, kind=3, message=message, **kw)


def _json(payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """JSON with Discord's exact content type (discord.py compares the header, charset and all), and the
    ``Via`` header Discord's API answers carry: without it discord.py takes a 429 for a Cloudflare ban
    and does not retry."""
    return web.Response(body=json.dumps(payload).encode(), status=status,
                        headers={"Content-Type": "application/json", "Via": "1.1 google", **(headers or {})})


class DiscordStandIn:
    """The REST API under ``/api/v10`` and the gateway under ``/gateway``, on one loopback port."""

    def __init__(self, token: str | None = None) -> None:
        self.token = token  # when set, any other token is refused with 401, as Discord does
        self.requests: list[Recorded] = []
        self.faults: list[Fault] = []
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.posted: dict[str, list[dict[str, Any]]] = {}  # channel id → the messages it shows
        self._by_nonce: dict[tuple[str, str], dict[str, Any]] = {}
        self.identified = asyncio.Event()
        self.identify: dict[str, Any] | None = None
        self.resumes = 0
        self._sockets: list[web.WebSocketResponse] = []
        self._seq = 0
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def start(self, port: int = 0) -> DiscordStandIn:
        app = web.Application(client_max_size=32 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v{version}/{path:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def close(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner:
            await self._runner.cleanup()

    # -- REST ---------------------------------------------------------------------------------

    def _message(self, body: dict[str, Any], message_id: str | None = None, files: Sequence[Upload] = ()
                 ) -> dict[str, Any]:
        now = datetime.now(UTC).isoformat()
        attachments = [{"id": snowflake(), "filename": f.filename, "size": len(f.data), "content_type": f.content_type,
                        "url": f"https://cdn.discordapp.invalid/attachments/{f.filename}",
                        "proxy_url": f"https://media.discordapp.invalid/attachments/{f.filename}"} for f in files]
        return {
            "id": message_id or snowflake(), "channel_id": CHANNEL_ID, "type": 0, "author": user(BOT_USER_ID, "briefbot"),
            "content": body.get("content") or "", "embeds": body.get("embeds") or [], "components": body.get("components") or [],
            "attachments": attachments, "mentions": [], "mention_roles": [], "mention_everyone": False, "pinned": False,
            "tts": False, "timestamp": now, "edited_timestamp": None, "flags": body.get("flags") or 0,
            "application_id": APPLICATION_ID, "webhook_id": APPLICATION_ID,
        }

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["path"]
        files: list[Upload] = []
        try:
            if request.content_type == "multipart/form-data":  # a message with attachments
                body, files = await self._multipart(request)
            else:
                body = await request.json() if request.can_read_body else None
        except (json.JSONDecodeError, UnicodeDecodeError):
            body = {"_raw": "not json"}
        if isinstance(body, dict) and "payload_json" in body:
            body = json.loads(body["payload_json"])
        recorded = Recorded(request.method, path, dict(request.query), body, files=files)
        if self.token and path.startswith(("/users/", "/applications/", "/oauth2/", "/channels/")) \
                and request.headers.get("Authorization") != f"Bot {self.token}":
            await self._record(recorded)
            return _json({"message": "401: Unauthorized", "code": 0}, status=401)
        for fault in self.faults:
            if fault.times > 0 and re.search(fault.pattern, path):
                fault.times -= 1
                recorded.query["_fault"] = str(fault.status)
                await self._record(recorded)
                if fault.status == 429:
                    return _json(
                        {"message": "You are being rate limited.", "retry_after": fault.retry_after, "global": False},
                        status=429, headers={"Retry-After": str(fault.retry_after), "X-RateLimit-Scope": "user"})
                return _json({"message": "stand-in fault", "code": 0}, status=fault.status)
        status, payload = self._answer(request.method, path, body if isinstance(body, dict | list) else {}, files)
        recorded.response = payload
        await self._record(recorded)
        if status == 204:
            return web.Response(status=204)
        return _json(payload, status=status)

    @staticmethod
    async def _multipart(request: web.Request) -> tuple[Any, list[Upload]]:
        """The JSON part (``payload_json``) and the files of a multipart request, as discord.py sends them."""
        body: Any = None
        files: list[Upload] = []
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            if part.name == "payload_json":
                body = json.loads(await part.text())
            else:
                files.append(Upload(part.name or "", part.filename or "", part.headers.get("Content-Type", ""),
                                    bytes(await part.read())))
        return body, files

    def _answer(self, method: str, path: str, body: Any, files: Sequence[Upload] = ()) -> tuple[int, Any]:
        app = APPLICATION_ID
        if path == "/users/@me":
            return 200, user(BOT_USER_ID, "briefbot") | {"bot": True, "verified": True, "mfa_enabled": False, "flags": 0}
        if path == "/oauth2/applications/@me":
            return 200, {"id": app, "name": "briefbot", "description": "", "icon": None, "rpc_origins": [],
                         "bot_public": False, "bot_require_code_grant": False, "owner": user("1200000000000000009", "owner"),
                         "verify_key": "0" * 64, "flags": 0, "team": None, "summary": ""}
        if path in ("/gateway", "/gateway/bot"):
            return 200, {"url": self.gateway, "shards": 1,
                         "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}}
        m = re.fullmatch(rf"/applications/{app}(?:/guilds/(\d+))?/commands", path)
        if m:
            scope = m.group(1) or "global"
            if method == "PUT":
                self.commands[scope] = [dict(c, id=snowflake(), application_id=app, version=snowflake(),
                                             **({"guild_id": scope} if m.group(1) else {})) for c in body]
            return 200, self.commands.get(scope, [])
        m = re.fullmatch(r"/interactions/(\d+)/([^/]+)/callback", path)
        if m:
            kind = body.get("type")
            loading = kind == 5
            ephemeral = bool((body.get("data") or {}).get("flags", 0) & 64)
            out: dict[str, Any] = {"interaction": {"id": m.group(1), "type": 2, "response_message_loading": loading,
                                                   "response_message_ephemeral": ephemeral}}
            if kind in (4, 5, 7):
                message = self._message(body.get("data") or {}, files=files)
                out["interaction"]["response_message_id"] = message["id"]
                out["resource"] = {"type": kind, "message": message}
            return 200, out
        m = re.fullmatch(rf"/webhooks/{app}/([^/]+)(?:/messages/(@original|\d+))?", path)
        if m:
            if method == "DELETE":
                return 204, None
            return 200, self._message(body or {}, None if m.group(2) in (None, "@original") else m.group(2), files)
        m = re.fullmatch(r"/channels/(\d+)/messages", path)
        if m and method == "POST":
            channel, nonce = m.group(1), body.get("nonce")
            if body.get("enforce_nonce") and (channel, nonce) in self._by_nonce:
                return 200, self._by_nonce[(channel, nonce)]  # Discord's answer to a retried nonce: the original
            message = self._message(body) | {"channel_id": channel, "nonce": nonce}
            self.posted.setdefault(channel, []).append(message)
            if nonce is not None and body.get("enforce_nonce"):
                self._by_nonce[(channel, nonce)] = message
            return 200, message
        return 404, {"message": "Unknown route (stand-in)", "code": 0}

    async def _record(self, recorded: Recorded) -> None:
        async with self._changed:
            self.requests.append(recorded)
            self._changed.notify_all()

    async def wait_for(self, predicate: Callable[[Recorded], bool], timeout: float = 5.0, start: int = 0) -> Recorded:
        """The first request from index ``start`` on that satisfies ``predicate``, waiting for it."""
        async def find() -> Recorded:
            async with self._changed:
                while True:
                    for r in self.requests[start:]:
                        if predicate(r):
                            return r
                    await self._changed.wait()
        return await asyncio.wait_for(find(), timeout)

    # -- gateway ------------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None})
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                data = json.loads(msg.data)
                op = data.get("op")
                if op == 1:
                    await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
                elif op == 2:
                    self.identify = data["d"]
                    await self._dispatch(ws, "READY", {
                        "v": 10, "user": user(BOT_USER_ID, "briefbot") | {"bot": True}, "guilds": [],
                        "session_id": "standin-session", "resume_gateway_url": self.gateway, "shard": [0, 1],
                        "application": {"id": APPLICATION_ID, "flags": 0}, "private_channels": [], "relationships": [],
                    })
                    self.identified.set()
                elif op == 6:
                    self.resumes += 1
                    await self._dispatch(ws, "RESUMED", {})
                    self.identified.set()
        finally:
            if ws in self._sockets:
                self._sockets.remove(ws)
        return ws

    async def _dispatch(self, ws: web.WebSocketResponse, event: str, data: dict[str, Any]) -> None:
        self._seq += 1
        await ws.send_json({"op": 0, "t": event, "s": self._seq, "d": data})

    async def wait_connected(self, timeout: float = 10.0) -> None:
        await asyncio.wait_for(self.identified.wait(), timeout)

    async def send_interaction(self, payload: dict[str, Any]) -> None:
        """Deliver an INTERACTION_CREATE over the gateway, as Discord does."""
        await self.wait_connected()
        await self._dispatch(self._sockets[-1], "INTERACTION_CREATE", payload)

    async def drop_gateway(self) -> None:
        """Close the gateway connection abnormally, as a network failure would."""
        self.identified.clear()
        for ws in list(self._sockets):
            await ws.close(code=4000, message=b"stand-in drop")

    async def interact(self, payload: dict[str, Any], timeout: float = 5.0) -> Recorded:
        """Send an interaction and wait for its callback (the bot's first answer to it)."""
        start = len(self.requests)
        await self.send_interaction(payload)
        return await self.wait_for(lambda r: r.interaction_id == payload["id"] and "_fault" not in r.query,
                                   timeout, start)

    async def final(self, payload: dict[str, Any], timeout: float = 5.0) -> dict[str, Any]:
        """The message body the user finally sees for an interaction: the callback's, or the edit after a defer."""
        first = await self.interact(payload, timeout)
        if first.body.get("type") != 5:
            return first.body.get("data") or {}
        edit = await self.wait_for(lambda r: r.token == payload["token"] and r.method == "PATCH", timeout)
        return edit.body
