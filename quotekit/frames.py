"""Quotation frames: the verb of a reporting clause right after a quotation, whatever the verb.

Requires: a :class:`~quotekit.document.Parse` and the quotation spans. Provides the verbs that frame a
quotation (:func:`frame_verbs`), which :func:`quotekit.cues.find_cues` makes cues of, and the offsets
where such a frame may start in raw text (:func:`frame_starts`), which the parse plan analyses.

News writing closes a quotation that opens its sentence with a comma (or "?", "!") inside the marks
and goes on with a short clause, the speaker and a verb in either order, whose verb frames the
quotation whatever it is: "“If they were serious, they would have called,” Pine fumed on Tuesday",
"“Would it be negotiable?” Walker pressed", "“Too late,” shot back Ann Roe" (Quirk et al. 1985,
§15.49-15.54, the reporting clause and its verbs of manner). A verb with an object or a clause of its
own reports no quotation ("“Hard times,” Roe unveiled a plan" is no frame), nor one after a quotation
that ends a sentence ("“Yes.” Roe left."), unless that clause is a short sentence of its own whose verb
is one of saying: "“We will win.” Weaver said." is a slip of punctuation for ",".
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from quotekit.document import Parse, Word
from quotekit.lang.en import (
    DOCUMENT_VERB_FORMS,
    FRAME_CLAUSE_RELS,
    FRAME_OBJECT_RELS,
    FRAME_SPEAKER_START_UPOS,
    FRAME_SUBJECT_UPOS,
    SPEECH_VERBS,
)
from quotekit.parse.build import FULL
from quotekit.spans import QuoteSpan
from quotekit.syntax import is_quote_mark
from quotekit.text import count_words

__all__ = [
    "AS_CLAUSE",
    "FRAME_CLOSERS",
    "FRAME_SUBJECT_WORDS",
    "as_clause_mention",
    "as_clause_speaker",
    "as_clause_verbs",
    "frame_starts",
    "frame_verbs",
    "opens_sentence",
    "put_it_end",
    "slip_frame",
]

#: What ends a framed quotation inside its closing mark: "“...,” Pine fumed", "“...?” Walker pressed".
FRAME_CLOSERS = frozenset(",?!")
#: The most words of a speaker's noun phrase between the quotation and its frame verb.
FRAME_SUBJECT_WORDS = 8
#: A quotation of fewer words is a title or a scare-quoted term more often than a framed quote.
_FRAME_QUOTE_WORDS = 4
#: Parts of speech of a finite frame verb: "fumed", "presses", "has fumed" (a participle after "has").
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: What ends the sentence before a quotation that opens the next one: ".", "?", "!", ":", a line break.
_SENTENCE_END = regex.compile(r"(?:^|[.?!:;\n][\"'\u201d\u2019)]?)\s*$")
#: On raw text, an "as X put it" frame (:func:`as_clause_speaker`), for the parse plan.
AS_CLAUSE = regex.compile(r"\b[Aa]s\s[^.;?!\n]{1,200}?\bput(?:s)?\s+it(?:\s+\p{Ll}[^,.;:?!\n]{0,60})?\s*[,:]")
#: The first word after a quotation, on its line.
_NEXT_WORD = regex.compile(r"[ \t]*(\w)")


def opens_sentence(text: str, start: int) -> bool:
    """Whether the quotation at ``start`` opens its sentence or paragraph (raw text, no parse).

    >>> opens_sentence('He left. "Yes," Roe said.', 9), opens_sentence('As "Yes," Roe said.', 3)
    (True, False)
    """
    return _SENTENCE_END.search(text, max(0, start - 8), start) is not None


def _in_frame_position(text: str, quote: QuoteSpan) -> bool:
    """A closed, outermost quotation of some words that opens its sentence and ends in ",", "?" or "!"
    inside its closing mark (or "." for a frame of saying in a sentence of its own, :data:`_SLIP_CLOSERS`)."""
    if quote.depth or not quote.closed or not quote.parts:
        return False
    last = quote.parts[-1][1]
    if text[last - 1] not in FRAME_CLOSERS | _SLIP_CLOSERS or not opens_sentence(text, quote.start):
        return False
    return sum(count_words(text, s, e) for s, e in quote.parts) >= _FRAME_QUOTE_WORDS


#: What ends a quotation that a short sentence of saying frames, a slip for ",": "“We will win.” Weaver
#: said." (the frame must then be a verb of saying and end its sentence, :func:`slip_frame`).
_SLIP_CLOSERS = frozenset(".")
#: The most words after a slip frame's verb before its sentence ends: "Roe told [reporters on Tuesday]."
_SLIP_TAIL_WORDS = 6


def frame_starts(text: str, quotes: Sequence[QuoteSpan]) -> list[int]:
    """The offsets of the first word after each quotation in frame position, on its line: where a frame
    may start (the parse plan analyses the sentence there)."""
    return [start for start, _ in _frame_starts(text, quotes)]


def _frame_starts(text: str, quotes: Sequence[QuoteSpan]) -> list[tuple[int, bool]]:
    """:func:`frame_starts`, each with whether its quotation ends in a period (a slip frame)."""
    out = []
    for quote in quotes:
        if _in_frame_position(text, quote):
            m = _NEXT_WORD.match(text, quote.end)
            if m is not None:
                out.append((m.start(1), text[quote.parts[-1][1] - 1] in _SLIP_CLOSERS))
    return out


def frame_verbs(parse: Parse, quotes: Sequence[QuoteSpan]) -> list[int]:
    """The word indices of the verbs that frame a quotation: the first finite verb after it, past the
    speaker's noun phrase ("Pine fumed") or right after it with the speaker behind ("shot back Ann
    Roe"), when the verb has a subject there and no object or clause of its own."""
    out = []
    for start, slip in _frame_starts(parse.text, quotes):
        i = parse.word_at(start)
        if i >= len(parse.words) or parse.words[i].start != start:
            continue
        if parse.sentences[parse.words[i].sent].depth < FULL:
            continue
        verb = _verb_of_frame(parse, i)
        if verb is not None and (not slip or slip_frame(parse, parse.words[verb])):
            out.append(verb)
    return out


