"""The parse plan: which sentences stanza must tag and parse for attribution, decided on the raw text.

Requires: the caller's text, its quotation spans and the wanted cue forms. Provides a
:class:`~quotekit.parse.SentencePlan` for :func:`quotekit.parse.parse_pieces`.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
import regex

from quotekit.cues import CueForms, is_according_to, looks_like_verb
from quotekit.document import Word
from quotekit.marks import find_mark_cues
from quotekit.spans import QuoteSpan

__all__ = ["SHORT_QUOTE_WORDS", "CuePlan", "is_short_quote"]

_WORD_RUN = regex.compile(r"\w+")

#: Quotations of fewer words than this may be scare quotes or titles, told apart by their tags (a verb).
SHORT_QUOTE_WORDS = 4


class CuePlan:
    """The :class:`~quotekit.parse.SentencePlan` of attribution: which sentences stanza must tag and parse.

    A sentence is tagged (POS) when a word outside quotation marks is a written form of a wanted cue
    (:class:`CueForms`), when a short quotation starts in it (tags tell a quote from a scare-quoted
    term), or when it holds a punctuation cue (:func:`find_mark_cues`); all three are found on the raw
    text before stanza runs. A tagged sentence is fully analysed (lemmas, dependency parse, NER) when
    :func:`find_cues` could find a cue in it: a wanted verb form tagged as a verb, "according to", or a
    punctuation cue. Every other sentence is only tokenized: it can neither hold nor attribute a quote.
    """

    def __init__(
        self, forms: CueForms, text: str, quotes: Sequence[QuoteSpan], start: int = 0, end: int | None = None
    ) -> None:
        stop = len(text) if end is None else end
        self.forms = forms
        self.quoted = sorted(part for quote in quotes for part in quote.parts)
        marks = find_mark_cues(text, quotes, start, stop) if "speech" in forms.wanted else []
        self.marks = frozenset(m.mark for m in marks)
        triggers = [offset for offset in forms.find(text, start, stop) if not self._quoted(offset)]
        triggers += [q.start for q in quotes if q.depth == 0 and is_short_quote(text, q)]
        self.triggers = sorted([*triggers, *self.marks])

    def _quoted(self, start: int) -> bool:
        k = bisect.bisect_right(self.quoted, (start, 1 << 62)) - 1
        return k >= 0 and self.quoted[k][0] <= start < self.quoted[k][1]

    def wants_tags(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.triggers, start)
        return k < len(self.triggers) and self.triggers[k] < end

    def wants_parse(self, words: Sequence[Word]) -> bool:
        lemma_of, wanted = self.forms.lemma_of, self.forms.wanted
        for k, word in enumerate(words):
            if word.start in self.marks:
                return True
            if self._quoted(word.start):
                continue
            if "source" in wanted and is_according_to(words, k):
                return True
            lemma = lemma_of.get(word.text.lower())
            before = words[k - 1] if k else None
            if lemma is not None and looks_like_verb(attrs.evolve(word, lemma=lemma), before):
                return True
        return False


def is_short_quote(text: str, quote: QuoteSpan) -> bool:
    """Whether a quotation has fewer than :data:`SHORT_QUOTE_WORDS` words (runs of letters and digits):
    short enough to be a scare-quoted term or a title rather than something said.

    >>> from quotekit.spans import find_quote_spans
    >>> text = 'the so-called "reset" and "we will win this"'
    >>> [is_short_quote(text, q) for q in find_quote_spans(text)]
    [True, False]
    """
    words = sum(len(_WORD_RUN.findall(text, start, end)) for start, end in quote.parts)
    return words < SHORT_QUOTE_WORDS
