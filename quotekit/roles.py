"""The role stage: name, kind, role and affiliation from a speaker's own noun phrase.

Requires: a :class:`~quotekit.document.Parse` and the speaker mentions. Provides a :class:`Profile` per
mention (:func:`mention_profiles`); the people the NER names anywhere are :mod:`quotekit.entities`'s.
Patterns:

- apposition: "Issam al-Reis, an FSA spokesman," -> role "spokesman", affiliation "FSA";
- title modifiers: "Russian Foreign Minister Sergei Lavrov" -> role "Foreign Minister", affiliation "Russia";
- role-only phrase and possessive: "Saudi Arabia's foreign minister" -> role "foreign minister",
  affiliation "Saudi Arabia";
- "spokesman for X" / "head of X" -> affiliation X;
- relative clause: "X, who heads Y" -> role "head", affiliation Y.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from quotekit.document import Parse, Word
from quotekit.lexicon import (
    CORE_ARGUMENT_RELS,
    DEMONYMS,
    DOCUMENT_NOUNS,
    FIRST_PERSON,
    GENDERED_WORDS,
    NON_ROLE_PERSON_NOUNS,
    PARTY_LETTERS,
    PARTY_WORDS,
    PERSON_NOUNS,
    PERSON_POSSESSIVES,
    PRONOUNS,
    ROLE_MODIFIERS_DROPPED,
    ROLE_NOUNS,
    STAFF_ROLES,
    TIME_NOUNS,
    TITLE_ROLES,
    TITLES,
)
from quotekit.model import SpeakerKind
from quotekit.rules import NAMING_RULES
from quotekit.speakers import Mention, coordination, mention_words

__all__ = [
    "CAMPAIGN",
    "PARTY_TAG",
    "Profile",
    "in_institution_name",
    "is_headline",
    "mention_profiles",
    "name_tokens",
    "profile",
]

#: Verbs of a relative clause that state a role: "who heads the agency" -> "head".
ROLE_VERBS = {
    "head": "head",
    "lead": "leader",
    "chair": "chair",
    "run": "head",
    "direct": "director",
    "found": "founder",
    "represent": "representative",
    "command": "commander",
}
#: The word of a candidate's campaign: "the Roe campaign", "her campaign" (SPEAKERS.md §3.1).
CAMPAIGN = "campaign"
#: Staff roles that keep "campaign" as part of the position (SPEAKERS.md §3.3: "campaign chairman",
#: "campaign manager"); of the others the campaign is the affiliation ("Lopez campaign spokesman").
CAMPAIGN_POSITIONS = frozenset({"chairman", "chairwoman", "chair", "manager"})
#: Prepositions of an employer in a relative clause: "who works at", "who consults for", "who is with".
EMPLOYER_CASES = frozenset({"at", "for", "with"})
#: Prepositions that, before a place, say where a person works ("a lawyer in Miami"), not for whom.
LOCATIVE_CASES = frozenset({"in"})
#: Prepositions that attach a document to its issuer: "a report by", "a poll from", "a memo of".
ISSUER_CASES = frozenset({"by", "from", "of"})
#: Prepositions that attach a role to its organization: "spokesman for", "head of", "minister in".
AFFILIATION_CASES = frozenset({"for", "of", "at", "with", "in"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
#: Lower-case words inside an organization's name: "Institute for Policy Integrity", "Bank of England".
#: Relations of a name under the role noun that heads a phrase: "spokeswoman Ann Kim", "the chief, Roe,".
_NAMED_ROLE_RELS = frozenset({"appos", "flat", "compound", "nmod", "dep"})
_NAME_JOINERS = frozenset({"of", "for", "and", "&"})
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "al", "&"})
_NAME_TOKEN = regex.compile(r"\w+")
_POSSESSIVE = regex.compile(r"\s*['\u2019]s?$")
#: A party tag after a politician's name, with or without the state: "(D-Calif.)", "(R-Texas)", "(D)".
PARTY_TAG = regex.compile(r"\(([DRI])(?:-\s?[\p{Lu}][\p{L}. ]*)?\)")
_PARTY_TAG_AFTER = regex.compile(r"\s*" + PARTY_TAG.pattern)
#: A headline: at least HEADLINE_MIN_WORDS words longer than HEADLINE_WORD_CHARS letters (function words
#: are short), HEADLINE_SHARE of them capitalised (AP and Chicago title case).
HEADLINE_MIN_WORDS, HEADLINE_WORD_CHARS, HEADLINE_SHARE = 4, 3, 0.8
#: NER classes whose names NER delimits better than the parser does (organizations, and places that act).
INSTITUTION_NER = frozenset({"organization", "place"})
#: Quotation marks around a nickname inside a name: Robert C. "Bobby" Scott.
_NICKNAME_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})


def name_tokens(name: str | None) -> frozenset[str]:
    """The lower-cased words of a name without function words: ``"Free Syrian Army"`` ->
    ``{"free", "syrian", "army"}``; two names of one entity share them ("Lopez" <= "Maria Lopez")."""
    if not name:
        return frozenset()
    return frozenset(t.lower() for t in _NAME_TOKEN.findall(name) if t.lower() not in _FUNCTION_WORDS)


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
    if word.upos == "PRON":
        return _pronoun_profile(word)
    coordinated = coordination(parse, head) and words[-1] > max(mention_words(parse, head))
    if coordinated and not _one_institution(parse, head, words):
        return _group_profile(parse, head, words)
    if word.upos == "NOUN" and word.lemma.lower() in DOCUMENT_NOUNS:
        return _document_profile(parse, head)
    candidate = _candidate_of_campaign(parse, head)
    if candidate is not None:  # "the Roe campaign", "Roe's campaign": named after its candidate
        return Profile(f"{candidate} campaign", "organization")
    owner = _possessive_pronoun(parse, head)
    if owner is not None and word.text.lower() == CAMPAIGN:  # "her campaign": coreference names it
        return Profile(None, "organization", role_noun=CAMPAIGN, possessor=owner)
    name_words = _name_words(parse, head) or _name_after_role(parse, head)
    role, affiliation, role_noun = _role_and_affiliation(parse, head, name_words)
    kind = _kind(parse, word, name_words, role_noun)
    if kind == "group" and not name_words and (role_noun or "") not in ROLE_NOUNS:
        role = role_noun = None  # "Western nations": a group, no role; "officials" keeps "officials"
    if name_words:
        affiliation = (
            affiliation
            or _party_tag(parse, name_words)
            or _party_apposition(parse, name_words)
            or _party_before(parse, name_words)
            or _employer_in_relative_clause(parse, [head, *name_words])
        )
    elif kind == "group" and word.text.lower() in PARTY_WORDS and word.feat("Number") == "Plur":
        affiliation = affiliation or word.text  # "Democrats", "some Republicans": the party's members
    role, former = _clean_role(role)
    if role and kind == "group" and role_noun and role.split()[-1].lower() != role_noun:
        role = " ".join(
            [*role.split()[:-1], role_noun]
        )  # group roles are singular: "officials" -> "official"
    # a name is a proper name or None: "officials", "a spokesman", "Western nations" are unnamed sources
    name = _POSSESSIVE.sub("", _text(parse, name_words)) if name_words and word.ner != "group" else None
    gender = _gender(parse, words, role_noun)
    return Profile(name, kind, role, affiliation, role_noun, gender=gender, former=former)


def _group_profile(parse: Parse, head: int, words: tuple[int, ...]) -> Profile:
    """ "Roe and Kim", "Federal and state officials": one group source with no single name (SPEAKERS.md
    §3.1), whose role is the shared role noun ("officials" -> "official") if any."""
    last = parse.words[words[-1]]
    noun = last.lemma.lower() if last.upos == "NOUN" and last.lemma.lower() in ROLE_NOUNS else None
    return Profile(None, "group", noun, role_noun=noun)


def _document_profile(parse: Parse, head: int) -> Profile:
    """ "A Treasury report", "the agency's memo", "a poll by the Harbor Institute": a document speaks for
    its issuer, its affiliation (SPEAKERS.md §3.4); it has no name or role. Its noun lets "the report"
    find it again. A person's own document ("Roe's letter") has no affiliation."""
    noun = parse.words[head].lemma.lower()
    return Profile(None, "document", None, _issuer(parse, head), role_noun=noun)