def slip_frame(parse: Parse, verb: Word) -> bool:
    """ "“We will win.” Weaver said.": after a quotation closed by a period, only a verb of saying that
    ends its sentence within a few words, with no clause of its own, frames it ("“Yes.” Roe left." reports
    nothing)."""
    last = parse.sentences[verb.sent].last
    if verb.lemma not in SPEECH_VERBS or last - verb.i > _SLIP_TAIL_WORDS or verb.upos != "VERB":
        return False
    return not any(parse.words[c].deprel in FRAME_CLAUSE_RELS and c > verb.i for c in parse.children[verb.i])


def _verb_of_frame(parse: Parse, i: int) -> int | None:
    """ "Pine fumed", "the minister later pressed", "fumed Ann Roe": from word ``i``, the first verb, past
    a noun phrase that holds its subject, or at ``i`` with a noun phrase after it."""
    sent = parse.sentences[parse.words[i].sent]
    for j in range(i, min(i + FRAME_SUBJECT_WORDS + 1, sent.last)):
        word = parse.words[j]
        if word.upos == "VERB":
            return j if (_inverted(parse, word) if j == i else _frames(parse, word, i)) else None
        if word.upos not in FRAME_SUBJECT_UPOS or word.text in {".", ";", ":"}:
            return None
    return None


def _frames(parse: Parse, verb: Word, i: int) -> bool:
    """Whether ``verb`` heads the clause after the quotation (the parser may hang it on a word inside
    the quotation, before ``i``), is finite, has an active subject between ``i`` and itself, and reports
    nothing of its own after it (no object or clause): the quotation is what it reports."""
    if verb.head >= i or not _finite(parse, verb):
        return False
    kids = [parse.words[c] for c in parse.children[verb.i]]
    if any(k.deprel in FRAME_OBJECT_RELS and k.i > verb.i for k in kids):
        return False
    subjects = {"nsubj", "nsubj:pass"} if _bare_participle(parse, verb) else {"nsubj"}
    return any(k.deprel in subjects and i <= k.i < verb.i and k.feat("PronType") != "Rel" for k in kids)


def _inverted(parse: Parse, verb: Word) -> bool:
    """ "“...,” fumed Ana Duarte": a past form (or a form of "read", by which a document says what it says:
    "“...,” reads the sign") right after the quotation, followed by a noun phrase (which the parser often
    makes its object) and no clause of its own."""
    if (
        verb.xpos not in {"VBD", "VBN"}
        and not _mistagged_past(verb)
        and verb.text.lower() not in DOCUMENT_VERB_FORMS
    ):
        return False  # "“...,” reads a sign on the door": a document's verb in any tense
    if any(parse.words[c].deprel in FRAME_CLAUSE_RELS for c in parse.children[verb.i]):
        return False
    after = verb.i + 1
    return after < len(parse.words) and parse.words[after].upos in FRAME_SPEAKER_START_UPOS


def _finite(parse: Parse, verb: Word) -> bool:
    """ "fumed/VBD", "has fumed/VBN"; a past form mistagged as a base form ("shot/VB back") or as a
    participle without an auxiliary ("Hannity pressed/VBN.", which cannot be a passive)."""
    if verb.xpos in _FINITE or _bare_participle(parse, verb) or _mistagged_past(verb):
        return True
    return verb.xpos == "VBN" and any(parse.words[c].deprel == "aux" for c in parse.children[verb.i])


