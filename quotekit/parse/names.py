"""The parse repairs of a noun phrase the models split in two: "Mayor Ellen Briggs said" with "Mayor" and
"Briggs" both subjects of "said" (:func:`split_subjects`), and "Ann Roe, head of ... stated, “...”" with
"Ann" the subject of a clause inside the quotation (:func:`split_names`). :mod:`quotekit.parse.repair`
runs them with the others.
"""

from __future__ import annotations

import itertools

from quotekit.document import Word
from quotekit.parse.tree import SUBJECT, SUBJECTS, Tree, inside

__all__ = ["split_names", "split_subjects"]


def split_subjects(tree: Tree, lo: int, hi: int) -> None:
    """ "Mayor Ellen Briggs said" parsed with "Mayor" and "Briggs" both subjects of "said" (or, after an
    inverted cue, "said Ohio Secretary ..." with two objects): two nominal subjects, or objects, of one word
    whose subtrees touch, with no punctuation between, are one noun phrase; the earlier becomes a
    ``compound`` of the later (English noun phrases end in their head)."""
    for verb in range(lo, hi):
        for rel in _DOUBLED_RELS:
            _join_doubled(tree, [c for c in tree.children(verb) if tree.rels[c] == rel])
        # after an inverted cue the title may be the object and the name the subject: "said Democratic
        # strategist Hank Sheldon" with "strategist" the object, "Sheldon" the subject
        after = [c for c in tree.children(verb) if c > verb and tree.rels[c] in _DOUBLED_RELS]
        for first, second in itertools.pairwise(after):
            if tree.rels[first] == "obj" and tree.rels[second] == SUBJECT:
                _join_doubled(tree, [first, second])


def split_names(tree: Tree, lo: int, hi: int) -> None:
    """ "Ann Roe, head of the Bar Council stated, “It's no problem; it's a math problem.”" parsed with
    "Ann" the subject of a clause of the quotation and "Roe" the subject of "stated": a person's word right
    before a subject that is a person's word too, hung on a word past it, is the first part of that name."""
    for first in range(lo, hi - 1):
        second = first + 1
        if not (_person_word(tree.words[first]) and _person_word(tree.words[second])):
            continue
        if tree.heads[first] == tree.heads[second] or tree.rels[second] not in SUBJECTS:
            continue  # two subjects of one verb: :func:`split_subjects`
        if tree.heads[first] > second and not inside(tree, second, first):
            tree.move(first, second, "compound")
            for later in [c for c in tree.children(first) if c > second]:  # ", president and CEO"
                tree.move(later, second, tree.rels[later])


def _person_word(word: Word) -> bool:
    return word.upos == "PROPN" and word.ner == "person"


#: Relations a verb has once: two of them side by side are one phrase the parser split.
_DOUBLED_RELS = (SUBJECT, "obj")


def _join_doubled(tree: Tree, dependents: list[int]) -> None:
    for first, second in itertools.pairwise(dependents):
        left, right = tree.subtree(first), tree.subtree(second)
        if max(left) + 1 != min(right) or tree.words[max(left)].upos == "PUNCT":
            continue
        if tree.words[first].upos not in {"NOUN", "PROPN"} or tree.words[second].upos != "PROPN":
            continue
        tree.move(first, second, "compound")
