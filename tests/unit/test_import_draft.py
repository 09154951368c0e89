"""`briefing import` writes a clean draft: one `## Text`, roles as noun phrases, topic themes, a folder's vocabulary."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cli.main import main
from tui.core.files.loader import load_file
from tui.core.importer import import_text, read_source
from tui.core.importer.body import clean_role
from tui.core.importer.themes import GENERIC, folder_themes, propose

RELEASE = """Harbour towns get new flood barriers
PORTVIK, 3 May 2024 – Three harbour towns will get new flood barriers before the winter storms.
The flood barriers protect the old quays, where the storm surge reached the houses last year.
“The flood barriers are the first line of defence for our people,” said Mira Holt, head of the coastal agency.
People in the towns can see the plans at the harbour office. The storm surge season starts in October.
Members of the council said the flood barriers would be tested before the storm surge season.
"""


def test_the_draft_has_one_text_heading() -> None:
    markdown = import_text(read_source(RELEASE, ".txt")).markdown
    assert markdown.count("## Text") == 1 and markdown.count("## Summary") == 1


@pytest.mark.parametrize(
    ("role", "name", "want"),
    [
        ("Administrator of UNDP", "", "Administrator of UNDP"),
        ("who chairs the union's committee", "", ""),
        ("He was joined by the CEO", "", ""),
        ("said lead author of the study", "", "lead author of the study"),
        ("Director of the Port (left) Jon Berg", "", "Director of the Port"),
        ("Chief Executive Officer (CEO)", "", "Chief Executive Officer (CEO)"),
        ("a member of the Board. Mr. Berg stressed the plan", "", "a member of the Board"),
        ("Deputy Head of the Office in Ravna congratulated the officers", "", "Deputy Head of the Office in Ravna"),
        ("Berg will now join the team", "", ""),
        ("Commenting on the news Interim Head Coach", "", "Interim Head Coach"),
        ("Chief Inspector Lena Dahl", "Lena Dahl", "Chief Inspector"),
        ("President and Vice-Chancellor Professor", "", "President and Vice-Chancellor"),
        ("Dr Lena Dahl", "Lena Dahl", ""),
        ("carried out by", "", ""),
        ("the", "", ""),
        ("Professor", "", "Professor"),
        ("retired police officer", "", "retired police officer"),
        ("Minister for Housing and Planning", "", "Minister for Housing and Planning"),
    ],
)
def test_roles_are_noun_phrases(role: str, name: str, want: str) -> None:
    assert clean_role(role, name) == want


def test_a_clause_never_reaches_the_draft_as_a_role() -> None:
    text = "Union talks end\n“We have a deal at last,” said Ana Lima, who chairs the union’s wage committee.\n"
    result = import_text(read_source(text, ".txt"))
    [(person, _org)] = result.draft.speakers.values()
    assert person.role == "" and "who chairs" not in result.markdown.split("---")[1]


def test_proposed_themes_are_topic_phrases() -> None:
    themes = propose(RELEASE.split("\n")[1:], set(), title=RELEASE.split("\n")[0])
    labels = [t.label.lower() for t in themes]
    assert "flood barriers" in labels and "storm surge season" in labels
    assert not {w for label in labels for w in label.split()} & GENERIC


def test_the_draft_proposes_no_generic_word() -> None:
    result = import_text(read_source(RELEASE, ".txt"))
    assert result.draft.themes
    for theme in result.draft.themes:
        assert theme.label.lower() not in GENERIC and not theme.label.lower().endswith(("ly", "ed")), theme


def library_briefing(folder: Path, name: str, themes: str) -> None:
    (folder / name).write_text(f'---\ntitle: "Earlier"\nthemes:\n{themes}---\n\nText.\n', encoding="utf-8")


def test_the_folder_s_themes_come_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    library_briefing(tmp_path, "a.md", '  coast: "Coastal defence"\n  surge: {label: "Storm surge"}\n')
    library_briefing(tmp_path, "b.md", '  roads: "Road safety"\n')
    (tmp_path / "broken.md").write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
    source = tmp_path / "release.txt"
    source.write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "draft.md"
    assert main(["import", str(source), "-o", str(out)]) in (0, 1)
    briefing, _ = load_file(out)
    assert briefing is not None
    ids = [t.id for t in briefing.themes]
    assert ids[0] == "surge" and "roads" not in ids and "coast" not in ids  # only those the text names
    assert "storm-surge-season" not in ids  # no new theme shares a word with a folder's theme
    assert any(t.id == "surge" for q in briefing.quotes for t in briefing.themes if t.id in q.themes) or any(
        "surge" in b.themes for b in briefing.blocks
    )
    front = out.read_text(encoding="utf-8").split("---")[1]
    assert front.index("surge:") < front.index("# Themes proposed")


def test_folder_themes_are_bounded(tmp_path: Path) -> None:
    for n in range(5):
        library_briefing(tmp_path, f"{n}.md", f'  t{n}: "Theme {n}"\n')
    themes, problems = folder_themes(tmp_path, limit=3)
    assert [t.id for t in themes] == ["t0", "t1", "t2"] and not problems
