"""Lists on Textual's line API: the reader's panes and the library's lists."""
