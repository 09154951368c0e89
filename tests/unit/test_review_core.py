"""Review operations on a briefing's text (issue 25): accept, reassign, unquote, apply/restore, the queue."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from tui.cli.main import main
from tui.core.files.loader import load_file
from tui.core.format.parser import parse_text
from tui.core.model import Briefing, Problem
from tui.core.review.actions import (
    NewSpeaker,
    ReviewError,
    StaleFile,
    accept,
    apply,
    read_text,
    reassign,
    restore,
    review_queue,
    unquote,
)

TEXT = """---
title: Council meeting
date: 2021-03-04
speakers:
  petek:
    name: Anja Petek
    role: Chair of the Council
  kranjc:
    name: Marko Kranjc
    honorific: Dr
    role: Head of Mission
organizations:
  osce: {name: Organization for Security and Co-operation in Europe, acronym: OSCE}
themes:
  x: Ex
  y: Why
---

Anja Petek and Dr Kranjc of the OSCE met.

{#petek-2 speaker=petek themes="x y" review="attributed by pronoun (she said); runner-up: Marko Kranjc"}
> “We will act,
> together.”
>
> “And soon.”
>
> — Anja Petek, Chair of the
> Council

{#kranjc-1 speaker=kranjc themes="x"}
> “Yes.”
>
> — Dr Marko Kranjc, Head of Mission

{#petek-1 speaker=petek themes="y"}
> “Fine.”
>
> — Anja Petek
"""
ATTR = 21  # the attribute line of petek-2


def lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def changed(before: str, after: str, start: int, old: int, new: list[str]) -> None:
    """``after`` is ``before`` with its lines start..start+old-1 (1-based) replaced by ``new``, byte for byte."""
    b = lines(before)
    assert lines(after) == b[: start - 1] + new + b[start - 1 + old :]


def parsed(text: str) -> Briefing:
    briefing, _problems = parse_text(text.replace("\r\n", "\n").lstrip("\ufeff"), "t.md")
    assert briefing is not None
    return briefing


def problems(text: str) -> list[Problem]:
    return list(parsed(text).problems)


def others(b: Briefing, quote: str, shift: int = 0) -> tuple[object, ...]:
    """The model without one quote (and its blocks), lines shifted back by ``shift``."""
    quotes = tuple(dataclasses.replace(q, index=0, line=q.line - shift, end_line=q.end_line - shift) for q in b.quotes)
    blocks = tuple(x._replace(line=x.line - shift, end_line=x.end_line - shift) for x in b.blocks if x.quote != quote)
    return (tuple(q for q in quotes if q.id != quote), blocks, b.organizations, b.themes)


def test_accept_removes_only_the_review_attribute() -> None:
    after = accept(TEXT, "petek-2")
    changed(TEXT, after, ATTR, 1, ['{#petek-2 speaker=petek themes="x y"}\n'])
    b = parsed(after)
    assert b.quote_by_id["petek-2"].review == ""
    # check agrees before and after on everything but the settled quote.
    before = [p for p in problems(TEXT) if "review" not in p.message]
    assert problems(after) == before
    assert others(b, "petek-2") == others(parsed(TEXT), "petek-2")


def test_accept_with_review_first_and_alone() -> None:
    text = TEXT.replace('{#petek-2 speaker=petek themes="x y" review', "{review").replace(
        'runner-up: Marko Kranjc"}', 'runner-up: Marko Kranjc" #petek-2 speaker=petek}'
    )
    changed(text, accept(text, "petek-2"), ATTR, 1, ["{#petek-2 speaker=petek}\n"])


def test_accept_a_quote_without_review_or_an_unknown_id_is_refused() -> None:
    with pytest.raises(ReviewError, match="no review note"):
        accept(TEXT, "kranjc-1")
    with pytest.raises(ReviewError, match="no quote 'nope'"):
        accept(TEXT, "nope")
    with pytest.raises(ReviewError, match="no quote"):
        reassign(TEXT, "\x1b[31mnope", "kranjc")
    with pytest.raises(ReviewError, match="no speaker 'bob'"):
        reassign(TEXT, "petek-2", "bob")


def test_reassign_sets_speaker_and_rewrites_the_attribution() -> None:
    after = reassign(TEXT, "petek-2", "kranjc")
    b = lines(TEXT)
    expected = [
        *b[: ATTR - 1],
        '{#petek-2 speaker=kranjc themes="x y"}\n',
        *b[ATTR : ATTR + 5],
        "> — Dr Marko Kranjc, Head of Mission\n",
        *b[ATTR + 7 :],
    ]
    assert lines(after) == expected
    q = parsed(after).quote_by_id["petek-2"]
    assert (q.speaker, q.review, q.attribution) == ("kranjc", "", "— Dr Marko Kranjc, Head of Mission")
    before = [p for p in problems(TEXT) if "review" not in p.message]
    assert problems(after) == [p if p.line < ATTR + 6 else p._replace(line=p.line - 1) for p in before]
    assert not [p for p in problems(after) if "attribution line" in p.message]


def test_reassign_to_a_new_speaker_in_block_style() -> None:
    name = 'O\'Brien: "Jo" #1 {x} [y] *z* & - ? | > %'
    after = reassign(TEXT, "petek-2", "", NewSpeaker("obrien", name, role="Deputy: Chair, #2", org="OSCE"))
    b = parsed(after)
    s = b.speaker_by_id["obrien"]
    assert (s.name, s.role, s.org) == (" ".join(name.split()), "Deputy: Chair, #2", "osce")
    q = b.quote_by_id["petek-2"]
    assert q.speaker == "obrien" and q.attribution == f"— {s.name}, {s.role}"
    assert not [p for p in b.problems if p.severity == "error" or "attribution line" in p.message]
    new = [
        "  obrien:\n",
        '    name: "O\'Brien: \\"Jo\\" #1 {x} [y] *z* & - ? | > %"\n',
        '    role: "Deputy: Chair, #2"\n',
        "    org: osce\n",
    ]
    assert lines(after)[11:15] == new
    assert lines(after)[:11] == lines(TEXT)[:11]


def test_a_new_speakers_id_is_a_unique_slug() -> None:
    after = reassign(TEXT, "petek-2", "", NewSpeaker("Petek!", "Ana Petek"))
    assert "petek-2" in parsed(after).speaker_by_id
    after = reassign(TEXT, "petek-2", "", NewSpeaker("", "Ivan Horvát"))
    assert parsed(after).quote_by_id["petek-2"].speaker == "horvat"
    with pytest.raises(ReviewError, match="no organization"):
        reassign(TEXT, "petek-2", "", NewSpeaker("x", "X Y", org="nowhere"))
    with pytest.raises(ReviewError, match="needs a name"):
        reassign(TEXT, "petek-2", "", NewSpeaker("x", "\x1b[2J \n"))


def test_reassign_to_a_new_speaker_in_flow_style() -> None:
    text = TEXT.replace(
        "speakers:\n  petek:\n    name: Anja Petek\n    role: Chair of the Council\n"
        "  kranjc:\n    name: Marko Kranjc\n    honorific: Dr\n    role: Head of Mission\n",
        "speakers: {petek: {name: Anja Petek, role: Chair of the Council},\n"
        "  kranjc: {name: Marko Kranjc, honorific: Dr, role: Head of Mission}}  # people\n",
    )
    after = reassign(text, "petek-2", "", NewSpeaker("novak", "Jana Novak", role="Envoy"))
    b, at = lines(text), ATTR - 6
    assert lines(after) == [
        *b[:4],
        '  kranjc: {name: Marko Kranjc, honorific: Dr, role: Head of Mission}, novak: {name: "Jana Novak", '
        'role: "Envoy"}}  # people\n',
        *b[5 : at - 1],
        '{#petek-2 speaker=novak themes="x y"}\n',
        *b[at : at + 5],
        "> — Jana Novak, Envoy\n",
        *b[at + 7 :],
    ]
    assert parsed(after).speaker_by_id["novak"].role == "Envoy"


def test_reassign_without_speakers_adds_the_mapping() -> None:
    text = '---\ntitle: T\n---\n\nText.\n\n{#a review="no cue"}\n> “Hi.”\n'
    after = reassign(text, "a", "", NewSpeaker("", "Jana Novak"))
    assert (
        after
        == '---\ntitle: T\nspeakers:\n  novak:\n    name: "Jana Novak"\n---\n\nText.\n\n{#a speaker=novak}\n> “Hi.”\n'
    )


def test_a_quote_without_an_attribution_line_gets_none() -> None:
    text = TEXT.replace(">\n> — Anja Petek\n", "")
    after = reassign(text, "petek-1", "kranjc")
    changed(text, after, len(lines(text)) - 1, 1, ['{#petek-1 speaker=kranjc themes="y"}\n'])
    # A blockquote with no attribute line at all gets one.
    text = TEXT + "\n> “Anonymous.”\n"
    after = reassign(text, "q4", "petek")
    assert after == text.replace("\n> “Anonymous.”\n", "\n{speaker=petek}\n> “Anonymous.”\n")


def test_unquote_keeps_the_words_and_the_themes() -> None:
    after = unquote(TEXT, "petek-2")
    new = ['{themes="x y"}\n', "“We will act,\n", "together.”\n", "\n", '{themes="x y"}\n', "“And soon.”\n"]
    changed(TEXT, after, ATTR, 8, new)
    b = parsed(after)
    assert "petek-2" not in b.quote_by_id
    assert [x.text for x in b.blocks if x.line in (ATTR + 1, ATTR + 5)] == ["“We will act,\ntogether.”", "“And soon.”"]
    assert all(x.themes == ("x", "y") for x in b.blocks if x.line in (ATTR + 1, ATTR + 5))
    assert [p for p in problems(after)] == [
        p._replace(line=p.line - 2 if p.line > ATTR else p.line) for p in problems(TEXT) if "review" not in p.message
    ]
    assert others(b, "petek-2", -2)[0] == others(parsed(TEXT), "petek-2")[0]


def test_unquote_without_themes_drops_the_attribute_line() -> None:
    after = unquote(TEXT, "kranjc-1")
    changed(TEXT, after, ATTR + 9, 4, ['{themes="x"}\n', "“Yes.”\n"])
    text = TEXT.replace('{#petek-1 speaker=petek themes="y"}', "{#petek-1 speaker=petek}")
    after = unquote(text, "petek-1")
    assert after.endswith("> — Dr Marko Kranjc, Head of Mission\n\n“Fine.”\n")


def test_crlf_and_a_byte_order_mark_are_kept() -> None:
    text = "\ufeff" + TEXT.replace("\n", "\r\n")
    after = accept(text, "petek-2")
    assert after == "\ufeff" + accept(TEXT, "petek-2").replace("\n", "\r\n")
    after = reassign(text, "petek-2", "", NewSpeaker("", "Jana Novak"))
    assert after == "\ufeff" + reassign(TEXT, "petek-2", "", NewSpeaker("", "Jana Novak")).replace("\n", "\r\n")
    after = unquote(text, "petek-2")
    assert after == "\ufeff" + unquote(TEXT, "petek-2").replace("\n", "\r\n")
    # Mixed endings: each line keeps its own.
    mixed = TEXT.replace("together.”\n", "together.”\r\n")
    assert unquote(mixed, "petek-2") == unquote(TEXT, "petek-2").replace("together.”\n", "together.”\r\n")


def test_a_file_that_is_not_a_briefing_is_refused() -> None:
    with pytest.raises(ReviewError, match="no front matter"):
        accept("# Just Markdown\n\n> quote\n", "q1")


def write(path: Path, text: str) -> tuple[int, int]:
    path.write_bytes(text.encode("utf-8"))
    os.chmod(path, 0o640)
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns


def test_apply_writes_atomically_and_restore_undoes(tmp_path: Path) -> None:
    path = tmp_path / "b.md"
    write(path, TEXT)
    text, stamp = read_text(path)
    new_stamp = apply(path, stamp, accept, "petek-2")
    assert path.read_text(encoding="utf-8") == accept(TEXT, "petek-2")
    assert os.stat(path).st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["b.md"]
    back = restore(path, new_stamp, text)
    assert path.read_bytes() == TEXT.encode("utf-8")
    assert back == (os.stat(path).st_size, os.stat(path).st_mtime_ns)
    with pytest.raises(StaleFile):
        restore(path, new_stamp, text)  # the stamp is the undone one's


def test_a_file_changed_on_disk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "b.md"
    write(path, TEXT)
    _text, stamp = read_text(path)
    edited = TEXT.replace("met.", "met!")
    path.write_text(edited, encoding="utf-8")
    os.utime(path, ns=(stamp[1] + 10**9, stamp[1] + 10**9))
    with pytest.raises(StaleFile, match="changed on disk"):
        apply(path, stamp, reassign, "petek-2", "kranjc")
    assert path.read_text(encoding="utf-8") == edited
    with pytest.raises(ReviewError, match="cannot read"):
        apply(tmp_path / "gone.md", stamp, accept, "petek-2")


def test_the_queue_is_oldest_first_and_the_command_prints_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "b.md").write_text(TEXT, encoding="utf-8")
    older = TEXT.replace("2021-03-04", "2020-01-01").replace("(she said)", "\x1b]0;pwned\x07(she\tsaid)")
    (tmp_path / "a-new.md").write_text(older, encoding="utf-8")
    (tmp_path / "c.md").write_text(TEXT.replace("date: 2021-03-04\n", ""), encoding="utf-8")
    (tmp_path / "d-broken.md").write_bytes(b"\xff\xfe")
    loaded = [b for p in sorted(tmp_path.glob("[a-c]*.md")) if (b := load_file(p)[0]) is not None]
    assert [i.date for i in review_queue(loaded)] == ["2020-01-01", "2021-03-04", ""]
    assert main(["review", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{tmp_path / 'a-new.md'}:{ATTR + 1}: petek-2 petek — attributed by pronoun")
    assert "\x1b" not in "".join(out) and "pwned" not in out[0]
    assert out[1].startswith(f"{tmp_path / 'b.md'}:") and out[2].startswith(f"{tmp_path / 'c.md'}:")
    assert out[-1] == "3 quotes to review in 3 files"
    assert main(["review", str(tmp_path / "d-broken.md")]) == 1
