"""Speakers and quotes (round 57): letters after a name (a degree) left out of it, or flagged."""

from tests.support.importing import speakers


def test_a_degree_after_a_name_is_no_part_of_it() -> None:
    text = (
        "Chemistry students win award\n\n"
        "The Westhaven Chemical Society student chapter chair for 2021/2022, Arka Pratama Wijaya ST, said the "
        "team was proud of the prize. “We only wanted to help our department grow,” said Arka, who graduated "
        "last month.\n\n"
        "Arka said the chapter ran many events. “Our members worked hard all year,” he said.\n"
    )
    assert speakers(text) == [("Arka Pratama Wijaya", ""), ("Arka Pratama Wijaya", "")]


def test_a_short_word_in_capitals_ending_a_name_is_flagged() -> None:
    text = (
        "Auditors meet in Harrowgate\n\n"
        "The Harrowgate Audit Society chapter treasurer for 2021/2022, Raka Pratama Wijaya AK, said the books "
        "were in order. “Every member paid on time this year,” said Raka.\n"
    )
    [(name, review)] = speakers(text)
    assert (name == "Raka Pratama Wijaya" and review == "") or (name.endswith(" AK") and "“AK”" in review)


def test_a_surname_of_two_letters_in_capitals_is_no_degree() -> None:
    text = (
        "Robotics lab opens\n\n"
        "The lab's director, Tomas Wei NG, said the robots would help local farms. "
        "“We built them with the growers,” said Mr NG.\n"
    )
    assert [review for _name, review in speakers(text)] == [""]


def test_a_chain_of_academic_titles_introduces_the_name_after_it() -> None:
    text = (
        "Two new chairs at Veldhaven\n\n"
        "The board has named two new chairs: prof.dr.ir. Ysbrand Brakel (Physics) and prof.dr. Lenka Duvic "
        "(Biology), who joined the faculty in 2009.\n\n"
        "Ysbrand Brakel says he is delighted. “It is a prize for the whole group and our students.”\n"
    )
    assert [name for name, _review in speakers(text)] == ["Ysbrand Brakel"]


def test_a_surname_spelled_two_ways_stays_with_the_given_name() -> None:
    text = (
        "New fellows named\n\n"
        "The academy named Ilse Vermeers (History) and Rutger Holt (Law) as fellows, following "
        "Piet Vermeer, a fellow since 2001.\n\n"
        "Ilse Vermeer is very pleased with the news. “For me, this is an honour I share with my team.”\n"
    )
    assert [name for name, _review in speakers(text)] == ["Ilse Vermeers"]


def test_an_accented_given_name_after_a_title_stays_in_the_name() -> None:
    text = (
        "Court delays its open day\n\n"
        "The Harbour County Court will hold its open day after the new wing opens.\n\n"
        "“We will not invite guests before every permit is in place,” said Presiding Judge Ailsë Grant Pellow.\n\n"
        "“We would like to thank the builders for their patience and hard work.”\n"
    )
    assert [name for name, _review in speakers(text)] == ["Ailsë Grant Pellow", "Ailsë Grant Pellow"]


def test_a_quote_after_a_narrative_paragraph_stays_with_a_titled_speaker() -> None:
    text = (
        "Officers face charges\n\n"
        "Acting Commissioner of Police Ardley Quintin briefed the media on the inquiry on Tuesday.\n\n"
        "“Two officers did not do their duties as the law requires, and charges were laid,” Acting "
        "Commissioner Quintin said.\n\n"
        "Every officer is expected to act firmly and fairly when answering a call.\n\n"
        "“I think no one in the force was glad to see that clip online. I must thank the constable who "
        "came to help his colleagues.”\n"
    )
    assert [name for name, _review in speakers(text)] == ["Ardley Quintin", "Ardley Quintin"]
