"""The measurements of benchmarks/scale.py, one per process, each printing one JSON line.

    python -c "..." STEP ARGS...   (run by scale.py from inside the checkout measured)

Every step uses only what the reader offered at the session's start commit too
(``Library``, ``BriefingApp``, the screens' ids), so that two checkouts can be
measured side by side; where the newer code has a faster path for the same
user action (an incremental update after a file-system event) it is used
when present, and the step says which one ran.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path
from typing import Any


def du(path: Path) -> int:
    """Bytes on disk (blocks, as `du` counts them), not the files' lengths."""
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.lstat(os.path.join(root, name)).st_blocks * 512
            except OSError:
                continue
    return total


def cache_dir() -> Path:
    return Path(os.environ["BRIEFING_CACHE_DIR"])


def step_cold(folder: str) -> dict[str, Any]:
    """Index from nothing (the library's own worker processes); then the cache's size on disk."""
    from tui.core.library.library import Library

    shutil.rmtree(cache_dir(), ignore_errors=True)
    first: list[float] = []
    start = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if done and not first:
            first.append(time.perf_counter() - start)

    Library([Path(folder)]).load(progress)
    total = time.perf_counter() - start
    return {"cold_s": total, "first_batch_s": first[0] if first else total, "cache": du(cache_dir())}


def _parse_chunk(paths: list[str]) -> int:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark")
    tokens = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            tokens += len(md.parse(f.read()))
    return tokens


def step_bare(folder: str) -> dict[str, Any]:
    """Bare markdown-it (commonmark) on every file, in two processes and chunks of 200, as indexing runs."""
    from concurrent.futures import ProcessPoolExecutor

    listing = time.perf_counter()
    paths = sorted(str(p) for p in Path(folder).rglob("*.md"))
    chunks = [paths[i : i + 200] for i in range(0, len(paths), 200)]
    start = time.perf_counter()
    with ProcessPoolExecutor(2) as pool:
        sum(pool.map(_parse_chunk, chunks))
    # The listing is timed apart: the parse is the baseline, as the issue set it; an indexer
    # must list the files too, which the second ratio counts.
    return {"bare_s": time.perf_counter() - start, "list_s": start - listing, "markdown": du(Path(folder))}


def step_warm(folder: str) -> dict[str, Any]:
    """Every file read once, so that the measures after it start from the page cache."""
    files = 0
    for path in Path(folder).rglob("*.md"):
        path.read_bytes()
        files += 1
    return {"files": files}


