"""A loopback web site for the intake tests: pages and feeds served by aiohttp in a thread of its own.

A thread of its own, so that tests running the command line as a subprocess (which blocks the test's
event loop) are still served.  Each route is a function of the request returning an aiohttp response;
``hits`` counts requests per path, ``requests`` keeps their headers.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import Callable

from aiohttp import web

Handler = Callable[[web.Request], "web.StreamResponse | asyncio.Future"]


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, Callable] = {}
        self.hits: Counter[str] = Counter()
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.loop = asyncio.new_event_loop()
        self.port = 0
        self._runner: web.AppRunner | None = None
        self._thread = threading.Thread(target=self.loop.run_forever, name="intake-site", daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self) -> Site:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self.loop).result(10)
        return self

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{path:.*}", self._serve)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def _serve(self, request: web.Request) -> web.StreamResponse:
        path = request.path_qs
        self.hits[path] += 1
        self.requests.append((path, dict(request.headers)))
        handler = self.routes.get(path)
        if handler is None:
            return web.Response(status=404, text="Không tìm thấy trang")
        result = handler(request)
        if asyncio.iscoroutine(result):
            result = await result
        return result

    def close(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)

    # -- ways to answer ---------------------------------------------------------------------------

    def page(self, path: str, html: str | bytes, *, content_type: str = "text/html; charset=utf-8",
             headers: dict[str, str] | None = None) -> str:
        body = html.encode("utf-8") if isinstance(html, str) else html
        self.routes[path] = lambda r: web.Response(body=body, headers={"Content-Type": content_type, **(headers or {})})
        return self.url(path)

    def answer(self, path: str, handler: Callable) -> str:
        self.routes[path] = handler
        return self.url(path)
