"""Installed as a user installs it: the wheel with pipx (its own venv, command on PATH), and
the wheel on the newest Python found, each run from another folder."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE

# One worker builds the wheel once (a module fixture is made on each worker that needs it).
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("install")]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    found = list(out.glob("briefing_reader-*.whl"))
    assert len(found) == 1, found
    return found[0]


def run_briefing(command: list[str], env: dict[str, str] | None = None) -> str:
    out = subprocess.run([*command, "check", str(SAMPLE)], cwd="/", capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    version = subprocess.run([*command, "--version"], cwd="/", capture_output=True, text=True, env=env)
    return version.stdout.strip()


def shared_libs(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """pipx's shared libraries (its own pip), kept between runs in pytest's cache as a user's
    pipx keeps them: making them is a third of an install's time, and not what is tested."""
    cache = getattr(request.config, "cache", None)
    return cache.mkdir("pipx-shared-libs") if cache is not None else tmp_path / "shared"


def test_pipx_installs_the_briefing_command(wheel: Path, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    # pipx comes with the dev extra; it makes its own venv for the wheel. Byte-compiling the
    # installed files is left to the first import (a large part of an install's time).
    env = {
        **os.environ,
        "PIPX_HOME": str(tmp_path / "pipx"),
        "PIPX_BIN_DIR": str(tmp_path / "bin"),
        "PIPX_SHARED_LIBS": str(shared_libs(request, tmp_path)),
    }
    command = [sys.executable, "-m", "pipx", "install", "--pip-args=--no-compile", str(wheel)]
    subprocess.run(command, check=True, env=env, capture_output=True)
    from tui import __version__

    assert run_briefing([str(tmp_path / "bin" / "briefing")], env) == f"briefing {__version__}"


def newest_python() -> str | None:
    """A Python 3.13 (or 3.12) besides this one, if the machine has one."""
    for version in ("3.13", "3.12"):
        candidates = sorted(glob.glob(os.path.expanduser(f"~/.pyenv/versions/{version}*/bin/python3")))
        candidates.append(shutil.which(f"python{version}") or "")
        for found in candidates:  # (a pyenv shim may name a version that is not installed)
            if found and subprocess.run([found, "--version"], capture_output=True).returncode == 0:
                return found
    return None


def test_the_wheel_on_the_newest_python(wheel: Path, tmp_path: Path) -> None:
    python = newest_python()
    if python is None:
        pytest.skip("no Python 3.12 or 3.13 on this machine")
    # A venv of that Python without a pip of its own: this pip installs into it (`--python`
    # runs pip on that interpreter, so the dependencies are chosen for it), without byte-compiling.
    venv = tmp_path / "venv"
    subprocess.run([python, "-m", "venv", "--without-pip", str(venv)], check=True)
    install = ["install", "--quiet", "--no-compile", str(wheel)]
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), *install],
        check=True,
        capture_output=True,
    )
    assert run_briefing([str(venv / "bin" / "briefing")]).startswith("briefing ")
    assert run_briefing([str(venv / "bin" / "python"), "-m", "tui"]).startswith("briefing ")
    print(f"\nwheel checked on {subprocess.run([python, '--version'], capture_output=True, text=True).stdout.strip()}")
