"""The library index: SQLite with FTS5, scanned in workers, updated incrementally."""
