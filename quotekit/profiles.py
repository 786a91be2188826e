"""The profile room: what one noun phrase says of its referent, before coreference.

Requires: a :class:`~quotekit.document.Parse` and the speaker mentions. Provides a :class:`Profile` (name,
kind, role, affiliation, gender) per mention (:func:`mention_profiles`), or of any noun phrase
(:func:`profile`); the people the NER names anywhere are :mod:`quotekit.entities`'s.

- a pronoun: its number and gender ("she" -> a person, "Fem");
- a coordination: one group ("Roe and Kim", "Federal and state officials");
- a document: it speaks for its issuer ("a Treasury report");
- a name or a description: its name (:mod:`quotekit.names`), role and affiliation (:mod:`quotekit.roles`).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quotekit.conventions import (
    CAMPAIGN,
    candidate_of_campaign,
    chamber_office,
    is_legislator,
    legislator_affiliation,
    party_adjective,
    party_apposition,
    party_before,
    party_tag,
    possessive_pronoun,
)
from quotekit.document import Parse, Word
from quotekit.lang.en import (
    DOCUMENT_NOUNS,
    FIRST_PERSON,
    GENDERED_WORDS,
    INSTITUTION_NOUNS,
    ORGANIZATION_NAME_ENDS,
    PARTY_MEMBERS,
    PARTY_WORDS,
    PEOPLE_POINTERS,
    PERSON_NOUNS,
    PRONOUNS,
    QUANTIFYING_ADJECTIVES,
    QUANTITY_NOUNS,
    ROLE_NOUNS,
    SINGULAR_QUANTIFIERS,
)
from quotekit.mentions import names_a_time
from quotekit.model import SpeakerKind
from quotekit.names import POSSESSIVE, name_words, one_institution, proper_phrase, text_of
from quotekit.roles import clean_role, employer_in_relative_clause, role_and_affiliation
from quotekit.rules import NAMING_RULES
from quotekit.speakers import Mention, coordination, mention_words
from quotekit.syntax import cases
from quotekit.titles import role_noun_of

__all__ = ["Profile", "mention_profiles", "profile"]

#: Prepositions that attach a document to its issuer: "a report by", "a poll from", "a memo of".
ISSUER_CASES = frozenset({"by", "from", "of"})

#: Lower-case words inside an organization's name: "Institute for Policy Integrity", "Bank of England".
#: Relations of a name under the role noun that heads a phrase: "spokeswoman Ann Kim", "the chief, Roe,".
_NAMED_ROLE_RELS = frozenset({"appos", "flat", "compound", "nmod", "dep"})


@attrs.frozen
class Profile:
    """What a single mention says of its speaker, before coreference."""

    name: str | None
    kind: SpeakerKind
    role: str | None = None
    affiliation: str | None = None
    role_noun: str | None = None  # the role's head noun, lower-cased ("minister"), for role-only coreference
    pronoun: str | None = None  # the pronoun, lower-cased, when the mention is one
    gender: str = ""  # "Masc" / "Fem" when the phrase states it ("Mr.", "spokeswoman", "she")
    former: bool = False  # the role is no longer held ("former secretary of state")
    possessor: str | None = None  # "her" of "her campaign": whose the unnamed source is


def profile(parse: Parse, head: int, words: tuple[int, ...]) -> Profile:
    """The profile of the mention ``words`` headed by ``head``."""
    word = parse.words[head]
    if word.text.lower() in PEOPLE_POINTERS:  # "those surveyed": people, not a pronoun with an antecedent
        return Profile(None, "group")
    if word.upos == "PRON":
        return _pronoun_profile(word)
    whole = _partitive_whole(parse, word)
    if whole is not None:  # "85% of Democrats", "most of her aides": the group they are part of
        part = profile(parse, whole, mention_words(parse, whole))
        return attrs.evolve(part, name=None, kind=_quantity_kind(word))
    if word.upos in _QUANTITY_UPOS or word.text.lower() in QUANTIFYING_ADJECTIVES:  # "Most said", "Another"
        return Profile(None, _quantity_kind(word))
    coordinated = coordination(parse, head) and words[-1] > max(mention_words(parse, head))
    if coordinated and not one_institution(parse, head, words):
        return _group_profile(parse, head, words)
    if word.lemma.lower() in DOCUMENT_NOUNS and (
        word.upos == "NOUN" or (word.upos == "PROPN" and words == (head,))
    ):
        return _document_profile(parse, head)  # "the report"; "Poll: ..." capitalized in a headline label
    candidate = candidate_of_campaign(parse, head)
    if candidate is not None:  # "the Roe campaign", "Roe's campaign": named after its candidate
        return Profile(f"{candidate} campaign", "organization")
    owner = possessive_pronoun(parse, head)
    if owner is not None and word.text.lower() == CAMPAIGN:  # "her campaign": coreference names it
        return Profile(None, "organization", role_noun=CAMPAIGN, possessor=owner)
    if _party_members(word):  # "Several Democrats", "the Republicans": the party's members, never a name
        return Profile(None, "group", None, word.text)
    if word.text.lower() in PARTY_MEMBERS and not [
        w for w in words if w != head and parse.words[w].upos == "PROPN"
    ]:
        return Profile(None, "person", None, word.text)  # "one Democrat": a party member, no name
    named = name_words(parse, head) or _name_after_role(parse, head)
    role, affiliation, role_noun = role_and_affiliation(parse, head, named)
    affiliation = _without_edge_punctuation(affiliation)
    kind = _kind(parse, word, named, role_noun)
    if kind == "group" and not named and (role_noun or "") not in ROLE_NOUNS:
        role = role_noun = None  # "Western nations": a group, no role; "officials" keeps "officials"
    if named:
        affiliation = (
            affiliation
            or party_tag(parse, named)
            or party_apposition(parse, named)
            or party_before(parse, named)
            or employer_in_relative_clause(parse, [head, *named])
            or _possessor_organization(parse, named)
        )
    elif kind == "group":
        affiliation = affiliation or _party_modifier(parse, head)  # "Republican voters": the party's voters
    role, former = clean_role(role)
    if role and kind == "group" and role_noun and role.split()[-1].lower() != role_noun:
        role = " ".join(
            [*role.split()[:-1], role_noun]
        )  # group roles are singular: "officials" -> "official"
    role, affiliation = _legislator(parse, head, named, role, affiliation)
    # a name is a proper name or None: "officials", "a spokesman", "Western nations" are unnamed sources
    name = POSSESSIVE.sub("", text_of(parse, named)) if named and word.ner != "group" else None
    gender = _gender(parse, words, role_noun)
    return Profile(name, kind, role, affiliation, role_noun, gender=gender, former=former)


#: NER classes of a possessor that employs the person named after it: an organization, a country ("Peru's
#: Ana Diaz"), or none (NER often leaves an unsplit "NBC’s" untagged); never a person ("Obama's daughter").
_POSSESSOR_NER = frozenset({"organization", "place", ""})


#: Tags of a quantity heading a speaker by itself ("[42]%", "[Both]", "[Another]"); an adjective only of
#: :data:`~quotekit.lang.en.QUANTIFYING_ADJECTIVES` (the tagger calls a noun an adjective too: "The ad/JJ").
_QUANTITY_UPOS = frozenset({"NUM", "DET", "CCONJ"})


def _quantity_kind(word: Word) -> SpeakerKind:
    """ "Another", "one of her aides": one person; "most", "85%", "both": several."""
    return "person" if word.text.lower() in SINGULAR_QUANTIFIERS else "group"


def _partitive_whole(parse: Parse, word: Word) -> int | None:
    """ "[85%] of Democrats", "[most] of her aides", "[a majority] of delegates": the noun of the "of"
    phrase of a number, quantifier or quantity noun that heads a mention (a partitive, Huddleston &
    Pullum 2002, §5.9.2), else ``None``."""
    if word.upos not in {"NUM", "DET", "ADJ"} and word.lemma.lower() not in QUANTITY_NOUNS:
        return None
    for c in parse.children[word.i]:
        noun = parse.words[c]
        if noun.deprel == "nmod" and noun.upos in {"NOUN", "PROPN"} and "of" in cases(parse, c):
            return c
    return None


def _possessor_organization(parse: Parse, named: list[int]) -> str | None:
    """ "CNN’s Dana Bash", "the Ledger's Ann Roe": an organization whose possessive stands right before a
    person's name is what the person works for (a person's possessive is not: "Obama's daughter")."""
    if parse.words[named[-1]].ner != "person" or named[0] == 0:
        return None
    k = named[0] - 1
    if parse.words[k].lemma in {"'s", "’s", "'"}:  # the clitic split off: "CNN" "’s"
        k -= 1
    word = parse.words[k]
    if (
        word.sent != parse.words[named[0]].sent
        or word.ner not in _POSSESSOR_NER
        or word.upos != "PROPN"
        or (k == named[0] - 1 and not POSSESSIVE.search(word.text))
    ):
        return None
    lo = k
    while lo - 1 >= 0 and parse.words[lo - 1].sent == word.sent and parse.words[lo - 1].upos == "PROPN":
        lo -= 1
    return POSSESSIVE.sub("", text_of(parse, list(range(lo, k + 1)))) or None


def _party_members(word: Word) -> bool:
    """ "Democrats", "some Republicans": a plural party noun names the party's members, a group."""
    lower = word.text.lower()
    return lower in PARTY_WORDS and (word.feat("Number") == "Plur" or lower.endswith("s"))


