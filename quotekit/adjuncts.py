"""Participial and infinitival adjuncts: whose words a participle that opens its sentence, or an infinitive
of purpose, reports.

Requires: a :class:`~quotekit.document.Parse`. Provides :func:`subject_of_fronted_participle`,
:func:`subject_of_absolute` and :func:`subject_of_purpose_infinitive`, speaker rules of
:mod:`quotekit.speakers` ("Noting he studied law, Marsh said ...", "Marsh went to Paris to discuss ...":
the adjunct's speaker is the main clause's subject; "..., with 30 percent of voters saying ...": an absolute
clause has a subject of its own),
and :func:`main_clause_past`, a content bound of :mod:`quotekit.content` ("Asked which county was his
favorite, [he smiled]": a fronted adjunct's content ends where its main clause begins).
"""

from __future__ import annotations

from quotekit.document import Parse, Word
from quotekit.lang.en import ABSOLUTE_OPENERS, INFINITIVE_MARKS, PASSIVE_SUBJECT_RELS, SUBJECT_RELS
from quotekit.syntax import NOMINAL_UPOS, is_ancestor, is_subject, phrase_before

__all__ = [
    "main_clause_past",
    "subject_of_absolute",
    "subject_of_fronted_participle",
    "subject_of_purpose_infinitive",
]


def subject_of_fronted_participle(parse: Parse, verb: Word) -> int | None:
    """ "Noting he studied law, Marsh said ...", "After noting ..., Marsh said": a participle that opens its
    sentence (after its own subordinator or adverbs), an adverbial clause of the main verb after it, shares
    that verb's subject, which follows the comma that closes the participle's clause (subject control of a
    participial adjunct, Huddleston & Pullum 2002, ch. 14); so does an infinitive it takes ("Continuing to
    explain his view, Carson said ...")."""
    verb = _participle_of_infinitive(parse, verb)
    if verb.deprel != "advcl" or verb.xpos != "VBG" or verb.head <= verb.i:
        return None
    first = parse.sentences[verb.sent].first
    if any(_stands_before_participle(parse, verb, k) for k in range(first, verb.i)):
        return None  # a subject or a clause before it: the participle does not open its sentence
    for c in parse.children[verb.head]:
        if parse.words[c].deprel in SUBJECT_RELS and c > verb.i and parse.words[c].upos in NOMINAL_UPOS:
            start = min(parse.subtree(c))
            if parse.words[start - 1].text == ",":
                return c
            # "Conceding that [a deal] was unlikely, he left": a subject before the comma is one of the
            # participle's clause the parser hung on the main verb; the main verb's own comes after it
    return None


def _participle_of_infinitive(parse: Parse, verb: Word) -> Word:
    """The participle before ``verb`` whose infinitive complement it is ("[Continuing] to explain ..."): the
    adjunct the infinitive belongs to; ``verb`` itself otherwise."""
    if verb.deprel == "xcomp" and 0 <= verb.head < verb.i and parse.words[verb.head].xpos == "VBG":
        return parse.words[verb.head]
    return verb


def _stands_before_participle(parse: Parse, verb: Word, k: int) -> bool:
    """Whether word ``k``, before the participle, keeps it from opening its sentence: not its own word
    ("[After] suggesting"), punctuation, or a phrase of time or measure before its subordinator ("[One
    month] after announcing", "[Shortly] after"); a name, a verb or a comma does ("Kim, after noting ...")."""
    word = parse.words[k]
    if word.upos == "PUNCT" and word.text != ",":
        return False
    if is_ancestor(parse, verb.i, k):
        return False
    return word.upos not in _MEASURE_UPOS


#: Parts of speech of a phrase of time or measure before a participle's subordinator ("One month after").
_MEASURE_UPOS = frozenset({"NUM", "NOUN", "ADV", "DET", "ADJ"})


def subject_of_absolute(parse: Parse, verb: Word) -> int | None:
    """ "The poll improved his standing, with 30 percent of voters saying ...", "..., with Gov. Ann Kim
    calling the plan a fraud": a participle right after the noun phrase that "with" opens is the verb of an
    absolute clause whose subject is that noun phrase (Quirk et al. 1985, §15.58: "with" + subject +
    participle), not the subject of the clause it modifies."""
    if verb.xpos != "VBG" or verb.i == 0:
        return None
    j = verb.i - 1
    sent = parse.sentences[verb.sent]
    if j < sent.first or parse.words[j].upos not in NOMINAL_UPOS | {"NUM"}:
        return None
    j = phrase_before(parse, j, verb)  # "30 percent [of voters]", the participle perhaps hung inside it
    opener = min(k for k in parse.subtree(j) if parse.words[k].upos != "PUNCT")
    if parse.words[opener].lemma.lower() not in ABSOLUTE_OPENERS or parse.words[j].upos not in NOMINAL_UPOS:
        return None
    return j


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


