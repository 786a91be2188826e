"""Bookkeeping of :meth:`Extractor.pipe <quotekit.Extractor.pipe>`: each text on its way through the
stages, cut into the pieces stanza parses, and what one piece hands to the next. No rule lives here.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

import attrs

from quotekit import coref, spans
from quotekit.errors import InputTypeError
from quotekit.model import Quote
from quotekit.text import Paragraphs, cut_points, find_paragraphs, split_run_ons

__all__ = ["PIECE_CHARS", "RUN_ON_CHARS", "Carry", "Job", "Reading", "checked_texts", "new_job"]

#: Stretches longer than this without a sentence end are cut (see :func:`~quotekit.text.split_run_ons`).
RUN_ON_CHARS = 1_000
#: Texts longer than this many characters are parsed in pieces cut at paragraph breaks (outside quotations),
#: so that memory does not grow with the length of a text.
PIECE_CHARS = 20_000


def new_job(raw: str) -> Job:
    """A text with its paragraphs, quotation spans and the pieces it is parsed in (none when blank)."""
    if not raw.strip():
        return Job(raw, (), (), [])
    paragraphs = find_paragraphs(raw)
    quotes = spans.find_quote_spans(raw, paragraphs=paragraphs)
    outer = [(q.start, q.end) for q in quotes if q.depth == 0]
    pieces = split_run_ons(raw, cut_points(raw, PIECE_CHARS, outer), RUN_ON_CHARS)
    return Job(raw, paragraphs, quotes, [(s, e) for s, e in pieces if raw[s:e].strip()])


def checked_texts(texts: Iterable[str]) -> Iterator[str]:
    """``texts``, each checked to be a ``str`` as it is read; the error names the item's position."""
    for number, one in enumerate(texts):
        if not isinstance(one, str):
            raise InputTypeError(
                f"pipe(): 'texts' must be an iterable of str (got {type(one).__name__}: {one!r:.60} as item "
                f"{number}, counting from 0)"
            )
        yield one


class Reading:
    """The texts of one :meth:`Extractor.pipe <quotekit.Extractor.pipe>` call, checked as they are read.
    When reading them fails, iteration just ends; :meth:`raise_failure` raises the error once the texts
    read before it are done, so that no result computed is lost."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._texts = checked_texts(texts)
        self._failure: Exception | None = None

    def __iter__(self) -> Iterator[str]:
        while True:
            try:
                one = next(self._texts)
            except StopIteration:
                return
            except Exception as exc:
                self._failure = exc
                return
            yield one

    def raise_failure(self) -> None:
        """Raise what reading the texts raised, if anything."""
        if self._failure is not None:
            raise self._failure


@attrs.frozen
class Carry:
    """What attribution of one piece of a text passes to the next: the sources seen (coreference) and the
    quotes of the piece (a quotation continuing over a paragraph break)."""

    sources: coref.Memory = attrs.Factory(coref.Memory)
    last: tuple[Quote, ...] = ()


@attrs.define
class Job:
    """One text on its way through :meth:`Extractor.pipe`: its paragraphs and quotation spans, the pieces
    it is parsed in, the quotes found so far and what the next piece inherits."""

    text: str
    paragraphs: Paragraphs
    quote_spans: tuple[spans.QuoteSpan, ...]
    pieces: list[tuple[int, int]]
    quotes: list[Quote] = attrs.Factory(list)
    carry: Carry = attrs.Factory(Carry)

    def quotes_in(self, start: int, end: int) -> tuple[spans.QuoteSpan, ...]:
        """The quotation spans that start in ``text[start:end]`` (the spans are sorted by start)."""
        low = bisect.bisect_left(self.quote_spans, start, key=lambda q: q.start)
        high = bisect.bisect_left(self.quote_spans, end, key=lambda q: q.start)
        return self.quote_spans[low:high]
