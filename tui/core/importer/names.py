"""Patterns for people: Unicode-aware name words, honorifics, roles and cue verbs.

Python's ``re`` has no ``\\p{Lu}``; the class of capital letters is built once
from Unicode itself, so ``Šahović`` and ``Nikolić`` are names like any other.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from tui.core.text.fold import fold


def _upper_class() -> str:
    ranges: list[tuple[int, int]] = []
    for code in range(0x41, 0x2000):  # Latin, Greek, Cyrillic, Armenian... enough for names
        if chr(code).isupper() or chr(code).istitle():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    parts = [re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges]
    return "[" + "".join(parts) + "]"


UP = _upper_class()
WORD = rf"(?:{UP}[\w’'\-]*\w|{UP}\.?)"  # Šahović, O'Neill, Jean-Luc, J.
PARTICLE = r"(?:de|da|di|van|von|der|den|del|della|la|le|du|al|el|binti|binte|bin|ibn|ter|te|dos|das|y|ap|ab)"
NAME = rf"{WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{WORD}){{0,5}}"

CUE_WORDS = (
    "said|says|say|noted|notes|added|adds|stressed|stresses|underlined|underlines|emphasized|emphasised|"
    "emphasizes|emphasises|highlighted|highlights|pointed out|points out|warned|warns|urged|urges|stated|"
    "states|explained|explains|told|tells|insisted|insists|argued|argues|observed|observes|remarked|remarks|"
    "commented|comments|declared|declares|announced|announces|acknowledged|acknowledges|concluded|concludes|"
    "recalled|recalls|continued|continues|reiterated|reiterates|affirmed|affirms|asserted|asserts|suggested|"
    "suggests|wrote|writes|asked|asks|replied|replies|answered|answers|underscored|underscores|mentioned|"
    "mentions|confirmed|confirms|predicted|predicts|claimed|claims|agreed|agrees|concurred|concurs|recalled|cautioned|"
    "cautions|advised|advises|"
    "admitted|admits|believes|believed|maintained|maintains|reported|reports|revealed|reveals|went on"
)
CUE = rf"(?:{CUE_WORDS})"
# Quoted spans: double marks (an unclosed one runs to the paragraph's end), and single curly
# marks around words (‘…’; an apostrophe inside a word, as in don’t, does not close one).
# Marks are often mixed up: “…," closes at a straight mark after punctuation or before a cue
# ("“… the region", said X"), and "…,” at a curly one; a straight mark followed by a space
# closes a quote (it never opens one); ”Text…” opens with the wrong mark; a new “ while one is
# open starts a new span (the press style for a new paragraph of the same quote).
_CUE_AFTER = r"(?:said|says|added|adds)\b"
QUOTE_SPANS = re.compile(
    r"“(?:[^“”\"]|(?<![,.!?…])\"(?!,?\s+" + _CUE_AFTER + r"))*"
    r"(?:”|(?<=[,.!?…])\"|\"(?=,?\s+" + _CUE_AFTER + r")|$|(?=[ \t]*“))|„[^„“”]*(?:[“”]|$)|«[^«»]*(?:»|$)"
    r"|\"(?![\s])(?:[^\"”]|(?<![,.!?…])”)*(?:\"|(?<=[,.!?…])”|$)|(?<![\w’'])‘(?:[^‘’“”\n]|’(?=\w))+(?:’(?![\w’])|$)|(?<![\w”])”(?=[^\W\d_])[^“”]*”"
)
PRONOUN = r"(?:he|she|they|He|She|They)"

HONORIFICS = (
    "Ambassador",
    "Minister",
    "Deputy Minister",
    "Assistant Minister",
    "State Secretary",
    "Secretary-General",
    "Secretary General",
    "Deputy Secretary-General",
    "Secretary",
    "President",
    "Vice-President",
    "Vice President",
    "Prime Minister",
    "Deputy Prime Minister",
    "Chairperson-in-Office",
    "Director-General",
    "Director",
    "Commissioner",
    "High Commissioner",
    "Special Representative",
    "General",
    "Colonel",
    "Major",
    "Captain",
    "Lieutenant",
    "Judge",
    "Prosecutor",
    "Chief",
    "Professor",
    "Prof.",
    "Dr",
    "Dr.",
    "Mr",
    "Mr.",
    "Ms",
    "Ms.",
    "Mrs",
    "Mrs.",
    "Madam",
    "Madame",
    "Sir",
    "Dame",
    "Senator",
    "Governor",
    "Mayor",
    "Inspector",
    "Superintendent",
    "Superintendant",
    "Ombudsperson",
    "Tan Sri",
    "Puan Sri",
    "Datuk Seri",
    "Dato' Seri",
    "Datuk",
    "Dato'",
    "Dato’",
    "Datin",
)
# Capitalised words that start sentences but never start names.
STOP = frozenset(
    """
    The This That These Those It He She They We I You Our His Her Their Its A An In On At As But And
    Or Also However Then Later Meanwhile Today Yesterday Tomorrow Finally Speaking Asked According
    When While After Before During Since Although Though If So Yet Moreover Furthermore Participants
    Officials Delegates Experts Speakers Several Many Some Both Each Every There Here One Two Three
    Last Next New
    """.split()
)


# Who a person is, set before the name like a title: "Resident Lukhanyo Quza" is Lukhanyo Quza.
LEAD_NOUNS = frozenset(
    "Resident Residents Villager Parent Shopper Commuter Neighbour Neighbor Witness Volunteer".split()
)


@dataclass(frozen=True)
class Person:
    name: str
    honorific: str = ""
    role: str = ""

    @property
    def surname(self) -> str:
        return surname_of(self.name)


def clean_role(role: str) -> str:
    role = role.strip(" ,;:")
    if len(role.split()) > 24 or any(ch in role for ch in '“”"«»'):
        return ""
    return role


# Letters after a name (honours, degrees, seats): not part of the name ("Aoife Brennan TD").
POST_NOMINALS = frozenset(
    """AC AO AM OAM OBE MBE CBE KBE DBE CMG KCMG GCMG CH QC KC SC MP MSP MS MLA MEP MHK TD T.D. PhD Ph.D. MD M.D.
    DPhil DSc FRS FRSE FREng FMedSci FRCP FRCS FRSC FBA DL JP Jr Jr. Sr Sr. II III IV Esq Esq. RN
    BA MA BSc MSc MBA LLB LLM MPhil BEd MEd EdD Ph.D M.Sc M.Sc. B.Sc. M.A. B.A. LL.B. LL.M. MEng M.Eng. BEng
    B.Eng. ST S.T. SH S.H. SE S.E. MM M.M. SKom S.Kom S.Kom. SPd S.Pd M.Pd MSi M.Si S.Si
    Q.C. Q.C K.C. K.C M.P. M.P M.L.A. M.H.A. O.B.E. M.B.E. C.B.E. K.B.E. D.B.E. O.A.M. J.P.""".split()
)
# Surnames of two letters, which a text may set in capitals ("Andrew NG", "Wang YI"): not letters after a name.
_SHORT_SURNAMES = frozenset(
    "LI WU YU HO NG MA XU LU HE OH AN BO SU HU QI YE YI DU FU KO GO LE LO IP AU OU YO KU JO".split()
)


# Honours that a text may set in title case ("Anna Roe Oam"): never a third name word.
_TITLE_CASE_HONOURS = frozenset(
    w.capitalize() for w in "OAM OBE MBE CBE KBE DBE CMG KCMG GCMG MSP MLA MEP MHK FRSE FREng FRCP FRCS".split()
)


_PARTICLE_WORD = re.compile(rf"(?i:{PARTICLE})")


def is_particle(word: str) -> bool:
    """A particle inside a name, in either case ("bin", "Bin", "Al", "van")."""
    return _PARTICLE_WORD.fullmatch(word) is not None


def is_post_nominal(word: str) -> bool:
    """Letters after a name: `AC`, `Ph.D.`, an honour in title case (`Oam`), or an honour's initials
    with their stops (`C.G.H.`, `E.B.S.`: no surname is spelt so)."""
    return word in POST_NOMINALS or word in _TITLE_CASE_HONOURS or _DOTTED_HONOUR.fullmatch(word) is not None


# Three to five capitals, each with its stop: an honour's initials after a name (not "N.J.", a state).
_DOTTED_HONOUR = re.compile(r"(?:[A-Z]\.){3,5}")


# A generation after a name is part of it ("J. David Cox Sr."), unlike honours and degrees.
GENERATIONS = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})


def capitals_after(name: str) -> str:
    """The short word in capitals ending a name that is no surname of two letters
    nor a generation ("Arka Budi Wijaya AK"): perhaps letters after the name (a degree), or ""."""
    words = name.split()
    last = words[-1] if len(words) >= 2 else ""
    letters = last.replace(".", "")
    if not (2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()):
        return ""
    return "" if last in GENERATIONS or letters in _SHORT_SURNAMES else last


def strip_post_nominals(name: str) -> str:
    """`Margaret Gardner AC` -> `Margaret Gardner`, `Delos Cosgrove, M.D.` -> `Delos Cosgrove`;
    a generation stays: `Sam Cole, Jr., M.D.` -> `Sam Cole Jr.`."""
    words = name.replace(",", " , ").split()
    generation = ""
    while len(words) > 2 and (is_post_nominal(words[-1]) or words[-1] == ","):
        word = words.pop()
        if word in GENERATIONS and not generation:
            generation = word if word.endswith(".") or word.isupper() else word + "."
    kept = " ".join(words).replace(" , ", ", ").strip(" ,")
    return f"{kept} {generation}" if generation else kept


def surname_of(name: str) -> str:
    """The last word of a name that is not a generation: `J. David Cox Sr.` -> `Cox`."""
    words = name.split()
    while len(words) > 1 and words[-1] in GENERATIONS:
        words.pop()
    return words[-1] if words else ""


@functools.cache
def _detector() -> Any:
    import gender_guesser.detector as gd  # type: ignore[import-untyped]  # only `briefing import` needs it, and only on first use

    return gd.Detector(case_sensitive=False)


@functools.cache
def given_gender(word: str) -> str:
    """What a given name says of its bearer: 'm', 'f', 'a' (either) or '' (not a known given name)."""
    word = word.strip(".,")
    if len(word) < 2 or not word[:1].isupper() or word.isupper():
        return ""
    guess = _detector().get_gender(word)
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f", "andy": "a"}.get(guess, "")


@functools.cache
def common_given_name(word: str) -> bool:
    """Whether ``word`` is a given name common in some country: 4 or more on the name table's scale of 1 to 13
    ("Florence", "Austin", "Victoria"), not one borne rarely ("Manila", "Vienna"). The table is gender-guesser
    0.4's (its ``names``: name -> gender -> one frequency digit a country), pinned below 0.5 for it."""
    counts = _detector().names.get(word.casefold(), {}).values()
    return any(int(c, 16) >= 4 for values in counts for c in values if c.strip())


