"""The mutable tree the parse repairs (:mod:`quotekit.parse.repair`) work on, and what several repairs ask of
it: a phrase's edges and head, whether a verb has a subject, whether one word lies above another.

A :class:`Tree` holds the heads and relations of one document's words while the repairs run; the words
themselves are never changed (:func:`quotekit.parse.repair.repair` builds new ones at the end).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quotekit.document import Word
from quotekit.lang.en import CLAUSE_OPENING_PREPOSITIONS
from quotekit.syntax import NOMINAL_UPOS as NOMINAL

__all__ = [
    "CLAUSE_COMPLEMENT_RELS",
    "MISATTACHED_CLAUSE_RELS",
    "NAME_RELS",
    "NOMINAL",
    "SUBJECT",
    "SUBJECTS",
    "VERBAL",
    "Tree",
    "complement_has_subject",
    "edges",
    "ends_sentence",
    "has_preposition",
    "has_subject",
    "inside",
    "name_head",
    "phrase_head",
    "phrase_top",
    "trailing_phrases",
]

#: The subject relation a stranded subject gets, and the relations that count as a subject already.
SUBJECT = "nsubj"
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj", "csubj:pass"})
#: Relations the models give a relative clause that they hang on a verb instead of its noun.
MISATTACHED_CLAUSE_RELS = frozenset({"ccomp", "parataxis", "advcl", "conj", "dep", "xcomp", "csubj"})
#: Relations of a complement clause after its verb, whose subject the models take from before the verb.
CLAUSE_COMPLEMENT_RELS = frozenset({"ccomp", "parataxis"})
#: Relations inside one noun phrase's name or title ("Ellen" in "Ellen Briggs").
NAME_RELS = frozenset({"flat", "flat:name", "compound"})
VERBAL = frozenset({"VERB", "AUX"})


@attrs.define
class Tree:
    """Mutable heads and relations of a word sequence, while the repairs run; ``kids`` indexes the
    dependents of the words of the sentence being repaired (:meth:`sentence`)."""

    words: Sequence[Word]
    heads: list[int]
    rels: list[str]
    kids: dict[int, list[int]] = attrs.Factory(dict)

    def sentence(self, lo: int, hi: int) -> None:
        self.kids = {}
        for k in range(lo, hi):
            self.kids.setdefault(self.heads[k], []).append(k)

    def children(self, i: int) -> list[int]:
        return list(self.kids.get(i, ()))

    def subtree(self, i: int) -> set[int]:
        out, stack = {i}, [i]
        while stack:
            j = stack.pop()
            for k in self.children(j):
                if k not in out:
                    out.add(k)
                    stack.append(k)
        return out

    def move(self, i: int, head: int, rel: str) -> None:
        self.kids[self.heads[i]].remove(i)
        self.kids.setdefault(head, []).append(i)
        self.kids[head].sort()
        self.heads[i], self.rels[i] = head, rel


def name_head(tree: Tree, first: int, hi: int) -> int:
    """The word heading the person's name that starts at ``first``: the last of its person words."""
    k = first
    while k + 1 < hi and tree.words[k + 1].ner == "person" and tree.words[k + 1].upos == "PROPN":
        k += 1
    return k


def inside(tree: Tree, ancestor: int, i: int) -> bool:
    """Whether ``ancestor`` lies on the path from ``i`` up to the root (moving ``i`` there would loop)."""
    j = tree.heads[ancestor]
    while j >= 0:
        if j == i:
            return True
        j = tree.heads[j]
    return False


def trailing_phrases(tree: Tree, verb: int, noun: int, last: int) -> list[int]:
    """The prepositional phrases the parser hung on ``verb`` that follow ``noun``'s phrase without a gap:
    they belong to the noun ("..., House editor for the Weekly Review.")."""
    out: list[int] = []
    for phrase in (c for c in tree.children(verb) if c > noun):
        first, phrase_last = edges(tree, phrase)
        if first != last + 1 or tree.rels[phrase] not in {"obl", "nmod"}:
            break
        out.append(phrase)
        last = phrase_last
    return out


def edges(tree: Tree, i: int) -> tuple[int, int]:
    """The first and last words of ``i``'s subtree that are not punctuation."""
    words = sorted(k for k in tree.subtree(i) if tree.words[k].upos != "PUNCT")
    return (words[0], words[-1]) if words else (i, i)


def ends_sentence(tree: Tree, last: int, hi: int) -> bool:
    return all(tree.words[k].upos == "PUNCT" for k in range(last + 1, hi))


def complement_has_subject(tree: Tree, verb: int) -> bool:
    """Whether a clausal complement after ``verb`` has a nominal subject of its own after ``verb``."""
    return any(
        tree.rels[c] in CLAUSE_COMPLEMENT_RELS
        and c > verb
        and any(tree.rels[s] in SUBJECTS and s > verb for s in tree.children(c))
        for c in tree.children(verb)
    )


def phrase_top(tree: Tree, i: int, lo: int, stop: int) -> int:
    """The top of the phrase of ``i`` that lies before ``stop``: "John" for "Lines" in "John Kim, head of
    Harbor Freight Lines"."""
    while lo <= tree.heads[i] < stop:
        i = tree.heads[i]
    return i


def has_preposition(tree: Tree, i: int) -> bool:
    """Whether the noun ``i`` has a preposition of its own before it ("[In] a statement"): its phrase is an
    oblique or a modifier, never a subject. Not "as", which may open a clause whose subject the noun is
    (:data:`~quotekit.lang.en.CLAUSE_OPENING_PREPOSITIONS`: "As the chief executive, Ann Roe, put it")."""
    return any(
        tree.rels[c] == "case"
        and c < i
        and tree.words[c].upos == "ADP"
        and tree.words[c].text.lower() not in CLAUSE_OPENING_PREPOSITIONS
        for c in tree.children(i)
    )


def has_subject(tree: Tree, verb: int) -> bool:
    return any(tree.rels[c] in SUBJECTS for c in tree.children(verb))


def phrase_head(tree: Tree, i: int, stop: int) -> int:
    """The head of the name or noun phrase that word ``i`` ends ("Doe" -> "John" in "John Doe")."""
    while tree.rels[i] in NAME_RELS and tree.heads[i] < stop and tree.heads[i] >= 0:
        if tree.words[tree.heads[i]].upos not in NOMINAL:
            break
        i = tree.heads[i]
    return i
