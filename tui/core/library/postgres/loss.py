"""Whether a reader's server is lost, and its connections guarded: a question asked while the
server is away gets an empty answer, and the loss is said once (:meth:`Loss.take_news`)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, NamedTuple

from tui.core.library.postgres import schema
from tui.core.text.sanitize import one_line

if TYPE_CHECKING:
    from collections.abc import Callable

    import psycopg

    from tui.core.library.postgres.first_screen import Answers


class News(NamedTuple):
    """Something the reader says once: the server lost, or back (then the list is read again)."""

    text: str
    severity: str = "warning"
    relist: bool = False


class _Nothing:
    """The answer to a question asked while the server is away: no rows."""

    def __iter__(self) -> Any:
        return iter(())

    def fetchone(self) -> None:
        return None

    def fetchall(self) -> list[Any]:
        return []


NOTHING = _Nothing()


class Loss:
    """Whether the server is lost (``lost`` says why, "" when it is not), and what to say of it once."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.lost = ""  # why the server cannot be used now ("" when it can)
        self.state = threading.Lock()  # guards lost, the news and a ReaderSide's counts
        self._news: list[News] = []

    def lose(self, exc: BaseException) -> None:
        """A connection failed: said once, and every question answers nothing until reconnected."""
        with self.state:
            if not self.lost:
                self.lost = one_line(schema.describe(exc, self.url)) or "connection lost"
                self._news.append(News(f"The shared library cannot be reached: {self.lost}; reconnecting…"))

    def say(self, news: News) -> None:
        """To be said once (the caller holds ``state``)."""
        self._news.append(news)

    def pending(self) -> bool:
        """Whether there is news to say (the caller holds ``state``)."""
        return bool(self._news)

    def take_news(self) -> list[News]:
        """What to say, once: the server lost or back."""
        with self.state:
            news, self._news = self._news, []
        return news


class Guarded:
    """A reader's connection: a failure marks the library lost instead of raising (a search
    cancelled by a newer one still raises QueryCanceled, which the search expects).

    Started from a first screen's ``answers`` (first_screen.py), it has no connection yet: it
    answers from them until a question they do not hold, then connects (``opener``) and asks."""

    def __init__(
        self,
        owner: Loss,
        conn: psycopg.Connection[Any] | None,
        opener: Callable[[], psycopg.Connection[Any]] | None = None,
        answers: Answers | None = None,
    ) -> None:
        self.owner = owner
        self._conn = conn
        self.opener = opener
        self.answers = answers

    @property
    def conn(self) -> psycopg.Connection[Any]:
        if self._conn is None:
            assert self.opener is not None  # no connection is given only with an opener
            self._conn = self.opener()  # raises schema.Unavailable
        return self._conn

    @property
    def closed(self) -> bool:
        return self._conn is not None and bool(self._conn.closed)

    def execute(self, query: Any, params: Any = None) -> Any:
        if self.owner.lost:
            return NOTHING
        if self._conn is None and self.answers is not None:
            held = self.answers.answer(query, params)
            if held is not None:
                return held
        pg = schema.driver()
        try:
            return self.conn.execute(query, params)
        except pg.errors.QueryCanceled:
            raise
        except (pg.Error, schema.Unavailable) as exc:
            self.owner.lose(exc)
            return NOTHING

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()

    def cancel_safe(self) -> None:
        if self._conn is not None:
            self._conn.cancel_safe()
