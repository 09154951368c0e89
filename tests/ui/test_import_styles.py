"""`briefing import` on the layouts real releases use (our own texts, written in those styles):
right speakers, every inference flagged, nothing of the source lost, datelines read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import screen_text
from tui.cli.main import main
from tui.core.files.loader import load_file
from tui.core.format.parser import parse_text
from tui.core.importer import import_text, read_source
from tui.core.importer.dateline import date_line

# (name, text, [(quote start, speaker, flagged?)])
CASES = [
    (
        "surname-and-pronoun-after-introduction",
        """Chair and Secretary General close two field offices

VIENNA, 3 March 2023 – The Organization's Chairperson-in-Office, Estonian Foreign Minister Kaja Mets, and the
Secretary General, Anna Maria Weber, today thanked the staff of both offices.

“Both offices did work nobody else could do, often in hard conditions,” Chairperson Mets said.

“We will keep asking for the release of our colleagues,” she stressed.

Secretary General Weber added: “I am proud of what the teams achieved.”
""",
        [
            # A surname or a title with one holder is sure; so is a pronoun right after the
            # speaker's quote (its margin over the runner-up is wide).
            ("Both offices did work", "Kaja Mets", False),
            ("We will keep asking", "Kaja Mets", False),
            ("I am proud of what", "Anna Maria Weber", False),
        ],
    ),
    (
        "title-before-name-and-chief",
        """Agency head calls for joint action

Geneva - Agency Director General Tomas Lindqvist has called on governments to act together.

“Saving lives is the first step,” said the Agency chief, speaking in Bern. “Prosecuting the networks is the second.”
""",
        [("Saving lives is the first step", "Tomas Lindqvist", False)],
    ),
    (
        "honorifics-with-full-stops-and-initials",
        """Study links noise to sleep loss

OSLO, June 8, 2021 – Lead author Dr. Maria K. Solheim of the Institute of Public Health said the link was clear.

“Most people sleep worse near busy roads,” Solheim said in a statement.

"Quieter roads pay for themselves," said H.E. Ambassador Per O. Dahl, a member of the advisory board.
""",
        [
            ("Most people sleep worse", "Maria K. Solheim", False),
            # Short, and with no full stop: perhaps not a quote at all (the runner-up is nobody).
            ("Quieter roads pay for themselves", "Per O. Dahl", True),
        ],
    ),
    (
        "as-x-put-it-and-role-without-comma",
        """States mark the day against corruption

New York (USA), 9 December 2021 – States met online to mark the day.

As Marta Ruiz, Deputy Representative of the Office in New York, put it, “crises open doors to theft of public money.”

Commissioner Vidal, responsible for Justice said: “We will publish every contract of the recovery fund.”
""",
        [
            ("crises open doors to theft", "Marta Ruiz", False),
            ("We will publish every contract", "Vidal", True),
        ],
    ),
    (
        "pull-quote-and-quote-in-reported-speech",
        """Minister warns about online fraud

12 May 2022 - Interior Minister Jonas Berg has warned citizens about a wave of online fraud.

Mr. Berg said that fraudsters now copy the websites of banks and tax offices.

"Nobody from a bank will ever ask you for your password by phone or by e-mail."

He said the ministry had opened a hotline. “All of it is free, and all of it is anonymous.”
""",
        [
            ("Nobody from a bank will ever", "Jonas Berg", True),
            ("All of it is free", "Jonas Berg", True),
        ],
    ),
    (
        "two-speakers-one-paragraph-and-dash-attribution",
        """Court opens its doors to the public

BRUSSELS, 2 February 2024 – The court held its first open day.

“Justice must be seen to be done,” said Elena Marin, President of the Court, while Paul Ricard, a lawyer, said:
“Open doors build trust in the judges.”

“We will do it again next year”, - Elena Marin, President of the Court, noted.
""",
        [
            ("Justice must be seen to be done", "Elena Marin", False),
            ("Open doors build trust", "Paul Ricard", False),
            ("We will do it again", "Elena Marin", False),
        ],
    ),
    (
        "quote-over-two-paragraphs-and-scare-quotes",
        """Report on border checks published

