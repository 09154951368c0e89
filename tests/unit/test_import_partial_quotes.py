"""Partial quotes woven into narrative and quotes over two paragraphs (issue 24 round 30, test21).
Invented releases in neighbouring forms."""

from __future__ import annotations

import pytest

from tests.support.importing import drafted

_LEAD = "News from the region\n\nThe council met on Monday.\n\n"


def _quotes(text: str) -> list[tuple[str, str]]:
    draft = drafted(_LEAD + text)
    return [(draft.speakers[sid][0].name, found.parts[0].strip()) for found, sid in draft.quotes]


_PILLAY = (
    "Navi Pillay delivered her first speech to the council in 2008.\n\n"
    "Urging support for the Office, Pillay said the stature of the Office “as an authoritative voice on human "
    "rights is attributable to its integrity.”\n\n"
)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Navi Pillay delivered her first speech to the council in 2008.\n\nAt the session, the Office "
            "reported on its work.\n\nUrging support for the Office, Pillay said the stature of the Office "
            "“as an authoritative voice on human rights is attributable to its integrity.”",
            "as an authoritative",
        ),
        (
            "Chidi Okafor opened the session.\n\nIn closing, Okafor said the plan was “a real step forward for "
            "every town in the region.”",
            "a real step",
        ),
        (
            _PILLAY + "Calls for inquiries had often been greeted with “stone-walling and denial”, she said.",
            "stone-walling",
        ),
        (_PILLAY + "Calls for inquiries had often been met with “open hostility”, she added.", "open hostility"),
        (_PILLAY + "Calls for inquiries had often been met with “open hostility”, Pillay added.", "open hostility"),
        (
            "Director General Dr Manu Tupou-Roosen, in her opening comments, spoke of the “adaptability and "
            "resilience” of members.",
            "adaptability",
        ),
        (
            "Mayor Jane Roe, at the launch, spoke of the “quiet courage” of the volunteers.",
            "quiet courage",
        ),
    ],
)
def test_partial_quote_in_narrative_is_its_subjects(text: str, start: str) -> None:
    found = _quotes(text)
    assert found, found
    assert found[-1][1].startswith(start), found
    assert {name for name, _ in found} <= {"Navi Pillay", "Chidi Okafor", "Manu Tupou-Roosen", "Jane Roe"}


@pytest.mark.parametrize(
    "text",
    [
        "“Improve the quality of life of people with better water and gas, are a sign of our commitment to "
        'the region", said Sergio Díaz-Granados, the executive president.',
        '“These seven loans are a sign of our commitment to the region", says Sergio Díaz-Granados.',
        '“These seven loans are a sign of our commitment to the region", added Sergio Díaz-Granados.',
    ],
)
def test_curly_open_straight_close_before_a_cue(text: str) -> None:
    assert [name for name, _ in _quotes(text)] == ["Sergio Díaz-Granados"]


@pytest.mark.parametrize(
    "text",
    [
        "As regards China, Landsbergis called on the members to consider trade in the “27+ 1” format.",
        "Under the theme “Sharing the Vision”, Secretary-General of the Caribbean Community (CARICOM), "
        "Mr. Edwin Carrington has highlighted key issues.",
    ],
)
def test_figures_and_themes_are_no_quotes(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("marks", "cue"),
    [
        ('""', "Masakadza said."),
        ('""', "Hamilton Masakadza added."),
        ("“”", "Hamilton Masakadza added."),
        ("“,”", "Masakadza said."),
    ],
)
def test_a_quote_left_open_goes_on_in_the_next_paragraph(marks: str, cue: str) -> None:
    text = (
        "Zimbabwe Cricket has named Sean Williams as Test captain, while Chamu Chibhabha will lead the one-day "
        "sides.\n\nIn a statement, the appointments, as recommended by director of cricket Hamilton Masakadza, "
        "were endorsed by the Board.\n\nSince his debut in 2005, Williams has established himself as a "
        "dependable all-rounder.\n\nChibhabha, who has played 103 ODIs since 2005, has come of age and will be "
        "expected to play an influential role.\n\n"
        f"{marks[0]}The role of captain is an honour and a responsibility which Sean and Chamu thoroughly "
        f"deserve.\n\n{marks[0]}I am delighted that they have accepted their new roles{marks[1:]} {cue}"
    )
    found = _quotes(text)
    assert len(found) == 1, found
    assert found[0][0] == "Hamilton Masakadza"
    assert found[0][1].startswith("The role of captain")


