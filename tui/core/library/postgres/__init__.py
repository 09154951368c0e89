"""The shared library on PostgreSQL: the same questions as the SQLite index, asked of a server.

Only this package imports psycopg, and only when a database is named (``--db``).
"""
