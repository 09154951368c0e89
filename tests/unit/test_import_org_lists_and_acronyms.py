"""Organization shapes from unseen publishers (issue 24, round 11; invented texts): "the ACR" standing
alone is a body, a comma list ending "and the X" stays in one name, a saint's possessive is part of a
name, a country's short form is no body, and a known acronym that only opens other names is not expanded."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs


def _orgs(paragraphs: list[str]) -> dict[str, str]:
    """Name -> acronym of every organization found."""
    return {o.name: o.acronym for o in find_orgs(paragraphs, None).orgs.values()}


def test_the_acronym_before_a_verb_is_a_body_named_once() -> None:
    orgs = _orgs(["Already, the QSU are taking national strike action and the teachers may follow."])
    assert orgs == {"QSU": "QSU"}, orgs


def test_the_acronym_at_a_sentence_end_is_a_body_named_once() -> None:
    orgs = _orgs(["Tavira Basketball fully supports the position of the TBF and the QOC."])
    assert "QOC" in orgs and "TBF" in orgs, orgs


def test_a_common_noun_acronym_after_the_stays_out() -> None:
    # Guard: "the XYZ sector" (a noun after it) and known non-bodies are no organizations.
    orgs = _orgs(["The deal lifts the GDP, and the SME sector grows with the QRT programme."])
    assert orgs == {}, orgs


def test_a_comma_list_ending_with_and_the_is_one_name() -> None:
    orgs = _orgs(["The Ministry of Sport, Culture and the Arts and the Ministry of Education work together."])
    assert set(orgs) == {"Ministry of Sport, Culture and the Arts", "Ministry of Education"}, orgs


def test_and_the_before_another_name_is_not_part_of_the_list() -> None:
    orgs = _orgs(["Fellows came from the University of Quarrow, Tavira and the Max Quillet Institute."])
    assert "Max Quillet Institute" in orgs and not any("and the" in n for n in orgs), orgs


def test_a_saints_possessive_is_part_of_the_name() -> None:
    orgs = _orgs(["The new institute, at St Quillan's Hospital in Tavira, will open in May."])
    assert orgs == {"St Quillan's Hospital": ""}, orgs


def test_a_country_short_form_is_no_body() -> None:
    orgs = _orgs(["Press Release: Fire and Rescue NZ", "Indicators Fire and Rescue NZ will consider are listed."])
    assert not any(n.endswith("NZ") for n in orgs), orgs


def test_a_known_acronym_that_only_opens_other_names_is_not_expanded() -> None:
    orgs = _orgs(["UN Women welcomed the fund.", "UN Women Executive Director Mara Quillet said so."])
    assert orgs == {"UN Women": ""}, orgs


def test_a_known_acronym_that_also_stands_alone_is_expanded() -> None:
    # Guard: "the UN said" names the UN itself; "UN Women" stays a body of its own.
    orgs = _orgs(["The UN said the fund opens.", "UN Women welcomed it."])
    assert orgs.get("United Nations") == "UN" and "UN Women" in orgs, orgs


def test_a_known_acronym_before_an_event_stays() -> None:
    # Guard: "ICC Men's T20 World Cup" is an event of the ICC, which stays a body.
    orgs = _orgs(["The squad plays in the ICC Men's T20 World Cup in June."])
    assert "ICC" in orgs.values(), orgs
