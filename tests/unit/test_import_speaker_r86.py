"""Speakers (round 86): a pronoun after a sentence of the quote's paragraph that opens on a role ("The
reeve while asking … promised …"), a role the text writes as a title before someone else's name ("the
Reeve Odhran Tulliver"), most likely means that role's holder: a quote the pronoun gives to someone else
named before needs review."""

from tests.support.importing import parsed_quotes
from tui.core.importer.attribution import role_subject
from tui.core.importer.people import Known


def test_a_pronoun_after_a_role_subject_of_another_is_flagged() -> None:
    text = (
        "Hill village revives its rowing race\n\n"
        "BRANTLEY: Residents of Lower Brantley thanked the council for bringing back the river race after "
        "a gap of nine years.\n\n"
        "The anglers of the village led by Tomas Kestel welcomed the race and even handed a trophy to the "
        "Reeve Odhran Tulliver.\n\n"
        "The residents however wanted a proper boat shed as the old one had been pulled down.\n\n"
        "The reeve while asking residents to find a site also promised a swimming gala soon. "
        "\u201cBefore the next village meeting I promise you a gala on the river,\u201d he said.\n\n"
        "The race will be held in June.\n"
    )
    found = [(name, review) for name, quote, review in parsed_quotes(text) if quote.startswith("Before the next")]
    assert len(found) == 1, found
    name, review = found[0]
    assert name == "Odhran Tulliver" or review, found


def test_the_role_subject_is_told_from_the_chosen_persons_title() -> None:
    # The rule itself: the end-to-end case above is flagged by other doubts on the code before it too.
    paragraphs = [
        "The anglers led by Tomas Kestel handed a trophy to the Reeve Odhran Tulliver.",
        "The reeve while asking residents to find a site promised a gala. \u201cA gala soon,\u201d he said.",
    ]
    assert role_subject(paragraphs, 1, Known("Tomas Kestel")) == "reeve"
    assert role_subject(paragraphs, 1, Known("Odhran Tulliver")) == ""  # the role is his own title
    plain = [paragraphs[0], "Residents asked for a site. \u201cA gala soon,\u201d he said."]
    assert role_subject(plain, 1, Known("Tomas Kestel")) == ""  # no sentence opens on the role
