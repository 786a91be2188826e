"""The link stage: each direct quotation to the cue that governs it.

Requires: the parse, the cues and the quotation spans. Provides the cues with their quotations (and their
content widened to them), and the quotations no cue governs (:class:`QuoteLink`), for the assembly stage.
A quote goes to the cue whose reporting clause frames it ("“A,” she said", "She said: “A”"), else to the
cue whose content overlaps it, else to a content-less cue of the sentence that opens or closes it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence

import attrs

from quotekit.cues import CueMatch
from quotekit.document import Parse, Word
from quotekit.frames import opens_sentence, slip_frame
from quotekit.lang.en import POSSESSIVE_TAGS
from quotekit.rules import CueForm
from quotekit.spans import QuoteSpan
from quotekit.syntax import Fragment, is_quote_mark, overlaps

__all__ = [
    "FRAME_ENDS",
    "FRAME_UPOS",
    "FRAME_WORDS",
    "INTRODUCERS",
    "PHRASE_UPOS",
    "QuoteLink",
    "inside_phrase",
    "link_quotes",
]

#: Punctuation that may end a cue's frame and introduce a quote in the next sentence ("He said:").
INTRODUCERS = frozenset({":", "\u2014", "\u2013"})


@attrs.frozen
class QuoteLink:
    """A direct quote no cue governs: it is attributed later from its neighbourhood, or left unattributed."""

    quote: QuoteSpan
    sentence: int


def link_quotes(
    parse: Parse, cues: Sequence[CueMatch], quotes: Sequence[QuoteSpan]
) -> tuple[list[CueMatch], list[QuoteLink]]:
    """Give each direct quote to the cue that governs it; return the updated cues and the quotes left over.

    A quote goes to the cue whose reporting clause frames it ("“A,” he said", "He said: “A”"), unless the
    quote and that frame both lie inside another cue's content (:func:`_enclosing_cue`); else to the cue
    whose content overlaps it; else to a cue of its sentence with no content of its own ("“A.” he added");
    else, a quoted conjunct right after a cue's content ("says X and will “Y”") joins that content. One
    cue takes several quotes only within its frame ("“A,” he said, “B.”"): a quotation in the next
    sentence is a quote of its own. A cue that takes no quotation keeps no content that a quotation framed
    by another cue holds whole (:func:`_outside`).
    """
    claimed: dict[int, list[QuoteSpan]] = {}
    heads = {cue.head: k for k, cue in enumerate(cues)}
    slips = {cue.head: k for k, cue in enumerate(cues) if slip_frame(parse, parse.words[cue.head])}
    near = _CueIndex(parse, cues)
    top = [q for q in quotes if q.depth == 0]
    frames = [_frame_of(parse, cues, heads, slips, quote) for quote in top]
    enclosing: dict[int, int] = {}
    for n, (quote, index) in enumerate(zip(top, frames, strict=True)):
        if index is not None:
            outer = _enclosing_cue(cues, near, quote, parse.words[cues[index].head].start, index)
            if outer is not None:
                frames[n], enclosing[n] = None, outer
    framed = {k for k in frames if k is not None}
    orphans: list[QuoteLink] = []
    for n, (quote, index) in enumerate(zip(top, frames, strict=True)):
        index = enclosing.get(n, index)
        if index is None:
            index = _cue_for_quote(parse, cues, near, quote, framed)
        if index is None:
            index = _conjunct_of(parse, cues, near, quote)
        if index is None:
            orphans.append(QuoteLink(quote, parse.sentence_at(quote.start)))
        else:
            claimed.setdefault(index, []).append(quote)
    out = []
    framed_quotes = [q for k in framed for q in claimed.get(k, ())]
    for k, cue in enumerate(cues):
        linked = tuple(claimed.get(k, ()))
        content = _up_to_conjuncts(cue.content, linked)
        if not linked:
            content = _outside(content, framed_quotes)
        if k in framed:  # what the parse hung off a framing cue besides its quotes is not what was said
            content = tuple(f for f in content if any(overlaps(f, (q.start, q.end)) for q in linked))
            pattern = "quote-frame"
        else:
            pattern = cue.pattern
        out.append(attrs.evolve(cue, quotes=linked, content=_merge_quotes(content, linked), pattern=pattern))
    return out, orphans


def _outside(content: tuple[Fragment, ...], quotes: Sequence[QuoteSpan]) -> tuple[Fragment, ...]:
    """The fragments of a cue's content that no quotation another cue frames holds whole. "She claimed
    victory, saying: “We won the county!”" with "We won" hung on "claimed" (a misparse: the quotation as
    a loose clause of the main verb): the quotation is what "saying" reports, not "claimed"."""
    return tuple(f for f in content if not any(q.start <= f[0] and f[1] <= q.end for q in quotes))


def _frame_of(
    parse: Parse,
    cues: Sequence[CueMatch],
    heads: Mapping[int, int],
    slips: Mapping[int, int],
    quote: QuoteSpan,
) -> int | None:
    """The cue whose reporting clause frames ``quote`` (:func:`_framing_cue`), unless the quotation is no
    quote of that frame (:func:`_not_before_as_clause`, :func:`_not_title_of_phrase`)."""
    k = _not_before_as_clause(parse, cues, quote, _framing_cue(parse, heads, quote, slips))
    return _not_title_of_phrase(parse, cues, quote, k)


def _not_before_as_clause(
    parse: Parse, cues: Sequence[CueMatch], quote: QuoteSpan, k: int | None
) -> int | None:
    """``k``, unless it is an "as X put it" cue after the quotation: it frames what follows it only ("As
    Ann Roe, author of “Courts,” put it, ..." does not report the title)."""
    if k is not None and cues[k].form is CueForm.AS_CLAUSE and quote.end <= parse.words[cues[k].head].start:
        return None
    return k


def _not_title_of_phrase(
    parse: Parse, cues: Sequence[CueMatch], quote: QuoteSpan, k: int | None
) -> int | None:
    """``k``, unless the quotation before its cue is a name inside a phrase (:func:`inside_phrase`) and
    the cue reports a content of its own after it: "Speaking on CNN’s “State of the Union,” Ellis said
    the bill was dead" reports the bill, not the show; "They are fans of “Lost,” Ellis said" reports
    the whole clause, the quotation in it."""
    if k is None or quote.end > parse.words[cues[k].head].start or not inside_phrase(parse, quote):
        return k
    head_end = parse.words[cues[k].head].end
    return None if any(start >= head_end for start, _ in cues[k].content) else k


def _enclosing_cue(
    cues: Sequence[CueMatch], index: _CueIndex, quote: QuoteSpan, frame: int, framing: int
) -> int | None:
    """ "The mayor said that “we will rebuild it,” adding that ...": a quotation that lies inside another
    cue's content together with the cue that frames it is part of that content (a mixed quote)."""
    for k in index.overlapping(quote.start, quote.end):
        if k != framing and any(
            f[0] <= quote.start and quote.end <= f[1] and f[0] <= frame < f[1] for f in cues[k].content
        ):
            return k
    return None


#: Parts of speech between a cue's content and a quoted conjunct: "seek funds [and will] “compete”".
CONJUNCT_GAP_UPOS = frozenset({"CCONJ", "AUX", "ADV", "PART", "PUNCT"})


def _conjunct_of(parse: Parse, cues: Sequence[CueMatch], index: _CueIndex, quote: QuoteSpan) -> int | None:
    """ "Morris says the campaign will seek funds and will “compete vigorously.”": a quotation after a
    conjunction that follows a cue's content in the same sentence continues that content."""
    sentence = parse.sentence_at(quote.start)
    for k in index.in_sentences((sentence,)):
        content = cues[k].content
        if not content or content[-1][1] > quote.start or parse.sentence_at(content[-1][1] - 1) != sentence:
            continue
        gap = parse.words_between(content[-1][1], quote.start)
        if gap and all(w.upos in CONJUNCT_GAP_UPOS for w in gap) and any(w.upos == "CCONJ" for w in gap):
            return k
    return None


def _up_to_conjuncts(content: tuple[Fragment, ...], quotes: Sequence[QuoteSpan]) -> tuple[Fragment, ...]:
    """``content`` whose last fragment reaches a quoted conjunct after it (see :func:`_conjunct_of`)."""
    if not content:
        return content
    later = [q for q in quotes if q.start >= content[-1][1]]
    if not later:
        return content
    return (*content[:-1], (content[-1][0], max(q.end for q in later)))


#: Punctuation that ends a quotation in frame position, inside or right after its closing mark
#: ("“We will win,” she said", "“Why?” he asked", "“We —” he began").
FRAME_ENDS = frozenset(",?!\u2014\u2013-\u2026")

#: Parts of speech allowed between a quotation and the cue of its frame: the speaker's noun phrase
#: ("“...,” Issam al-Reis, an FSA spokesman, told the BBC"), auxiliaries and adverbs ("has since said").
FRAME_UPOS = frozenset(
    {"PROPN", "NOUN", "PRON", "DET", "ADJ", "ADV", "AUX", "PART", "NUM", "ADP", "PUNCT", "CCONJ"}
)

#: How many words a frame may hold between the quotation and its cue.
FRAME_WORDS = 12


def _framing_cue(
    parse: Parse, heads: Mapping[int, int], quote: QuoteSpan, slips: Mapping[int, int]
) -> int | None:
    """The cue (``heads``: cue head word -> cue index) whose reporting clause frames a quotation: "“A,” she
    said", "“A,” said Ahmed Karimi", "She said: “A”", "He told reporters, “A”". The quotation is then
    that cue's content, whatever the parse hung off the cue (Pareti 2015: a direct quote and its adjacent
    reporting clause). After a quotation closed by a period, only a cue of saying in a short sentence of its
    own (``slips``, :func:`~quotekit.frames.slip_frame`: "“A.” Weaver said.") frames it."""
    if not quote.closed or not parse.words:
        return None
    if _ends_in_frame_position(parse.text, quote):
        found = _cue_after(parse, heads, quote)
        if found is not None:
            return found
    elif slips and opens_sentence(parse.text, quote.start):
        found = _cue_after(parse, slips, quote)
        if found is not None:
            return found
    return _cue_before(parse, heads, quote)


#: Parts of speech of a word that makes a quotation right after it a part of its phrase: a preposition, a
#: determiner or a possessive, a noun or adjective before the quoted name ("on CNN’s “State of the Union,”",
#: "the podcast “Hard Facts,”", "in “Summer Nights,”").
PHRASE_UPOS = frozenset({"ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM"})


def inside_phrase(parse: Parse, quote: QuoteSpan) -> bool:
    """ "Speaking on CNN’s “State of the Union,” Ellis said ...": a quotation that a preposition, a
    determiner or a noun before it in its sentence takes in is a name or a term of that phrase, not a
    quotation a reporting clause after it frames (which opens its sentence or follows a clause:
    "“We will win,” she said", "And, “we will win,” she said", "Then “we will win,” she said")."""
    i = parse.word_at(quote.start) - 1
    if i < 0 or parse.words[i].end > quote.start or parse.words[i].sent != parse.sentence_at(quote.start):
        return False
    before = parse.words[i]
    return before.upos in PHRASE_UPOS or before.xpos in POSSESSIVE_TAGS


def _ends_in_frame_position(text: str, quote: QuoteSpan) -> bool:
    last = quote.end - len(quote.close_mark)
    while last > quote.start and text[last - 1].isspace():
        last -= 1
    after = text[quote.end : quote.end + 2].lstrip()[:1]
    return (last > quote.start and text[last - 1] in FRAME_ENDS) or after == ","


def _cue_after(parse: Parse, heads: Mapping[int, int], quote: QuoteSpan) -> int | None:
    """ "“A,” she said": the first cue after the closing mark, past a speaker's noun phrase only, in the
    quotation's own paragraph (:func:`_frame_may_follow`)."""
    i = parse.word_at(quote.end)
    if i >= len(parse.words) or not _frame_may_follow(parse, quote, parse.words[i]):
        return None
    sent = parse.words[i].sent
    first = _first_word_after(parse, quote)
    for word in parse.words[i : i + FRAME_WORDS + 1]:
        if word.sent != sent or is_quote_mark(word):
            return None
        if word.xpos == "WRB" or word.upos == "SCONJ":  # "“A,” when asked why": a clause of its own
            return None
        if word.upos == "CCONJ" and word.i == first:
            return None  # "She declared “A!” and said that ...": a predicate of its own, no frame
        if word.i in heads:
            return heads[word.i]
        if word.upos not in FRAME_UPOS or word.text in {".", ";", ":"}:
            return None
    return None


def _first_word_after(parse: Parse, quote: QuoteSpan) -> int:
    """The first word after the quotation's closing mark that is no punctuation."""
    i = parse.word_at(quote.end)
    while i < len(parse.words) and parse.words[i].upos == "PUNCT":
        i += 1
    return i


def _frame_may_follow(parse: Parse, quote: QuoteSpan, first: Word) -> bool:
    """Whether a reporting clause starting at ``first`` may frame the quotation before it: in the same
    paragraph, or in the next when it goes on in lower case ("“...,”\\n\\nthe mayor said", a broken
    line); "“Why not?”" closing one paragraph does not frame the next one's "The mayor says ...", whose
    clause is its content."""
    if parse.paragraph_of(first.start) == parse.paragraph_of(quote.end - 1):
        return True
    return first.text[:1].islower()


def _cue_before(parse: Parse, heads: Mapping[int, int], quote: QuoteSpan) -> int | None:
    """ "She said: “A”", "He told reporters, “A”": a cue before the opening mark and its colon or comma,
    past its own object or adverbs only."""
    i = parse.word_at(quote.start) - 1
    if i < 0 or parse.words[i].text not in {":", ","} or parse.words[i].end > quote.start:
        return None
    sent = parse.words[i].sent
    for word in reversed(parse.words[max(0, i - FRAME_WORDS) : i]):
        if word.sent != sent or is_quote_mark(word):
            return None
        if word.i in heads:
            return heads[word.i]
        if word.upos not in FRAME_UPOS or word.text in {".", ";", ":", ","}:
            return None
    return None


class _CueIndex:
    """Where each cue's content lies and which sentence holds it, so that finding the cues near a quote
    does not scan every cue of the text."""

    def __init__(self, parse: Parse, cues: Sequence[CueMatch]) -> None:
        extents = [
            (min(f[0] for f in c.content), max(f[1] for f in c.content), k)
            for k, c in enumerate(cues)
            if c.content
        ]
        self.by_start = sorted(extents)
        self.starts = [lo for lo, _, _ in self.by_start]
        self.widest = max((hi - lo for lo, hi, _ in extents), default=0)
        self.by_sentence: dict[int, list[int]] = {}
        for k, cue in enumerate(cues):
            self.by_sentence.setdefault(parse.words[cue.head].sent, []).append(k)

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indices of the cues whose content extent overlaps ``[start, end)``, in cue order."""
        lo = bisect.bisect_left(self.starts, start - self.widest)
        hi = bisect.bisect_left(self.starts, end)
        return sorted(k for first, last, k in self.by_start[lo:hi] if first < end and start < last)

    def in_sentences(self, sentences: Iterable[int]) -> list[int]:
        return sorted({k for s in sentences for k in self.by_sentence.get(s, ())})


def _cue_for_quote(
    parse: Parse, cues: Sequence[CueMatch], index: _CueIndex, quote: QuoteSpan, framing: Iterable[int]
) -> int | None:
    """The cue whose content overlaps ``quote`` (a cue that frames another quotation takes no more: its
    content is what it frames), else the nearest content-less cue of the quote's sentence (or of the
    sentence before, when that ends in a colon or dash)."""
    framing = frozenset(framing)
    for k in index.overlapping(quote.start, quote.end):
        cue = cues[k]
        if k in framing:
            continue
        if cue.form is CueForm.LABEL:  # a label's paragraph is its content: only quotes inside it join
            if any(f[0] <= quote.start and quote.end <= f[1] for f in cue.content):
                return k
        elif any(overlaps(frag, (quote.start, quote.end)) for frag in cue.content):
            return k
    first, last = parse.sentence_at(quote.start), parse.sentence_at(max(quote.start, quote.end - 1))
    best: tuple[int, int] | None = None
    for k in index.in_sentences((first - 1, first, last)):
        cue = cues[k]
        sent = parse.words[cue.head].sent
        if cue.content:
            continue
        if sent in (first, last) or (
            sent == first - 1
            and (_ends_with_introducer(parse, sent) or (k not in framing and _ends_at_cue(parse, cue, quote)))
        ):
            head = parse.words[cue.head].start
            distance = min(abs(head - quote.end), abs(head - quote.start))
            if best is None or distance < best[0]:
                best = (distance, k)
    return None if best is None else best[1]


def _ends_at_cue(parse: Parse, cue: CueMatch, quote: QuoteSpan) -> bool:
    """ "Ann Kim agreed. “The plan is late.”": a sentence without quotation marks whose main verb is a cue
    that ends it (past adverbs only) introduces the quotation that opens the next sentence of its
    paragraph."""
    sentence = parse.sentences[parse.words[cue.head].sent]
    after = parse.words[cue.head + 1 : sentence.last]
    if any(w.upos not in _AFTER_CUE_UPOS for w in after) or not after or after[-1].text != ".":
        return False
    if parse.words[cue.head].deprel != "root" or any(
        is_quote_mark(w) for w in parse.words[sentence.first : sentence.last]
    ):
        return False  # "“...,” said Ann Kim, who has campaigned.": a sentence of quotation and frame
    opens = parse.word_at(quote.start) <= parse.sentences[sentence.index + 1].first + 1
    return opens and parse.paragraph_of(quote.start) == parse.paragraph_of(parse.words[cue.head].start)


#: What may follow a cue that ends its sentence and introduces the next one's quotation: "agreed
#: [wholeheartedly][.]".
_AFTER_CUE_UPOS = frozenset({"ADV", "PUNCT"})


def _ends_with_introducer(parse: Parse, sent: int) -> bool:
    sentence = parse.sentences[sent]
    return parse.words[sentence.last - 1].text in INTRODUCERS


def _merge_quotes(content: tuple[Fragment, ...], quotes: Sequence[QuoteSpan]) -> tuple[Fragment, ...]:
    """Widen content fragments to whole quote spans they touch, add quotes outside them, sort."""
    frags = list(content)
    for quote in quotes:
        outer = (quote.start, quote.end)
        touching = [f for f in frags if overlaps(f, outer)]
        if touching:
            frags = [f for f in frags if f not in touching]
            frags.append((min(outer[0], *(f[0] for f in touching)), max(outer[1], *(f[1] for f in touching))))
        else:
            frags.append(outer)
    return tuple(sorted(frags))
