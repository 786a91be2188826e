"""Nominal cues ("Kim's criticism of the plan"), their content and their source, for
``Extractor(attributions="all")``.

A noun of :data:`~quotekit.lang.en.NOMINAL_CUES` is a cue with a "that" clause, an infinitive or the phrase
of the preposition it selects as its content (:func:`nominal_cue`; "raised questions [about whether ...]"
also where the parser hung the phrase on the light verb). Such a noun names its source inside its own
noun phrase or through the verb that takes it, never as a subject of its own (Huddleston & Pullum 2002,
ch. 5, §16: subject-like dependents of nouns; ch. 4, §7: light verbs). The places of the source, in the
order they are tried:

- the possessor: "Kim's criticism of the plan", "the ministry's warning that", "her support for";
- a phrase of "by", "from" or "among": "a statement by the ministry", "criticism from Democrats";
- an adjective of nationality, party or group: "Russian criticism of the sanctions" (the adjective);
- the subject of the light verb that takes the noun as object: "the minister voiced support for",
  "critics raised doubts about", "she made the claim that".

A poll's "in" phrase is a cue of its own, whose source is the poll: "In a Gallup poll, 60 percent backed
the plan" (:func:`add_poll_cues`, :func:`poll_source`).

Requires: a dependency parse (:class:`~quotekit.document.Parse`). Provides :func:`nominal_cue` (a noun's
cue with its content, or None), :func:`source_of_noun` (the mention of a nominal cue's source, or None) and
the poll cues for :mod:`quotekit.wide`.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotekit.content import fragments
from quotekit.cues import CueMatch
from quotekit.document import Parse, Word
from quotekit.lang.en import (
    FRAME_PREPOSITIONS,
    LIGHT_VERBS,
    NOMINAL_CUE_PREPOSITIONS,
    NOMINAL_CUES,
    NOMINAL_SOURCE_PREPOSITIONS,
    NOUN_CLAUSE_RELS,
    POLL_NOUNS,
    POLL_PREPOSITIONS,
)
from quotekit.mentions import mention_words
from quotekit.rules import CueForm, Rule
from quotekit.spans import QuoteSpan
from quotekit.speakers import Mention, is_quoted
from quotekit.syntax import NOMINAL_UPOS, is_subject

__all__ = [
    "NOMINAL_PATTERN",
    "POLL_PATTERN",
    "SHIPPED_CLASSES",
    "add_poll_cues",
    "nominal_cue",
    "poll_source",
    "ships",
    "source_of_noun",
]

#: ``CueMatch.pattern`` of a nominal cue.
NOMINAL_PATTERN = "nominal"

#: ``CueMatch.pattern`` of a poll's "in" phrase (:func:`add_poll_cues`).
POLL_PATTERN = "poll"

#: The classes of nominal cues that ``attributions="all"`` reports, each only with a source it finds
#: (:func:`ships`): on PolNeAR train, nouns of speech ("his claim that", "her call for") with a source
#: are right 0.64 of the time (29 of 45), of stance ("support for", "attacks on") 0.45 and of cognition
#: 0.47, and any nominal cue without a source 0.40: below the 0.5 a rule needs.
SHIPPED_CLASSES = frozenset({"speech"})

#: Possessive endings the tokenizer leaves on a word ("ministry's" as one token, a compound).
_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
#: The entity classes of an adjective that names a source: a nationality, a party, a religious group
#: ("Russian", "Democratic"; stanza's NORP, quotekit's "group").
_SOURCE_ADJECTIVE_NER = frozenset({"group"})


def nominal_cue(parse: Parse, word: Word) -> CueMatch | None:
    """ "his claim that taxes would fall", "her plan to run", "criticism of the plan": a noun of
    :data:`~quotekit.lang.en.NOMINAL_CUES` with a "that" clause, an infinitive or the preposition it
    selects (:data:`~quotekit.lang.en.NOMINAL_CUE_PREPOSITIONS`) as complement."""
    if word.upos != "NOUN":
        return None
    lemma = word.lemma.lower()
    content = _clause_of_noun(parse, word) or _phrase_of_noun(parse, word, lemma)
    if not content:
        return None
    cls = NOMINAL_CUES[lemma]
    return CueMatch(word.i, (word.i,), lemma, cls, fragments(parse, content), NOMINAL_PATTERN)


def _clause_of_noun(parse: Parse, noun: Word) -> list[int]:
    """ "the claim that the vote was rigged" (a "that" clause with a subject of its own), "her decision to
    run" (an infinitive); not a relative clause ("the claim that he made")."""
    for c in parse.children[noun.i]:
        word = parse.words[c]
        if c < noun.i or word.deprel not in NOUN_CLAUSE_RELS:
            continue
        kids = [parse.words[g] for g in parse.children[c]]
        that = any(k.deprel == "mark" and k.lemma.lower() == "that" for k in kids)
        subject = any(is_subject(k) and k.lemma.lower() not in {"that", "which", "who"} for k in kids)
        to = any(k.deprel == "mark" and k.lemma.lower() == "to" for k in kids) and word.xpos == "VB"
        if (that and subject) or to:
            return parse.subtree(c)
    return []


