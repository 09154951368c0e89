"""`check` warns where a quote's attribution line disagrees with its speaker= (issue 25)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cli.main import main
from tui.core.files.loader import load_file, load_paths
from tui.core.format.parser import parse_text
from tui.core.model import Problem

HEAD = """---
title: Council meeting
date: 2021-03-04
speakers:
  petek:
    name: Anja Petek
    role: Chair of the Council
  kranjc:
    name: Marko Kranjč
    honorific: Dr
    role: Head of Mission
    org: osce
organizations:
  osce: {name: Organization for Security and Co-operation in Europe, acronym: OSCE}
---

Anja Petek and Marko Kranjč of the OSCE met.

"""


def problems_of(body: str) -> list[Problem]:
    _briefing, problems = parse_text(HEAD + body, "c.md")
    return problems


def disagreements(body: str) -> list[Problem]:
    return [p for p in problems_of(body) if "attribution line" in p.message]


def quote(attrs: str, attribution: str) -> str:
    return f"{{{attrs}}}\n> “We act.”\n>\n> {attribution}\n\n{{speaker=petek}}\n> “Ok.”\n"


ATTRIBUTION_LINE = HEAD.count("\n") + 4


def test_the_issue_example_names_both() -> None:
    # The speaker was changed to kranjc; the attribution line still reads Anja Petek.
    found = disagreements(quote("#q1 speaker=kranjc", "— Anja Petek, who chairs the Council"))
    assert len(found) == 1
    p = found[0]
    assert (p.line, p.col, p.severity) == (ATTRIBUTION_LINE, 5, "warning")
    assert "Anja Petek" in p.message and "Marko Kranjč" in p.message and "speaker=kranjc" in p.message
    assert "(speaker 'petek')" in p.message


def test_an_undeclared_name_is_said() -> None:
    (p,) = disagreements(quote("speaker=kranjc", "— Ivan Horvat, Head of Mission"))
    assert "Ivan Horvat" in p.message and "not a declared speaker" in p.message and "Marko Kranjč" in p.message
    (p,) = disagreements(quote("", "— Ivan Horvat"))  # no speaker= at all
    assert "Ivan Horvat" in p.message and "not a declared speaker" in p.message


@pytest.mark.parametrize(
    "attribution",
    [
        "— Dr Marko Kranjč, Head of Mission",
        "— Marko Kranjč",
        "— MARKO KRANJC, head of mission",  # case and diacritics aside
        "— Kranjč",  # the surname alone
        "— Ambassador Kranjc",  # a title before the surname
        "— Marko Kranjč, OSCE",  # the organization as the role
        "— Marko Kranjč, Head of the OSCE Mission",
        "-- Dr. Marko Kranjč (OSCE), Head of Mission",
    ],
)
def test_agreeing_attributions_are_quiet(attribution: str) -> None:
    assert disagreements(quote("speaker=kranjc", attribution)) == []


def test_a_surname_with_another_first_name_is_someone_else() -> None:
    (p,) = disagreements(quote("speaker=kranjc", "— Petra Kranjč"))
    assert "Petra Kranjč" in p.message


def test_another_role_names_both_roles() -> None:
    (p,) = disagreements(quote("speaker=kranjc", "— Marko Kranjč, Secretary General"))
    assert "Secretary General" in p.message and "Head of Mission" in p.message and "kranjc" in p.message


def test_the_sample_library_agrees(library_path: Path) -> None:
    result = load_paths([library_path])
    assert [p for p in result.problems if "attribution line" in p.message] == []


def test_check_prints_path_line_col(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.md"
    path.write_text(HEAD + quote("#q1 speaker=kranjc", "— Anja Petek, who chairs the Council"), encoding="utf-8")
    assert main(["check", "--strict", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:{ATTRIBUTION_LINE}:5: warning: attribution line names 'Anja Petek'" in out
    _briefing, problems = load_file(path)
    assert any("Marko Kranjč" in p.message for p in problems)


def test_a_huge_attribution_line_is_read_once() -> None:
    # Names in messages are cut; the check is linear in the line.
    body = quote("speaker=kranjc", "— " + "Anja " * 100_000 + "Petek")
    (p,) = disagreements(body)
    assert len(p.message) < 300
