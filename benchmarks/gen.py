"""Generated briefings for the benchmarks: valid, varied, and as large as asked."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "briefings" / "2015-11-05-belgrade-irregular-migration.md"

_PARAGRAPH = (
    "Participants from the OSCE, IOM and UNODC discussed *prevention*, **prosecution** and\n"
    "[co-operation](https://example.org) across borders, and the Interior Ministry reported progress.\n"
)
_QUOTE = (
    "> “The OSCE has a clear mandate on addressing irregular migration-related crimes in the\n"
    "> Western Balkans and we co-operate with our partners IOM and UNODC on this issue.”\n>\n> — Guy Vinet\n"
)


def header() -> str:
    return (
        SAMPLE.read_text(encoding="utf-8").split("\n---\n", 1)[0]
        + "\n---\n\n## Summary\n\nA long generated briefing.\n"
    )


def section(n: int) -> str:
    speaker = ("sahovic", "nikolic", "vinet")[n % 3]
    theme = ("osce-role", "cross-border", "criminal-justice", "smuggling", "trafficking", "protection")[n % 6]
    return (
        f'\n{{themes="cross-border"}}\n## Section {n}\n\n'
        '{themes="criminal-justice protection"}\n'
        f"{_PARAGRAPH}\n"
        f'{{#q{n} speaker={speaker} themes="{theme}"}}\n{_QUOTE}\n'
        "- smuggling networks adapt quickly\n- victims need assistance\n"
    )


def by_size(target_bytes: int) -> str:
    parts = [header()]
    size = len(parts[0])
    n = 0
    while size < target_bytes:
        n += 1
        parts.append(section(n))
        size += len(parts[-1])
    return "".join(parts)


def with_quotes(quotes: int) -> str:
    """A briefing with this many quotes (about 6.5 body lines each)."""
    return header() + "".join(section(n) for n in range(1, quotes + 1))


def compact(quotes: int) -> str:
    """About five body lines per quote: 50 quotes make a briefing of about 300 lines."""
    speakers = ("sahovic", "nikolic", "vinet")
    themes = ("osce-role", "cross-border", "criminal-justice", "smuggling", "trafficking", "protection")
    parts = [header()]
    for n in range(1, quotes + 1):
        parts.append(
            f'\n{{#q{n} speaker={speakers[n % 3]} themes="{themes[n % 6]}"}}\n'
            f"> “Quote number {n}: the OSCE, IOM and UNODC co-operate on this issue across borders.”\n\n"
            f"Paragraph {n} about the workshop in Belgrade and irregular migration.\n"
        )
    return "".join(parts)