def _phrase_of_noun(parse: Parse, noun: Word, lemma: str) -> list[int]:
    """ "criticism of the plan", "concerns about the cost", "support for the bill": the phrase of the
    preposition the noun selects, without it."""
    allowed = NOMINAL_CUE_PREPOSITIONS.get(lemma, frozenset())
    for c in parse.children[noun.i]:
        if c < noun.i or parse.words[c].deprel not in {"nmod", "acl", "obl"}:
            continue
        cases = [g for g in parse.children[c] if g < c and parse.words[g].deprel in {"case", "mark"}]
        if cases and cases[0] == noun.i + 1 and parse.words[cases[0]].lemma.lower() in allowed:
            return [k for k in parse.subtree(c) if k != cases[0]]  # "about [whether ...]" keeps "whether"
    return _phrase_on_light_verb(parse, noun, allowed)


def _phrase_on_light_verb(parse: Parse, noun: Word, allowed: frozenset[str]) -> list[int]:
    """ "raised questions [about whether the aide lied]" with the phrase hung on the verb that takes the
    noun (a misparse: a preposition the noun selects, right after it, opens a phrase of the noun): the
    verb's dependent that starts with that preposition, without it."""
    after = noun.i + 1
    if noun.deprel != "obj" or noun.head < 0 or after >= len(parse.words):
        return []
    if parse.words[after].text.lower() not in allowed or parse.words[after].sent != noun.sent:
        return []
    for c in parse.children[noun.head]:
        words = parse.subtree(c)
        if c > noun.i and min(words) == after and parse.words[c].deprel in _PHRASE_ON_VERB_RELS:
            return [k for k in words if k != after]
    return []


#: Relations by which a misparse hangs a noun's phrase on the verb that takes the noun.
_PHRASE_ON_VERB_RELS = frozenset({"obl", "advcl", "ccomp", "nmod"})


def ships(parse: Parse, noun: Word, cls: str) -> bool:
    """Whether the nominal cue ``noun`` of class ``cls`` is reported: a class of :data:`SHIPPED_CLASSES`
    and a source the sentence names (:func:`source_of_noun`): "Kim's claim that ..." is, "the claim that
    ..." is not."""
    return cls in SHIPPED_CLASSES and source_of_noun(parse, noun) is not None


def source_of_noun(parse: Parse, noun: Word) -> Mention | None:
    """The mention of the source of the nominal cue ``noun``: its possessor, its "by"/"from" agent, its
    adjective of nationality or party, or the subject of the light verb that takes it; None when the
    sentence names none ("criticism of the plan grew")."""
    possessor = _possessor(parse, noun)
    if possessor is not None:
        return Mention(possessor, _possessor_words(parse, possessor), Rule.POSSESSIVE)
    for finder in (_agent, _group_adjective):
        head = finder(parse, noun)
        if head is not None:
            return Mention(head, mention_words(parse, head), Rule.NOMINAL_CUE)
    for finder in (_light_verb_subject, _frame_subject):
        head = finder(parse, noun)
        if head is not None:
            return Mention(head, mention_words(parse, head), Rule.SUBJECT)
    return _misread_light_verb_subject(parse, noun)


def _possessor(parse: Parse, noun: Word) -> int | None:
    """ "Mr. Kim's criticism", "her support", "the ministry's warning": the possessor of the noun; of a
    name the parser split into several possessors ("Mr." and "Kim"), the one that carries the "'s"; a
    possessive the tokenizer left whole ("ministry's", hung as a compound)."""
    found = []
    for c in parse.children[noun.i]:
        word = parse.words[c]
        if c > noun.i or word.upos not in NOMINAL_UPOS:
            continue
        whole = word.deprel == "compound" and word.text.endswith(_POSSESSIVE_ENDINGS)
        if word.deprel == "nmod:poss" or whole:
            found.append(c)
    marked = [c for c in found if _has_possessive_case(parse, c)]
    chosen = marked or found
    return chosen[-1] if chosen else None


