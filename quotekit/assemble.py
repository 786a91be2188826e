"""The assembly stage: the public :class:`~quotekit.model.Quote` records, in text order.

Requires: the parse, the linked cues with their speakers, and the quotations no cue governs. Provides one
Quote per attribution: a direct quote continued in the next sentence becomes another part of it
(:func:`merge_continuations`); a quotation no cue governs gets the speaker of the attributed sentence
next to it, or none (:func:`unattributed`); scare quotes and titles are left out unless asked for; and
finally quotes that cross are made nested or disjoint and copies go (:func:`tidy`).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from quotekit.confidence import confidence
from quotekit.cues import CueMatch
from quotekit.document import Parse
from quotekit.lang.en import FINITE_VERB_TAGS
from quotekit.link import QuoteLink, inside_phrase
from quotekit.model import Cue, Quote, Span, Speaker
from quotekit.plan import is_short_quote
from quotekit.rules import Rule
from quotekit.spans import QuoteSpan
from quotekit.speakers import Mention
from quotekit.text import WORD_RUN, count_words

__all__ = ["merge_continuations", "quote_record", "tidy", "unattributed"]


def tidy(quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes in text order (by start, the wider first), each once, nested or disjoint: crossing
    quotes untangled (:func:`untangle`), then copies with the same parts dropped (:func:`dedupe`)."""
    return dedupe(untangle(sorted(quotes, key=lambda q: (q.span.start, -q.span.end))))


def quote_record(parsed: Parse, cue: CueMatch, speaker: Speaker | None, mention: Mention | None) -> Quote:
    text = parsed.text
    kind = cue.kind(text)
    if kind == "direct":
        parts = tuple(Span.of(text, s, e) for q in cue.quotes for s, e in q.parts)
        outer = (min(q.start for q in cue.quotes), max(q.end for q in cue.quotes))
    else:
        parts = tuple(Span.of(text, s, e) for s, e in cue.content)
        outer = (cue.content[0][0], cue.content[-1][1])
    if not parts:
        parts = (Span.of(text, *outer),)
    cue_words = [parsed.words[i] for i in cue.words]
    cue_span = Span.of(text, cue_words[0].start, cue_words[-1].end)
    rule = mention.rule.value if mention is not None and speaker is not None else None
    return Quote(
        text=" ".join(p.text for p in parts),
        span=Span.of(text, *outer),
        parts=parts,
        kind=kind,
        cue=Cue(cue_span, cue.lemma, cue.cls),
        speaker=speaker,
        rule=rule,
        confidence=confidence(rule),
    )


def merge_continuations(parsed: Parse, records: list[Quote], orphans: Sequence[QuoteLink]) -> list[Quote]:
    """ "“A,” he said. “B.”", "He said: “A.” “B.”": a quotation with no cue, in the sentence right after an
    attributed direct quote of the same paragraph and after its cue, continues it: it becomes another part
    of that Quote (as PolNeAR annotates it). A quotation *before* one ("“A.” “B,” she said") may be
    another turn of a dialogue: it stays a quote of its own, with the neighbour's speaker at most."""
    out = list(records)
    cued = {parsed.sentence_at(r.cue.span.start) for r in records if r.cue is not None}
    for link in sorted(orphans, key=lambda o: o.quote.start):
        quote = link.quote
        if not quote.parts or _is_scare_quote(parsed, quote) or _is_title(parsed, quote):
            continue  # "to “cross-sell”", "at the “Red Neck Country Club”": no continuation of what was said
        first = parsed.sentence_at(quote.start)
        if first in cued:
            continue  # a sentence with a cue of its own: its quotations are that cue's or their own
        paragraph = parsed.paragraph_of(quote.start)
        for k, record in enumerate(out):
            if (
                record.kind != "direct"
                or record.speaker is None
                or parsed.paragraph_of(record.span.start) != paragraph
            ):
                continue
            r_last = parsed.sentence_at(max(record.span.start, record.span.end - 1))
            if r_last + 1 == first and record.cue is not None and record.cue.span.end <= quote.start:
                out[k] = _with_quote(parsed.text, record, quote)
                break
    return out


def _with_quote(text: str, record: Quote, quote: QuoteSpan) -> Quote:
    """``record`` with the parts of ``quote`` added and its span widened to cover the quote's marks."""
    parts = tuple(sorted({*record.parts, *(Span.of(text, s, e) for s, e in quote.parts)}))
    span = Span.of(text, min(record.span.start, quote.start), max(record.span.end, quote.end))
    return attrs.evolve(record, parts=parts, text=" ".join(p.text for p in parts), span=span)


