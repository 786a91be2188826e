"""Frame verbs the tagger misreads as nouns, mended before the parse repairs (:mod:`.repair`) run.

After a quotation, a reporting clause whose speaker is a common noun ("“The plan cannot work,” the lawsuit
says.", "“...,” the statement read.") is often read by the models as a prepositional phrase: the closing
mark a preposition (``case``), the verb a noun ("says"/NOUN, ``obl`` of the quotation's verb) and the
speaker its modifier. The frame rule (:mod:`quotekit.frames`) then finds no verb. A closing mark is never a
preposition: :func:`misread_frame_verbs` makes such a word the verb it is, with the noun before it as its
subject and the closing mark punctuation.

Requires: words with heads in their own sentence. Provides new words (the input is never changed);
:func:`misread_frame_verbs` returns its input itself when nothing needs mending.
"""

from __future__ import annotations

import attrs

from quotekit.document import Word
from quotekit.lang.en import DOCUMENT_VERB_FORMS, SPEECH_VERBS

__all__ = ["misread_frame_verbs"]

#: What closes a framed quotation inside its closing mark: "“...,” the lawsuit says", "“...?” the man asked".
_CLOSERS = frozenset(",?!")
#: Characters of a closing quotation mark (the models' text may have the straight form).
_MARKS = frozenset("\"'\u201d\u2019")
#: Word classes of the speaker's noun phrase between the mark and the verb ("the 43-year-old", "one user").
_PHRASE_UPOS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"})
#: Word classes of the last word of the speaker's noun phrase, its head ("the lawsuit", "one user").
_SUBJECT_UPOS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "PRON"})
#: Word classes that may follow the verb in its clause: the end, an adjunct ("says of the race", "read in
#: part"), a conjunction.
_AFTER_UPOS = frozenset({"PUNCT", "ADP", "ADV", "SCONJ", "CCONJ"})
#: The most words of the speaker's noun phrase (as quotekit.frames.FRAME_SUBJECT_WORDS).
_PHRASE_WORDS = 8


def misread_frame_verbs(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """``words`` with each verb of a quotation's frame that the tagger read as a noun made a verb
    ("“...,” the lawsuit says/NOUN." -> says/VERB, "lawsuit" its subject, the mark punctuation)."""
    out = list(words)
    for k in range(2, len(words)):  # a mark and a subject stand before the verb
        mark = _closing_mark(words, k)
        if mark is not None:
            _mend(words, out, mark, k)
    return words if out == list(words) else tuple(out)


def _closing_mark(words: tuple[Word, ...], k: int) -> int | None:
    """The index of the closing mark hung on ``words[k]`` when ``words[k]`` is a noun that is a form of a
    verb of saying (or "read") right after that mark and a noun phrase ("“...,” the statement read."), the
    quotation closed by ",", "?" or "!", else None."""
    verb = words[k]
    subject = words[k - 1]
    if verb.upos != "NOUN" or subject.upos not in _SUBJECT_UPOS:
        return None
    if not (verb.text.lower() in DOCUMENT_VERB_FORMS or _speech_verb_form(verb, subject)):
        return None
    after = words[k + 1] if k + 1 < len(words) and words[k + 1].sent == verb.sent else None
    if after is not None and after.upos not in _AFTER_UPOS:
        return None
    for mark in range(k - 2, max(-1, k - 2 - _PHRASE_WORDS), -1):
        word = words[mark]
        if word.sent != verb.sent:
            return None
        if word.text and set(word.text) <= _MARKS:
            closes = mark > 0 and words[mark - 1].text in _CLOSERS
            return mark if closes and word.head == k and 0 <= verb.head < mark else None
        if word.upos not in _PHRASE_UPOS:
            return None
    return None


def _speech_verb_form(word: Word, subject: Word) -> bool:
    """ "says", "wrote", "told": a form of a verb of saying other than its bare lemma, which is also a noun
    ("the annual report"); the bare form only after a plural ("the senators write")."""
    if word.lemma not in SPEECH_VERBS:
        return False
    return word.text.lower() != word.lemma or subject.feat("Number") == "Plur"


def _mend(words: tuple[Word, ...], out: list[Word], mark: int, k: int) -> None:
    """The verb at ``k`` a ``parataxis`` of the quotation's word it hung on, the word before it its
    subject (a noun), the phrase's other words on that noun, the mark punctuation of the quotation."""
    verb, subject = words[k], k - 1
    quoted = verb.head
    xpos = "VBZ" if verb.text.lower().endswith("s") else "VBD"
    out[k] = attrs.evolve(verb, upos="VERB", xpos=xpos, feats="VerbForm=Fin", deprel="parataxis")
    noun = words[subject]
    lemma = noun.lemma if noun.upos in {"NOUN", "PROPN", "PRON", "NUM"} else noun.text.lower()
    upos = noun.upos if noun.upos in {"NOUN", "PROPN", "PRON", "NUM"} else "NOUN"
    out[subject] = attrs.evolve(noun, upos=upos, lemma=lemma, head=k, deprel="nsubj")
    for j in range(mark + 1, subject):
        if words[j].head == k:
            out[j] = attrs.evolve(words[j], head=subject)
    out[mark] = attrs.evolve(words[mark], upos="PUNCT", xpos="''", feats="", head=quoted, deprel="punct")
