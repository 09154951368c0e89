"""Start-up time in a real terminal: launch in a 120x40 tmux pane until the title shows.

For `briefing` the clock stops only when the first lines of the text pane and
of the quotes pane are on screen too: the whole first screen, not a header.

    python benchmarks/startup.py [--runs 10] [--no-frogmouth] [--compare CHECKOUT]

Side by side in one run: `briefing FILE`, frogmouth 0.9.2 opening the same
file (installed by this script in its own venv under benchmarks/.peers/, never
a project dependency), and a minimal Textual app that shows one Label.
Prints the median of each and the ratios. Wall clock moves with the machine's load:
benchmarks/startup_cpu.py measures the CPU time to the first screen instead.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SAMPLE = ROOT / "briefings" / "2015-11-05-belgrade-irregular-migration.md"
PEERS = HERE / ".peers"
LABEL_APP = """
from textual.app import App
from textual.widgets import Label

class One(App):
    def compose(self):
        yield Label("Regional workshop in Belgrade")

One().run()
"""


def frogmouth() -> list[str]:
    venv = PEERS / "frogmouth"
    exe = venv / "bin" / "frogmouth"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "frogmouth==0.9.2"], check=True)
    return [str(exe)]


def time_to_text(command: list[str], needle: str | tuple[str, ...], timeout: float = 30.0, quit_key: str = "") -> float:
    """Seconds from launching ``command`` in a 120x40 tmux pane until every needle is on screen."""
    needles = (needle,) if isinstance(needle, str) else needle
    socket = f"bench-{uuid.uuid4().hex[:8]}"
    tmux = ["tmux", "-L", socket]
    shell = " ".join(f"'{part}'" for part in command)
    try:
        start = time.perf_counter()
        subprocess.run([*tmux, "new-session", "-d", "-s", "b", "-x", "120", "-y", "40", shell], check=True)
        while time.perf_counter() - start < timeout:
            screen = subprocess.run([*tmux, "capture-pane", "-p", "-t", "b"], capture_output=True, text=True).stdout
            if all(n in screen for n in needles):
                elapsed = time.perf_counter() - start
                if quit_key:
                    subprocess.run([*tmux, "send-keys", "-t", "b", quit_key], check=True)
                    time.sleep(1.0)  # let the program exit and write what it has to
                return elapsed
            time.sleep(0.005)
        raise TimeoutError(f"{command[0]} did not show {needles!r} in {timeout} s")
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)


def compile_package() -> None:
    """Byte-compile the package, as `pip install` does: with PYTHONDONTWRITEBYTECODE
    set (as on some machines) an editable install would otherwise recompile every
    module at every start, which no installed copy does."""
    import compileall

    compileall.compile_dir(str(ROOT / "tui"), quiet=1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--no-frogmouth", action="store_true")
    ap.add_argument("--compare", help="another checkout of briefing (e.g. a git worktree), run side by side")
    args = ap.parse_args()
    if shutil.which("tmux") is None:
        sys.exit("tmux is needed")
    compile_package()
    label_script = PEERS / "one_label.py"
    PEERS.mkdir(exist_ok=True)
    label_script.write_text(LABEL_APP)
    briefing = str(Path(sys.executable).with_name("briefing"))
    cases = {
        "one-Label app": ([sys.executable, str(label_script)], "Regional workshop"),
        # The title, and the first lines of the text and quote panes: the
        # whole first screen, not just the header.
        "briefing": (
            [briefing, str(SAMPLE)],
            ("Regional workshop in Belgrade", "A two-day regional workshop", "1 Ambassador Dejan"),
        ),
    }
    if args.compare:
        # Its own model cache: two cache formats in one folder would re-parse at every run.
        # Run from inside it: `python -m` puts the current folder first on sys.path.
        other = Path(args.compare).resolve()
        # Byte-compiled as this checkout is (compile_package), or it would compile at every start.
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(other / "tui")], check=True)
        env = ["env", "-C", str(other), f"BRIEFING_CACHE_DIR={PEERS / 'cache-compare'}", f"PYTHONPATH={other}"]
        cases["compared checkout"] = ([*env, sys.executable, "-m", "tui", str(SAMPLE)], cases["briefing"][1])
    if not args.no_frogmouth:
        cases["frogmouth 0.9.2"] = ([*frogmouth(), str(SAMPLE)], "Regional workshop")
    results: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.runs):  # interleaved, so that machine noise hits all alike
        for name, (command, needle) in cases.items():
            results[name].append(time_to_text(command, needle))
    medians = {name: statistics.median(times) for name, times in results.items()}
    for name, median in medians.items():
        print(
            f"{name:<18} median {median * 1000:7.0f} ms  "
            f"(min {min(results[name]) * 1000:.0f}, max {max(results[name]) * 1000:.0f})"
        )
    base = medians["one-Label app"]
    print(f"briefing / one-Label app: {medians['briefing'] / base:.2f}x (goal <= 1.3x)")
    if "frogmouth 0.9.2" in medians:
        print(f"briefing / frogmouth:     {medians['briefing'] / medians['frogmouth 0.9.2']:.2f}x (goal <= 0.33x)")
    if "compared checkout" in medians:
        print(f"compared checkout / one-Label app: {medians['compared checkout'] / base:.2f}x")


if __name__ == "__main__":
    main()
