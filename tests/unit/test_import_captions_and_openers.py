"""Speakers: a caption after a narrative quote paragraph, an opening phrase before the cue's name."""

from tui.core.format.parser import parse_text
from tui.core.importer import import_text, read_source


def _speakers(text: str) -> list[tuple[str, str]]:
    result = import_text(read_source(text, ".txt"), None, "x.txt")
    brief, _problems = parse_text(result.markdown, "x")
    names = {s.id: s.name for s in brief.speakers}
    return [(names.get(q.speaker, ""), q.text) for q in brief.quotes]


HEAD = "Prize day\n\nLISBON -- A prize was given today.\n\nAgency Director Tomasz Orvello opened the day.\n\n"


def test_caption_after_narrative_quote_is_no_cue() -> None:
    text = HEAD + (
        'Mr Orvello also praised the treaty. "The treaty was key to our work," he said. '
        '"For ten years now it has served the inventors."\n\n'
        "EU Commissioner Hilde Varenkamp\n\n"
        'Looking ahead the Agency Director welcomed the plan. "This will make access cheaper," he said.\n'
    )
    said = _speakers(text)
    assert said and all(name == "Tomasz Orvello" for name, _ in said), said


def test_name_line_after_quote_only_paragraph_still_names() -> None:
    text = (
        HEAD
        + '"The treaty was key to all of our work this year."\n\nEU Commissioner Hilde Varenkamp\n\nMore follows.\n'
    )
    assert [name for name, _ in _speakers(text)] == ["Hilde Varenkamp"]


def test_opening_phrase_before_the_name_is_no_speaker() -> None:
    text = (
        "Partners\n\nPUNE -- Two groups will work together.\n\n"
        "Speaking on this association, Ms. Anjali Varmavati, Country Head of Lotus Foundation said, "
        "“Working with such a firm is a great help to our foundation.”\n\nMore follows.\n"
    )
    assert [name for name, _ in _speakers(text)] == ["Anjali Varmavati"]


def test_commenting_phrase_with_title_before_name() -> None:
    text = (
        "Results\n\nOSLO -- The firm grew.\n\n"
        "Commenting on the results, Chief Executive Officer Brita Solheimsen said: "
        "“We are pleased with the year we have had.”\n\nMore follows.\n"
    )
    assert [name for name, _ in _speakers(text)] == ["Brita Solheimsen"]
