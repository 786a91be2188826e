"""The parse repair of a subject the models headed by the time word after it: "Clinton's defenders today
argue that ..." parsed with "today" the subject and "defenders" its compound; "The party today agrees ..."
with "party" an adjective of "today".

:func:`time_word_subjects` (:mod:`quotekit.parse.repair` runs it with the others) changes only what a
correct parse never has: a deictic time word ("today", "yesterday", "tonight", "tomorrow") heading a
subject with a noun or adjective right before it. A day or month name is a subject's head in its own right
("Monday is the deadline") and is left alone.

:func:`dated_participles` mends the other misparse of a time word beside a subject: "A report released
Tuesday found that ..." parsed with "report" and "Tuesday" both subjects of "found" (and then joined as
one name, "report Tuesday"). A day's name right after a participle that modifies a subject dates the
participle (``obl:tmod``).
"""

from __future__ import annotations

from quotekit.lang.en import PARTICIPLE_TAGS, WEEKDAYS
from quotekit.parse.tree import SUBJECTS, Tree

__all__ = ["DEICTIC_TIME_WORDS", "dated_participles", "time_word_subjects"]

#: Time words that point from the time of writing (deictic adverbs of time that English writes as nouns;
#: Huddleston & Pullum 2002, ch. 8, §6.2): after a noun they date the clause, never head the noun phrase.
DEICTIC_TIME_WORDS = frozenset({"today", "tonight", "yesterday", "tomorrow"})
#: Time words that date a participle right before them ("a report released Tuesday").
_DATING_WORDS = DEICTIC_TIME_WORDS | WEEKDAYS
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


def dated_participles(tree: Tree, lo: int, hi: int) -> None:
    """ "A report released Tuesday found that ..." parsed with "report" and "Tuesday" both subjects of
    "found": a day's name (or a deictic time word) that is a subject right after a participle modifying
    another subject of the same verb dates the participle (``obl:tmod``); it heads no noun phrase."""
    for when in range(lo + 1, hi):
        if tree.words[when].text.lower() not in _DATING_WORDS or tree.rels[when] not in SUBJECTS:
            continue
        verb = tree.heads[when]
        for subject in tree.children(verb):
            if subject >= when or tree.rels[subject] not in SUBJECTS:
                continue
            participle = next(
                (c for c in tree.children(subject) if c > subject and tree.rels[c] == "acl"), None
            )
            if participle is None or tree.words[participle].xpos not in PARTICIPLE_TAGS:
                continue
            if max(tree.subtree(participle)) == when - 1:
                tree.move(when, participle, "obl:tmod")
                break
