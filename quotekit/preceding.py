"""Speakers found by position before a cue, for cues whose own clause lost its subject in the parse.

Requires: a :class:`~quotekit.document.Parse`. Provides :func:`noun_next_to_cue` ("Issam said" parsed
badly: the noun right before the cue), :func:`own_subject_before` (that noun is a conjoined cue's own
subject), :func:`addressed_in_passive` and :func:`passive_asker` (the one asked, and the asker, of a
passive verb), :func:`unnamed_passive_source` (a passive whose source goes unsaid: "She was asked if",
"It was reported that") and :func:`subject_before_cue`, the last speaker rule, used by
:mod:`quotekit.speakers`.

News hangs cues on a clause whose subject stands far before them: participles ("Rubio hit back again,
saying ..."), coordinated verbs ("She praised the judge and said ..."), verbs after a long aside. The
speaker rules before this one find that subject through the parse; where the parser misread the clause
("hit" tagged as a noun, "saying" hung on the reported clause) they find nothing, and the cue's subject is
still the one written before it (subject-controlled adjuncts and coordinated predicates share their
subject, Huddleston & Pullum 2002, ch. 14, §9 and ch. 15, §4). So: the nearest subject before the cue in
its sentence whose clause governs the cue, else the nearest subject before it. A passive participle after a
subordinator ("..., he said when asked about the plan") has an understood subject of its own, the one
addressed, and who asked is unsaid: it gets none.
"""

from __future__ import annotations

from quotekit.asides import before_aside
from quotekit.document import Parse, Word
from quotekit.lang.en import (
    ADDRESSEE_VERBS,
    ADVERBS_NOT_SPEAKERS,
    CLAUSE_RELS,
    FRAME_CLAUSE_RELS,
    NOT_SOURCE_SUBJECTS,
    PASSIVE_SUBJECT_RELS,
    PEOPLE_POINTERS,
    PRONOMINAL_COORDINATORS,
    QUANTIFYING_ADJECTIVES,
    QUESTION_CUES,
    REDUCED_CLAUSE_MARKS,
    SINGULAR_QUANTIFIERS,
    SUBJECT_RELS,
)
from quotekit.mentions import names_a_time
from quotekit.syntax import NOMINAL_UPOS, is_ancestor

__all__ = [
    "addressed_in_passive",
    "noun_next_to_cue",
    "own_subject_before",
    "passive_asker",
    "subject_before_cue",
    "unnamed_passive_source",
]

#: Quantifiers that head a subject of people on their own: "Both oppose ...", "Several threatened ...".
_QUANTIFIER_HEADS = (
    QUANTIFYING_ADJECTIVES | PRONOMINAL_COORDINATORS | SINGULAR_QUANTIFIERS | frozenset({"some", "others"})
)
#: Tags of a passive participle; the tagger reads "asked" after "when" as either.
_PARTICIPLE_OR_PAST = frozenset({"VBN", "VBD"})
#: Relations of a determiner or possessor of a noun: "the report", "his claim".
_DETERMINER_RELS = frozenset({"det", "nmod:poss", "det:poss"})


def subject_before_cue(parse: Parse, verb: Word) -> int | None:
    """ "Rubio hit back again, saying ..." misparsed ("hit" a noun): the nearest subject before the cue in
    its sentence whose clause governs the cue, else the nearest one; none for a reduced passive."""
    if _determined_noun(parse, verb) or _reduced_passive(parse, verb) or _comment_clause(verb):
        return None
    sent = parse.sentences[verb.sent]
    subjects = [
        j
        for j in range(verb.i - 1, sent.first - 1, -1)
        if parse.words[j].deprel in SUBJECT_RELS | PASSIVE_SUBJECT_RELS
        and parse.words[j].upos in NOMINAL_UPOS
        and parse.words[j].text.lower() not in NOT_SOURCE_SUBJECTS
        and parse.words[j].head >= 0
        and not names_a_time(parse, j)  # "A few minutes later they ...": the time is no speaker
        and not _in_fronted_content(parse, parse.words[j].head, verb)
    ]
    for j in subjects:
        if is_ancestor(parse, parse.words[j].head, verb.i):
            return j
    return subjects[0] if subjects else None


