"""briefing: a terminal reader for Markdown briefings (quotes, speakers, organizations, themes)."""

__version__ = "0.1.0"
