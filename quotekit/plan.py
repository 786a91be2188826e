"""The parse plan: which sentences stanza must tag and parse for attribution, decided on the raw text.

Requires: the caller's text, its quotation spans and the wanted cue forms. Provides a
:class:`~quotekit.parse.SentencePlan` for :func:`quotekit.parse.parse_pieces`.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

import attrs
import regex

from quotekit.according import is_according_to
from quotekit.colons import colon_marks
from quotekit.cues import CueForms
from quotekit.document import Word
from quotekit.frames import AS_CLAUSE, FRAME_SUBJECT_WORDS, frame_starts
from quotekit.lang.en import DOCUMENT_VERB_FORMS, ROLE_NOUNS, TITLES
from quotekit.marks import find_mark_cues
from quotekit.mistagged import looks_like_verb
from quotekit.spans import QuoteSpan
from quotekit.text import count_words

__all__ = ["SHORT_QUOTE_WORDS", "CuePlan", "introduces_entity", "is_short_quote", "may_introduce_entity"]

#: On the raw text, a possible introduction of a named entity: two capitalised words in a row ("Maria
#: Lopez", "New York Times", "Sen. Roe"), the registry's (:mod:`quotekit.entities`) trigger to tag a sentence.
_CAPITALISED_PAIR = regex.compile(r"\b\p{Lu}[\p{L}'\u2019.\-]*\s+\p{Lu}[\p{L}'\u2019\-]")

#: Quotations of fewer words than this may be scare quotes or titles, told apart by their tags (a verb).
SHORT_QUOTE_WORDS = 4


class CuePlan:
    """The :class:`~quotekit.parse.SentencePlan` of attribution: which sentences stanza must tag and parse.

    A sentence is tagged (POS) when a word outside quotation marks is a written form of a wanted cue
    (:class:`CueForms`), when a short quotation starts in it (tags tell a quote from a scare-quoted
    term), or when it holds a punctuation cue (:func:`find_mark_cues`); all three are found on the raw
    text before stanza runs. A tagged sentence is fully analysed (lemmas, dependency parse, NER) when
    :func:`find_cues` could find a cue in it: a wanted verb form tagged as a verb, "according to", or a
    punctuation cue. Every other sentence is only tokenized: it can neither hold nor attribute a quote.

    With ``entities`` (the default), a sentence that introduces a named entity (:func:`introduces_entity`:
    a title, role noun or apposition next to a proper name, or a name of several words) is analysed too,
    wherever it is, so that the entity registry knows every full name, role and affiliation.
    """

    def __init__(
        self,
        forms: CueForms,
        text: str,
        quotes: Sequence[QuoteSpan],
        start: int = 0,
        end: int | None = None,
        *,
        entities: bool = True,
    ) -> None:
        stop = len(text) if end is None else end
        self.forms = forms
        self.text = text
        self.entities = entities
        self.quoted = sorted(part for quote in quotes for part in quote.parts)
        marks = find_mark_cues(text, quotes, start, stop) if "speech" in forms.wanted else []
        self.marks = frozenset(m.mark for m in marks)
        inside = [q for q in quotes if q.start >= start and q.end <= stop]
        self.frames = frozenset(frame_starts(text, inside) if "speech" in forms.wanted else ())
        self.colons = (
            frozenset(at for at, _ in colon_marks(text, inside)) if "speech" in forms.wanted else frozenset()
        )
        triggers = [offset for offset in forms.find(text, start, stop) if not self._quoted(offset)]
        triggers += [q.start for q in quotes if q.depth == 0 and is_short_quote(text, q)]
        # a longer quotation inside a sentence may be its host clause's (quotekit.hosts)
        self.hosted = (
            frozenset(q.start for q in inside if q.depth == 0 and q.closed and not is_short_quote(text, q))
            if "speech" in forms.wanted
            else frozenset()
        )
        puts = (
            [m.end() - 1 for m in AS_CLAUSE.finditer(text, start, stop)] if "speech" in forms.wanted else []
        )
        self.triggers = sorted([*triggers, *self.marks, *self.frames, *self.colons, *puts])

    def _quoted(self, start: int) -> bool:
        k = bisect.bisect_right(self.quoted, (start, 1 << 62)) - 1
        return k >= 0 and self.quoted[k][0] <= start < self.quoted[k][1]

    def wants_tags(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.triggers, start)
        if k < len(self.triggers) and self.triggers[k] < end:
            return True
        if any(start < q < end for q in self.hosted):  # a longer quotation inside, not opening, the sentence
            return True
        return self.entities and may_introduce_entity(self.text, start, end)

    def wants_parse(self, words: Sequence[Word]) -> bool:
        if self._has_cue(words):
            return True
        return self.entities and introduces_entity(words)

    def _has_cue(self, words: Sequence[Word]) -> bool:
        lemma_of, wanted, nouns = self.forms.lemma_of, self.forms.wanted, self.forms.nouns
        for k, word in enumerate(words):
            if word.start in self.marks or (word.start in self.frames and _verb_follows(words, k, lemma_of)):
                return True
            if word.start in self.colons and any(w.upos in {"VERB", "AUX"} for w in words[:k]):
                return True  # "The minister interjected: “...”" (quotekit.colons)
            if "speech" in wanted and word.text.lower() in {"put", "puts"} and _it_follows(words, k):
                return True
            if word.start in self.hosted and _subject_and_verb(words[:k]):
                return True  # "The ad targets a “corrupt political system ...”" (quotekit.hosts)
            if self._quoted(word.start):
                continue
            if "source" in wanted and is_according_to(words, k):
                return True
            lemma = lemma_of.get(word.text.lower())
            if nouns and word.upos == "NOUN" and word.text.lower() in nouns:  # a nominal cue (quotekit.wide)
                return True
            if word.text.lower() in self.forms.word_cues:  # "reportedly", "is confident that"
                return True
            before = words[k - 1] if k else None
            if lemma is not None and looks_like_verb(attrs.evolve(word, lemma=lemma), before):
                return True
        return False


def _verb_follows(words: Sequence[Word], k: int, lemma_of: Mapping[str, str]) -> bool:
    """Whether a verb is tagged among the first words from ``words[k]``: a quotation's frame may start
    there ("“...,” Pine fumed", :mod:`quotekit.frames`); or a form of a cue or of "read" the tagger took
    for a noun ("“...,” the lawsuit says/NOUN", which :mod:`quotekit.parse.framing` mends)."""
    return any(
        w.upos == "VERB"
        or (w.upos == "NOUN" and (w.text.lower() in lemma_of or w.text.lower() in DOCUMENT_VERB_FORMS))
        for w in words[k : k + FRAME_SUBJECT_WORDS + 1]
    )


def _subject_and_verb(words: Sequence[Word]) -> bool:
    """Whether ``words`` (a sentence's, before a quotation) hold a noun or pronoun and then a verb: a
    clause that may host the quotation."""
    nouns = [k for k, w in enumerate(words) if w.upos in {"NOUN", "PROPN", "PRON"}]
    return bool(nouns) and any(w.upos == "VERB" for w in words[nouns[0] + 1 :])


def _it_follows(words: Sequence[Word], k: int) -> bool:
    """ "put it,": an "as X put it" frame may be there (:func:`quotekit.frames.as_clause_speaker`)."""
    return k + 2 < len(words) and words[k + 1].text.lower() == "it" and words[k + 2].text in {",", ":"}


def may_introduce_entity(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may introduce a named entity: two capitalised words in a row.

    >>> may_introduce_entity("Energy Secretary Ann Kim spoke.", 0, 31)
    True
    >>> may_introduce_entity("It rained.", 0, 10)
    False
    """
    return _CAPITALISED_PAIR.search(text, start, end) is not None


def _is_title(word: Word) -> bool:
    lower = word.text.lower()
    return lower in ROLE_NOUNS or lower in TITLES


def introduces_entity(words: Sequence[Word]) -> bool:
    """Whether a tagged sentence introduces a named entity the registry should analyse: a proper name of
    two or more words ("Maria Lopez", "Free Syrian Army"), or one next to a title or role noun ("Sen.
    Roe", "spokeswoman Lopez"), or followed by an apposition ("Lopez, the ...")."""
    for k in range(len(words) - 1):
        word, after = words[k], words[k + 1]
        if word.upos != "PROPN" and not _is_title(word):
            continue
        if after.upos == "PROPN" or (word.upos == "PROPN" and _is_title(after)):
            return True
        if word.upos == "PROPN" and after.text == "," and k + 2 < len(words) and words[k + 2].upos == "DET":
            return True
    return False


def is_short_quote(text: str, quote: QuoteSpan) -> bool:
    """Whether a quotation has fewer than :data:`SHORT_QUOTE_WORDS` words (runs of letters and digits):
    short enough to be a scare-quoted term or a title rather than something said.

    >>> from quotekit.spans import find_quote_spans
    >>> text = 'the so-called "reset" and "we will win this"'
    >>> [is_short_quote(text, q) for q in find_quote_spans(text)]
    [True, False]
    """
    words = sum(count_words(text, start, end) for start, end in quote.parts)
    return words < SHORT_QUOTE_WORDS
