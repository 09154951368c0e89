"""Hostile config.toml and places.json: too deep, too big, too many keys, and links kept."""

from __future__ import annotations

import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from textual.app import App

from tests.conftest import ROOT
from tui.app import key_homes
from tui.cli.main import main
from tui.core.config import read_config, save_value
from tui.core.reading.places import Place, Places
from tui.keys import all_keys
from tui.settings import apply_config


def config_file(text: str) -> Path:
    path = Path(os.environ["BRIEFING_CONFIG"])
    path.write_text(text, encoding="utf-8")
    return path


def test_brackets_nested_too_deep_are_a_problem_with_their_place() -> None:
    path = config_file('theme = "nord"\nx = ' + "[" * 100_000)
    config = read_config()
    assert config.problems == (f"{path}:2:104: brackets or braces nested too deeply to read",)
    assert config.broken and config.keymap == {} and config.theme == ""  # the defaults


def test_the_command_line_says_so_instead_of_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    # In process (an exception would fail the test); test_the_command_says_so_from_its_own_process runs one.
    for text in ("x = " + "[" * 100_000, "x = " + "{b=" * 100_000):
        path = config_file(text)
        for args in ([], ["completion", "--themes"]):
            try:
                main(args)
                stop = ""
            except SystemExit as stopped:  # the interpreter prints its text on stderr
                stop = str(stopped.code)
            err = capsys.readouterr().err + stop
            assert f"{path}:1:" in err and "nested too deeply" in err, err


def test_the_command_says_so_from_its_own_process() -> None:
    path = config_file("x = " + "[" * 100_000)
    done = subprocess.run(
        [sys.executable, "-m", "tui"],  # the reader stops with SystemExit's text
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert "Traceback" not in done.stderr and "RecursionError" not in done.stderr
    assert f"{path}:1:" in done.stderr and "nested too deeply" in done.stderr, done.stderr


def test_a_huge_config_is_not_read() -> None:
    path = config_file("# " + "x" * (2 << 20) + '\ntheme = "nord"\n')
    config = read_config()
    assert config.theme == "" and config.broken and "too big" in config.problems[0]
    assert config.problems[0].startswith(f"{path}: ")


def keymap_config(count: int) -> Path:
    lines = "".join(f'"nowhere.id{n}" = "x"\n' for n in range(count))
    return config_file(f'theme = "nord"\n[keymap]\n"reader.next" = "z"\n{lines}"reader.nxt" = 5\n')


def test_many_unknown_binding_ids_are_said_once() -> None:
    count = 3_000
    path = keymap_config(count)
    config = read_config()
    assert config.keymap_lines["nowhere.id0"] == 4 and config.keymap_lines[f"nowhere.id{count - 1}"] == count + 3
    assert config.problems == (f"{path}:{count + 4}: keys for 'reader.nxt' must be text such as \"n,j\", not 5",)
    said = apply_config(App(), config, all_keys(key_homes()))
    assert len(said) == 2, said  # one line for all of the unknown ids
    assert said[1].startswith(f"{path}:4: {count:,} unknown binding ids: 'nowhere.id0' (line 4), ")
    assert said[1].endswith(f"and {count - 3:,} more (? lists the ids)")


def test_a_few_unknown_binding_ids_are_said_one_by_one() -> None:
    path = config_file('[keymap]\n"reader.nxt" = "z"\n"app.qiut" = "w"\n')
    said = apply_config(App(), read_config(), all_keys(key_homes()))
    assert said == [
        f"{path}:2: unknown binding id 'reader.nxt' (did you mean 'reader.next'?)",
        f"{path}:3: unknown binding id 'app.qiut' (did you mean 'app.quit'?)",
    ]


def test_many_bad_values_are_counted_after_the_first_ones() -> None:
    path = config_file("[keymap]\n" + "".join(f'"id{n}" = {n}\n' for n in range(500)))
    problems = read_config().problems
    assert len(problems) == 10 and problems[0].startswith(f"{path}:2: keys for 'id0'")
    assert problems[-1] == f"{path}: 491 more problems like these (not listed)"


def test_saving_through_a_link_writes_the_file_it_points_to(tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    target = dotfiles / "briefing.toml"
    target.write_text('# mine\ntheme = "nord"\n', encoding="utf-8")
    target.chmod(0o644)
    link = tmp_path / "config" / "config.toml"
    link.parent.mkdir()
    link.symlink_to(target)
    save_value(link, "theme", "textual-light")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text(encoding="utf-8") == '# mine\ntheme = "textual-light"\n'
    assert target.stat().st_mode & 0o777 == 0o644
    assert sorted(p.name for p in link.parent.iterdir()) == ["config.toml"]
    assert sorted(p.name for p in dotfiles.iterdir()) == ["briefing.toml"]  # no temporary file left


def test_a_huge_places_file_is_not_read_into_memory(tmp_path: Path) -> None:
    path = tmp_path / "places.json"
    with path.open("wb") as handle:
        handle.truncate(64 << 20)  # 64 MB (sparse: quick to make)
    tracemalloc.start()
    try:
        places = Places(path)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 << 20, peak
    assert places.files == {} and "too big" in places.problem and places.problem.startswith(f"{path}: ")
    assert path.stat().st_size == 64 << 20  # the user's file is left alone until a save replaces it


def test_places_are_saved_small_enough_to_be_read_back(tmp_path: Path) -> None:
    path = tmp_path / "places.json"
    places = Places(path)
    for n in range(500):
        places.remember(f"/{'long-folder-name/' * 200}{n}.md", Place("q", n, ("t",)), [tmp_path])
    assert places.save() == ""
    again = Places(path)
    assert again.problem == "" and 0 < len(again.files) < 500
    assert path.stat().st_size <= 1 << 20
