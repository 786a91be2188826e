"""More verb frames of the wider notion of attribution, for ``Extractor(attributions="all")``.

:mod:`quotekit.wide` reads the clauses, infinitives, noun-phrase objects and selected prepositions of the
wider notion's verbs. This module adds the frames it lacks (issue 19, missed PolNeAR attributions whose cue
is a verb): the object with its "as" predicative of a verb of regard ("voters see the treaty as a threat",
"the plan was described as reckless"), the gerund clause in the object's place of a verb whose noun-phrase
object is a content ("the union opposed raising the fees"), the infinitive of a verb of volition ("the
minister would like to visit Kyiv"). None of them runs by default.

Requires: :mod:`quotekit.wide` (its lexicon, patterns, rules and records). Provides, for the extractor: the
lexicon with the verbs of regard (:func:`verb_lexicon`), the content patterns (:data:`VERB_CONTENT_PATTERNS`)
and the Quote records, whose ``rule`` names the frame that found them (:func:`quote_record`,
:data:`VERB_RULES`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

import attrs

from quotekit import speakers, wide
from quotekit.confidence import confidence
from quotekit.content import ContentPattern, fragments, trailing_complements
from quotekit.cues import CueMatch
from quotekit.document import Parse, Word
from quotekit.lang.en import (
    AGENT_RELS,
    AS_CONNECTIVES,
    OBJECT_CUES,
    REGARD_CLASSES,
    REGARD_VERBS,
    VERB_GROUP_RELS,
    VOLITION_VERBS,
    WIDE_OBJECT_CUES,
)
from quotekit.model import CueClass, Quote, Speaker
from quotekit.parse.build import FULL
from quotekit.spans import QuoteSpan

__all__ = [
    "AS_PASSIVE",
    "AS_PREDICATIVE",
    "GERUND_OBJECT",
    "VERB_CONTENT_PATTERNS",
    "VERB_RULES",
    "VOLITION",
    "add_passive_regard",
    "drop_bare_regard",
    "find_speaker",
    "quote_record",
    "verb_lexicon",
    "verb_rule",
]

#: ``CueMatch.pattern`` of a verb of regard with an "as" predicative, and of a passive one with no agent.
AS_PREDICATIVE = "as-predicative"
AS_PASSIVE = "as-passive"
#: ``CueMatch.pattern`` (and rule) of the infinitive of a verb of volition: "would like to visit".
VOLITION = "volition"
#: ``CueMatch.pattern`` (and rule) of a gerund clause in the object's place: "opposed raising the fees".
GERUND_OBJECT = "gerund-object"
#: The words of a passive cue's verb group: its auxiliaries, the passive one included ("is", "has been").
_GROUP_RELS = VERB_GROUP_RELS | {"aux:pass"}

#: The rules of this module, the ``Quote.rule`` of what they find (docs/rules.md): "regard" (a verb of
#: regard with an "as" predicative: "voters see the treaty as a threat"), "gerund-object" (a gerund clause
#: in the object's place: "the union opposed raising the fees"), "volition" (the infinitive of a verb of
#: volition: "the minister would like to visit Kyiv").
VERB_RULES = ("regard", GERUND_OBJECT, VOLITION)


def verb_lexicon(base: Mapping[str, CueClass]) -> Mapping[str, CueClass]:
    """The wider lexicon (:func:`quotekit.wide.wide_lexicon`) with the verbs of regard it lacks; a lemma
    it has keeps its class.

    >>> from quotekit.lang.en import cue_lexicon
    >>> table = verb_lexicon(cue_lexicon())
    >>> table["see"], table["portray"], table["say"]
    ('cognition', 'speech', 'speech')
    """
    table: dict[str, CueClass] = dict(REGARD_CLASSES)
    table.update(dict.fromkeys(VOLITION_VERBS, "stance"))
    table.update(wide.wide_lexicon(base))
    return MappingProxyType(table)


#: The verbs that are cues only by this module's frames: none of the other patterns runs for them ("I saw
#: the film" has no content).
_REGARD_ONLY = frozenset(REGARD_CLASSES) - frozenset(wide.wide_lexicon({}))
#: How the parser hangs an "as" predicative: on the verb (obl, advcl, xcomp) or on the object (nmod).
_PREDICATIVE_RELS = frozenset({"obl", "advcl", "xcomp", "nmod", "acl"})
#: Relations of the noun phrase a verb of regard says something of: its object, or its passive subject.
_THEME_RELS = frozenset({"obj", "nsubj:pass"})
#: Heads of a theme: a noun phrase ("it", "the treaty", "Kim") or a gerund clause.
_THEME_UPOS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "VERB"})


def _as_phrase(parse: Parse, head: int) -> int | None:
    """The dependent of word ``head`` after it that opens with "as" ("[as a threat]"; also after the comma
    closing an aside: "saw Ann Roe, then 44, [as the right choice]"), or None. Not "such as", "as well as",
    which give examples or add ("identifying threats [such as the training]")."""
    for c in parse.children[head]:
        if c < head or parse.words[c].deprel not in _PREDICATIVE_RELS:
            continue
        first = min(k for k in parse.subtree(c) if parse.words[k].upos != "PUNCT" or k == c)
        word = parse.words[first]
        before = parse.words[first - 1].text.lower() if first > 0 else ""
        fixed = any(parse.words[k].deprel == "fixed" for k in parse.children[first])
        if word.lemma.lower() == "as" and word.deprel in {"case", "mark"} and word.head == c:
            return None if before in AS_CONNECTIVES or fixed else c
    return None


def _content_as_predicative(parse: Parse, verb: Word) -> list[int]:
    """ "Voters see the treaty as a threat", "She described the plan as reckless", "The case was viewed as
    a test": a verb of regard (:data:`~quotekit.lang.en.REGARD_VERBS`) says its object, or passive
    subject, is what the "as" phrase says; the content is both (PolNeAR, PARC 3.0)."""
    if verb.lemma not in REGARD_VERBS:
        return []
    themes = [c for c in parse.children[verb.i] if parse.words[c].deprel in _THEME_RELS]
    themes = [c for c in themes if parse.words[c].upos in _THEME_UPOS]
    if not themes:
        return []
    theme = themes[0]
    phrase = _as_phrase(parse, verb.i)
    if phrase is None and theme > verb.i:
        phrase = _as_phrase(parse, theme)
    if phrase is None or phrase < theme:
        return []
    content = {*parse.subtree(theme, frozenset({verb.i})), *parse.subtree(phrase)}
    return sorted({*content, *trailing_complements(parse, verb, max(content))})


def _not_own_frame_only(finder: Callable[[Parse, Word], list[int]]) -> Callable[[Parse, Word], list[int]]:
    """``finder``, never tried for a verb that is a cue by this module's frame only (regard, volition)."""

    def not_own_frame_only(parse: Parse, verb: Word) -> list[int]:
        return [] if verb.lemma in _REGARD_ONLY | VOLITION_VERBS else finder(parse, verb)

    return not_own_frame_only


