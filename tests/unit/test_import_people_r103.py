"""People's names (round 103): a given name alone as a cue's subject ("added Torvin") names the one
person the text gives in full opening with it ("the signing of Torvin Maelstrand on a two-year deal")."""

from tests.support.importing import parsed_quotes
from tui.core.importer import import_text, read_source


def test_a_given_name_alone_takes_the_full_name_the_text_opens_with_it() -> None:
    text = (
        "Harbourside Rovers sign winger\n\n"
        "Harbourside Rovers have completed the signing of Torvin Maelstrand on a two-year deal.\n\n"
        "Torvin, who came through the academy at Quillmere, joins after three seasons in the north.\n\n"
        "\u201cPlaying for this club has been my goal since I was a boy at the old ground,\u201d added Torvin.\n"
    )
    found = [who for who, _quote, _review in parsed_quotes(text)]
    assert found == ["Torvin Maelstrand"], found


def test_lower_case_words_between_a_cue_verb_and_a_name_are_the_whole_role() -> None:
    text = (
        "Harrowgate Ales launches a pale ale\n\n"
        "Harrowgate Ales has launched a new pale ale, the company said on Friday.\n\n"
        "\u201cWe wanted an ale that tastes of the moors,\u201d said head brewer Torvin Maelstrand.\n"
    )
    result = import_text(read_source(text, ".txt"))
    speakers = [person for person, _org in result.draft.speakers.values()]
    assert [(p.name, p.role) for p in speakers] == [("Torvin Maelstrand", "head brewer")], speakers
    assert "said head brewer" not in result.markdown.split("## Text", 1)[1], result.markdown


def test_a_role_of_two_lower_case_words_before_a_name_is_kept_whole() -> None:
    text = (
        "Quillmere Rowing Club opens boathouse\n\n"
        "The Quillmere Rowing Club opened its new boathouse on Sunday.\n\n"
        "\u201cIt took ten years of fundraising,\u201d said club treasurer Jo Penhallow.\n\n"
        "\u201cThe boats finally have a dry home,\u201d said master carpenter Elsa Vintner.\n"
    )
    result = import_text(read_source(text, ".txt"))
    roles = {p.name: p.role for p, _org in result.draft.speakers.values()}
    assert roles == {"Jo Penhallow": "club treasurer", "Elsa Vintner": "master carpenter"}, roles


def test_lower_case_words_before_a_name_that_goes_on_are_no_role() -> None:
    """The role rule needs the name to end the clause: "told residents <Name> would lead" has no role."""
    from tests.support.importing import drafted

    leads = (
        "The mayor of Tarnby told residents Mara Voss would lead the harbour review.",
        "The union said again Mara Voss was right to ask for the harbour review.",
    )
    for lead in leads:
        text = f"Town names head of harbour review\n\n{lead}\n\n“I will talk to every boat owner first,” Voss said.\n"
        d = drafted(text)
        people = [(d.speakers[sid][0].name, d.speakers[sid][0].role) for _found, sid in d.quotes]
        assert people == [("Mara Voss", "")], (lead, people)