def main_clause_past(parse: Parse, verb: Word, content: list[int]) -> list[int]:
    """ "Asked which county was his favorite, [the senator smiled]", "When asked ..., [only 23 percent named
    one]": the words of ``content`` from the comma that opens the main clause on, when the cue heads an
    adjunct before that clause (a fronted adjunct ends where its main clause begins, however the parser
    split the words after the cue); empty otherwise, and for a comment clause ("If, as I've suggested,
    [he ...]", the cue right before its comma) or a cue with a subject and no subordinator, which is a main
    clause the parser demoted ("Those close to him say that, ..., [he would ...]")."""
    last = verb.i + 1 >= len(parse.words)
    if not content or last or parse.words[verb.i + 1].text == ",":
        return []
    verb = _participle_of_infinitive(parse, verb)  # "Continuing to explain her view[, the mayor said ...]"
    if not _opens_adjunct(parse, verb):
        return []
    head = verb.head
    if verb.deprel == "advcl" and verb.i < head <= max(content):
        subjects = [c for c in parse.children[head] if is_subject(parse.words[c]) and verb.i < c < head]
        start = min(parse.subtree(subjects[0])) if subjects else head
        comma = start - 1 if start >= 1 and parse.words[start - 1].text == "," else None
    elif head < 0 and _is_fronted_participle(parse, verb):  # the parser made the adjunct the root
        comma = _comma_before_clause(parse, content)
    else:
        return []
    return [] if comma is None else [j for j in content if j >= comma]


def _opens_adjunct(parse: Parse, verb: Word) -> bool:
    """Whether the cue heads an adjunct: a subordinator ("When asked", "After he announced"), or no
    subject of its own ("Asked which ...")."""
    children = [parse.words[c] for c in parse.children[verb.i]]
    if any(w.deprel == "mark" and w.lemma.lower() != "that" for w in children):
        return True
    if any(w.deprel == "advmod" and w.xpos == "WRB" and w.i < verb.i for w in children):
        return True
    if _is_fronted_participle(parse, verb, after=True):
        return True  # "Asked what the plan looks/NNS like, ...": a "subject" after it is the parser's error
    return not any(is_subject(w) for w in children)


def _is_fronted_participle(parse: Parse, verb: Word, *, after: bool = False) -> bool:
    """ "Asked ...", "When asked ...": a participle with no subject or auxiliary, at the start of its
    sentence (after a subordinator at most): an adjunct, whatever the parser made of it. ``after``: a
    subject or auxiliary the parser hung on it after it does not count ("Asked what the plan looks like":
    nothing stands before a fronted participle)."""
    first = parse.sentences[verb.sent].first
    if verb.xpos not in _PARTICIPLE_TAGS or any(
        parse.words[c].deprel in {"aux", "aux:pass", "nsubj", "nsubj:pass"} and not (after and c > verb.i)
        for c in parse.children[verb.i]
    ):
        return False
    return all(parse.words[k].upos in {"ADV", "SCONJ", "PUNCT"} for k in range(first, verb.i))


#: Tags of a participle opening an adjunct ("When asked/VBD" as the tagger often reads it).
_PARTICIPLE_TAGS = frozenset({"VBN", "VBG", "VBD"})


def _comma_before_clause(parse: Parse, content: list[int]) -> int | None:
    """The first comma inside ``content`` with a verb before it and, after it to the content's end, a
    clause: a noun phrase, then a verb ("which county was his favorite[,] the senator smiled")."""
    have = sorted(content)
    for n, k in enumerate(have):
        if parse.words[k].text != "," or n == 0 or have[-1] - k != len(have) - n - 1:
            continue
        if not any(parse.words[j].upos in {"VERB", "AUX"} for j in have[:n]):
            continue
        after = [parse.words[j] for j in have[n + 1 :]]
        nominal = next((a for a, w in enumerate(after) if w.upos in {"NOUN", "PROPN", "PRON"}), None)
        if nominal is not None and any(w.upos == "VERB" for w in after[nominal + 1 :]):
            return k
    return None
