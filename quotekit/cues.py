"""The cue stage: reporting cues and the content each one governs.

Requires: a :class:`~quotekit.document.Parse` and the quotation-mark spans. Provides :class:`CueMatch`
records, each with its cue words, class, and content fragments (the clause for indirect speech, found by
:mod:`quotekit.content`); the direct quotes are given to their cues afterwards (:mod:`quotekit.link`).

A cue is a word of the cue lexicon outside quotation marks, found by its lemma or by its written form
(:class:`CueForms`: a weak lemmatizer's "conced" for "conceded" still finds "concede"), that stands where
a verb does; "according to"; or a punctuation cue (:mod:`quotekit.marks`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import attrs
import regex

from quotekit.according import according_to_content, is_according_to
from quotekit.content import ContentPattern, content_of_verb, fragments, question_content, topic_content
from quotekit.document import Parse, Word
from quotekit.frames import as_clause_verbs, frame_verbs, put_it_end
from quotekit.lang.en import (
    AGENT_RELS,
    CLAUSE_RELS,
    DISCOURSE_MARKERS,
    NOUN_CLAUSE_RELS,
    NOUN_CUES,
    PARTICLE_VERBS,
    PASSIVE_SUBJECT_RELS,
    QUESTION_CUES,
    RAISING_RELS,
    SOURCE_PHRASES,
    VERB_GROUP_RELS,
    verb_forms,
)
from quotekit.marks import MarkCue, find_mark_cues, label_can_speak
from quotekit.mistagged import is_prenominal_participle, looks_like_verb, stands_as_verb
from quotekit.model import CueClass, QuoteKind
from quotekit.parse.build import FULL
from quotekit.rules import CueForm
from quotekit.spans import QuoteSpan
from quotekit.syntax import Fragment, is_subject
from quotekit.text import WORD_RUN

__all__ = [
    "SELECTED_PREPOSITION_PATTERN",
    "CueForms",
    "CueMatch",
    "find_cues",
    "in_discourse_marker",
    "looks_like_verb",
    "stands_as_verb",
]

#: ``CueMatch.pattern`` of a content after a preposition its cue selects ("pointed to the polls", "referred
#: to the memo"; the wider notion's :data:`~quotekit.lang.en.WIDE_PREPOSITION_CUES`): such a verb reports
#: with that preposition even where it otherwise needs a particle (:data:`~quotekit.lang.en.PARTICLE_VERBS`).
SELECTED_PREPOSITION_PATTERN = "preposition"

_WORD = regex.compile(r"\w")


@attrs.frozen
class CueMatch:
    """A reporting cue with what it governs.

    ``words`` are the cue's word indices (the verb with its auxiliaries and particle, or "according to");
    ``head`` is the verb (for "according to X", the word "according"); ``content`` the content fragments as
    character ranges; ``pattern`` the rule that found the content.
    """

    head: int
    words: tuple[int, ...]
    lemma: str
    cls: CueClass
    content: tuple[Fragment, ...]
    pattern: str
    quotes: tuple[QuoteSpan, ...] = ()
    source: Fragment | None = None  # the speaker's words, for punctuation cues (:class:`MarkCue`)
    form: CueForm = CueForm.VERB  # what the cue is made of: the later stages branch on this

    def kind(self, text: str) -> QuoteKind:
        """``direct`` when every word of the content is inside quotation marks, ``mixed`` when only some
        are, ``indirect`` when none are."""
        if not self.quotes:
            return "indirect"
        return "mixed" if has_unquoted_words(text, self.content, self.quotes) else "direct"


def find_cues(parse: Parse, quotes: Sequence[QuoteSpan], forms: CueForms) -> list[CueMatch]:
    """Every reporting cue outside quotation marks whose class is wanted (``forms``), with its parse-based
    content, in text order. A word is a cue by its lemma or, when a weak lemmatizer missed it ("conceded"
    -> "conced"), by its written form; the cue reports the lexicon's lemma."""
    wanted = forms.wanted
    inside = _inside_quotes(parse, quotes)
    out: list[CueMatch] = []
    for word in parse.words:
        if word.i in inside or parse.sentences[word.sent].depth < FULL:
            continue
        match = _according_to(parse, word) if "source" in wanted else None
        lemma = forms.lemma(word)
        if match is None and lemma is not None and not in_discourse_marker(parse, word):
            cue_word = attrs.evolve(word, lemma=lemma)
            match = _verb_cue(parse, cue_word, forms.lexicon[lemma], forms.patterns) or _noun_cue(
                parse, cue_word, forms.lexicon[lemma]
            )
        if match is not None:
            out.append(match)
    if "speech" in wanted and parse.words:
        taken = {m.head for m in out}
        out.extend(_frame_cue(parse, i) for i in frame_verbs(parse, quotes) if i not in taken)
        out.extend(_as_clause_cue(parse, i) for i in as_clause_verbs(parse) if i not in taken)
        first, last = parse.words[0].start, parse.words[-1].end
        marks = find_mark_cues(parse.text, quotes, first, last)
        out.extend(m for m in (mark_cue(parse, mark) for mark in marks) if m is not None)
    return sorted(out, key=lambda m: m.head)