@functools.cache
def soft_gender(word: str) -> bool:
    """A given name mostly, not only, borne by one gender ("Devin", "Kim"): a weak witness against a pronoun."""
    word = word.strip(".,")
    if len(word) < 2 or not word[:1].isupper() or word.isupper():
        return False
    return _detector().get_gender(word) in ("mostly_male", "mostly_female")


# A given name of two syllables joined by a hyphen, the second in lower case ("Ho-min", "Mi-rae"): the
# romanised East Asian form, written after the surname.
_SYLLABLE_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")


def surname_first(name: str) -> bool:
    """``name`` is a surname and then a hyphenated given name of syllables ("Lee Ho-min", "Park Ji-won")."""
    words = name.split()
    return len(words) == 2 and words[0][:1].isupper() and _SYLLABLE_GIVEN.fullmatch(words[1]) is not None


def given_of(name: str) -> str:
    """A name's given name, after any initials before it ("A. John Knapp" -> "John")."""
    words = name.split()
    while len(words) > 2 and re.fullmatch(r"[A-Z]\.|[B-HJ-Z]", words[0]):
        words = words[1:]
    return words[0] if words else ""


# Initials before a given name: one, dotted or not ("A.", "D"; never "A"/"I"), or two or three dotted
# ("E.P."), but no honorific's ("H.E.", "H.R.H.").
_FRONT_INITIALS = re.compile(r"[A-Z]\.|[B-HJ-Z]|(?!H\.E\.|H\.R\.H\.)(?:[A-Z]\.){2,3}")


