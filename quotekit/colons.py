"""Colon frames: a clause ending on a colon right before a quotation introduces it, whatever its verb.

Requires: a :class:`~quotekit.document.Parse`, the quotation spans and the cues found. Provides the cues
of such clauses (:func:`add_colon_frames`: their predicates, :func:`colon_frames`), and the offsets of
their colons on raw text (:func:`colon_marks`), which the parse plan analyses.

News writing introduces a quotation with a whole clause and a colon, and the clause's subject is the
quotation's source whatever its verb: "The minister interjected: “Not today.”", "Ruiz delivered a blunt
reply: “No.”", "The court's ruling was short: “The appeal fails.”" (Quirk et al. 1985, §15.50: the colon
before direct speech; a paragraph ending on a colon introduces the next paragraph's quotation alike, and
so does a comma before a quotation that is a whole sentence: "The minister interjected, “Not today.”").
A clause that already holds a reporting cue is that cue's frame (:mod:`quotekit.link`); one without a
nominal subject ("Here is the text:", "There was one answer:") names no source.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from quotekit.cues import CueMatch
from quotekit.document import Parse, Word
from quotekit.lang.en import (
    COPULA_RELS,
    HYPHENS,
    NOMINAL_SUBJECT_RELS,
    NOT_SOURCE_SUBJECTS,
    SUBORDINATE_CLAUSE_RELS,
    VERB_GROUP_RELS,
)
from quotekit.parse.build import FULL
from quotekit.rules import CueForm
from quotekit.spans import QuoteSpan
from quotekit.syntax import NOMINAL_UPOS
from quotekit.text import count_words

__all__ = ["add_colon_frames", "colon_frames", "colon_marks"]

#: A colon and what may stand between it and the opening mark: spaces and at most one paragraph break
#: ("... released this statement:\n\n“We mourn ...”").
_COLON_GAP = regex.compile(r":[ \t\u00a0]*(?:\r?\n[ \t\u00a0\r\n]*)?$")
#: A comma before a quotation that is a whole sentence introduces it as a colon does ("Roe replied, “No.”").
_COMMA_GAP = regex.compile(r",[ \t\u00a0]*$")
#: The fewest words of a quoted sentence after a comma (shorter ones are titles, names or scare quotes, as
#: quotekit.plan.SHORT_QUOTE_WORDS has it).
_SENTENCE_WORDS = 4
#: What ends a quoted sentence inside its marks.
_SENTENCE_ENDS = frozenset(".?!")
#: How far from its predicate an auxiliary or particle of the cue may stand, in words (as in quotekit.cues).
_GROUP_SPAN = 3
#: How far before a quotation its colon may stand, in characters.
_LOOKBACK = 8


def colon_marks(text: str, quotes: Sequence[QuoteSpan]) -> list[tuple[int, QuoteSpan]]:
    """The offset of the colon right before each closed, outermost quotation (or of the comma before one
    that is a whole sentence), with the quotation.

    >>> from quotekit.spans import find_quote_spans
    >>> text = 'Roe replied: “Not today.”'
    >>> [(at, text[q.start : q.end]) for at, q in colon_marks(text, find_quote_spans(text))]
    [(11, '“Not today.”')]
    """
    out = []
    for quote in quotes:
        if quote.depth or not quote.closed or not quote.parts:
            continue
        gap = _COLON_GAP.search(text, max(0, quote.start - _LOOKBACK), quote.start)
        if gap is None and _is_sentence(text, quote):
            gap = _COMMA_GAP.search(text, max(0, quote.start - _LOOKBACK), quote.start)
        if gap is not None:
            out.append((gap.start(), quote))
    return out


def _is_sentence(text: str, quote: QuoteSpan) -> bool:
    """Whether a quotation is a whole sentence: it opens with a capital, ends with ".", "?" or "!", and has
    some words (a title or a name after a comma is none: "her film, “Trainwreck.”")."""
    first, last = quote.parts[0][0], quote.parts[-1][1]
    words = sum(count_words(text, s, e) for s, e in quote.parts)
    return text[first].isupper() and text[last - 1] in _SENTENCE_ENDS and words >= _SENTENCE_WORDS


def add_colon_frames(parse: Parse, quotes: Sequence[QuoteSpan], found: Sequence[CueMatch]) -> list[CueMatch]:
    """``found`` with a speech cue for each colon frame (:func:`colon_frames`) whose clause holds none: the
    frame's predicate with its auxiliaries and particle, its content the quotation it introduces."""
    frames = colon_frames(parse, quotes, [cue.head for cue in found])
    out = list(found)
    for i, quote in frames:
        words = sorted(
            {
                i,
                *(
                    c
                    for c in parse.children[i]
                    if parse.words[c].deprel in VERB_GROUP_RELS and abs(c - i) <= _GROUP_SPAN
                ),
            }
        )
        content = ((quote.start, quote.end),)
        lemma = parse.words[i].lemma
        out.append(
            CueMatch(i, tuple(words), lemma, "speech", content, "colon-frame", form=CueForm.COLON_FRAME)
        )
    return sorted(out, key=lambda m: m.head)


