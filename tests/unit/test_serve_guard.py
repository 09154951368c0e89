"""`briefing serve` against hostile browsers: a real server on loopback, real WebSocket clients.

The server is the one `briefing serve` runs (``GuardedServer``), started in this event
loop on a free port; its tabs run a small child that speaks textual-serve's protocol
and writes what it sees (its pid, the size it was given, the messages it got) to a
file. The "stubborn" child ignores quit, SIGTERM and the end of its input, as a
reader stuck growing a huge screen would; the "deaf" one also reads nothing.
"""

from __future__ import annotations

import asyncio
import json
import os
import shlex
import socket
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from tests.conftest import SAMPLE
from tests.support.net import free_port
from tui.cli.main import main
from tui.serve.guard import MAX_HEIGHT, MAX_WIDTH, Policy, public_site, split_authority
from tui.serve.server import GuardedServer, NotGuarded

CHILD = r"""
import json, os, signal, sys, time
record, mode = sys.argv[1], sys.argv[2]
def note(**values):
    with open(record, "a") as out:
        out.write(json.dumps(values) + "\n")
if mode in ("stubborn", "deaf"):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
note(pid=os.getpid(), columns=os.environ.get("COLUMNS"), rows=os.environ.get("ROWS"))
out = sys.stdout.buffer
hello = b"hello from the child"
out.write(b"__GANGLION__\n" + b"D" + len(hello).to_bytes(4, "big") + hello)
out.flush()
stdin = sys.stdin.buffer
while mode == "deaf":  # reads nothing: whoever writes to it blocks once the pipe is full
    time.sleep(1)
while True:
    head = stdin.read(5)
    if len(head) < 5:
        break
    payload = stdin.read(int.from_bytes(head[1:], "big"))
    if head[:1] == b"M":
        meta = json.loads(payload)
        note(meta=meta)
        if meta.get("type") == "quit" and mode != "stubborn":
            sys.exit(0)
while mode == "stubborn":
    time.sleep(1)
"""
WAIT = 30.0  # bound of every poll below (never a timing assertion)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


async def poll(check: Callable[[], Awaitable[bool] | bool], what: str) -> None:
    deadline = asyncio.get_running_loop().time() + WAIT
    while asyncio.get_running_loop().time() < deadline:
        result = check()
        if await result if isinstance(result, Awaitable) else result:
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"never: {what}")


@dataclass
class Served:
    port: int
    record: Path
    session: aiohttp.ClientSession

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def origin(self) -> str:
        return self.url

    def seen(self) -> list[dict[str, object]]:
        if not self.record.exists():
            return []
        return [json.loads(line) for line in self.record.read_text().splitlines()]

    def pids(self) -> list[int]:
        return [int(str(entry["pid"])) for entry in self.seen() if "pid" in entry]

    def ws(self, query: str = "", origin: str | None = None, headers: dict[str, str] | None = None) -> object:
        return self.session.ws_connect(
            f"{self.url}/ws{query}", origin=self.origin if origin is None else origin, headers=headers
        )


Start = Callable[..., Awaitable[Served]]


@pytest.fixture
async def start(tmp_path: Path) -> AsyncIterator[Start]:
    runners: list[web.AppRunner] = []
    session = aiohttp.ClientSession()
    script = tmp_path / "child.py"
    script.write_text(CHILD)

    async def starting(mode: str = "polite", max_sessions: int = 4, public_url: str | None = None) -> Served:
        port = free_port()
        record = tmp_path / f"seen-{port}.jsonl"
        command = "exec " + shlex.join([sys.executable, str(script), str(record), mode])
        public = public_site(public_url) if public_url else None
        assert not isinstance(public, str)
        server = GuardedServer(
            command,
            host="127.0.0.1",
            port=port,
            title="briefing: test",
            public_url=public_url,
            policy=Policy.of("127.0.0.1", port, public),
            max_sessions=max_sessions,
            graces=(1.0, 0.5),  # a stubborn child is killed after 1.5 s rather than the served 5 s
        )
        runner = web.AppRunner(await server.make_app())
        await runner.setup()
        runners.append(runner)
        await web.TCPSite(runner, "127.0.0.1", port).start()
        return Served(port, record, session)

    yield starting
    await session.close()
    for runner in runners:
        await runner.cleanup()  # ends the children still running


async def hello(ws: aiohttp.ClientWebSocketResponse) -> None:
    """Wait for the child's first output: the session is up."""
    message = await asyncio.wait_for(ws.receive(), WAIT)
    assert message.type == aiohttp.WSMsgType.BINARY and b"hello from the child" in message.data, message


# -- Origin and Host


