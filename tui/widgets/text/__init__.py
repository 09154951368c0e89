"""The text pane: a briefing's blocks laid out and painted on Textual's line API."""
