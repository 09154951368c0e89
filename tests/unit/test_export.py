"""`briefing export` in each format, and how filters combine."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tui.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["export", *args]) == 0
    return capsys.readouterr().out


def test_json_has_every_field(capsys: pytest.CaptureFixture[str], sample_path: Path) -> None:
    data = json.loads(run(capsys, str(sample_path), "--format", "json"))
    assert len(data) == 1
    b = data[0]
    for key in (
        "path",
        "title",
        "date",
        "location",
        "source",
        "summary",
        "speakers",
        "organizations",
        "themes",
        "quotes",
        "problems",
    ):
        assert key in b
    assert b["date"] == "2015-11-05"
    assert [q["speaker"] for q in b["quotes"]] == ["sahovic", "nikolic", "vinet"]
    assert set(b["quotes"][0]) >= {"id", "speaker", "text", "themes", "line"}
    osce = next(o for o in b["organizations"] if o["id"] == "osce")
    assert len(osce["mentions"]) >= 5
    assert all({"quotes", "paragraphs"} <= set(t) for t in b["themes"])


def test_csv_one_row_per_quote(capsys: pytest.CaptureFixture[str], sample_path: Path) -> None:
    rows = list(csv.reader(io.StringIO(run(capsys, str(sample_path), "--format", "csv"))))
    assert rows[0] == ["briefing", "date", "speaker", "role", "organization", "themes", "quote", "source"]
    assert len(rows) == 4
    assert rows[1][2] == "Ambassador Dejan Šahović"
    assert rows[3][4] == "TNTD"
    assert rows[1][7].endswith(".md:89")


def test_markdown_quote_sheet_has_citations(capsys: pytest.CaptureFixture[str], sample_path: Path) -> None:
    out = run(capsys, str(sample_path), "--format", "markdown", "--speaker", "vinet")
    assert out.startswith("# Quote sheet")
    assert "> “The OSCE has a clear mandate" in out
    assert "> — Guy Vinet, Head of the Strategic Police Matters Unit" in out
    assert "Šahović" not in out.split("## ", 1)[1].split("\n", 1)[1]


@pytest.mark.parametrize(
    ("args", "speakers"),
    [
        (["--theme", "osce-role"], ["sahovic", "vinet"]),
        (["--theme", "osce-role", "--theme", "criminal-justice"], ["sahovic", "nikolic", "vinet"]),
        (["--theme", "osce-role", "--speaker", "vinet"], ["vinet"]),
        (["--theme", "criminal-justice", "--speaker", "vinet"], []),
        (["--org", "serbia-interior"], ["nikolic"]),
        (["--speaker", "Guy Vinet"], ["vinet"]),
    ],
)
def test_filters_combine(
    capsys: pytest.CaptureFixture[str], sample_path: Path, args: list[str], speakers: list[str]
) -> None:
    data = json.loads(run(capsys, str(sample_path), *args))
    assert [q["speaker"] for b in data for q in b["quotes"]] == speakers


def test_export_across_a_library_folder(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    out = run(capsys, str(library_path), "--format", "csv", "--theme", "smuggling", "--speaker", "brandt")
    rows = list(csv.reader(io.StringIO(out)))[1:]
    assert [(r[2], r[4]) for r in rows] == [("Dr Jonas Brandt", "UNODC")]
    assert rows[0][7].endswith("2016-06-30-western-balkans-situation-report.md:177")