def _issuer(parse: Parse, head: int) -> str | None:
    for c in parse.children[head]:
        child = parse.words[c]
        if child.upos != "PROPN" or child.ner == "person":
            continue
        if child.deprel == "nmod:poss" or (child.deprel == "nmod" and _cases(parse, c) & ISSUER_CASES):
            return _proper_phrase(parse, c)  # "the Treasury's report", "a poll by the Harbor Institute"
    sent = parse.sentences[parse.words[head].sent]
    k = head
    while k - 1 >= sent.first and parse.words[k - 1].upos == "PROPN" and parse.words[k - 1].ner != "person":
        k -= 1
    return _POSSESSIVE.sub("", _text(parse, list(range(k, head)))) if k < head else None  # "a Treasury memo"


def _name_after_role(parse: Parse, head: int) -> list[int]:
    """ "spokeswoman Ann Kim said", "the commissioner, John Roe, said": the person's name that a role
    noun (or a noun of a person: "his daughter Ivy Roe") heading the mention governs (apposition or flat
    name)."""
    word = parse.words[head]
    noun = word.lemma.lower()
    if word.upos != "NOUN" or noun not in ROLE_NOUNS | PERSON_NOUNS or word.feat("Number") == "Plur":
        return []  # "spokeswoman Ann Kim", "his daughter Ivy Roe"
    for c in parse.children[head]:
        child = parse.words[c]
        if c > head and child.upos == "PROPN" and child.ner == "person" and child.deprel in _NAMED_ROLE_RELS:
            return _name_words(parse, c)
    return []