def trim_to_given(name: str) -> tuple[str, str]:
    """(words before, name) where the name starts at its given name:
    `Staff Peter Haddad` -> (`Staff`, `Peter Haddad`); `Station Commander Alan Haley` likewise."""
    words = name.split()
    if len(words) >= 3 and words[0] in LEAD_NOUNS:
        return words[0], " ".join(words[1:])
    if len(words) >= 4 and given_gender(words[0]):
        # "Sunshine Tour Gareth Tindall": a given name, two words in, after a word that is no name's.
        for i in range(2, len(words) - 1):
            if (
                given_gender(words[i]) in ("m", "f")
                and not is_particle(words[i])
                and not given_gender(words[i - 1])
                and words[i - 1].isalpha()
                and words[i - 1].istitle()
            ):
                return " ".join(words[:i]), " ".join(words[i:])
    if len(words) < 3 or given_gender(words[0]):
        return "", name
    for i in range(1, len(words) - 1):
        if is_particle(words[i - 1]) or is_particle(words[i]):
            continue  # "Hamid Bin Rashid Al Qasimi": a word after a particle is the name's, not a given name
        if given_gender(words[i]) in ("m", "f"):
            while i > 0 and _FRONT_INITIALS.fullmatch(words[i - 1]):
                i -= 1  # "A. John Knapp", "E.P. John Knapp": initials before the given name are the name's
            return " ".join(words[:i]), " ".join(words[i:])
    return "", name


