"""PostgresIndex holds its parts (connections, updater, queries, a reader's side) rather than
inheriting mixins that share attributes through ``self`` (house style, issue 27)."""

from __future__ import annotations

import inspect

from tui.core.library.postgres import connections, loss, queries, reader, store, updating


def test_postgres_index_inherits_nothing() -> None:
    assert store.PostgresIndex.__bases__ == (object,)


def test_its_parts_are_plain_classes() -> None:
    parts = [
        connections.Connections,
        loss.Loss,
        queries.PostgresQueries,
        reader.ReaderSide,
        updating.PostgresUpdater,
    ]
    assert {part.__name__: part.__bases__ for part in parts} == {part.__name__: (object,) for part in parts}


def test_a_part_is_given_what_it_uses() -> None:
    """Each part takes the connections (or the loss) when made: none is an abstract stub."""
    for part in (queries.PostgresQueries, updating.PostgresUpdater, reader.ReaderSide):
        assert "connections" in inspect.signature(part).parameters
