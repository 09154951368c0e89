"""The shared library on PostgreSQL beside the SQLite index, on the same generated folders.

    python benchmarks/postgres.py [--sizes 2000 10000] [--runs 5] [--db URL]

For each size: a cold index (two parsing processes for both), an incremental run
after 1 % of the files changed, and the median latency of a few searches. With no
--db, a temporary server is started (tests/support/postgres.py, fsync on); --db
names an empty database to use instead. Prints medians and the ratio PostgreSQL /
SQLite, and each backend's ratio from one size to the next.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from gen_library import make_library  # noqa: E402

from tui.core.library.index.store import LibraryIndex  # noqa: E402

QUERIES = ("border", "police smugg", "speaker3", "organization number 12", "zzzz")


def timed(work: Callable[[], Any]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


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

    with server(durable=True) as maintenance:
        yield create_database(maintenance, f"bench_{size}")


def measure(size: int, runs: int, url: str | None) -> dict[str, dict[str, float]]:
    from tui.core.library.postgres.store import PostgresIndex

    out: dict[str, dict[str, float]] = {"sqlite": {}, "postgres": {}}
    with tempfile.TemporaryDirectory() as tmp, database(url, size) as db:
        folder = Path(tmp) / "lib"
        make_library(folder, size)
        copy = Path(tmp) / "copy"
        shutil.copytree(folder, copy)
        indexes: dict[str, Any] = {
            "sqlite": LibraryIndex(Path(tmp) / "i.sqlite"),
            "postgres": PostgresIndex(db, create=True),
        }
        for name, index in indexes.items():
            out[name]["cold index (s)"] = timed(lambda index=index: index.update([folder], workers=2))
        touch_one_percent(folder)
        for name, index in indexes.items():
            out[name]["1 % changed (s)"] = timed(lambda index=index: index.update([folder], workers=2))
        for name, index in indexes.items():
            for query in QUERIES:
                index.search(query)  # warm
                took = [timed(lambda index=index, query=query: index.search(query)) for _ in range(runs)]
                out[name][f"search {query!r} (ms)"] = statistics.median(took) * 1000
        indexes["postgres"].close()
        indexes["sqlite"].close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", help="an empty PostgreSQL database (default: a temporary server)")
    args = parser.parse_args()
    results = {size: measure(size, args.runs, args.db) for size in args.sizes}
    for size, found in results.items():
        print(f"\n{size:,} briefings{'':24} {'SQLite':>10} {'PostgreSQL':>11} {'PG/SQLite':>10}")
        for key, value in found["sqlite"].items():
            pg = found["postgres"][key]
            print(f"  {key:<40} {value:>10.3f} {pg:>11.3f} {pg / value if value else float('nan'):>10.2f}")
    sizes = list(results)
    for small, big in itertools.pairwise(sizes):
        print(f"\n{big:,} / {small:,} briefings: ratio of times (linear = {big / small:.1f})")
        for key in results[small]["sqlite"]:
            ratios = [
                results[big][b][key] / results[small][b][key] if results[small][b][key] else float("nan")
                for b in ("sqlite", "postgres")
            ]
            print(f"  {key:<40} SQLite {ratios[0]:>6.2f}  PostgreSQL {ratios[1]:>6.2f}")


if __name__ == "__main__":
    main()
