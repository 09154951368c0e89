"""Organizations with no head noun, known by the text's own signals (issue 24, round 7;
invented texts): a kind noun before the name, lists of newspapers or shops, an acronym
before a title, a defined acronym after a name in another language, and the full names of
well-known bodies wherever they stand."""

from __future__ import annotations

from tests.support.importing import org_forms, org_names


def test_a_kind_noun_before_a_name_makes_it_a_body() -> None:
    names = org_forms(
        [
            "Mr Dole said wind farm developers Verrandis had stated that money would be made available.",
            "The plant was sold last year to steelmaker Orvel Steel for an undisclosed sum.",
            "The story was first reported by news agency Tarpon Wire on Monday.",
        ]
    )
    assert {"Verrandis", "Orvel Steel", "Tarpon Wire"} <= names, names


def test_a_list_of_newspapers_or_shops_names_bodies() -> None:
    names = org_forms(
        [
            "The letter was reported in newspapers including; The Lantern, The Courier and The Evening Post.",
            "The sponges are sold in stores such as Bramco, Pricewell Mart and Quickway.",
        ]
    )
    assert {"Lantern", "Courier", "Evening Post", "Bramco", "Pricewell Mart", "Quickway"} <= {
        n.removeprefix("The ") for n in names
    }, names


def test_an_acronym_used_once_before_a_title_is_a_body() -> None:
    names = org_forms(['"It is a fine choice," said QJC Chief Justice Rowan T. Ellery on Friday.'])
    assert "QJC" in names, names


def test_a_defined_acronym_after_a_name_in_another_language() -> None:
    names = org_forms(
        [
            "The members voted to accept the Association des journaux régionaux (AJR) as a member.",
            "AJR represents 23 newspapers, and AJR joins as its first French-language member.",
        ]
    )
    assert "AJR" in names and "Association des journaux régionaux" in names, names
    # A common noun defined by an acronym stays a term.
    assert "PPE" not in org_forms(["Staff wore personal protective equipment (PPE) and PPE was checked twice."])


def test_a_well_known_full_name_counts_wherever_it_stands() -> None:
    names = org_forms(["Ms Lind, Permanent Representative of Tavira to the United Nations and a lawyer, spoke."])
    assert "United Nations" in names, names
    # Inside a longer name it is that name's part, not a body of its own.
    longer = org_forms(["He spoke at the United Nations Ocean Conference in Lisbon on Tuesday."])
    longer |= org_forms(["The Geneva United Nations office opened."])
    assert "United Nations" not in longer, longer


def test_kinds_of_media_and_government_are_no_names() -> None:
    names = org_forms(
        [
            "The officer breached the force’s Social Media Policy, the panel found, and Social Media posts followed.",
            "The Award for Best Use of Social Media went to the student team.",
            "The project is funded by the City of Tavira and the Federal Government this year.",
            "Region urged to move faster. The Region must harness technology, the Region said.",
        ]
    )
    assert "City of Tavira" in names, names
    assert not {"Social Media", "Federal Government", "Region"} & names, names


def test_a_persons_employer_after_of() -> None:
    names = org_forms(["Companies run by women include Ursula Vane of Borexco and Ellen Marsh of Quillon."])
    assert {"Borexco", "Quillon"} <= names, names
    # A place after "of" is no employer; neither is a name joined by "and".
    names = org_forms(["Speakers were Mary Dunn of Leeds, Anna Kell of Tavira and Ostrov, Tom Reed of Northside, DC."])
    assert not {"Leeds", "Tavira", "Ostrov", "Tavira and Ostrov", "Northside"} & names, names


def test_a_news_outlets_piece_names_it() -> None:
    names = org_forms(['"They are fountains of life," he said in an Associated Tidings story on Monday.'])
    assert "Associated Tidings" in names, names
    names = org_forms(['"It works," she told a Tavira Press interview.'])
    assert "Tavira Press" in names and "Tavira" not in names, names


def test_a_name_spelled_by_a_web_address_is_a_body() -> None:
    names = org_forms(["Plans set to divide residents | The Tavira Courier | 3 June | www.thetaviracourier.co.uk"])
    assert "Tavira Courier" in names, names
    # One word spelling an address is often the address itself; no address, no body.
    assert "Acmefoods" not in org_forms(["Acmefoods is at www.acmefoods.com for more."])
    assert "Tavira Courier" not in org_forms(["Plans set to divide residents | The Tavira Courier | 3 June"])


def test_a_news_outlet_by_what_the_text_does_with_it() -> None:
    names = org_names(
        [
            "“We won,” Jo Roe told the Allied Press after the race.",
            "Following an article in yesterday's Morning Standard, here is our reply.",
            "The editor of The Brisby Herald appeared in court.",
            "She refused an award sponsored by the Post on Sunday newspaper.",
        ]
    )
    assert {"Allied Press", "Morning Standard", "Brisby Herald", "Post on Sunday"} <= names, names


def test_a_day_a_place_or_a_nation_before_newspaper_is_no_title() -> None:
    names = org_names(
        [
            "It appeared in the Sunday newspaper.",
            "It was in the Tavira newspaper.",
            "He read the English newspaper.",
            "It meets the British Standard.",
        ]
    )
    assert not names & {"Sunday", "Tavira", "English", "British Standard"}, names


def test_a_language_a_faith_or_a_kind_before_newspaper_is_no_title() -> None:
    names = org_names(
        [
            "The plan was praised by the Tamil newspaper Kalorvan and the Hindi newspaper readers.",
            "The Arabic newspaper and the Urdu newspaper both ran it.",
            "It was in the Catholic newspaper and the Business newspaper last week.",
            "She joined the Morning Show newspaper review on Friday.",
            "The editor of the School Magazine wrote to parents.",
        ]
    )
    found = names & {"Tamil", "Hindi", "Arabic", "Urdu", "Catholic", "Business", "Morning Show", "School Magazine"}
    assert not found, names


def test_a_single_word_title_before_newspaper_is_still_a_paper() -> None:
    names = org_names(["The story ran in the Kalorvan newspaper on Monday.", "It was in the Sentinel newspaper."])
    assert {"Kalorvan", "Sentinel"} <= names, names  # (a minor language's name may be a title)
