"""Sentence breaks the tokenizer put after an abbreviated title, taken back before the tagger runs.

A title written before a name never ends a sentence: "Sen." in "said Sen. Ann Kim", "Rep." in "by Rep.
Tom Lee" (:data:`~quotekit.lang.en.TITLES`). The offline models' sentence splitter often ends a sentence
at its period all the same, and each half is then parsed alone: "said Sen." loses its speaker, and "Ann
Kim, who ..." becomes a sentence without a verb. A break is taken back when the sentence before it ends
with an abbreviated title (a title with its period) and the one after it opens with a capitalized word,
in the same paragraph.

Requires: the token texts of a piece's sentences, and whether a line break separates each pair. Provides
:func:`title_breaks`, the sentences to join to the next; :mod:`.build` joins stanza's sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from quotekit.lang.en import TITLES

__all__ = ["title_breaks"]


def title_breaks(sentences: Sequence[Sequence[str]], new_lines: Sequence[bool]) -> list[int]:
    """The indices of the sentences to join to the one after them (``new_lines[n]``: whether a line break
    separates sentence ``n`` from sentence ``n + 1``).

    >>> title_breaks([["He", "thanked", "Sen."], ["Ann", "Kim", "."]], [False])
    [0]
    >>> title_breaks([["He", "thanked", "Sen."], ["Ann", "Kim", "."]], [True])
    []
    >>> title_breaks([["She", "left", "."], ["Ann", "Kim", "stayed", "."]], [False])
    []
    """
    out = []
    for n, (before, after) in enumerate(pairwise(sentences)):
        if not before or not after or new_lines[n]:
            continue
        last, first = before[-1], after[0]
        if last.endswith(".") and last.lower() in TITLES and first[:1].isupper():
            out.append(n)
    return out
