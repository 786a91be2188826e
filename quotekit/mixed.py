"""Mixed quotes of the wider notion of attribution (``Extractor(attributions="all")``).

A mixed quote quotes a few words of a reported clause: "He called the plan “a disaster for workers”". PARC
3.0 and PolNeAR annotate the whole reported phrase as the content, quoted words and all, where reported
speech keeps the quotation the cue took (:mod:`quotekit.link`) when the cue has no content of its own.

Requires: the cues with their quotations (:func:`quotekit.link.link_quotes`). Provides the cues whose
content is only their quotations with that content widened to the complement of the cue that holds them
(:func:`widen_mixed_quotes`).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quotekit.content import fragments, is_time_phrase
from quotekit.cues import CueMatch
from quotekit.document import Parse

__all__ = ["MIXED_COMPLEMENT_RELS", "MIXED_GAP_WORDS", "MIXED_PATTERN", "widen_mixed_quotes"]

#: The pattern of a cue whose content was widened from its quotations to the phrase that holds them.
MIXED_PATTERN = "mixed-quote"

#: The pattern of a cue that found no content of its own (:func:`quotekit.content.content_of_verb`).
_NO_CONTENT = "none"

#: Dependents of a cue that may hold a mixed quote: its object, its complements and the phrases of its
#: prepositions ("called the plan [“a disaster”]", "referred to them [as “rapists”]").
MIXED_COMPLEMENT_RELS = frozenset(
    {"obj", "iobj", "xcomp", "ccomp", "obl", "obl:agent", "nmod", "dep", "advcl"}
)

#: Dependents before the one that holds the quotation that belong to the content with it: "called [the
#: plan] “a disaster”", "referred to [immigrants] as “rapists”".
_LEADING_RELS = frozenset({"obj", "iobj", "obl:agent", "xcomp"})


#: How many words may lie between a cue and a mixed quote the parse does not hang on it.
MIXED_GAP_WORDS = 20

#: Punctuation that ends the phrase of a cue before a quotation ("He spoke; “a disaster,” a critic said").
_BREAKS = frozenset({";", ":", "(", ")", "[", "]", "\u2014", "\u2013", "--"})


def widen_mixed_quotes(parse: Parse, cues: Sequence[CueMatch]) -> list[CueMatch]:
    """``cues``, each cue whose content is only the quotations it took ("He called the plan “a disaster
    for workers”") with the complement that holds them as its content (:func:`_holding_complement`)."""
    return [_widened(parse, cue) if cue.pattern == _NO_CONTENT and cue.quotes else cue for cue in cues]


def _widened(parse: Parse, cue: CueMatch) -> CueMatch:
    """``cue`` with the phrase of each of its quotations (the complement the parse hangs it in, else the
    words from the cue up to it) in its content; ``cue`` itself when no quotation has one."""
    words: set[int] = set()
    for quote in cue.quotes:
        inside = [w.i for w in parse.words_between(quote.start, quote.end) if w.upos != "PUNCT"]
        held = _holding_complement(parse, cue.head, inside) or _words_up_to(parse, cue, inside)
        words.update(held)
        words.update(w.i for w in parse.words_between(quote.start, quote.end))
    if not words - {w.i for q in cue.quotes for w in parse.words_between(q.start, q.end)}:
        return cue
    content = tuple(sorted({*fragments(parse, words), *cue.content}))
    return attrs.evolve(cue, content=_joined(content), pattern=MIXED_PATTERN)


def _holding_complement(parse: Parse, head: int, inside: Sequence[int]) -> list[int]:
    """ "called the plan “a disaster”": the words of the cue's complement (:data:`MIXED_COMPLEMENT_RELS`)
    after it that holds the quoted words ``inside``, with the object before that complement."""
    if not inside or inside[0] <= head:
        return []
    child = _child_towards(parse, head, inside[0])
    if child is None or parse.words[child].deprel not in MIXED_COMPLEMENT_RELS:
        return []
    subtree = parse.subtree(child)
    if not set(inside) <= set(subtree):
        return []
    out = list(subtree)
    for c in parse.children[head]:
        if head < c < child and parse.words[c].deprel in _LEADING_RELS and not is_time_phrase(parse, c):
            out.extend(parse.subtree(c))
    return out


def _child_towards(parse: Parse, head: int, i: int) -> int | None:
    """The child of word ``head`` on the path from word ``i`` up to it, or None when ``head`` does not
    govern ``i``."""
    while i >= 0:
        up = parse.words[i].head
        if up == head:
            return i
        i = up
    return None


def _joined(content: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Overlapping or touching fragments joined into one."""
    out: list[tuple[int, int]] = []
    for start, end in content:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return tuple(out)


def _words_up_to(parse: Parse, cue: CueMatch, inside: Sequence[int]) -> list[int]:
    """ "called Florida's standards “strong”" misparsed: the words from the cue to the end of the quoted
    words, in the cue's sentence, with no break between (:data:`_BREAKS`)."""
    last = max(cue.words)
    if not inside or inside[0] <= last or parse.words[inside[0]].sent != parse.words[last].sent:
        return []
    gap = range(last + 1, inside[0])
    if len(gap) > MIXED_GAP_WORDS or any(parse.words[k].text in _BREAKS for k in gap):
        return []
    if any(k in cue.words for k in gap) or any(_is_clause_break(parse, k) for k in gap):
        return []
    return [*gap, *inside]


def _is_clause_break(parse: Parse, k: int) -> bool:
    """ "..., but his guilty pleasure is": a comma before a conjunction that opens another clause."""
    after = parse.words[k + 1] if k + 1 < len(parse.words) else None
    return parse.words[k].text == "," and after is not None and after.upos in {"CCONJ", "SCONJ"}
