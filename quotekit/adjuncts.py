"""Participial and infinitival adjuncts: whose words a participle that opens its sentence, or an infinitive
of purpose, reports.

Requires: a :class:`~quotekit.document.Parse`. Provides :func:`subject_of_fronted_participle` and
:func:`subject_of_purpose_infinitive`, speaker rules of :mod:`quotekit.speakers` ("Noting he studied law,
Marsh said ...", "Marsh went to Paris to discuss ...": the adjunct's speaker is the main clause's subject).
"""

from __future__ import annotations

from quotekit.document import Parse, Word
from quotekit.lang.en import INFINITIVE_MARKS, PASSIVE_SUBJECT_RELS, SUBJECT_RELS
from quotekit.syntax import NOMINAL_UPOS, is_ancestor

__all__ = ["subject_of_fronted_participle", "subject_of_purpose_infinitive"]


def subject_of_fronted_participle(parse: Parse, verb: Word) -> int | None:
    """ "Noting he studied law, Marsh said ...", "After noting ..., Marsh said": a participle that opens its
    sentence (after its own subordinator or adverbs), an adverbial clause of the main verb after it, shares
    that verb's subject, which follows the comma that closes the participle's clause (subject control of a
    participial adjunct, Huddleston & Pullum 2002, ch. 14)."""
    if verb.deprel != "advcl" or verb.xpos != "VBG" or verb.head <= verb.i:
        return None
    first = parse.sentences[verb.sent].first
    if any(
        parse.words[k].upos != "PUNCT" and not is_ancestor(parse, verb.i, k) for k in range(first, verb.i)
    ):
        return None  # "[After] suggesting ...", "[One month after] announcing ...": the participle's own
    for c in parse.children[verb.head]:
        if parse.words[c].deprel in SUBJECT_RELS and c > verb.i and parse.words[c].upos in NOMINAL_UPOS:
            start = min(parse.subtree(c))
            return c if parse.words[start - 1].text == "," else None
    return None


def subject_of_purpose_infinitive(parse: Parse, verb: Word) -> int | None:
    """ "The minister flew to Oslo to discuss the treaty", "Voters are more likely to say ...": an
    infinitive of purpose or degree (an adverbial clause marked by "to") after the clause it modifies shares
    that clause's subject (subject control of an infinitival adjunct, Huddleston & Pullum 2002, ch. 14)."""
    if verb.deprel != "advcl" or verb.xpos != "VB" or not 0 <= verb.head < verb.i:
        return None
    if not any(
        parse.words[c].deprel == "mark" and parse.words[c].text.lower() in INFINITIVE_MARKS
        for c in parse.children[verb.i]
    ):
        return None
    for c in parse.children[verb.head]:
        if (
            parse.words[c].deprel in SUBJECT_RELS | PASSIVE_SUBJECT_RELS
            and parse.words[c].upos in NOMINAL_UPOS
            and c < verb.i
        ):
            return c
    return None
