"""The wider notion of attribution, for ``Extractor(attributions="all")``.

Reported speech is one kind of attribution. PARC 3.0 (Pareti 2015) and PolNeAR (Newell, Margolin & Ruths
2018) annotate every attribution of content to a source: also what sources believe, what documents and data
show, what sources intend or stand for, with contents that may be noun phrases, and cues that may be nouns.
This module holds the rules of that wider notion; none of them runs by default.

Requires: the stages of reported speech (:mod:`quotekit.cues`, :mod:`quotekit.speakers`,
:mod:`quotekit.assemble`). Provides, for the extractor: the wider cue lexicon (:func:`wide_lexicon`), the
content patterns of its verbs (:data:`WIDE_CONTENT_PATTERNS`), the nominal cues (:func:`add_nominal_cues`),
the speaker of each cue (:func:`find_speaker`) and the Quote records, whose ``rule`` names the wider rule
that found them (:func:`quote_record`, :data:`WIDE_RULES`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

import attrs

from quotekit import assemble, nominal, speakers
from quotekit.adjectives import ADJECTIVE_PATTERN
from quotekit.closers import comment_clauses
from quotekit.confidence import confidence
from quotekit.content import (
    CONTENT_PATTERNS,
    ContentPattern,
    is_time_phrase,
    nonfinite_content,
    object_content,
    trailing_complements,
)
from quotekit.cues import SELECTED_PREPOSITION_PATTERN, CueMatch
from quotekit.document import Parse, Word
from quotekit.hearsay import HEARSAY_PATTERN
from quotekit.lang.en import (
    APPEARANCE_VERBS,
    COGNITION_VERBS,
    EVIDENCE_VERBS,
    NOMINAL_CUES,
    NONFINITE_CUES,
    NOUN_COMPLEMENT_MARKS,
    OBJECT_CUES,
    POLL_NOUNS,
    RECORD_NOUNS,
    SPEECH_VERBS,
    STANCE_VERBS,
    WIDE_COGNITION_VERBS,
    WIDE_NONFINITE_CUES,
    WIDE_OBJECT_CUES,
    WIDE_PREPOSITION_CUES,
    WIDE_SPEECH_VERBS,
)
from quotekit.mistagged import infinitive_after_noun_verb, that_follows
from quotekit.model import CueClass, Quote, Speaker
from quotekit.raising import RAISING_PATTERN, is_passive_belief
from quotekit.spans import QuoteSpan
from quotekit.syntax import is_ancestor, is_subject, is_verb

__all__ = [
    "NOMINAL_CUES_ON",
    "WIDE_CONTENT_PATTERNS",
    "WIDE_RULES",
    "add_nominal_cues",
    "drop_nested",
    "find_speaker",
    "noun_forms",
    "quote_record",
    "wide_lexicon",
    "wide_rule",
]

#: The rules of the wider notion, the ``Quote.rule`` of what they find (docs/rules.md): "evidence" (a
#: verb of evidence: "the poll shows ..."), "appearance" ("the plan appears to work": no source), "raising"
#: ("the minister is expected to resign": no source, :mod:`quotekit.raising`), "hearsay" ("the FBI is
#: reportedly preparing ...": no source, :mod:`quotekit.hearsay`), "adjective" ("is confident that ...",
#: "critical of the plan": :mod:`quotekit.adjectives`),
#: "stance" ("plans to run", "supports the bill"), "belief" (a verb of cognition), "np-content" (a speech
#: verb's noun-phrase object or topic: "she explained the plan"), "nominal-cue" ("his claim that ..."),
#: "poll" ("In a Gallup poll, 60 percent backed the plan": :mod:`quotekit.nominal`).
WIDE_RULES = (
    "evidence",
    "appearance",
    "raising",
    "hearsay",
    "adjective",
    "stance",
    "belief",
    "np-content",
    "nominal-cue",
    "poll",
)
#: Patterns of cues that name no source: passive raising ("is expected to"), adverbs of hearsay.
_SOURCELESS = frozenset({RAISING_PATTERN, HEARSAY_PATTERN})

#: Whether ``attributions="all"`` looks for the nominal cues of :data:`~quotekit.lang.en.NOMINAL_CUES`
#: and polls' "in" phrases: on, for the nouns of speech whose sentence names a source
#: (:func:`quotekit.nominal.ships`; all of them, sourced or not, had precision 0.448 on PolNeAR train); the
#: speech nouns with a "that" clause (``lexicon.NOUN_CUES``) are found in both modes.
NOMINAL_CUES_ON = True

#: Which lexicon class each wider verb list goes to.
_WIDE_VERBS: tuple[tuple[frozenset[str], CueClass], ...] = (
    (EVIDENCE_VERBS, "evidence"),
    (STANCE_VERBS, "stance"),
    (WIDE_SPEECH_VERBS, "speech"),
    (WIDE_COGNITION_VERBS, "cognition"),
)


def wide_lexicon(base: Mapping[str, CueClass]) -> Mapping[str, CueClass]:
    """``base`` with the verbs of the wider notion; a lemma ``base`` has keeps its class, except a verb of
    cognition that is one of evidence ("the study found that ...").

    >>> from quotekit.lang.en import cue_lexicon
    >>> table = wide_lexicon(cue_lexicon())
    >>> table["show"], table["find"], table["plan"], table["say"]
    ('evidence', 'evidence', 'stance', 'speech')
    """
    table: dict[str, CueClass] = {}
    for verbs, cls in _WIDE_VERBS:
        table.update(dict.fromkeys(verbs, cls))
    table.update(
        {lemma: cls for lemma, cls in base.items() if not (cls == "cognition" and lemma in EVIDENCE_VERBS)}
    )
    return MappingProxyType(table)


def noun_forms() -> Mapping[str, str]:
    """The written forms of the nominal cues (singular and plural, lower case) -> their lemma, for the
    parse plan: a sentence with one is parsed.

    >>> noun_forms()["claims"], noun_forms()["criticism"]
    ('claim', 'criticism')
    """
    forms: dict[str, str] = {}
    shipped = [n for n, cls in NOMINAL_CUES.items() if cls in nominal.SHIPPED_CLASSES]
    for noun in [*shipped, *POLL_NOUNS]:
        plural = noun + "es" if noun.endswith(("s", "sh", "ch")) else noun + "s"
        forms.update({noun: noun, plural: noun})
    return MappingProxyType(forms)


# -- content patterns of the wider verbs ------------------------------------------------------------------


#: Verbs that are cues of their own after "appear to" ("appeared to suggest that ...").
_REPORTING_VERBS = SPEECH_VERBS | COGNITION_VERBS | WIDE_COGNITION_VERBS | EVIDENCE_VERBS


#: How the parser hangs the complement of a verb of appearance: xcomp, or obj when it misreads the adjective.
_PREDICATIVE_RELS = frozenset({"xcomp", "obj"})


def _content_of_appearance(parse: Parse, verb: Word) -> list[int]:
    """ "The plan appears to work", "Turnout seemed likely to fall": a verb of appearance says something
    of its subject; the content is the subject with the complement ("It seems that ..." is a clause:
    the complement pattern takes it). These verbs take no object: an "obj" is a misparsed predicative
    complement ("The economy seemed [immune] to the crisis"), completed by the phrases after it."""
    if verb.lemma not in APPEARANCE_VERBS:
        return []
    kids = parse.children[verb.i]
    subjects = [c for c in kids if is_subject(parse.words[c]) and not _is_expletive(parse.words[c])]
    complements = [c for c in kids if c > verb.i and _predicative(parse, c)]
    if not subjects or not complements or parse.words[complements[0]].lemma in _REPORTING_VERBS:
        return []  # "The senator appeared to suggest that ...": the cue is "suggest"
    comment = set(comment_clauses(parse, subjects[0]))
    subject = [k for k in parse.subtree(subjects[0]) if k not in comment]
    content = [*subject, *parse.subtree(complements[0])]
    return [*content, *trailing_complements(parse, verb, max(content))]


def _predicative(parse: Parse, c: int) -> bool:
    """Whether ``c``, after a verb of appearance, is its complement: an ``xcomp``, an ``obj`` (a misread
    adjective), a "to" infinitive hung as an adverbial clause ("seemed [to be shrinking]"), or a phrase of
    "like" ("seems [like a fair idea]")."""
    deprel = parse.words[c].deprel
    marks = {
        parse.words[g].lemma.lower() for g in parse.children[c] if parse.words[g].deprel in {"mark", "case"}
    }
    return (
        deprel in _PREDICATIVE_RELS
        or (deprel == "advcl" and "to" in marks)
        or (deprel == "obl" and "like" in marks)
    )


def _is_expletive(word: Word) -> bool:
    """The "it" of "It seems that ...", "It appears the vote was close": a verb of appearance's subject that
    names nobody (the parser makes it ``nsubj`` as often as ``expl``)."""
    return word.lemma.lower() == "it"


def _wide_infinitive(parse: Parse, verb: Word) -> list[int]:
    """ "The senator plans to run", "She refused to comment": the infinitive of a verb of intention."""
    if verb.lemma not in NONFINITE_CUES | WIDE_NONFINITE_CUES:
        return []
    return nonfinite_content(parse, verb)


def _wide_object(parse: Parse, verb: Word) -> list[int]:
    """ "She explained the plan", "The union supports the bill", "He wants a wall": the noun-phrase
    object of a verb of :data:`~quotekit.lang.en.WIDE_OBJECT_CUES` (PARC 3.0 noun-phrase content)."""
    if verb.lemma not in OBJECT_CUES | WIDE_OBJECT_CUES and not _evidence_of_record(parse, verb):
        return []
    content = object_content(parse, verb)
    return [*content, *_clause_of_object(parse, verb, content)] if content else []


def _evidence_of_record(parse: Parse, verb: Word) -> bool:
    """ "A survey by the bank found Kim with a lead", "One 2009 paper found gains in math": a verb of
    evidence whose subject is a record of findings (:data:`~quotekit.lang.en.RECORD_NOUNS`) reports its
    object ("The police found the car" does not)."""
    if verb.lemma not in EVIDENCE_VERBS:
        return False
    subjects = [parse.words[c] for c in parse.children[verb.i] if is_subject(parse.words[c])]
    return any(s.lemma.lower() in RECORD_NOUNS for s in subjects)


def _clause_of_object(parse: Parse, verb: Word, content: list[int]) -> list[int]:
    """ "Carson rejected the notion that the episode was over", "will support the party's efforts to ban
    assault weapons", "blamed the debt for keeping rates low": clauses right after the object that open
    with a word of :data:`~quotekit.lang.en.NOUN_COMPLEMENT_MARKS`, which the parser hung on the verb
    (advcl), complete the object noun."""
    out: list[int] = []
    end = max(content)
    for c in sorted(parse.children[verb.i]):
        clause = parse.subtree(c)
        if c <= end or parse.words[c].deprel != "advcl" or min(clause) != end + 1:
            continue
        first = parse.words[end + 1]
        if first.deprel != "mark" or first.lemma.lower() not in NOUN_COMPLEMENT_MARKS:
            break
        out.extend(clause)
        end = max(clause)
    return out


def _content_after_own_preposition(parse: Parse, verb: Word) -> list[int]:
    """ "He referred to the memo", "Voters voted for him", "She talked about the plan": the phrase of the
    preposition the verb selects (:data:`~quotekit.lang.en.WIDE_PREPOSITION_CUES`), without it; not a
    phrase of time ("She called on Friday")."""
    allowed = WIDE_PREPOSITION_CUES.get(verb.lemma)
    if allowed is None or not is_verb(verb):
        return []  # "rose 0.1 percentage point to 4.2 percent": a noun selects no content
    for c in parse.children[verb.i]:
        if c < verb.i or parse.words[c].deprel not in {"obl", "advcl", "nmod"} or is_time_phrase(parse, c):
            continue
        cases = [g for g in parse.children[c] if g < c and parse.words[g].deprel in {"case", "mark"}]
        if cases and parse.words[cases[0]].lemma.lower() in allowed:
            return [k for k in parse.subtree(c) if k not in cases]
    return _phrase_after_misread_to(parse, verb) if "to" in allowed else []


def _phrase_after_misread_to(parse: Parse, verb: Word) -> list[int]:
    """ "She referred to jihadism/VB", "pointed to previous/VB examples": the tagger read the preposition
    "to" right after the verb as an infinitive's marker and the word after it as a base verb (the parser
    then hangs it on the verb as a clause); a verb that selects "to" as a preposition takes a noun phrase
    there, so the words after "to" that the verb governs, up to the first punctuation or coordinator, are
    its phrase; not where a determiner or pronoun follows the "verb", its object ("to show the crowd")."""
    to = verb.i + 1
    sent = parse.sentences[verb.sent]
    if to + 1 >= sent.last or parse.words[to].text.lower() != "to":
        return []
    if parse.words[to + 1].xpos != "VB" or not is_ancestor(parse, verb.i, to + 1):
        return []
    if to + 2 < sent.last and parse.words[to + 2].upos in {"DET", "PRON"}:
        return []  # "pointed to show the crowd": an infinitive with its object, no misread
    out = []
    for k in range(to + 1, sent.last):
        word = parse.words[k]
        if word.upos in {"PUNCT", "CCONJ"} or not is_ancestor(parse, verb.i, k):
            break
        out.append(k)
    return out


#: The verbs only the wider notion has: their content is a complement of theirs, never a textual fallback.
_WIDE_ONLY = (EVIDENCE_VERBS | STANCE_VERBS | WIDE_SPEECH_VERBS | WIDE_COGNITION_VERBS) - (
    SPEECH_VERBS | COGNITION_VERBS
)
#: The patterns that read a verb's own complements (the rest are fallbacks for misparsed speech).
_COMPLEMENT_PATTERNS = frozenset({"complement", "infinitive", "object", "topic"})


def _for_speech_only(finder: Callable[[Parse, Word], list[int]]) -> Callable[[Parse, Word], list[int]]:
    """``finder``, tried for the verbs of reported speech only ("She plans trips every summer" has no
    content by a fallback)."""

    def finder_for_speech(parse: Parse, verb: Word) -> list[int]:
        if verb.lemma in _WIDE_ONLY and not that_follows(parse, verb):
            return []
        return finder(parse, verb)

    return finder_for_speech


def _for_topics(finder: Callable[[Parse, Word], list[int]]) -> Callable[[Parse, Word], list[int]]:
    """``finder``, for the verbs that may speak about a topic: a verb of appearance has none ("Appearing on
    CNN, Ellis said ...", "Her name appears on the list": a place)."""

    def for_topics(parse: Parse, verb: Word) -> list[int]:
        return [] if verb.lemma in APPEARANCE_VERBS else finder(parse, verb)

    return for_topics


def _completed(finder: Callable[[Parse, Word], list[int]]) -> Callable[[Parse, Word], list[int]]:
    """``finder``, whose phrase takes the complements the parser hung on the verb after it: "asked about
    his relationship [with a supplement maker]", "talked about renewed fears [of terrorism]"."""

    def completed(parse: Parse, verb: Word) -> list[int]:
        content = finder(parse, verb)
        if not content:
            return content
        content = [*content, *_clause_of_object(parse, verb, content)]
        return [*content, *trailing_complements(parse, verb, max(content))]

    return completed


def _widened(patterns: Sequence[ContentPattern]) -> tuple[ContentPattern, ...]:
    """The content patterns of reported speech, with the wider verbs' versions of "infinitive" and
    "object", appearance first and the selected preposition before the topic; the fallbacks for misparsed
    speech only for speech verbs."""
    replaced = {"infinitive": _wide_infinitive, "object": _wide_object}
    out: list[ContentPattern] = [("appearance", _content_of_appearance)]
    for name, finder in patterns:
        if name == "topic":
            out.append((SELECTED_PREPOSITION_PATTERN, _completed(_content_after_own_preposition)))
            finder = _completed(_for_topics(finder))
        wide = replaced.get(name, finder if name in _COMPLEMENT_PATTERNS else _for_speech_only(finder))
        out.append((name, wide))
    out.append(("mistagged-infinitive", infinitive_after_noun_verb))  # "The senator plans/NNS to run"
    return tuple(out)


#: The content patterns of a cue in the wider notion, in the order they are tried.
WIDE_CONTENT_PATTERNS: tuple[ContentPattern, ...] = _widened(CONTENT_PATTERNS)


# -- nominal cues -----------------------------------------------------------------------------------------


def add_nominal_cues(parse: Parse, quotes: Sequence[QuoteSpan], found: Sequence[CueMatch]) -> list[CueMatch]:
    """``found`` with the nominal cues (:func:`quotekit.nominal.nominal_cue`) outside quotation marks that
    are no cue yet and that ship (:func:`quotekit.nominal.ships`: a class that ships, and a source in the
    sentence), in text order."""
    heads = {cue.head for cue in found}
    out = list(found)
    for word in parse.words:
        if word.i in heads or word.lemma.lower() not in NOMINAL_CUES or speakers.is_quoted(word, quotes):
            continue
        match = nominal.nominal_cue(parse, word)
        if match is not None and nominal.ships(parse, word, match.cls):
            out.append(match)
    return sorted(out, key=lambda m: m.head)


def drop_nested(parse: Parse, cues: Sequence[CueMatch]) -> list[CueMatch]:
    """The cues without the attributions of the wider notion that lie inside another cue's content ("Stein
    said [she plans to join the protest]"): PolNeAR annotates the outer attribution, and a stance or belief
    inside reported speech is part of what was said."""
    spans = [(f, k) for k, cue in enumerate(cues) for f in cue.content]
    out = []
    for k, cue in enumerate(cues):
        start = parse.words[cue.head].start
        inside = any(lo <= start < hi and j != k for (lo, hi), j in spans)
        if not (inside and wide_rule(cue) is not None):
            out.append(cue)
    return out


# -- speakers and records ---------------------------------------------------------------------------------


def find_speaker(parse: Parse, cue: CueMatch, quoted: Sequence[QuoteSpan] = ()) -> speakers.Mention | None:
    """The source of a cue of either notion: none for a verb of appearance ("the plan appears to work"
    says who thinks so nowhere), :func:`quotekit.nominal.source_of_noun` for a nominal cue, else the
    speaker stages' (:func:`quotekit.speakers.find_speaker`)."""
    noun = parse.words[cue.head]
    if cue.pattern == nominal.NOMINAL_PATTERN:
        return _unquoted(nominal.source_of_noun(parse, noun), parse, quoted)
    if cue.pattern == nominal.POLL_PATTERN:
        return _unquoted(nominal.poll_source(parse, cue), parse, quoted)
    if (cue.lemma in APPEARANCE_VERBS and cue.pattern == "appearance") or cue.pattern in _SOURCELESS:
        return None
    if cue.cls == "cognition" and cue.pattern != ADJECTIVE_PATTERN and is_passive_belief(parse, noun):
        return None
    found = speakers.find_speaker(parse, cue, quoted)
    expletive = cue.lemma in APPEARANCE_VERBS or cue.pattern == ADJECTIVE_PATTERN
    if found is not None and expletive and _is_expletive(parse.words[found.head]):
        return None  # "It seems that ...", "It is unclear whether ...": an expletive subject names nobody
    if found is None and noun.upos == "NOUN":  # "a warning from the bank that ...": a speech noun's source
        return _unquoted(nominal.source_of_noun(parse, noun), parse, quoted)
    return found


def _unquoted(
    mention: speakers.Mention | None, parse: Parse, quoted: Sequence[QuoteSpan]
) -> speakers.Mention | None:
    """``mention``, unless it lies inside a quotation."""
    if mention is None or speakers.is_quoted(parse.words[mention.head], quoted):
        return None
    return mention


def wide_rule(cue: CueMatch) -> str | None:
    """The rule of the wider notion that found ``cue`` (one of :data:`WIDE_RULES`), or None for reported
    speech, whose ``Quote.rule`` stays the speaker rule."""
    if cue.pattern == nominal.NOMINAL_PATTERN:
        return "nominal-cue"
    if cue.pattern == nominal.POLL_PATTERN:
        return "poll"
    if cue.pattern in {"appearance", ADJECTIVE_PATTERN, *_SOURCELESS}:
        return cue.pattern
    if cue.cls == "evidence":
        return "evidence"
    if cue.cls == "stance":
        return "stance"
    if cue.cls == "cognition":
        return "belief"
    if cue.cls == "speech" and (
        cue.lemma in WIDE_SPEECH_VERBS
        or (cue.pattern == "object" and cue.lemma not in OBJECT_CUES)
        or cue.pattern == "preposition"
    ):
        return "np-content"
    return None


def quote_record(
    parsed: Parse, cue: CueMatch, speaker: Speaker | None, mention: speakers.Mention | None
) -> Quote:
    """The Quote of a cue (:func:`quotekit.assemble.quote_record`); an attribution of the wider notion
    has the wider rule as its ``rule`` and that rule's confidence."""
    record = assemble.quote_record(parsed, cue, speaker, mention)
    rule = wide_rule(cue)
    if rule is None:
        return record
    return attrs.evolve(record, rule=rule, confidence=confidence(rule))