def _has_possessive_case(parse: Parse, k: int) -> bool:
    """Whether word ``k`` carries the possessive "'s" (a "case" dependent)."""
    return any(parse.words[c].deprel == "case" and c > k for c in parse.children[k])


def _possessor_words(parse: Parse, head: int) -> tuple[int, ...]:
    """The words of a possessor, with the name words the parser hung on the possessed noun beside it
    ("Mr." of "Mr. Kim's") and without the "'s"."""
    words = [k for k in mention_words(parse, head) if parse.words[k].deprel != "case"]
    lo = min(words, default=head)
    noun = parse.words[head].head
    while lo - 1 >= 0 and parse.words[lo - 1].head == noun and parse.words[lo - 1].deprel == "nmod:poss":
        lo -= 1
    return tuple(range(lo, max(words, default=head) + 1))


def _agent(parse: Parse, noun: Word) -> int | None:
    """ "a statement by the ministry", "criticism from Democrats", "concern among economists": the phrase
    of a preposition of :data:`~quotekit.lang.en.NOMINAL_SOURCE_PREPOSITIONS` after the noun."""
    for c in parse.children[noun.i]:
        word = parse.words[c]
        if c < noun.i or not word.deprel.startswith("nmod") or word.upos not in NOMINAL_UPOS:
            continue
        cases = [parse.words[g].lemma.lower() for g in parse.children[c] if parse.words[g].deprel == "case"]
        if cases and cases[0] in NOMINAL_SOURCE_PREPOSITIONS:
            return c
    return None


def _group_adjective(parse: Parse, noun: Word) -> int | None:
    """ "Russian criticism of the sanctions", "Republican opposition to the bill": an adjective before the
    noun that names a nation, party or group."""
    for c in parse.children[noun.i]:
        word = parse.words[c]
        if c < noun.i and word.deprel == "amod" and word.ner in _SOURCE_ADJECTIVE_NER:
            return c
    return None


def _top_of_conjuncts(parse: Parse, noun: Word) -> Word:
    """The first of the conjoined nouns ``noun`` belongs to ("support for X and [criticism] of Y")."""
    while noun.deprel == "conj" and noun.head >= 0:
        noun = parse.words[noun.head]
    return noun


def _subject_of(parse: Parse, verb: int) -> int | None:
    """The nominal subject of ``verb``, or None."""
    for c in parse.children[verb]:
        if is_subject(parse.words[c]) and parse.words[c].upos in NOMINAL_UPOS:
            return c
    return None


def _light_verb_subject(parse: Parse, noun: Word) -> int | None:
    """ "The minister voiced support for the bill", "critics raised doubts about", "she made the claim
    that": the subject of the light verb (:data:`~quotekit.lang.en.LIGHT_VERBS`) whose object is the noun,
    or a noun joined to that object ("voiced support for X and criticism of Y")."""
    noun = _top_of_conjuncts(parse, noun)
    if noun.deprel != "obj" or noun.head < 0 or parse.words[noun.head].lemma.lower() not in LIGHT_VERBS:
        return None
    return _subject_of(parse, noun.head)


def _misread_light_verb_subject(parse: Parse, noun: Word) -> Mention | None:
    """ "Farmers in the north voiced concerns about the tariffs" read as a noun phrase, the light verb a
    modifier of the noun ("voiced concerns", "express support"): the noun phrase right before the verb is
    its subject (its words up to the verb)."""
    verbs = [c for c in parse.children[noun.i] if c < noun.i and parse.words[c].deprel == "amod"]
    if not verbs or parse.words[verbs[0]].lemma.lower() not in LIGHT_VERBS:
        return None
    k = min(parse.subtree(verbs[0])) - 1
    while k >= 0 and parse.words[k].deprel == "advmod":
        k -= 1
    if k < 0 or parse.words[k].upos not in NOMINAL_UPOS or parse.words[k].sent != noun.sent:
        return None
    head = k
    while parse.words[head].head >= 0 and parse.words[head].deprel in _INNER_NOMINAL_RELS:
        head = parse.words[head].head
    if parse.words[head].upos not in NOMINAL_UPOS or head > k:
        return None
    first = min(j for j in mention_words(parse, head) if j <= head)
    return Mention(head, tuple(range(first, k + 1)), Rule.SUBJECT)