def _party_modifier(parse: Parse, head: int) -> str | None:
    """ "Republican voters", "GOP donors": a party adjective on a group noun, as written."""
    for c in parse.children[head]:
        child = parse.words[c]
        if c < head and child.deprel in {"amod", "compound"} and party_adjective(child.text):
            return child.text
    return None


def _legislator(
    parse: Parse, head: int, named: list[int], role: str | None, affiliation: str | None
) -> tuple[str | None, str | None]:
    """A member of Congress by the US news conventions: a chamber office makes a Senator or Representative
    ("Senate Majority Leader Ann Kim" -> "Senator"; the office's noun stays the role noun, for "the
    majority leader said"), and a legislator's affiliation is the party if stated, else the state (the
    chamber or committee of an office is none: SPEAKERS.md §3.4 rule 2)."""
    office = chamber_office(parse, head, named)
    if office is not None:
        role, affiliation = office, None  # "Senate Majority" of "Senate Majority Leader" is no affiliation
    if not is_legislator(role):
        return role, affiliation
    return role, legislator_affiliation(parse, head, named, affiliation)


def _group_profile(parse: Parse, head: int, words: tuple[int, ...]) -> Profile:
    """ "Roe and Kim", "Federal and state officials": one group source with no single name (a
    coordination refers to a set, not to one of its members), whose role is the shared role noun
    ("officials" -> "official") if any."""
    last = parse.words[words[-1]]
    noun = last.lemma.lower() if last.upos == "NOUN" and last.lemma.lower() in ROLE_NOUNS else None
    return Profile(None, "group", noun, role_noun=noun)


