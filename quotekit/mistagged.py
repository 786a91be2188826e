"""Verbs the tagger read as nouns: what follows them still shows their complement.

Requires: a :class:`~quotekit.document.Parse`. Provides :func:`that_follows` and
:func:`infinitive_after_noun_verb`, used by :mod:`quotekit.wide`.

The offline models tag a verb in the third person after its subject as a plural noun ("The senator
plans/NNS to run", "A new poll shows/NNS that ...") and then parse the words after it as a noun phrase.
:func:`quotekit.cues.stands_as_verb` still finds such a verb by where it stands; its complement is found by
the words right after it: "that" opens a complement clause, "to" and a verb's base form an infinitive
(Huddleston & Pullum 2002, ch. 11 and 14: finite and infinitival complements of verbs).
"""

from __future__ import annotations

from quotekit.document import Parse, Word
from quotekit.lang.en import (
    APPEARANCE_VERBS,
    INFINITIVE_MARKS,
    NONFINITE_CUES,
    VOLITION_VERBS,
    WIDE_NONFINITE_CUES,
)

__all__ = ["infinitive_after_noun_verb", "that_follows"]

#: Verbs whose infinitive complement is what they attribute ("plans to run", "vows to fight"); not an
#: aspectual verb, whose infinitive is the event itself ("continues to grow"), nor a verb of appearance,
#: whose content takes in its subject ("the plan appears to work", :data:`APPEARANCE_VERBS`).
_INFINITIVE_CUES = (NONFINITE_CUES | WIDE_NONFINITE_CUES | VOLITION_VERBS) - APPEARANCE_VERBS
#: Tags of a determiner or possessive before a noun ("the", "his").
_DETERMINER_TAGS = frozenset({"DT", "PRP$", "WP$", "POS"})
#: Parts of speech of a verb the tagger read as a noun.
_NOUN_UPOS = frozenset({"NOUN", "PROPN"})
#: Words that close an infinitive read by position: a comment after a comma ("..., which ...") or a
#: semicolon.
_CLOSERS = frozenset({";", "which", "who", "whom", "whose"})


def that_follows(parse: Parse, verb: Word) -> bool:
    """ "A new poll shows/NNS that ...": "that" right after the verb opens its complement clause, however
    the tagger read the clause (a fallback may then read it)."""
    k = verb.i + 1
    return k < parse.sentences[verb.sent].last and parse.words[k].text.lower() == "that"


def infinitive_after_noun_verb(parse: Parse, verb: Word) -> list[int]:
    """ "The senator plans/NNS [to run for governor next year]": a verb tagged as a noun, right before "to"
    and a verb's base form, takes the infinitive to the end of its sentence (or to a semicolon or a
    comment after a comma)."""
    sent = parse.sentences[verb.sent]
    k = verb.i + 1
    if verb.upos not in _NOUN_UPOS or verb.lemma not in _INFINITIVE_CUES or k + 1 >= sent.last:
        return []
    if parse.words[k].text.lower() not in INFINITIVE_MARKS or parse.words[k + 1].xpos != "VB":
        return []
    if verb.i > sent.first and parse.words[verb.i - 1].xpos in _DETERMINER_TAGS:
        return []  # "His promises to cut taxes": a noun after a determiner or possessive is a noun
    end = k
    while end < sent.last and not _closes(parse, end):
        end += 1
    while end > k and parse.words[end - 1].upos == "PUNCT":
        end -= 1
    return list(range(k, end)) if end - k >= 3 else []


def _closes(parse: Parse, k: int) -> bool:
    word = parse.words[k]
    return word.text == ";" or (word.text.lower() in _CLOSERS and parse.words[k - 1].text == ",")