def _clean_role(role: str | None) -> tuple[str | None, bool]:
    """The role without determiners and temporal or evaluative modifiers, and whether it was "former"
    ("the top spokeswoman" -> "spokeswoman"; "former secretary of state" -> "secretary of state", True)."""
    if role is None:
        return None, False
    words = role.split()
    former = False
    while words and (words[0].lower() in ROLE_MODIFIERS_DROPPED or words[0].lower() in _DETERMINERS):
        former = former or words[0].lower() in {"former", "ex", "then"}
        words.pop(0)
    if words and words[0].lower().startswith(("former-", "ex-", "then-")):
        former, words[0] = True, words[0].split("-", 1)[1]
    return (" ".join(words) or None), former


def _campaign(parse: Parse, lo: int, hi: int, role_noun: str | None) -> str | None:
    """Campaign staff of a person work for the person's campaign: "Stein spokeswoman", "Roe's campaign
    manager" -> "Stein campaign", "Roe campaign" (a person's name as the affiliation of a staff role)."""
    if _before_campaign(parse, hi):  # "Roe campaign spokesman": the word says so, whatever NER tagged
        return _POSSESSIVE.sub("", parse.words[hi].text) + " campaign"
    if role_noun not in STAFF_ROLES or not any(parse.words[i].ner == "person" for i in range(lo, hi + 1)):
        return None
    return _POSSESSIVE.sub("", parse.words[hi].text) + " campaign"


def _possessive_pronoun(parse: Parse, head: int) -> str | None:
    """ "her campaign": the possessive pronoun of a person on the phrase's head, lower-cased."""
    for c in parse.children[head]:
        child = parse.words[c]
        if child.deprel == "nmod:poss" and child.text.lower() in PERSON_POSSESSIVES:
            return child.text.lower()
    return None


def _candidate_of_campaign(parse: Parse, head: int) -> str | None:
    """ "The Roe campaign said", "Roe's campaign said": the candidate a campaign is named after (SPEAKERS.md
    §3.1), a proper noun compounded or possessed into the word "campaign"."""
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
    surname = _POSSESSIVE.sub("", parse.words[max(names)].text)  # "the Ann Kim campaign" -> "Kim"
    return surname if surname[:1].isupper() else None


def _before_campaign(parse: Parse, i: int) -> bool:
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


def _party_tag(parse: Parse, name_words: list[int]) -> str | None:
    """ "Sen. Ann Kim (D-Calif.)": the party of a party-and-state tag after the name."""
    found = _PARTY_TAG_AFTER.match(parse.text, parse.words[name_words[-1]].end)
    return PARTY_LETTERS[found.group(1)] if found else None


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
            text = _text(parse, mention.words)
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


def _text(parse: Parse, indices: list[int] | tuple[int, ...]) -> str:
    if not indices:
        return ""
    return parse.text[parse.words[min(indices)].start : parse.words[max(indices)].end]


