"""Adjectives of belief and stance, attributions of the wider notion (``Extractor(attributions="all")``).

"The senator is confident that the bill will pass", "Voters are eager to move on", "Ruiz was critical of the
plan": an adjective of :data:`~quotekit.lang.en.ADJECTIVE_CUES` that a predicate makes of its subject
says what the subject believes or wants, as the verbs it derives from do ("believes that", "wants to",
"criticizes"; PARC 3.0 and PolNeAR annotate the adjective as the cue, its complement as the content and the
subject as the source). The content is the complement the adjective selects: a content clause, an
infinitive, or the phrase of one of its prepositions, without the preposition (Huddleston & Pullum 2002,
ch. 7, §13: complements of adjectives).

The adjective must be predicative: after a copula ("is", "was", "became" as ``cop``), an auxiliary (a
participle the tagger read as a verb: "are opposed to"), or the complement of a verb of being or becoming
("remained skeptical of", "grew frustrated with"). An adjective inside a noun phrase ("a critical
vote") says nothing of a subject; an adjective inside quotation marks is the quotation's. "Make" turns an
adjective of :data:`~quotekit.lang.en.MAKE_PREDICATES` into a verb of saying ("Emanuel made clear that he
would stay": the cue "made clear", its subject the source); with an extraposing "it" ("It is unclear
whether ...") :func:`quotekit.wide.find_speaker` names nobody.

Requires: the cues found so far (:func:`quotekit.cues.find_cues`). Provides the adjective cues
(:func:`add_adjective_cues`), whose ``CueMatch.pattern`` is :data:`ADJECTIVE_PATTERN`, and
:data:`ADJECTIVES`, the written forms the parse plan looks for.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotekit.content import fragments
from quotekit.cues import CueMatch
from quotekit.document import Parse, Word
from quotekit.lang.en import ADJECTIVE_CUES, BECOMING_VERBS, MAKE_PREDICATES
from quotekit.parse.build import FULL
from quotekit.spans import QuoteSpan
from quotekit.speakers import is_quoted
from quotekit.syntax import is_subject

__all__ = ["ADJECTIVES", "ADJECTIVE_PATTERN", "add_adjective_cues", "adjective_content"]

#: The written forms the parse plan looks for (:class:`quotekit.cues.CueForms`).
ADJECTIVES = frozenset(ADJECTIVE_CUES) | MAKE_PREDICATES
#: What "made clear" reports: a content clause ("that ...") or a question ("whether ...").
_MADE_COMPLEMENTS = frozenset({"that", "whether", "if"})
#: ``CueMatch.pattern`` (and the wider rule) of an adjective of belief or stance.
ADJECTIVE_PATTERN = "adjective"
#: Parts of speech of such an adjective: an adjective, a participle the tagger read as a verb, or an
#: adjective it read as a noun ("remained skeptical/NN of").
_ADJECTIVE_UPOS = frozenset({"ADJ", "VERB", "NOUN"})
#: Relations of a predicative adjective to a verb of being or becoming ("remained [skeptical]"), the
#: parser's ``obj`` where the tagger read the adjective as a noun.
_BECOMING_RELS = frozenset({"xcomp", "obj"})
#: Relations of the word that makes the adjective a predicate: a copula or an auxiliary.
_PREDICATE_RELS = frozenset({"cop", "aux", "aux:pass"})
#: Relations of the adjective's complement: a clause, an infinitive, or a phrase of its preposition (the
#: parser's ``advcl`` for a clause and ``obl`` for a phrase as often as UD's ``ccomp`` and ``obl:arg``).
_COMPLEMENT_RELS = frozenset({"ccomp", "csubj", "xcomp", "advcl", "obl", "obl:arg", "nmod"})


def add_adjective_cues(
    parse: Parse, quotes: Sequence[QuoteSpan], found: Sequence[CueMatch]
) -> list[CueMatch]:
    """``found`` with a cue for each predicative adjective of belief or stance outside quotation marks, in
    the fully parsed sentences, that is no cue of ``found`` and has the complement it selects."""
    heads = {cue.head for cue in found}
    out = list(found)
    for word in parse.words:
        lemma = word.text.lower()
        if lemma not in ADJECTIVES or word.upos not in _ADJECTIVE_UPOS or word.i in heads:
            continue
        if parse.sentences[word.sent].depth < FULL or is_quoted(word, quotes):
            continue
        make = _make(parse, word)
        if make is None and (lemma not in ADJECTIVE_CUES or not _predicative(parse, word)):
            continue
        content = fragments(parse, adjective_content(parse, word))
        if not content:
            continue
        if make is not None:  # "Emanuel made clear that ...": "make clear" says it, its subject the source
            out.append(CueMatch(make, (make, word.i), f"make {lemma}", "speech", content, ADJECTIVE_PATTERN))
        else:
            out.append(
                CueMatch(word.i, (word.i,), lemma, ADJECTIVE_CUES[lemma][0], content, ADJECTIVE_PATTERN)
            )
    return sorted(out, key=lambda m: m.head)


def _make(parse: Parse, word: Word) -> int | None:
    """The verb "make" that ``word`` of :data:`~quotekit.lang.en.MAKE_PREDICATES` is the predicative
    complement of ("made [clear] that ...", "made it [plain]"), or None."""
    if word.text.lower() not in MAKE_PREDICATES or word.head < 0 or word.deprel not in _BECOMING_RELS:
        return None
    return word.head if parse.words[word.head].lemma.lower() == "make" else None


def _predicative(parse: Parse, word: Word) -> bool:
    """Whether ``word`` is a predicate of its subject: it has a copula or an auxiliary, or it is the
    complement of a verb of being or becoming ("remained skeptical")."""
    if any(parse.words[c].deprel in _PREDICATE_RELS for c in parse.children[word.i]):
        return True
    head = parse.words[word.head] if word.head >= 0 else None
    return head is not None and word.deprel in _BECOMING_RELS and head.lemma.lower() in BECOMING_VERBS


def adjective_content(parse: Parse, adjective: Word) -> list[int]:
    """The complement ``adjective`` selects, after it: a content clause ("confident [that it will pass]"),
    an infinitive ("eager [to run]"), or the phrase of one of its prepositions, without the preposition
    ("critical of [the plan]", "opposed to [the tax]"); nothing when it has none."""
    lemma = adjective.text.lower()
    allowed = ADJECTIVE_CUES[lemma][1] if lemma in ADJECTIVE_CUES else _MADE_COMPLEMENTS
    for c in [*parse.children[adjective.i], *_hung_on_verb(parse, adjective)]:
        word = parse.words[c]
        if c < adjective.i or word.deprel not in _COMPLEMENT_RELS:
            continue
        opener = [g for g in parse.children[c] if parse.words[g].deprel in {"mark", "case"} and g < c]
        first = parse.words[opener[0]] if opener else None
        if first is None:  # "confident the bill will pass": a content clause with no "that"
            if "that" in allowed and word.deprel == "ccomp" and _has_subject(parse, c):
                return parse.subtree(c)
            continue
        if first.text.lower() not in allowed:
            continue
        if first.deprel == "case":  # "critical [of] the plan": the phrase without its preposition
            return [k for k in parse.subtree(c) if k != first.i]
        return parse.subtree(c)  # "that it will pass", "to run"
    return []


def _hung_on_verb(parse: Parse, adjective: Word) -> list[int]:
    """ "remained skeptical [of the deal]" with the phrase hung on "remained" (a misparse: the adjective's
    complement right after it), "made clear [that ...]" with the clause on "made": the verb's dependents
    that start right after the adjective."""
    if adjective.head < 0 or adjective.deprel not in _BECOMING_RELS:
        return []
    after = max(parse.subtree(adjective.i)) + 1
    return [c for c in parse.children[adjective.head] if min(parse.subtree(c)) == after]


def _has_subject(parse: Parse, c: int) -> bool:
    return any(is_subject(parse.words[g]) for g in parse.children[c])
