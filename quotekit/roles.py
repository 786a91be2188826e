"""The role room: role and affiliation from a speaker's own noun phrase.

Requires: a :class:`~quotekit.document.Parse`, the mention's head and its name words
(:func:`quotekit.names.name_words`). Provides ``(role, affiliation, role noun)`` by the first finder of
:data:`ROLE_FINDERS` that yields one (:func:`role_and_affiliation`). Patterns:

- apposition: "Issam al-Reis, an FSA spokesman," -> role "spokesman", affiliation "FSA";
- title modifiers: "Russian Foreign Minister Sergei Lavrov" -> role "Foreign Minister", affiliation "Russia";
- role-only phrase and possessive: "Saudi Arabia's foreign minister" -> role "foreign minister",
  affiliation "Saudi Arabia";
- "spokesman for X" / "head of X" -> affiliation X;
- relative clause: "X, who heads Y" -> role "head", affiliation Y.

Campaign staff follow :mod:`quotekit.conventions`.
"""

from __future__ import annotations

from collections.abc import Callable

from quotekit.conventions import campaign_of_staff, party_adjective, staff_role_start
from quotekit.document import Parse, Word
from quotekit.lang.en import (
    CORE_ARGUMENT_RELS,
    DEMONYMS,
    FORMER_WORDS,
    GROUP_SELECTORS,
    NON_ROLE_PERSON_NOUNS,
    ROLE_MODIFIERS_DROPPED,
    ROLE_NOUNS,
    TITLE_ROLES,
)
from quotekit.mentions import appended_to_apposition, bare_role_apposition
from quotekit.names import POSSESSIVE, is_name_part, is_title_domain, proper_phrase, text_of
from quotekit.syntax import cases
from quotekit.titles import (
    employer_text,
    hyphen_end,
    is_affiliation_word,
    is_role_word,
    leading_affiliation,
    modifiers_start,
    past_dropped_modifiers,
    quoted_title_before,
    role_noun_of,
    role_text,
)

__all__ = [
    "AFFILIATION_CASES",
    "ROLE_FINDERS",
    "RoleFinder",
    "clean_role",
    "employer_in_relative_clause",
    "role_and_affiliation",
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

#: Prepositions of an employer in a relative clause: "who works at", "who consults for", "who is with".
EMPLOYER_CASES = frozenset({"at", "for", "with"})

#: Prepositions that, before a place, say where a person works ("a lawyer in Miami"), not for whom.
LOCATIVE_CASES = frozenset({"in"})

#: Prepositions that attach a role to its organization: "spokesman for", "head of", "minister in".
AFFILIATION_CASES = frozenset({"for", "of", "at", "with", "in"})

#: Verb forms that modify a noun like an adjective: "managing director", "retired firefighter".
PARTICIPLES = frozenset({"Part", "Ger"})

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


def clean_role(role: str | None) -> tuple[str | None, bool]:
    """The role without determiners and temporal or evaluative modifiers, and whether it was "former"
    ("the top spokeswoman" -> "spokeswoman"; "former secretary of state" -> "secretary of state", True)."""
    if role is None:
        return None, False
    words = role.split()
    former = False
    while words and (words[0].lower() in ROLE_MODIFIERS_DROPPED or words[0].lower() in _DETERMINERS):
        former = former or words[0].lower() in FORMER_WORDS
        words.pop(0)
    if words and words[0].lower().startswith(tuple(f"{w}-" for w in FORMER_WORDS)):
        former, words[0] = True, words[0].split("-", 1)[1]
    return (" ".join(words) or None), former


def role_and_affiliation(
    parse: Parse, head: int, name_words: list[int]
) -> tuple[str | None, str | None, str | None]:
    """The role, affiliation and role noun of the first of :data:`ROLE_FINDERS` that finds a role."""
    for finder in ROLE_FINDERS:
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
        j >= sent.first
        and not is_role_word(parse, j)
        and (
            _is_title_part(parse.words[j])
            or _of_in_title(parse, j, sent.first)
            or is_title_domain(parse, j, name_words)
        )
    ):
        j -= 1
    if j < sent.first or not is_role_word(parse, j):
        return None
    role_end = max(role_end, j)
    k = modifiers_start(parse, j, _is_role_modifier)
    role_noun = role_noun_of(parse, j)
    d = past_dropped_modifiers(parse, k, j)
    m = leading_affiliation(parse, d, j)
    if m > d:  # "NYPD Commissioner", "White House spokesman", "Lopez campaign aide", "Former CNN anchor"
        campaign = campaign_of_staff(parse, d, m - 1, role_noun)
        affiliation = campaign or employer_text(parse, d, m, j)
        start = staff_role_start(parse, m, role_noun) if m < j else m
        return role_text(parse, k, d, start, role_end), affiliation, role_noun
    role = text_of(parse, list(range(k, role_end + 1)))
    before = _affiliation_before(parse, k, sent.first, role_noun)
    return role, before or _organization_after_name(parse, head), role_noun


