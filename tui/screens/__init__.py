"""The reader's screens: they present and navigate; state lives in tui.core."""
