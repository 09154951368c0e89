"""Round 34 (issue 24): a name with a surname word ("Stephen Park") before ", saying:"; a cue verb
"expressed" before a quote whose next cue opens the next quote; "He" after "said Kelly Everitt."
fixes Kelly's pronoun; "John said" after "John Gerrard"; an office as the only speaker; a name and
role with no verb after a quote; "said NTU Provost, Professor Jo Roe"; "branded it as “dangerous”".
Invented releases."""

from __future__ import annotations

import pytest

from tui.core.importer import import_text, read_source


def quotes(text: str) -> list[tuple[str, str, str]]:
    d = import_text(read_source(text, ".txt")).draft
    return [(d.speakers[sid][0].name, found.review, found.text[:20]) for found, sid in d.quotes]


@pytest.mark.parametrize(
    ("name", "between"),
    [
        ("Stephen Park", ", Team Leader for the Sailing,"),
        ("Rachel Hall", ", a coach at the club,"),
        ("Stephen Park", ""),
    ],
)
def test_a_surname_word_name_before_saying_colon_speaks_next_paragraph(name: str, between: str) -> None:
    text = (
        "New chief named\n\n"
        "The board named a new chief on Monday. The choice was well received by athletes "
        f"with {name}{between} saying:\n\n"
        "“These are exciting and important times for the movement and the team.”\n\n"
        "Chairman of the Board Keith Labrie said: “We are pleased with the result.”\n"
    )
    assert [n for n, _, _ in quotes(text)] == [name, "Keith Labrie"]


@pytest.mark.parametrize("verb", ["expressed excitement,", "expressed delight,", "expresses thanks,"])
def test_expressed_before_a_quote_is_its_cue(verb: str) -> None:
    text = (
        "Boards agree to merge\n\n"
        f"Percy Thibeault, Chairman of the Acadia Board, {verb} “We are very pleased that the two "
        "Boards have negotiated a favorable agreement.” Chairman of the Other Board, Keith Labrie, added, "
        "“We are pleased to announce the decision.”\n"
    )
    assert [n for n, _, _ in quotes(text)] == ["Percy Thibeault", "Keith Labrie"]


@pytest.mark.parametrize("given", ["Kelly", "Robin", "Jody"])
def test_he_after_said_full_name_gives_that_person_his_pronoun(given: str) -> None:
    text = (
        "Library expansion begins\n\n"
        '"It has been a long journey," said City Council President Tom Rist as he greeted the crowd.\n\n'
        f'"Today we celebrate the third library in the city," said {given} Everitt, chairman of the '
        "library board. He expressed appreciation for the many people who made it possible.\n\n"
        '"One of the first buildings erected here was a library," said Everitt.\n\n'
        '"It says something about our community that so many people gave," he said.\n'
    )
    found = quotes(text)
    assert [n for n, _, _ in found] == ["Tom Rist", f"{given} Everitt", f"{given} Everitt", f"{given} Everitt"]


@pytest.mark.parametrize("body", ["Trustees", "the Trustees", "Governors"])
def test_a_given_name_cue_is_the_person_of_that_given_name(body: str) -> None:
    text = (
        "Centre receives legacy\n\n"
        f"Press Release The Centre has received a surprise legacy. Chairman of {body} John Gerrard, said: "
        "“This came as a complete, but lovely surprise.” The money was left by a local benefactor. "
        "John said: “We are not able to divulge the name of the benefactor.” The funding will cease in April. "
        "John said: “We are very lucky indeed to have loyal supporters.” Visit St John Hall for more.\n"
    )
    assert [n for n, _, _ in quotes(text)] == ["John Gerrard"] * 3


@pytest.mark.parametrize(
    ("role", "later"),
    [
        ("Commissioner of Police", "The Commissioner"),
        ("Director of Public Prosecutions", "The Director"),
        ("Minister of Health", "The Minister"),
    ],
)
def test_an_office_speaks_when_no_person_is_named(role: str, later: str) -> None:
    text = (
        "Community intelligence is key\n\n"
        f"Monday, May 30 – The {role} believes the answer to catching the intruders lies with the community.\n\n"
        "“Someone knows who the youngsters are who committed this offence,” he noted.\n\n"
        f"{later} emphasized the partnership. “It should always be police partnering with communities,” he said.\n"
    )
    found = quotes(text)
    assert [n for n, _, _ in found] == [role, role]
    assert all(review for _, review, _ in found)  # an office, not a person: always flagged


