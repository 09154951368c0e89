"""Speakers and quotes (round 60): a "quotes attributable to" heading naming a title and a surname only,
a cue whose name goes on with what the words were about, a cue verb opening a sentence before a name,
a long name within a longer run of capitals, a quote the excerpt cuts after one word."""

from tests.support.importing import speaker_names, speakers


def test_a_heading_with_a_title_and_a_surname_gives_the_quotes_below() -> None:
    text = (
        "Rural clinics funded for three more years\n\n"
        "The Federal and State Governments have signed a three-year deal for clinics in the far north.\n\n"
        "Quotes attributable to Minister Halvorsen:\n\n"
        "“We are proud to keep these clinics open for the families who rely on them every week.”\n\n"
        "Quotes attributable to Senator Okimura:\n\n"
        "“People in the far north deserve the same care as people in the cities, and now they will get it.”\n"
    )
    assert speaker_names(text) == ["Halvorsen", "Okimura"]


def test_a_cue_name_followed_by_what_the_words_were_about() -> None:
    text = (
        "Panel looks at the future of libraries\n\n"
        "The panel was led by Prof Adaeze Okonkwo, Dean of Letters at Norvale University, with Prof Lars "
        "Whitcombe and Prof Irene Saldanha.\n\n"
        "“I hope that every library will think hard about the readers it serves,” said Prof Okonkwo on the "
        "closing of small branches across the region last year.\n"
    )
    assert speaker_names(text) == ["Adaeze Okonkwo"]


def test_a_cue_verb_opening_a_sentence_is_no_given_name() -> None:
    text = (
        "Family gives bursaries to firefighters' children\n\n"
        "The Tamsin family has given bursaries to the Fire Service. Emeka Okafor presented the cheque.\n\n"
        "Said Okafor: “We hope that these bursaries will help the children of firefighters to finish school.”\n"
    )
    assert speaker_names(text) == ["Emeka Okafor"]


def test_a_long_name_within_a_longer_run_of_capitals_is_flagged() -> None:
    text = (
        "Donors honoured\n\n"
        "In addition, Lealofi Tamaseu Sarah Lina Tauvela Aumua-Tiatia Poe and her husband pledged more help.\n\n"
        "“We hope that this will grow,” said Tauvela.\n"
    )
    [(_name, review)] = speakers(text)
    assert "longer" in review


def test_a_quote_cut_after_one_word_after_a_quote_of_the_paragraph() -> None:
    text = (
        "Premier and council sign a new accord\n\n"
        "Premier Halla Tornquist and council chair Jon Brekke signed the accord today. “I am pleased to take "
        "this step with the council,” says Premier Tornquist. “This…"
    )
    assert speaker_names(text) == ["Halla Tornquist", "Halla Tornquist"]
