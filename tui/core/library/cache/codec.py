"""The model as plain JSON data, for the model cache: nothing in a cache file can run code.

A cache file is untrusted (anyone who can write to the cache folder writes
it). It used to be a pickle, and a restricted unpickler still let a crafted
file build classes whose field names ``dataclasses`` executes. Here a cache
file is JSON, read by ``json.loads`` (which only builds dicts, lists, strings
and numbers), and the model is rebuilt from it by a fixed schema that checks
every value's type: a file that does not fit is a miss, never an object.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from tui.core.model import Block, Briefing, Loaded, Mark, Organization, Problem, Quote, Source, Speaker, Theme

Field = Callable[[Any], Any]


class CodecError(ValueError):
    """The data is not a model this version wrote."""


def _str(value: Any) -> str:
    if type(value) is not str:
        raise CodecError("expected a string")
    return value


def _int(value: Any) -> int:
    if type(value) is not int:
        raise CodecError("expected an integer")
    return value


def _bool(value: Any) -> bool:
    if type(value) is not bool:
        raise CodecError("expected a boolean")
    return value


def _severity(value: Any) -> str:
    if value not in ("error", "warning"):
        raise CodecError("expected a severity")
    return str(value)


def _date(value: Any) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(_str(value))
    except ValueError as exc:
        raise CodecError("expected a date") from exc


def _many(item: Field) -> Field:
    def convert(value: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise CodecError("expected a list")
        return tuple(item(v) for v in value)

    return convert


def _object(cls: type, fields: tuple[Field, ...]) -> Field:
    """A class stored as the list of its field values, in declaration order."""

    def convert(value: Any) -> Any:
        if type(value) is not list or len(value) != len(fields):
            raise CodecError(f"expected {cls.__name__}")
        return cls(*(f(v) for f, v in zip(fields, value, strict=True)))

    return convert


_strs, _ints = _many(_str), _many(_int)
_problem = _object(Problem, (_str, _int, _int, _severity, _str))
_source = _object(Source, (_str, _str, _str))
_speaker = _object(Speaker, (_str, _str, _int, _str, _str, _str, _strs, _ints))
_org = _object(Organization, (_str, _str, _int, _str, _strs, _ints, _strs, _str))
_theme = _object(Theme, (_str, _str, _int, _str, _strs, _ints))
_mark = _object(Mark, (_int, _int, _str, _str))
_block = _object(Block, (_str, _str, _int, _int, _int, _str, _many(_mark), _strs, _str, _str, _bool, _many(_strs)))
_quote = _object(Quote, (_str, _int, _str, _int, _int, _str, _strs, _str, _str))
_briefing = _object(
    Briefing,
    (
        _str,
        _str,
        _int,
        _date,
        _str,
        _str,
        _source,
        _strs,
        _strs,
        _many(_speaker),
        _many(_org),
        _many(_theme),
        _many(_quote),
        _many(_block),
        _many(_problem),
        _bool,
    ),
)
_problems = _many(_problem)


def _plain(value: Any) -> Any:
    """A model value as JSON data: records (named tuples, dataclasses) as lists of their fields."""
    if isinstance(value, str | int | bool) or value is None:
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    fields = value.__dataclass_fields__
    return [_plain(getattr(value, name)) for name in fields]


def dumps(stamp: list[Any], loaded: Loaded) -> bytes:
    """One cache entry: the file's stamp, its model (or null) and its problems."""
    briefing, problems = loaded
    data = [stamp, None if briefing is None else _plain(briefing), _plain(problems)]
    # Lone surrogates (from file names that are not UTF-8) survive the round trip.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def loads(raw: bytes, stamp: list[Any]) -> Loaded | None:
    """The entry's model if it was written for ``stamp``; None for another stamp.

    Raises CodecError for anything that is not an entry of this version.
    """
    try:
        data = json.loads(raw.decode("utf-8", "surrogatepass"))
    except (ValueError, RecursionError) as exc:
        raise CodecError("not JSON") from exc
    if type(data) is not list or len(data) != 3:
        raise CodecError("not a cache entry")
    if data[0] != stamp:
        return None
    briefing = None if data[1] is None else _briefing(data[1])
    return briefing, list(_problems(data[2]))
