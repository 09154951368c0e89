"""Speakers and quotes (round 68)."""

from tests.support.importing import parsed_quotes
from tui.core.importer.people import Registry


def _names(text: str) -> list[str]:
    return [name for name, _quote, _review in parsed_quotes(text)]


def test_a_name_never_ends_on_a_particle() -> None:
    # "Rahim Bin" is a name cut before the father's name: no speaker.
    text = (
        "Two colleges agree to work together\n\n"
        "The agreement was signed by Professor Dato\u2019 Dr. Rahim Bin Haji Salleh as Vice Chancellor of Pantai "
        "College and Dr. Hendra Wibisono as Rector of Lembah University.\n\n"
        "\u201cWe welcome the chance to work with Pantai College on research and teaching,\u201d the Lembah Rector "
        "said.\n"
    )
    names = _names(text)
    assert "Rahim Bin" not in names
    assert names == ["Hendra Wibisono"]


def test_an_office_with_a_prefix_of_rank_is_no_person() -> None:
    # "Vice Rector" names an office, not a person the text may quote later.
    registry = Registry()
    registry.scan(
        "The visit was welcomed by Vice Rector of Research and Services Lembah, drg. Sari Dewi Wulan, M.Kes., "
        "Ph.D. who thanked the guests."
    )
    assert [known.name for known in registry.people] == ["Sari Dewi Wulan"]


def test_a_building_named_after_a_person_is_no_speaker() -> None:
    # The only capitalised run of three words before the quotes is a church named after a saint;
    # the speaker comes after the first quote with a lower-case title and an unusual cue verb.
    text = (
        "Gang caught by villagers near Rivermouth\n\n"
        "Thieves had robbed the Anselm Tobin Church and several shops in the hills last year.\n\n"
        "\u201cThe thieves were driving towards the river when a village patrol stopped them,\u201d revealed "
        "district superintendent of police K T Varden.\n"
    )
    assert _names(text) == ["K T Varden"]


def test_a_surname_of_places_after_an_age_in_brackets_or_a_lead_noun() -> None:
    # "Hall" is a word of places too; "(9)" is an age, "neighbour" says who someone is.
    text = (
        "Neighbours save family from house fire in Dunmore\n\n"
        "One of the rescuers, Colin Ashdown, told the Dunmore Herald: \u201cI heard shouting outside and saw "
        "the two women at the window.\u201d\n\n"
        "\u201cI grabbed a ladder and another neighbour Tobias Hall climbed up and got the boy.\u201d\n\n"
        "Little Rosie Hall (9), daughter of rescuer Tobias, said she was proud of her dad.\n\n"
        "\u201cI was out playing and I saw the smoke and told dad,\u201d she said.\n\n"
        "Tobias added: \u201cI did what anyone would have done.\u201d\n"
    )
    assert _names(text) == ["Colin Ashdown", "Colin Ashdown", "Rosie Hall", "Tobias Hall"]


def test_a_title_of_a_body_then_the_name_at_the_sentence_s_end() -> None:
    # A chief named by a title and his names; later by the title alone.
    text = (
        "Islands to host the regional games\n\n"
        "\u201cWe have shown that we can hold large events, and these games will be no different,\u201d said the "
        "Minister of Sport and Chairman of the Executive and Games Committee, Tuala Mose Leota.\n\n"
        "\u201cOur people are our strength and our welcome is known across the region,\u201d said Tuala.\n"
    )
    assert _names(text)[-1] == "Tuala Mose Leota"
