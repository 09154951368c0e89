"""Work that must grow linearly with its input: time at n and at 2n, side by side.

A ratio near 2 is linear; near 4 is quadratic. Cases that were quadratic once:
- one long line with many organization mentions (line numbers were counted from
  the start of the block for each mention);
- `briefing import` of a release with many quotes (each quote's number was found
  by searching the list of quotes again);
- many organizations sharing a first word ("Ministry Z1", "Ministry Z2", …):
  each occurrence of the word was tried against every name; and the "did you
  mean" hint, which compared each unknown id with every declared one;
- `briefing import` of HTML nested n divs deep (the article finder walked up
  from each block: 4,000 deep took 237 s), and of unclosed or unmatched tags;
- front matter with many values nested past the depth limit, or with escapes
  that decode to control characters (each is reported);
- a `[keymap]` of many ids in config.toml (each id's line was searched for from
  the start of the file: 5,000 / 10,000 ids took 12.4 / 48.7 s);
- `briefing import` of many appositives (a capitalised run re-read from each
  start: 4,000 / 8,000 took 26.7 / 152 s) and of hard-wrapped text whose cues
  give only surnames.

    python benchmarks/scaling.py [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

from tui.core.format.parser import parse_text
from tui.core.importer import import_text, read_source
from tui.core.importer.dateline import dateline, inner_dateline
from tui.core.importer.orgs import find_orgs
from tui.core.importer.quotes import find_quotes
from tui.core.importer.sources import from_html

HEAD = """---
title: Scaling
date: 2020-01-02
organizations:
  acme: {name: Acme Agency, acronym: ACME}
---

"""


def long_line(mentions: int) -> Callable[[], object]:
    text = HEAD + " ".join("ACME met" for _ in range(mentions)) + "\n"
    return lambda: parse_text(text, "long.md")


def many_quotes(quotes: int) -> Callable[[], object]:
    paragraphs = [f'"We will act on item {n}," said Anna Weber, director of ACME.' for n in range(quotes)]
    raw = "Scaling release\n\n" + "\n\n".join(paragraphs) + "\n"
    source = read_source(raw, ".txt")
    return lambda: import_text(source, None, "out.md")


def deep_yaml(keys: int) -> Callable[[], object]:
    """``keys`` values each a flow list 40 deep (past the limit), and as many with escapes."""
    deep = "[" * 40 + "]" * 40
    text = "---\ntitle: T\n" + "".join(f"k{i}: {deep}\n" for i in range(keys))
    text += "".join(f'e{i}: "a\\e]0;x\\ab"\n' for i in range(keys)) + "---\n\nText.\n"
    return lambda: parse_text(text, "deep.md")


def keymap_ids(ids: int) -> Callable[[], object]:
    """config.toml with a [keymap] of ``ids`` unknown binding ids, read and applied."""
    from textual.app import App

    from tui.app import key_homes
    from tui.core.config import read_config
    from tui.keys import all_keys
    from tui.settings import apply_config

    path = Path(tempfile.mkdtemp()) / "config.toml"
    lines = "".join(f'"nowhere.id{n}" = "n,j"\n' for n in range(ids))
    path.write_text(f'theme = "nord"\n[keymap]\n{lines}', encoding="utf-8")
    app = App[None]()
    keys = all_keys(key_homes())  # the screens' modules, imported once (not timed)
    return lambda: apply_config(app, read_config(path), keys)


def _orgs(orgs: int) -> str:
    return "".join(f"  z{i}: Ministry Z{i}\n" for i in range(orgs))


def shared_first_word(orgs: int) -> Callable[[], object]:
    """n organizations "Ministry Z{i}" and "Ministry" 5n times in the text."""
    text = f"---\ntitle: M\norganizations:\n{_orgs(orgs)}---\n\n" + " ".join(["Ministry"] * (5 * orgs)) + "\n"
    return lambda: parse_text(text, "ministries.md")


def many_names_mentioned(orgs: int) -> Callable[[], object]:
    """n organizations sharing a first word, each mentioned once."""
    body = "".join(f"The Ministry Z{i} met.\n\n" for i in range(orgs))
    text = f"---\ntitle: M\norganizations:\n{_orgs(orgs)}---\n\n{body}"
    return lambda: parse_text(text, "ministries.md")


def many_speakers_unknown(speakers: int) -> Callable[[], object]:
    """n speakers and 300 references to unknown ones (each a "did you mean")."""
    declared = "".join(f"  s{i}: Jane Roe{i}\n" for i in range(speakers))
    body = "".join(f"{{speaker=s{i}x}}\nJane Roe{i} said [it]{{speaker=y{i}}}.\n\n" for i in range(300))
    text = f"---\ntitle: S\nspeakers:\n{declared}---\n\n{body}"
    return lambda: parse_text(text, "speakers.md")


def nested_html(depth: int) -> Callable[[], object]:
    """HTML nested ``depth`` divs deep, each with a few words."""
    html = "<div>word text " * depth + "</div>" * depth
    return lambda: from_html(html)


def unclosed_html(tags: int) -> Callable[[], object]:
    """``tags`` unclosed start tags and as many unmatched end tags."""
    html = "<h1>T</h1><p>Words.</p>" + "<b>" * tags + "</i>" * tags + "<a b='" * tags
    return lambda: from_html(html)


def appositive_chain(n: int) -> Callable[[], object]:
    """``n`` appositives whose first name is a body's: each read once more from its role, no more."""
    text = "\n\n".join(
        f"At the Annual Council, Ada K. Obi{k}, Head of the Rural Fund, said: \u201cWe met.\u201d" for k in range(n)
    )
    return lambda: import_text(read_source("Council\n\n" + text + "\n", ".txt"))