def step_edit(folder: str) -> dict[str, Any]:
    """One file edited, then one removed: the time to bring the index up to date (warm index)."""
    from tui.core.library.library import Library

    library = Library([Path(folder)])
    library.load()
    files = sorted(Path(folder).rglob("*.md"))
    victim = files[len(files) // 2]
    original = victim.read_bytes()
    incremental = hasattr(library, "update_paths")

    def update() -> float:
        start = time.perf_counter()
        if incremental:
            library.update_paths([str(victim)])  # what a file-system event runs
        else:
            library.load()  # the rescan it ran at the session's start
        return (time.perf_counter() - start) * 1000

    edits, removals = [], []
    try:
        for k in range(5):
            victim.write_bytes(original + f"\nEdited {k}.\n".encode())
            edits.append(update())
            victim.unlink()
            removals.append(update())
            victim.write_bytes(original)
            update()
    finally:
        victim.write_bytes(original)
    path = "update_paths" if incremental else "load (full rescan)"
    return {"edit_ms": statistics.median(edits), "remove_ms": statistics.median(removals), "path": path}


def _peak_mb(command: list[str]) -> float:
    with open(os.devnull, "wb") as sink:
        import subprocess

        proc = subprocess.Popen(command, stdout=sink, stderr=sink)
        _pid, _status, usage = os.wait4(proc.pid, 0)
    return usage.ru_maxrss / 1024


def step_memory(folder: str) -> dict[str, Any]:
    """Peak memory of `export --format json` and of `check -q` over the library."""
    base = [sys.executable, "-m", "tui"]
    return {
        "export_mb": _peak_mb([*base, "export", "--format", "json", folder]),
        "check_mb": _peak_mb([*base, "check", "-q", folder]),
    }


async def settle(app: Any, pilot: Any) -> None:
    """Every worker done (a cancelled one, superseded by a newer search, included)."""
    from textual.worker import WorkerCancelled

    for _ in range(100):
        try:
            await app.workers.wait_for_complete()
            break
        except WorkerCancelled:
            continue
    await pilot.pause()


async def _ui(folder: str) -> dict[str, Any]:
    from tui.app import BriefingApp
    from tui.screens.library_search import LibrarySearch

    out: dict[str, Any] = {}
    results_at: list[float] = []

    class TimedSearch(LibrarySearch):
        def on_library_search_results(self, message: Any) -> None:
            if message.query == "border":
                self.app.call_after_refresh(lambda: results_at.append(time.perf_counter()))

    # As `briefing` runs it (tui/cli/read.py): the collector paused until the first frame,
    # then what is alive frozen, so that collections do not walk what lives as long as the app.
    gc.disable()
    app = BriefingApp([Path(folder)], gc_paused=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        screen: Any = app.screen
        loop = asyncio.get_running_loop()

        async def after_refresh() -> None:
            done: asyncio.Future[None] = loop.create_future()
            app.call_after_refresh(lambda: done.set_result(None))
            await done

        async def until(test: Any, timeout: float = 120.0) -> float:
            start = time.perf_counter()
            while not test() and time.perf_counter() - start < timeout:
                await asyncio.sleep(0.002)
            return time.perf_counter()

        # The first theme toggle: CPU of the UI thread until the repaint, and until the list is narrowed.
        before = len(screen.rows)
        start, cpu = time.perf_counter(), time.thread_time()
        screen.toggle_theme("t3")
        await after_refresh()
        out["toggle_cpu_ms"] = (time.thread_time() - cpu) * 1000
        out["toggle_fill_ms"] = (await until(lambda: len(screen.rows) != before) - start) * 1000
        screen.toggle_theme("t3")
        await settle(app, pilot)

        # Typed search: "border" at 150 ms a key; the last key until its results are painted.
        search = TimedSearch(screen.library)
        await app.push_screen(search)
        await pilot.pause()
        field: Any = search.query_one("Input")
        for letter in "border":
            last_key = time.perf_counter()
            field.insert_text_at_cursor(letter)
            await asyncio.sleep(0.15)
        await until(lambda: bool(results_at))
        out["search_ms"] = (results_at[0] - last_key) * 1000 if results_at else float("nan")
        await settle(app, pilot)
        app.pop_screen()
        await pilot.pause()

        # The library view: until its first frame is painted, and until its quotes are listed;
        # then closed and opened again (the screen is kept between visits).
        for visit in ("", "_again"):
            start, cpu = time.perf_counter(), time.thread_time()
            screen.action_library()
            library: Any = app.screen
            await until(lambda shown=library: bool(shown.is_mounted))
            painted: asyncio.Future[None] = loop.create_future()
            # after its next frame; a Python callback (Textual inspects a builtin's signature
            # from its text the first time, compiling a tokenizer: 5 ms that are not ours)
            library.call_after_refresh(lambda done=painted: done.set_result(None))
            await painted
            out[f"library_paint{visit}_ms"] = (time.perf_counter() - start) * 1000
            out[f"library_paint{visit}_cpu_ms"] = (time.thread_time() - cpu) * 1000

            def filled() -> bool:
                try:
                    return len(app.screen.query_one("#lib-quotes").items) > 0
                except Exception:
                    return False

            if not visit:  # shown again, it shows what it listed until the worker refills it
                out["library_fill_ms"] = (await until(filled) - start) * 1000
            await settle(app, pilot)
            library.action_close()
            await settle(app, pilot)
        await settle(app, pilot)
    return out


def step_ui(folder: str) -> dict[str, Any]:
    return asyncio.run(_ui(folder))


async def _first_listed(folder: str) -> dict[str, Any]:
    from tui.app import BriefingApp

    shutil.rmtree(cache_dir(), ignore_errors=True)
    start = time.perf_counter()
    app = BriefingApp([Path(folder)])
    async with app.run_test(size=(120, 40)):
        while time.perf_counter() - start < 600:
            rows = getattr(app.screen, "rows", None)
            if rows is not None and len(rows) > 0:
                break
            await asyncio.sleep(0.01)
        listed = time.perf_counter() - start
        app.screen.library.close()  # type: ignore[attr-defined]
    return {"first_listed_s": listed}


def step_listed(folder: str) -> dict[str, Any]:
    """A cold start in the reader: until the briefing list shows its first briefings."""
    return asyncio.run(_first_listed(folder))


async def _end(path: str) -> dict[str, Any]:
    from tui.app import BriefingApp

    app = BriefingApp([Path(path)])
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(3):  # the load, then what it starts (the newer code measures the text in a worker)
            await app.workers.wait_for_complete()
            await pilot.pause()
        document: Any = app.screen.query_one("#document")
        start, cpu = time.perf_counter(), time.thread_time()
        document.action_scroll_end()
        while not (document.max_scroll_y and document.scroll_y >= document.max_scroll_y):
            await asyncio.sleep(0.001)  # until the view is at the end (at once, or after the worker)
        loop = asyncio.get_running_loop()
        done: asyncio.Future[None] = loop.create_future()
        app.call_after_refresh(lambda: done.set_result(None))
        await done
        return {"end_ms": (time.perf_counter() - start) * 1000, "end_cpu_ms": (time.thread_time() - cpu) * 1000}


def step_end(path: str) -> dict[str, Any]:
    """End in a long briefing (opened warm): CPU of the UI thread until the repaint."""
    return asyncio.run(_end(path))


STEPS = {
    "warm": step_warm,
    "cold": step_cold,
    "bare": step_bare,
    "edit": step_edit,
    "memory": step_memory,
    "ui": step_ui,
    "listed": step_listed,
    "end": step_end,
}

if __name__ == "__main__":
    print(json.dumps(STEPS[sys.argv[1]](*sys.argv[2:])))
