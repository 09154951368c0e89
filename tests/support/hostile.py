"""Hostile text for the safety tests: controls that must never be printed, and a briefing
that holds them in every kind of front matter value (decoded by YAML: the file holds none)."""

from __future__ import annotations

import re

# What must never be printed: C0 except tab and newline, DEL, C1, and the bidi controls.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

# YAML double-quoted escapes that decode to controls (the file itself holds none).
ESCAPES = [
    r"\e]0;PWNED\a",  # set the window title
    r"\e]52;c;cHduZWQ=\a",  # write the clipboard (OSC 52)
    r"\x1b[2J",
    r"\u001b[31m",
    r"\U0000001b[1m",
    r"\x9b2J",  # C1 CSI
    r"\x85",  # NEL
    r"\r",
    r"\b",
    r"\v",
    r"\f",
    r"\0",
    r"\x7f",
    r"\N",  # NEL again, YAML's own escape
    r"\u202e",  # right-to-left override
    r"\u2066",  # left-to-right isolate
]


def hostile(escape: str) -> str:
    """A briefing with ``escape`` in every kind of front matter value, and in keys (ids)."""
    return (
        "---\n"
        f'title: "Title {escape} end"\n'  # 2
        f'location: "Place {escape}"\n'  # 3
        f'date: "2020-01-0{escape}1"\n'  # 4
        f'tags: ["tag {escape}", plain]\n'  # 5
        f'source: {{publisher: "Pub {escape}", kind: "k", url: "https://x.org/{escape}"}}\n'  # 6
        "organizations:\n"  # 7
        f'  un: {{name: "United {escape} Nations", acronym: "UN{escape}", aliases: ["U {escape} N"]}}\n'  # 8
        "speakers:\n"  # 9
        f'  "ann{escape}": {{name: "Ann {escape} Lee", role: "Role {escape}", org: un}}\n'  # 10
        "themes:\n"  # 11
        f'  "t1{escape}": {{label: "Label {escape}", description: "About {escape}"}}\n'  # 12
        "---\n\n"
        "{speaker=ann themes=t1}\n"
        "> The [UN]{org=un} said so.\n"
    )
