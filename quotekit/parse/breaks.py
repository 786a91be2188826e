"""Sentence breaks the tokenizer put after an abbreviated title, taken back before the tagger runs.

A title written before a name never ends a sentence: "Sen." in "said Sen. Ann Kim", "Rep." in "by Rep.
Tom Lee" (:data:`~quotekit.lang.en.TITLES`). The offline models' sentence splitter often ends a sentence
at its period all the same, and each half is then parsed alone: "said Sen." loses its speaker, and "Ann
Kim, who ..." becomes a sentence without a verb. A break is taken back when the sentence before it ends
with an abbreviated title (a title with its period, one token or two: "Sen." or "Sen" ".") and the one
after it opens with a capitalized word, in the same paragraph.

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
    >>> title_breaks([["Sen", "."], ["Ann", "Kim", "spoke", "."]], [False])
    [0]
    """
    out = []
    for n, (before, after) in enumerate(pairwise(sentences)):
        if not before or not after or new_lines[n]:
            continue
        if _ends_with_title(before) and after[0][:1].isupper():
            out.append(n)
    return out


def _ends_with_title(tokens: Sequence[str]) -> bool:
    """Whether the tokens end with an abbreviated title: "Sen." as one token, or "Sen" and its period as
    two (a title that is a whole word, "Lord.", is a word that can end a sentence)."""
    last = tokens[-1]
    if last.endswith(".") and last.lower() in TITLES:
        return True
    return last == "." and len(tokens) > 1 and f"{tokens[-2].lower()}." in TITLES