def _document_profile(parse: Parse, head: int) -> Profile:
    """ "A Treasury report", "the agency's memo", "a poll by the Harbor Institute": a document speaks for
    its issuer, its affiliation (a text speaks only through whoever issued it); it has no name or role.
    Its noun lets "the report" find it again. A person's own document ("Roe's letter") has no affiliation."""
    noun = parse.words[head].lemma.lower()
    return Profile(None, "document", None, _issuer(parse, head), role_noun=noun)


def _issuer(parse: Parse, head: int) -> str | None:
    for c in parse.children[head]:
        child = parse.words[c]
        if child.upos != "PROPN" or child.ner == "person":
            continue
        if child.deprel == "nmod:poss" or (child.deprel == "nmod" and cases(parse, c) & ISSUER_CASES):
            return proper_phrase(parse, c)  # "the Treasury's report", "a poll by the Harbor Institute"
    sent = parse.sentences[parse.words[head].sent]
    k = head
    while k - 1 >= sent.first and parse.words[k - 1].upos == "PROPN" and parse.words[k - 1].ner != "person":
        k -= 1
    while k < head and names_a_time(parse, k):  # "a Wednesday editorial": a date, no issuer
        k += 1
    return POSSESSIVE.sub("", text_of(parse, list(range(k, head)))) if k < head else None  # "a Treasury memo"