# Familiar forms of given names whose letters do not open the name ("Bill" for "William"); the rest
# open it, but for an ending ("Mat" for "Mathew", "Dave" for "David", "Danny" for "Daniel").
_DIMINUTIVES = {
    "bill": ("william",),
    "will": ("william",),
    "bob": ("robert",),
    "rob": ("robert",),
    "bobby": ("robert",),
    "jim": ("james",),
    "jimmy": ("james",),
    "mike": ("michael",),
    "mick": ("michael",),
    "dick": ("richard",),
    "rick": ("richard",),
    "ted": ("edward",),
    "ned": ("edward",),
    "jack": ("john",),
    "johnny": ("john", "jonathan"),
    "tony": ("anthony",),
    "peggy": ("margaret",),
    "meg": ("margaret",),
    "liz": ("elizabeth",),
    "beth": ("elizabeth", "bethany"),
    "betty": ("elizabeth",),
    "kate": ("katherine", "catherine", "kathryn", "katharine"),
    "katie": ("katherine", "catherine", "kathryn", "katharine"),
    "cathy": ("catherine",),
    "kathy": ("katherine", "kathryn", "kathleen"),
    "sandy": ("alexander", "alexandra", "sandra"),
    "alex": ("alexander", "alexandra", "alexis"),
    "sasha": ("alexander", "alexandra"),
    "chuck": ("charles",),
    "charlie": ("charles", "charlotte"),
    "harry": ("henry", "harold"),
    "hank": ("henry",),
    "larry": ("lawrence", "laurence"),
    "jerry": ("gerald", "jerome", "jeremy"),
    "jeff": ("jeffrey", "geoffrey"),
    "steve": ("stephen", "steven"),
    "fred": ("frederick", "alfred", "frederik"),
    "ben": ("benjamin",),
    "sue": ("susan", "suzanne"),
    "sally": ("sarah",),
    "nick": ("nicholas", "nicolas"),
    "andy": ("andrew",),
    "drew": ("andrew",),
    "tom": ("thomas",),
    "pat": ("patrick", "patricia"),
    "patty": ("patricia",),
    "joe": ("joseph",),
    "jo": ("joanne", "joanna", "josephine"),
    "greg": ("gregory",),
}


def short_form_of(word: str, given: str) -> bool:
    """Whether ``word`` is a short or familiar form of the given name ``given`` ("Mat" of "Mathew",
    "Dave" of "David", "Danny" of "Daniel", "Bill" of "William"): its letters, less an ending
    (-e, -y, -ie, -ey and a doubled consonant before it), open the longer name, three letters at least."""
    w, g = word.casefold().rstrip("."), given.casefold()
    if not w.isalpha() or not g.isalpha() or len(w) < 2 or w == g or len(g) <= 2:
        return False
    if g in _DIMINUTIVES.get(w, ()):
        return True
    stems = {w}
    for ending in ("ie", "ey", "y", "e"):
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            stem = w[: -len(ending)]
            stems.add(stem)
            if len(stem) >= 4 and stem[-1] == stem[-2]:
                stems.add(stem[:-1])  # "Tommy": "Tom"
    return any(len(s) >= 3 and len(s) < len(g) and g.startswith(s) for s in stems)


