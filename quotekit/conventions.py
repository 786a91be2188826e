"""US news conventions for campaigns and parties, apart from the linguistics of roles.

Requires: a :class:`~quotekit.document.Parse` and the names room. Each helper reads one convention of
American political news, whose data (and the reason each holds) is :data:`quotekit.lang.en.US_NEWS`;
the finders of :mod:`quotekit.roles` and :mod:`quotekit.profiles` call them by name, so the conventions
stay in one place:

- a campaign is named after its candidate ("the Roe campaign", "Roe's campaign"), and a candidate's staff
  work for it ("Stein spokeswoman" -> affiliation "Stein campaign"): news names a campaign by the
  candidate's surname;
- a party tag after a legislator's name gives the party ("Sen. Ann Kim (D-Calif.)"): the AP style for
  members of Congress;
- a party word as a title or apposition is the party ("Democrat Ann Kim", "Ann Kim, Democrat of Ohio");
- an office of a chamber of Congress is held by a member of it ("Senate Majority Leader Ann Kim" ->
  "Senator"), and a legislator's affiliation is the party if stated, else the state ("Rep. Ann Kim of
  Ohio" -> "Ohio"): the legislator conventions of US news (SPEAKERS.md §3.3, §3.4 rule 2).
"""

from __future__ import annotations

import regex

from quotekit.document import Parse
from quotekit.lang.en import PERSON_POSSESSIVES, US_NEWS
from quotekit.names import POSSESSIVE, proper_phrase

__all__ = [
    "CAMPAIGN",
    "CAMPAIGN_POSITIONS",
    "PARTY_TAG",
    "before_campaign",
    "campaign_of_staff",
    "candidate_of_campaign",
    "chamber_office",
    "is_legislator",
    "legislator_affiliation",
    "party_adjective",
    "party_apposition",
    "party_before",
    "party_tag",
    "possessive_pronoun",
    "staff_role_start",
    "state_after_name",
]

#: The word of a candidate's campaign: "the Roe campaign", "her campaign".
CAMPAIGN = US_NEWS.campaign
#: Staff roles that keep "campaign" as part of the position ("campaign manager").
CAMPAIGN_POSITIONS = US_NEWS.campaign_positions
#: A party tag after a politician's name, with or without the state: "(D-Calif.)", "(R-Texas)", "(D)".
PARTY_TAG = US_NEWS.party_tag
_PARTY_TAG_AFTER = regex.compile(r"\s*" + PARTY_TAG.pattern)


def campaign_of_staff(parse: Parse, lo: int, hi: int, role_noun: str | None) -> str | None:
    """Campaign staff of a person work for the person's campaign: "Stein spokeswoman", "Roe's campaign
    manager" -> "Stein campaign", "Roe campaign" (a person's name as the affiliation of a staff role)."""
    if before_campaign(parse, hi):  # "Roe campaign spokesman": the word says so, whatever NER tagged
        return POSSESSIVE.sub("", parse.words[hi].text) + " campaign"
    if role_noun not in US_NEWS.staff_roles or not any(
        parse.words[i].ner == "person" for i in range(lo, hi + 1)
    ):
        return None
    return POSSESSIVE.sub("", parse.words[hi].text) + " campaign"


def possessive_pronoun(parse: Parse, head: int) -> str | None:
    """ "her campaign": the possessive pronoun of a person on the phrase's head, lower-cased."""
    for c in parse.children[head]:
        child = parse.words[c]
        if child.deprel == "nmod:poss" and child.text.lower() in PERSON_POSSESSIVES:
            return child.text.lower()
    return None


def candidate_of_campaign(parse: Parse, head: int) -> str | None:
    """ "The Roe campaign said", "Roe's campaign said": the candidate a campaign is named after (news
    names a campaign by its candidate's surname), a proper noun compounded or possessed into the word
    "campaign"."""
    word = parse.words[head]
    if word.upos != "NOUN" or word.text.lower() != CAMPAIGN:
        return None
    names = [
        i
        for c in parse.children[head]
        if c < head and parse.words[c].upos == "PROPN" and parse.words[c].deprel in {"compound", "nmod:poss"}
        for i in parse.subtree(c)
        if parse.words[i].upos == "PROPN"
    ]
    if not names:
        return None
    surname = POSSESSIVE.sub("", parse.words[max(names)].text)  # "the Ann Kim campaign" -> "Kim"
    return surname if surname[:1].isupper() else None


def before_campaign(parse: Parse, i: int) -> bool:
    """ "Roe campaign": a capitalised proper noun right before the word "campaign" names a candidate."""
    word = parse.words[i]
    following = parse.words[i + 1] if i + 1 < len(parse.words) else None
    return (
        word.upos == "PROPN"
        and word.text[:1].isupper()
        and following is not None
        and following.sent == word.sent
        and following.text.lower() == CAMPAIGN
    )


def party_tag(parse: Parse, name_words: list[int]) -> str | None:
    """ "Sen. Ann Kim (D-Calif.)": the party of a party-and-state tag after the name."""
    found = _PARTY_TAG_AFTER.match(parse.text, parse.words[name_words[-1]].end)
    return US_NEWS.party_letters[found.group(1)] if found else None


