"""The subject before a cue: the last speaker rule, for a cue whose own clause lost its subject in the parse.

Requires: a :class:`~quotekit.document.Parse`. Provides :func:`subject_before_cue`, used by
:mod:`quotekit.speakers`.

News hangs cues on a clause whose subject stands far before them: participles ("Rubio hit back again,
saying ..."), coordinated verbs ("She praised the judge and said ..."), verbs after a long aside. The
speaker rules before this one find that subject through the parse; where the parser misread the clause
("hit" tagged as a noun, "saying" hung on the reported clause) they find nothing, and the cue's subject is
still the one written before it (subject-controlled adjuncts and coordinated predicates share their
subject, Huddleston & Pullum 2002, ch. 14, §9 and ch. 15, §4). So: the nearest subject before the cue in
its sentence whose clause governs the cue, else the nearest subject before it. A passive participle after a
subordinator ("..., he said when asked about the plan") has an understood subject of its own, the one
addressed, and who asked is unsaid: it gets none.
"""

from __future__ import annotations

from quotekit.document import Parse, Word
from quotekit.lang.en import NOT_SOURCE_SUBJECTS, PASSIVE_SUBJECT_RELS, REDUCED_CLAUSE_MARKS, SUBJECT_RELS
from quotekit.syntax import NOMINAL_UPOS, is_ancestor

__all__ = ["subject_before_cue"]

#: Tags of a passive participle; the tagger reads "asked" after "when" as either.
_PARTICIPLE_OR_PAST = frozenset({"VBN", "VBD"})


def subject_before_cue(parse: Parse, verb: Word) -> int | None:
    """ "Rubio hit back again, saying ..." misparsed ("hit" a noun): the nearest subject before the cue in
    its sentence whose clause governs the cue, else the nearest one; none for a reduced passive."""
    if _reduced_passive(parse, verb):
        return None
    sent = parse.sentences[verb.sent]
    subjects = [
        j
        for j in range(verb.i - 1, sent.first - 1, -1)
        if parse.words[j].deprel in SUBJECT_RELS | PASSIVE_SUBJECT_RELS
        and parse.words[j].upos in NOMINAL_UPOS
        and parse.words[j].text.lower() not in NOT_SOURCE_SUBJECTS
        and parse.words[j].head >= 0
    ]
    for j in subjects:
        if is_ancestor(parse, parse.words[j].head, verb.i):
            return j
    return subjects[0] if subjects else None


def _reduced_passive(parse: Parse, verb: Word) -> bool:
    """ "Kim said when (first) asked about the plan": a passive participle after a subordinator."""
    if verb.xpos not in _PARTICIPLE_OR_PAST:
        return False
    j = verb.i - 1
    while j >= 0 and parse.words[j].upos == "ADV" and parse.words[j].text.lower() not in REDUCED_CLAUSE_MARKS:
        j -= 1
    return j >= 0 and parse.words[j].text.lower() in REDUCED_CLAUSE_MARKS