def _is_name_part(word: Word, after: Word | None = None) -> bool:
    """A word of a proper name: a proper noun (not a time word: "Congress Friday"), a hyphen, or before
    a proper noun a capitalised adjective that is no demonym or party ("New" in "New York Times", "White"
    in "White House"; not "Russian" in "Russian Foreign Minister")."""
    if word.text.lower() in TIME_NOUNS:
        return False
    if word.upos == "PROPN" or (word.upos == "PUNCT" and word.text in {"-", "\u2010", "\u2011"}):
        return True
    return (
        after is not None
        and after.upos == "PROPN"
        and word.upos == "ADJ"
        and word.text[:1].isupper()
        and word.text.lower() not in DEMONYMS
        and word.text.lower() not in PARTY_WORDS
    )


def _name_words(parse: Parse, head: int) -> list[int]:
    """The proper name in the phrase: the run of proper nouns around the head, without leading titles,
    role nouns and affiliation words ("Russian Foreign Minister Sergei Lavrov" -> "Sergei Lavrov")."""
    sent = parse.sentences[parse.words[head].sent]
    if parse.words[head].upos != "PROPN" and not _tagged_institution(parse, head, sent.first):
        return []
    lo = hi = head
    while True:
        if (
            lo - 1 >= sent.first
            and _is_name_part(parse.words[lo - 1], parse.words[lo])
            and not _POSSESSIVE.search(parse.words[lo - 1].text)
        ):
            lo -= 1
        elif lo - 4 >= sent.first and _is_nickname(parse, lo - 4):
            lo -= 4
        else:
            break
    while True:
        if (
            hi + 1 < sent.last
            and _is_name_part(parse.words[hi + 1])
            and not _POSSESSIVE.search(parse.words[hi].text)  # "Kim's Senate seat": the name ends at 's
            and (
                parse.words[hi + 1].head in range(lo, hi + 2)
                or parse.words[hi + 1].head == parse.words[head].head
            )
        ):
            hi += 1
        elif hi + 4 < sent.last and _is_nickname(parse, hi):
            hi += 4
        else:
            break
    ner = parse.words[head].ner
    if ner in INSTITUTION_NER:  # "Securities and Exchange Commission": NER's span, joiners and all
        lo, hi = _organization_span(parse, ner, (lo, hi), (sent.first, sent.last))
    if ner and is_headline(parse, sent.first, sent.last):
        # title case runs names into the words around them ("Roe Calls Kim A Liar"): NER draws the line
        lo = max((i + 1 for i in range(lo, head) if parse.words[i].ner != ner), default=lo)
        hi = min((i - 1 for i in range(head + 1, hi + 1) if parse.words[i].ner != ner), default=hi)
    run = list(range(lo, hi + 1))
    last_title = max((i for i in run[:-1] if _is_title_word(parse.words[i])), default=lo - 1)
    names = [i for i in run if i > last_title]
    if parse.words[head].ner == "person":  # "U.S. Secretary of State John Kerry": drop non-person words
        while names and names[0] != head and parse.words[names[0]].ner != "person":
            names.pop(0)
    while names and parse.words[names[0]].upos == "PUNCT":
        names.pop(0)
    while (
        len(names) > 1
        and parse.words[names[0]].text.lower() in PARTY_WORDS
        and parse.words[names[-1]].ner == "person"
    ):
        names.pop(0)  # "Democrat Ann Kim": her party ("Democratic National Committee" keeps its word)
    return names


def is_headline(parse: Parse, first: int, last: int) -> bool:
    """Whether words ``first`` to ``last`` are in title case, as a headline ("Hillary Clinton Speaks To
    Voters"): its names run into other words, so the registry reads no names there."""
    long_words = [
        w.text for w in parse.words[first:last] if len(w.text) > HEADLINE_WORD_CHARS and w.text.isalpha()
    ]
    if len(long_words) < HEADLINE_MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in long_words) >= HEADLINE_SHARE * len(long_words)


def _one_institution(parse: Parse, head: int, words: tuple[int, ...]) -> bool:
    """Whether a coordination is one organization's name that NER spans ("Securities and Exchange
    Commission" parsed as "Securities" and "Commission"), not two sources ("NBC and ABC")."""
    ner = parse.words[head].ner
    if ner not in INSTITUTION_NER:
        return False
    sent = parse.sentences[parse.words[head].sent]
    lo, hi = _organization_span(parse, ner, (head, head), (sent.first, sent.last))
    named = [i for i in words if parse.words[i].upos not in {"DET", "PUNCT"}]
    return lo <= named[0] and named[-1] <= hi


