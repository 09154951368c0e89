"""A library of a million briefings: every row of the scale issue, at each size, side by side.

    python benchmarks/scale.py [--sizes 1000 10000 100000] [--lines 50000] [--keep DIR] [--compare CHECKOUT]
                               [--repeat N] [--runs N] [--skip memory idle listed long]

Generates libraries of 3.4 KB briefings (benchmarks/gen_library.py; kept in
--keep, default /tmp/briefing-scale, and reused) and a briefing of --lines
lines, then measures in separate processes, for this checkout and (with
--compare, e.g. a git worktree of an older commit) another one:

- cold index (the library's two worker processes) beside bare markdown-it
  (commonmark) parsing the same files in two processes: the ratio (with
  --repeat N, N rounds of bare and cold interleaved, and medians);
- the first briefings listed during a cold start of the reader;
- the cache on disk (model cache and index) beside the Markdown (blocks);
- one edited file and one removed file, until the index has them;
- peak memory of `export --format json` and `check -q`;
- the first theme toggle: CPU of the UI thread until the repaint;
- library search typed at 150 ms a key: the last key until results are painted;
- the library view (`L`): until painted, and until its quotes are listed;
- idle CPU of a warm reader over 10 s once it has settled, and the CPU its
  background work took before that (tmux, 120x40);
- in the long briefing: End (UI-thread CPU until the repaint) and a cold open
  until the first screen shows, beside the one-Label Textual app (the floor).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from gen import compact  # noqa: E402
from gen_library import make_library  # noqa: E402
from startup import LABEL_APP, time_to_text  # noqa: E402

RUN_STEP = "import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')"


def step(checkout: Path, cache: Path, *args: str) -> dict[str, Any]:
    """One measurement in its own process, importing the checkout's code (run from inside it)."""
    env = {**os.environ, "PYTHONPATH": str(checkout), "BRIEFING_CACHE_DIR": str(cache)}
    env["BRIEFING_STATE_DIR"] = str(cache / "state")
    command = [sys.executable, "-c", RUN_STEP, str(HERE / "scale_steps.py"), *args]
    out = subprocess.run(command, env=env, cwd=checkout, capture_output=True, text=True)
    if out.returncode:
        raise RuntimeError(f"{args[0]} failed in {checkout}:\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def tree_cpu(pid: int) -> float:
    """CPU seconds used so far by a process and its descendants (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    stats: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
        stats[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        total += stats.get(p, 0.0)
        todo += children.get(p, [])
    return total


def idle_cpu(checkout: Path, cache: Path, folder: Path, count: int, seconds: float = 10.0) -> dict[str, float]:
    """Percent of a core used by a warm reader left alone, once it has settled; and the
    CPU its background work took after the first screen (the rescan, the index check)."""
    socket = f"scale-{uuid.uuid4().hex[:8]}"
    tmux = ["tmux", "-L", socket]
    env = f"env -C {checkout} PYTHONPATH={checkout} BRIEFING_CACHE_DIR={cache} BRIEFING_STATE_DIR={cache}/state"
    try:
        subprocess.run(
            [*tmux, "new-session", "-d", "-s", "b", "-x", "120", "-y", "40", f"{env} {sys.executable} -m tui {folder}"],
            check=True,
        )
        deadline = time.time() + 120
        while time.time() < deadline:
            screen = subprocess.run([*tmux, "capture-pane", "-p", "-t", "b"], capture_output=True, text=True).stdout
            if f"{count:,} briefings" in screen:
                break
            time.sleep(0.1)
        pid = int(subprocess.run([*tmux, "list-panes", "-F", "#{pane_pid}"], capture_output=True, text=True).stdout)
        shown = tree_cpu(pid)
        # Settled: two seconds under 5 % of a core (at least five seconds after the screen,
        # for the watcher to start), at most five minutes.
        time.sleep(5.0)
        last, end = tree_cpu(pid), time.time() + 300
        while time.time() < end:
            time.sleep(2.0)
            now = tree_cpu(pid)
            if now - last < 0.1:
                break
            last = now
        before = tree_cpu(pid)
        time.sleep(seconds)
        return {"idle": (tree_cpu(pid) - before) / seconds * 100, "settle_cpu_s": before - shown}
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)


def cold_screen(checkout: Path, cache: Path, path: Path) -> float:
    """A cold open (empty model cache) of the long briefing until its title and first text show."""
    import shutil

    shutil.rmtree(cache, ignore_errors=True)
    command = [
        "env", "-C", str(checkout), f"PYTHONPATH={checkout}", f"BRIEFING_CACHE_DIR={cache}",
        f"BRIEFING_STATE_DIR={cache}/state", sys.executable, "-m", "tui", str(path),
    ]  # fmt: skip
    return time_to_text(command, ("Regional workshop in Belgrade", "A long generated briefing"), timeout=60)


def row(name: str, values: dict[str, str], goal: str) -> None:
    print(f"  {name:<44}" + "".join(f"{v:>16}" for v in values.values()) + f"   {goal}")


def medians(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Each number's median over the runs (anything else from the last run)."""
    out = dict(results[-1])
    for key, value in out.items():
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            out[key] = statistics.median(r[key] for r in results)
    return out


def library_table(got: dict[str, dict[str, Any]]) -> None:
    """The rows for one library size, one column per checkout."""

    def each(fmt: str, key: str) -> dict[str, str]:
        return {name: fmt.format(r[key]) if key in r else "skipped" for name, r in got.items()}

    row("cold index, bare markdown-it (same run)", each("{:.1f} s", "bare_s"), "")
    row("cold index, briefing", each("{:.1f} s", "cold_s"), "")
    row("  ratio", {k: f"{r['cold_s'] / r['bare_s']:.2f}x" for k, r in got.items()}, "<= 1.5x")
    row("  listing the files (rglob), bare", each("{:.1f} s", "list_s"), "")
    row(
        "  ratio to bare listing + parse",
        {k: f"{r['cold_s'] / (r['bare_s'] + r['list_s']):.2f}x" for k, r in got.items()},
        "",
    )
    row("first batch indexed", each("{:.2f} s", "first_batch_s"), "")
    row("first briefings listed (cold reader)", each("{:.2f} s", "first_listed_s"), "after the first batch")
    row("cache on disk / Markdown", {k: f"{r['cache'] / r['markdown']:.2f}x" for k, r in got.items()}, "<= 2x")
    sizes = {k: f"{r['cache'] / 2**20:.0f}/{r['markdown'] / 2**20:.0f}" for k, r in got.items()}
    row("  cache, Markdown (MB)", sizes, "")
    row("one file edited, until indexed", each("{:.1f} ms", "edit_ms"), "< 20 ms")
    row("one file removed, until indexed", each("{:.1f} ms", "remove_ms"), "< 20 ms")
    row("export --format json, peak", each("{:.0f} MB", "export_mb"), "< 150 MB")
    row("check -q, peak", each("{:.0f} MB", "check_mb"), "< 150 MB")
    row("first theme toggle, UI-thread CPU", each("{:.1f} ms", "toggle_cpu_ms"), "< 16 ms")
    row("  until the list is narrowed", each("{:.0f} ms", "toggle_fill_ms"), "")
    row("typed search, last key to results", each("{:.0f} ms", "search_ms"), "< 150 ms")
    row("library view painted, first visit", each("{:.0f} ms", "library_paint_ms"), "< 100 ms")
    row("library view painted, next visits", each("{:.0f} ms", "library_paint_again_ms"), "< 100 ms")
    row("library view quotes listed", each("{:.0f} ms", "library_fill_ms"), "< 1 s")
    row("idle CPU (% of a core), once settled", each("{:.2f} %", "idle"), "< 1 %")
    row("  background CPU after a warm start", each("{:.1f} s", "settle_cpu_s"), "")
    for name, r in got.items():
        print(f"  ({name}: the edit ran {r['path']})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--lines", type=int, default=50000)
    ap.add_argument("--keep", default="/tmp/briefing-scale", help="where the generated libraries are kept")
    ap.add_argument("--compare", help="another checkout, measured side by side")
    ap.add_argument("--runs", type=int, default=3, help="runs of the tmux measures (medians)")
    ap.add_argument("--repeat", type=int, default=1, help="runs of the cold index and UI steps (medians)")
    ap.add_argument("--only-compared", action="store_true", help="measure only the --compare checkout")
    ap.add_argument("--compare-sizes", type=int, nargs="*", help="measure --compare only at these sizes")
    ap.add_argument(
        "--skip", nargs="*", default=[], choices=["memory", "idle", "listed", "long"], help="leave these rows out"
    )
    args = ap.parse_args()
    keep = Path(args.keep)
    checkouts = {} if args.only_compared and args.compare else {"this checkout": ROOT}
    if args.compare:
        checkouts["compared"] = Path(args.compare).resolve()
    for checkout in checkouts.values():
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(checkout / "tui")], check=True)
    label = keep / "one_label.py"
    keep.mkdir(parents=True, exist_ok=True)
    label.write_text(LABEL_APP)

    for size in args.sizes:
        folder = keep / f"lib{size}"
        if not (folder / f"{(size - 1) // 1000:03d}" / f"briefing-{size - 1:05d}.md").exists():
            make_library(folder, size)
        print(f"\n{size:,} briefings", flush=True)
        row(
            "",
            {name: name for name in checkouts if name != "compared" or size in (args.compare_sizes or [size])},
            "goal",
        )
        got: dict[str, dict[str, Any]] = {}
        step(ROOT, keep / "cache-bare", "warm", str(folder))  # the files into the page cache
        measured = {
            n: (name, checkout)
            for n, (name, checkout) in enumerate(checkouts.items())
            if name != "compared" or args.compare_sizes is None or size in args.compare_sizes
        }
        # Bare and cold, interleaved round by round (--repeat): medians measured side by side.
        rounds: list[dict[str, dict[str, Any]]] = []
        for _ in range(args.repeat):
            bare = step(ROOT, keep / "cache-bare", "bare", str(folder))
            rounds.append(
                {
                    name: bare | step(checkout, keep / f"cache-{n}-{size}", "cold", str(folder))
                    for n, (name, checkout) in measured.items()
                }
            )
        for n, (name, checkout) in measured.items():
            cache = keep / f"cache-{n}-{size}"
            r = medians([one[name] for one in rounds])
            r |= step(checkout, cache, "edit", str(folder))
            if "memory" not in args.skip:
                r |= step(checkout, cache, "memory", str(folder))
            r |= medians([step(checkout, cache, "ui", str(folder)) for _ in range(args.repeat)])
            if "idle" not in args.skip:
                r |= idle_cpu(checkout, cache, folder, size)
            if "listed" not in args.skip:
                r |= step(checkout, keep / f"cache-{n}-{size}-listed", "listed", str(folder))
            got[name] = r

        library_table(got)

    if "long" in args.skip:
        return
    long = keep / f"long-{args.lines}.md"
    text = compact(max(1, args.lines // 5))
    long.write_text(text, encoding="utf-8")
    print(f"\nA briefing of {text.count(chr(10)):,} lines", flush=True)
    row("", {name: name for name in checkouts}, "goal")
    # The floor and each checkout's cold open take turns, run after run: the machine's pace
    # drifts by a fifth over minutes, and a floor measured apart drifted with it.
    floors: list[float] = []
    timed: dict[str, list[float]] = {name: [] for name in checkouts}
    for _ in range(args.runs):
        floors.append(time_to_text([sys.executable, str(label)], "Regional workshop"))
        for n, (name, checkout) in enumerate(checkouts.items()):
            timed[name].append(cold_screen(checkout, keep / f"cache-{n}-long", long))
    floor = statistics.median(floors)
    colds = {name: statistics.median(times) for name, times in timed.items()}
    ends = {}
    for n, (name, checkout) in enumerate(checkouts.items()):
        ends[name] = step(checkout, keep / f"cache-{n}-long", "end", str(long))
    row("End, UI-thread CPU to the repaint", {k: f"{v['end_cpu_ms']:.0f} ms" for k, v in ends.items()}, "< 100 ms")
    row("cold open, first screen", {k: f"{v * 1000:.0f} ms" for k, v in colds.items()}, "")
    row("  one-Label app (the floor)", {k: f"{floor * 1000:.0f} ms" for k in colds}, "")
    row("  ratio", {k: f"{v / floor:.2f}x" for k, v in colds.items()}, "<= 1.5x")


if __name__ == "__main__":
    main()
