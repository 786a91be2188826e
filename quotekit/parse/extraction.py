"""The parse repair of a relative clause whose pronoun is the subject of a reported clause: "the budget,
which the mayor said was too small", "a tax that economists believe would help schools".

In such a clause the relative pronoun is extracted from the complement of the verb of saying or thinking
(Huddleston & Pullum 2002, ch. 12, §7.3: relativization out of a content clause): the verb of saying heads
the relative clause (``acl:relcl`` of the noun the pronoun refers to), the clause after it is its
complement (``ccomp``), and the pronoun is that complement's subject, as UD v2 and the English Web
Treebank analyse it. The models hang the pronoun on the verb of saying as its object, and the complement
on the sentence's own verb as a conjunct or a loosely joined clause, so the cue has no content and the
content no cue.

:func:`extracted_subjects` (:mod:`quotekit.parse.repair` runs it with the others) only builds that
analysis, so a correct parse comes back unchanged.
"""

from __future__ import annotations

from quotekit.document import Word
from quotekit.lang.en import COGNITION_VERBS, FINITE_VERB_TAGS, SPEECH_VERBS
from quotekit.parse.tree import NOMINAL, SUBJECT, SUBJECTS, Tree, inside, phrase_head
from quotekit.syntax import is_quote_mark

__all__ = ["extracted_subjects"]

#: Relative words that may be the extracted subject: "which", "who" (and "whom", which news writes there
#: too: "whom critics say was unfair") and the relative "that".
_RELATIVE_SUBJECTS = frozenset({"which", "who", "whom", "that"})
#: The tags of a relative pronoun; "that" right after its noun may be tagged as the complementizer or the
#: demonstrative, which no verb of saying can follow with a finite verb and no subject.
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
_THAT_TAGS = frozenset({"WDT", "IN", "DT"})
#: Parts of speech of the words of the reporting clause's subject ("the mayor", "many economists", "Ann
#: Roe's aides", "he") and of what may stand between it and its verb ("has repeatedly said", "still
#: believes").
_SUBJECT_UPOS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART", "ADV", "ADP", "CCONJ"})
#: Words that may open the subject ("even critics") but never end it, and words only inside it ("the
#: majority of lawmakers", "the Organization for Economic Cooperation and Development"), whose head is
#: the noun before them.
_SUBJECT_OPENERS = frozenset({"ADV"})
_SUBJECT_INNER = frozenset({"ADP", "CCONJ"})
_BEFORE_VERB_UPOS = frozenset({"ADV", "AUX"})
#: The longest subject the repair reads, in words (a longer run is more likely a misreading).
_MAX_SUBJECT = 8
#: Relations that attach a complement's verb or auxiliary to the predicate it serves.
_AUXILIARY_RELS = frozenset({"aux", "aux:pass", "cop"})
#: Lemmas of the verbs whose complement the pronoun may come from: verbs of saying and of thinking.
_REPORTING = SPEECH_VERBS | COGNITION_VERBS


def extracted_subjects(tree: Tree, lo: int, hi: int) -> None:
    """ "the budget, which the mayor said was too small" parsed with "which" the object of "said" and
    "small" a conjunct of the sentence's verb: a relative pronoun right after a noun (or the comma after
    it), a subject, a verb of saying or thinking, and right after it a finite verb or auxiliary with no
    subject of its own make one relative clause: the verb of saying heads it, the clause after it is its
    complement, and the pronoun is that clause's subject."""
    for pronoun in range(lo + 1, hi):
        found = _shape(tree, pronoun, hi)
        if found is None:
            continue
        noun, subject, verb, predicate = found
        if tree.heads[verb] < 0 or inside(tree, noun, verb) or _above(tree, predicate, noun):
            continue  # the verb heads the sentence, or a move would loop
        tree.move(verb, noun, "acl:relcl")
        tree.move(predicate, verb, "ccomp")
        if tree.heads[pronoun] != predicate and not inside(tree, predicate, pronoun):
            tree.move(pronoun, predicate, SUBJECT)
        if tree.heads[subject] != verb and not inside(tree, verb, subject):
            tree.move(subject, verb, SUBJECT)


