"""Review flags come from the margin over the runner-up, and name the reason and the runner-up (issue 24)."""

from __future__ import annotations

from tui.core.importer import import_text, read_source


def flags(text: str) -> list[tuple[str, str]]:
    d = import_text(read_source(text, ".txt")).draft
    return [(d.speakers[sid][0].name, found.review) for found, sid in d.quotes]


TWO_WOMEN = """Harbour plan approved

LUNDVIK, 4 May 2024 – Mayor Ilse Varga and port director Petra Holm presented the plan on Tuesday.

“The new quay will be open to small boats by the summer,” Mayor Varga said.

“We will ask every fisher what they need before we build,” she added.
"""


def test_a_pronoun_after_the_speakers_own_quote_is_not_flagged() -> None:
    # The pronoun's choice wins by a wide margin: no review needed, though two women are about.
    assert flags(TWO_WOMEN) == [("Ilse Varga", ""), ("Ilse Varga", "")]


def test_a_quote_without_a_cue_is_flagged_with_its_reason_and_runner_up() -> None:
    text = """Bridge reopens

ARNHOLT, 2 June 2024 – Engineer Tomas Brenner and planner Jonas Ekdal said the bridge would reopen.

“Traffic can cross again from Monday morning, with one lane in each direction.”
"""
    [(name, review)] = flags(text)
    assert name
    assert review.startswith("attributed by no cue")
    assert "runner-up: " in review


def test_a_surname_only_flag_names_the_runner_up() -> None:
    text = """Club wins the cup

The club won the regional cup on Sunday after a long season.

“We never stopped believing in this team,” said Okafor.
"""
    [(name, review)] = flags(text)
    assert name == "Okafor"
    assert review.startswith("surname only")
    assert "runner-up: nobody (perhaps not a quote)" in review


def test_an_organization_flag_names_the_runner_up() -> None:
    text = """Water rules change

The Water Board of Eastmark on Monday announced new rules for wells.

“Every new well must be registered before it is used,” the Water Board of Eastmark said.
"""
    [(_name, review)] = flags(text)
    assert review.startswith("said by an organization")
    assert "runner-up: " in review


def test_a_short_quote_flag_says_the_runner_up_is_nobody() -> None:
    text = """Study links noise to sleep

OSLO, June 8, 2021 – Lead author Dr. Vera Lund said the link was clear.

"Quiet streets pay off," said Dr. Karl Moen.
"""
    got = flags(text)
    assert all("runner-up: " in review for _name, review in got if review)
    assert any(review for _name, review in got)


def test_every_flag_names_a_reason_and_a_runner_up() -> None:
    texts = [
        TWO_WOMEN + "\n“And the harbour will stay open all winter,” one of them said.\n",
        "Talks\n\nAnna Weber and Carl Brandt met in Geneva.\n\n“We agreed on a timetable,” she said.\n",
        "Talks\n\nAnna Weber and Clara Brandt met in Geneva.\n\n“We agreed on a timetable,” she said.\n",
        "Fair opens\n\nThe fair opened on Friday.\n\n“We like to say, “come early”,” we said.\n",
    ]
    seen = 0
    for text in texts:
        for _name, review in flags(text):
            if review:
                seen += 1
                reason, _sep, rest = review.partition(";")
                assert reason.strip() and "runner-up: " in rest, review
    assert seen >= 2


def test_a_name_cut_at_its_given_name_flag_names_the_runner_up() -> None:
    text = """Police open new station

PRETORIA – National Police Commissioner General Xolile Thabo John Dlamini opened the station on Monday.

“This station brings the police closer to the people of the valley,” General Dlamini said.
"""
    [(name, review)] = flags(text)
    assert name == "John Dlamini"
    assert review.startswith("the name may begin before it: the text has “Xolile Thabo John Dlamini”")
    assert "; runner-up: nobody (perhaps not a quote)" in review


GOES_ON = """Ferry timetable changes

HOLMVIK, 3 March 2025 – The ferry company will run two more boats each morning from April.

“Commuters asked for earlier crossings, and we listened,” said harbour master Kjersti Lindqvist.

“The first boat will now leave at half past five, an hour earlier than today.”

“Fares stay the same, and season tickets bought before April remain valid.”
"""


def test_quotes_opening_the_paragraphs_after_the_speakers_own_quote_are_not_flagged() -> None:
    # Nobody named since the speaker's quote in the paragraph before: the speaker goes on.
    assert flags(GOES_ON) == [("Kjersti Lindqvist", "")] * 3


def test_a_quote_after_another_person_is_named_is_still_flagged() -> None:
    text = GOES_ON.replace("“Fares", "Councillor Aksel Brandt welcomed the change.\n\n“Fares")
    assert flags(text)[-1][1]  # someone else named in between: not the quote before going on


def test_a_quote_going_on_from_a_body_name_is_still_flagged() -> None:
    # "Holmvik Ferries" is no person's name: the speaker of the paragraphs after is in doubt.
    text = GOES_ON.replace("said harbour master Kjersti Lindqvist", "said Holmvik Ferries")
    assert all(review for _name, review in flags(text)[1:])


SUBJECT_HERE = """Library reopens after repairs

ALDERBY, 6 May 2025 – The town library reopened on Monday after six months of repairs.

Librarian Tomasz Reinholt thanked the builders for finishing early. “Readers can come back to a dry building.”
"""