#: The verbs whose noun-phrase object is a content in the wider notion (and so a gerund clause in its place).
_OBJECT_VERBS = OBJECT_CUES | WIDE_OBJECT_CUES
#: How the parser hangs a gerund clause that is a verb's object.
_GERUND_RELS = frozenset({"xcomp", "ccomp", "obj", "advcl"})
#: Dependents before a gerund that make it another clause than an object: "by raising", "him raising".
_NOT_OBJECT_RELS = frozenset({"mark", "nsubj", "nsubj:pass", "aux"})


def _gerund_object(parse: Parse, verb: Word) -> list[int]:
    """ "The union opposed raising the fees", "The minister proposed cutting the tax": the gerund clause in
    the object's place of a verb whose noun-phrase object is a content (OBJECT_CUES, WIDE_OBJECT_CUES),
    with no subject or subordinator of its own."""
    if verb.lemma not in _OBJECT_VERBS:
        return []
    for c in parse.children[verb.i]:
        word = parse.words[c]
        if c < verb.i or word.deprel not in _GERUND_RELS or word.xpos != "VBG":
            continue
        if any(parse.words[k].upos == "PUNCT" for k in range(verb.i + 1, c)):
            return []  # "She endorsed the bill[,] hoping to win votes": an adjunct, not an object
        if any(parse.words[g].deprel in _NOT_OBJECT_RELS for g in parse.children[c] if g < c):
            continue
        return parse.subtree(c)
    return []