def _comment_clause(cue: Word) -> bool:
    """ "The tax will hurt exporters, [said] ...": a cue hung as a comment on the clause before it reports
    that clause, whose subject is no speaker (UD parataxis of a reporting clause)."""
    return cue.deprel == "parataxis" and cue.xpos != "VBG" and 0 <= cue.head < cue.i


def _in_fronted_content(parse: Parse, head: int, cue: Word) -> bool:
    """ "[The tax will hurt exporters], said ...": a clause a finite cue governs before it is what it reports
    (a participle has no such clause: "Kim blamed the press, saying ..." parsed with "blamed" under
    "saying" is a misparse whose subject speaks)."""
    return (
        cue.xpos != "VBG"
        and parse.words[head].head == cue.i
        and parse.words[head].deprel in CLAUSE_RELS | FRAME_CLAUSE_RELS
    )


def _determined_noun(parse: Parse, cue: Word) -> bool:
    """ "Lopez read [the report] that ...": a noun cue with a determiner or possessor, whose source is its
    possessor or agent, not a subject near it (a cue the tagger called a noun, "Kim says/NNS", has none)."""
    return cue.upos == "NOUN" and any(
        parse.words[c].deprel in _DETERMINER_RELS for c in parse.children[cue.i]
    )


def _reduced_passive(parse: Parse, verb: Word) -> bool:
    """ "Kim said when (first) asked about the plan": a passive participle after a subordinator."""
    if verb.xpos not in _PARTICIPLE_OR_PAST:
        return False
    j = verb.i - 1
    while j >= 0 and _adverb(parse.words[j]) and parse.words[j].text.lower() not in REDUCED_CLAUSE_MARKS:
        j -= 1
    return j >= 0 and parse.words[j].text.lower() in REDUCED_CLAUSE_MARKS


def _adverb(word: Word) -> bool:
    """An adverb, or one the tagger calls something else ("when [first] asked")."""
    return word.upos == "ADV" or word.text.lower() in ADVERBS_NOT_SPEAKERS


def _in_time_phrase(parse: Parse, j: int) -> bool:
    """Word ``j`` names a time, or is the preposition or adverb of one ("on [Wednesday]", "earlier")."""
    word = parse.words[j]
    if names_a_time(parse, j) or word.text.lower() in ADVERBS_NOT_SPEAKERS:
        return True
    return word.upos == "ADP" and j + 1 < len(parse.words) and names_a_time(parse, j + 1)


def noun_next_to_cue(parse: Parse, verb: Word) -> int | None:
    """ "Issam said" parsed badly: a name or noun right before the cue (past adverbs, and past an aside:
    "Rep. Ann Kim (D-Ohio) said", "Mr. King, 82, told me") is its subject."""
    j = verb.i - 1
    sent = parse.sentences[verb.sent]
    while j >= sent.first and (_passed_before_cue(parse, j) or _in_time_phrase(parse, j)):
        j -= 1  # "Olsen [earlier Thursday] said", "Kim [on Wednesday] announced"
    j = before_aside(parse, j, sent.first)
    if j - 1 >= sent.first and parse.words[j].xpos == "VBN" and _names_people(parse.words[j - 1]):
        j -= 1  # "those surveyed say", "voters polled said": a participle after its noun, a reduced relative
    if j >= sent.first and parse.words[j].upos in NOMINAL_UPOS and parse.words[j].deprel != "obj":
        return _nominal_head(parse, j, verb.i)
    if j >= sent.first and parse.words[j].text.lower() in PEOPLE_POINTERS:
        return j
    if j >= sent.first and _heads_as_quantifier(parse, j, sent.first):
        return j  # "On taxes, both oppose ...", "In interviews, several threatened ...": the tagger's CC, ADV
    return None


def _heads_as_quantifier(parse: Parse, j: int, first: int) -> bool:
    """Whether word ``j`` is a quantifier that heads a noun phrase of people by itself ("both", "several",
    "some", "another"; fused heads, Huddleston & Pullum 2002, §5.9), not one floating after the noun
    phrase it quantifies ("they both said": a noun or pronoun right before it)."""
    if parse.words[j].text.lower() not in _QUANTIFIER_HEADS:
        return False
    return j == first or parse.words[j - 1].upos not in NOMINAL_UPOS


