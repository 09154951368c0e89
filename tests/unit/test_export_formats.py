"""Exports that are safe to open: JSON and JSON Lines against the published schema, CSV for
Excel (byte order mark, CRLF, formulas neutralised, read back), Markdown citations."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import ROOT
from tui.cli.main import main

SCHEMA = json.loads((ROOT / "docs" / "export.schema.json").read_text(encoding="utf-8"))
LIBRARY = ROOT / "briefings"

HOSTILE = """\
---
title: "=HYPERLINK(\\"http://evil.example\\",\\"click\\")"
date: 2024-01-02
source: {publisher: "+Agency", kind: "@note", url: "https://example.org/release"}
speakers:
  ann: {name: "-Ann Example", role: "=1+1", org: acme}
organizations:
  acme: {name: Acme, acronym: ACME}
themes:
  t: Theme
---

{speaker=ann themes="t"}
> “=SUM(A1:A9) <script>alert(1)</script> is not a formula.”
"""


def export(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["export", *args]) == 0
    return capsys.readouterr().out


def test_json_and_jsonl_follow_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(export([str(LIBRARY)], capsys))
    jsonschema.validate(data, SCHEMA)
    assert len(data) >= 24  # the whole sample library (its plain note aside)
    lines = export([str(LIBRARY), "--format", "jsonl"], capsys).splitlines()
    assert len(lines) == len(data)
    for line in lines:
        jsonschema.validate([json.loads(line)], SCHEMA)
    assert [json.loads(line) for line in lines] == data  # the same briefings, a line each


def test_the_schema_rejects_what_it_should() -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{"title": "no path"}], SCHEMA)


def test_csv_for_excel_has_a_bom_crlf_and_no_formulas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "hostile.md"
    path.write_text(HOSTILE, encoding="utf-8")
    assert main(["export", str(path), "-f", "csv", "--excel"]) == 0
    raw = capsys.readouterr().out
    data = raw.encode("utf-8")
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data and data.count(b"\n") == data.count(b"\r\n")
    rows = list(csv.reader(io.StringIO(raw.lstrip("\ufeff"))))
    assert rows[0][0] == "briefing"
    for cell in rows[1]:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert rows[1][0].startswith("'=HYPERLINK") and rows[1][2].startswith("'-Ann")
    plain = export([str(path), "-f", "csv"], capsys)
    assert not plain.startswith("\ufeff") and "\r\n" not in plain


def test_excel_goes_with_csv_only(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(LIBRARY), "--excel"]) == 2


def test_markdown_escapes_html_links_the_source_and_cites_without_repeating_the_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hostile.md"
    path.write_text(HOSTILE, encoding="utf-8")
    out = export([str(path), "-f", "markdown"], capsys)
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "[source](<https://example.org/release>)" in out and f"file `{path}`" in out
    sheet = export([str(LIBRARY / "2016-06-30-western-balkans-situation-report.md"), "-f", "markdown"], capsys)
    title = "Situation report: mixed migration"
    assert sheet.count(title) == 1  # the heading; the 14 citations name who said it and where
    assert sheet.count("> — ") == 14
