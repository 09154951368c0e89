"""Speakers and quotes (round 42): honorific abbreviations and party labels are never part of a name."""

from tests.support.importing import parsed_quotes

_quotes = parsed_quotes


def test_his_excellency_without_its_last_dot_is_no_part_of_the_name() -> None:
    text = (
        "Leaders welcome a report on river health\n\n"
        "Corvana, 3 March 2014 – Leaders of the river states met today to review the first report.\n\n"
        "“This report shows that our shared plan is working for the people of the basin,” said H.E Tesfalem "
        "Abrehet Woldai, President of Corvana, “I thank our partners for keeping their word.”\n\n"
        "“We must now widen the plan to the smaller rivers,” said H.E. Lindiwe Okonkwo-Sarr, Chair of the "
        "River Council.\n"
    )
    said = _quotes(text)
    assert [name for name, _q, _r in said] == ["Tesfalem Abrehet Woldai"] * 2 + ["Lindiwe Okonkwo-Sarr"], said


def test_a_party_label_after_a_name_is_not_the_name() -> None:
    text = (
        "Council backs new homes on Mill Lane\n\n"
        "A plan for nine homes was approved on Tuesday despite objections.\n\n"
        "But committee member Cllr Harriet Moberley spoke against the plan.\n\n"
        "The Clifton Lib-Dem said: “I can not support this plan.\n\n"
        "“The lane is far too narrow for more traffic.”\n"
    )
    said = _quotes(text)
    assert [name for name, _q, _r in said] == ["Harriet Moberley"], said


def test_spaced_his_excellency_is_not_a_cut_name() -> None:
    text = (
        "Leaders meet on river health\n\n"
        "Corvana, 3 March 2014 – Leaders met today.\n\n"
        "“This report shows that our plan is working for the people,” said H. E. Tesfalem Abrehet Woldai, "
        "President of Corvana.\n"
    )
    assert _quotes(text) == [
        ("Tesfalem Abrehet Woldai", "This report shows that our plan is working for the people,", "")
    ]


def test_a_party_member_named_by_the_party_is_a_person_not_the_party() -> None:
    text = (
        "Council backs new homes on Mill Lane\n\n"
        "A plan for nine homes was approved on Tuesday despite objections.\n\n"
        "But committee member Cllr Harriet Moberley spoke against the plan.\n\n"
        "The Lib Dem said: “The lane is far too narrow for more traffic.”\n"
    )
    said = _quotes(text)
    assert [name for name, _q, _r in said] == ["Harriet Moberley"], said


def test_a_closing_mark_typed_where_a_quote_opens_after_a_sentence_end() -> None:
    text = (
        "Lab shows a pocket gas sensor\n\n"
        "Institute director Prof Anil Vermaji has called for more work on small sensors.\n\n"
        "Comparing it with a camera he said of the five senses, a phone can sense only three.” Smell and taste "
        "are the two it cannot sense. This led us to build a new sensor for them.”\n\n"
        "The talk was part of a series run by the institute.\n"
    )
    said = _quotes(text)
    assert [(name, q.split()[0]) for name, q, _r in said] == [("Anil Vermaji", "Smell")], said


def test_a_reported_sentence_after_an_opening_phrase_gives_the_next_bare_quote() -> None:
    text = (
        "Lab shows a pocket gas sensor\n\n"
        "Institute director Prof R Sundaresh Kovilan has called for more work on small sensors.\n\n"
        "“Focus on what you can do for the society,” he said while giving a talk on Friday.\n\n"
        "The talk was part of the Science Cafe series of the institute, started a few months ago.\n\n"
        "Turning to smart homes, he said this was the field that was driving the future. “It is all about "
        "joining the parts into small things. This will be the next big thing.”\n"
    )
    said = _quotes(text)
    assert [(name, q.split()[0]) for name, q, _r in said] == [
        ("R Sundaresh Kovilan", "Focus"),
        ("R Sundaresh Kovilan", "It"),
    ], said


