"""A nickname in quote marks inside a name ('Vernon “Mutt” Hunter') never stops the import."""

from tests.support.importing import drafted, speaker_names

RELEASE = """County weighs a new courthouse

“We cannot keep patching the roof every spring,” said Commissioner Harold “Buzz” Tatum.

The board will vote next month. “The bids are in,” Tatum said.

Residents spoke at the meeting. “It is about time,” said Loretta  “Lolly”   Fenwick, who lives nearby.
"""


def test_a_nickname_in_a_name_gives_a_draft_and_its_speakers() -> None:
    assert drafted(RELEASE).quotes
    names = speaker_names(RELEASE)
    assert "Harold Tatum" in names
    assert "Loretta Fenwick" in names
