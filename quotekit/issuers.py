"""The issuer of a document speaks through it: "The campaign released a statement saying it would appeal."

A participle of saying on a document noun ("a statement saying ...", "an email calling for ...") reports
what the document says; when the document is the object of a verb by which someone puts it out
(:data:`~quotekit.lang.en.ISSUING_VERBS`: issue, release, send, post, ...), the one who put it out is the
source, as news writing means it and PolNeAR annotates it (:func:`document_issuer`). A document that is
received, obtained or cited ("Workers received a letter saying ...") speaks for its unnamed author: the
document is the source (:func:`speaking_document`; the noun a reduced relative modifies is its understood
subject).

Requires: a :class:`~quotekit.document.Parse`. Provides :func:`document_issuer` and
:func:`speaking_document`, speaker rules of :mod:`quotekit.speakers` (reported as ``participle``, the
issuer being the governing clause's subject, and ``adjacent``).
"""

from __future__ import annotations

from quotekit.document import Parse, Word
from quotekit.lang.en import DOCUMENT_NOUNS, ISSUING_PHRASAL_VERBS, ISSUING_VERBS
from quotekit.mentions import names_a_time
from quotekit.syntax import NOMINAL_UPOS, cases, phrase_before

__all__ = ["document_issuer", "issued_document", "speaking_document"]

#: How far up a verb of issuing without a subject of its own looks for the one that controls it.
_CONTROL_STEPS = 3
#: An infinitive or coordinated verb shares the subject of the verb it hangs on ("helped draft", "wrote
#: and released").
_SHARED_SUBJECT_RELS = frozenset({"xcomp", "conj"})
#: The ending of a present participle, whatever the tagger made of the word ("saying/NN").
_PARTICIPLE_ENDING = "ing"


def document_issuer(parse: Parse, verb: Word) -> int | None:
    """The subject of the verb that issued the document ``verb`` is said in (:func:`issued_document`), the
    nearest before that verb; None when there is no such document or no subject."""
    issuing = issued_document(parse, verb)
    for _ in range(_CONTROL_STEPS):  # "Lee helped draft a report saying ...": the controller's subject
        if issuing is None:
            return None
        subjects = [
            c
            for c in parse.children[issuing]
            if c < issuing
            and parse.words[c].deprel.startswith("nsubj")
            and parse.words[c].upos in NOMINAL_UPOS
        ]
        if subjects:
            return subjects[-1]
        word = parse.words[issuing]
        issuing = word.head if word.deprel in _SHARED_SUBJECT_RELS and 0 <= word.head < word.i else None
    return None


def speaking_document(parse: Parse, verb: Word) -> int | None:
    """ "Workers received [a letter saying] ...": the document noun a participle of saying modifies, when
    no one issued it in the sentence (:func:`issued_document`); else None."""
    found = _document(parse, verb)
    return None if found is None or _issuing_verb(parse, found[1]) is not None else found[0]


def issued_document(parse: Parse, verb: Word) -> int | None:
    """The issuing verb of "released [a statement saying] ...": the phrase of a document and a participle
    of saying (:func:`_document`) is the object of an issuing verb before it, or the document is where the
    verb's subject wrote ("responded [in an article] stating ..."); else None."""
    found = _document(parse, verb)
    return None if found is None else _issuing_verb(parse, found[1])


def _issuing_verb(parse: Parse, phrase: Word) -> int | None:
    """The verb that issued the document phrase ``phrase`` (:func:`issued_document`), or None."""
    if phrase.head < 0 or phrase.head > phrase.i:
        return None
    issuing = parse.words[phrase.head]
    if phrase.deprel == "obl" and cases(parse, phrase.i) & _WRITTEN_IN:
        return issuing.i
    if phrase.deprel != "obj":
        return None
    particles = {
        parse.words[c].text.lower()
        for c in parse.children[issuing.i]
        if parse.words[c].deprel == "compound:prt"
    }
    if issuing.lemma.lower() in ISSUING_VERBS or any(
        (issuing.lemma.lower(), p) in ISSUING_PHRASAL_VERBS for p in particles
    ):
        return issuing.i
    return None


def _document(parse: Parse, verb: Word) -> tuple[int, Word] | None:
    """The document noun of "a statement saying" (:func:`_document_noun`) and the head of the phrase it
    makes with the participle: the noun when the participle is on it (``acl``, as UD has it) or on the verb
    that governs it; the participle when the noun is its compound (the tagger read "saying" as a noun);
    else None."""
    k = _document_noun(parse, verb)
    if k is None:
        return None
    noun = parse.words[k]
    if (verb.head == noun.i and verb.deprel == "acl") or (verb.head == noun.head and noun.head < k):
        return k, noun
    if noun.head == verb.i and noun.deprel == "compound":
        return k, verb
    return None


def _document_noun(parse: Parse, verb: Word) -> int | None:
    """The document noun whose phrase ends right before the present participle ``verb``: "a statement
    [saying]", "a statement Tuesday [questioning]" (past a time), "a letter to the mayor [asking]" (the
    head of the phrase); else None."""
    if not verb.text.lower().endswith(_PARTICIPLE_ENDING) or verb.i == 0:
        return None
    first = parse.sentences[verb.sent].first
    k = verb.i - 1
    while k > first and names_a_time(parse, k):
        k -= 1
    k = phrase_before(parse, k, verb, stop=lambda j: parse.words[j].lemma.lower() in DOCUMENT_NOUNS)
    if k < first or parse.words[k].lemma.lower() not in DOCUMENT_NOUNS:
        return None
    return k


#: The prepositions of a document its author wrote something in: "said [in] a statement", "[in] an op-ed".
_WRITTEN_IN = frozenset({"in"})