def unattributed(
    parsed: Parse, orphans: Sequence[QuoteLink], attributed: Sequence[Quote], scare_quotes: bool
) -> list[Quote]:
    """A Quote for each quotation no cue governs and no attributed quote took in as a continuation, with
    the speaker of a neighbouring attribution (:data:`NEIGHBOUR_RULES`) or ``None``; scare quotes and
    titles (:func:`_is_scare_quote`, :func:`_is_title`) only when ``scare_quotes`` is true."""
    claimed = {(p.start, p.end) for q in attributed for p in q.parts}
    out: list[Quote] = []
    for link in orphans:
        quote = link.quote
        parts = tuple(Span.of(parsed.text, s, e) for s, e in quote.parts)
        if not parts or all((p.start, p.end) in claimed for p in parts):
            continue
        if not scare_quotes and (_is_scare_quote(parsed, quote) or _is_title(parsed, quote)):
            continue
        speaker, rule = _neighbour_speaker(parsed, quote, attributed)
        out.append(
            Quote(
                text=" ".join(p.text for p in parts),
                span=Span.of(parsed.text, quote.start, quote.end),
                parts=parts,
                kind="direct",
                speaker=speaker,
                rule=rule,
                confidence=confidence(rule),
            )
        )
    return out


def _is_scare_quote(parsed: Parse, quote: QuoteSpan) -> bool:
    """Few words and no finite verb: a title, a term or a scare quote rather than something said ("the
    so-called “reset”", "his “Keep the Park” rallies", "“closed” primaries"; not "“We won”"); or a
    subheading (:func:`_is_heading`)."""
    if _is_heading(parsed, quote):
        return True
    if not is_short_quote(parsed.text, quote):
        return False
    words = [w for s, e in quote.parts for w in parsed.words_between(s, e)]
    return not any(w.xpos in FINITE_VERB_TAGS for w in words)


def _is_title(parsed: Parse, quote: QuoteSpan) -> bool:
    """ "was a guest on WKRN’s “Morning Desk With Tom Lutz”", "starred in the film “The Long Hot Summer
    Nights”": a quotation of a few words in title case that a preposition, a determiner or a noun takes in
    (:func:`~quotekit.link.inside_phrase`) names a show, a book or a slogan, in a sentence not in title case
    itself (a headline capitalizes what it quotes: "Ruiz Hails ‘A Great Day For Texas’"). A quotation
    that ends on its comma before a byline names a story or book, whatever its case: "“Museum to close in
    May,” by the Herald’s Ann Roe" (:func:`_has_byline`)."""
    if _has_byline(parsed, quote):
        return True
    if not inside_phrase(parsed, quote):
        return False
    words = [m.group() for s, e in quote.parts for m in WORD_RUN.finditer(parsed.text, s, e)]
    if not (0 < len(words) <= _TITLE_WORDS and _title_case(words)):
        return False
    sentence = parsed.sentences[parsed.sentence_at(quote.start)]
    start, end = parsed.words[sentence.first].start, parsed.words[sentence.last - 1].end
    inside = range(quote.start, quote.end)
    around = [m.group() for m in WORD_RUN.finditer(parsed.text, start, end) if m.start() not in inside]
    return not _title_case(around)


def _has_byline(parsed: Parse, quote: QuoteSpan) -> bool:
    """Whether a closed quotation ends on a comma and "by" and a capitalized word follow it: the title of a
    piece with its author ("“Museum to close in May,” by Ann Roe"; the style of citation of news and of
    the MLA)."""
    if not quote.closed or not quote.parts:
        return False
    last = parsed.text[quote.parts[-1][0] : quote.parts[-1][1]]
    return last.endswith(",") and _BYLINE.match(parsed.text, quote.end) is not None


#: "by" and a capitalized word after a quotation: a byline.
_BYLINE = regex.compile(r"\s+by\s+(?:the\s+)?\p{Lu}")

#: A title has at most this many words.
_TITLE_WORDS = 12


def _title_case(words: Sequence[str]) -> bool:
    """Every word of four letters or more capitalized (title case leaves the short ones in lower case)."""
    major = [w for w in words if len(w) >= _MINOR_WORD_LETTERS and w[0].isalpha()]
    return bool(major) and all(w[0].isupper() for w in major)