@pytest.mark.parametrize(
    "origin",
    [
        "http://evil.example",
        "null",
        "http://127.0.0.1:{other}",
        "https://127.0.0.1:{port}",
        "http://127.0.0.1.evil.example:{port}",
        "",
    ],
)
async def test_a_page_of_another_site_gets_no_session(start: Start, origin: str) -> None:
    served = await start()
    origin = origin.format(port=served.port, other=served.port + 1)
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        # An empty origin here sends no Origin header at all.
        async with served.session.ws_connect(f"{served.url}/ws", origin=origin or None):
            pass
    assert refused.value.status == 403
    await asyncio.sleep(0.3)  # a child, had one been started, would have written by now
    assert served.seen() == []


@pytest.mark.parametrize(
    "host", ["rebind.evil.example:{port}", "rebind.evil.example", "127.0.0.1:{other}", "127.0.0.1:{port}:1"]
)
async def test_dns_rebinding_gets_no_session_and_no_page(start: Start, host: str) -> None:
    served = await start()
    host = host.format(port=served.port, other=served.port + 1)
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        async with served.ws(origin=f"http://{host}", headers={"Host": host}):
            pass
    assert refused.value.status == 403
    for page in ("/", "/static/js/textual.js", "/download/x", "/nothing"):
        async with served.session.get(served.url + page, headers={"Host": host}) as response:
            assert response.status == 403, page
            assert "briefing serve: refused" in await response.text()
    await asyncio.sleep(0.3)
    assert served.seen() == []


@pytest.mark.parametrize(
    ("host", "origin"),
    [
        ("127.0.0.1:{port}", "http://127.0.0.1:{port}"),
        ("localhost:{port}", "http://localhost:{port}"),
        ("127.0.0.1:{port}", "http://localhost:{port}"),  # the page at localhost, its socket at 127.0.0.1
        ("[::1]:{port}", "http://[::1]:{port}"),
        ("LOCALHOST:{port}", "http://LocalHost:{port}"),
    ],
)
async def test_the_servers_own_pages_get_a_session(start: Start, host: str, origin: str) -> None:
    served = await start()
    host, origin = host.format(port=served.port), origin.format(port=served.port)
    async with served.session.get(served.url + "/", headers={"Host": host}) as response:
        assert response.status == 200
    async with served.ws(origin=origin, headers={"Host": host}) as ws:
        await hello(ws)
    assert len(served.pids()) == 1


async def test_behind_a_proxy_the_public_url_is_the_site(start: Start) -> None:
    served = await start(public_url="https://reader.example.org/briefing")
    proxied = {"Host": "reader.example.org"}
    async with served.session.get(served.url + "/", headers=proxied) as response:
        assert response.status == 200
        assert "wss://reader.example.org/briefing/ws" in await response.text()
    async with served.ws(origin="https://reader.example.org", headers=proxied) as ws:
        await hello(ws)
    # A proxy that keeps the upstream Host is fine too; plain http at that name is another site.
    async with served.ws(origin="https://reader.example.org") as ws:
        await hello(ws)
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        async with served.ws(origin="http://reader.example.org", headers=proxied):
            pass
    assert refused.value.status == 403


# -- sizes


async def test_a_huge_terminal_is_clamped_in_the_query_and_in_resizes(start: Start) -> None:
    served = await start()
    async with served.ws("?width=100000&height=100000") as ws:
        await hello(ws)
        await ws.send_json(["resize", {"width": "wide", "height": 10**9}])  # not numbers: dropped
        await ws.send_json(["resize", {"width": 10**12, "height": -3}])
        await ws.send_json(["resize", {"width": 120, "height": 40}])

        def resized() -> list[object]:
            return [e["meta"] for e in served.seen() if "meta" in e and e["meta"]["type"] == "resize"]  # type: ignore[index]

        await poll(lambda: len(resized()) >= 2, "the child got the resizes")
    first = served.seen()[0]
    assert (first["columns"], first["rows"]) == (str(MAX_WIDTH), str(MAX_HEIGHT))
    assert resized() == [
        {"type": "resize", "width": MAX_WIDTH, "height": 5},
        {"type": "resize", "width": 120, "height": 40},
    ]


async def test_an_unreadable_size_gets_the_default(start: Start) -> None:
    served = await start()
    async with served.ws("?width=9" + "9" * 50 + "&height=-x") as ws:
        await hello(ws)
    assert (served.seen()[0]["columns"], served.seen()[0]["rows"]) == ("80", "24")


# -- children


async def test_sessions_are_capped_and_a_full_server_says_so(start: Start) -> None:
    served = await start(max_sessions=1)
    async with served.ws() as first:
        await hello(first)
        async with served.ws() as second:
            message = await asyncio.wait_for(second.receive(), WAIT)
            assert message.type == aiohttp.WSMsgType.BINARY
            assert b"all 1 reader sessions are in use" in message.data
        async with served.session.get(served.url + "/") as page:
            assert page.status == 503 and "in use" in await page.text()
        assert len(served.pids()) == 1

    async def page_free() -> bool:
        async with served.session.get(served.url + "/") as page:
            return page.status == 200

    await poll(page_free, "the slot was freed")
    async with served.ws() as third:
        await hello(third)
    assert len(served.pids()) == 2


