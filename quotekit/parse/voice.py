"""The parse repair of a passive subject the models labelled active: "She is expected to move swiftly"
parsed with "She" an ``nsubj`` of "expected" beside its passive auxiliary ``aux:pass``.

A verb with a passive auxiliary is passive, and its subject a passive one (UD ``nsubj:pass``): the rules
downstream read an active subject as the one who says or believes ("she" of "she expected"), and a passive
one as what is said of (:mod:`quotekit.raising`: "is expected to" names nobody).
:func:`passive_subjects` (:mod:`quotekit.parse.repair` runs it with the others) relabels such a subject.
A contracted auxiliary is left as the models read it: "he's said he will run" is "has said", an active
perfect, as often as "is".
"""

from __future__ import annotations

from quotekit.parse.tree import SUBJECT, Tree

__all__ = ["passive_subjects"]

#: The contracted "is"/"has": the models' ``aux:pass`` on it may be a perfect's ``aux``.
_CONTRACTED = frozenset({"'s", "\u2019s"})


def passive_subjects(tree: Tree, lo: int, hi: int) -> None:
    """ "She is expected to move" parsed with "She" an ``nsubj``: the nominal subject before a past
    participle that has a passive auxiliary (not a contracted one) is its passive subject."""
    for verb in range(lo, hi):
        if tree.words[verb].xpos != "VBN":
            continue
        kids = tree.children(verb)
        auxiliaries = [c for c in kids if tree.rels[c] == "aux:pass"]
        if not auxiliaries or any(tree.words[c].text in _CONTRACTED for c in auxiliaries):
            continue
        for c in kids:
            if tree.rels[c] == SUBJECT and c < verb:
                tree.move(c, verb, "nsubj:pass")