def _infinitive_of_volition(parse: Parse, verb: Word) -> list[int]:
    """ "The minister would like to visit Kyiv", "She loves to campaign": the "to" infinitive of a verb of
    :data:`~quotekit.lang.en.VOLITION_VERBS` right after it (no comma between), its content."""
    if verb.lemma not in VOLITION_VERBS:
        return []
    for c in parse.children[verb.i]:
        word = parse.words[c]
        if c < verb.i or word.deprel not in {"xcomp", "advcl"} or word.xpos != "VB" or not _has_to(parse, c):
            continue
        if any(parse.words[k].upos == "PUNCT" for k in range(verb.i + 1, c)):
            return []
        return parse.subtree(c)
    return []


def _has_to(parse: Parse, c: int) -> bool:
    """Whether word ``c`` has the infinitive marker "to" before it ("[to] visit")."""
    return any(
        parse.words[g].deprel == "mark" and parse.words[g].lemma.lower() == "to"
        for g in parse.children[c]
        if g < c
    )


#: The content patterns of a cue in the wider notion with this module's frames, in the order they are tried.
VERB_CONTENT_PATTERNS: tuple[ContentPattern, ...] = (
    (AS_PREDICATIVE, _content_as_predicative),
    *((name, _not_own_frame_only(finder)) for name, finder in wide.WIDE_CONTENT_PATTERNS),
    (GERUND_OBJECT, _gerund_object),
    (VOLITION, _infinitive_of_volition),
)


def add_passive_regard(
    parse: Parse, quotes: Sequence[QuoteSpan], found: Sequence[CueMatch], lexicon: Mapping[str, CueClass]
) -> list[CueMatch]:
    """``found`` with the passive verbs of regard with no agent ("The case was widely seen as a test"),
    which reported speech rejects as cues (no speaker), outside quotation marks, in text order: the
    content is the passive subject with the "as" phrase (:func:`_content_as_predicative`), with no source."""
    heads = {cue.head for cue in found}
    out = list(found)
    for word in parse.words:
        if word.i in heads or word.lemma not in REGARD_VERBS or word.lemma not in lexicon:
            continue
        if parse.sentences[word.sent].depth < FULL or speakers.is_quoted(word, quotes):
            continue
        rels = {parse.words[c].deprel for c in parse.children[word.i]}
        content = (
            _content_as_predicative(parse, word) if "nsubj:pass" in rels and not rels & AGENT_RELS else []
        )
        if content:
            group = sorted(
                {word.i, *(c for c in parse.children[word.i] if parse.words[c].deprel in _GROUP_RELS)}
            )
            cue = CueMatch(
                word.i, tuple(group), word.lemma, lexicon[word.lemma], fragments(parse, content), AS_PASSIVE
            )
            out.append(cue)
    return sorted(out, key=lambda m: m.head)


def find_speaker(parse: Parse, cue: CueMatch, quoted: Sequence[QuoteSpan] = ()) -> speakers.Mention | None:
    """The source of a cue of the wider notion (:func:`quotekit.wide.find_speaker`); none for a passive
    verb of regard with no agent ("The case was seen as a test" says nowhere who saw it so)."""
    return None if cue.pattern == AS_PASSIVE else wide.find_speaker(parse, cue, quoted)


def drop_bare_regard(found: Sequence[CueMatch]) -> list[CueMatch]:
    """``found`` without the verbs that are cues only by their "as" predicative where they have none ("She
    saw “the best show in town”" links no quotation to "saw")."""
    return [
        cue for cue in found if cue.lemma not in _REGARD_ONLY or cue.pattern in {AS_PREDICATIVE, AS_PASSIVE}
    ]


def verb_rule(cue: CueMatch) -> str | None:
    """The rule of the wider notion that found ``cue``: this module's (:data:`VERB_RULES`), else
    :func:`quotekit.wide.wide_rule`'s."""
    if cue.pattern in {AS_PREDICATIVE, AS_PASSIVE}:
        return "regard"
    if cue.pattern == VOLITION:
        return VOLITION
    if cue.pattern == GERUND_OBJECT:
        return GERUND_OBJECT
    return wide.wide_rule(cue)


def quote_record(
    parsed: Parse, cue: CueMatch, speaker: Speaker | None, mention: speakers.Mention | None
) -> Quote:
    """The Quote of a cue (:func:`quotekit.wide.quote_record`); one of this module's frames has its rule
    as ``rule`` and that rule's confidence."""
    record = wide.quote_record(parsed, cue, speaker, mention)
    rule = verb_rule(cue)
    if rule is None or rule == record.rule:
        return record
    return attrs.evolve(record, rule=rule, confidence=confidence(rule))
