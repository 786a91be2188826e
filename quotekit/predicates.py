"""The predicate room: roles a clause states of a named person, anywhere in the text, outside the person's
own noun phrase (issue 18).

Requires: a :class:`~quotekit.document.Parse` and the text's quotation spans. Provides, per name head word,
the :class:`~quotekit.profiles.Profile` of the role an "as" phrase or a copula gives its holder
(:func:`stated_roles`), which :mod:`quotekit.entities` carries to every mention of the person:

- a tenure: "Ruiz won a second term as Leeds mayor", "before his term as Oslo's mayor ended", "Hale retired
  from his career as a bus driver" (the possessor of the tenure noun, else the subject of its clause);
- a verb of office: "Costa, who served as ambassador to Chile," (past "served as": a former role), "Roe
  was elected as mayor", "Kim retired as chief executive" (former);
- a copula with a definite role noun: "Weber is the chancellor of Ridge University", "Kim, who is now the
  chief executive of Nordic Steel," ("was the mayor": a former role).

The holder is the subject, the possessor, the antecedent of "who", or the person a pronoun takes up in its
sentence (the last person named before it as a subject). Not a role: "as a mayor would" (a clause), "such
as", "as well as", "is a fine lawyer" (indefinite: a description), "if Roe is the nominee", "Roe is not
the nominee", a role inside a quotation (the quoted speaker's claim), a holder that is no person named by
the NER, the object's role ("named Kim as his deputy" is Kim's).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quotekit.document import Parse, Word
from quotekit.lang.en import (
    AS_CONNECTIVES,
    COMPARISON_WORDS,
    HYPOTHETICAL_WORDS,
    NEGATIONS,
    NON_ROLE_PERSON_NOUNS,
    OCCUPATION_NOUNS,
    OFFICE_HELD_VERBS,
    OFFICE_LEFT_VERBS,
    OFFICE_VERBS,
    PERSON_POSSESSIVES,
    PRONOUNS,
    ROLE_NOUNS,
    TENURE_NOUNS,
)
from quotekit.names import proper_phrase, text_of
from quotekit.profiles import Profile, profile
from quotekit.roles import AFFILIATION_CASES
from quotekit.spans import QuoteSpan
from quotekit.speakers import is_quoted, mention_words
from quotekit.syntax import is_subject, is_verb

__all__ = ["stated_roles"]

#: Relations of a name word inside a longer name ("Ana" in "Ana Ruiz").
_NAME_RELS = frozenset({"flat", "compound", "flat:name"})
#: NER classes of an affiliation after a role noun: "mayor of Leeds", "chief executive of Nordic Steel".
_EMPLOYER_NER = frozenset({"organization", "place"})
#: How many heads up from a tenure noun its clause's verb may be ("won election to a second term as").
_MAX_CLIMB = 3


def stated_roles(parse: Parse, quoted: Sequence[QuoteSpan] = ()) -> dict[int, Profile]:
    """The role "as" phrases and copulas state of each named person, by the name's head word (the first
    stated, a current one before a former one): "Ruiz won a second term as Leeds mayor" -> {Ruiz: mayor,
    Leeds}."""
    out: dict[int, Profile] = {}
    for word in parse.words:
        if is_quoted(word, quoted) or word.head < 0 or is_quoted(parse.words[word.head], quoted):
            continue  # a role inside a quotation is the quoted speaker's claim: "she is “the only candidate”"
        if word.deprel == "case" and word.lemma.lower() == "as":
            found = _as_role(parse, word)
        elif word.deprel == "cop" and word.lemma.lower() == "be":
            found = _copular_role(parse, word)
        else:
            continue
        if found is None:
            continue
        holder, prof = found
        if holder not in out or (out[holder].former and not prof.former):
            out[holder] = prof
    return out


def _as_role(parse: Parse, as_word: Word) -> tuple[int, Profile] | None:
    """The name head and role of one "as" phrase, or ``None`` when it states no role of a named person."""
    before = parse.words[as_word.i - 1] if as_word.i > 0 else None
    if any(parse.words[c].deprel == "fixed" for c in parse.children[as_word.i]) or as_word.head < 0:
        return None  # "such as", "as well as"
    if before is not None and before.text.lower() in AS_CONNECTIVES:
        return None  # the same, parsed without "fixed": "such" / "well" right before "as"
    noun = parse.words[as_word.head]
    if noun.upos != "NOUN" or noun.feat("Number") == "Plur" or noun.deprel not in {"obl", "nmod"}:
        return None
    if before is not None and before.sent == as_word.sent and before.lemma.lower() in TENURE_NOUNS:
        if any(parse.words[c].lemma.lower() in COMPARISON_WORDS for c in parse.children[before.i]):
            return None  # "at the same time as the mayor": a comparison
        return _tenure_role(parse, before, noun)  # the tenure noun right before "as", however attached
    after = parse.words[noun.i + 1] if noun.i + 1 < len(parse.words) else None
    if after is not None and after.sent == noun.sent and after.upos in {"AUX", "VERB"}:
        return None  # "acted as a mayor would": a clause of comparison, not a role
    host = parse.words[noun.head] if noun.head >= 0 else None
    if host is None or not is_verb(host) or host.lemma.lower() not in OFFICE_VERBS:
        return None
    holder = _office_holder(parse, host)
    role = _role_profile(parse, noun, occupation=False)
    if holder is None or role is None or _hypothetical(parse, host):
        return None
    return holder, attrs.evolve(role, former=role.former or _left_office(host))


def _copular_role(parse: Parse, cop: Word) -> tuple[int, Profile] | None:
    """ "Roe is the chief executive of Harbor Freight", "Kim, who is now the chancellor of Ridge
    University,": a definite role noun predicated of a named person ("was": a former role). Not "Roe is a
    fine lawyer" (a description), "Roe is not the nominee", "if Roe is the nominee"."""
    noun = parse.words[cop.head] if cop.head >= 0 else None
    if noun is None or noun.upos != "NOUN" or noun.feat("Number") == "Plur" or _hypothetical(parse, noun):
        return None
    kids = [parse.words[c] for c in parse.children[noun.i]]
    if any(k.deprel == "det" and k.lemma.lower() != "the" for k in kids):
        return None
    subject = next((k.i for k in kids if is_subject(k)), None)
    role = _role_profile(parse, noun, occupation=False)
    holder = _person(parse, subject) if subject is not None else None
    if holder is None or role is None:
        return None
    return holder, attrs.evolve(role, former=role.former or _past(cop))