async def close_abruptly(served: Served) -> None:
    """A handshake by hand, then the TCP connection dropped without a close frame."""
    reader, writer = await asyncio.open_connection("127.0.0.1", served.port)
    writer.write(
        (
            f"GET /ws HTTP/1.1\r\nHost: 127.0.0.1:{served.port}\r\nOrigin: {served.origin}\r\n"
            "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n"
        ).encode()
    )
    assert (await asyncio.wait_for(reader.readline(), WAIT)).startswith(b"HTTP/1.1 101")
    await poll(lambda: bool(served.pids()), "the child started")
    writer.transport.abort()


@pytest.mark.parametrize("mode", ["polite", "stubborn"])
@pytest.mark.parametrize("closing", ["close", "drop"])
async def test_a_child_ends_when_its_socket_goes(start: Start, mode: str, closing: str) -> None:
    served = await start(mode=mode)
    if closing == "close":
        async with served.ws() as ws:
            await hello(ws)
    else:
        await close_abruptly(served)
    [pid] = served.pids()
    await poll(lambda: not alive(pid), f"the {mode} child {pid} ended")


async def test_a_child_that_reads_nothing_ends_when_its_socket_goes(start: Start) -> None:
    served = await start(mode="deaf")
    async with served.session.ws_connect(
        f"{served.url}/ws", origin=served.origin, timeout=aiohttp.ClientWSTimeout(ws_close=0.5)
    ) as ws:
        await hello(ws)
        # Keys past the pipe's room: the server's message loop now waits on the child for good.
        for _ in range(8):
            try:
                await asyncio.wait_for(ws.send_json(["stdin", "x" * 48_000]), 2)
            except TimeoutError:
                break
    [pid] = served.pids()
    await poll(lambda: not alive(pid), f"the deaf child {pid} ended")


async def test_an_app_built_without_the_checks_does_not_start() -> None:
    server = GuardedServer(
        "true",
        host="127.0.0.1",
        port=8000,
        title="t",
        public_url=None,
        policy=Policy.of("127.0.0.1", 8000),
        max_sessions=1,
    )
    app = web.Application()  # as if textual-serve built its app some new way, never calling our hook
    app.on_startup.append(server.on_startup)
    runner = web.AppRunner(app)
    with pytest.raises(NotGuarded):
        await runner.setup()
    await runner.cleanup()


# -- the policy itself


def test_host_headers_are_read_strictly() -> None:
    assert split_authority("[::1]:8000") == ("::1", 8000)
    assert split_authority("LocalHost") == ("localhost", None)
    for bad in ("", "a b:1", "host:0", "host:65536", "host:x", "[::1", "[::1]x", "::1:80", "user@host:1", "h/x"):
        assert split_authority(bad) is None, bad


def test_every_address_bind_takes_addresses_but_no_names() -> None:
    policy = Policy.of("0.0.0.0", 8000)
    assert policy.allows_host("192.168.1.4:8000") and policy.allows_host("localhost:8000")
    assert not policy.allows_host("rebind.evil.example:8000") and not policy.allows_host("192.168.1.4:8001")
    assert policy.allows_origin("http://192.168.1.4:8000") and not policy.allows_origin("http://evil.example:8000")


def test_a_public_url_must_be_a_site() -> None:
    assert isinstance(public_site("ftp://x.org"), str)
    assert isinstance(public_site("https://user:pw@x.org"), str)
    assert isinstance(public_site("https://x.org:99999"), str)
    assert not isinstance(public_site("https://x.org/reader"), str)


# -- the command line


def serve(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "tui", "serve", str(SAMPLE), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--port", "70000"], "not a port"),
        (["--port", "0"], "not a port"),
        (["--host", "no such host!"], "no such address"),
        (["--host", "192.0.2.1"], "cannot listen on 192.0.2.1"),
        (["--public-url", "ftp://x.org"], "--public-url"),
        (["--max-sessions", "0"], "--max-sessions"),
    ],
)
def test_a_bad_address_is_one_line_and_exit_2(
    args: list[str], says: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # In process (an exception would fail the test); the port-in-use test runs the command.
    monkeypatch.setattr(GuardedServer, "serve", lambda self: pytest.fail("served"))
    assert main(["serve", str(SAMPLE), *args]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    [line] = err.splitlines()
    assert line.startswith("briefing serve: ") and says in line


def test_a_port_in_use_is_one_line_and_exit_2() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = serve("--port", str(port))
    assert out.returncode == 2
    assert "Traceback" not in out.stderr and out.stdout == ""
    assert out.stderr.splitlines() == [f"briefing serve: cannot listen on 127.0.0.1:{port}: Address already in use"]
