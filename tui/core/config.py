"""``config.toml`` in the user config folder: read as untrusted input, every problem said
with its line, and the one value the reader writes back (the colour theme).

    library = "~/briefings"        # the folder `briefing` opens with no PATH
    theme = "textual-light"        # the colour theme (also saved when chosen in the palette)
    screenshots = "~/Pictures"     # where the palette's Screenshot saves

    [keymap]                       # binding id = keys (the ids: `?` lists them, docs/keys.md too)
    "reader.next" = "n,j"
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .atomic import write_new

KEYS = ("library", "theme", "screenshots", "keymap")


def config_path() -> Path:
    override = os.environ.get("BRIEFING_CONFIG")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("briefing", appauthor=False)) / "config.toml"


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    library: str = ""
    theme: str = ""
    screenshots: str = ""
    keymap: dict[str, str] = field(default_factory=dict)
    keymap_lines: dict[str, int] = field(default_factory=dict)  # for messages about unknown ids
    theme_line: int = 1  # for a message about an unknown colour theme
    problems: tuple[str, ...] = ()  # "config.toml:3: …", each said to the user
    broken: str = ""  # why the library cannot be taken from this file (unreadable, bad TOML, bad value)

    def problem(self, line: int, message: str) -> str:
        return f"{self.path}:{line}: {message}"


def line_of(text: str, key: str, table: str = "") -> int:
    """The line that sets ``key`` (in ``[table]`` when given), for messages; 1 if not found."""
    in_table = ""
    pattern = re.compile(rf"""^\s*(?:"{re.escape(key)}"|'{re.escape(key)}'|{re.escape(key)})\s*=""")
    for n, raw in enumerate(text.split("\n"), 1):
        header = re.match(r"^\s*\[([^\]]+)\]", raw)
        if header:
            in_table = header.group(1).strip()
        elif in_table == table and pattern.match(raw):
            return n
    return 1


def read_config(path: Path | None = None) -> Config:
    path = config_path() if path is None else path
    if not path.is_file():
        return Config(path)
    import tomllib  # only when there is a config file to read

    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as exc:
        return Config(path, problems=(f"{path}: cannot read it: {exc}",), broken=f"cannot read {path}: {exc}")
    except tomllib.TOMLDecodeError as exc:
        return Config(path, problems=(f"{path}: {exc}",), broken=f"cannot read {path}: {exc}")
    problems: list[str] = []

    def say(key: str, message: str, table: str = "") -> None:
        problems.append(f"{path}:{line_of(text, key, table)}: {message}")

    for key in data:
        if key not in KEYS:
            near = difflib.get_close_matches(key, KEYS, n=1)
            say(key, f"unknown key {key!r}" + (f" (did you mean {near[0]!r}?)" if near else ""))
    values: dict[str, str] = {}
    for key in ("library", "theme", "screenshots"):
        value = data.get(key)
        if value is None:
            continue
        if isinstance(value, str):
            values[key] = value
        else:
            say(key, f"{key!r} must be text in quotes, not {value!r}")
    keymap: dict[str, str] = {}
    lines: dict[str, int] = {}
    table = data.get("keymap", {})
    if not isinstance(table, dict):
        say("keymap", '\'keymap\' must be a table: [keymap] then lines like "reader.next" = "n,j"')
        table = {}
    for binding, keys in table.items():
        if isinstance(keys, str) and keys.strip():
            keymap[binding] = keys
            lines[binding] = line_of(text, binding, "keymap")
        else:
            say(binding, f'keys for {binding!r} must be text such as "n,j", not {keys!r}', "keymap")
    broken = next((p for p in problems if "'library' must" in p), "")
    return Config(
        path,
        keymap=keymap,
        keymap_lines=lines,
        theme_line=line_of(text, "theme"),
        problems=tuple(problems),
        broken=broken,
        **values,
    )


def save_value(path: Path, key: str, value: str) -> None:
    """Set a top-level ``key = "value"`` in the config file, keeping every other line (atomically)."""
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    lines = text.split("\n") if text else []
    quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for n, raw in enumerate(lines):
        if raw.lstrip().startswith("["):
            break  # past the top level: add it at the top instead
        if pattern.match(raw):
            lines[n] = f"{key} = {quoted}"
            break
    else:
        lines.insert(0, f"{key} = {quoted}")
    path.parent.mkdir(parents=True, exist_ok=True)
    write_new(path, "\n".join(lines).rstrip("\n") + "\n", overwrite=True)