def test_a_quote_cut_by_the_excerpts_end_goes_to_the_last_speaker_a_few_paragraphs_back() -> None:
    text = (
        "Nine projects win research grants\n\n"
        "Research Dean Professor Maren Tollefsrud congratulated the winners of this year's round.\n\n"
        "“I am delighted that the quality of these proposals has been recognised by the panels,” Professor "
        "Tollefsrud says.\n\n"
        "The nine projects cover a wide range of topics, she says.\n\n"
        "Researchers from the departments of Botany, Music and Physics will lead projects.\n\n"
        "“Their work seeks new answers to old questions in many fields. In many cases, these researcher"
    )
    said = _quotes(text)
    assert [name for name, _q, _r in said] == ["Maren Tollefsrud"] * 2, said
    assert "cut off" in said[1][2], said


def test_a_cut_quote_after_a_sentence_whose_subject_is_the_last_speaker() -> None:
    text = (
        "Towns welcome more hospital money\n\n"
        "Premier Odette Valcourt welcomed the deal reached at the meeting.\n\n"
        "“The extra funding is welcome. However, it barely restores what was cut in 2014,” Ms Valcourt said.\n\n"
        "“The federal side has taken a small step, but health will be a major issue.”\n\n"
        "At the meeting, Ms Valcourt said she and Treasurer Bram Oyelaran had warned of the cuts to nurses.\n\n"
        "“Ferris A"
    )
    said = _quotes(text)
    assert [name for name, _q, _r in said] == ["Odette Valcourt"] * 3, said
    assert "cut off" in said[2][2], said


def test_a_quoted_title_in_a_list_item_credited_to_a_person_is_no_quote() -> None:
    text = (
        "College funds six seed projects\n\n"
        'Marta Ilves, associate dean for research, noted, "Staff took a strong interest in the fund."\n\n'
        "The first grants have gone to the following projects:\n\n"
        '-- "A light-driven probe to map how small brain regions work together." Oskar Brandvold, assistant '
        "professor of bioengineering.\n\n"
        '-- "Low-cost sensors for river water." Petra Lindqvist, professor of civil engineering.\n'
    )
    said = _quotes(text)
    assert [(name, q.split()[0]) for name, q, _r in said] == [("Marta Ilves", "Staff")], said


def test_an_ampersand_name_and_a_news_title_make_no_person() -> None:
    text = (
        "T&T Carden and Ilse Nyqvist launch an events company\n\n"
        "Travel and Leisure News announced the launch of a joint venture with T&T Carden which will “run large "
        "corporate events for up to 400 guests as well as small parties across the city.\n\n"
        "Our CEO & Chairman of T&T Carden, Rafe Oduya said: “I have known Ilse for many years. She brings the "
        "drive we need.”\n"
    )
    said = _quotes(text)
    names = [name for name, _q, _r in said]
    assert names[-1] == "Rafe Oduya", said
    assert not {"T Carden", "Leisure News"} & set(names), said


def test_a_cut_quote_after_paragraphs_about_something_else_is_nobodys() -> None:
    text = (
        "Network speeds up books for students\n\n"
        "Ansel Whitcombe, director of the centre, said the network fills orders in four days. “And every day we "
        "add more titles,” Whitcombe said.\n\n"
        "Since going live in August, the network has filled more than 2,000 requests.\n\n"
        "The service is run by a non-profit group.\n\n"
        "“Book publishers"
    )
    said = _quotes(text)
    assert [name for name, _q, _r in said] == ["Ansel Whitcombe"], said


def test_in_the_words_of_names_the_speaker_after_a_quote() -> None:
    text = (
        "Agency joins launch of a new women's body\n\n"
        "Lisbon, 4 March 2012 — The agency's gender adviser, Ottilie Vanderhaegen, went to the launch.\n\n"
        'Vanderhaegen joined hundreds of others in the great hall to share a "dream of a world where everyone '
        'values equal rights," in the words of Rosalind Achterberg, the first director of the new body.\n'
    )
    said = _quotes(text)
    assert [name for name, _q, _r in said] == ["Rosalind Achterberg"], said