def in_institution_name(word: Word, ner: str) -> bool:
    """Whether ``word`` is a capitalised word that NER puts in a name of class ``ner``, whatever its part
    of speech ("Securities" in "Securities and Exchange Commission", "House" in "The White House")."""
    return word.ner == ner and word.text[:1].isupper() and word.upos not in {"DET", "PUNCT"}


def _tagged_institution(parse: Parse, i: int, first: int) -> bool:
    """A common noun inside a sentence (not its capitalised first word) that NER puts in an organization's
    or place's name: "House" in "The White House said"."""
    word = parse.words[i]
    return (
        word.ner in INSTITUTION_NER
        and in_institution_name(word, word.ner)
        and i > first
        and word.upos == "NOUN"
    )


def _organization_span(
    parse: Parse, ner: str, run: tuple[int, int], sentence: tuple[int, int]
) -> tuple[int, int]:
    """The ``run`` of words (first, last) widened over the capitalised words NER gives the same
    organization or place (class ``ner``) inside ``sentence`` (first word, end), and the joiners between
    them ("and", "of", "for"), whatever the parser made of them."""
    (lo, hi), (first, last) = run, sentence

    def member(i: int) -> bool:
        return in_institution_name(parse.words[i], ner)

    def joiner(i: int) -> bool:
        """ "of" / "for" inside a name; "and" only inside one name, whose word before it depends on a word
        of the name after it ("Securities and Exchange Commission"), or the tagger took for a common noun:
        "and" joins two names too ("NBC and ABC", where "NBC" heads the coordination)."""
        word, before = parse.words[i], parse.words[i - 1]
        if word.ner != ner or word.text.lower() not in _NAME_JOINERS:
            return False
        if word.text.lower() not in {"and", "&"} or before.upos != "PROPN":
            return True
        return before.head > i and member(before.head)

    while True:
        if lo - 1 >= first and member(lo - 1):
            lo -= 1
        elif lo - 2 >= first and joiner(lo - 1) and member(lo - 2):
            lo -= 2
        else:
            break
    while True:
        if hi + 1 < last and member(hi + 1):
            hi += 1
        elif hi + 2 < last and joiner(hi + 1) and member(hi + 2):
            hi += 2
        else:
            break
    return lo, hi


def _is_nickname(parse: Parse, i: int) -> bool:
    """Whether a quoted nickname joins the name words ``i`` and ``i + 4``: Robert C. "Bobby" Scott."""
    a, open_, nick, close, b = parse.words[i : i + 5]
    return (
        open_.text in _NICKNAME_MARKS
        and close.text in _NICKNAME_MARKS
        and all(w.upos == "PROPN" and w.text[:1].isupper() for w in (a, nick, b))
        and open_.end == nick.start
        and nick.end == close.start
    )


def _is_title_word(word: Word) -> bool:
    lower = word.text.lower()
    return (
        lower in ROLE_NOUNS
        or lower.removesuffix("s") in ROLE_NOUNS
        or lower in TITLES
        or lower + "." in TITLES
    )


def _kind(parse: Parse, word: Word, name_words: list[int], role_noun: str | None) -> SpeakerKind:
    ner = parse.words[name_words[-1]].ner if name_words else word.ner
    if ner == "person":
        return "person"
    if ner in {"organization", "place"}:
        return "organization"
    if ner == "group":
        return "group"
    if word.upos == "NOUN" or (word.upos == "PROPN" and not name_words):
        if word.feat("Number") == "Plur":
            return "group"
        if role_noun is not None or word.lemma in PERSON_NOUNS:
            return "person"
    if word.upos == "PROPN" and role_noun is not None:
        return "person"
    return "unknown"


# --------------------------------------------------------------------------------------------------------
# Role and affiliation


def _role_and_affiliation(
    parse: Parse, head: int, name_words: list[int]
) -> tuple[str | None, str | None, str | None]:
    """The first pattern that yields a role: title modifiers, apposition, the head noun itself, a relative
    clause."""
    for finder in (
        _role_from_title,
        _role_from_abbreviated_title,
        _role_from_governing_noun,
        _role_from_apposition,
        _role_from_head_noun,
        _role_from_relative_clause,
        _role_from_following_apposition,
    ):
        found = finder(parse, head, name_words)
        if found is not None:
            return found
    return None, None, None