def _organization_after_name(parse: Parse, head: int) -> str | None:
    """ "Professor Lars Eriksen of the University of Oslo": the organization an "of"/"at" phrase of a titled
    name names (its employer; a place there is a residence or a constituency, which conventions read)."""
    for c in parse.children[head]:
        child = parse.words[c]
        employer = child.upos == "PROPN" and child.ner == "organization"
        if child.deprel == "nmod" and c > head and employer and cases(parse, c) & _NAME_EMPLOYER_CASES:
            return proper_phrase(parse, c)
    return None


#: Prepositions by which a titled name's phrase names the employer ("Professor Ann Roe of/at Hill College").
_NAME_EMPLOYER_CASES = frozenset({"of", "at"})


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
    """ "Sen. John Roe", "state Del. Ann Kim": an abbreviated title, written out (one office, two
    spellings)."""
    if not name_words or name_words[0] - 1 < parse.sentences[parse.words[head].sent].first:
        return None
    title = parse.words[name_words[0] - 1].text.lower()
    role = TITLE_ROLES.get(title) or TITLE_ROLES.get(title + ".")
    if role is None:
        return None
    return role, _place_before_title(parse, name_words[0] - 1), role.lower()


def _place_before_title(parse: Parse, title: int) -> str | None:
    """ "New Jersey Gov. Ann Kim" -> "New Jersey": the proper name right before an abbreviated title is
    the state or body the office belongs to (a premodifier of a title restricts it to one
    jurisdiction); none after a verb ("said Sen. Roe")."""
    first = parse.sentences[parse.words[title].sent].first
    k = title
    while k - 1 >= first and is_name_part(parse.words[k - 1], parse.words[k]):
        k -= 1
    return text_of(parse, list(range(k, title))) if k < title else None


def _same_entity(before: Word, word: Word) -> bool:
    """ "White House" tagged ADJ NOUN: a capitalised word that NER puts in the same kind of entity as the
    next one belongs to its name, whatever its tag."""
    return bool(word.ner) and before.ner == word.ner and before.text[:1].isupper()


def _of_in_title(parse: Parse, j: int, first: int) -> bool:
    """ "Secretary [of] State", "Minister [of] Foreign Affairs": "of" after a role noun inside a title."""
    return parse.words[j].text == "of" and j - 1 >= first and parse.words[j - 1].text.lower() in ROLE_NOUNS


def _is_title_part(word: Word) -> bool:
    return word.upos in {"PROPN", "NOUN"} and word.ner not in {"person"}


def _is_role_modifier(word: Word) -> bool:
    """Words that belong to a role: "Foreign" in "Foreign Minister", "vice" in "vice president"."""
    lower = word.text.lower()
    if (
        lower in DEMONYMS
        or party_adjective(lower)
        or word.ner in {"organization", "place"}
        or word.upos in {"DET", "PUNCT", "ADP"}
        or lower in GROUP_SELECTORS
    ):
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
    if word.text.lower() in GROUP_SELECTORS:  # "Various aides": which members, not whose
        return None
    if word.text.lower() in DEMONYMS:
        return DEMONYMS[word.text.lower()]
    if party_adjective(word.text):
        return party_adjective(word.text)
    if word.upos == "PROPN" or word.ner in {"organization", "place", "group"}:
        lo = j
        while lo - 1 >= first and (
            is_affiliation_word(parse, lo - 1) or _same_entity(parse.words[lo - 1], word)
        ):
            lo -= 1
        return campaign_of_staff(parse, lo, j, role_noun) or POSSESSIVE.sub(
            "", text_of(parse, list(range(lo, j + 1)))
        )
    return quoted_title_before(parse, j, first)


