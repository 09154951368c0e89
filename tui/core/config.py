"""``config.toml`` in the user config folder: read as untrusted input, every problem said
with its line, and the one value the reader writes back (the colour theme).

    library = "~/briefings"        # the folder `briefing` opens with no PATH
                                   # (or a shared library: "postgresql://host/db", see `briefing index`)
    theme = "textual-light"        # the colour theme (also saved when chosen in the palette)
    screenshots = "~/Pictures"     # where the palette's Screenshot saves

    [keymap]                       # binding id = keys (the ids: `?` lists them, docs/keys.md too)
    "reader.next" = "n,j"
"""

from __future__ import annotations

import difflib
import errno
import os
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from tui.core.files.atomic import write_new

KEYS = ("library", "theme", "screenshots", "keymap")
MOST_BYTES = 1 << 20  # a config file is a few lines: anything bigger is not read
MOST_PROBLEMS = 10  # said one by one; the rest in one line
DEEPEST = 100  # brackets or braces inside one another, for placing a "too deep" message


DATABASE_SCHEMES = ("postgresql://", "postgres://")


def is_database(value: str) -> bool:
    """Whether a ``library`` value names a shared library's database rather than a folder."""
    return value.startswith(DATABASE_SCHEMES)


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


@cache
def key_line() -> re.Pattern[str]:
    """A line that sets a key; compiled when a config file is read, not at every start."""
    return re.compile(r"""^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.-]+)\s*=""")


def key_lines(text: str) -> dict[tuple[str, str], int]:
    """(table, key) -> the first line that sets it, in one pass (for messages)."""
    lines: dict[tuple[str, str], int] = {}
    table = ""
    setting = key_line()
    for n, raw in enumerate(text.split("\n"), 1):
        header = re.match(r"^\s*\[([^\]]+)\]", raw)
        if header:
            table = header.group(1).strip()
            continue
        found = setting.match(raw)
        if found:
            key = found.group(1)
            if key[:1] in "\"'":
                key = key[1:-1]
            elif "." in key:
                lines.setdefault((table, key.split(".")[0]), n)  # a dotted key makes a table
            lines.setdefault((table, key), n)
    return lines


def shown(value: object, most: int = 60) -> str:
    """``repr(value)``, cut short: a message never carries a whole file."""
    text = repr(value)
    return text if len(text) <= most else text[: most - 1] + "…"


def too_deep(text: str, limit: int = DEEPEST) -> tuple[int, int] | None:
    """Where brackets or braces first nest ``limit`` deep (line, column), roughly: quotes and
    comments are skipped; for the message when the TOML reader gives up on the nesting."""
    depth, line = 0, 1
    start = 0  # where the line starts
    quote = ""
    comment = False
    for at, char in enumerate(text):
        if char == "\n":
            line, start, comment = line + 1, at + 1, False
            if quote == "'":
                quote = ""
        elif comment:
            continue
        elif quote:
            if char == quote and (quote == "'" or text[at - 1] != "\\"):
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "#":
            comment = True
        elif char in "[{":
            depth += 1
            if depth >= limit:
                return line, at - start + 1
        elif char in "]}":
            depth = max(0, depth - 1)
    return None


def read_config(path: Path | None = None) -> Config:
    path = config_path() if path is None else path
    if not path.is_file():
        return Config(path)
    import tomllib  # only when there is a config file to read

    try:
        with path.open("rb") as handle:
            raw = handle.read(MOST_BYTES + 1)
        if len(raw) > MOST_BYTES:
            why = f"over {MOST_BYTES >> 20} MB, too big for a config file"
            return Config(path, problems=(f"{path}: {why}",), broken=f"cannot read {path}: {why}")
        text = raw.decode("utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as exc:
        return Config(path, problems=(f"{path}: cannot read it: {exc}",), broken=f"cannot read {path}: {exc}")
    except tomllib.TOMLDecodeError as exc:
        return Config(path, problems=(f"{path}: {exc}",), broken=f"cannot read {path}: {exc}")
    except RecursionError:
        deep = too_deep(text)
        place = f"{path}:{deep[0]}:{deep[1]}" if deep else f"{path}"
        why = "brackets or braces nested too deeply to read"
        return Config(path, problems=(f"{place}: {why}",), broken=f"cannot read {place}: {why}")
    problems: list[str] = []
    where = key_lines(text)

    def say(key: str, message: str, table: str = "") -> None:
        problems.append(f"{path}:{where.get((table, key), 1)}: {message}")

    for key in data:
        if key not in KEYS:
            near = difflib.get_close_matches(key[:100], KEYS, n=1)
            say(key, f"unknown key {shown(key)}" + (f" (did you mean {near[0]!r}?)" if near else ""))
    values: dict[str, str] = {}
    for key in ("library", "theme", "screenshots"):
        value = data.get(key)
        if value is None:
            continue
        if isinstance(value, str):
            values[key] = value
        else:
            say(key, f"{key!r} must be text in quotes, not {shown(value)}")
    keymap: dict[str, str] = {}
    lines: dict[str, int] = {}
    table = data.get("keymap", {})
    if not isinstance(table, dict):
        say("keymap", '\'keymap\' must be a table: [keymap] then lines like "reader.next" = "n,j"')
        table = {}
    for binding, keys in table.items():
        if isinstance(keys, str) and keys.strip():
            keymap[binding] = keys
            lines[binding] = where.get(("keymap", binding), 1)
        else:
            say(binding, f'keys for {shown(binding)} must be text such as "n,j", not {shown(keys)}', "keymap")
    broken = next((p for p in problems if "'library' must" in p), "")
    return Config(
        path,
        keymap=keymap,
        keymap_lines=lines,
        theme_line=where.get(("", "theme"), 1),
        problems=summary(path, problems),
        broken=broken,
        **values,
    )


def summary(path: Path, problems: list[str]) -> tuple[str, ...]:
    """The first problems one by one, the rest counted in one more line."""
    if len(problems) <= MOST_PROBLEMS:
        return tuple(problems)
    more = len(problems) - MOST_PROBLEMS + 1
    return (*problems[: MOST_PROBLEMS - 1], f"{path}: {more:,} more problems like these (not listed)")


def save_value(path: Path, key: str, value: str) -> None:
    """Set a top-level ``key = "value"`` in the config file, keeping every other line (atomically;
    a link to the file is kept, and the file it points to is written)."""
    text = ""
    if path.is_file():
        with path.open("rb") as handle:
            raw = handle.read(MOST_BYTES + 1)
        if len(raw) > MOST_BYTES:
            raise OSError(errno.EFBIG, f"{path} is over {MOST_BYTES >> 20} MB, too big for a config file")
        try:
            text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
        except UnicodeDecodeError as exc:
            raise OSError(errno.EILSEQ, f"{path} is not UTF-8 text ({exc.reason}): left as it is") from exc
    lines = text.split("\n") if text else []
    quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for n, line in enumerate(lines):
        if line.lstrip().startswith("["):
            break  # past the top level: add it at the top instead
        if pattern.match(line):
            lines[n] = f"{key} = {quoted}"
            break
    else:
        lines.insert(0, f"{key} = {quoted}")
    path.parent.mkdir(parents=True, exist_ok=True)
    write_new(path, "\n".join(lines).rstrip("\n") + "\n", overwrite=True)