def _is_heading(parsed: Parse, quote: QuoteSpan) -> bool:
    """ "\n\n'Coal Isn't the Villain.'\n\n": a quotation of a few words in title case (every word of four
    letters or more capitalized) that makes up its paragraph is a subheading, not something said."""
    start, end = parsed.paragraphs[parsed.paragraph_of(quote.start)]
    if parsed.text[start:end].strip() != parsed.text[quote.start : quote.end].strip():
        return False
    words = [m.group() for s, e in quote.parts for m in WORD_RUN.finditer(parsed.text, s, e)]
    return 0 < len(words) <= _HEADING_WORDS and _title_case(words)


#: A subheading has at most this many words; title case leaves words shorter than this in lower case.
_HEADING_WORDS = 8
_MINOR_WORD_LETTERS = 4


def _neighbour_speaker(
    parsed: Parse, quote: QuoteSpan, attributed: Sequence[Quote]
) -> tuple[Speaker | None, str | None]:
    """The speaker of the first of :data:`NEIGHBOUR_RULES` that finds one, with the rule's name."""
    cued = [(q, q.cue) for q in attributed if q.speaker is not None and q.cue is not None]
    with_cues = [(q, cue.span.start) for q, cue in cued]
    for name, rule in NEIGHBOUR_RULES:
        found = rule(parsed, quote, with_cues)
        if found is not None:
            return found.speaker, name.value
    return None, None


def _adjacent_sentence_speaker(
    parsed: Parse, quote: QuoteSpan, attributed: Sequence[tuple[Quote, int]]
) -> Quote | None:
    """ "“A,” he said. “B.”": an attributed sentence right before or after the quote's (or the quote's own,
    when its cue did not take it), in its paragraph; of several, the nearest (:func:`_nearness`)."""
    paragraph = parsed.paragraph_of(quote.start)
    first = parsed.sentence_at(quote.start)
    last = parsed.sentence_at(max(quote.start, quote.end - 1))
    near = [
        (_nearness(first, last, parsed.sentence_at(cue_start), quote, cue_start), k)
        for k, (_, cue_start) in enumerate(attributed)
        if parsed.paragraph_of(cue_start) == paragraph
        and first - 1 <= parsed.sentence_at(cue_start) <= last + 1
    ]
    return attributed[min(near)[1]][0] if near else None


def _nearness(first: int, last: int, sentence: int, quote: QuoteSpan, cue_start: int) -> tuple[int, int]:
    """ "He said “A” and she said “B”": the quote's own sentence first, then the one before, then the one
    after; within a sentence, the cue closest to the quote."""
    place = 0 if first <= sentence <= last else 1 if sentence < first else 2
    return place, min(abs(cue_start - quote.start), abs(cue_start - quote.end))


def _previous_paragraph_speaker(
    parsed: Parse, quote: QuoteSpan, attributed: Sequence[tuple[Quote, int]]
) -> Quote | None:
    """A paragraph that is all quotation, right after one that ends on an attributed direct quote (past
    at most a short reporting clause, "..., she said."): the news convention of a speaker continuing over
    paragraphs. Kept strict: on PolNeAR dev the looser rule (any previous attribution) was right about
    one time in 25."""
    paragraph = parsed.paragraph_of(quote.start)
    if paragraph == 0 or _words_outside(parsed.text, *parsed.paragraphs[paragraph], quote) > 0:
        return None
    before = sorted(
        (q for q, _ in attributed if parsed.paragraph_of(q.span.start) == paragraph - 1),
        key=lambda q: q.span.start,
    )
    if not before or before[-1].kind != "direct":
        return None
    end = parsed.paragraphs[paragraph - 1][1]
    tail = WORD_RUN.findall(parsed.text, before[-1].span.end, max(before[-1].span.end, end))
    if len(tail) <= _FRAME_WORDS or _ends_on_its_frame(parsed, before[-1], end):
        return before[-1]
    return None