def _letters(i: int) -> str:
    return "".join(chr(ord("a") + int(d)) for d in str(i)).capitalize()


def wrapped_surname_cues(n: int) -> Callable[[], object]:
    """Text wrapped to 72 columns with no blank line: ``n`` quotes whose cue gives only a surname."""
    lines = ["Wrapped release"]
    for i in range(n):
        lines += textwrap.wrap(
            f"The plan was drawn up by engineer Mara Q{_letters(i)} of the harbour works. "
            f"\u201cThe quay will hold for fifty years and more,\u201d Q{_letters(i)} said.",
            72,
        )
    text = "\n".join(lines) + "\n"
    return lambda: import_text(read_source(text, ".txt"))


def org_boundaries(n: int) -> Callable[[], object]:
    """``n`` paragraphs of glued titles, legal forms and acronyms; long header and glued datelines."""
    paragraphs = [
        f"Tavira RLFC{k % 7} will not fill the role, said Chairman of Quarrow{k % 20} plc and the "
        f"University of Tavira{k % 20} Vice Chancellor Ana Reis. QX{k % 50} Quote, Inc. and "
        f"I/O Tek{k % 20} L.P. met at the Civic Centre. ACME PRIORITY GROUP Reports Results "
        f"as the National Harbour Pilots' Council named the T20 International squads."
        for k in range(n)
    ]
    head = "Press Release 12/2003 " * n + "Geneva, October 1, 2003"
    glued = "Results " * n + "DiscussedLISBON, Portugal, Nov. 17 /Acme Wire/ -- The board met."

    def run() -> object:
        inner_dateline(head)
        inner_dateline(glued)
        dateline("(" + "Acme " * n + ", Porto, Portugal) The board met.")
        return find_orgs(paragraphs)

    return run


def quote_marks(n: int) -> Callable[[], object]:
    """One paragraph of ``n`` sentences in every quote-mark style the importer reads, unclosed ones too."""
    pieces = [
        "\u2018\u2018We rebuilt the hall,\u2019\u2019 she said. ",
        "Mr. Lind noted that \u201d the pace is slow.\u201d ",
        'said A.B. "Buzz" Cole, Jr., chair. ',
        "\u201cOne part of it. \u201cAnother part here.\u201d ",
        "\u00bbJa, sicher,\u00ab sagte Eva Roth. ",
        "``Quite so,'' said Dr. Ng. ",
        "\u201cLeft open and ",
    ]
    text = "".join(pieces[i % len(pieces)] for i in range(n))
    return lambda: find_quotes(["Title", text])


def org_signals(n: int) -> Callable[[], object]:
    """``n`` paragraphs of names known only by the text's signals: kind nouns, lists, employers, web names."""
    paragraphs = [
        f"Mr Dole said wind farm developers Verrandis{k % 30} had agreed, and newspapers including; "
        f"The Lantern{k % 9}, The Courier and The Evening Post{k % 5} ran an Associated Tidings{k % 7} story. "
        f"Ursula Vane of Borexco{k % 40} and the Association des journaux regionaux (AJR) met at the "
        f"United Nations, said QJC{k % 50} Chief Justice Rowan Ellery. The Tavira Courier{k % 20} | "
        f"www.thetaviracourier{k % 20}.co.uk"
        for k in range(n)
    ]
    return lambda: find_orgs(paragraphs)


