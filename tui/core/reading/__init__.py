"""Reading one briefing without a terminal: navigation, the outline and the saved places."""