def _role_from_title(parse: Parse, head: int, name_words: list[int]) -> tuple[str, str | None, str] | None:
    """ "Russian Foreign Minister Sergei Lavrov": role words right before the name."""
    if not name_words:
        return None
    sent = parse.sentences[parse.words[head].sent]
    j = name_words[0] - 1
    role_end = j
    while (
        j >= sent.first and parse.words[j].text.lower() not in ROLE_NOUNS and _is_title_part(parse.words[j])
    ):
        j -= 1
    if j < sent.first or parse.words[j].text.lower() not in ROLE_NOUNS:
        return None
    role_end = max(role_end, j)
    k = j
    while k - 1 >= sent.first and _is_role_modifier(parse.words[k - 1]):
        k -= 1
    role_noun = parse.words[j].text.lower()
    m = _leading_affiliation(parse, k, j)
    if m > k:  # "NYPD Commissioner", "White House spokesman", "Lopez campaign aide"
        campaign = _campaign(parse, k, m - 1, role_noun)
        staff = campaign is not None and role_noun not in CAMPAIGN_POSITIONS
        if staff and m < j and parse.words[m].text.lower() == CAMPAIGN:
            m += 1  # "Lopez campaign spokesman" -> "spokesman"
        return (
            _text(parse, list(range(m, role_end + 1))),
            campaign or _text(parse, list(range(k, m))),
            role_noun,
        )
    role = _text(parse, list(range(k, role_end + 1)))
    return role, _affiliation_before(parse, k, sent.first, role_noun), role_noun


def _role_from_governing_noun(
    parse: Parse, head: int, name_words: list[int]
) -> tuple[str, str | None, str] | None:
    """ "Connecticut's tax commissioner, Kevin Roe,": the name is the apposition of a role noun."""
    word = parse.words[head]
    if not name_words or word.deprel not in {"appos", "flat", "compound"} or word.head < 0:
        return None
    governor = parse.words[word.head]
    if governor.upos != "NOUN" or governor.i > head:
        return None
    return _role_of_noun(parse, governor.i)


def _role_from_abbreviated_title(
    parse: Parse, head: int, name_words: list[int]
) -> tuple[str, str | None, str] | None:
    """ "Sen. John Roe", "state Del. Ann Kim": an abbreviated title, written out (SPEAKERS.md §3.3)."""
    if not name_words or name_words[0] - 1 < parse.sentences[parse.words[head].sent].first:
        return None
    title = parse.words[name_words[0] - 1].text.lower()
    role = TITLE_ROLES.get(title) or TITLE_ROLES.get(title + ".")
    if role is None:
        return None
    return role, _place_before_title(parse, name_words[0] - 1), role.lower()


def _place_before_title(parse: Parse, title: int) -> str | None:
    """ "New Jersey Gov. Ann Kim" -> "New Jersey": the proper name right before an abbreviated title is
    the state or body the office belongs to (SPEAKERS.md §3.4); none after a verb ("said Sen. Roe")."""
    first = parse.sentences[parse.words[title].sent].first
    k = title
    while k - 1 >= first and _is_name_part(parse.words[k - 1], parse.words[k]):
        k -= 1
    return _text(parse, list(range(k, title))) if k < title else None


