"""A fault in the importer's rules on one source of a batch is shown, and the others are drafted."""

from pathlib import Path

import pytest

from tui.core.importer import batch

GOOD = "Harbour reopens\n\n“We are open again,” said Mara Quill, the harbour master.\n"
BAD = "Council vote\n\n“The vote is close,” said Ivo Brand.\n"


def test_one_faulty_source_does_not_stop_the_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    real = batch.import_text

    def import_text(source, vocabulary, name, library):  # type: ignore[no-untyped-def]
        if "Ivo Brand" in " ".join(source.paragraphs):
            raise ValueError("substring not found")
        return real(source, vocabulary, name, library)

    monkeypatch.setattr(batch, "import_text", import_text)
    results = list(batch.import_many([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "out", None, False))
    by_source = {Path(r.source).name: r for r in results}
    assert "ValueError: substring not found" in by_source["a.txt"].error
    assert "fault in the importer" in batch.summary(by_source["a.txt"])
    assert by_source["b.txt"].error == ""
    assert [p.name for p in (tmp_path / "out").iterdir()] == [by_source["b.txt"].out.name]