def _role_from_apposition(
    parse: Parse, head: int, name_words: list[int]
) -> tuple[str, str | None, str] | None:
    """ "Issam al-Reis, an FSA spokesman,": the apposition's role noun."""
    dependents = [(g, c) for g in dict.fromkeys([head, *name_words]) for c in parse.children[g]]
    for g, c in dependents:  # the parser hangs an apposition on any word of the name
        if parse.words[c].deprel == "appos" or bare_role_apposition(parse, g, c):
            found = _role_of_noun(parse, c, any_noun=True)
            if found is not None and found[1] is None:  # "a trade lawyer and senior fellow at X"
                later = (x for h, x in dependents if x > c and appended_to_apposition(parse, h, x, c))
                affiliation = next(
                    filter(None, (_organization_in_chain(parse, x, MAX_CHAIN) for x in later)), None
                )
                found = (found[0], affiliation, found[2])
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
    aged = _after_age(parse, j, sent.last)
    j = aged or j + 1
    if j < sent.last and parse.words[j].upos == "DET":
        j += 1
    while (
        j < sent.last
        and (j := hyphen_end(parse, j)) + 1 < sent.last
        and (
            not is_role_word(parse, j)
            and _is_premodifier(parse.words[j])
            and _is_premodifier(parse.words[j + 1])
        )
    ):
        j += 1
    if j >= sent.last or parse.words[j].upos != "NOUN":
        return None
    noun = parse.words[j]
    if noun.deprel in CORE_ARGUMENT_RELS and noun.lemma.lower() not in ROLE_NOUNS and not aged:
        return None  # "For Roe, the format was new": the noun is the clause's subject, no apposition
    return _role_of_noun(parse, j, any_noun=True)


def _after_age(parse: Parse, comma: int, last: int) -> int | None:
    """ "Paul Mertz, 61, a retired firefighter": the word after a person's age set off by commas (and after
    a home town: "Ann Roe, 32, of Akron, a nurse"), where the apposition starts; None without an age."""
    j = comma + 1
    if j + 1 >= last or parse.words[j].upos != "NUM" or parse.words[j + 1].text != ",":
        return None
    j += 2
    if j < last and parse.words[j].lemma.lower() == "of":
        k = j + 1
        while k < last and is_name_part(parse.words[k]):
            k += 1
        if k > j + 1 and k < last and parse.words[k].text == ",":
            j = k + 1
    return j


def _is_premodifier(word: Word) -> bool:
    """A word that can modify a role noun before it: "senior", "bond", "managing", "retired"."""
    return word.upos in {"ADJ", "NOUN", "PROPN"} or (
        word.upos == "VERB" and word.feat("VerbForm") in PARTICIPLES
    )


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
    is_role = word.text.lower() in ROLE_NOUNS or word.lemma in ROLE_NOUNS or is_role_word(parse, i)
    if not is_role and not (any_noun and word.upos == "NOUN" and word.feat("Number") != "Plur"):
        return None
    if not is_role and word.lemma.lower() in NON_ROLE_PERSON_NOUNS:
        return None  # "Ivy Roe, his eldest daughter,": kin, not a position
    sent = parse.sentences[word.sent]
    k = modifiers_start(parse, i, _is_role_modifier, attached=True)
    role_noun = role_noun_of(parse, i)
    stated = _affiliation_of_noun(parse, i, role_noun)
    d = past_dropped_modifiers(parse, k, i)
    m = leading_affiliation(parse, d, i)
    if m > d and stated is None:  # "a Lopez campaign aide": the person's campaign, not the speaker's name
        leading = campaign_of_staff(parse, d, m - 1, role_noun) or POSSESSIVE.sub(  # "Delta Mills's founder"
            "", employer_text(parse, d, m, i)
        )
        start = staff_role_start(parse, m, role_noun) if m < i else m
        return role_text(parse, k, d, start, i), leading, role_noun
    if stated is not None:  # "House editor for the Weekly Review": the employer after, the beat before
        while (
            k - 1 >= sent.first
            and parse.words[k - 1].deprel == "compound"
            and parse.words[k - 1].head in {i, k}
            and parse.words[k - 1].upos in {"PROPN", "NOUN"}
        ):
            k -= 1
    role = text_of(parse, list(range(k, i + 1)))
    return role, stated or _affiliation_before(parse, k, sent.first, role_noun), role_noun


