"""The parse repair of a subject the models headed by the time word after it: "Clinton's defenders today
argue that ..." parsed with "today" the subject and "defenders" its compound; "The party today agrees ..."
with "party" an adjective of "today".

:func:`time_word_subjects` (:mod:`quotekit.parse.repair` runs it with the others) changes only what a
correct parse never has: a deictic time word ("today", "yesterday", "tonight", "tomorrow") heading a
subject with a noun or adjective right before it. A day or month name is a subject's head in its own right
("Monday is the deadline") and is left alone.
"""

from __future__ import annotations

from quotekit.parse.tree import SUBJECTS, Tree

__all__ = ["DEICTIC_TIME_WORDS", "time_word_subjects"]

#: Time words that point from the time of writing (deictic adverbs of time that English writes as nouns;
#: Huddleston & Pullum 2002, ch. 8, §6.2): after a noun they date the clause, never head the noun phrase.
DEICTIC_TIME_WORDS = frozenset({"today", "tonight", "yesterday", "tomorrow"})
#: How the models hang the subject's real head on the time word: a compound, or an adjective.
_HEAD_RELS = frozenset({"compound", "amod"})
#: Parts of speech of the subject's real head.
_HEAD_UPOS = frozenset({"NOUN", "PROPN", "ADJ"})


def time_word_subjects(tree: Tree, lo: int, hi: int) -> None:
    """ "Clinton defenders today argue": a deictic time word (:data:`DEICTIC_TIME_WORDS`) that is a subject,
    with a noun (or a noun the tagger read as an adjective) right before it hung on it, is a time phrase of
    the verb (``obl:tmod``); that noun is the subject, with the words before it that were the time word's."""
    for when in range(lo + 1, hi):
        if tree.words[when].text.lower() not in DEICTIC_TIME_WORDS or tree.rels[when] not in SUBJECTS:
            continue
        head = when - 1
        if tree.heads[head] != when or tree.rels[head] not in _HEAD_RELS:
            continue
        if tree.words[head].upos not in _HEAD_UPOS:
            continue
        verb, rel = tree.heads[when], tree.rels[when]
        tree.move(head, verb, rel)
        for c in [c for c in tree.children(when) if c < head]:  # "The", "Clinton" of "Clinton defenders"
            tree.move(c, head, tree.rels[c])
        tree.move(when, verb, "obl:tmod")
