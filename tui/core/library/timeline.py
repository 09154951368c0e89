"""The library view's timeline: quotes per month, or per year when that would be too many bars."""

from __future__ import annotations

from dataclasses import dataclass

MAX_MONTHS = 36  # a longer span is shown by year


@dataclass(frozen=True, slots=True)
class Bar:
    period: str  # "2016-03" or "2016": what the quotes pane filters on when the bar is chosen
    count: int


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def bars(month_counts: dict[str, int]) -> list[Bar]:
    """Every month from the first to the last (empty ones too, so gaps show), or every year."""
    valid = {m: n for m, n in month_counts.items() if len(m) == 7 and m[:4].isdigit() and "01" <= m[5:] <= "12"}
    if not valid:
        return []
    months = _months(min(valid), max(valid))
    if len(months) <= MAX_MONTHS:
        return [Bar(m, valid.get(m, 0)) for m in months]
    years: dict[str, int] = {}
    for m, n in valid.items():
        years[m[:4]] = years.get(m[:4], 0) + n
    return [Bar(str(y), years.get(str(y), 0)) for y in range(int(min(years)), int(max(years)) + 1)]