def _affiliation_of_noun(parse: Parse, i: int, role_noun: str | None = None) -> str | None:
    """ "spokesman for the Free Syrian Army", "Saudi Arabia's minister": a possessor or "for/of" noun;
    a person's staff work for the person's campaign ("Roe's campaign manager" -> "Roe campaign"). The
    organization may close a chain of prepositional phrases ("professor of law at Hill College", "a lawyer
    for hedge funds at Baird & Cole") or a coordinated role ("lawyer and fellow at the Ridge Council")."""
    for c in parse.children[i]:
        child = parse.words[c]
        if child.deprel == "nmod:poss" and child.upos == "PROPN":
            return campaign_of_staff(parse, c, c, role_noun) or proper_phrase(parse, c)
    return _organization_in_chain(parse, i, MAX_CHAIN)


#: How deep a chain of prepositional phrases (or coordinated roles) an employer may close ("professor of
#: law at Hill College": two links).
MAX_CHAIN = 3


def _organization_in_chain(parse: Parse, i: int, depth: int) -> str | None:
    """The first proper noun of a prepositional phrase (for, of, at, with, in) after noun ``i``, or after
    its prepositional or coordinated nouns, up to ``depth`` links (a phrase before the noun is no
    complement of it: "Roe, 32, of Akron, a nurse")."""
    if depth == 0:
        return None
    for c in parse.children[i]:
        child = parse.words[c]
        preps = cases(parse, c)
        if child.deprel == "nmod" and preps & AFFILIATION_CASES and child.upos == "PROPN" and c > i:
            if preps <= LOCATIVE_CASES and child.ner == "place":
                continue  # "an adviser in Eau Claire": where the person works, not for whom
            return proper_phrase(parse, c)
    for c in parse.children[i]:
        child = parse.words[c]
        if child.upos == "NOUN" and (child.deprel == "conj" or (child.deprel == "nmod" and cases(parse, c))):
            found = _organization_in_chain(parse, c, depth - 1)
            if found is not None:
                return found
    return None


def employer_in_relative_clause(parse: Parse, words: list[int]) -> str | None:
    """ "Ann Kim, who studies tax law at the Harbor Institute,": the organization a relative clause of the
    name (on any of its ``words``) says the person works at, for or with."""
    for c in (c for w in words for c in parse.children[w]):
        if parse.words[c].deprel != "acl:relcl":
            continue
        for i in parse.subtree(c):
            word = parse.words[i]
            if word.upos == "PROPN" and word.ner == "organization" and cases(parse, i) & EMPLOYER_CASES:
                return proper_phrase(parse, i)
    return None


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
                    affiliation = proper_phrase(parse, g) if obj.upos == "PROPN" else None
                    return ROLE_VERBS[clause.lemma], affiliation, ROLE_VERBS[clause.lemma]
    return None


#: A role finder: the parse, the phrase's head and its name words -> (role, affiliation, role noun) or None.
RoleFinder = Callable[[Parse, int, list[int]], "tuple[str, str | None, str] | None"]
#: The role finders, tried in order: title modifiers, an abbreviated title, the noun a name is the
#: apposition of, an apposition, the head noun itself, a relative clause, an apposition after the name.
ROLE_FINDERS: tuple[RoleFinder, ...] = (
    _role_from_title,
    _role_from_abbreviated_title,
    _role_from_governing_noun,
    _role_from_apposition,
    _role_from_head_noun,
    _role_from_relative_clause,
    _role_from_following_apposition,
)
