"""The parsed text every stage reads: :class:`Word`, :class:`Sentence` and :class:`Parse` records.

A :class:`Parse` is made by the parse stage (:mod:`quotekit.parse`: from stanza, a stanza ``Document``, or
CoNLL-U) and never changes afterwards: word indices and heads are document-wide, offsets point into the
caller's original text, and every head lies in its own sentence with no cycles (mended on construction,
so that rules may walk up a tree safely, even over a hand-made CoNLL-U parse).
"""

from __future__ import annotations

import bisect

import attrs

from quotekit.text import Paragraphs, paragraph_index

__all__ = ["Parse", "Sentence", "Word"]


@attrs.frozen
class Word:
    """One syntactic word. ``i`` and ``head`` are document-wide indices (``head == -1`` for a root)."""

    i: int
    text: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    start: int
    end: int
    sent: int
    ner: str = ""  # entity class ("person", "organization", "place", "group", "misc"), "" outside entities

    def feat(self, name: str) -> str:
        """The value of one morphological feature, "" when absent: ``feat("Number") -> "Plur"``."""
        for item in self.feats.split("|"):
            key, _, value = item.partition("=")
            if key == name:
                return value
        return ""


@attrs.frozen
class Sentence:
    """A sentence: words ``first`` to ``last`` (exclusive), characters ``start`` to ``end``."""

    index: int
    first: int
    last: int
    start: int
    end: int
    paragraph: int
    depth: int = 2  # how deeply stanza analysed it: see quotekit.parse.DEPTHS


def sane_heads(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """``words`` numbered in order, each head inside its own sentence, and no cycles (a word whose head is
    out of place, or that closes a cycle, becomes a root). Returns ``words`` itself when nothing needs
    mending, else new records."""
    words = tuple(words)
    size = len(words)
    heads = [w.head if 0 <= w.head < size and w.head != k and words[w.head].sent == w.sent else -1
             for k, w in enumerate(words)]  # fmt: skip
    state = [0] * size  # 0 unseen, 1 on the current path, 2 done
    for start in range(size):
        path, node = [], start
        while node >= 0 and state[node] == 0:
            state[node] = 1
            path.append(node)
            node = heads[node]
        if node >= 0 and state[node] == 1:
            heads[path[-1]] = -1  # break the cycle at its last word
        for seen in path:
            state[seen] = 2
    if all(w.i == k and w.head == heads[k] for k, w in enumerate(words)):
        return words
    return tuple(attrs.evolve(w, i=k, head=heads[k]) for k, w in enumerate(words))


def _children(parse: Parse) -> tuple[tuple[int, ...], ...]:
    kids: dict[int, list[int]] = {}  # only words with dependents get a list: fewer allocations
    for word in parse.words:
        if word.head >= 0:
            kids.setdefault(word.head, []).append(word.i)
    none: tuple[int, ...] = ()
    return tuple(tuple(kids.get(i, none)) for i in range(len(parse.words)))


@attrs.frozen
class Parse:
    """A parsed text: the caller's original text, its words, sentences and paragraph extents
    (:func:`quotekit.text.find_paragraphs`). ``children[i]`` are the dependents of word ``i``."""

    text: str
    words: tuple[Word, ...] = attrs.field(converter=sane_heads)
    sentences: tuple[Sentence, ...]
    paragraphs: Paragraphs
    children: tuple[tuple[int, ...], ...] = attrs.field(
        init=False, eq=False, repr=False, default=attrs.Factory(_children, takes_self=True)
    )
    _ends: list[int] = attrs.field(
        init=False,
        eq=False,
        repr=False,
        default=attrs.Factory(lambda p: [w.end for w in p.words], takes_self=True),
    )

    def subtree(self, i: int, exclude: frozenset[int] = frozenset()) -> list[int]:
        """Indices of word ``i`` and its descendants in text order, skipping the subtrees in ``exclude``."""
        out: list[int] = []
        stack = [i]
        while stack:
            j = stack.pop()
            if j in exclude:
                continue
            out.append(j)
            stack.extend(self.children[j])
        return sorted(out)

    def paragraph_of(self, offset: int) -> int:
        """The index of the paragraph holding character ``offset``."""
        return paragraph_index(self.paragraphs, offset)

    def word_at(self, offset: int) -> int:
        """The index of the first word that ends after character ``offset`` (``len(words)`` if none)."""
        return bisect.bisect_right(self._ends, offset)

    def words_between(self, start: int, end: int) -> list[Word]:
        """The words that overlap ``text[start:end]``, in order."""
        out: list[Word] = []
        for word in self.words[self.word_at(start) :]:
            if word.start >= end:
                break
            if word.end > start:
                out.append(word)
        return out

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence of the word at (or after, else the last word before) ``offset``."""
        if not self.words:
            return 0
        return self.words[min(self.word_at(offset), len(self.words) - 1)].sent
