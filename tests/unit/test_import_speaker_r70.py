"""Speakers and quotes (round 70)."""

from tests.support.importing import parsed_quotes


def test_a_malay_honorific_before_a_name_is_dropped() -> None:
    # "Hajah" (like "Haji") is an honorific, not part of the speaker's name.
    text = (
        "Polytechnic signs training pacts with five firms\n\n"
        "The Director of the polytechnic, Hajah Salmiah Rokan, thanked the partners for their support.\n\n"
        "\u201cThe pacts give our students a place to learn on real sites,\u201d said Hajah Salmiah.\n\n"
        "\u201cWe hope to sign more of them next year,\u201d she added.\n"
    )
    assert [name for name, _quote, _review in parsed_quotes(text)] == ["Salmiah Rokan", "Salmiah Rokan"]


def test_other_honorifics_before_a_name_are_dropped() -> None:
    for honorific in ("Ustaz", "Alhaja", "Hjh", "Bapak", "Mallam"):
        text = (
            "Market reopens after repairs\n\n"
            f"\u201cThe traders can come back on Monday,\u201d said {honorific} Ardan Kamarudin, who runs the market.\n"
        )
        assert [name for name, _quote, _review in parsed_quotes(text)] == ["Ardan Kamarudin"], honorific


def test_coun_before_a_name_is_a_title() -> None:
    # "Coun" (Councillor), like "Cllr", is not part of the name.
    text = (
        "New library opens in the old mill\n\n"
        "\u201cIt took ten years but the town has its library at last,\u201d said Mayor of Eastbridge, "
        "Coun Ardan Quist, whose ward includes the mill.\n"
    )
    assert [name for name, _quote, _review in parsed_quotes(text)] == ["Ardan Quist"]


def test_capitalised_words_of_a_role_before_a_name_are_no_person() -> None:
    # "Minister for Coastal Roads Planning and Development, Hon. Name": "Roads Planning" is part of the role.
    text = (
        "Lake states open their yearly review\n\n"
        "The lake states met for a second day of talks on shared fisheries.\n\n"
        "At the opening, the Ruritanian Minister for Coastal Roads Planning and Development, Hon. Petra Valdane, "
        "said the new board would turn the plans into action.\n\n"
        'She said the plans would show the states can work together. "They will see boats and nets shared '
        'across the borders", the Ruritanian Minister said.\n'
    )
    assert [name for name, _quote, _review in parsed_quotes(text)] == ["Petra Valdane"]
