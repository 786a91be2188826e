"""Salience for pronouns: which person the sentence before a pronoun is about.

Requires: the parse and the entity :class:`~quotekit.store.Store` of a document. Provides
:func:`previous_subject`: the person a "he"/"she" most likely takes up from the sentence before it (its
main-clause subject, the person a subject description names, a speech frame's subject, a pronoun
subject's own antecedent, or, in a sentence left unparsed, the first person it names by surname).
Coreference (:mod:`quotekit.coref`) falls back to the nearest person when it finds none.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotekit.document import Parse, Word
from quotekit.entities import Entity
from quotekit.lang.en import PRONOUNS
from quotekit.parse.build import FULL
from quotekit.store import Store
from quotekit.syntax import is_subject

__all__ = ["genders_agree", "previous_subject"]

#: How many sentences back a chain of pronoun subjects is followed ("Kim ... He ... He said").
_PRONOUN_CHAIN = 3
#: Relations that attach a word to the name or description a subject head stands for ("spokesman Don
#: Stewart", "the pollster, Ann Roe"); an owner ("Roe's aide") or a complement ("akin to Roe") is another
#: person.
_SUBJECT_CORE_RELS = frozenset({"flat", "flat:name", "compound", "appos"})


def previous_subject(store: Store, position: int, gender: str, depth: int = 0) -> Entity | None:
    """Salience: "Roe said Monday that Kim had called. He said ...": a person pronoun is the person
    who is the main-clause subject of the sentence before (in its paragraph or ending the one
    before), when that subject agrees with it; else ``None`` (then coreference takes the nearest
    preceding person). A name the parser split into two subjects ("Tom" and "Reyes" both
    ``nsubj`` of "told") is still the subject. The subject is the person its head names
    (:func:`_subject_person`), and a pronoun subject stands for its own antecedent
    (:func:`_pronoun_subject`)."""
    parse = store.parse
    k = parse.sentence_at(position) - 1
    if k < 0 or parse.paragraph_of(position) - parse.sentences[k].paragraph > 1:
        return None  # also across one paragraph break: '... Kim said. || "...," she said'.
    sentence = parse.sentences[k]
    if sentence.depth < FULL:
        return _unparsed_subject(store, parse.words[sentence.first : sentence.last], gender, depth)
    subjects = [
        w
        for w in parse.words[sentence.first : sentence.last]
        if is_subject(w) and w.head >= 0 and parse.words[w.head].deprel == "root"
    ] or _frame_subjects(parse, sentence.first, sentence.last)
    if not subjects:
        return None
    found = _subject_person(store, [s.i for s in subjects], gender)
    if found is None and depth < _PRONOUN_CHAIN:
        return _pronoun_subject(store, subjects, gender, depth)
    return found


def _frame_subjects(parse: Parse, first: int, last: int) -> list[Word]:
    """ "“Not fit!” Roe wrote, quoting Kim. He added ...": in a sentence that is a quotation with its speech
    frame, the parser makes the quotation the root and the frame ("Roe wrote") its ``parataxis``; the
    frame's subject is the sentence's main actor."""
    frames = {
        w.i
        for w in parse.words[first:last]
        if w.deprel == "parataxis" and parse.words[w.head].deprel == "root"
    }
    return [w for w in parse.words[first:last] if is_subject(w) and w.head in frames]


def _unparsed_subject(store: Store, words: Sequence[Word], gender: str, depth: int) -> Entity | None:
    """ "On the eve of the talks, Roe eased his tone." left unparsed (no cue, no new name): news names a
    sentence's subject before anyone else, so its subject is the first person it refers to, by the surname
    of a person already named in full or by a personal pronoun (which carries its own antecedent on); one
    of the other gender is someone else's sentence. A single name ("Twitter", NER's person) is no one's."""
    people = [e for e in [*store.entities, *store.people] if e.kind == "person" and len(e.tokens) > 1]
    for word in words:
        number, own = PRONOUNS.get(word.text.lower(), ("", ""))
        if own in {"Masc", "Fem"} and number == "Sing":
            agrees = own == gender and depth < _PRONOUN_CHAIN
            return previous_subject(store, word.start, gender, depth + 1) if agrees else None
        named = [e for e in people if word.text[:1].isupper() and _surname(e) == word.text.lower()]
        if named:
            person = max(named, key=lambda e: e.last_before(word.start))
            return person if genders_agree(person.gender, gender) else None
    return None


def _surname(entity: Entity) -> str:
    """The last word of a person's full name, the word news refers to the person by ("Roe" of "Ann Roe")."""
    words = (entity.name or "").split()
    return words[-1].lower() if words else ""


def _subject_person(store: Store, heads: Sequence[int], gender: str) -> Entity | None:
    """The person a subject phrase refers to: named at its head or in a name or apposition attached to it,
    the last one there ("McConnell spokesman Don Stewart" -> Stewart; "Kim's lawyer, Ann Roe," -> Roe;
    "Her argument, akin to Roe's," -> no one)."""
    parse = store.parse
    core: set[int] = set()
    todo = list(heads)
    while todo:
        i = todo.pop()
        core.add(i)
        todo += [c for c in parse.children[i] if parse.words[c].deprel in _SUBJECT_CORE_RELS]
    starts = {parse.words[i].start for i in core}
    found = [
        (max(m for m in e.offsets if m in starts), e)
        for e in [*store.entities, *store.people]
        if e.kind == "person" and genders_agree(e.gender, gender) and starts.intersection(e.offsets)
    ]
    return max(found, key=lambda pair: pair[0])[1] if found else None


def _pronoun_subject(store: Store, subjects: Sequence[Word], gender: str, depth: int) -> Entity | None:
    """ "Kim eased her tone. Asked about Roe, she said ... || "...," she said": a subject that is itself a
    personal pronoun of the same gender carries the topic on: it stands for its own antecedent
    (:func:`previous_subject` of its sentence)."""
    for word in subjects:
        number, own = PRONOUNS.get(word.text.lower(), ("", ""))
        if word.upos == "PRON" and own in {"Masc", "Fem"} and own == gender and number == "Sing":
            return previous_subject(store, word.start, gender, depth + 1)
    return None


def genders_agree(a: str, b: str) -> bool:
    """Whether two genders ("Masc", "Fem", "" for unknown) may be one person's."""
    return not a or not b or a == b