The report, called “Border checks in practice”, was published on 4-5 November 2015 in Skopje.

“Checks work when officers share data in real time,” said Ana Petrova, author of the report.

“Where they do not, smugglers adapt within days and the routes move elsewhere.”
""",
        # A closed quote paragraph is a quote of its own: the same speaker, inferred, and not flagged when
        # nobody is named since the speaker's quote in the paragraph before (the press convention).
        [("Checks work when officers share", "Ana Petrova", False), ("Where they do not", "Ana Petrova", False)],
    ),
]


def found_quotes(text: str) -> tuple[list[tuple[str, str, bool]], str]:
    result = import_text(read_source(text, ".txt"))
    d = result.draft
    return [(f.text, d.speakers[sid][0].name, bool(f.review)) for f, sid in d.quotes], result.markdown


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_speakers_and_review_flags(name: str, text: str, expected: list[tuple[str, str, bool]]) -> None:
    found, _markdown = found_quotes(text)
    got = [(t, s, flagged) for t, s, flagged in found]
    assert len(got) == len(expected), got
    for (start, speaker, flagged), (text_, who, was_flagged) in zip(expected, got, strict=True):
        assert text_.lstrip("“").startswith(start) and who == speaker and was_flagged == flagged, (text_, who)


def _sentences(text: str) -> list[str]:
    body = text.split("\n", 1)[1]
    out = []
    for p in re.split(r"\n\s*\n", body):
        p = " ".join(p.split())
        if date_line(p):
            continue
        for piece in re.split(r"“[^“”]*”|\"[^\"]*\"", p):
            out += [s for s in re.split(r"(?<=[.!?])\s+", piece) if len(s.split()) >= 4]
    return out


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_nothing_of_the_source_is_lost(name: str, text: str, expected: object) -> None:
    _found, markdown = found_quotes(text)
    briefing, _ = parse_text(markdown, "draft.md")
    assert briefing is not None

    def words(s: str) -> str:
        return " ".join(re.findall(r"\w+", s.replace("\\", "").casefold()))

    draft = words(" ".join(b.text for b in briefing.blocks))
    credits = [set(words(b.text).split()) for b in briefing.blocks if b.kind == "attribution"]
    for sentence in _sentences(text):
        # Kept word for word, or a cue whose every name word stands in an attribution line.
        named = {w for w in words(sentence).split() if w[0].isalpha()} - {
            "said", "says", "added", "stressed", "noted", "put", "it", "as", "he", "she", "in", "a", "statement",
            "the", "and", "that", "of", "to", "while", "mr", "ms", "dr", "h", "e", "s",
        }  # fmt: skip
        assert words(sentence) in draft or any(named <= c for c in credits), sentence


def test_a_paragraph_with_a_quote_keeps_its_narrative_in_order() -> None:
    _found, markdown = found_quotes(CASES[4][1])
    body = markdown.split("## Text", 1)[1]
    first = body.index("He said the ministry had opened a hotline")
    quote = body.index("All of it is free")
    assert first < quote


def test_datelines_give_date_and_place_and_are_not_organizations() -> None:
    for text, date, place in [
        ("T\n\nVIENNA, 19 June 2019 – The OSCE met.", "2019-06-19", "Vienna"),
        ("T\n\nWARSAW/VIENNA, 31 October 2022 –The OSCE met.", "2022-10-31", "Warsaw/Vienna"),  # both cities
        ("T\n\nNew York (USA), 9 December 2020 – States met.", "2020-12-09", "New York"),
        ("T\n\nSPRINGFIELD, Ill., March 3, 2021 /Wire Service/ -- A firm said so.", "2021-03-03", "Springfield, Ill."),
        ("T\n\nBrussels, 12 July 2021\n\nThe Commission met.", "2021-07-12", "Brussels"),
        ("T\n\nStrasbourg, 01.08.2014 - I am concerned.", "2014-08-01", "Strasbourg"),
        ("T\n\nAFP, ISTANBUL, Turkey\n\nThe police said so.", None, "Istanbul, Turkey"),
        ("T\n\nA law of 1954 was cited by the ministry on 3 May 2020.", "2020-05-03", ""),
    ]:
        d = import_text(read_source(text, ".txt")).draft
        assert (d.date.isoformat() if d.date else None, d.location) == (date, place), text
        assert not {o.acronym for o in d.orgs.values()} & {"VIENNA", "WARSAW", "USA", "ISTANBUL", "SPRINGFIELD"}


def test_organizations_from_real_layouts() -> None:
    text = """Ministers meet on migration

