"""The briefing format: front matter, markdown-it plugins, the parser, the schema and the validator."""
