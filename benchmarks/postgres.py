"""The shared library on PostgreSQL beside the SQLite index, on the same generated folders.

    python benchmarks/postgres.py [--sizes 10000 100000] [--runs 5] [--db URL] [--folders /tmp/briefing-bench]
                                  [--readers 50] [--load-seconds 20] [--think 0.5 1.0]
                                  [--profiles stress person] [--person-seconds 60] [--skip-terminal]
                                  [--cold-only] [--compare CHECKOUT]

For each size, in one run, side by side:

- a cold index (two parsing processes for both), and an incremental run after 1 % of the files
  changed (and its share of the cold run; goal <= 2 %);
- a reader's warm start in a 120x40 tmux pane (`briefing --db URL`, `briefing FOLDER` on the
  SQLite index) beside the one-Label Textual app of benchmarks/startup.py (goal <= 1.5x), and
  with --compare another checkout's `briefing --db URL` (a change to the start, side by side);
- typed search: every prefix of a query searched in turn, as the search box does, and the time
  of the last key's search (goal < 150 ms); the library view's (`L`) first query and the 30
  quotes of its first screen (goal < 150 ms);
- 50 concurrent simulated readers, each on one connection, making the reader's queries (open
  the list, page it, open briefings, search, `L`), in two loads (--profiles): "stress", a
  question every 0.5 to 1 s (--think) for --load-seconds; "person", a person reading for
  --person-seconds: a word typed (a search at each key, 0.15-0.3 s apart), a hit opened, 5-15 s
  of reading, then the list paged or, one time in four, `L`. For each: p50 and p95 (goal p95 <
  300 ms), the load script's own CPU time and share of the machine (it runs on the server's
  machine), the server's costliest statements (pg_stat_statements), and for each kind of
  question the CPU its server process used (Linux's /proc/PID/schedstat), its wait for a core,
  and the simulated reader's own CPU: what a question costs, apart from the queue for the
  machine's cores, which p95 also counts when the machine is busy;
- a writer's change seen by an open reader (tmux): from the writer's commit to the new title
  on screen (goal < 2 s).

With --cold-only, only the cold indexes: SQLite and PostgreSQL alternating, --runs pairs, each
into an empty index or database, with the medians, each pair's ratio and the indexing CPU; and
in each pair 1 % of the files changed and both updated (its share of the cold run).

The generated folders are kept under --folders and reused (generating 100,000 takes minutes);
each run works on a copy. With no --db, a temporary server is started (tests/support/postgres.py,
fsync on). Prints medians, the goals, each backend's ratio from one size to the next, and the
machine's load (`uptime`) before and after: the machine may be shared.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import multiprocessing
import os
import random
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from gen_library import make_library  # noqa: E402
from startup import LABEL_APP, PEERS, compile_package, time_to_text  # noqa: E402

QUERIES = ("border", "police smugg", "speaker3", "organization number 12", "zzzz")
Figures = dict[str, dict[str, float]]


def timed(work: Callable[[], Any]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def uptime() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as exc:
        return f"(uptime: {exc})"


def generated(root: Path, size: int) -> Path:
    """The generated library of ``size`` briefings under ``root``, made once and reused."""
    folder = root / f"lib-{size}"
    done = folder / ".complete"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        print(f"generating {size:,} briefings in {folder}…", flush=True)
        make_library(folder, size)
        done.write_text("")
    return folder


def touch_one_percent(folder: Path) -> int:
    files = sorted(folder.rglob("*.md"))
    changed = files[::100]
    for path in changed:
        path.write_text(
            path.read_text(encoding="utf-8") + "\nOne more paragraph, on border police.\n", encoding="utf-8"
        )
    return len(changed)


@contextlib.contextmanager
def database(url: str | None, size: int) -> Iterator[str]:
    if url:
        yield url
        return
    from tests.support.postgres import create_database, server

    with server(durable=True, statements=True) as maintenance:
        yield create_database(maintenance, f"bench_{size}")


def first_screen(view: Any) -> Any:
    """What the library view's first screen shows of its quotes (30 of them): read."""
    return view.quotes[:30]


def typed_search(library: Any, query: str) -> float:
    """Each prefix searched as the box does on each key; the last key's search time."""
    took = 0.0
    for end in range(2, len(query) + 1):
        took = timed(lambda end=end: library.search(query[:end]))
    return took