def _shape(tree: Tree, pronoun: int, hi: int) -> tuple[int, int, int, int] | None:
    """The noun, the subject's head, the verb of saying and the complement's predicate of a relative
    clause that starts at ``pronoun``, or None."""
    word = tree.words[pronoun]
    text = word.text.lower()
    if text not in _RELATIVE_SUBJECTS or word.xpos not in (_THAT_TAGS if text == "that" else _RELATIVE_TAGS):
        return None
    before = pronoun - 1 if tree.words[pronoun - 1].text != "," or text == "that" else pronoun - 2
    if before < 0 or tree.words[before].sent != word.sent or tree.words[before].upos not in NOMINAL:
        return None
    found = _subject(tree, pronoun, hi)
    if found is None:
        return None
    subject, k = found
    auxiliary = False
    while k < hi and tree.words[k].upos in _BEFORE_VERB_UPOS:
        auxiliary |= tree.words[k].upos == "AUX"
        k += 1
    if k >= hi or not _reports(tree.words[k], auxiliary):
        return None
    verb, k = k, k + 1
    while k < hi and (tree.words[k].upos == "ADV" or is_quote_mark(tree.words[k])):
        k += 1  # "which he added “is deeply regrettable”"
    if k >= hi or tree.words[k].xpos not in FINITE_VERB_TAGS or _has_own_subject(tree, k, verb):
        return None
    predicate = k
    if tree.rels[k] in _AUXILIARY_RELS and k < tree.heads[k] < hi:
        predicate = tree.heads[k]
    noun = phrase_head(tree, before, pronoun)
    return noun, subject, verb, predicate


def _subject(tree: Tree, pronoun: int, hi: int) -> tuple[int, int] | None:
    """The head of the noun phrase right after ``pronoun`` ("the mayor", "even critics", "the majority of
    lawmakers": the noun before its first preposition or conjunction) and the index after its last word."""
    end = pronoun + 1
    while end < hi and end - pronoun <= _MAX_SUBJECT and tree.words[end].upos in _SUBJECT_UPOS:
        end += 1
    while end > pronoun + 1 and tree.words[end - 1].upos not in NOMINAL:
        end -= 1  # "lawmakers still believes": the adverb stands before the verb, not in the subject
    span = range(pronoun + 1, end)
    if not span or tree.words[span[0]].upos in _SUBJECT_INNER:
        return None
    inner = [j for j in span if tree.words[j].upos in _SUBJECT_INNER] + [end]
    nouns = [j for j in span if j < inner[0] and tree.words[j].upos in NOMINAL]
    if not nouns or any(tree.words[j].upos in _SUBJECT_OPENERS for j in span if j > nouns[0]):
        return None
    return phrase_head(tree, nouns[-1], inner[0]), end


def _reports(word: Word, auxiliary: bool) -> bool:
    """Whether ``word`` is a verb of saying or thinking in a finite form, or a participle after an
    auxiliary (``auxiliary``: "has said", "has repeatedly said")."""
    if word.upos != "VERB" or word.lemma.lower() not in _REPORTING:
        return False
    return word.xpos in FINITE_VERB_TAGS or (word.xpos == "VBN" and auxiliary)


def _has_own_subject(tree: Tree, k: int, verb: int) -> bool:
    """Whether the finite word ``k`` (or the predicate it serves) has a subject after ``verb``: then the
    pronoun is no subject of it ("which he said he would sign")."""
    heads = {k, tree.heads[k]} if tree.rels[k] in _AUXILIARY_RELS else {k}
    return any(tree.rels[c] in SUBJECTS and c > verb for h in heads for c in tree.children(h))


def _above(tree: Tree, predicate: int, noun: int) -> bool:
    """Whether ``predicate`` is ``noun`` or governs it: the complement would take the noun with it."""
    return predicate == noun or inside(tree, noun, predicate)