def test_a_quote_after_its_speaker_as_the_subject_in_its_own_paragraph_is_not_flagged() -> None:
    assert flags(SUBJECT_HERE) == [("Tomasz Reinholt", "")]


def test_a_quote_after_its_speaker_as_the_subject_in_the_paragraph_before_is_still_flagged() -> None:
    text = SUBJECT_HERE.replace("early. “Readers", "early.\n\n“Readers")
    [(name, review)] = flags(text)
    assert name == "Tomasz Reinholt"
    assert review  # a paragraph away, no cue: the context only


NEW_CHAIR = """Orchard group names a new chair

TAUMARU, 2 April 2025 – The growers' cooperative named Aksel Brandt its new chair on Wednesday. Outgoing chair \
Pieter Vosloo will stay on the board.

“The cooperative is ready for its next stage of growth, and it is the right time for new leadership,” Mr Vosloo said.

Mr Brandt said that it was an honour to be asked. “I am very excited about what the growers can do together,” he said.
"""


def test_a_pronoun_after_its_speaker_as_the_subject_in_its_own_paragraph_is_not_flagged() -> None:
    # The last speaker, a man too, scores close, but the sentence right before names Brandt as its subject.
    assert flags(NEW_CHAIR) == [("Pieter Vosloo", ""), ("Aksel Brandt", "")]


def test_a_pronoun_that_does_not_fit_the_subject_is_still_flagged() -> None:
    # "Mr Brandt … she said": the pronoun is not the subject's.
    assert flags(NEW_CHAIR.replace("he said.", "she said."))[-1][1]


def test_a_quote_after_a_subject_who_reads_out_someone_elses_statement_is_still_flagged() -> None:
    # The subject only reads the words out: they are the statement's, the speaker is in doubt.
    text = """Inquest hears from family

DORNBY, 3 June 2025 – An inquest opened on Monday into the death of cyclist Arvid Tellen.

Coroner Ingrid Salomaa read out a statement from the cyclist's father. “Arvid loved the hills and we will miss him.”
"""
    [(_name, review)] = flags(text)
    assert review


def test_a_quote_after_a_subject_holding_up_a_sign_is_still_flagged() -> None:
    text = """Rally at the depot

KESTRAL, 9 June 2025 – Driver Halvard Brisk held up a painted placard at the depot gates. “Keep our night buses.”
"""
    [(_name, review)] = flags(text)
    assert review


def test_a_pronoun_after_a_subject_who_speaks_of_another_woman_is_still_flagged() -> None:
    # "she" may be the subject or the other woman, whom "her" in the sentence before points to.
    text = """Midwife honoured

TARNBY, 2 May 2025 – Minister Solveig Arnkell gave a service award to midwife Hedda Lorvik on Friday. \
Arnkell praised her patience with families. “I only ever wanted to help babies arrive safely,” she said.
"""
    [(_name, review)] = flags(text)
    assert review


def test_a_pronoun_after_a_subject_who_speaks_of_another_man_is_still_flagged() -> None:
    text = """Orchard prize

TAUMARU, 2 April 2025 – Minister Pieter Vosloo gave the growers' prize to Aksel Brandt on Wednesday. \
Vosloo praised his care for the old trees. “I just looked after what my father planted,” he said.
"""
    [(_name, review)] = flags(text)
    assert review


def test_a_pronoun_after_a_subject_whose_own_sentence_names_nobody_else_is_not_flagged() -> None:
    # "her" in the sentence before, but no other woman in the paragraph: the subject speaks.
    text = """Midwife honoured

TARNBY, 2 May 2025 – Midwife Hedda Lorvik received a service award on Friday. \
Lorvik thanked her colleagues at the ward. “I only ever wanted to help babies arrive safely,” she said.
"""
    assert flags(text) == [("Hedda Lorvik", "")]


def test_a_quote_going_on_after_an_unnamed_group_takes_over_is_still_flagged() -> None:
    # "Passengers at the quay booed.": someone the text does not name may say the next quote.
    text = GOES_ON.replace(
        "said harbour master Kjersti Lindqvist.", "said harbour master Kjersti Lindqvist. Passengers at the quay booed."
    )
    assert flags(text)[0] == ("Kjersti Lindqvist", "")
    assert flags(text)[1][1]


def test_a_quote_going_on_after_a_sentence_with_the_speakers_pronoun_is_not_flagged() -> None:
    text = GOES_ON.replace(
        "said harbour master Kjersti Lindqvist.",
        "said harbour master Kjersti Lindqvist. She added that the company had hired four new crew.",
    )
    assert flags(text) == [("Kjersti Lindqvist", "")] * 3


def test_a_pronoun_after_a_subject_reporting_her_own_plans_is_not_flagged() -> None:
    # Another woman is named in the paragraph, but "her" stands in the subject's own report, not as an object.
    text = """Midwife honoured

TARNBY, 2 May 2025 – Minister Solveig Arnkell gave a service award to midwife Hedda Lorvik on Friday. \\
Lorvik said that her work at the ward would go on. “I only ever wanted to help babies arrive safely,” she said.
"""
    assert flags(text) == [("Hedda Lorvik", "")]
