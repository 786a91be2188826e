"""The parse repair of an adverbial clause after a quotation hung on a word inside it: "Kim said, “We will
see,” when asked whether he would run" parsed with "asked" an ``advcl`` of "see".

A quotation that holds a whole sentence, closed by its own comma or full stop inside the mark, is a
complement of the verb that frames it; what follows its closing mark is the framing sentence's again. The
models hang an adverbial clause there ("when asked whether ...", "after the vote") on the quoted verb
before the mark, and the quotation's content runs on past its mark. :func:`clauses_after_quotations`
(:mod:`quotekit.parse.repair` runs it with the others) hangs such a clause on the verb the quotation
complements. A quotation that is a fragment of its sentence (no comma or stop before the mark: “a
disaster” for the city) is left as it is, and so is a clause with no subordinator or one whose quotation
frames nothing outside it.
"""

from __future__ import annotations

from quotekit.lang.en import CLOSING_QUOTES, OPENING_QUOTES
from quotekit.parse.tree import Tree, edges, phrase_top

__all__ = ["clauses_after_quotations"]

#: What ends a quoted sentence inside the mark: "“We will see,”", "“We won.”", "“Why?”".
_CLOSERS = frozenset({",", ".", "?", "!"})
#: Relations of a quotation to the verb that frames it.
_FRAMED_RELS = frozenset({"ccomp", "parataxis"})
#: Parts of speech of the word that opens a subordinate clause: "when", "after", "as", "if".
_OPENER_UPOS = frozenset({"SCONJ", "ADV"})


def clauses_after_quotations(tree: Tree, lo: int, hi: int) -> None:
    """ "said, “We will see,” when asked whether ...": an ``advcl`` that opens with a subordinator right
    after a quotation's closing mark (and its comma), hung on a word inside the quotation, belongs to the
    verb outside the quotation that the quotation complements."""
    for mark in range(lo + 1, hi - 1):
        if tree.words[mark].text not in CLOSING_QUOTES or tree.words[mark - 1].text not in _CLOSERS:
            continue
        opening = next((k for k in range(mark - 1, lo - 1, -1) if tree.words[k].text in OPENING_QUOTES), None)
        if opening is None:
            continue
        first = mark + 1 + (tree.words[mark + 1].text == ",")
        if first >= hi or tree.words[first].upos not in _OPENER_UPOS:
            continue
        for clause in range(first, hi):
            head = tree.heads[clause]
            if (
                tree.rels[clause] != "advcl"
                or edges(tree, clause)[0] != first  # the models hang the mark and comma on it
                or not opening < head < mark
            ):
                continue
            quoted = phrase_top(tree, head, opening + 1, mark)  # the quotation's top, framed from outside
            if tree.rels[quoted] in _FRAMED_RELS:
                tree.move(clause, tree.heads[quoted], "advcl")
            break