# Abbreviated titles whose dot ends no sentence ("Dr. Roe", "Coun. Lee", "Engr. Obi"); an initial's
# dot ends none either (the readers of sentences check single capitals themselves).
TITLE_ABBREVIATIONS = (
    "Dr",
    "Mr",
    "Ms",
    "Mrs",
    "Messrs",
    "Smt",
    "Prof",
    "St",
    "No",
    "Dept",
    "Insp",
    "Supt",
    "Det",
    "Sgt",
    "Cst",
    "Const",
    "Cllr",
    "Clr",
    "Coun",
    "Cr",
    "Hon",
    "Rt",
    "Rev",
    "Gen",
    "Col",
    "Capt",
    "Lt",
    "Maj",
    "Adm",
    "Cmdr",
    "Cdr",
    "Sen",
    "Rep",
    "Gov",
    "Pres",
    "Sec",
    "Atty",
    "Amb",
    "Jr",
    "Sr",
    "Engr",
    "Pharm",
    "Comr",
)


def near_spelling(a: str, b: str) -> bool:
    """Two different surnames a letter apart (two for names of eight letters or more), same first
    letter, five letters or more: "Villers" and "Villiers", one name the text spells two ways.
    (Bounded: names of 40 letters at most; the edit distance over them.)"""
    a, b = a.casefold(), b.casefold()
    if a == b or min(len(a), len(b)) < 5 or max(len(a), len(b)) > 40 or a[0] != b[0]:
        return False
    most = 2 if min(len(a), len(b)) >= 8 else 1
    if abs(len(a) - len(b)) > most:
        return False
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1] <= most


def plain_letters(word: str) -> str:
    """``word`` with its accents left out ("Novák" -> "Novak"), its case kept."""
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    )


def _title_cased(word: str) -> str:
    """A surname written in capitals, back to a capital and lower case: "NOVÁK" -> "Novák",
    "O'BRIEN" -> "O'Brien", "McDONALD" -> "McDonald" (its lower-case letters stay)."""
    head = re.match(rf"\w*[a-z](?={UP})", word)
    start = head.end() if head else 0
    cased = word[:start] + word[start:].title()
    return cased if len(cased) == len(word) else word  # ("KİLİÇ": "İ" in title case is two characters)


# A known given name, then its surname in capitals, UN style ("Ana NOVÁK", "Jo de la CRUZ").
_CAPITAL_SURNAME = re.compile(
    rf"(?<![\w’'-])({UP}[^\W\d_]+)"
    rf"((?:[ \t]+(?:{PARTICLE}[ \t]+){{0,2}}(?:Ma?c)?{UP}+(?:[-’']{UP}+)*(?![\w’'-])){{1,3}})"
)


def written_words(texts: list[str]) -> set[str]:
    """The surnames ``texts`` write as a surname, in capital and lower case, casefolded and accents left
    out: after a courtesy title or before a cue verb ("Ms. Novak", "Kovac said": "novak", "kovac")."""
    return {fold(m.group(1) or m.group(2)) for text in texts for m in _SURNAME_WRITTEN.finditer(text)}


_SURNAME_WRITTEN = re.compile(
    rf"(?<![\w-])(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof|Sir|Dame)\.?[ \t]+((?:Ma?c)?{UP}[a-z][\w’'-]*)"
    rf"|(?<![\w’'-])((?:Ma?c)?{UP}[a-z][\w’'-]*)[ \t]+(?:said|says|added|adds|told|explained|noted)\b"
)


def recase_capital_surnames(text: str, written: set[str]) -> str:
    """``text`` with each surname written in capitals after a known given name put in title case
    ("Ana NOVÁK" -> "Ana Novák"), each word the same length, when the text also writes that surname
    in capital and lower case as a surname elsewhere (``written``, see written_words: "Ms. Novak"):
    "Amber ALERT", "Will NASA" and "Hope FOR ALL" stay as they are.
    An acronym the text gives in brackets ("(RTO)") or with an article ("the RTO") is no surname."""
    if not re.search(rf"{UP}{{2}}", text):
        return text
    acronyms = set(re.findall(r"\((\w+)\)|\b[Tt]he[ \t]+(\w+)", text))
    acronyms = {w for pair in acronyms for w in pair}

    def recased(m: re.Match[str]) -> str:
        given, rest = m.group(1), m.group(2)
        words = re.findall(r"[^\W\d_][\w’'-]*", rest)
        capitals = [w for w in words if not w.islower()]
        if (
            not given[1:].islower()
            or not given_gender(given)
            or any(len(w) < 2 or w in acronyms or is_post_nominal(w) for w in capitals)
            or any(fold(w) not in written for w in capitals)
        ):
            return m.group(0)
        return given + re.sub(
            r"[^\W\d_][\w’'-]*", lambda w: w.group(0) if w.group(0) not in capitals else _title_cased(w.group(0)), rest
        )

    return _CAPITAL_SURNAME.sub(recased, text)