def in_discourse_marker(parse: Parse, word: Word) -> bool:
    """Whether ``word`` is part of a fixed phrase of :data:`~quotekit.lang.en.DISCOURSE_MARKERS`: "That
    said, ...", "having said that", "needless to say", "all told,". A cue form there reports nothing,
    and no word of it is a speaker."""
    sentence = parse.sentences[word.sent]
    lower = word.text.lower()
    for marker in DISCOURSE_MARKERS:
        for k, item in enumerate(marker):
            if item != lower:
                continue
            first = word.i - k
            if first < sentence.first or first + len(marker) > sentence.last:
                continue
            if all(parse.words[first + j].text.lower() == m for j, m in enumerate(marker)):
                return True
    return False


def mark_cue(parse: Parse, mark: MarkCue) -> CueMatch | None:
    """The cue of a punctuation mark, when its sentence was analysed and its source can speak (a label's:
    :func:`~quotekit.marks.label_can_speak`)."""
    i = parse.word_at(mark.mark)
    if i >= len(parse.words) or parse.words[i].start != mark.mark:
        return None
    if parse.sentences[parse.words[i].sent].depth < FULL:
        return None
    if mark.kind == "label" and not label_can_speak(
        parse.words_between(*mark.source), mark.capitals, parse.words, named=mark.mark > mark.source[1]
    ):
        return None
    form = CueForm.LABEL if mark.kind == "label" else CueForm.DASH
    return CueMatch(
        i, (i,), parse.words[i].text, "speech", (mark.content,), mark.kind, source=mark.source, form=form
    )


def _frame_cue(parse: Parse, i: int) -> CueMatch:
    """ "“...,” Pine fumed": the verb of a quotation's frame (:mod:`quotekit.frames`), a speech cue whose
    content is the quotation it frames (given by :mod:`quotekit.link`) and nothing else."""
    word = parse.words[i]
    return CueMatch(i, _cue_words(parse, word), word.lemma, "speech", (), "quote-frame", form=CueForm.FRAME)


def _as_clause_cue(parse: Parse, i: int) -> CueMatch:
    """ "As Ann Roe put it, the court has spoken": "put it" (:func:`~quotekit.frames.as_clause_speaker`)
    reports the rest of its sentence after the comma or colon (or the quotation there, given by
    :mod:`quotekit.link`)."""
    sent = parse.sentences[parse.words[i].sent]
    end = put_it_end(parse, parse.words[i])
    start = i + 3 if end is None else end + 1
    rest = [k for k in range(start, sent.last) if not (k == sent.last - 1 and parse.words[k].upos == "PUNCT")]
    words = (i, i + 1)
    return CueMatch(i, words, "put", "speech", fragments(parse, rest), "as-clause", form=CueForm.AS_CLAUSE)


def _inside_quotes(parse: Parse, quotes: Sequence[QuoteSpan]) -> frozenset[int]:
    """Word indices that lie inside a quotation (their cues belong to the quoted speaker)."""
    inside: set[int] = set()
    for quote in quotes:
        for start, end in quote.parts:
            inside.update(w.i for w in parse.words_between(start, end))
    return frozenset(inside)


def _verb_cue(
    parse: Parse, word: Word, cls: CueClass, patterns: Sequence[ContentPattern] | None = None
) -> CueMatch | None:
    """A reporting verb; rejected when it cannot report ("the so-called plan", "Trump is said to be"), or
    when it is a participle before the noun it modifies, an adjective ("the disputed sea", "a promised
    review"). ``patterns``: the content patterns to try (default
    :data:`~quotekit.content.CONTENT_PATTERNS`)."""
    if (
        not stands_as_verb(parse, word)
        or _is_raising_passive(parse, word)
        or is_prenominal_participle(parse, word)
    ):
        return None
    content, pattern = content_of_verb(parse, word, patterns)
    if (
        word.lemma in PARTICLE_VERBS
        and pattern != SELECTED_PREPOSITION_PATTERN
        and not _has_particle(parse, word, PARTICLE_VERBS[word.lemma])
    ):
        return None  # "pointed out that ..." reports, "pointed to the polls" in the wider notion

    return CueMatch(word.i, _cue_words(parse, word), word.lemma, cls, content, pattern)


def _noun_cue(parse: Parse, word: Word, cls: CueClass) -> CueMatch | None:
    """ "the claim that the vote was rigged", "a report that the firm paid no tax": a noun of
    :data:`~quotekit.lang.en.NOUN_CUES` with a complement clause ("that" and a subject of its own; a
    relative clause, "the claim that he made", has no such "that")."""
    if word.upos != "NOUN" or word.lemma not in NOUN_CUES:
        return None
    for c in parse.children[word.i]:
        if c > word.i and parse.words[c].deprel in NOUN_CLAUSE_RELS and _is_that_clause(parse, c):
            content = fragments(parse, parse.subtree(c))
            return CueMatch(word.i, (word.i,), word.lemma, cls, content, "noun-complement", form=CueForm.NOUN)
    return None


