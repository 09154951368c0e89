"""The `briefing` command line: its parsers, one module per command, completion and progress."""
