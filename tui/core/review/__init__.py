"""Settling the quotes `briefing import` flagged: the edits and the session's undo stack."""