The Ministry of Foreign Affairs met with the OSCE Permanent Council, the OSCE Secretariat and the Special \
Monitoring Mission to Ukraine. Human Rights International and the University of Leeds took part, as did the \
Russian Federation. The PTSD rate, the DG and the CEO were discussed.
"""
    d = import_text(read_source(text, ".txt")).draft
    names = {o.name for o in d.orgs.values()}
    assert {"Ministry of Foreign Affairs", "OSCE Secretariat", "Special Monitoring Mission to Ukraine"} <= names
    assert {"Human Rights International", "University of Leeds"} <= names
    assert not names & {"Russian Federation", "PTSD", "DG", "CEO"}
    # The OSCE's Permanent Council is its governing organ, no body of its own: its owner is listed.
    assert "Permanent Council" not in names
    assert "Organization for Security and Co-operation in Europe" in names
    result = import_text(read_source(text, ".txt"))
    briefing, problems = parse_text(result.markdown, "draft.md")
    assert briefing is not None and not [p for p in problems if p.severity == "error"]
    unit = next(o for o in d.orgs.values() if o.name == "OSCE Secretariat")
    assert unit.parent == "osce"  # a unit linked to its parent


def test_an_unknown_parent_organization_is_an_error() -> None:
    text = "---\ntitle: T\norganizations:\n  unit: {name: A Unit, parent: nosuch}\n---\n\nA Unit met.\n"
    _briefing, problems = parse_text(text, "x.md")
    assert [p.format() for p in problems if p.severity == "error"] == [
        "x.md:4:32: error: organization 'unit' names unknown parent organization 'nosuch'"
    ]


def test_check_warns_on_every_quote_to_review_and_strict_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "release.txt"
    source.write_text(CASES[2][1], encoding="utf-8")
    out = tmp_path / "draft.md"
    main(["import", str(source), "-o", str(out)])
    capsys.readouterr()
    assert main(["check", "--strict", str(out)]) == 1
    printed = capsys.readouterr().out
    assert printed.count("warning: quote attribution to review: attributed by") == 1  # the short one
    assert re.search(
        r"draft\.md:\d+:\d+: warning: quote attribution to review: attributed by full name \(said H\.E\. "
        r"Ambassador Per O\. Dahl, a member of the advisory board\); runner-up: Maria K\. Solheim",
        printed,
    )
    # Deleting the flags signs the quotes off.
    out.write_text(re.sub(r' review="[^"]*"', "", out.read_text(encoding="utf-8")), encoding="utf-8")
    assert main(["check", "--strict", str(out)]) == 0
    briefing, _ = load_file(out)
    assert briefing is not None and not any(q.review for q in briefing.quotes)


async def test_the_reader_marks_quotes_to_review(tmp_path: Path) -> None:
    from tui.app import BriefingApp

    source = tmp_path / "release.txt"
    source.write_text(CASES[2][1], encoding="utf-8")
    out = tmp_path / "draft.md"
    assert main(["import", str(source), "-o", str(out)]) == 0
    app = BriefingApp([out])
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("n", "n")  # the second quote: the short one, perhaps not a quote
        await pilot.pause()
        shown = screen_text(app)
        assert shown.count("? review") == 2  # in the text pane and in the quotes pane
        assert "? review: attributed by full name" in shown


PAGE = """<!doctype html><html><head><title>News | Agency</title><script>var x = "“Not a quote,” said Nobody";</script>
<style>p {{ color: red }}</style></head><body>
<div id="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies?</p>
<button>Accept</button></div>
<header><nav><ul><li>Home</li><li>News</li><li>About us</li></ul></nav></header>
{main}
<div class="related-articles"><h3>Related</h3><ul><li>Another release about something else entirely here</li></ul></div>
<footer><p>Contact: press@example.org, Agency for Examples, 1 Example Street.</p></footer>
</body></html>"""
ARTICLE = """<h1>Agency opens a regional office</h1>
<p class="date">VIENNA, 4 April 2022 –  The Agency opened a regional office in Skopje today.</p>
<p>&ldquo;The office brings our experts closer to the courts that need them,&rdquo; said Lena Hoff,
Director of the Agency.</p>
<div class="share-links"><a>Share on social media</a><a>Print</a></div>
<p>The office will train prosecutors and judges from five countries over the next two years.</p>"""


@pytest.mark.parametrize(
    "main", [f"<main><article>{ARTICLE}</article></main>", f"<div class='c'><div>{ARTICLE}</div></div>"]
)
def test_html_keeps_only_the_article(main: str) -> None:
    source = read_source(PAGE.format(main=main), ".html")
    assert source.title == "Agency opens a regional office"
    text = " ".join(source.paragraphs)
    assert source.paragraphs[0].startswith("VIENNA, 4 April 2022")
    assert "The office will train prosecutors" in text and "said Lena Hoff" in text
    for junk in ("cookies", "Home", "Related", "Another release", "Share on", "press@example.org", "Not a quote"):
        assert junk not in text, junk
    d = import_text(source).draft
    assert [d.speakers[sid][0].name for _f, sid in d.quotes] == ["Lena Hoff"]
    assert d.location == "Vienna" and d.date is not None and d.date.isoformat() == "2022-04-04"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Agency news</title><link>https://example.org/</link>
<item><title>Agency opens a regional office</title><link>https://example.org/news/1</link>
<pubDate>Mon, 04 Apr 2022 09:00:00 GMT</pubDate>
<description>&lt;p&gt;The Agency opened an office in Skopje.&lt;/p&gt;&lt;p&gt;&amp;ldquo;The office brings our experts
closer to the courts,&amp;rdquo; said Lena Hoff, Director of the Agency.&lt;/p&gt;</description></item>
<item><title>Training for judges ends</title><link>https://example.org/news/2</link>
<pubDate>Tue, 05 Apr 2022 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Forty judges completed a course on digital evidence in Tirana.&lt;/p&gt;</description></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ministry</title><id>urn:x</id><updated>2023-01-02T00:00:00Z</updated>
<entry><title>Minister visits border post</title><id>urn:1</id><updated>2023-01-02T10:00:00Z</updated>
<link href="https://example.org/a"/>
<content type="html">&lt;p&gt;“We need more officers here,” said Minister Ana Kovač.&lt;/p&gt;</content>
</entry></feed>"""


