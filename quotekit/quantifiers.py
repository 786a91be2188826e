"""Quantifier subjects: a number, quantifier or determiner that heads the subject of a cue by itself.

Requires: a :class:`~quotekit.document.Parse`. Provides :func:`quantifier_subject`, used by
:mod:`quotekit.speakers`.

Reports of polls and crowds give a cue a subject with no noun of its own: "Two in three said they would
vote", "42% say the economy is weak", "Most said they were worried", "Another wrote that ...". The tagger
calls its head a number, determiner or adjective (UD ``NUM``, ``DET``, ``ADJ``: Huddleston & Pullum 2002,
§5.9, fused-head noun phrases), so the nominal subject rule passes it by; it is the source all the same. A
number set off by commas after a name is an age ("Ruiz, 43, said") and one after a month a date ("Dec
29 (Reuters) - ..."), not the speaker; nor is a pointer ("that", "this"), a relative word, a quantifier
floating after the noun phrase it quantifies ("the ministers all urged": the ministers speak), or an adverb
the tagger took for an adjective ("most recently defended", "later said").
"""

from __future__ import annotations

from quotekit.document import Parse, Word
from quotekit.lang.en import (
    ADVERBS_NOT_SPEAKERS,
    FLOATING_QUANTIFIERS,
    NOMINAL_SUBJECT_RELS,
    NOT_SOURCE_SUBJECTS,
    PRONOMINAL_COORDINATORS,
    TIME_NOUNS,
)

__all__ = ["quantifier_subject"]

#: Month abbreviations of datelines ("Dec 29 (Reuters) -"), beside the full names of TIME_NOUNS.
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
#: Parts of speech of a fused-head subject: "[Two] in three", "[42]%", "[Most]", "[Another]".
_FUSED_HEAD_UPOS = frozenset({"NUM", "DET", "ADJ"})


def quantifier_subject(parse: Parse, verb: Word) -> int | None:
    """ "[Two] in three said ...", "[Most] said ...": the verb's active subject headed by a number,
    quantifier or determiner, unless it is an age between commas or a pointer."""
    for c in parse.children[verb.i]:
        word = parse.words[c]
        if (
            word.deprel in NOMINAL_SUBJECT_RELS
            and _fused_head(parse, word)
            and word.text.lower() not in NOT_SOURCE_SUBJECTS
            and word.feat("PronType") not in {"Rel", "Int"}
            and not _is_age(parse, word)
            and not _floats(parse, word)
            and not _adverbial(parse, word)
        ):
            return c
    return None


def _fused_head(parse: Parse, word: Word) -> bool:
    """A number, quantifier or determiner; a coordinator that heads a phrase ("[Both] have promised"); a
    participle with a determiner ("those [surveyed] say")."""
    if word.upos in _FUSED_HEAD_UPOS:
        return True
    if word.upos == "CCONJ":
        return word.text.lower() in PRONOMINAL_COORDINATORS
    return word.upos == "VERB" and any(parse.words[c].deprel == "det" for c in parse.children[word.i])


def _floats(parse: Parse, word: Word) -> bool:
    """ "the ministers [all] urged": a quantifier right after the noun phrase it quantifies."""
    return (
        word.text.lower() in FLOATING_QUANTIFIERS
        and word.i > 0
        and parse.words[word.i - 1].upos in {"NOUN", "PROPN", "PRON"}
    )


def _adverbial(parse: Parse, word: Word) -> bool:
    """ "[most] recently defended", "[later] said": an adverb, or a degree word before one."""
    after = parse.words[word.i + 1] if word.i + 1 < len(parse.words) else None
    return word.text.lower() in ADVERBS_NOT_SPEAKERS or (after is not None and after.upos == "ADV")


def _is_age(parse: Parse, word: Word) -> bool:
    """ "Ana Ruiz, [43], said": a number between commas right after a noun; "Dec [29]": a date."""
    i = word.i
    if word.upos != "NUM" or i < 2 or i + 1 >= len(parse.words):
        return False
    if parse.words[i - 1].lemma.lower().rstrip(".") in TIME_NOUNS | _MONTH_ABBREVIATIONS:
        return True
    return (
        parse.words[i - 1].text == ","
        and parse.words[i + 1].text == ","
        and parse.words[i - 2].upos in {"PROPN", "NOUN"}
    )
