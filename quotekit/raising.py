"""Passive raising attributions of the wider notion (``Extractor(attributions="all")``).

"The minister is expected to resign", "The court is believed to favour the appeal": a passive verb of
expectation or belief raises the subject of its infinitive (Huddleston & Pullum 2002, ch. 14, §4: raising
with passive verbs). PARC 3.0 and PolNeAR annotate the raised subject with the infinitive as the content,
with no source in the text (whoever expects it is not said). Reported speech rejects these verbs as cues
(:func:`quotekit.cues.find_cues`: "Trump is said to be furious" names no speaker); the wider notion keeps
them under the rule "raising".

Any passive of belief with no agent names no believer, raising or not ("She is moving to Boston but is
expected to keep her seat", "a think tank known for its polls"): :func:`is_passive_belief` tells the
wider notion's speaker stage (:func:`quotekit.wide.find_speaker`) to name none.

Requires: the cues found so far (:func:`quotekit.cues.find_cues`). Provides the raising cues
(:func:`add_raising_cues`), whose ``CueMatch.pattern`` is :data:`RAISING_PATTERN`, and
:func:`is_passive_belief`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from quotekit.content import fragments
from quotekit.cues import CueMatch
from quotekit.document import Parse, Word
from quotekit.lang.en import ADJECTIVE_CUES, AGENT_RELS, PASSIVE_SUBJECT_RELS, RAISING_VERBS, VERB_GROUP_RELS
from quotekit.model import CueClass
from quotekit.parse.build import FULL
from quotekit.spans import QuoteSpan
from quotekit.speakers import is_quoted

__all__ = ["RAISING_PATTERN", "add_raising_cues", "is_passive_belief", "raised_content"]

#: ``CueMatch.pattern`` (and the wider rule) of a passive raising cue.
RAISING_PATTERN = "raising"
#: The words of a passive cue's verb group: its auxiliaries, the passive one included ("is", "has been").
_GROUP_RELS = VERB_GROUP_RELS | {"aux:pass"}


def add_raising_cues(
    parse: Parse, quotes: Sequence[QuoteSpan], found: Sequence[CueMatch], lexicon: Mapping[str, CueClass]
) -> list[CueMatch]:
    """``found`` with the passive raising cues (:func:`raised_content`) of the fully parsed sentences,
    outside quotation marks, that are no cue yet, in text order."""
    heads = {cue.head for cue in found}
    out = list(found)
    for word in parse.words:
        if word.i in heads or word.lemma not in RAISING_VERBS or word.lemma not in lexicon:
            continue
        if parse.sentences[word.sent].depth < FULL or is_quoted(word, quotes):
            continue
        content = raised_content(parse, word)
        if content:
            group = sorted({word.i, *(c for c in parse.children[word.i] if _in_verb_group(parse, c))})
            cls = lexicon[word.lemma]
            out.append(
                CueMatch(word.i, tuple(group), word.lemma, cls, fragments(parse, content), RAISING_PATTERN)
            )
    return sorted(out, key=lambda m: m.head)


def raised_content(parse: Parse, verb: Word) -> list[int]:
    """ "The minister is expected [to resign]": the passive subject with the infinitive of a passive verb
    of :data:`~quotekit.lang.en.RAISING_VERBS` that has no agent ("is expected by analysts to ..." is
    reported speech: its agent speaks); else nothing."""
    kids = parse.children[verb.i]
    rels = {parse.words[c].deprel for c in kids}
    if rels & AGENT_RELS or verb.xpos != "VBN":
        return []
    subjects = [c for c in kids if c < verb.i and parse.words[c].deprel in PASSIVE_SUBJECT_RELS]
    infinitives = [c for c in kids if c > verb.i and _is_infinitive(parse, c)]
    if not subjects or not infinitives:
        return []
    return [*parse.subtree(subjects[0]), *parse.subtree(infinitives[0])]


def _is_infinitive(parse: Parse, c: int) -> bool:
    """ "[to resign]": an open complement (xcomp) marked by "to"."""
    marks = [parse.words[g] for g in parse.children[c] if parse.words[g].deprel == "mark"]
    return parse.words[c].deprel == "xcomp" and any(m.lemma.lower() == "to" for m in marks)


def _in_verb_group(parse: Parse, c: int) -> bool:
    """Whether dependent ``c`` is an auxiliary of its verb ("is", "has been")."""
    return parse.words[c].deprel in _GROUP_RELS


def is_passive_belief(parse: Parse, verb: Word) -> bool:
    """ "She is expected to run", "a think tank known for its polls", "other plans being considered": a
    verb of belief in the passive with no "by" agent names no believer; its subject is what is believed of
    (Huddleston & Pullum 2002, ch. 16, §10: the passive's subject is the active object). A participle
    that is an adjective of stance ("are worried that": :data:`~quotekit.lang.en.ADJECTIVE_CUES`) and a
    perfect ("has known") are no passives."""
    if verb.xpos != "VBN" or verb.text.lower() in ADJECTIVE_CUES:
        return False
    kids = [parse.words[c] for c in parse.children[verb.i]]
    if any(k.deprel in AGENT_RELS or (k.deprel == "aux" and k.lemma == "have") for k in kids):
        return False
    return verb.deprel == "acl" or any(k.deprel in _PASSIVE_RELS for k in kids)


#: What only a passive verb has: a passive auxiliary or subject.
_PASSIVE_RELS = PASSIVE_SUBJECT_RELS | {"aux:pass"}
