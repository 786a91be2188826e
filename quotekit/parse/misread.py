"""Surnames the tagger misreads as other words, mended before the parse repairs (:mod:`.repair`) run.

Many surnames are also English words ("Hoover", "From", "Husted" read as the verb "hust"). When such a
name starts a reporting clause ("Hoover estimated that ...", "“...,” From said."), the tagger may read it as
an adverb, a preposition or a verb, and the parser then gives the cue no subject ("From" the ``case`` of
"said", "Husted" the root with "said" its ``xcomp``). NER, which reads the name's context, still marks it a
person. :func:`misread_names` makes such a word the proper noun it is, and the subject of the verb right
after it.

Requires: words with heads in their own sentence and NER classes. Provides new words (the input is never
changed); :func:`misread_names` returns its input itself when nothing needs mending.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import attrs

from quotekit.document import Word
from quotekit.lang.en import GIVEN_NAMES, SPEECH_VERBS

__all__ = ["misread_names"]

#: Word classes a capitalised person's name is never: what the tagger gives a surname that is also a verb,
#: adverb, preposition, adjective or conjunction ("Husted"/VERB, "Hoover"/ADV, "From"/ADP).
_NOT_NAME_UPOS = frozenset({"VERB", "AUX", "ADV", "ADP", "ADJ", "SCONJ", "CCONJ", "PART", "INTJ", "X"})
#: Relations of a misread name's dependents before it that belong to the clause, not to the name, and
#: move to the verb with the clause ("," and the date in "On Monday, Husted said").
_CLAUSE_RELS = frozenset({"obl", "obl:tmod", "advmod", "advcl", "mark", "punct", "cc", "ccomp", "parataxis"})
#: Subject relations: a verb that has one keeps it; a misread name's subject is a title it governs.
_SUBJECT_RELS = frozenset({"nsubj", "nsubj:pass", "csubj"})
#: Function word classes: capitalised inside a sentence and before a verb of saying, such a word is a name
#: even where NER misses it ("From" of "“...,” From said.").
_FUNCTION_UPOS = frozenset({"ADP", "SCONJ", "CCONJ", "PART", "ADV"})
#: Words looked at before a word to tell whether it opens its sentence.
_LOOK_BACK = 3
#: Word classes of the words of a name ("Jon" of "Jon Husted") and of punctuation.
_NAME_UPOS = frozenset({"PROPN", "PUNCT"})
#: Verb forms the tagger gives the verb after a misread name: finite, or a participle or base form read as
#: following an auxiliary ("Husted/VERB said/VBN", "Will/AUX urged/VB"); not a gerund ("Though stopping").
_CLAUSE_VERB_XPOS = frozenset({"VBD", "VBZ", "VBN", "VB", "VBP"})
_PERSON = "person"
#: NER classes of a name with a capital inside it that the tagger misread: a person's or an organization's.
_NAME_NER = frozenset({_PERSON, "organization"})
#: The features of a singular proper noun.
_NAME_FEATS = "Number=Sing"


def misread_names(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """``words`` with every misread person's name retagged as a proper noun and made the subject of a verb
    right after it that has no subject ("Hoover/ADV estimated" -> "Hoover/PROPN nsubj estimated")."""
    surnames = _after_given_names(words)
    found = [
        k
        for k in range(len(words))
        if (words[k].text in surnames or _inner_capital(words[k])) and _misread_name(words, k)
    ]
    out = list(words)
    heads = [w.head for w in words]
    rels = [w.deprel for w in words]
    mended = [k for k in found if _subject_of_next_verb(words, heads, rels, k)]
    for k in range(1, len(words)):
        if k not in mended and _modal_surname(words, k):  # "Theresa May/AUX said": May is her surname
            heads[k], rels[k] = k - 1, "flat"
            mended.append(k)
    if not mended:
        return words
    for k in mended:
        out[k] = attrs.evolve(words[k], upos="PROPN", xpos="NNP", lemma=words[k].text, feats=_NAME_FEATS)
    return tuple(
        w if (w.head, w.deprel) == (h, r) else attrs.evolve(w, head=h, deprel=r)
        for w, h, r in zip(out, heads, rels, strict=True)
    )


def _misread_name(words: Sequence[Word], k: int) -> bool:
    """ "Hoover/ADV" in "Hoover estimated": a capitalised word tagged as a word class no name has, with a
    verb after it (not "Will/AUX" before "Smith"), outside a headline in title case, that NER puts in a
    person's name or that is a function word capitalised inside its sentence before a verb of saying
    ("“...,” From said.")."""
    word = words[k]
    if k + 1 >= len(words) or not word.text[:1].isupper() or word.upos not in _NOT_NAME_UPOS:
        return False
    verb = words[_verb_after(words, k)]
    if verb.sent != word.sent or verb.upos != "VERB" or verb.xpos not in _CLAUSE_VERB_XPOS:
        return False
    if verb.text[:1].isupper():  # "Hillary Just Got Blindsided": a headline in title case
        return False
    if k > 0 and _in_title_case(words, k - 1):
        return False
    if _inner_capital(word) and word.ner in _NAME_NER:
        return True
    return word.ner == _PERSON or (
        word.upos in _FUNCTION_UPOS and _inside_sentence(words, k) and verb.lemma in SPEECH_VERBS
    )


def _inner_capital(word: Word) -> bool:
    """ "CNN", "BuzzFeed", "McCain": a word of letters with a capital after its first, which no English
    verb, adverb or preposition has (the tagger reads such a name opening its sentence as a verb)."""
    text = word.text
    return text.isalpha() and text[:1].isupper() and any(ch.isupper() for ch in text[1:])


def _verb_after(words: Sequence[Word], k: int) -> int:
    """The word after the name at ``k`` past at most :data:`_MAX_ADVERBS` adverbs in lower case ("Schlafly
    also noted"): the verb, when the name opens a clause."""
    j = k + 1
    while j + 1 < len(words) and j - k <= _MAX_ADVERBS and words[j].upos == "ADV" and words[j].text.islower():
        j += 1
    return j


#: Adverbs that may stand between a misread name and its verb ("Hoover also estimated", "From then said").
_MAX_ADVERBS = 2


def _modal_surname(words: Sequence[Word], k: int) -> bool:
    """ "Prime Minister Theresa May said" with "May" a modal (``aux`` of "said"): a capitalised modal or verb
    right after a given name of the lists, inside its sentence and before a verb, is the surname."""
    word, given = words[k], words[k - 1]
    if word.upos not in {"AUX", "VERB"} or not word.text[:1].isupper() or given.sent != word.sent:
        return False
    if given.upos != "PROPN" or given.text.lower() not in GIVEN_NAMES or not _inside_sentence(words, k):
        return False
    after = words[k + 1] if k + 1 < len(words) else None
    return (
        after is not None
        and after.sent == word.sent
        and after.upos == "VERB"
        and not after.text[:1].isupper()
    )


def _after_given_names(words: Sequence[Word]) -> frozenset[str]:
    """Capitalised words that follow a capitalised proper noun somewhere in the text: a surname alone is
    read as a name only where the text gave it with a first name too ("Al From ... From said")."""
    return frozenset(
        b.text
        for a, b in itertools.pairwise(words)
        if a.sent == b.sent and a.upos == "PROPN" and a.text[:1].isupper() and b.text[:1].isupper()
    )


def _in_title_case(words: Sequence[Word], k: int) -> bool:
    """ "Hillary Just Got Blindsided": a capitalised common word inside its sentence marks a headline in
    title case, where capitals say nothing about names."""
    word = words[k]
    return word.text[:1].isupper() and word.upos not in _NAME_UPOS and _inside_sentence(words, k)


def _inside_sentence(words: Sequence[Word], k: int) -> bool:
    """Whether a word follows another word of its sentence, not only punctuation that opens one."""
    return any(w.sent == words[k].sent and w.upos != "PUNCT" for w in words[max(0, k - _LOOK_BACK) : k])


def _subject_of_next_verb(words: Sequence[Word], heads: list[int], rels: list[str], k: int) -> bool:
    """The name at ``k`` made the subject of the verb after it, when that verb has no other subject:
    "Hoover estimated" with "Hoover" the verb's ``advmod`` or its sister (made its subject), "Husted
    chairs" with "chairs" the name's ``xcomp`` (the verb takes the name's place; the clause's words before
    the name go with it). Whether it was made so ("Obama Finally Says" in a headline keeps "Obama" the
    subject)."""
    verb = _verb_after(words, k)
    dependents = [j for j in range(len(words)) if heads[j] == verb and j != k]
    if any(rels[j] in _SUBJECT_RELS for j in dependents):
        return False
    if heads[k] in {verb, heads[verb]}:  # "Hoover/advmod estimated", "Husted/conj said/conj"
        heads[k], rels[k] = verb, "nsubj"
        return True
    if heads[verb] == k:
        heads[verb], rels[verb] = heads[k], rels[k]
        heads[k], rels[k] = verb, "nsubj"
        for j in range(len(words)):
            if heads[j] != k or words[j].sent != words[k].sent:
                continue
            if j > verb or rels[j] in _CLAUSE_RELS:
                heads[j] = verb
            elif rels[j] in _SUBJECT_RELS:
                rels[j] = "compound"  # "Secretary" of "Secretary Jon Husted said", read as its subject
        return True
    return False