def _past(verb: Word) -> bool:
    """A simple past: "Roe was the mayor" (a former role), not "Roe has been the mayor since 2019"."""
    return verb.feat("Tense") == "Past" and verb.feat("VerbForm") == "Fin"


def _negates(word: Word) -> bool:
    """ "not", "never": the clause denies what it predicates."""
    return word.deprel == "advmod" and (word.feat("Polarity") == "Neg" or word.lemma.lower() in NEGATIONS)


def _tenure_role(parse: Parse, tenure: Word, noun: Word) -> tuple[int, Profile] | None:
    """ "Ban's term as U.N. chief", "won election to a term as mayor": the possessor of the tenure noun,
    else the subject of the clause above it, holds the role; a possessive pronoun is the subject's ("Hale
    retired from his career as a bus driver"), else the person it takes up in its sentence."""
    role = _role_profile(parse, noun, occupation=tenure.lemma.lower() in OCCUPATION_NOUNS)
    if role is None:
        return None
    possessor = next((c for c in parse.children[tenure.i] if parse.words[c].deprel == "nmod:poss"), None)
    verb = _clause_verb(parse, tenure)
    left = verb is not None and _left_office(verb)
    if verb is not None and _hypothetical(parse, verb):
        return None
    holder = None
    if possessor is None or parse.words[possessor].upos == "PRON":
        holder = _subject_person(parse, verb)  # "Hale retired from his career as": his is Hale's
    if holder is None and possessor is not None:
        holder = _person(parse, possessor)
    if holder is None:
        return None
    return holder, attrs.evolve(role, former=role.former or left)


def _clause_verb(parse: Parse, word: Word) -> Word | None:
    """The verb whose clause holds ``word``: "term" in "won election to a second term" -> "won"."""
    j = word.head
    for _ in range(_MAX_CLIMB):
        if j < 0:
            return None
        if is_verb(parse.words[j]):
            return parse.words[j]
        j = parse.words[j].head
    return None


def _office_holder(parse: Parse, verb: Word) -> int | None:
    """ "named Kim as envoy": the object; "Kim served as envoy", "Kim was elected as mayor": the subject."""
    for c in parse.children[verb.i]:
        if parse.words[c].deprel == "obj" and parse.words[c].upos in {"PROPN", "PRON"}:
            return _person(parse, c)
    return _subject_person(parse, verb)


def _subject_person(parse: Parse, verb: Word | None) -> int | None:
    """The named person who is the subject of ``verb``, or of the verb it is the open complement or
    conjunct of ("Kim won election" -> "election"'s subject is "Kim"'s)."""
    for _ in range(2):
        if verb is None:
            return None
        subject = next((c for c in parse.children[verb.i] if is_subject(parse.words[c])), None)
        if subject is not None:
            return _person(parse, subject)
        if verb.deprel not in {"xcomp", "conj"} or verb.head < 0:
            return None
        verb = parse.words[verb.head]
    return None


def _person(parse: Parse, i: int) -> int | None:
    """The head word of the person's name that word ``i`` stands for: a name, "who" (its antecedent), a
    pronoun (the person it takes up in its sentence), or a noun in apposition to a name."""
    word = parse.words[i]
    if word.feat("PronType") == "Rel":
        i = _antecedent(parse, i)
        word = parse.words[i]
    elif word.upos == "PRON":
        return _bound_person(parse, word)
    if word.upos == "NOUN" and word.deprel == "appos" and word.head >= 0:
        word = parse.words[word.head]  # "Roe, a lawyer who served as ..."
    if word.upos != "PROPN" or word.ner != "person":
        return None
    while word.deprel in _NAME_RELS and word.head >= 0 and parse.words[word.head].ner == "person":
        word = parse.words[word.head]
    return word.i


