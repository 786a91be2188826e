"""What may follow the speaker of an inverted cue: "“...,” said Ann Kim in a statement."

Requires: a :class:`~quotekit.document.Parse`. Provides :func:`possessor_phrase_end` and
:func:`speaker_tail`, used by :func:`quotekit.speakers.inverted_speaker_span`: the speaker phrase after an
inverted cue may be followed, before the clause ends, by adjuncts of the cue ("in a statement", "when asked
about the plan", "on Twitter") or modifiers of the speaker ("calling himself Lee", "involved in the talks"),
but not by a verb whose subject it is: "…, said the plan would fail" reports that the plan would fail.
"""

from __future__ import annotations

from quotekit.cues import CueMatch
from quotekit.document import Parse, Word
from quotekit.lang.en import (
    CLOSING_QUOTES,
    FINITE_VERB_TAGS,
    HYPHENS,
    PARTICIPLE_TAGS,
    PARTITIVE_WORDS,
    POSSESSIVE_MARKS,
    SUBJECT_RELS,
)
from quotekit.syntax import NOMINAL_UPOS, is_quote_mark

__all__ = [
    "continues_phrase",
    "joins_words",
    "may_precede_inversion",
    "past_determiners",
    "possessor_phrase_end",
    "premodifies",
    "reported_after",
    "speaker_phrase_head",
    "speaker_tail",
]

#: The possessive clitic left on its word by the tokenizer ("minister’s" as one token).
_CLITICS = tuple(mark for mark in POSSESSIVE_MARKS if mark.endswith("s"))


def possessor_phrase_end(parse: Parse, j: int, last: int) -> int:
    """ "said Lee's chief adviser Ana Ruiz": when the noun phrase ending at ``j`` is a possessor, the last
    noun of the phrase it determines (past adjectives and nouns); else ``j``."""
    if _is_possessor(parse, j, last):
        k = j + 1 if parse.words[j].text.endswith(_CLITICS) else j + 2
    else:
        return j
    if k >= last:
        return j
    while (
        k + 1 < last
        and parse.words[k].upos in {"ADJ", "NOUN", "PROPN"}
        and parse.words[k + 1].upos
        in {
            "ADJ",
            "NOUN",
            "PROPN",
        }
    ):
        k += 1
    return k if parse.words[k].upos in {"NOUN", "PROPN"} else j


def may_precede_inversion(word: Word) -> bool:
    """Whether ``word`` may stand right before an inverted cue: a comma (", said X") or a closing quotation
    mark in any form the text writes it (a curly or straight one, three apostrophes closing a nested
    quotation, an opening mark typed where the closing one belongs)."""
    return word.text == "," or is_quote_mark(word)


def reported_after(cue: CueMatch, verb: Word) -> bool:
    """Whether every quotation the cue took, or all it reports, follows it: the noun after such a cue is its
    object ("Lee, the mayor, praised Roe's plan in May"), never an inverted speaker, who follows what was
    said ("“...,” said X")."""
    quoted = bool(cue.quotes) and all(q.start > verb.start for q in cue.quotes)
    return quoted or (bool(cue.content) and all(start > verb.start for start, _ in cue.content))


def _is_possessor(parse: Parse, i: int, last: int) -> bool:
    """ "Lee's", "Lee’s" (one token or two): a possessor, before the words it determines."""
    word = parse.words[i]
    return (word.text.endswith(_CLITICS) and len(word.text) > 2) or (
        i + 1 < last and parse.words[i + 1].text in POSSESSIVE_MARKS
    )


def speaker_phrase_head(parse: Parse, lo: int, hi: int) -> int:
    """The word of ``lo..hi`` whose head lies outside the span, a possessor aside ("said [Lee's] adviser
    Ana Ruiz" parsed with "Lee" under "said"): the last word if the parse disagrees."""
    for i in range(lo, hi + 1):
        possessor = i < hi and _is_possessor(parse, i, hi + 1)
        if not lo <= parse.words[i].head <= hi and not possessor:
            return i
    return hi