#: Relations that join a word to a larger noun phrase that ends with it ("farmers in [the provinces]").
_INNER_NOMINAL_RELS = frozenset({"nmod", "compound", "flat", "appos"})


def _frame_subject(parse: Parse, noun: Word) -> int | None:
    """ "The committee raised funds in support of the mayor", "She roused the crowd with criticism of the
    plan", "The senator voted in opposition to the bill": a nominal cue in a phrase of "in" or "with" that
    tells how the clause's subject acts; the subject is its source."""
    noun = _top_of_conjuncts(parse, noun)
    if noun.deprel != "obl" or noun.head < 0:
        return None
    cases = [parse.words[c].lemma.lower() for c in parse.children[noun.i] if parse.words[c].deprel == "case"]
    if not cases or cases[0] not in FRAME_PREPOSITIONS:
        return None
    return _subject_of(parse, noun.head)


def add_poll_cues(parse: Parse, quotes: Sequence[QuoteSpan], found: Sequence[CueMatch]) -> list[CueMatch]:
    """``found`` with the "in" phrases of polls outside quotation marks (:func:`poll_cue`), in text order."""
    heads = {cue.head for cue in found}
    out = list(found)
    for word in parse.words:
        if word.lemma.lower() in POLL_NOUNS and word.upos == "NOUN" and not is_quoted(word, quotes):
            match = poll_cue(parse, word)
            if match is not None and match.head not in heads:
                out.append(match)
    return sorted(out, key=lambda m: m.head)


def poll_cue(parse: Parse, poll: Word) -> CueMatch | None:
    """ "In a Gallup poll, 60 percent backed the plan", "The mayor trails in the latest polls": the "in"
    phrase of a poll (:data:`~quotekit.lang.en.POLL_NOUNS`) that modifies a clause with a subject; the cue
    is the preposition, the content the clause without the phrase."""
    if poll.deprel != "obl" or poll.head < 0:
        return _fronted_poll(parse, poll)
    cases = [c for c in parse.children[poll.i] if c < poll.i and parse.words[c].deprel == "case"]
    if not cases or parse.words[cases[0]].lemma.lower() not in POLL_PREPOSITIONS:
        return None
    clause = poll.head
    subject = _subject_of(parse, clause)
    if subject is None:
        return _fronted_poll(parse, poll)
    if subject < poll.i:
        return None  # "he rose in the polls": a poll after the subject is mostly not annotated (PolNeAR)
    content = parse.subtree(clause, frozenset({poll.i}))
    cue = cases[0]
    return CueMatch(
        cue, (cue,), "in", "evidence", fragments(parse, content), POLL_PATTERN, form=CueForm.ACCORDING_TO
    )


def _fronted_poll(parse: Parse, poll: Word) -> CueMatch | None:
    """ "In this poll, the mayor rose two points" when the parser did not hang the phrase on the clause
    ("rose" read as a noun): a sentence that opens with "in" and a poll, then a comma, reports the poll's
    finding in the rest of the sentence (read by position)."""
    sent = parse.sentences[poll.sent]
    first, comma = parse.words[sent.first], poll.i + 1
    if first.text.lower() not in POLL_PREPOSITIONS or comma >= sent.last or parse.words[comma].text != ",":
        return None
    if any(parse.words[k].upos in {"VERB", "AUX"} for k in range(sent.first, poll.i)):
        return None  # "In voting for the plan, the poll ...": no phrase of a poll
    end = sent.last
    while end > comma and parse.words[end - 1].upos == "PUNCT":
        end -= 1
    if end - comma - 1 < 3:
        return None
    content = range(comma + 1, end)
    return CueMatch(
        first.i,
        (first.i,),
        "in",
        "evidence",
        fragments(parse, content),
        POLL_PATTERN,
        form=CueForm.ACCORDING_TO,
    )


def poll_source(parse: Parse, cue: CueMatch) -> Mention:
    """The poll of a poll cue (:func:`poll_cue`): the phrase after the preposition."""
    poll = parse.words[cue.head].head
    return Mention(poll, tuple(k for k in mention_words(parse, poll) if k > cue.head), Rule.NOMINAL_CUE)