def _previous_statement_speaker(
    parsed: Parse, quote: QuoteSpan, attributed: Sequence[tuple[Quote, int]]
) -> Quote | None:
    """ "Roe said the plan would fail.¶“It cannot work.”": a paragraph that is all quotation, right after
    one whose last sentence attributes a statement, direct, mixed or indirect (its cue stands there): the
    speaker goes on in her own words, the news convention of :func:`_previous_paragraph_speaker`. Of
    several cues there the first, the main clause's ("Roe said critics were wrong", not "critics")."""
    paragraph = parsed.paragraph_of(quote.start)
    if paragraph == 0 or _words_outside(parsed.text, *parsed.paragraphs[paragraph], quote) > 0:
        return None
    start, end = parsed.paragraphs[paragraph - 1]
    last = parsed.sentence_at(max(start, end - 1))
    cues = [
        (cue, k)
        for k, (_, cue) in enumerate(attributed)
        if start <= cue < end and parsed.sentence_at(cue) == last
    ]
    return attributed[min(cues)[1]][0] if cues else None


#: Words of the reporting clause that may follow a quote at the end of its paragraph ("..., the mayor said").
_FRAME_WORDS = 6


def _ends_on_its_frame(parsed: Parse, quote: Quote, end: int) -> bool:
    """Whether the paragraph ending at ``end`` ends with ``quote``'s own reporting clause, however long its
    speaker's description ("“...,” said Ann Roe, the mayor of Springfield."): the cue comes after the
    quotation, in the paragraph's last sentence."""
    cue = quote.cue
    if cue is None or cue.span.start < quote.span.end or not parsed.words:
        return False
    return parsed.sentence_at(cue.span.start) == parsed.sentence_at(end - 1)


def _words_outside(text: str, start: int, end: int, quote: QuoteSpan) -> int:
    """How many words of ``text[start:end]`` lie outside the quotation's parts."""
    inside = sum(count_words(text, s, e) for s, e in quote.parts)
    return count_words(text, start, end) - inside


#: How a quotation no cue governs finds its speaker, in order (docs/rules.md).
NEIGHBOUR_RULES = (
    (Rule.ADJACENT_SENTENCE, _adjacent_sentence_speaker),
    (Rule.PREVIOUS_PARAGRAPH, _previous_paragraph_speaker),
    (Rule.PREVIOUS_STATEMENT, _previous_statement_speaker),
)


def untangle(quotes: list[Quote]) -> list[Quote]:
    """Quotes whose spans cross ("[A said (B] told C)", from a misparse) are made nested or disjoint: the
    later one loses the words it shares with the earlier, and goes when nothing is left. Nothing is lost:
    those words are in the earlier quote. A trimmed quote starts later, so passes repeat until none
    changes (one, almost always)."""
    for _ in range(len(quotes) + 1):
        untangled = _untangle_pass(quotes)
        if untangled == quotes:
            break
        quotes = untangled
    return quotes


def _untangle_pass(quotes: list[Quote]) -> list[Quote]:
    """One pass over quotes sorted by ``(start, -end)``, with a stack of the quotes still open (nested, so
    their ends shrink towards the top)."""
    out: list[Quote] = []
    open_quotes: list[Quote] = []
    for quote in quotes:
        while open_quotes and open_quotes[-1].span.end <= quote.span.start:
            open_quotes.pop()
        crossed = [q.span.end for q in open_quotes if q.span.end < quote.span.end]
        if crossed:
            trimmed = _cut_before(quote, max(crossed))
            if trimmed is None:
                continue
            quote = trimmed
            while open_quotes and open_quotes[-1].span.end <= quote.span.start:
                open_quotes.pop()
        open_quotes.append(quote)
        out.append(quote)
    return sorted(out, key=lambda q: (q.span.start, -q.span.end))


def _cut_before(quote: Quote, cut: int) -> Quote | None:
    """``quote`` without what lies before offset ``cut`` (nor the punctuation and spaces right after it);
    ``None`` when no words are left."""
    parts: list[Span] = []
    for part in quote.parts:
        skip = max(0, cut - part.start)
        while skip < len(part.text) and not part.text[skip].isalnum():
            skip += 1
        if skip < len(part.text):
            parts.append(Span(part.start + skip, part.end, part.text[skip:]))
    if not parts:
        return None
    base = quote.span.start
    span = Span(parts[0].start, quote.span.end, quote.span.text[parts[0].start - base :])
    return attrs.evolve(quote, parts=tuple(parts), span=span, text=" ".join(p.text for p in parts))


def dedupe(quotes: list[Quote]) -> list[Quote]:
    seen: set[tuple[tuple[int, int], ...]] = set()
    out: list[Quote] = []
    for quote in quotes:
        key = tuple((p.start, p.end) for p in quote.parts)
        if key in seen:
            continue
        seen.add(key)
        out.append(quote)
    return out
