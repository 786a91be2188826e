"""The parse repair of a reported clause split into an object and a conjunct: "Sanders said both Obama and
Biden have been fair to him" parsed with "Obama" the object of "said" and "fair" a conjunct of "said".

A verb of saying or thinking takes a clause (Huddleston & Pullum 2002, ch. 11, §3: content clauses); when
the models read the clause's subject as the verb's object, they hang the rest of the clause on the verb as
a conjunct with no subject of its own, and the cue reports a noun phrase. :func:`split_complements`
(:mod:`quotekit.parse.repair` runs it with the others) joins the two again: the conjunct is the verb's
complement (``ccomp``) and the object its subject. A conjunct with a coordinator of its own ("said the
mayor and left") or a subject of its own, a verb that names its addressee as object ("told reporters"),
and a verb with a complement already are left as they are, so a correct parse comes back unchanged.
"""

from __future__ import annotations

from quotekit.lang.en import ADDRESSEE_VERBS, COGNITION_VERBS, FINITE_VERB_TAGS, SPEECH_VERBS
from quotekit.parse.tree import NOMINAL, SUBJECT, SUBJECTS, Tree, edges

__all__ = ["split_complements"]

#: Verbs of saying and thinking whose object cannot be their addressee.
_REPORTING = (SPEECH_VERBS | COGNITION_VERBS) - ADDRESSEE_VERBS
#: Relations by which the models hang the split-off predicate on the verb.
_SPLIT_RELS = frozenset({"conj", "parataxis"})
#: Relations of a complement the verb has already.
_COMPLEMENT_RELS = frozenset({"ccomp", "xcomp"})


def split_complements(tree: Tree, lo: int, hi: int) -> None:
    """ "said both Obama and Biden have been fair" parsed with "Obama" the ``obj`` of "said" and "fair" its
    ``conj``: the conjunct right after the object, opening with an auxiliary or a finite verb, with no
    subject and no coordinator of its own, is the verb's complement, and the object its subject."""
    for verb in range(lo, hi):
        if tree.words[verb].upos != "VERB" or tree.words[verb].lemma.lower() not in _REPORTING:
            continue
        kids = tree.children(verb)
        if any(tree.rels[c] in _COMPLEMENT_RELS for c in kids):
            continue
        objects = [c for c in kids if c > verb and tree.rels[c] == "obj" and tree.words[c].upos in NOMINAL]
        if len(objects) != 1:
            continue
        obj = objects[0]
        after = edges(tree, obj)[1] + 1
        for clause in (c for c in kids if c > obj and tree.rels[c] in _SPLIT_RELS):
            if min(tree.subtree(clause)) != after or not _bare_predicate(tree, clause, after):
                continue
            tree.move(clause, verb, "ccomp")
            tree.move(obj, clause, SUBJECT)
            break


def _bare_predicate(tree: Tree, clause: int, first: int) -> bool:
    """Whether ``clause`` opens at ``first`` with an auxiliary or a finite verb and has no subject and no
    coordinator of its own."""
    if any(tree.rels[c] in SUBJECTS or tree.rels[c] == "cc" for c in tree.children(clause)):
        return False
    word = tree.words[first]
    return word.upos == "AUX" or (word.upos == "VERB" and word.xpos in FINITE_VERB_TAGS)
