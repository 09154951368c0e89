"""`briefing import`: the seed release, every source kind, the quality set, and safe writing."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tui.app import BriefingApp
from tui.cli.main import main
from tui.core.files.loader import load_file
from tui.core.importer import import_text, read_source, read_vocabulary

SEED_DIR = ROOT.parent / "shared" / "seed"
SEEDS = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []
needs_seed = pytest.mark.skipif(not SEEDS, reason="../shared/seed is not beside this checkout")


@needs_seed
def test_seed_release_becomes_a_clean_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.md"
    assert main(["import", str(SEEDS[0]), "-o", str(out)]) == 0
    assert "Found 3 quotes by 3 speakers" in capsys.readouterr().out
    assert main(["check", "--strict", str(out)]) == 0
    briefing, _ = load_file(out)
    assert briefing is not None
    # A quote interrupted by its cue is two blocks of one speaker: each speaker once, in order.
    speakers = [briefing.speaker_by_id[sid] for sid in dict.fromkeys(q.speaker for q in briefing.quotes)]
    assert [(s.honorific, s.name) for s in speakers] == [
        ("Ambassador", "Dejan Šahović"),
        ("", "Ljubomir Nikolić"),
        ("", "Guy Vinet"),
    ]
    assert (
        speakers[2].role == "Head of the Strategic Police Matters Unit at the OSCE’s Transnational Threats Department"
    )
    assert briefing.date is not None and briefing.date.isoformat() == "2015-11-05"
    assert briefing.location == "Belgrade"
    assert {"OSCE", "IOM", "UNODC"} <= {o.acronym for o in briefing.organizations}
    first, second = briefing.quotes[:2]
    assert first.text.endswith("particularly the Mediterranean Partners,")  # word for word: no "." added
    assert second.text.startswith("We initiated in Vienna") and second.speaker == first.speaker


@needs_seed
async def test_the_reader_shows_the_imported_quotes(tmp_path: Path) -> None:
    out = tmp_path / "x.md"
    assert main(["import", str(SEEDS[0]), "-o", str(out)]) == 0
    app = BriefingApp([out])
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        names = []
        for _ in range(len(screen.briefing.quotes)):  # type: ignore[attr-defined]
            await pilot.press("n")
            quote = screen.current_quote  # type: ignore[attr-defined]
            names.append(screen.briefing.speaker_name(quote.speaker))  # type: ignore[attr-defined]
        # Šahović's quote is interrupted by its cue: two blocks of his, then the others.
        assert list(dict.fromkeys(names)) == ["Ambassador Dejan Šahović", "Ljubomir Nikolić", "Guy Vinet"]


def test_refuses_to_overwrite_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "s.txt"
    source.write_text("A title\n“This is a quote with enough words,” said Ana Lima, a coordinator.\n", encoding="utf-8")
    out = tmp_path / "out.md"
    out.write_text("precious", encoding="utf-8")
    assert main(["import", str(source), "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "precious"
    assert "use --force" in capsys.readouterr().err
    assert main(["import", str(source), "-o", str(out), "--force"]) == 0
    assert "speaker=lima" in out.read_text(encoding="utf-8")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_stdin_without_output_goes_to_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(
        sys, "stdin", io.StringIO("Talks on Borders\n“We will meet again next month in Vienna,” said Ana Lima.\n")
    )
    assert main(["import", "-"]) == 0
    assert list(tmp_path.iterdir()) == []  # the draft went to stdout, not to talks-on-borders.md
    assert capsys.readouterr().out.startswith('---\ntitle: "Talks on Borders"')


def test_html_source_is_stripped_by_a_parser() -> None:
    html = """<html><head><title>ignored</title><script>alert("x")</script></head><body>
    <h1>Ministers &amp; experts meet</h1><p>The OSCE hosted the meeting.</p>
    <p>&ldquo;We agreed on the next steps for the region,&rdquo; said <b>Ana Lima</b>,
    a coordinator.</p></body></html>"""
    source = read_source(html, ".html")
    assert source.title == "Ministers & experts meet"
    assert all("alert" not in p for p in source.paragraphs)
    draft = import_text(source).draft
    assert [draft.speakers[s][0].name for _f, s in draft.quotes] == ["Ana Lima"]


def test_markdown_source() -> None:
    md = (
        "# Title here\n\nThe **OSCE** met.\n\n> ignored markup\n\n"
        "“Our work continues next year in the region,” said Ana Lima.\n"
    )
    source = read_source(md, ".md")
    assert source.title == "Title here"
    assert "The OSCE met." in source.paragraphs


def test_vocabulary_tags_quotes_and_paragraphs() -> None:
    vocabulary = read_vocabulary(
        "themes:\n  borders:\n    label: Borders\n    keywords: [border, frontier]\n  unused: Nothing here\n"
    )
    source = read_source(
        "T\nThe border was closed.\n“The frontier is open again for everyone,” said Ana Lima.\n", ".txt"
    )
    result = import_text(source, vocabulary)
    assert 'themes="borders"' in result.markdown
    assert "unused" not in result.markdown  # declared themes must all be used: the draft passes --strict
    assert not result.problems


def test_quality_on_the_annotated_cases() -> None:
    from benchmarks.import_eval import evaluate

    r = evaluate(verbose=False)
    assert r["cases"] >= 15
    assert r["quote_precision"] >= 0.95 and r["quote_recall"] >= 0.9