def test_an_open_quote_with_its_own_cue_is_not_joined() -> None:
    text = (
        "“I am proud to be opening this new station for the town. It will serve the whole county well. "
        "said Peter Stethridge, Chief Executive Cornwall County Council\n\n"
        "“This is a memorable celebration for the firefighters,” said Chief Fire Officer Mick Howell."
    )
    found = _quotes(text)
    assert ("Mick Howell", "This is a memorable celebration for the firefighters,") in found
    assert all(not (name == "Mick Howell" and part.startswith("I am proud")) for name, part in found), found


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        (  # single marks, a cue before in the sentence, the second phrase after "and accused … of"
            "Reading his letter aloud at the meeting, Cllr Jo Brandt said he felt ‘like a scolded pupil’ and "
            "accused Mr Voss of making ‘a cheap shot’ at members.",
            ["like a scolded pupil", "a cheap shot"],
        ),
        (  # single marks after ", who said"
            "The loudest was Cllr Jo Brandt, who said Mr Voss was trying to ‘teach manners’ to members.",
            ["teach manners"],
        ),
        (  # one word in single marks, the cue at the sentence's start
            "Cllr Jo Brandt spoke next.\n\nHe added that as 900 pieces ran each week, it was ‘impossible’ to read "
            "them all.",
            ["impossible"],
        ),
        ("Cllr Jo Brandt said the budget was “unworkable”.", ["unworkable"]),
        ("Cllr Jo Brandt branded the move “reckless” on Monday.", ["reckless"]),
        ("Cllr Jo Brandt accused the board of “bad faith” in the talks.", ["bad faith"]),
        ("Cllr Jo Brandt described the hall as the town’s “backbone” for years.", ["backbone"]),
    ],
)
def test_a_few_words_a_person_says_or_judges_are_a_quote(text: str, starts: list[str]) -> None:
    found = _quotes(text)
    assert [q for _, q in found] and all(name == "Jo Brandt" for name, _ in found), found
    assert all(any(q.startswith(s) for _, q in found) for s in starts), found


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Jo Brandt said the “Safe Streets” scheme would grow.",
        "Cllr Jo Brandt said the so-called ‘ghost’ buses would stop.",
        "Cllr Jo Brandt said the ‘Safe Streets’ scheme would grow.",
        "Cllr Jo Brandt said she liked the ‘open door’ policy.",
        "Cllr Jo Brandt was accused of “bad faith” in the talks.",
        "Cllr Jo Brandt branded the “Green Deal” a failure.",
        "Cllr Jo Brandt joined in 2001. The town’s ‘backbone’ was its hall.",
    ],
)
def test_terms_and_names_in_marks_stay_out_whoever_speaks(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (  # another subject and its verb of judging between the cue and the phrase: their words, not hers
            "Cllr Ada Brennick said tenants had described the toll as ‘a waste of money’ but the council "
            "would press on.",
            "a waste of money",
        ),
        (
            "Cllr Ada Brennick said critics had called the toll ‘a cash grab’ over the parking plan and said "
            "the row had become personal.",
            "a cash grab",
        ),
        (
            "Cllr Ada Brennick said a survey by the walkers’ club had labelled the path ‘the muddiest in the "
            "county’ but the figures were old.",
            "the muddiest",
        ),
        (  # a passive: someone else's words
            "Cllr Ada Brennick said the plan had been branded ‘a cash grab’ by critics.",
            "a cash grab",
        ),
    ],
)
def test_words_another_subject_says_between_cue_and_phrase_are_not_the_speakers(text: str, phrase: str) -> None:
    assert all(not (name == "Ada Brennick" and q.startswith(phrase)) for name, q in _quotes(text)), _quotes(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [  # "she"/"he" after the cue may be the speaker, and an auxiliary is no other subject: still hers
        ("Cllr Ada Brennick said she had called the plan ‘a mess’ from the start.", "a mess"),
        ("Cllr Ada Brennick said the toll, which she had described as ‘a tax on work’, would go.", "a tax on work"),
        ("Cllr Ada Brennick said the club had been ‘a lifeline’ for the town.", "a lifeline"),
    ],
)
def test_the_speakers_own_earlier_words_stay_hers(text: str, phrase: str) -> None:
    assert ("Ada Brennick", phrase) in _quotes(text), _quotes(text)


@pytest.mark.parametrize(
    "text",
    [  # a phrase in single marks that is the subject of its own clause: a term, not the speaker's words
        "Inspector Tomas Kerrow said officers had made 12 arrests. He said ‘stop and search’ had been used in "
        "a few cases.",
        "Inspector Tomas Kerrow said ‘park and ride’ would return in the spring.",
        "Inspector Tomas Kerrow said ‘late night shopping’ was popular again.",
    ],
)
def test_a_term_that_is_its_clauses_subject_is_no_quote(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize("when", ["yesterday", "today", "last night", "again", "this morning"])
def test_a_judged_word_before_a_time_adverb_stays_a_quote(when: str) -> None:
    found = _quotes(f"Opposition spokeswoman Rhona Quist called the ruling a “disgrace” {when}.")
    assert ("Rhona Quist", "disgrace") in found, found