def company_wire(n: int) -> Callable[[], object]:
    """``n`` company paragraphs with tickers, issuer appositions, capitals headers and About headings."""
    paragraphs = []
    for i in range(n):
        w = "".join(chr(97 + (i // 26**k) % 26) for k in range(3))
        paragraphs.append(
            f"VILNA \u2013 March 3, 2009 \u2013 Q{w}ton Valve Works, Inc. (NASDAQ: Q{w.upper()}), a maker of "
            f"valves, tools, and carts, today announced a deal. Q{w}ton will grow. Q{w}ton said more."
        )
        paragraphs.append(f"ABOUT Q{w.upper()} AND ITS $9 A SHARE OFFER")
        paragraphs.append(f"About Q{w}ton Valve Works")
    text = "Acme Announces Deals\n\n" + "\n\n".join(paragraphs) + "\n"
    return lambda: import_text(read_source(text, ".txt"))


def ragged_lines(n: int) -> Callable[[], object]:
    """Plain text broken at no fixed width, lines starting in lower case, typewriter single quotes."""
    block = (
        "However, when branch manager Helen Strand approached local musician David Marsh about\n"
        "a concert for every service in town and the hall and the whole of the valley, he had a better idea.\n"
        "'We will play for nothing,\n"
        "whatever the night brings,' said David Marsh, who leads the band.\n"
    )
    text = "Volunteers Raise Funds\n" + block * n
    return lambda: import_text(read_source(text, ".txt"))


def org_cues(n: int) -> Callable[[], object]:
    """``n`` paragraphs of names with no org word, known by verbs, apposition, staff and plural acronyms."""
    paragraphs = [
        f"Brightpath{k % 50}, a global learning platform, and Tovenor{k % 40}’s strong network, "
        f"Warmhold{k % 30} is calling on the Government; Ana Reis, Director for Latin America at "
        f"Lanternwatch{k % 20}, the Small Coastal States (SCSs) and, a, b, c, d, e, f, g."
        for k in range(n)
    ]
    return lambda: find_orgs(paragraphs)


def org_schemes_and_leagues(n: int) -> Callable[[], object]:
    """``n`` paragraphs of funds and programmes (each checked for body verbs across the text) and teams of leagues."""
    paragraphs = []
    for i in range(n):
        w = "".join(chr(97 + (i // 26**k) % 26) for k in range(3))
        paragraphs.append(
            f"The Ministry of Rivers {w.title()} said money from the Marlow {w.title()} Restoration Fund "
            f"and the Youth {w.title()} Programme (YP{w.upper()}) would help. The Tarn {w.title()}ers of the "
            f"Coastal {w.title()} Hockey League have never hosted the cup. The Fund has warned of risks."
        )
    return lambda: find_orgs(paragraphs)


def dotted_organs(n: int) -> Callable[[], object]:
    """``n`` paragraphs of dotted abbreviations inside names, organs of named bodies and company pairs."""
    paragraphs = [
        f"The U.Va. Alumni Association {i} and the A.B. C.D. E.F. G.H. Coalition met. Vexal NV and Quillon "
        f"Biotech, Inc. signed. The VXA Council and the Orvena University Council {i} met the U.S. Q.R. T.K."
        for i in range(n)
    ]
    return lambda: find_orgs(paragraphs)


def org_shapes(n: int) -> Callable[[], object]:
    """``n`` paragraphs of bare acronyms checked against the text, glued clock times and media lines."""
    paragraphs = []
    for i in range(n):
        w = "".join(chr(65 + (i // 26**k) % 26) for k in range(3))
        paragraphs.append(
            f"The {w} said the plan works; the {w} board met. Tarn{w.lower()} City Council Media Release "
            f"follows at 4:00 PM The Vel{w.lower()} Commission met."
        )
    return lambda: find_orgs(paragraphs)


def org_governments_initials(n: int) -> Callable[[], object]:
    """``n`` paragraphs of lower-case governments that act and company names with middle initials."""
    paragraphs = [
        f"The Canadian government has met Walter J. Crane{i} Partners, L.P. and U.S. Lawn{i} Inc. in Corlin."
        for i in range(n)
    ]
    return lambda: find_orgs(paragraphs)


def org_defined_acronyms(n: int) -> Callable[[], object]:
    """``n`` paragraphs each spelling out a thing's name before its acronym in brackets."""
    paragraphs = [
        f"Acme Resource Estimate (“ARE”) number {i} was filed. The ARE covers the Upper Dell Mining Camp."
        for i in range(n)
    ]
    return lambda: find_orgs(paragraphs)


def org_spelled_initials(n: int) -> Callable[[], object]:
    """``n`` paragraphs each with a capitalised run and an acronym of its initials used once."""
    paragraphs = [f"Staff of Harbour Skills Bridge {i} met. In collaboration with HSB, work went on." for i in range(n)]
    return lambda: find_orgs(paragraphs)


def org_passing_organs(n: int) -> Callable[[], object]:
    """``n`` paragraphs each naming a different committee once, after "a member of the"."""
    words = ["Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Gum", "Hazel", "Ivy", "Juniper"]
    paragraphs = [
        f"Dr Ann Lee, a member of the {words[i % 10]} {words[i // 10 % 10]} Valley {words[i // 100 % 10]} "
        f"Review Committee, met the Harbour Valley Water Authority on day {i}."
        for i in range(n)
    ]
    return lambda: find_orgs(paragraphs)


def org_book_lookups(n: int) -> Callable[[], object]:
    """300 known organizations, then ``n`` lookups of names none of them has."""
    from tui.core.importer.org_book import OrgBook

    book = OrgBook()
    for i in range(300):
        book.add(f"Org {i:03d} Review Board")
    names = [f"Unknown Body {i} and Partners" for i in range(n)]
    return lambda: [book.find(name) for name in names]


def org_titled_surnames(n: int) -> Callable[[], object]:
    """``n`` paragraphs each with a "District Attorney <Surname>" span and the person's full name."""
    names = [f"Vant{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676 % 26)}os" for i in range(n)]
    paragraphs = [
        f"County District Attorney Eric {s} spoke. District Attorney {s} said the Harbour Board agreed." for s in names
    ]
    return lambda: find_orgs(paragraphs)


def org_glued_headings(n: int) -> Callable[[], object]:
    """``n`` headings "Department of <X> Studies" glued to the next sentence, each also standing
    alone, and two-word "… Branch" names."""
    words = [f"Marl{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676 % 26)}" for i in range(n)]
    paragraphs = [
        f"Interview with Jo Marsh, Department of {w} Studies Pell{w} is being sued. "
        f"Jo Marsh of the Department of {w} Studies, said so. Jo Marsh of {w} Branch agreed."
        for w in words
    ]
    return lambda: find_orgs(paragraphs)


def role_cue_no_holder(n: int) -> Callable[[], object]:
    """``n`` quotes cued only by a role ("stated the Mayor") that nobody in the text holds by name."""
    paragraphs = ["Council news", "Jo Roe met residents at the hall."]
    paragraphs += [f"“Point {i} matters to every family here,” stated the Mayor." for i in range(n)]
    source = read_source("\n\n".join(paragraphs) + "\n", ".txt")
    return lambda: import_text(source)


def org_acronyms_after_the(n: int) -> Callable[[], object]:
    """``n`` paragraphs, each with its own acronym after "the" and a lower-case phrase sharing its initials."""

    def acronym(i: int) -> str:
        return "".join("ABCDEFGHJKLMNPRSTUVWXYZ"[(i // 23**k) % 23] for k in range(3))

    paragraphs = [
        f"The group said the {acronym(i)} for years backed the bill, and {acronym(i)} staff agreed; "
        f"an able big case ran at {acronym(i)} offices in Ama."
        for i in range(n)
    ]
    return lambda: find_orgs(paragraphs)


def org_heads_amounts_glue(n: int) -> Callable[[], object]:
    """``n`` paragraphs with a lone head word, an acronym before an amount, a heading glued to the
    next word and a "Farm"/"Farms" pair."""
    heads = ["Media", "Council", "Chamber", "Fund", "Bank"]
    paragraphs = []
    for i in range(n):
        code = "".join(chr(65 + (i * 7 + k) % 26) for k in range(3))
        paragraphs.append(
            f"Issued by the Minister's {heads[i % 5]} Adviser on loan {i}: {code} {i} bln from Quarrow "
            f"Department of the HarbourFor release. Hollow {code.title()} Farms and Hollow {code.title()} Farm melons."
        )
    return lambda: find_orgs(paragraphs)


def org_deeds_and_written_months(n: int) -> Callable[[], object]:
    """``n`` paragraphs of "At X we", "X is marking", "X celebrated" and written months, and a
    slashed date that reads both ways."""
    from tui.core.importer.dateline import month_first

    months = ["January", "March", "May", "August", "October", "December"]
    paragraphs = ["Ann Hughes | 05/09/2007"]
    for i in range(n):
        code = "".join(chr(65 + (i * 7 + k) % 26) for k in range(3)).title()
        paragraphs.append(
            f"At {code} Relief we met on {months[i % 6]} {i % 28 + 1}. {code} Relief is marking the day, "
            f"and Hollow {code} Energy celebrated the opening of its plant {i}. The ward were celebrated with songs."
        )
    text = "\n".join(paragraphs)
    return lambda: (find_orgs(paragraphs), month_first(text))


def nested_quotes(n: int) -> Callable[[], object]:
    """One paragraph quoting a statement with ``n`` inner quotes in the same marks."""
    text = "Council backs plan\n\nMayor Ingrid Solberg said: “We heard " + "the plan called “a step” and then " * n
    source = read_source(text + "it ends.\n", ".txt")
    return lambda: import_text(source)


def timed(make: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        make()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"{'case':<44}{'n':>8}{'time n':>10}{'time 2n':>10}{'ratio':>8}")
    for name, case, n in (
        ("one line, n mentions", long_line, 40_000),
        ("import, n quotes", many_quotes, 2_000),
        ("n orgs sharing a first word, 5n times", shared_first_word, 2_000),
        ("n orgs sharing a first word, each named", many_names_mentioned, 10_000),
        ("n speakers, 300 unknown references", many_speakers_unknown, 10_000),
        ("import, HTML n divs deep", nested_html, 4_000),
        ("import, HTML n unclosed tags", unclosed_html, 20_000),
        ("front matter, n deep values + n escapes", deep_yaml, 1_000),
        ("config.toml, [keymap] of n ids", keymap_ids, 5_000),
        ("import, n appositives", appositive_chain, 1_000),
        ("import, wrapped text, n surname cues", wrapped_surname_cues, 1_500),
        ("import, n paragraphs of org boundaries", org_boundaries, 2_000),
        ("import, one paragraph of n quote-mark styles", quote_marks, 3_000),
        ("import, n paragraphs of org signals", org_signals, 800),
        ("import, n company paragraphs", company_wire, 600),
        ("import, ragged lines, n blocks", ragged_lines, 300),
        ("import, n paragraphs of org cues (no org word)", org_cues, 1_000),
        ("import, n paragraphs of funds and leagues", org_schemes_and_leagues, 400),
        ("import, n paragraphs of dotted names and organs", dotted_organs, 300),
        ("import, n paragraphs of org shapes (acronyms, glue)", org_shapes, 150),
        ("import, n paragraphs of governments and initials", org_governments_initials, 1_000),
        ("import, n paragraphs of defined acronyms", org_defined_acronyms, 2_000),
        ("import, n paragraphs of spelled initials", org_spelled_initials, 1_000),
        ("import, n paragraphs of committees named in passing", org_passing_organs, 200),
        ("300 orgs, n lookups of unknown names", org_book_lookups, 2_000),
        ("import, n titled surnames beside full names", org_titled_surnames, 200),
        ("import, n glued headings and two-word branches", org_glued_headings, 200),
        ("import, n quotes cued by a role nobody holds", role_cue_no_holder, 200),
        ('import, n acronyms after "the"', org_acronyms_after_the, 400),
        ("import, n head words, amounts, glued headings", org_heads_amounts_glue, 400),
        ("import, n deeds of bodies and written months", org_deeds_and_written_months, 400),
        ("import, one quote holding n inner quotes", nested_quotes, 2_000),
    ):
        small, large = timed(case(n), args.runs), timed(case(2 * n), args.runs)
        print(f"{name:<44}{n:>8,}{small:>9.2f}s{large:>9.2f}s{large / small:>8.2f}")


if __name__ == "__main__":
    main()