def test_an_office_does_not_speak_when_a_person_is_named() -> None:
    text = (
        "Community intelligence is key\n\n"
        "The Commissioner of Police believes the answer lies with the community.\n\n"
        "Inspector Jane Roe leads the inquiry.\n\n"
        "“Someone knows who the youngsters are,” she noted.\n"
    )
    assert [n for n, _, _ in quotes(text)] == ["Jane Roe"]


@pytest.mark.parametrize(
    "tail",
    [
        "Simon Copland, Executive Director of Conservation Council ACT Region.",
        "Simon Copland, director of the council.",
        "Simon Copland, CEO of Acme.",
    ],
)
def test_a_name_and_role_without_a_verb_after_a_quote_is_its_cue(tail: str) -> None:
    text = (
        "Groups call for nature laws\n\n"
        "“This is a character test for the Prime Minister,” said Jacqui Mumford, CEO of the Council.\n\n"
        f"“To even consider a dud deal would be a betrayal and a broken promise,” {tail}\n"
    )
    assert [n for n, _, _ in quotes(text)] == ["Jacqui Mumford", "Simon Copland"]


@pytest.mark.parametrize("title", ["Professor", "Dr", "Associate Professor"])
def test_a_name_opening_the_role_after_an_unnamed_title_speaks(title: str) -> None:
    text = (
        "Five peaks plan\n\n"
        "The university set out its five peaks plan on Monday.\n\n"
        '"New knowledge is found in the interfaces between different disciplines," said NTU Provost, '
        f"{title} Bertil Andersson, a world-acclaimed scientist himself, who will be receiving the prize.\n"
    )
    assert [n for n, _, _ in quotes(text)] == ["Bertil Andersson"]


@pytest.mark.parametrize(
    ("verb", "word"),
    [
        ("branded the council’s handling as", "dangerous"),
        ("described the plan as", "reckless"),
        ("labelled it as", "shameful"),
    ],
)
def test_a_one_word_partial_after_as_is_attributed_and_flagged(verb: str, word: str) -> None:
    text = (
        "School closure plan\n\n"
        "The council set out its plans on Monday.\n\n"
        f"Local campaigner Hugh Campbell Adamson {verb} “{word}”.\n"
    )
    found = quotes(text)
    assert [(n, t) for n, _, t in found] == [("Hugh Campbell Adamson", word)]
    assert found[0][1]


@pytest.mark.parametrize("post", ["AO", "OBE", "MP"])
def test_a_name_with_a_post_nominal_registers_though_its_given_name_is_unknown(post: str) -> None:
    text = (
        "Lord Mayor to run again\n\n"
        f"In an email to supporters this morning, Clover Moore {post} announced her intention to run for "
        "Lord Mayor with an independent team.\n\n"
        "Clover said she was highly motivated to continue the work.\n\n"
        "“When I walk into Town Hall in the morning, I am energised about our work,” the Lord Mayor said.\n\n"
        "“There are reminders everywhere: parks, bike lanes and light rail.”\n"
    )
    assert [n for n, _, _ in quotes(text)] == ["Clover Moore", "Clover Moore"]


@pytest.mark.parametrize("designation", ["FCPA", "CPA", "FRCS"])
def test_a_designation_between_title_and_name_keeps_the_name(designation: str) -> None:
    text = (
        "Samples negative\n\n"
        f"Kakamega governor H.E. Hon. {designation} Wycliffe Ambetsa Oparanya today announced that the "
        "samples taken from three people have turned negative.\n\n"
        "The county has set up an isolation ward at the hospital.\n\n"
        "Governor Oparanya called on patients to get screened. “Kakamega health system is prepared,” he assured.\n"
    )
    assert [n for n, _, _ in quotes(text)] == ["Wycliffe Ambetsa Oparanya"]
