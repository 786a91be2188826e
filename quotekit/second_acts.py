"""The source's second act after a content: words the parser hung inside a reported clause that report
what the source did next, not what the cue reports.

- "The senator said [the tax was unfair], calling it a burden": a participle of saying set off by a comma at
  the end of a content is a supplementive clause whose subject is the source (:func:`source_participle`);
  its own cue takes the cue's subject as speaker (:func:`reporting_participle`);
- "The campaign said [the governor had refused the fees] and promised to return them": a subjectless verb
  phrase of saying in the cue's tense, coordinated with the content's head, is the source's second saying
  (:func:`reporting_conjunct`); its speaker is the cue's subject (:func:`second_saying_of`).

Requires: a parse (:mod:`quotekit.document`). Provides word indices to drop from a content, or a test.
"""

from __future__ import annotations

from quotekit.bounds import has_own_subject, reports, verb_tense
from quotekit.document import Parse, Word
from quotekit.lang.en import SPEECH_VERBS

__all__ = ["reporting_conjunct", "reporting_participle", "second_saying_of", "source_participle"]

#: How the parser hangs a participle clause at the end of a content: "said it is dead, [calling] it ...".
_PARTICIPLE_RELS = frozenset({"advcl", "conj", "xcomp", "parataxis"})
#: Parts of speech of a noun phrase's head: a participle on one modifies it ("her job, [advising] firms").
_NOMINAL_UPOS = frozenset({"NOUN", "PROPN", "PRON"})


def source_participle(parse: Parse, verb: Word, content: list[int]) -> list[int]:
    """ "The senator said [the plan is dead], calling it a relic of the last government": a participle clause
    of saying or thinking without a subject, set off by a comma at the end of a content after the cue, is a
    supplementive clause whose understood subject is the subject of the sentence (Huddleston & Pullum 2002,
    ch. 14, §9.2), the source: its second act, not what the cue reports, wherever the parser hung it. Not
    one in a series of gerunds, nor one on a noun; one of any other verb ("..., allowing trucks to cross")
    stays, as its subject may be the content's. The words from its comma on, to drop; empty otherwise."""
    if not content or min(content) < verb.i:
        return []
    have = set(content)
    end = max(content)
    for j in sorted(content):
        word = parse.words[j]
        inside = j - 1 in have and j - 1 > min(content) and word.head in have
        if inside and max(parse.subtree(j)) == end and _is_supplementive(parse, word):
            return [k for k in content if k >= j - 1]
    return []


def reporting_participle(parse: Parse, verb: Word) -> bool:
    """ "The senator said the tax was unfair, [calling] it a burden": a participle of saying the parser hung
    on the head of a reported clause is the source's (:func:`source_participle`); its speaker is the
    subject of the cue that reports the clause, not the clause's subject."""
    governor = parse.words[verb.head] if verb.head >= 0 else verb
    cue = parse.words[governor.head] if governor.head >= 0 else governor
    return governor.deprel == "ccomp" and cue.i < verb.i and reports(cue) and _is_supplementive(parse, verb)


def _is_supplementive(parse: Parse, word: Word) -> bool:
    """A participle of saying or thinking without a subject, right after a comma, hung on a clause, not in a
    series of gerunds (:func:`source_participle`)."""
    if (
        word.xpos != "VBG"
        or word.i < 2
        or parse.words[word.i - 1].text != ","
        or has_own_subject(parse, word.i)
    ):
        return False
    if not reports(word) or _is_list_item(parse, word) or word.deprel not in _PARTICIPLE_RELS:
        return False
    return parse.words[word.head].upos not in _NOMINAL_UPOS  # "her job, [advising] firms" modifies the noun


def _is_list_item(parse: Parse, word: Word) -> bool:
    """A gerund in a series of gerunds after a noun or gerund, closed by "and"/"or": "cutting taxes, [raising]
    wages and building roads"."""
    head = parse.words[word.head]
    if word.deprel != "conj" or not (head.xpos == "VBG" or head.upos in {"NOUN", "PROPN"}):
        return False
    items = [
        c
        for c in (*parse.children[head.i], *parse.children[word.i])
        if c != word.i and parse.words[c].deprel == "conj" and parse.words[c].xpos == "VBG"
    ]
    return any(parse.words[g].deprel == "cc" for c in items for g in parse.children[c])


def reporting_conjunct(parse: Parse, verb: Word, content: list[int]) -> list[int]:
    """ "The campaign said [the governor had refused the fees] and promised to return them": a subjectless
    verb phrase of saying (not of thinking: "said [voters disliked her and thought ...]" may share the
    content's subject), in the tense of the cue, that the parser coordinated with the head of a content with
    a subject of its own, is the source's second saying, coordinated with the cue. The words from its
    "and"/"but" on, to drop from the content; empty otherwise."""
    if not content or min(content) < verb.i:
        return []
    have = set(content)
    tops = [j for j in content if parse.words[j].head not in have]
    if len(tops) != 1:
        return []
    for c in parse.children[tops[0]]:
        if _is_second_saying(parse, verb, parse.words[c]):
            start = min(parse.subtree(c))
            return [j for j in content if j >= start]
    return []


def second_saying_of(parse: Parse, word: Word) -> Word | None:
    """The cue whose source also says ``word`` (:func:`reporting_conjunct`), whose subject is its speaker,
    not the subject of the clause the parser coordinated it with; None when it is no such second saying."""
    head = parse.words[word.head] if word.head >= 0 else word
    cue = parse.words[head.head] if head.head >= 0 and head.deprel == "ccomp" else None
    return cue if cue is not None and _is_second_saying(parse, cue, word) else None


def _is_second_saying(parse: Parse, verb: Word, word: Word) -> bool:
    """Whether ``word`` is a subjectless finite verb of saying, after an "and"/"but", in the tense of the
    cue ``verb``, coordinated with the head of the cue's reported clause, which has a subject of its own."""
    head = word.head
    if (
        word.deprel != "conj"
        or word.i < head
        or word.lemma not in SPEECH_VERBS
        or has_own_subject(parse, word.i)
    ):
        return False
    if not verb_tense(parse, verb.i) or verb_tense(parse, word.i) != verb_tense(parse, verb.i):
        return False
    if not has_own_subject(parse, head) or not any(
        parse.words[g].deprel == "cc" for g in parse.children[word.i]
    ):
        return False
    return verb.i < head