def _leading_affiliation(parse: Parse, k: int, j: int) -> int:
    """Where a role starts after the organization or person written at its front: the index after
    "NYPD" in "NYPD Commissioner", after "White House" in "White House spokesman" (``k`` if none)."""
    m = k
    while (
        m < j
        and _is_name_part(parse.words[m], parse.words[m + 1])
        and parse.words[m].text.lower() not in ROLE_NOUNS
    ):
        m += 1
    run = [parse.words[i] for i in range(k, m)]
    if any(_is_acronym(w.text) or w.ner in {"organization", "person", "place"} for w in run):
        return m
    if m > k and _before_campaign(parse, m - 1):
        return m
    return k


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "").replace("&", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def _party_apposition(parse: Parse, name_words: list[int]) -> str | None:
    """ "Ann Kim, Democrat of Ohio,": a party word as the name's apposition."""
    sent = parse.sentences[parse.words[name_words[-1]].sent]
    j = name_words[-1] + 1
    if j + 1 < sent.last and parse.words[j].text == "," and parse.words[j + 1].text.lower() in PARTY_WORDS:
        return parse.words[j + 1].text
    return None


def _party_before(parse: Parse, name_words: list[int]) -> str | None:
    """ "Democrat Ann Kim", "Republican John Roe": a party word as the name's title."""
    j = name_words[0] - 1
    if j < parse.sentences[parse.words[name_words[0]].sent].first:
        return None
    word = parse.words[j]
    return word.text if word.text.lower() in PARTY_WORDS and word.text[:1].isupper() else None


def _is_title_part(word: Word) -> bool:
    return word.upos in {"PROPN", "NOUN"} and word.ner not in {"person"}


def _is_role_modifier(word: Word) -> bool:
    """Words that belong to a role: "Foreign" in "Foreign Minister", "vice" in "vice president"."""
    lower = word.text.lower()
    if lower in DEMONYMS or word.ner in {"organization", "place"} or word.upos in {"DET", "PUNCT", "ADP"}:
        return False
    return (word.upos in {"ADJ", "NOUN", "PROPN"} and word.feat("Number") != "Plur") or lower in ROLE_NOUNS


def _affiliation_before(parse: Parse, k: int, first: int, role_noun: str | None = None) -> str | None:
    """The affiliation written before a role: "Russian" -> Russia, "U.S." , "Saudi Arabia's", "FSA"; a
    person's name before a staff role is the person's campaign ("a Lopez campaign aide")."""
    j = k - 1
    while j >= first and parse.words[j].lemma in {"'s", "\u2019s", "'"}:
        j -= 1
    if j < first:
        return None
    word = parse.words[j]
    if word.text.lower() in DEMONYMS:
        return DEMONYMS[word.text.lower()]
    if word.upos == "PROPN" or word.ner in {"organization", "place", "group"}:
        lo = j
        while lo - 1 >= first and _is_name_part(parse.words[lo - 1], parse.words[lo]):
            lo -= 1
        return _campaign(parse, lo, j, role_noun) or _POSSESSIVE.sub("", _text(parse, list(range(lo, j + 1))))
    return None


def _role_from_apposition(
    parse: Parse, head: int, name_words: list[int]
) -> tuple[str, str | None, str] | None:
    """ "Issam al-Reis, an FSA spokesman,": the apposition's role noun."""
    for c in parse.children[head]:
        if parse.words[c].deprel == "appos":
            found = _role_of_noun(parse, c, any_noun=True)
            if found is not None:
                return found
    return None


def _role_from_following_apposition(
    parse: Parse, head: int, name_words: list[int]
) -> tuple[str, str | None, str] | None:
    """ "said Mary Jones, the project director": a name followed by ", (the) ... ROLE" (the apposition
    attached elsewhere by the parser)."""
    if not name_words:
        return None
    sent = parse.sentences[parse.words[head].sent]
    j = name_words[-1] + 1
    if j >= sent.last or parse.words[j].text != ",":
        return None
    j += 1
    if j < sent.last and parse.words[j].upos == "DET":
        j += 1
    while (
        j + 1 < sent.last
        and parse.words[j].text.lower() not in ROLE_NOUNS
        and parse.words[j].upos in {"ADJ", "NOUN", "PROPN"}
        and parse.words[j + 1].upos in {"ADJ", "NOUN", "PROPN"}
    ):
        j += 1
    if j >= sent.last or parse.words[j].upos != "NOUN":
        return None
    noun = parse.words[j]
    if noun.deprel in CORE_ARGUMENT_RELS and noun.lemma.lower() not in ROLE_NOUNS:
        return None  # "For Roe, the format was new": the noun is the clause's subject, no apposition
    return _role_of_noun(parse, j, any_noun=True)


def _role_from_head_noun(
    parse: Parse, head: int, name_words: list[int]
) -> tuple[str, str | None, str] | None:
    """ "Saudi Arabia's foreign minister", "the spokesman for the army": the head noun is the role."""
    if name_words:
        return None
    return _role_of_noun(parse, head)


def _role_of_noun(parse: Parse, i: int, *, any_noun: bool = False) -> tuple[str, str | None, str] | None:
    """The role phrase headed by noun ``i`` (a role-lexicon noun, or any singular common noun of an
    apposition when ``any_noun``) with its affiliation."""
    word = parse.words[i]
    is_role = word.text.lower() in ROLE_NOUNS or word.lemma in ROLE_NOUNS
    if not is_role and not (any_noun and word.upos == "NOUN" and word.feat("Number") != "Plur"):
        return None
    if not is_role and word.lemma.lower() in NON_ROLE_PERSON_NOUNS:
        return None  # "Ivy Roe, his eldest daughter,": kin, not a position
    sent = parse.sentences[word.sent]
    k = i
    while k - 1 >= sent.first and _is_role_modifier(parse.words[k - 1]) and parse.words[k - 1].head in {i, k}:
        k -= 1
    role_noun = word.lemma.lower()
    stated = _affiliation_of_noun(parse, i, role_noun)
    m = _leading_affiliation(parse, k, i)
    if m > k and stated is None:  # "a Lopez campaign aide": the person's campaign, not the speaker's name
        leading = _campaign(parse, k, m - 1, role_noun) or _text(parse, list(range(k, m)))
        return _text(parse, list(range(m, i + 1))), leading, role_noun
    if stated is not None:  # "House editor for the Weekly Review": the employer after, the beat before
        while (
            k - 1 >= sent.first
            and parse.words[k - 1].deprel == "compound"
            and parse.words[k - 1].head in {i, k}
            and parse.words[k - 1].upos in {"PROPN", "NOUN"}
        ):
            k -= 1
    role = _text(parse, list(range(k, i + 1)))
    return role, stated or _affiliation_before(parse, k, sent.first, role_noun), role_noun


def _affiliation_of_noun(parse: Parse, i: int, role_noun: str | None = None) -> str | None:
    """ "spokesman for the Free Syrian Army", "Saudi Arabia's minister": a possessor or "for/of" noun;
    a person's staff work for the person's campaign ("Roe's campaign manager" -> "Roe campaign")."""
    for c in parse.children[i]:
        child = parse.words[c]
        if child.deprel == "nmod:poss" and child.upos == "PROPN":
            return _campaign(parse, c, c, role_noun) or _proper_phrase(parse, c)
        cases = _cases(parse, c)
        if child.deprel == "nmod" and cases & AFFILIATION_CASES and child.upos == "PROPN":
            if cases <= LOCATIVE_CASES and child.ner == "place":
                continue  # "an adviser in Eau Claire": where the person works, not for whom
            return _proper_phrase(parse, c)
    return None


def _proper_phrase(parse: Parse, i: int) -> str:
    """The proper-noun words around ``i`` ("Saudi Arabia", "the Free Syrian Army" -> without "the")."""
    sent = parse.sentences[parse.words[i].sent]
    lo = hi = i
    while lo - 1 >= sent.first and _is_name_part(parse.words[lo - 1], parse.words[lo]):
        lo -= 1
    while hi + 1 < sent.last and (
        _is_name_part(parse.words[hi + 1])
        or (
            parse.words[hi + 1].text in _NAME_JOINERS
            and hi + 2 < sent.last
            and parse.words[hi + 2].upos == "PROPN"
            and parse.words[hi + 2].text[:1].isupper()
        )
    ):
        hi += 1
    return _POSSESSIVE.sub("", _text(parse, list(range(lo, hi + 1))))


def _employer_in_relative_clause(parse: Parse, words: list[int]) -> str | None:
    """ "Ann Kim, who studies tax law at the Harbor Institute,": the organization a relative clause of the
    name (on any of its ``words``) says the person works at, for or with."""
    for c in (c for w in words for c in parse.children[w]):
        if parse.words[c].deprel != "acl:relcl":
            continue
        for i in parse.subtree(c):
            word = parse.words[i]
            if word.upos == "PROPN" and word.ner == "organization" and _cases(parse, i) & EMPLOYER_CASES:
                return _proper_phrase(parse, i)
    return None


def _cases(parse: Parse, i: int) -> set[str]:
    """The prepositions of word ``i`` ("for" in "for the army")."""
    return {parse.words[g].lemma.lower() for g in parse.children[i] if parse.words[g].deprel == "case"}


def _role_from_relative_clause(
    parse: Parse, head: int, name_words: list[int]
) -> tuple[str, str | None, str] | None:
    """ "X, who heads the agency,": role "head", affiliation "the agency"'s proper name."""
    for c in parse.children[head]:
        clause = parse.words[c]
        if clause.deprel == "acl:relcl" and clause.lemma in ROLE_VERBS:
            for g in parse.children[c]:
                if parse.words[g].deprel == "obj":
                    obj = parse.words[g]
                    affiliation = _proper_phrase(parse, g) if obj.upos == "PROPN" else None
                    return ROLE_VERBS[clause.lemma], affiliation, ROLE_VERBS[clause.lemma]
    return None