def _name_after_role(parse: Parse, head: int) -> list[int]:
    """ "spokeswoman Ann Kim said", "the commissioner, John Roe, said": the person's name that a role
    noun (or a noun of a person: "his daughter Ivy Roe") heading the mention governs (apposition or flat
    name)."""
    word = parse.words[head]
    noun = role_noun_of(parse, head)
    if word.upos != "NOUN" or noun not in ROLE_NOUNS | PERSON_NOUNS or word.feat("Number") == "Plur":
        return []  # "spokeswoman Ann Kim", "his daughter Ivy Roe"
    for c in parse.children[head]:
        child = parse.words[c]
        if c > head and child.upos == "PROPN" and child.ner == "person" and child.deprel in _NAMED_ROLE_RELS:
            return name_words(parse, c)
    return []


def mention_profiles(parse: Parse, mentions: Sequence[Mention | None]) -> list[Profile | None]:
    """The profile of each speaker mention (``None`` stays ``None``). A mention found by a naming
    convention (:data:`NAMING_RULES`) is the speaker's name as written."""
    out: list[Profile | None] = []
    for mention in mentions:
        if mention is None:
            out.append(None)
            continue
        prof = profile(parse, mention.head, mention.words)
        if mention.rule in NAMING_RULES:
            text = text_of(parse, mention.words)
            prof = attrs.evolve(
                prof, name=prof.name or text, kind="person" if prof.kind == "unknown" else prof.kind
            )
        out.append(prof)
    return out


def _gender(parse: Parse, words: tuple[int, ...], role_noun: str | None) -> str:
    for i in words:
        found = GENDERED_WORDS.get(parse.words[i].text.lower())
        if found:
            return found
    return GENDERED_WORDS.get(role_noun or "", "")


def _pronoun_profile(word: Word) -> Profile:
    lower = word.text.lower()
    if lower in FIRST_PERSON:
        return Profile(None, "unknown", pronoun=lower)
    number, gender = PRONOUNS.get(lower, ("", ""))
    kind: SpeakerKind = "group" if number == "Plur" else "organization" if gender == "Neut" else "person"
    return Profile(None, kind, pronoun=lower, gender=gender if gender in {"Masc", "Fem"} else "")


def _kind(parse: Parse, word: Word, name_words: list[int], role_noun: str | None) -> SpeakerKind:
    ner = parse.words[name_words[-1]].ner if name_words else word.ner
    if len(name_words) > 1 and parse.words[name_words[-1]].text.lower().rstrip(".") in ORGANIZATION_NAME_ENDS:
        return "organization"  # "Paulson Partners", whatever NER calls it: no person's name ends so
    if ner == "person":
        return "person"
    if ner in {"organization", "place"}:
        return "organization"
    if ner == "group":
        return "group"
    if word.upos == "NOUN" and word.lemma.lower() in INSTITUTION_NOUNS:
        return "organization"  # "the company", "the police": an institution speaking
    if word.upos == "NOUN" or (word.upos == "PROPN" and not name_words):
        if word.feat("Number") == "Plur":
            return "group"
        if role_noun is not None or word.lemma in PERSON_NOUNS:
            return "person"
    if word.upos == "PROPN" and role_noun is not None:
        return "person"
    return "unknown"


def _without_edge_punctuation(text: str | None) -> str | None:
    """ "Britain" of "LONDON (Reuters) - Britain's foreign secretary": no dash or comma the tagger left in
    a name's words at either end of an affiliation."""
    if text is None:
        return None
    return text.strip(_EDGE_PUNCTUATION) or None


#: Punctuation never at either end of an affiliation (a dateline's dash, a list's comma).
_EDGE_PUNCTUATION = " -\u2013\u2014,;:"