def _mistagged_past(verb: Word) -> bool:
    """ "shot/VB": a base-form tag on a word that is not its lemma."""
    return verb.xpos == "VB" and verb.text.lower() != verb.lemma.lower()


def _bare_participle(parse: Parse, verb: Word) -> bool:
    """A participle with no auxiliary at all heading the frame: a past tense the tagger mistook."""
    return verb.xpos == "VBN" and not any(
        parse.words[c].deprel.startswith("aux") for c in parse.children[verb.i]
    )


def as_clause_verbs(parse: Parse) -> list[int]:
    """The verbs of "as X put it" frames (:func:`as_clause_speaker`) in analysed sentences."""
    return [
        w.i
        for w in parse.words
        if w.lemma == "put"
        and parse.sentences[w.sent].depth >= FULL
        and as_clause_speaker(parse, w) is not None
    ]


def as_clause_speaker(parse: Parse, verb: Word) -> int | None:
    """ "As Ann Roe, a law professor, put it, “...”", "Or, as The Post's Dana Milbank puts it: ...": "put
    it" closed by a comma or colon in a clause opened by "as" frames what follows, and the noun phrase right
    after "as" is its speaker (read by position: the parser often hangs the name elsewhere)."""
    words, sent = parse.words, parse.sentences[verb.sent]
    if put_it_end(parse, verb) is None:
        return None
    for k in range(verb.i - 1, max(sent.first, verb.i - _AS_CLAUSE_WORDS) - 1, -1):
        if words[k].text.lower() == "as" and _opens_clause(parse, k):
            return _phrase_after(parse, k + 1, verb.i)
        if words[k].upos in {"VERB", "AUX"} or words[k].text in {".", ";", ":"}:
            return None
    return None


def put_it_end(parse: Parse, verb: Word) -> int | None:
    """The comma or colon that closes "put it" ("put it,", or "put it in a lengthy profile," before a
    quotation), or None."""
    words, sent = parse.words, parse.sentences[verb.sent]
    if verb.lemma != "put" or verb.i + 2 >= sent.last or words[verb.i + 1].text.lower() != "it":
        return None
    k = verb.i + 2
    if words[k].upos == "ADP":  # "put it [in a lengthy profile], “...”": a quotation must follow
        while k < min(sent.last, verb.i + 2 + _PUT_IT_TAIL) and words[k].text not in {",", ":"}:
            if words[k].upos in {"VERB", "AUX"} or words[k].text in {".", ";"}:
                return None
            k += 1
        if k + 1 >= sent.last or not is_quote_mark(words[k + 1]):
            return None  # "put it in Raleigh, N.C., where ...": a place's comma
    return k if k < sent.last and words[k].text in {",", ":"} else None


#: The most words of a phrase between "put it" and its comma: "put it [in a lengthy expose],".
_PUT_IT_TAIL = 8
#: The most words between "as" and "put it": "As Akhil Amar, professor of constitutional law at Yale, put it".
_AS_CLAUSE_WORDS = 30
#: What a speaker's noun phrase after "as" is made of: "The Post's Dana Milbank", "Professor Foner", "he".
_AS_SPEAKER_UPOS = frozenset({"DET", "PROPN", "NOUN", "PRON", "ADJ", "PART"})


def as_clause_mention(parse: Parse, verb: Word) -> tuple[int, tuple[int, ...]] | None:
    """The speaker's head and words of an "as X put it" frame (:func:`as_clause_speaker`): the phrase
    from the word after "as" to its head, as written."""
    head = as_clause_speaker(parse, verb)
    if head is None:
        return None
    k = head
    while parse.words[k - 1].text.lower() != "as":
        k -= 1
    return head, tuple(range(k, head + 1))


def _opens_clause(parse: Parse, k: int) -> bool:
    """Whether "as" at ``k`` opens its sentence, or follows a comma or a conjunction ("Or, as ...")."""
    first = parse.sentences[parse.words[k].sent].first
    before = [w for w in parse.words[first:k] if not is_quote_mark(w)]
    return not before or before[-1].text == "," or before[-1].upos == "CCONJ"


def _phrase_after(parse: Parse, lo: int, stop: int) -> int | None:
    """The last noun of the run of noun-phrase words from ``lo`` (before ``stop``), or None."""
    found = None
    for j in range(lo, stop):
        if parse.words[j].upos not in _AS_SPEAKER_UPOS:
            break
        if parse.words[j].upos in {"PROPN", "NOUN", "PRON"}:
            found = j
    return found