# -- concurrent readers --------------------------------------------------------------------
# Two loads: "stress", a question every think seconds (0.5-1 s), and "person", a person reading:
# a word typed (a search per key, 0.15-0.3 s apart), a hit opened, 5-15 s read, now and then the
# list paged or the library view (`L`).
PROFILES = ("stress", "person")
KEYS_APART, READING, L_EVERY = (0.15, 0.3), (5.0, 15.0), 4


def backend_cpu(pid: int) -> tuple[float, float]:
    """Seconds a server process has run on a CPU, and waited for one while ready to run (Linux's
    schedstat, in ns; the server runs on this machine): what a question cost the server whatever
    the machine's load, and its wait in the queue for a core. (0.0, 0.0) elsewhere."""
    try:
        ran, waited = Path(f"/proc/{pid}/schedstat").read_text().split()[:2]
        return int(ran) / 1e9, int(waited) / 1e9
    except (OSError, ValueError):
        return 0.0, 0.0


# Each question: (kind, seconds to the answer, the server's CPU seconds, the server's seconds
# waiting for a core, this thread's CPU seconds).
Asked = tuple[str, float, float, float, float]


def reader_thread(
    url: str, until: float, seed: int, out: list[Asked], think: tuple[float, float], profile: str
) -> None:
    """One simulated reader on one connection, each question timed (see PROFILES), with the CPU
    its server process and this thread used for it. Readers start over the first 2 x think[1]
    seconds (stress) or 2 x the longest read (person)."""
    from tui.core.library.postgres.store import PostgresIndex

    rng = random.Random(seed)
    index = PostgresIndex(url, single=True)
    (server,) = index.read.execute("SELECT pg_backend_pid()").fetchone() or (0,)

    def ask(kind: str, work: Callable[[], Any], pause: tuple[float, float]) -> Any:
        time.sleep(rng.uniform(*pause))
        (ran, waited), own_cpu = backend_cpu(server), time.thread_time()
        start = time.perf_counter()
        got = work()
        took = time.perf_counter() - start
        ran_after, waited_after = backend_cpu(server)
        out.append((kind, took, ran_after - ran, waited_after - waited, time.thread_time() - own_cpu))
        return got

    def view() -> Any:
        return index.themes(), index.orgs(), first_screen(index.quote_set())

    try:
        time.sleep(rng.uniform(0, 2 * (think[1] if profile == "stress" else READING[1])))
        ids: Any = []
        rows: dict[int, Any] = {}

        def open_list() -> None:
            nonlocal ids
            ids = index.row_ids("date")
            rows.update(index.fetch_rows(ids[:60]))

        ask("open the list", open_list, (0, 0))
        while time.monotonic() < until:
            if profile == "stress":
                start = rng.randrange(max(1, len(ids) - 60))
                page = ids[start : start + 60]
                ask("a page of the list", lambda page=page: rows.update(index.fetch_rows(page)), think)
                if rows:
                    path = rng.choice(list(rows.values())).path
                    ask("open a briefing", lambda path=path: index.model(path, shown=False), think)
                query = rng.choice(QUERIES)
                ask("search", lambda query=query: index.search(query), think)
                ask("L: themes, speakers, orgs, quotes", view, think)
                continue
            query = rng.choice(QUERIES)
            hits: Any = []
            for end in range(2, len(query) + 1):
                hits = ask("search, a key typed", lambda q=query[:end]: index.search(q), KEYS_APART)
            path = hits[0].path if hits else rng.choice(list(rows.values())).path
            ask("open a briefing", lambda path=path: index.model(path, shown=False), KEYS_APART)
            time.sleep(rng.uniform(*READING))
            if rng.randrange(L_EVERY) == 0:
                ask("L: themes, speakers, orgs, quotes", view, KEYS_APART)
            else:  # a few screens down the list
                start = min(rng.randrange(0, 600), max(0, len(ids) - 60))
                ask("a page of the list", lambda s=start: rows.update(index.fetch_rows(ids[s : s + 60])), KEYS_APART)
    finally:
        index.close()


def reader_process(
    url: str, threads: int, seconds: float, seed: int, think: tuple[float, float], profile: str, queue: Any
) -> None:
    until = time.monotonic() + seconds
    out: list[Asked] = []
    workers = [
        threading.Thread(target=reader_thread, args=(url, until, seed * 100 + n, out, think, profile))
        for n in range(threads)
    ]
    cpu = time.process_time()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    queue.put((out, time.process_time() - cpu))


