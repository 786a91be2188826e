"""Host clauses: a quotation set inside a clause whose verb is no reporting cue is that clause's subject's.

Requires: a :class:`~quotekit.document.Parse`, the quotation spans and the cues found. Provides the cues
of such clauses (:func:`add_host_cues`).

News sets a speaker's words inside a clause about what the speaker did: "Trump groused to a crowd that
CNN “doesn't treat me properly”", "The ad targets a “corrupt political system”", "Democrats cannot just
point their fingers and cry “but they're racist!”". No verb of saying governs the quotation, yet the
clause's subject is its source (PolNeAR annotates the main verb as the cue: a mixed quotation whose frame
is the clause; Pareti 2015). Only a quotation of several words that is no title in title case, after the
subject, in a sentence with no cue of its own (whose quotations are that cue's or its neighbours'), whose
main verb has a nominal subject that may speak, and with no clause of another subject between the
quotation and that verb ("the crowd booed when he told them Clinton “has ...”") is taken; a sentence that
opens with the quotation is a frame's (:mod:`quotekit.frames`). On PolNeAR the speakers of quotations
found already: train +9 right end to end in all mode (+20 in the default mode), dev +0 (+3).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotekit.cues import CueMatch
from quotekit.document import Parse, Word
from quotekit.lang.en import NOT_SOURCE_SUBJECTS, TIME_NOUNS
from quotekit.parse.build import FULL
from quotekit.plan import is_short_quote
from quotekit.spans import QuoteSpan

__all__ = ["HOST_PATTERN", "add_host_cues"]

#: ``CueMatch.pattern`` of a host clause's cue.
HOST_PATTERN = "host"
#: Parts of speech of a host clause's subject: a noun, a name or a personal pronoun.
_SUBJECT_UPOS = frozenset({"NOUN", "PROPN", "PRON"})


def add_host_cues(parse: Parse, quotes: Sequence[QuoteSpan], found: Sequence[CueMatch]) -> list[CueMatch]:
    """``found`` with a cue for each quotation that no cue of ``found`` governs or frames and whose host
    clause may speak (see the module's notes), in text order."""
    taken = [(s, e) for cue in found for s, e in cue.content] + [
        (q.start, q.end) for c in found for q in c.quotes
    ]
    cued = {parse.words[cue.head].sent for cue in found}
    out = list(found)
    for quote in quotes:
        if quote.depth or not quote.closed or not quote.parts:
            continue
        if any(s < quote.end and quote.start < e for s, e in taken):
            continue
        if is_short_quote(parse.text, quote):
            continue  # a scare quote or a title
        verb = _host_verb(parse, quote)
        if verb is None or parse.words[verb].sent in cued:
            continue  # a sentence with a cue of its own: that cue's frame or neighbour
        out.append(
            CueMatch(verb, (verb,), parse.words[verb].lemma, "speech", quote.parts, HOST_PATTERN, (quote,))
        )
        cued.add(parse.words[verb].sent)
    return sorted(out, key=lambda m: m.head)


def _host_verb(parse: Parse, quote: QuoteSpan) -> int | None:
    """The main verb of the sentence that holds ``quote`` after its subject, if that subject may speak."""
    words = [w for w in parse.words if quote.start <= w.start < quote.end]
    if not words:
        return None
    sent = parse.sentences[words[0].sent]
    if sent.depth < FULL or parse.words[sent.first].start >= quote.start - 1:
        return None
    roots = [k for k in range(sent.first, sent.last) if parse.words[k].head < 0]
    if len(roots) != 1:
        return None
    root = parse.words[roots[0]]
    if root.upos != "VERB" or root.start >= quote.start:
        return None
    subjects = [c for c in parse.children[root.i] if parse.words[c].deprel == "nsubj" and c < root.i]
    if not subjects:
        return None
    subject = parse.words[subjects[0]]
    if subject.upos not in _SUBJECT_UPOS or subject.text.lower() in NOT_SOURCE_SUBJECTS | TIME_NOUNS:
        return None
    if _title_case(words) or _under_own_subject(parse, words[0].i, root.i):
        return None
    return root.i


def _title_case(words: Sequence[Word]) -> bool:
    """A title or slogan in title case ("Make America Great Again", "Jeb Can Fix It"): every word
    capitalized but the minor ones; unlike a title inside a phrase (:mod:`quotekit.assemble`), short words
    count, for a host clause's quotation has four words or more."""
    letters = [w.text for w in words if w.text[:1].isalpha()]
    return len(letters) > 1 and all(t[:1].isupper() or t.lower() in _MINOR_WORDS for t in letters)


def _under_own_subject(parse: Parse, first: int, root: int) -> bool:
    """Whether a clause between the quotation (whose first word is ``first``) and the root has a subject of
    its own before the quotation ("the crowd booed when [he] told them Clinton “has ...”": the quotation is
    that clause's), other than a relative or interrogative pronoun."""
    k = first
    while k >= 0 and parse.words[k].head >= 0 and k != root:
        if any(
            parse.words[c].deprel == "nsubj" and parse.words[c].text.lower() not in _WH_WORDS
            for c in parse.children[k]
            if c < first
        ):
            return True
        k = parse.words[k].head
    return False


#: Relative and interrogative pronouns: the subject of a clause inside the host's ("pondered who might").
_WH_WORDS = frozenset({"who", "which", "that", "what", "whom"})


#: Words a title in title case leaves in lower case.
_MINOR_WORDS = frozenset("a an the of in on for to and or but at by with from as".split())