def _antecedent(parse: Parse, i: int) -> int:
    """ "Costa, who served as ...": the noun the relative clause modifies, or (the clause attached
    elsewhere) the word before the comma before "who"."""
    clause = parse.words[parse.words[i].head] if parse.words[i].head >= 0 else None
    if clause is not None and clause.deprel == "acl:relcl" and clause.head >= 0:
        return clause.head
    j = i - 1
    while j >= 0 and parse.words[j].text == "," and parse.words[j].sent == parse.words[i].sent:
        j -= 1
    return j if j >= 0 and parse.words[j].sent == parse.words[i].sent else i


def _bound_person(parse: Parse, pronoun: Word) -> int | None:
    """The person a singular third-person pronoun takes up in its own sentence: the last person named
    before it as a subject ("Berg told the Gazette ... before his term ended" -> Berg)."""
    lower = pronoun.text.lower()
    number, gender = PRONOUNS.get(lower, ("", ""))
    if lower in PERSON_POSSESSIVES:
        number, gender = "Sing", PERSON_POSSESSIVES[lower]
    if number != "Sing" or gender not in {"Masc", "Fem"}:
        return None
    sent = parse.sentences[pronoun.sent]
    for word in reversed(parse.words[sent.first : pronoun.i]):
        if word.head == pronoun.head and pronoun.deprel != "nmod:poss":
            continue  # "Kim appointed him": not the subject of the pronoun's own verb
        if word.upos == "PROPN" and word.ner == "person" and is_subject(word):
            return _person(parse, word.i)
    return None


def _role_profile(parse: Parse, noun: Word, *, occupation: bool) -> Profile | None:
    """The role the noun after "as" names: a role noun with its affiliation ("Leeds mayor" -> mayor,
    Leeds); after an occupation noun any singular common noun ("a bus driver")."""
    if noun.text.lower() in ROLE_NOUNS or noun.lemma.lower() in ROLE_NOUNS:
        found = profile(parse, noun.i, mention_words(parse, noun.i))
        if found.role and _is_stray(parse, noun, found.affiliation):
            found = _place_before_role(parse, noun, found)
        role_words = (found.role or "").split()
        if role_words and role_words[-1].lower() in AFFILIATION_CASES:
            role_words.pop()  # "lieutenant governor of" (its place hung elsewhere)
        return attrs.evolve(found, role=" ".join(role_words)) if role_words else None
    if not occupation or noun.lemma.lower() in NON_ROLE_PERSON_NOUNS:
        return None
    words = [noun.i]
    while words[0] - 1 >= 0 and parse.words[words[0] - 1].head == noun.i:
        if parse.words[words[0] - 1].deprel not in {"amod", "compound"}:
            break
        words.insert(0, words[0] - 1)
    role = text_of(parse, words)
    return Profile(None, "person", role, None, noun.lemma.lower())


def _is_stray(parse: Parse, noun: Word, affiliation: str | None) -> bool:
    """Whether the affiliation found after the role noun is no organization or place but a person or a
    date, which no role is held at ("a term as Leeds mayor in May", "as Chicago mayor, after a runoff with
    Ana Ruiz" misparsed under "mayor"): none of its proper nouns is tagged an organization or place."""
    if affiliation is None:
        return False
    words = [
        parse.words[i]
        for i in parse.subtree(noun.i)
        if i > noun.i and parse.words[i].upos == "PROPN" and proper_phrase(parse, i) == affiliation
    ]
    return bool(words) and all(word.ner not in _EMPLOYER_NER for word in words)


def _place_before_role(parse: Parse, noun: Word, found: Profile) -> Profile:
    """The role without a person's name as its affiliation: the proper noun before the role noun is its
    affiliation ("Chicago mayor" -> mayor, Chicago), else it has none."""
    k = noun.i
    while k - 1 >= 0 and parse.words[k - 1].head == noun.i and parse.words[k - 1].upos == "PROPN":
        k -= 1
    if k == noun.i or parse.words[k].ner == "person":
        return attrs.evolve(found, affiliation=None)
    return attrs.evolve(found, role=noun.text, affiliation=proper_phrase(parse, noun.i - 1))


def _hypothetical(parse: Parse, verb: Word) -> bool:
    """Whether the clause of ``verb`` only supposes or denies the role: "if the governor appoints him as
    senator", "she would serve as envoy", "Kim never served as mayor"."""
    return any(
        (parse.words[c].deprel in {"mark", "aux"} and parse.words[c].lemma.lower() in HYPOTHETICAL_WORDS)
        or _negates(parse.words[c])
        for c in parse.children[verb.i]
    )


def _left_office(verb: Word) -> bool:
    """Whether the verb says its subject left the role ("retired as", "resigned as") or held it in the
    past ("served as", not "has served as")."""
    lemma = verb.lemma.lower()
    if lemma in OFFICE_LEFT_VERBS:
        return True
    return lemma in OFFICE_HELD_VERBS and _past(verb)
