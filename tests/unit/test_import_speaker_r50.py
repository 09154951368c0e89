"""Speakers and quotes (round 50): a title is never a speaker, a lead phrase before the name is no part of
it, and "Her remarks …:" above a quote gives the quote to the person it refers to."""

from tests.support.importing import drafted


def _speakers(text: str) -> list[tuple[str, bool, str]]:
    """(speaker's name, said by no person, review note) of each drafted quote."""
    d = drafted(text)
    return [(d.speakers[sid][0].name, sid in d.no_person, found.review) for found, sid in d.quotes]


def test_a_title_in_a_lead_phrase_is_not_the_speaker() -> None:
    text = (
        "Rector joins the Fellows of Linmoor Hall\n\n"
        "Rector Professor Anselm Brightwater has been made an Honorary Fellow of Linmoor Hall.\n\n"
        "On being elected an Honorary Fellow, Prof Brightwater said: “I am grateful to the Hall for this "
        "honour and hope to bring our two colleges closer together.”\n"
    )
    names = [name for name, _no_person, _review in _speakers(text)]
    assert names == ["Anselm Brightwater"], names


def test_a_lead_phrase_naming_someone_else_is_not_the_speaker() -> None:
    text = (
        "Award for Dr Odile Ferrant\n\n"
        "Dr Odile Ferrant received the Tamsk Medal from Mayor Ruben Castellane on Friday.\n\n"
        "After being welcomed by Mayor Ruben Castellane, Dr Ferrant said: “This medal belongs to every nurse "
        "who worked through the winter with me.”\n"
    )
    names = [name for name, _no_person, _review in _speakers(text)]
    assert names == ["Odile Ferrant"], names


def test_her_remarks_above_excerpts_are_hers() -> None:
    text = (
        "Relief chief speaks at donors' meeting\n\n"
        "Speaking for the aid groups at the donors' meeting in Velmora, Harbourlight Aid director Ysolde "
        "Karamanlis called for safe access to the flooded valleys. The meeting was opened by Minister Pavel "
        "Drozdov and Governor Anton Belyk.\n\n"
        "Her full remarks are online. Excerpts:\n\n"
        "“We ask first for safe roads into the valleys, so that food and medicine reach every family.”\n\n"
        "“Cash in the hands of families is the fastest help we can give in the weeks ahead.”\n"
    )
    names = [name for name, _no_person, _review in _speakers(text)]
    assert names == ["Ysolde Karamanlis", "Ysolde Karamanlis"], names


def test_a_letter_read_by_a_named_pupil_is_hers_not_the_last_named() -> None:
    text = (
        "Pupils bury letters for the next century\n\n"
        "Pupils Marama Tekopua and Sina Vaiaku of Orongo School read their letters at the ceremony.\n\n"
        "“I hope our lagoon stays clean for the children who open this box,” read Ms Marama Tekopua a pupil "
        "at Orongo School.\n\n"
        "“I hope they still speak our language when they read these words.”\n"
    )
    names = [name for name, _no_person, _review in _speakers(text)]
    assert names == ["Marama Tekopua", "Marama Tekopua"], names