def party_apposition(parse: Parse, name_words: list[int]) -> str | None:
    """ "Ann Kim, Democrat of Ohio,": a party word as the name's apposition."""
    sent = parse.sentences[parse.words[name_words[-1]].sent]
    j = name_words[-1] + 1
    if (
        j + 1 < sent.last
        and parse.words[j].text == ","
        and parse.words[j + 1].text.lower() in US_NEWS.party_words
    ):
        return parse.words[j + 1].text
    return None


def party_before(parse: Parse, name_words: list[int]) -> str | None:
    """ "Democrat Ann Kim", "Republican John Roe": a party word as the name's title."""
    j = name_words[0] - 1
    if j < parse.sentences[parse.words[name_words[0]].sent].first:
        return None
    word = parse.words[j]
    return word.text if word.text.lower() in US_NEWS.party_words and word.text[:1].isupper() else None


def staff_role_start(parse: Parse, m: int, role_noun: str | None) -> int:
    """Where a role starts after a candidate's name: the campaign is the affiliation, not the position
    ("Lopez campaign spokesman" -> "spokesman"), unless the word is part of the position ("Lopez campaign
    manager" -> "campaign manager"): one answer for the same words, wherever the name stands."""
    if (
        m > 0
        and before_campaign(parse, m - 1)
        and parse.words[m].text.lower() == CAMPAIGN
        and role_noun not in CAMPAIGN_POSITIONS
    ):
        return m + 1
    return m


def party_adjective(text: str) -> str | None:
    """ "Democratic" in "Democratic strategist", "GOP" in "GOP leaders": the party a party adjective names."""
    return US_NEWS.party_adjectives.get(text.lower())


#: Parts of speech of the words of a title before a name or a head noun: "Senate Majority Leader",
#: "Democratic Senatorial Campaign Committee Chairman", "Senate Republican leaders".
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})


def _title_words(parse: Parse, head: int, name_words: list[int]) -> list[int]:
    """The run of title words right before the name (or up to the head noun of an unnamed phrase)."""
    last = name_words[0] - 1 if name_words else head
    first = parse.sentences[parse.words[head].sent].first
    k = last + 1
    while k - 1 >= first and parse.words[k - 1].upos in _TITLE_POS and parse.words[k - 1].text[:1].isalpha():
        k -= 1
    return list(range(k, last + 1))


def chamber_office(parse: Parse, head: int, name_words: list[int]) -> str | None:
    """ "Senate Majority Leader Ann Kim", "House Judiciary Committee Chairman Ed Roe", "Senate Republican
    leaders": a title that names an office of a chamber of Congress -> the role of a member of that
    chamber ("Senator"); not "state Senate President", "Senate candidate"."""
    words = _title_words(parse, head, name_words)
    while words and party_adjective(parse.words[words[0]].text):  # "Democratic Senatorial ... Chairman"
        words = words[1:]
    chamber = US_NEWS.chambers.get(parse.words[words[0]].text) if len(words) >= 2 else None
    offices = [
        i
        for i in words[1:]
        if {parse.words[i].text.lower(), parse.words[i].lemma.lower()} & US_NEWS.chamber_offices
    ]
    if chamber is None or not offices:
        return None
    after = words[words.index(offices[-1]) + 1 :]  # a first name the parser left in the title
    if any(parse.words[i].ner != "person" for i in after):
        return None
    return US_NEWS.chamber_members[chamber]


def is_legislator(role: str | None) -> bool:
    """ "Senator", "former senator", "Representative": a role of a member of a legislature."""
    return bool(role) and (role or "").split()[-1].lower() in US_NEWS.legislator_roles


def legislator_affiliation(
    parse: Parse, head: int, name_words: list[int], affiliation: str | None
) -> str | None:
    """A legislator's affiliation: the party if stated ("Sen. Ann Kim (D-Ohio)", "Ann Kim, Democrat of
    Ohio", "Republican Rep. Ann Kim", "Senate Republican leaders"), else ``affiliation`` (the one the
    role finders read), else the state after the name ("Rep. Ann Kim of Ohio" -> "Ohio")."""
    title = (party_adjective(parse.words[i].text) for i in _title_words(parse, head, name_words))
    whole = _whole_name(parse, name_words)
    stated = whole and (
        party_tag(parse, whole) or party_apposition(parse, whole) or party_before(parse, whole)
    )
    party = stated or next(filter(None, title), None)
    return party or affiliation or state_after_name(parse, whole)


def _whole_name(parse: Parse, name_words: list[int]) -> list[int]:
    """The name's words up to its last person word: a head "Ann" parsed apart from "Harlow" still ends at
    "Harlow", where a party tag or a state follows."""
    if not name_words:
        return []
    last = parse.sentences[parse.words[name_words[-1]].sent].last
    j = name_words[-1]
    while j + 1 < last and parse.words[j + 1].upos == "PROPN" and parse.words[j + 1].ner == "person":
        j += 1
    return [*name_words, *range(name_words[-1] + 1, j + 1)]


def state_after_name(parse: Parse, name_words: list[int]) -> str | None:
    """ "Rep. Ann Kim of Ohio", "Sen. John Roe of New Mexico": a proper name after "of" right after a
    legislator's name is the state the legislator represents (whatever NER calls it)."""
    if not name_words:
        return None
    j = name_words[-1] + 1
    last = parse.sentences[parse.words[name_words[-1]].sent].last
    if j + 1 >= last or parse.words[j].text != "of" or parse.words[j + 1].upos != "PROPN":
        return None
    return proper_phrase(parse, j + 1)