def _passed_before_cue(parse: Parse, j: int) -> bool:
    """An adverb, auxiliary or particle between a subject and its cue ("Kim [has] [also] said"), not a
    quantifier the tagger read as an adverb ("several/RB threatened")."""
    word = parse.words[j]
    return word.upos in {"ADV", "AUX", "PART"} and word.text.lower() not in _QUANTIFIER_HEADS


def _names_people(word: Word) -> bool:
    """A noun or "those" ("those surveyed"), which a participle after it may modify."""
    return word.upos in {"NOUN", "PROPN"} or word.text.lower() in PEOPLE_POINTERS


def unnamed_passive_source(parse: Parse, verb: Word) -> bool:
    """Whether a passive cue leaves its source unsaid: the one asked is its subject and nobody asks ("She
    was asked if ..."), or its subject is an extraposing "it" (:func:`_extraposed_passive`)."""
    asked = addressed_in_passive(parse, verb) and passive_asker(parse, verb) is None
    return asked or _extraposed_passive(parse, verb)


def _extraposed_passive(parse: Parse, verb: Word) -> bool:
    """ "It was reported that the mayor resigned", "It is assumed the deal will pass": a passive verb whose
    subject is "it", with its clause after it (extraposition, Huddleston & Pullum 2002, ch. 16, §7)."""
    kids = [parse.words[c] for c in parse.children[verb.i]]
    passive = any(k.deprel in {"nsubj:pass", "expl:pass"} and k.lemma.lower() == "it" for k in kids)
    return passive and any(k.deprel == "ccomp" and k.i > verb.i for k in kids)


def addressed_in_passive(parse: Parse, verb: Word) -> bool:
    """ "The actress was asked if ...", "Voters were told the plan had failed": the subject of a passive verb
    that takes its addressee as object is the one addressed; the one who spoke is not named. A passive with
    no auxiliary ("“...?” Trump asked." read as a passive participle) is a misparse of the active."""
    rels = {parse.words[c].deprel for c in parse.children[verb.i]}
    return verb.lemma in ADDRESSEE_VERBS and bool(rels & PASSIVE_SUBJECT_RELS) and "aux:pass" in rels


def passive_asker(parse: Parse, verb: Word) -> int | None:
    """ "Sanders was asked by host John Dickerson whether ...", "Asked by a reporter if ...": the noun phrase
    of "by" after a passive verb of asking (:data:`~quotekit.lang.en.QUESTION_CUES`) is the one who asked."""
    if verb.lemma not in QUESTION_CUES or verb.xpos != "VBN":
        return None
    for c in parse.children[verb.i]:
        word = parse.words[c]
        if c < verb.i or word.deprel not in _AGENT_RELS or word.upos not in NOMINAL_UPOS:
            continue
        cases = [g for g in parse.children[c] if g < c and parse.words[g].deprel == "case"]
        if cases and parse.words[cases[0]].lemma.lower() == "by":
            return c
    return None


#: How the parser hangs the "by" phrase of a passive: as its agent, or as a plain oblique.
_AGENT_RELS = frozenset({"obl:agent", "obl"})


def own_subject_before(parse: Parse, verb: Word) -> bool:
    """ "Some said A, but [the department] said B", "after [Trump] said B": a noun phrase right before a cue
    the parser conjoined to an earlier verb is the cue's own subject, hung elsewhere; the cue then shares
    no subject. A phrase of a preposition is none ("and [in an interview] said")."""
    found = noun_next_to_cue(parse, verb)
    if found is None or found <= verb.head:
        return False
    while parse.words[found].deprel == "nmod" and verb.head < parse.words[found].head < found:
        found = parse.words[found].head  # "[six] in ten farmers said", "[attorneys] for the city said"
    return not any(parse.words[c].deprel == "case" for c in parse.children[found])


def _nominal_head(parse: Parse, i: int, cue: int) -> int:
    """Climb from a name part ("Issam" in "Issam al-Reis") to the head of its noun phrase."""
    while (
        parse.words[i].deprel in {"flat", "compound", "flat:name"}
        and i < parse.words[i].head < cue
        and parse.words[parse.words[i].head].upos in NOMINAL_UPOS
    ):
        i = parse.words[i].head
    return i
