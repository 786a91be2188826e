"""The "according to" cue: what its phrase attributes, and to whom.

"According to a new poll, the two candidates are tied", "The firm, according to the filing, paid no tax",
"Kim leads by six points, according to the average": "according to" is the cue, the noun phrase after it
the source (:func:`according_to_object`), and the rest of its sentence the content
(:func:`according_to_content`), whatever the parser made of it: the clause after a phrase that opens the
sentence, else the main clause around the phrase, else (the tagger having read the clause's verb as a noun,
"Kim leads/NNS Roe") the sentence without the phrase.

Requires: a :class:`~quotekit.document.Parse`. Provides word indices for :mod:`quotekit.cues` (the cue)
and :mod:`quotekit.speakers` (the source).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotekit.document import Parse, Word
from quotekit.lang.en import PARTICIPLE_TAGS
from quotekit.syntax import NOMINAL_UPOS, cases, is_subject, is_verb

__all__ = ["according_to_content", "according_to_object", "is_according_to"]


def according_to_content(parse: Parse, according: Word) -> list[int]:
    """The words "according to" at ``according`` attributes (empty when it names no source and opens no
    clause)."""
    source = according_to_object(parse, according)
    if source is None:
        source = according.head if according.head >= 0 else None
    after = _after_opening_phrase(parse, according, source)
    if after:
        return after
    if source is None:
        return []
    clause = _clause_head(parse, source)
    if clause is not None:
        return _around_source_phrase(parse, according, source, clause)
    return _beside_verbless_phrase(parse, according, source)


def _around_source_phrase(parse: Parse, according: Word, source: int, clause: int) -> list[int]:
    """What "according to X" attributes: its sentence's main clause, the clause X's phrase modifies or one
    that governs it (a phrase set off by commas modifies the whole sentence, however the parser hung it:
    "The firm, according to the filing, paid no tax"), without the phrase itself."""
    phrase = {*range(according.i, max(source, according.i + 1) + 1), *parse.subtree(source)}
    top = clause
    while parse.words[top].head >= 0:
        top = parse.words[top].head
    return [k for k in parse.subtree(top) if k not in phrase]


def _beside_verbless_phrase(parse: Parse, according: Word, source: int) -> list[int]:
    """ "Clinton leads/NNS Sanders by six points, according to the poll": when the parse finds no clause
    for the phrase (the tagger read the verb as a noun), the phrase attributes the rest of its sentence
    (the commas around the phrase fall at the edges of the content's fragments)."""
    sent = parse.sentences[according.sent]
    phrase = {*range(according.i, max(source, according.i + 1) + 1)}
    phrase |= {k for k in parse.subtree(source) if k > according.i}
    return [k for k in range(sent.first, sent.last) if k not in phrase]


def _after_opening_phrase(parse: Parse, according: Word, source: int | None) -> list[int]:
    """ "According to a new poll, the two candidates are tied", "But, according to the poll, 46 percent ...":
    a phrase that opens its sentence (after a conjunction or adverb at most) attributes the rest of the
    sentence after its closing comma, whatever the parser made of it (the models often hang the clause on
    the source noun); empty when the phrase is elsewhere or no comma closes it. An apposition of the source
    is part of the phrase ("According to Ann Roe, an analyst at the bank, ...")."""
    sent = parse.sentences[according.sent]
    if any(parse.words[k].upos not in _BEFORE_OPENING_UPOS for k in range(sent.first, according.i)):
        return []
    k = according.i + 2 if source is None else source + 1
    while k < sent.last:
        word = parse.words[k]
        if word.text == "," and k + 1 < sent.last and not _opens_apposition(parse, k, source):
            end = sent.last - (parse.words[sent.last - 1].upos == "PUNCT")
            return list(range(k + 1, end))
        k += 1
    return []


def _opens_apposition(parse: Parse, comma: int, source: int | None) -> bool:
    """Whether the words after ``comma`` are an apposition of the source: the parser says so, or they open
    with an indefinite article and another comma closes them before any verb ("Ann Roe[, an analyst at the
    bank,] ...")."""
    nxt = parse.words[comma + 1]
    if source is not None and nxt.deprel == "appos" and nxt.head == source:
        return True
    if nxt.text.lower() not in {"a", "an"}:
        return False
    sent = parse.sentences[nxt.sent]
    for k in range(comma + 1, sent.last):
        if parse.words[k].upos in {"VERB", "AUX"}:
            return False
        if parse.words[k].text == ",":
            return True
    return False


#: What may stand before an "according to" phrase that opens its sentence: "But,", "Still,", "And".
_BEFORE_OPENING_UPOS = frozenset({"CCONJ", "ADV", "PUNCT"})


def according_to_object(parse: Parse, according: Word) -> int | None:
    """The head of the noun phrase right after "according to": the word "according" hangs off when that is
    a noun after it; else, the parse being wrong ("according to campaign/VERB manager Jeff Wade" read as
    an infinitive, or "according" hung on a noun before it), the last noun of the words after "to" that
    can make a noun phrase, or its first word alone when the tagger made it a verb ("according to
    AP/VERB."); None when there is none."""
    head = according.head
    if head > according.i + 1 and (parse.words[head].upos in _SOURCE_UPOS or _partitive(parse, head)):
        return head
    sent = parse.sentences[according.sent]
    found = None
    for j in range(according.i + 2, min(according.i + 2 + _SOURCE_WORDS, sent.last)):
        word = parse.words[j]
        first = j == according.i + 2  # a noun phrase follows "according to": its first word is no verb
        participle = word.upos == "VERB" and word.xpos in PARTICIPLE_TAGS  # "recently [leaked] documents"
        if word.upos not in _SOURCE_PHRASE_UPOS and not (word.upos == "VERB" and first) and not participle:
            break
        if word.upos in _SOURCE_UPOS or (word.upos == "VERB" and first):
            found = j
    return found


def _partitive(parse: Parse, i: int) -> bool:
    """ "[one] of his senior aides", "[some] of the officials": a number or quantifier with an "of" phrase."""
    return parse.words[i].upos in {"NUM", "DET"} and any(
        parse.words[c].deprel == "nmod" and "of" in cases(parse, c) for c in parse.children[i]
    )


#: What may head the source of "according to": "according to [the police]", "according to [Ann Kim]".
_SOURCE_UPOS = NOMINAL_UPOS
#: What a source phrase is made of, before its first preposition or comma: "an unnamed senior official",
#: "complete but unofficial returns", "recently leaked documents" (with a participle).
_SOURCE_PHRASE_UPOS = _SOURCE_UPOS | {"DET", "ADJ", "NUM", "CCONJ", "ADV"}
#: The most words of a source phrase read by position.
_SOURCE_WORDS = 8


def _clause_head(parse: Parse, i: int) -> int | None:
    """The nearest ancestor of word ``i`` that heads a clause (a verb or a predicate with a subject)."""
    j = parse.words[i].head
    while j >= 0:
        word = parse.words[j]
        if is_verb(word) or any(is_subject(parse.words[c]) for c in parse.children[j]):
            return j
        j = word.head
    return None


def is_according_to(words: Sequence[Word], k: int) -> bool:
    """Whether ``words[k]`` starts "according to" (within one sentence)."""
    return (
        words[k].text.lower() == "according"
        and k + 1 < len(words)
        and words[k + 1].text.lower() == "to"
        and words[k + 1].sent == words[k].sent
    )
