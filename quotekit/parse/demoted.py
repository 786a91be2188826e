"""The parse repair of a sentence's verb demoted into an aside: "Ana Ruiz, a veteran of the White House,
declined to comment" parsed with "Ana" the root and "declined" a reduced relative of "veteran".

:func:`demoted_verbs` (:mod:`quotekit.parse.repair` runs it with the others) changes only what a correct
parse never has: a sentence whose root is the noun phrase that opens it, with a verb after the aside's
closing comma hung inside the aside. A sentence with a verb for its root comes back unchanged.
"""

from __future__ import annotations

from quotekit.lang.en import PARTICIPLE_TAGS
from quotekit.parse.tree import NOMINAL, SUBJECT, Tree, edges, has_subject

__all__ = ["demoted_verbs"]

#: How the models hang a participle phrase set off by commas after a noun phrase that opens the sentence.
_PARTICIPLE_ASIDE_RELS = frozenset({"parataxis", "acl", "advcl"})
#: How the models hang the sentence's verb inside such an aside: a reduced relative or adverbial clause.
_DEMOTED_RELS = ("acl", "advcl")


def demoted_verbs(tree: Tree, lo: int, hi: int) -> None:
    """ "Ana Ruiz, a veteran of the White House, declined to comment" parsed with "Ana" the root and
    "declined" a reduced relative (``acl``) of "veteran"; "Ann Roe, playing the senator on the show,
    explained: “...”" with "explained" an adverbial clause of "playing": a sentence whose root is the noun
    phrase that opens it, with an aside set off by commas (:func:`_is_aside`), and right after the aside's
    closing comma a verb with no subject that the parser hung inside the aside, is that verb's sentence:
    the verb is the root, the noun phrase its subject, and what followed the verb on the noun or on the
    aside (a conjunct, the reported clause, the final period) is the verb's."""
    roots = [k for k in range(lo, hi) if tree.heads[k] < 0]
    if len(roots) != 1 or tree.words[roots[0]].upos not in NOMINAL:
        return
    root = roots[0]
    if any(tree.words[k].upos != "PUNCT" for k in range(lo, edges(tree, root)[0])):
        return  # the noun phrase does not open the sentence
    for aside in (c for c in tree.children(root) if c > root and _is_aside(tree, c)):
        for verb in sorted(tree.subtree(aside)):
            if tree.words[verb].upos != "VERB" or not tree.rels[verb].startswith(_DEMOTED_RELS):
                continue
            own = tree.subtree(verb)
            rest = [k for k in tree.subtree(aside) - own if tree.words[k].upos != "PUNCT" and k < verb]
            if not rest or edges(tree, verb)[0] != verb or tree.words[verb - 1].text != ",":
                continue
            if max(rest) != verb - 2 or has_subject(tree, verb):
                continue
            later = [c for c in (*tree.children(root), *tree.children(aside)) if c > verb]
            tree.move(verb, -1, "root")
            for c in later:
                tree.move(c, verb, tree.rels[c])
            tree.move(root, verb, SUBJECT)
            return


def _is_aside(tree: Tree, c: int) -> bool:
    """Whether ``c`` heads an aside on the noun phrase before it: an apposition, or a participle phrase
    set off by a comma ("Ann Roe, [playing] the senator on the show, explained: ...")."""
    if tree.rels[c] == "appos":
        return True
    return (
        tree.rels[c] in _PARTICIPLE_ASIDE_RELS
        and tree.words[c].xpos in PARTICIPLE_TAGS
        and c > 0
        and tree.words[c - 1].text == ","
    )