def concurrent_readers(
    url: str, readers: int, seconds: float, think: tuple[float, float], profile: str = "stress"
) -> dict[str, float]:
    """``readers`` simulated readers (in 10 processes at most, a connection each): p50 and p95 in ms,
    the load script's own CPU time and share of the machine (it shares the machine with the
    server), and the server's statements that took the most time (pg_stat_statements, when the
    server loads it)."""
    processes = min(10, readers)
    per = [readers // processes + (n < readers % processes) for n in range(processes)]
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    statements = _statements(url, reset=True)
    procs = [
        context.Process(target=reader_process, args=(url, k, seconds, n, think, profile, queue))
        for n, k in enumerate(per)
    ]
    wall = time.perf_counter()
    for p in procs:
        p.start()
    found: list[Asked] = []
    client_cpu = 0.0
    for _ in procs:
        got, cpu = queue.get()
        found += got
        client_cpu += cpu
    for p in procs:
        p.join()
    wall = time.perf_counter() - wall
    cores = os.cpu_count() or 1
    out: dict[str, float] = {"questions asked": float(len(found)), "questions a second": len(found) / wall}
    out["load script CPU (s)"] = client_cpu
    out["load script share of the machine (%)"] = 100 * client_cpu / (wall * cores)
    server_cpu = sum(a[2] for a in found)
    out["server CPU for the questions (s)"] = server_cpu
    out["server share of the machine (%)"] = 100 * server_cpu / (wall * cores)
    out["server waiting for a core (s)"] = sum(a[3] for a in found)
    every = sorted(a[1] for a in found)
    if every:
        out["p50, every question (ms)"] = every[len(every) // 2] * 1000
        out["p95, every question (ms)"] = every[int(len(every) * 0.95)] * 1000
        # What a question would take with a core always free: its server's and its reader's CPU.
        own = sorted(a[2] + a[4] for a in found)
        out["p95 of a question's CPU, server + reader (ms)"] = own[int(len(own) * 0.95)] * 1000
    for kind in sorted({a[0] for a in found}):
        mine = [a for a in found if a[0] == kind]
        times = sorted(a[1] for a in mine)
        out[f"p50 {kind} (ms)"] = times[len(times) // 2] * 1000
        out[f"p95 {kind} (ms)"] = times[int(len(times) * 0.95)] * 1000
        # CPU, not waits: what each kind costs the machine however busy it is.
        out[f"server CPU {kind}, summed (s)"] = sum(a[2] for a in mine)
        out[f"server CPU {kind}, mean (ms)"] = 1000 * sum(a[2] for a in mine) / len(mine)
        out[f"server waiting for a core {kind}, mean (ms)"] = 1000 * sum(a[3] for a in mine) / len(mine)
        out[f"client CPU {kind}, mean (ms)"] = 1000 * sum(a[4] for a in mine) / len(mine)
    if statements:
        server = _statements(url, reset=False)
        out["server: statements' time (s)"] = sum(t for _q, _n, t in server) / 1000
        for query, calls, total in server[:8]:
            print(f"    server {total / 1000:7.2f} s {calls:6} calls  {' '.join(query.split())[:110]}")
    return out


def _statements(url: str, reset: bool) -> list[tuple[str, int, float]]:
    """The server's statements by total time (ms), most first; [] without pg_stat_statements."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        try:
            conn.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
            if reset:
                conn.execute("SELECT pg_stat_statements_reset()")
                return [("", 0, 0.0)]
            sql = """SELECT query, calls, total_exec_time FROM pg_stat_statements
                     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                     ORDER BY total_exec_time DESC"""
            return [(q, int(n), float(t)) for q, n, t in conn.execute(sql)]
        except psycopg.Error as exc:
            print(f"    (no pg_stat_statements: {' '.join(str(exc).split())[:100]})")
            return []


# -- the reader in a terminal ------------------------------------------------------------------
def change_seen(url: str, folder: Path, path: Path, env: list[str], runs: int) -> list[float]:
    """An open reader (tmux) on the shared library; a writer retitles the open briefing and commits:
    the seconds until the new title is on screen."""
    from tui.core.library.postgres.store import PostgresIndex

    briefing = str(Path(sys.executable).with_name("briefing"))
    socket = f"bench-{uuid.uuid4().hex[:8]}"
    tmux = ["tmux", "-L", socket]
    command = " ".join(shlex.quote(w) for w in [*env, briefing, "--db", url])
    writer = PostgresIndex(url)
    seen: list[float] = []
    original = path.read_text(encoding="utf-8")
    try:
        subprocess.run([*tmux, "new-session", "-d", "-s", "b", "-x", "120", "-y", "40", command], check=True)
        title = original.split("title: ", 1)[1].split("\n", 1)[0]
        wait_screen(tmux, title, 30.0)
        for n in range(runs):
            new = f"Retitled by the writer {n}"
            path.write_text(original.replace(f"title: {title}", f"title: {new}", 1), encoding="utf-8")
            writer.update_paths([folder], [str(path)])
            committed = time.perf_counter()
            wait_screen(tmux, new, 30.0)
            seen.append(time.perf_counter() - committed)
            time.sleep(0.5)
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)
        path.write_text(original, encoding="utf-8")
        writer.update_paths([folder], [str(path)])
        writer.close()
    return seen


def wait_screen(tmux: list[str], needle: str, timeout: float) -> None:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        screen = subprocess.run([*tmux, "capture-pane", "-p", "-t", "b"], capture_output=True, text=True).stdout
        if needle in screen:
            return
        time.sleep(0.01)
    raise TimeoutError(f"{needle!r} not on screen in {timeout} s")


def warm_starts(url: str, folder: Path, env: list[str], runs: int, compare: str = "") -> dict[str, list[float]]:
    """Seconds to the first screen (the newest title and the list's count), interleaved runs;
    ``compare``: another checkout's `briefing --db URL` too (e.g. a git worktree of HEAD)."""
    from tui.core.library.postgres.store import PostgresIndex

    index = PostgresIndex(url)
    try:
        first = index.fetch_rows(index.row_ids("date")[:1])
        count = index.count()
    finally:
        index.close()
    title = next(iter(first.values())).title
    briefing = str(Path(sys.executable).with_name("briefing"))
    label_script = PEERS / "one_label.py"
    PEERS.mkdir(exist_ok=True)
    label_script.write_text(LABEL_APP)
    needles = (title, f"{count:,} briefings")
    cases = {
        "one-Label app": ([sys.executable, str(label_script)], ("Regional workshop",)),
        "briefing --db URL": ([*env, briefing, "--db", url], needles),
        "briefing FOLDER (SQLite)": ([*env, briefing, str(folder)], needles),
    }
    if compare:
        other = Path(compare).resolve()
        run_other = [*env, "env", "-C", str(other), f"PYTHONPATH={other}", sys.executable, "-m", "tui", "--db", url]
        cases["compared checkout --db URL"] = (run_other, needles)
    results: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, (command, wanted) in cases.items():
            results[name].append(time_to_text(command, wanted, quit_key="q"))
    return results


# -- one size --------------------------------------------------------------------------------------
def measure(size: int, args: argparse.Namespace) -> tuple[Figures, dict[str, float]]:
    from tui.core.library.index.store import LibraryIndex, default_index_path
    from tui.core.library.library import Library
    from tui.core.library.postgres.store import PostgresIndex
    from tui.core.library.view import Selection, view_of

    out: Figures = {"sqlite": {}, "postgres": {}}
    only: dict[str, float] = {}
    pristine = generated(Path(args.folders), size)
    with tempfile.TemporaryDirectory(prefix="bench-pg-") as tmp, database(args.db, size) as db:
        cache = Path(tmp) / "cache"
        os.environ["BRIEFING_CACHE_DIR"] = str(cache)  # the reader's SQLite index is the one timed here
        env = ["env", f"BRIEFING_CACHE_DIR={cache}", "BRIEFING_STATE_DIR=", "BRIEFING_DB="]
        folder = Path(tmp) / "lib"
        shutil.copytree(pristine, folder, ignore=shutil.ignore_patterns(".complete"))
        indexes: dict[str, Any] = {
            "sqlite": LibraryIndex(default_index_path([folder])),
            "postgres": PostgresIndex(db, create=True),
        }
        for name, index in indexes.items():
            out[name]["cold index (s)"] = timed(lambda index=index: index.update([folder], workers=2))
            print(f"  {name} cold index: {out[name]['cold index (s)']:.1f} s", flush=True)
        touch_one_percent(folder)
        for name, index in indexes.items():
            took = timed(lambda index=index: index.update([folder], workers=2))
            out[name]["1 % changed (s)"] = took
            out[name]["1 % changed / cold (%)"] = 100 * took / out[name]["cold index (s)"]
        for index in indexes.values():
            index.close()
        libraries = {"sqlite": Library([folder]), "postgres": Library([], db=db)}
        for name, library in libraries.items():
            library.load()
            for query in QUERIES:
                typed_search(library, query)  # warm
                took = [typed_search(library, query) for _ in range(args.runs)]
                out[name][f"typed {query!r}, last key (ms)"] = statistics.median(took) * 1000
        for name in libraries:
            firsts = []
            for _ in range(args.runs):
                fresh = Library([folder]) if name == "sqlite" else Library([], db=db)
                firsts.append(timed(lambda fresh=fresh: first_screen(view_of(fresh, Selection(), with_themes=True))))
                fresh.close()
            out[name]["L view, first query (ms)"] = statistics.median(firsts) * 1000
        for library in libraries.values():
            library.close()
        if not args.skip_terminal:
            compile_package()
            starts = warm_starts(db, folder, env, args.runs, args.compare or "")
            medians = {name: statistics.median(times) for name, times in starts.items()}
            base = medians["one-Label app"]
            if args.compare:
                compared = medians["compared checkout --db URL"]
                only["warm start --db, compared checkout / one-Label (x)"] = compared / base
            only["warm start: one-Label app (ms)"] = base * 1000
            only["warm start: briefing --db (ms)"] = medians["briefing --db URL"] * 1000
            only["warm start: briefing FOLDER, SQLite (ms)"] = medians["briefing FOLDER (SQLite)"] * 1000
            only["warm start --db / one-Label (x)"] = medians["briefing --db URL"] / base
            only["warm start FOLDER / one-Label (x)"] = medians["briefing FOLDER (SQLite)"] / base
            newest = sorted(folder.rglob("*.md"))
            index = PostgresIndex(db)
            try:
                top = next(iter(index.fetch_rows(index.row_ids("date")[:1]).values())).path
            finally:
                index.close()
            assert Path(top) in newest
            seen = change_seen(db, folder, Path(top), env, args.runs)
            only["change seen by a reader, median (s)"] = statistics.median(seen)
            only["change seen by a reader, max (s)"] = max(seen)
        think = (args.think[0], args.think[1])
        for profile in args.profiles:
            seconds = args.load_seconds if profile == "stress" else args.person_seconds
            print(f"  {args.readers} concurrent readers ({profile}) for {seconds:.0f} s…  {uptime()}", flush=True)
            for key, value in concurrent_readers(db, args.readers, seconds, think, profile).items():
                only[f"{args.readers} readers ({profile}): {key}"] = value
            only[f"{args.readers} readers ({profile}): load average after"] = os.getloadavg()[0]
    return out, only


def cold_only(size: int, args: argparse.Namespace) -> None:
    """Cold indexes, SQLite and PostgreSQL alternating (--runs pairs, which goes first
    alternating too), each into an empty index or database, with the CPU of this process and
    its parsing workers (the server's own CPU is not counted: it runs on this machine); then,
    in each pair, 1 % of the files changed and both indexes updated (its share of the cold run;
    goal <= 2 %), the files put back after."""
    from tests.support.postgres import create_database, server
    from tui.core.library.index.store import LibraryIndex, default_index_path
    from tui.core.library.postgres.store import PostgresIndex

    pristine = generated(Path(args.folders), size)
    walls: dict[str, list[float]] = {"sqlite": [], "postgres": []}
    cpus: dict[str, list[float]] = {"sqlite": [], "postgres": []}
    shares: dict[str, list[float]] = {"sqlite": [], "postgres": []}
    with tempfile.TemporaryDirectory(prefix="bench-cold-") as tmp, server(durable=True) as maintenance:
        for run in range(args.runs):
            order = ["sqlite", "postgres"] if run % 2 == 0 else ["postgres", "sqlite"]
            indexes: dict[str, Any] = {}
            for name in order:
                cache = Path(tmp) / f"cache-{run}-{name}"
                os.environ["BRIEFING_CACHE_DIR"] = str(cache)
                if name == "sqlite":
                    index: Any = LibraryIndex(default_index_path([pristine]))
                else:
                    index = PostgresIndex(create_database(maintenance, f"cold_{size}_{run}"), create=True)
                before = os.times()
                wall = timed(lambda index=index: index.update([pristine], workers=2))
                after = os.times()
                cpu = sum(a - b for a, b in zip(after[:4], before[:4], strict=True))
                walls[name].append(wall)
                cpus[name].append(cpu)
                indexes[name] = index
                print(f"  run {run + 1} {name:<10} {wall:8.1f} s wall {cpu:8.1f} s CPU  ({uptime()})", flush=True)
            originals = {p: p.read_bytes() for p in sorted(pristine.rglob("*.md"))[::100]}
            try:
                touch_one_percent(pristine)
                for name in order:
                    os.environ["BRIEFING_CACHE_DIR"] = str(Path(tmp) / f"cache-{run}-{name}")
                    took = timed(lambda index=indexes[name]: index.update([pristine], workers=2))
                    shares[name].append(100 * took / walls[name][-1])
                    share = shares[name][-1]
                    print(f"  run {run + 1} {name:<10} {took:8.2f} s for 1 % changed ({share:.2f} % of cold)")
            finally:
                for path, data in originals.items():
                    path.write_bytes(data)
                for index in indexes.values():
                    index.close()
                for name in order:
                    shutil.rmtree(Path(tmp) / f"cache-{run}-{name}", ignore_errors=True)
    sqlite, pg = statistics.median(walls["sqlite"]), statistics.median(walls["postgres"])
    print(
        f"\n{size:,} briefings, cold index, medians of {args.runs}: SQLite {sqlite:.1f} s, "
        f"PostgreSQL {pg:.1f} s, PG/SQLite {pg / sqlite:.2f}x (goal <= 1.5x)"
    )
    ratios = [p / q for p, q in zip(walls["postgres"], walls["sqlite"], strict=True)]
    print(
        f"  ratio per pair: {', '.join(f'{r:.2f}' for r in ratios)}; CPU medians (client + workers): "
        f"SQLite {statistics.median(cpus['sqlite']):.1f} s, PostgreSQL {statistics.median(cpus['postgres']):.1f} s"
    )
    print(
        f"  1 % changed, share of the cold run (median): SQLite {statistics.median(shares['sqlite']):.2f} %, "
        f"PostgreSQL {statistics.median(shares['postgres']):.2f} % (goal <= 2 %)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", help="an empty PostgreSQL database (default: a temporary server)")
    parser.add_argument("--folders", default="/tmp/briefing-bench", help="where generated libraries are kept")
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--load-seconds", type=float, default=20.0)
    parser.add_argument(
        "--think", type=float, nargs=2, default=[0.5, 1.0], help="a simulated reader's pause before each question (s)"
    )
    parser.add_argument("--profiles", nargs="+", choices=PROFILES, default=list(PROFILES), help="the loads to run")
    parser.add_argument("--person-seconds", type=float, default=60.0, help="how long the person-reading load runs")
    parser.add_argument("--skip-terminal", action="store_true", help="no tmux runs (warm start, change seen)")
    parser.add_argument("--cold-only", action="store_true", help="only cold indexes, SQLite and PostgreSQL alternating")
    parser.add_argument("--compare", help="another checkout (e.g. a git worktree), its `--db` warm start side by side")
    args = parser.parse_args()
    print(f"load before: {uptime()}  ({os.cpu_count()} cores)", flush=True)
    if args.cold_only:
        for size in args.sizes:
            cold_only(size, args)
        print(f"load after:  {uptime()}")
        return
    results = {}
    for size in args.sizes:
        print(f"{size:,} briefings…", flush=True)
        results[size] = measure(size, args)
    print(f"load after:  {uptime()}")
    for size, (found, only) in results.items():
        print(f"\n{size:,} briefings{'':24} {'SQLite':>10} {'PostgreSQL':>11} {'PG/SQLite':>10}")
        for key, value in found["sqlite"].items():
            pg = found["postgres"][key]
            print(f"  {key:<40} {value:>10.3f} {pg:>11.3f} {pg / value if value else float('nan'):>10.2f}")
        for key, value in only.items():
            print(f"  {key:<52} {value:>10.3f}")
    sizes = list(results)
    for small, big in itertools.pairwise(sizes):
        print(f"\n{big:,} / {small:,} briefings: ratio of times (linear = {big / small:.1f})")
        for key in results[small][0]["sqlite"]:
            ratios = [
                results[big][0][b][key] / results[small][0][b][key] if results[small][0][b][key] else float("nan")
                for b in ("sqlite", "postgres")
            ]
            print(f"  {key:<40} SQLite {ratios[0]:>6.2f}  PostgreSQL {ratios[1]:>6.2f}")
    print("\ngoals: PG cold <= 1.5x SQLite; 1 % changed <= 2 % of cold; warm start --db <= 1.5x one-Label;")
    print("       typed search last key and L first query < 150 ms; 50 readers p95 < 300 ms; change seen < 2 s")


if __name__ == "__main__":
    main()
