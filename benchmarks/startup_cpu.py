"""CPU time until the first screen: `briefing FILE` against a one-Label Textual app.

    python benchmarks/startup_cpu.py [--runs 9] [--cold] [--no-config] [--compare CHECKOUT] [--profile FILE]

Wall-clock start-up (benchmarks/startup.py) moves with the machine's load; the CPU
time a process spends until its first screen is written does much less. Each run
starts the program on a 120x40 pseudo-terminal with a probe: the text Textual writes
to the terminal is kept, without its escape codes, and once every needle is in it the
probe notes `time.process_time()` (all threads, from the start of the interpreter) and
ends the process. Cases alternate; medians and their ratio are printed.

The briefing runs with its own state, config and model-cache folders (a temporary
folder): warm by default (a first run fills the cache), `--cold` empties the cache
before each run. `--compare` runs another checkout (e.g. a git worktree) side by side.
`--profile FILE` writes a cProfile of one briefing run to the probe.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import select
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

from benchmarks.startup import LABEL_APP, SAMPLE, compile_package

ROOT = Path(__file__).resolve().parent.parent
BRIEFING_NEEDLES = ("Regional workshop in Belgrade", "A two-day regional workshop", "1 Ambassador Dejan")
LABEL_NEEDLES = ("Regional workshop",)

# Run in the child before the program: note the CPU time when the app takes the terminal
# (imports and set-up done); keep the text written to the terminal, note the CPU time once
# every needle is in it, and end there.
PROBE = r"""
import os, re, sys, time
_needles, _out, _profile = {needles!r}, {out!r}, {profile!r}
if _profile:
    import cProfile
    _prof = cProfile.Profile()
    _prof.enable()
from textual.drivers.linux_driver import LinuxDriver
_escape = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|P[^\x1b]*\x1b\\|.)")
_seen = []
_started = [0.0]
_write, _start = LinuxDriver.write, LinuxDriver.start_application_mode
def _probe_start(self):
    _started[0] = time.process_time()
    _start(self)
def _probe_write(self, data):
    _write(self, data)
    _seen.append(_escape.sub("", data))
    text = "".join(_seen[-200:])
    if all(n in text for n in _needles):
        cpu = time.process_time()
        if _profile:
            _prof.disable()
            _prof.dump_stats(_profile)
        with open(_out, "w") as f:
            f.write(f"{{cpu!r}} {{_started[0]!r}}")
        os._exit(0)
LinuxDriver.write = _probe_write
LinuxDriver.start_application_mode = _probe_start
"""

LABEL_RUN = "\n" + LABEL_APP
BRIEFING_RUN = """
from tui.cli.main import main
sys.exit(main([{sample!r}]))
"""


def run_once(code: str, env: dict[str, str], cwd: Path = ROOT, timeout: float = 60.0) -> tuple[float, float, float]:
    """Of ``python -c code``: CPU seconds at the first screen, CPU seconds when the app took the
    terminal, wall seconds until the process ended."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    out = Path(env["PROBE_OUT"])
    out.unlink(missing_ok=True)
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        cwd=cwd,
        start_new_session=True,
    )
    os.close(slave)
    screen = b""
    try:
        while child.poll() is None:  # drained, or the child blocks on a full terminal
            if time.perf_counter() - start > timeout:
                child.kill()
                raise TimeoutError(f"no first screen in {timeout} s: {screen[-400:]!r}")
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    screen = (screen + os.read(master, 65536))[-4000:]
                except OSError:
                    break
        child.wait()
        wall = time.perf_counter() - start
    finally:
        os.close(master)
    if not out.exists():
        raise RuntimeError(f"the probe did not fire (exit {child.returncode}): {screen[-400:]!r}")
    cpu, started = (float(word) for word in out.read_text().split())
    return cpu, started, wall


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--cold", action="store_true", help="an empty model cache at each briefing run")
    ap.add_argument("--no-config", action="store_true", help="no config.toml (default: one that sets a theme)")
    ap.add_argument("--profile", help="write a cProfile of one briefing run to the first screen here")
    ap.add_argument("--compare", help="another checkout of briefing (e.g. a git worktree), run side by side")
    args = ap.parse_args()
    compile_package()
    with tempfile.TemporaryDirectory(prefix="startup-cpu-") as tmp:
        folder = Path(tmp)
        config = folder / "config.toml"
        if not args.no_config:
            config.write_text('theme = "textual-light"\n')
        out = str(folder / "probe.out")
        env = {
            **os.environ,
            "TERM": "xterm-256color",
            "COLORTERM": "truecolor",
            "BRIEFING_CONFIG": str(config),
            "BRIEFING_STATE_DIR": str(folder / "state"),
            "BRIEFING_CACHE_DIR": str(folder / "cache"),
            "PROBE_OUT": out,
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        cases = {
            "one-Label app": PROBE.format(needles=LABEL_NEEDLES, out=out, profile="") + LABEL_RUN,
            "briefing": PROBE.format(needles=BRIEFING_NEEDLES, out=out, profile="")
            + BRIEFING_RUN.format(sample=str(SAMPLE)),
        }
        where = {name: ROOT for name in cases}
        envs = {name: env for name in cases}
        if args.compare:
            # Run from inside it, with its own model cache (two cache formats in one folder re-parse).
            other = Path(args.compare).resolve()
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(other / "tui")], check=True)
            cases["compared"] = cases["briefing"]
            where["compared"] = other
            envs["compared"] = {**env, "PYTHONPATH": str(other), "BRIEFING_CACHE_DIR": str(folder / "cache-compare")}
        if args.profile:
            profiled = PROBE.format(needles=BRIEFING_NEEDLES, out=out, profile=str(Path(args.profile).resolve()))
            run_once(profiled + BRIEFING_RUN.format(sample=str(SAMPLE)), env)
            print(f"profile written to {args.profile}")
            return
        for name, code in cases.items():  # fills the caches, compiles what is left
            run_once(code, envs[name], where[name])
        cpu: dict[str, list[float]] = {name: [] for name in cases}
        started: dict[str, list[float]] = {name: [] for name in cases}
        wall: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.runs):  # interleaved, so that machine noise hits both alike
            for name, code in cases.items():
                if args.cold and name != "one-Label app":
                    shutil.rmtree(envs[name]["BRIEFING_CACHE_DIR"], ignore_errors=True)
                c, s, w = run_once(code, envs[name], where[name])
                cpu[name].append(c)
                started[name].append(s)
                wall[name].append(w)
    medians = {name: statistics.median(times) for name, times in cpu.items()}
    for name in cases:
        print(
            f"{name:<14} CPU median {medians[name] * 1000:6.0f} ms "
            f"(min {min(cpu[name]) * 1000:.0f}, max {max(cpu[name]) * 1000:.0f}; "
            f"{statistics.median(started[name]) * 1000:.0f} before the app ran, "
            f"{statistics.median(c - s for c, s in zip(cpu[name], started[name], strict=True)) * 1000:.0f} running); "
            f"wall median {statistics.median(wall[name]) * 1000:6.0f} ms"
        )
    ratio = medians["briefing"] / medians["one-Label app"]
    print(f"briefing / one-Label app, CPU to the first screen: {ratio:.2f}x (n={args.runs}, goal <= 1.3x)")
    if "compared" in medians:
        print(f"compared / one-Label app: {medians['compared'] / medians['one-Label app']:.2f}x")
    print(json.dumps({"cpu_ms": {k: round(v * 1000, 1) for k, v in medians.items()}, "ratio": round(ratio, 3)}))


if __name__ == "__main__":
    main()