def speaker_tail(parse: Parse, verb: int, lo: int, k: int, last: int) -> bool:
    """Whether the words from ``k`` to the clause's end (the next punctuation) may follow an inverted
    speaker ``lo..k-1``: none of them has it as subject, and no finite verb comes right after it ("said Ana
    Ruiz in a statement", "said Ken Abe when asked", "wrote a man calling himself Lee"; not "…, said the
    plan would fail"). A cue with a nominal subject before it is no inversion at all ("Lee, the mayor,
    praised Roe's plan in May"), so the tail must then be empty."""
    if k >= last or parse.words[k].upos == "PUNCT":
        return True
    if parse.words[k].xpos in FINITE_VERB_TAGS or any(
        parse.words[c].deprel in SUBJECT_RELS
        and parse.words[c].upos in NOMINAL_UPOS
        and not _quoted_before(parse, c, verb)
        for c in parse.children[verb]
        if c < verb
    ):
        return False
    end = next((i for i in range(k, last) if parse.words[i].upos == "PUNCT"), last)
    return not any(
        parse.words[i].deprel.startswith("nsubj") and k <= parse.words[i].head < end for i in range(lo, k)
    )


def _quoted_before(parse: Parse, c: int, verb: int) -> bool:
    """Whether a closing quotation mark stands between word ``c`` and the cue: ``c`` is a word of what was
    said, which the parser made the cue's subject ("“... Any leader who ignores this is not fit,” said
    Hale"), not a subject before the cue."""
    return any(parse.words[k].text in CLOSING_QUOTES for k in range(c + 1, verb))


def past_determiners(parse: Parse, lo: int, last: int) -> int | None:
    """The first word of a noun phrase's head run from ``lo``, past its determiners: "the", "one", "a
    2015" (an article and a year or number), a possessive pronoun ("his"), or a partitive "one of", "two
    of the" (the run after "of"); None when the phrase ends there."""
    j = lo
    if j < last and parse.words[j].xpos == "PRP$":  # "said [his] best friend at college, ..."
        j += 1
    elif j < last and parse.words[j].upos in {"DET", "NUM"}:
        j += 1
        if j + 1 < last and parse.words[j].text.lower() in PARTITIVE_WORDS:  # "one of two engineers"
            j += 1
            if parse.words[j].upos in {"DET", "NUM"}:
                j += 1
        elif j + 1 < last and parse.words[j].upos == "NUM" and parse.words[j - 1].upos == "DET":
            j += 1  # "a 2015 Labour candidate"
    return j if j < last else None


def continues_phrase(parse: Parse, j: int) -> bool:
    """Whether the noun phrase goes on after word ``j``: a noun follows a word that may premodify it, or
    a hyphenated compound goes on ("well[-]connected")."""
    words = parse.words
    after = words[j + 1].upos in {"PROPN", "NOUN"} or joins_words(parse, j + 1) or joins_words(parse, j)
    return after and premodifies(parse, j)


def premodifies(parse: Parse, j: int) -> bool:
    """Whether word ``j`` may stand before the next word of a noun phrase: an adjective, noun, number or
    participle ("retired/VBN Navy officer", "undecided/VBN voter"), or a word of a hyphenated compound
    ("46-year-old", "well-connected", written without spaces: :func:`joins_words`)."""
    word = parse.words[j]
    if word.upos in {"ADJ", "NOUN", "PROPN", "NUM"} or (word.upos == "VERB" and word.xpos in PARTICIPLE_TAGS):
        return True
    return joins_words(parse, j) or (j + 1 < len(parse.words) and joins_words(parse, j + 1))


def joins_words(parse: Parse, j: int) -> bool:
    """Whether word ``j`` is a hyphen written between two words without spaces: "46[-]year-old"."""
    word = parse.words[j]
    if word.text not in HYPHENS or j == 0 or j + 1 >= len(parse.words):
        return False
    return parse.words[j - 1].end == word.start and parse.words[j + 1].start == word.end
