"""textual-serve's Server with the guards `briefing serve` needs (imported by that command only).

textual-serve (1.1) checks neither Host nor Origin, takes any terminal size, starts
a child for every connection and waits forever for a child that does not quit.
``GuardedServer`` extends it: an aiohttp middleware on its app refuses foreign Host
and Origin headers with 403 before any handler runs; the WebSocket handler refuses
them too, clamps the size in its query and in resize messages, caps the number of
children, and ends a child (terminate, then kill) once its socket is gone.

Three of those hooks touch private parts of textual-serve (``Server._make_app``,
``Server._process_messages`` and ``AppService._process``). ``unknown_textual_serve``
checks that they are there as expected before anything is served; when they are not,
`briefing serve` refuses to start rather than serve unguarded.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import inspect
import io
import logging
from collections.abc import Awaitable, Callable
from importlib.metadata import version
from typing import Any, cast

from aiohttp import WSCloseCode, web
from rich.console import Console
from textual_serve.app_service import AppService
from textual_serve.download_manager import DownloadManager
from textual_serve.server import Server

from tui.core.text.sanitize import one_line
from tui.serve.guard import Policy, clamp_query, clamp_size

log = logging.getLogger("briefing.serve")

# After the socket goes: textual-serve asks the child to quit; then SIGTERM, then SIGKILL.
QUIT_GRACE = 3.0
TERM_GRACE = 2.0
# How often a session looks whether its socket is still there (its message loop can be
# blocked writing to a child that reads nothing).
SOCKET_POLL = 0.5
# How long a tab refused for lack of room keeps showing why.
FULL_HOLD = 60.0

GUARDED = web.AppKey("briefing_serve_guarded", bool)
_request: contextvars.ContextVar[web.Request] = contextvars.ContextVar("briefing_serve_request")
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class NotGuarded(RuntimeError):
    """textual-serve built its app without our checks: it changed, so nothing is served."""


def unknown_textual_serve() -> str | None:
    """Why this textual-serve cannot be guarded (None when it can): a private part we hook has changed."""
    expected = {
        "_make_app": ["self"],
        "_process_messages": ["self", "websocket", "app_service"],
        "handle_websocket": ["self", "request"],
        "handle_index": ["self", "request"],
        "handle_download": ["self", "request"],
        "on_startup": ["self", "app"],
        "on_shutdown": ["self", "app"],
    }
    for name, params in expected.items():
        method = getattr(Server, name, None)
        if method is None or list(inspect.signature(method).parameters) != params:
            return f"Server.{name}{params}"
    try:
        service = AppService(
            "true", write_bytes=_nothing, write_str=_nothing, close=_nothing, download_manager=DownloadManager()
        )
    except TypeError:
        return "AppService(command, write_bytes=, write_str=, close=, download_manager=)"
    if not hasattr(service, "_process") or not callable(getattr(service, "set_terminal_size", None)):
        return "AppService._process and AppService.set_terminal_size"
    return None


def textual_serve_version() -> str:
    return version("textual-serve")


async def _nothing(*_args: object) -> None:
    return None


class _ClampedService:
    """An AppService whose resize messages are clamped (and dropped when not whole numbers)."""

    def __init__(self, service: AppService) -> None:
        self.service = service

    def __getattr__(self, name: str) -> Any:
        return getattr(self.service, name)

    async def set_terminal_size(self, width: object, height: object) -> None:
        size = clamp_size(width, height)
        if size is not None:
            await self.service.set_terminal_size(*size)


class GuardedServer(Server):
    """textual-serve's Server, refusing foreign pages and bounding what each tab may cost."""

    def __init__(
        self,
        command: str,
        *,
        host: str,
        port: int,
        title: str,
        public_url: str | None,
        policy: Policy,
        max_sessions: int,
        graces: tuple[float, float] = (QUIT_GRACE, TERM_GRACE),
    ) -> None:
        super().__init__(command, host=host, port=port, title=title, public_url=public_url)
        self.policy = policy
        self.graces = graces  # seconds a child has to quit when asked, then after SIGTERM
        self.max_sessions = max_sessions
        self.sessions = 0
        self.children: set[asyncio.subprocess.Process] = set()
        self.endings: dict[asyncio.subprocess.Process, asyncio.Task[None]] = {}

    # -- Host and Origin

    def refusal(self, request: web.Request, websocket: bool) -> str | None:
        hosts = request.headers.getall("Host", [])
        origins = request.headers.getall("Origin", [])
        why = self.policy.refusal(hosts, origins, websocket)
        if why is not None:
            shown = ", ".join(one_line(repr(h))[:200] for h in [*hosts, *origins])
            log.warning(
                "refused %s %s (%s): %s; this server is %s",
                request.method,
                one_line(request.path)[:200],
                shown,
                why,
                ", ".join(self.policy.addresses()),
            )
        return why

    def forbidden(self, why: str) -> web.HTTPForbidden:
        return web.HTTPForbidden(text=f"briefing serve: refused: {why}.\n")

    async def make_app(self) -> web.Application:
        """The aiohttp app textual-serve builds, with the Host and Origin middleware first."""

        @web.middleware
        async def same_site_only(request: web.Request, handler: Handler) -> web.StreamResponse:
            why = self.refusal(request, websocket=request.path == "/ws")
            if why is not None:
                raise self.forbidden(why)
            return await handler(request)

        app = await super()._make_app()
        app.middlewares.insert(0, same_site_only)
        app[GUARDED] = True
        return app

    async def _make_app(self) -> web.Application:
        return await self.make_app()

    def initialize_logging(self) -> None:
        """textual-serve's logging, without a line per HTTP request (refusals and errors stay)."""
        super().initialize_logging()
        logging.getLogger("aiohttp.access").setLevel(logging.WARNING)

    async def on_startup(self, app: web.Application) -> None:
        if not app.get(GUARDED, False):
            raise NotGuarded("the Host and Origin checks are not installed")
        # textual-serve prints its banner and the children's command line here: it goes
        # nowhere, and one line of ours says where to point the browser.
        console = self.console
        self.console = Console(file=io.StringIO())
        try:
            await super().on_startup(app)
        finally:
            self.console = console
        print(f"briefing serve: {one_line(self.public_url)} (Ctrl+C stops)", flush=True)

    async def on_shutdown(self, app: web.Application) -> None:
        await super().on_shutdown(app)
        await asyncio.gather(*(self.end_child(child, quit_grace=0.0) for child in list(self.children)))

    # -- pages

    async def handle_index(self, request: web.Request) -> Any:
        why = self.refusal(request, websocket=False)
        if why is not None:
            raise self.forbidden(why)
        if self.sessions >= self.max_sessions:
            raise web.HTTPServiceUnavailable(text=self.full_message() + "\n")
        return await super().handle_index(request)

    async def handle_download(self, request: web.Request) -> web.StreamResponse:
        why = self.refusal(request, websocket=False)
        if why is not None:
            raise self.forbidden(why)
        return await super().handle_download(request)

    def full_message(self) -> str:
        return (
            f"briefing serve: all {self.max_sessions} reader sessions are in use "
            "(--max-sessions). Close another tab, then reload this page."
        )

    # -- sessions

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        why = self.refusal(request, websocket=True)
        if why is not None:
            raise self.forbidden(why)
        if self.sessions >= self.max_sessions:
            return await self.refuse_full(request)
        width, height = clamp_query(request.query.get("width", "80"), request.query.get("height", "24"))
        clamped = request.clone(rel_url=request.rel_url.update_query(width=width, height=height))
        self.sessions += 1
        token = _request.set(request)
        try:
            return await super().handle_websocket(clamped)
        finally:
            _request.reset(token)
            self.sessions -= 1

    async def refuse_full(self, request: web.Request) -> web.WebSocketResponse:
        """Say in the tab's terminal that there is no room; the page hides it once the socket closes."""
        websocket = web.WebSocketResponse(heartbeat=15)
        await websocket.prepare(request)
        await websocket.send_bytes(f"\r\n  {self.full_message()}\r\n".encode())

        async def until_closed() -> None:
            async for _ in websocket:
                pass

        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(until_closed(), FULL_HOLD)
        await websocket.close(code=WSCloseCode.TRY_AGAIN_LATER, message=b"all sessions in use")
        return websocket

    async def _process_messages(self, websocket: web.WebSocketResponse, app_service: AppService) -> None:
        process = getattr(app_service, "_process", None)
        if not isinstance(process, asyncio.subprocess.Process):
            log.error("briefing serve: cannot find the child of this session; closing it")
            await websocket.close(code=WSCloseCode.INTERNAL_ERROR)
            return
        self.children.add(process)
        request = _request.get(None)
        messages = asyncio.ensure_future(
            super()._process_messages(websocket, cast(AppService, _ClampedService(app_service)))
        )
        try:
            while not messages.done():
                await asyncio.wait({messages}, timeout=SOCKET_POLL)
                transport = request.transport if request is not None else None
                if transport is None or transport.is_closing():
                    break
            self.schedule_end(process)
            await messages  # ends once the socket is read to its end
        except BaseException:
            messages.cancel()
            raise
        finally:
            self.schedule_end(process)

    def schedule_end(self, process: asyncio.subprocess.Process) -> None:
        if process not in self.endings:
            ending = asyncio.ensure_future(self.end_child(process))
            self.endings[process] = ending  # a reference, so that it is not collected while it runs
            ending.add_done_callback(lambda _: self.endings.pop(process, None))

    async def end_child(self, process: asyncio.subprocess.Process, quit_grace: float | None = None) -> None:
        """Wait for the child to quit (textual-serve asks it to), then terminate it, then kill it."""
        quit_wait, term_wait = self.graces
        quit_wait = quit_wait if quit_grace is None else quit_grace
        try:
            for grace, stop in ((quit_wait, None), (term_wait, process.terminate), (None, process.kill)):
                if process.returncode is not None:
                    return
                if stop is not None:
                    try:
                        stop()
                    except ProcessLookupError:
                        return
                try:
                    await asyncio.wait_for(process.wait(), grace)
                    return
                except TimeoutError:
                    continue
        finally:
            if process.returncode is not None:
                self.children.discard(process)