def _is_that_clause(parse: Parse, c: int) -> bool:
    """Whether the clause headed by ``c`` is a "that" complement with its own subject: "that" as its marker,
    or "that" read as a relative pronoun in a clause that already fills that pronoun's role ("the claim
    [that] [there] have been ...": two subjects; "a report [that] Trump had [a loss]": two objects)."""
    kids = [parse.words[g] for g in parse.children[c]]
    if not any(is_subject(k) and k.lemma.lower() != "that" for k in kids):
        return False
    for k in kids:
        if k.lemma.lower() != "that" or k.i > min(parse.subtree(c)) + 1:
            continue
        if k.deprel == "mark" or any(o.deprel == k.deprel and o.i != k.i for o in kids):
            return True
    return False


def _is_raising_passive(parse: Parse, word: Word) -> bool:
    """ "Trump is said to be furious": a passive reporting verb with an infinitive, no agent; not a passive
    that reports a question or its topic ("She was asked if ...": :func:`~quotekit.content.question_content`;
    "She was asked about the emails")."""
    rels = {parse.words[c].deprel for c in parse.children[word.i]}
    passive = bool(rels & PASSIVE_SUBJECT_RELS) and bool(rels & RAISING_RELS)
    if not passive or rels & AGENT_RELS or rels & CLAUSE_RELS or question_content(parse, word):
        return False
    return not (word.lemma in QUESTION_CUES and topic_content(parse, word))


def _has_particle(parse: Parse, word: Word, particle: str) -> bool:
    return any(parse.words[c].lemma == particle for c in parse.children[word.i])


def _cue_words(parse: Parse, word: Word) -> tuple[int, ...]:
    """The verb with its auxiliaries and particle: "has said", "pointed out"."""
    extra = [
        c for c in parse.children[word.i] if parse.words[c].deprel in VERB_GROUP_RELS and abs(c - word.i) <= 3
    ]
    return tuple(sorted([word.i, *extra]))


def _according_to(parse: Parse, word: Word) -> CueMatch | None:
    """ "According to X, Y": the cue is "according to", its object X the source, Y the content
    (:func:`quotekit.according.according_to_content`)."""
    if not is_according_to(parse.words, word.i):
        return None
    content = fragments(parse, according_to_content(parse, word))
    return CueMatch(
        word.i,
        (word.i, word.i + 1),
        SOURCE_PHRASES[0],
        "source",
        content,
        "according-to",
        form=CueForm.ACCORDING_TO,
    )


class CueForms:
    """The written forms of the wanted cues, built once per lexicon and cue classes: every inflection of
    each wanted verb (:func:`~quotekit.lang.en.verb_forms`) mapped to its lemma, "according" when the
    *source* class is wanted; :meth:`find` finds them in raw text.

    The wider notion of attribution (:mod:`quotekit.wide`) gives its verbs' content ``patterns`` and the
    written forms of its nominal cues (``nouns``: form -> lemma) and of the words that are cues by their
    form (``words``: adverbs of hearsay, adjectives of belief and stance), which the parse plan looks for."""

    def __init__(
        self,
        lexicon: Mapping[str, CueClass],
        classes: Iterable[str],
        patterns: Sequence[ContentPattern] | None = None,
        nouns: Mapping[str, str] | None = None,
        words: Iterable[str] = (),
    ) -> None:
        self.lexicon = lexicon
        self.wanted = frozenset(classes)
        self.patterns = patterns
        self.nouns: Mapping[str, str] = nouns or {}
        self.word_cues = frozenset(words)
        self.lemma_of: dict[str, str] = {}
        for lemma, cls in lexicon.items():
            if cls in self.wanted:
                self.lemma_of.update(dict.fromkeys(verb_forms(lemma), lemma))
        according = ["according"] if "source" in self.wanted else []
        self.words = frozenset({*self.lemma_of, *self.nouns, *self.word_cues, *according})

    def lemma(self, word: Word) -> str | None:
        """The lexicon lemma of a wanted cue that ``word`` is, by its lemma or else its form; or None."""
        if self.lexicon.get(word.lemma) in self.wanted:
            return word.lemma
        return self.lemma_of.get(word.text.lower())

    def find(self, text: str, start: int, end: int) -> list[int]:
        """The offsets of the cue forms in ``text[start:end]``."""
        words = self.words
        return [m.start() for m in WORD_RUN.finditer(text, start, end) if m.group().lower() in words]


def has_unquoted_words(text: str, content: Sequence[Fragment], quotes: Sequence[QuoteSpan]) -> bool:
    for start, end in content:
        pos = start
        for quote in sorted(quotes, key=lambda q: q.start):
            if quote.end <= pos or quote.start >= end:
                continue
            if _WORD.search(text, pos, max(pos, quote.start)):
                return True
            pos = max(pos, quote.end)
        if _WORD.search(text, pos, max(pos, end)):
            return True
    return False
