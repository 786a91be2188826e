"""Adverbs of hearsay, attributions of the wider notion (``Extractor(attributions="all")``).

"The FBI is reportedly preparing to interview her", "Reportedly, the two met in March": an adverb of
:data:`~quotekit.lang.en.HEARSAY_ADVERBS` attributes the clause it modifies to reports the text does not
name (a reportative evidential, Aikhenvald 2004, ch. 2). PolNeAR annotates the adverb as the cue and the
rest of its clause as the content, with no source. A clause whose verb is a cue already ("he reportedly
said ...", "she reportedly believes ...") is that cue's: the adverb adds nothing to it.

Requires: the cues found so far (:func:`quotekit.cues.find_cues`). Provides the hearsay cues
(:func:`add_hearsay_cues`), whose ``CueMatch.pattern`` is :data:`HEARSAY_PATTERN`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from quotekit.content import fragments
from quotekit.cues import CueMatch
from quotekit.document import Parse, Word
from quotekit.lang.en import HEARSAY_ADVERBS
from quotekit.model import CueClass
from quotekit.parse.build import FULL
from quotekit.spans import QuoteSpan
from quotekit.speakers import is_quoted
from quotekit.syntax import is_subject

__all__ = ["ADVERBS", "HEARSAY_PATTERN", "add_hearsay_cues", "hearsay_content"]

#: The written forms the parse plan looks for (:class:`quotekit.cues.CueForms`).
ADVERBS = HEARSAY_ADVERBS
#: ``CueMatch.pattern`` (and the wider rule) of an adverb of hearsay.
HEARSAY_PATTERN = "hearsay"
#: Relations by which a hearsay adverb modifies its clause.
_ADVERB_RELS = frozenset({"advmod"})
#: Relations of a sentence run on to the adverb's clause, which the adverb does not reach.
_OWN_CLAUSE_RELS = frozenset({"parataxis"})


def add_hearsay_cues(
    parse: Parse, quotes: Sequence[QuoteSpan], found: Sequence[CueMatch], lexicon: Mapping[str, CueClass]
) -> list[CueMatch]:
    """``found`` with a cue for each adverb of hearsay (:func:`hearsay_content`) outside quotation marks,
    in the fully parsed sentences, whose clause is no cue's of ``found`` nor a verb of ``lexicon``."""
    heads = {cue.head for cue in found}
    out = list(found)
    for word in parse.words:
        if word.text.lower() not in HEARSAY_ADVERBS or word.deprel not in _ADVERB_RELS:
            continue
        if parse.sentences[word.sent].depth < FULL or is_quoted(word, quotes):
            continue
        clause = parse.words[word.head] if word.head >= 0 else None
        if clause is None or clause.i in heads or clause.lemma in lexicon:
            continue
        content = hearsay_content(parse, word)
        if content:
            lemma = word.text.lower()
            out.append(
                CueMatch(word.i, (word.i,), lemma, "speech", fragments(parse, content), HEARSAY_PATTERN)
            )
    return sorted(out, key=lambda m: m.head)


def hearsay_content(parse: Parse, adverb: Word) -> list[int]:
    """ "The FBI is [reportedly] preparing an interview": the clause the adverb modifies, without the
    adverb (and the comma that sets it off), without a sentence run on to it (parataxis) or a conjoined
    clause with a subject of its own ("..., and its shares fell"); nothing when
    the clause has no verb or predicate of its own."""
    clause = parse.words[adverb.head]
    if clause.upos not in {"VERB", "AUX", "ADJ", "NOUN", "PROPN"}:
        return []
    left_out = {adverb.i}
    for c in parse.children[adverb.i]:
        left_out |= set(parse.subtree(c))
    for c in parse.children[clause.i]:
        if parse.words[c].deprel in _OWN_CLAUSE_RELS or _is_clause_of_its_own(parse, c):
            left_out |= set(parse.subtree(c))
    return [k for k in parse.subtree(clause.i) if k not in left_out]


def _is_clause_of_its_own(parse: Parse, c: int) -> bool:
    """Whether dependent ``c`` is a conjoined clause with its own subject: the adverb does not reach it."""
    word = parse.words[c]
    return word.deprel == "conj" and any(is_subject(parse.words[k]) for k in parse.children[c])