def colon_frames(
    parse: Parse, quotes: Sequence[QuoteSpan], taken: Sequence[int] = ()
) -> list[tuple[int, QuoteSpan]]:
    """The predicate of each clause that ends on a colon before a quotation (:func:`colon_marks`), with
    the quotation: "The minister [interjected]: “...”". None where a cue of ``taken`` (word indices of the
    cues found) stands in the clause: that cue frames the quotation."""
    cues = sorted(taken)
    out = []
    for at, quote in colon_marks(parse.text, quotes):
        i = parse.word_at(at)
        if i >= len(parse.words) or parse.words[i].start != at:
            continue
        sent = parse.sentences[parse.words[i].sent]
        if sent.depth < FULL or any(sent.first <= k < i for k in cues):
            continue
        verb = _predicate_before(parse, i)
        if verb is not None:
            out.append((verb, quote))
    return out


def _predicate_before(parse: Parse, colon: int) -> int | None:
    """ "Ruiz then [delivered] a blunt reply to the court:": from the word before the colon up its heads,
    the first main-clause predicate with a nominal subject, within the words before the colon (one the parser
    hung on a word of the quotation heads them); a clause
    that ends on a name after a dash ("Turnout rose - Ann Roe:") is a heading whose label names the source."""
    first = parse.sentences[parse.words[colon].sent].first
    j = colon - 1
    while first <= j < colon:
        word = parse.words[j]
        main = word.deprel not in SUBORDINATE_CLAUSE_RELS or not first <= word.head < colon
        if main and _is_predicate(parse, word) and _nominal_subject(parse, word):
            return None if any(_is_dash(parse, k) for k in range(j + 1, colon)) else j
        j = word.head
    return None


#: A dash between a clause and its colon sets off a label ("Turnout rose - Ann Roe:").
_DASHES = HYPHENS | {"\u2013", "\u2014", "--"}


def _is_dash(parse: Parse, k: int) -> bool:
    """A dash standing as a word ("rose - Ann"), not a hyphen inside one ("libertarian-style")."""
    word = parse.words[k]
    return word.text in _DASHES and word.start > 0 and parse.text[word.start - 1].isspace()


def _is_predicate(parse: Parse, word: Word) -> bool:
    """A verb ("interjected") or an adjective with a copula ("the ruling was [short]"); a noun with one
    describes its subject ("the reason is a simple one:") rather than telling what it says."""
    if word.upos == "VERB":
        return True
    return word.upos == "ADJ" and any(parse.words[c].deprel in COPULA_RELS for c in parse.children[word.i])


def _nominal_subject(parse: Parse, word: Word) -> bool:
    """Whether ``word`` has an active nominal subject that can be a source ("There was one answer:" has
    none)."""
    return any(
        parse.words[c].deprel in NOMINAL_SUBJECT_RELS
        and parse.words[c].upos in NOMINAL_UPOS
        and parse.words[c].text.lower() not in NOT_SOURCE_SUBJECTS
        for c in parse.children[word.i]
    )