def test_many_sources_and_feeds_to_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "feed.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "feed.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "release.txt").write_text(CASES[0][1], encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe not text")
    out = tmp_path / "drafts"
    code = main(["import", *(str(tmp_path / n) for n in ("feed.rss", "feed.atom", "release.txt", "broken.txt")),
                 "-o", f"{out}/"])  # fmt: skip
    printed = capsys.readouterr()
    assert code == 1  # one source failed, the others imported
    assert "broken.txt: not UTF-8" in printed.err
    assert "4 drafts written, 1 failed, 1 quotes to review" in printed.out
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "2022-04-04-agency-opens-a-regional-office.md",
        "2022-04-05-training-for-judges-ends.md",
        "2023-01-02-minister-visits-border-post.md",
        "2023-03-03-chair-and-secretary-general-close-two-field-offices.md",
    ]
    briefing, _ = load_file(out / names[0])
    assert briefing is not None and briefing.source.url == "https://example.org/news/1"
    assert [briefing.speaker_name(q.speaker) for q in briefing.quotes] == ["Lena Hoff"]
    minister, _ = load_file(out / names[2])
    assert minister is not None and minister.speaker_name(minister.quotes[0].speaker) == "Minister Ana Kovač"
    # Again: nothing is overwritten without --force, and each refusal is said.
    assert main(["import", str(tmp_path / "feed.rss"), "-o", str(out)]) == 1
    assert capsys.readouterr().err.count("exists; use --force to overwrite it") == 2
    assert main(["import", str(tmp_path / "feed.rss"), "-o", str(out), "--force"]) == 0
