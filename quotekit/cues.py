"""The cue stage: reporting cues and the content each one governs.

Requires: a :class:`~quotekit.parse.Parse` and the quotation-mark spans. Provides: :class:`CueMatch`
records, each with its cue words, class, and content fragments (the clause for indirect speech, the quoted
stretch for direct speech), plus the direct quotes no cue claims (:func:`link_quotes`).

Each pattern is one small named helper; the docstring shows the sentence shape it handles.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping, Sequence

import attrs
import regex

from quotekit.lexicon import CLAUSE_RELS, PARTICLE_VERBS, PASSIVE_SUBJECT_RELS, SOURCE_PHRASES, verb_forms
from quotekit.parse import FULL, Parse, Word
from quotekit.spans import QuoteSpan

__all__ = [
    "SHORT_QUOTE_WORDS",
    "CueForms",
    "CueMatch",
    "CuePlan",
    "MarkCue",
    "QuoteLink",
    "dateline_end",
    "find_cues",
    "find_mark_cues",
    "is_short_quote",
    "link_quotes",
]

Fragment = tuple[int, int]

_WORD = regex.compile(r"\w")
_WORD_RUN = regex.compile(r"\w+")
#: Quotations of fewer words than this may be scare quotes or titles, told apart by their tags (a verb).
SHORT_QUOTE_WORDS = 4
#: Parts of speech that cannot make up content on their own (a stray "the" split off by a parse error).
_FUNCTION_UPOS = frozenset({"DET", "ADP", "PUNCT", "CCONJ", "SCONJ", "PART", "AUX"})
#: Punctuation that may end a cue's frame and introduce a quote in the next sentence ("He said:").
INTRODUCERS = frozenset({":", "\u2014", "\u2013"})
#: Relations by which a participial cue hangs off the clause whose subject speaks ("..., saying X").
PARTICIPLE_RELS = frozenset({"advcl", "xcomp", "conj", "acl"})
#: Relations a word between a cue and its clause may have for the clause to still be its complement.
BRIDGE_RELS = frozenset(
    {
        "obj",
        "iobj",
        "obl",
        "obl:tmod",
        "advmod",
        "nmod",
        "case",
        "det",
        "compound",
        "amod",
        "flat",
        "punct",
        "mark",
        "nmod:poss",
        "aux",
        "cop",
        "nummod",
    }
)


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
    cls: str
    content: tuple[Fragment, ...]
    pattern: str
    quotes: tuple[QuoteSpan, ...] = ()
    source: Fragment | None = None  # the speaker's words, for punctuation cues (:class:`MarkCue`)

    def kind(self, text: str) -> str:
        """``direct`` when every word of the content is inside quotation marks, ``mixed`` when only some
        are, ``indirect`` when none are."""
        if not self.quotes:
            return "indirect"
        return "mixed" if _has_unquoted_words(text, self.content, self.quotes) else "direct"


@attrs.frozen
class QuoteLink:
    """A direct quote no cue governs: it is attributed later from its neighbourhood, or left unattributed."""

    quote: QuoteSpan
    sentence: int


# --------------------------------------------------------------------------------------------------------
# Finding cues


def find_cues(
    parse: Parse, quotes: Sequence[QuoteSpan], lexicon: Mapping[str, str], classes: Iterable[str]
) -> list[CueMatch]:
    """Every reporting cue outside quotation marks whose class is wanted, with its parse-based content."""
    wanted = frozenset(classes)
    inside = _inside_quotes(parse, quotes)
    out: list[CueMatch] = []
    for word in parse.words:
        if word.i in inside or parse.sentences[word.sent].depth < FULL:
            continue
        match = _according_to(parse, word) if "source" in wanted else None
        if match is None and lexicon.get(word.lemma) in wanted:
            match = _verb_cue(parse, word, lexicon[word.lemma])
        if match is not None:
            out.append(match)
    if "speech" in wanted and parse.words:
        first, last = parse.words[0].start, parse.words[-1].end
        out.extend(
            m
            for m in map(lambda mark: _mark_cue(parse, mark), find_mark_cues(parse.text, quotes, first, last))
            if m
        )
    return out


# --------------------------------------------------------------------------------------------------------
# Punctuation cues

#: Dashes that introduce the speaker's name after a quotation ("“...” ― Sonya Herridge").
SOURCE_DASHES = "\u2015\u2014\u2013"
_NAME_WORD = r"\p{Lu}[\p{L}\p{M}'’.\-]*"
_NAME_PARTICLE = r"(?:de|da|del|der|van|von|al|bin|ibn|la|le|di|du|dos)"
_NAME = rf"{_NAME_WORD}(?:[ \t\u00a0]+(?:{_NAME_WORD}|{_NAME_PARTICLE})){{0,5}}"
_DASH_SOURCE = regex.compile(
    rf"[ \t\u00a0]*[{SOURCE_DASHES}][ \t\u00a0]*({_NAME})(?=[ \t\u00a0.,;]*(?:[\r\n]|\Z))"
)
#: A speaker label opening a paragraph: "PENCE: Well, ...", "Pat Caddell: Democrat Voters Worried ...".
_LABEL = regex.compile(
    rf"(?m)^[ \t\u00a0]*[\"“]?[ \t\u00a0]*"  # an opening mark some transcripts put before each turn
    rf"({_NAME_WORD}(?:[ \t\u00a0]+{_NAME_WORD}){{0,3}}):[ \t\u00a0]+(?=\S)"
)
_LINE_END = regex.compile(r"\s*(?:[\r\n]|\Z)")
#: A label's content must have at least this many words (a heading like "Update: 5 p.m." is no speech).
LABEL_WORDS = 3
#: A news dateline opening a paragraph: a place in capitals (a state abbreviation may follow), perhaps a
#: news agency in parentheses, then a dash and the story's first word: "WASHINGTON ― The ...", "NEW YORK
#: (Reuters) - The ...", "WILKES-BARRE, Pa. — The ...". It says where the story was filed: its words are
#: neither speaker nor content, whatever the parse makes of them.
DATELINE = regex.compile(
    r"[ \t\u00a0]*\p{Lu}[\p{Lu}\p{M}.'’ \-]*\p{Lu}\.?"  # the place
    r"(?:,[ \t\u00a0]*\p{Lu}[\p{L}.]{0,7})?"  # a state or country abbreviation
    r"(?:[ \t\u00a0]*\([^()\n]{1,40}\))?"  # a news agency
    r"[ \t\u00a0]*(?:--|[\-\u2010-\u2015])[ \t\u00a0]+(?=[\p{Lu}\"“‘'])"  # a dash, then the story
)
_CAPITALS = regex.compile(r"\p{Lu}{3}")
#: A dateline is at most this many characters long.
DATELINE_CHARS = 80


def dateline_end(parse: Parse, offset: int) -> int:
    """Where the :data:`DATELINE` of the paragraph holding ``offset`` ends: the paragraph's start when it
    has none. A dateline names its place in capitals (three capitals in a row at least, so that "U.S. —"
    is none).

    >>> from quotekit.parse import parse_conllu
    >>> text = "NEW YORK (AP) — Prices rose, the company said."
    >>> text[dateline_end(parse_conllu("", text), 0):]
    'Prices rose, the company said.'
    """
    start, end = parse.paragraphs[parse.paragraph_of(offset)]
    match = DATELINE.match(parse.text, start, min(end, start + DATELINE_CHARS))
    if match is None or _CAPITALS.search(match.group()) is None:
        return start
    return match.end()


@attrs.frozen
class MarkCue:
    """A punctuation cue found on the raw text (PARC 3.0 annotates such cues too): ``kind`` "dash" for a
    quotation followed by a dash and the speaker's name, "label" for a speaker label ending in a colon at a
    paragraph's start (interview transcripts, headlines). ``mark`` is the offset of the dash or colon,
    ``source`` and ``content`` character ranges; ``capitals`` tells an all-capitals label ("PENCE:")."""

    kind: str
    mark: int
    source: Fragment
    content: Fragment
    capitals: bool = False


def find_mark_cues(
    text: str, quotes: Sequence[QuoteSpan], start: int = 0, end: int | None = None
) -> list[MarkCue]:
    """Punctuation cues in ``text[start:end]``: dashes after ``quotes``, then speaker labels.

    >>> text = "“Nobody listens.” ― Ana Ruiz\\n\\nWALLACE: Do you see those two as equivalent?"
    >>> from quotekit.spans import find_quote_spans
    >>> [(m.kind, text[m.source[0]:m.source[1]]) for m in find_mark_cues(text, find_quote_spans(text))]
    [('dash', 'Ana Ruiz'), ('label', 'WALLACE')]
    """
    stop = len(text) if end is None else end
    out: list[MarkCue] = []
    for quote in quotes:
        if quote.depth == 0 and quote.closed and start <= quote.end < stop:
            match = _DASH_SOURCE.match(text, quote.end)
            if match:
                dash = quote.end + len(match.group(0)) - len(match.group(0).lstrip(" \t\u00a0"))
                out.append(MarkCue("dash", dash, match.span(1), (quote.start, quote.end)))
    for match in _LABEL.finditer(text, start, stop):
        line_end = _LINE_END.search(text, match.end())
        content = (match.end(), line_end.start() if line_end else len(text))
        if len(_WORD_RUN.findall(text, *content)) >= LABEL_WORDS:
            label = match.group(1)
            capitals = label.upper() == label and any(ch.isalpha() for ch in label)
            out.append(MarkCue("label", match.end(1), match.span(1), content, capitals))
    return out


def _mark_cue(parse: Parse, mark: MarkCue) -> CueMatch | None:
    """The cue of a punctuation mark, when its sentence was analysed and its source can speak: a label in
    capitals that names no place, or one the NER calls a person or organization."""
    i = _bisect_word(parse, mark.mark)
    if i >= len(parse.words) or parse.words[i].start != mark.mark:
        return None
    if parse.sentences[parse.words[i].sent].depth < FULL:
        return None
    if mark.kind == "label":
        kinds = {w.ner for w in _words_between(parse, *mark.source)}
        if not (kinds & {"person", "organization"} or (mark.capitals and not kinds & {"place", "misc"})):
            return None
    return CueMatch(i, (i,), parse.words[i].text, "speech", (mark.content,), mark.kind, source=mark.source)


def _inside_quotes(parse: Parse, quotes: Sequence[QuoteSpan]) -> frozenset[int]:
    """Word indices that lie inside a quotation (their cues belong to the quoted speaker)."""
    inside: set[int] = set()
    for quote in quotes:
        for start, end in quote.parts:
            inside.update(w.i for w in _words_between(parse, start, end))
    return frozenset(inside)


def _words_between(parse: Parse, start: int, end: int) -> list[Word]:
    first = _bisect_word(parse, start)
    out: list[Word] = []
    for word in parse.words[first:]:
        if word.start >= end:
            break
        if word.end > start:
            out.append(word)
    return out


def _bisect_word(parse: Parse, offset: int) -> int:
    lo, hi = 0, len(parse.words)
    while lo < hi:
        mid = (lo + hi) // 2
        if parse.words[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _is_verb(word: Word) -> bool:
    return word.upos == "VERB" or (word.upos in {"NOUN", "AUX"} and word.xpos.startswith("VB"))


def _looks_like_verb(word: Word, before: Word | None) -> bool:
    """A verb, or a reporting verb mistagged as a noun ("Clinton says/NNS she was awake"): an inflected form
    ("says", "said", "told") right after a name or pronoun (``before``), not after a determiner."""
    if _is_verb(word):
        return True
    if word.upos != "NOUN" or word.text.lower() == word.lemma or before is None:
        return False
    return before.sent == word.sent and before.upos in {"PROPN", "PRON", "NOUN"}


def _word_before(parse: Parse, word: Word) -> Word | None:
    return parse.words[word.i - 1] if word.i > 0 else None


def _verb_cue(parse: Parse, word: Word, cls: str) -> CueMatch | None:
    """A reporting verb; rejected when it cannot report ("the so-called plan", "Trump is said to be")."""
    if not _looks_like_verb(word, _word_before(parse, word)) or _is_raising_passive(parse, word):
        return None
    if word.lemma in PARTICLE_VERBS and not _has_particle(parse, word, PARTICLE_VERBS[word.lemma]):
        return None
    content, pattern = _content_of_verb(parse, word)
    return CueMatch(word.i, _cue_words(parse, word), word.lemma, cls, content, pattern)


def _is_raising_passive(parse: Parse, word: Word) -> bool:
    """ "Trump is said to be furious": a passive reporting verb with an infinitive, no agent."""
    rels = {parse.words[c].deprel for c in parse.children[word.i]}
    passive = bool(rels & PASSIVE_SUBJECT_RELS) and bool(rels & {"aux:pass", "xcomp"})
    return passive and "obl:agent" not in rels and "ccomp" not in rels


def _has_particle(parse: Parse, word: Word, particle: str) -> bool:
    return any(parse.words[c].lemma == particle for c in parse.children[word.i])


def _cue_words(parse: Parse, word: Word) -> tuple[int, ...]:
    """The verb with its auxiliaries and particle: "has said", "pointed out"."""
    extra = [
        c
        for c in parse.children[word.i]
        if parse.words[c].deprel in {"aux", "compound:prt"} and abs(c - word.i) <= 3
    ]
    return tuple(sorted([word.i, *extra]))


def _according_to(parse: Parse, word: Word) -> CueMatch | None:
    """ "According to X, Y": the cue is "according to", its object X the source, Y the content."""
    if not _is_according_to(parse.words, word.i):
        return None
    nxt = parse.words[word.i + 1]
    source = word.head if word.head >= 0 else None
    clause = _clause_head(parse, source) if source is not None else None
    content: tuple[Fragment, ...] = ()
    if clause is not None and source is not None:
        content = _fragments(parse, parse.subtree(clause, frozenset({source})))
    return CueMatch(word.i, (word.i, nxt.i), SOURCE_PHRASES[0], "source", content, "according-to")


def _clause_head(parse: Parse, i: int) -> int | None:
    """The nearest ancestor of word ``i`` that heads a clause (a verb or a predicate with a subject)."""
    j = parse.words[i].head
    while j >= 0:
        word = parse.words[j]
        if _is_verb(word) or any(parse.words[c].deprel.startswith("nsubj") for c in parse.children[j]):
            return j
        j = word.head
    return None


# --------------------------------------------------------------------------------------------------------
# Which sentences need a parse


class CueForms:
    """The written forms of the wanted cues, built once per lexicon and cue classes: every inflection of
    each wanted verb (:func:`~quotekit.lexicon.verb_forms`) mapped to its lemma, "according" when the
    *source* class is wanted; :meth:`find` finds them in raw text."""

    def __init__(self, lexicon: Mapping[str, str], classes: Iterable[str]) -> None:
        self.wanted = frozenset(classes)
        self.lemma_of: dict[str, str] = {}
        for lemma, cls in lexicon.items():
            if cls in self.wanted:
                self.lemma_of.update(dict.fromkeys(verb_forms(lemma), lemma))
        self.words = frozenset({*self.lemma_of, *(["according"] if "source" in self.wanted else [])})

    def find(self, text: str, start: int, end: int) -> list[int]:
        """The offsets of the cue forms in ``text[start:end]``."""
        words = self.words
        return [m.start() for m in _WORD_RUN.finditer(text, start, end) if m.group().lower() in words]


class CuePlan:
    """The :class:`~quotekit.parse.SentencePlan` of attribution: which sentences stanza must tag and parse.

    A sentence is tagged (POS) when a word outside quotation marks is a written form of a wanted cue
    (:class:`CueForms`), when a short quotation starts in it (tags tell a quote from a scare-quoted
    term), or when it holds a punctuation cue (:func:`find_mark_cues`); all three are found on the raw
    text before stanza runs. A tagged sentence is fully analysed (lemmas, dependency parse, NER) when
    :func:`find_cues` could find a cue in it: a wanted verb form tagged as a verb, "according to", or a
    punctuation cue. Every other sentence is only tokenized: it can neither hold nor attribute a quote.
    """

    def __init__(
        self, forms: CueForms, text: str, quotes: Sequence[QuoteSpan], start: int = 0, end: int | None = None
    ) -> None:
        stop = len(text) if end is None else end
        self.forms = forms
        self.quoted = sorted(part for quote in quotes for part in quote.parts)
        marks = find_mark_cues(text, quotes, start, stop) if "speech" in forms.wanted else []
        self.marks = frozenset(m.mark for m in marks)
        triggers = [offset for offset in forms.find(text, start, stop) if not self._quoted(offset)]
        triggers += [q.start for q in quotes if q.depth == 0 and is_short_quote(text, q)]
        self.triggers = sorted([*triggers, *self.marks])

    def _quoted(self, start: int) -> bool:
        k = bisect.bisect_right(self.quoted, (start, 1 << 62)) - 1
        return k >= 0 and self.quoted[k][0] <= start < self.quoted[k][1]

    def wants_tags(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.triggers, start)
        return k < len(self.triggers) and self.triggers[k] < end

    def wants_parse(self, words: Sequence[Word]) -> bool:
        lemma_of, wanted = self.forms.lemma_of, self.forms.wanted
        for k, word in enumerate(words):
            if word.start in self.marks:
                return True
            if self._quoted(word.start):
                continue
            if "source" in wanted and _is_according_to(words, k):
                return True
            lemma = lemma_of.get(word.text.lower())
            before = words[k - 1] if k else None
            if lemma is not None and _looks_like_verb(attrs.evolve(word, lemma=lemma), before):
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
    words = sum(len(_WORD_RUN.findall(text, start, end)) for start, end in quote.parts)
    return words < SHORT_QUOTE_WORDS


def _is_according_to(words: Sequence[Word], k: int) -> bool:
    """Whether ``words[k]`` starts "according to" (within one sentence)."""
    return (
        words[k].text.lower() == "according"
        and k + 1 < len(words)
        and words[k + 1].text.lower() == "to"
        and words[k + 1].sent == words[k].sent
    )


# --------------------------------------------------------------------------------------------------------
# Content of a reporting verb


def _content_of_verb(parse: Parse, verb: Word) -> tuple[tuple[Fragment, ...], str]:
    """The clause a reporting verb governs, by the first of :data:`CONTENT_PATTERNS` that finds one."""
    for name, finder in CONTENT_PATTERNS:
        words = finder(parse, verb)
        if words:
            return _fragments(parse, words), name
    return (), "none"


#: Finite verb tags (Penn Treebank): a stretch of words with one of them can be a reported clause.
FINITE_XPOS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Parts of speech that may follow a cue at the end of its sentence ("..., a source said on Monday.").
_TRAILING_UPOS = frozenset({"ADV", "ADP", "NOUN", "PROPN", "NUM", "DET", "ADJ", "PUNCT", "PRON"})
#: Parts of speech that may open a reported clause right after its cue ("said [the two] raised ...").
_CLAUSE_START_UPOS = frozenset({"DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ", "SCONJ"})
#: A speaker's noun phrase between a comma and a closing cue has at most this many words.
SPEAKER_WORDS = 10


def _content_before_frame(parse: Parse, verb: Word) -> list[int]:
    """ "Y, a source said." / "Y, said a source." when the parse gave the cue nothing: the reporting clause
    closes the sentence, so what stands before its comma is what was said. Textual fallback for misparses
    (the order of a sentence-final reporting clause, Pareti 2015)."""
    sent = parse.sentences[verb.sent]
    after = parse.words[verb.i + 1 : sent.last]
    if not after or after[-1].text not in {".", "!"} or any(w.upos not in _TRAILING_UPOS for w in after):
        return []
    if any(w.upos in {"VERB", "AUX"} for w in after) or any(w.text in {",", ";", ":"} for w in after[:-1]):
        return []
    comma = verb.i - 1
    while comma > sent.first and parse.words[comma].text != ",":
        word = parse.words[comma]
        if word.upos in {"VERB", "PUNCT"} or verb.i - comma > SPEAKER_WORDS:
            return []
        comma -= 1
    if comma <= sent.first:
        return []
    content = list(range(sent.first, comma))
    if not any(parse.words[k].xpos in FINITE_XPOS for k in content):
        return []
    return content


def _content_after_frame(parse: Parse, verb: Word) -> list[int]:
    """ "Officials said the two raised $350 million ..." when the parse gave the cue nothing: the words from
    right after the cue (past "that" and the addressee of "told") to the sentence end, when they open like
    a clause and hold a finite verb. Textual fallback for misparses."""
    sent = parse.sentences[verb.sent]
    k = verb.i + 1
    if verb.lemma == "tell":  # "told reporters ...": the addressee
        while k < sent.last and parse.words[k].upos in {"DET", "ADJ", "NOUN", "PROPN", "PRON"}:
            k += 1
    if k < sent.last and parse.words[k].lemma == "that":
        k += 1
    if k >= sent.last or parse.words[k].upos not in _CLAUSE_START_UPOS:
        return []
    content = [j for j in range(k, sent.last) if not (j == sent.last - 1 and parse.words[j].upos == "PUNCT")]
    if len(content) < 3 or not any(_may_be_finite(parse.words[j]) for j in content[1:]):
        return []
    return content


def _may_be_finite(word: Word) -> bool:
    """A verb that may head a clause: finite, or a past participle (a weak tagger confuses the two)."""
    return word.xpos in FINITE_XPOS or (word.upos in {"VERB", "AUX"} and word.xpos == "VBN")


def _content_from_complement(parse: Parse, verb: Word) -> list[int]:
    """ "X said (that) Y", "X told the BBC Y", "Y, X said" with Y parsed as the verb's ccomp.

    When several clauses hang off the verb, those with a subject or "that" win (a stray noun tagged as a
    clause is dropped). A noun object right before a subjectless clause is that clause's subject, misattached
    by the parser ("Western nations say [a majority of the strikes] have targeted ...")."""
    clauses = [
        c
        for c in parse.children[verb.i]
        if parse.words[c].deprel in CLAUSE_RELS
        and _is_clause(parse, parse.words[c])
        and not _is_relative_clause(parse, c)
    ]
    clauses = [c for c in clauses if not _is_coordinated(parse, verb, c)]
    chosen = [c for c in clauses if _has_subject_or_mark(parse, c)] or clauses
    out: list[int] = []
    for c in chosen:
        out.extend(parse.subtree(c))
        out.extend(_misattached_subject(parse, verb, c))
    for c in clauses:  # "says it is attacking mainly [IS forces]": a clause split in two by the parser
        if c not in chosen and out and c > verb.i and min(parse.subtree(c)) == max(out) + 1:
            out.extend(parse.subtree(c))
    return _with_stranded_words(parse, verb, out)


def _is_coordinated(parse: Parse, verb: Word, c: int) -> bool:
    """ "“He loves us,” she said, and soon the balloons dropped": a clause after "and" is not content."""
    return c > verb.i and any(parse.words[g].deprel == "cc" and g < c for g in parse.children[c])


def _with_stranded_words(parse: Parse, verb: Word, words: list[int]) -> list[int]:
    """Content after the verb starts right after the verb's own dependents: words in between that the
    parser hung elsewhere belong to the content ("says [Donald Trump's flurry ... was] “unhinged”")."""
    if not words or min(words) <= verb.i:
        return words
    first = min(words)
    owned = set()
    for c in parse.children[verb.i]:
        if c < first and parse.words[c].deprel not in CLAUSE_RELS:
            owned.update(parse.subtree(c))
    start = max([verb.i, *(o for o in owned if o < first)]) + 1
    gap = [k for k in range(start, first) if parse.words[k].sent == verb.sent]
    if any(parse.words[k].upos == "VERB" and _is_ancestor(parse, verb.i, k) for k in gap):
        return words
    return [*gap, *words]


def _is_relative_clause(parse: Parse, i: int) -> bool:
    """ "John Doe, who heads the Red Cross, said ...": a clause whose subject is a relative pronoun."""
    return any(
        parse.words[c].deprel.startswith("nsubj") and parse.words[c].feat("PronType") == "Rel"
        for c in parse.children[i]
    )


def _has_subject_or_mark(parse: Parse, i: int) -> bool:
    return any(
        parse.words[c].deprel.startswith(("nsubj", "csubj", "expl", "mark")) for c in parse.children[i]
    )


def _misattached_subject(parse: Parse, verb: Word, clause: int) -> list[int]:
    if _has_subject_or_mark(parse, clause) or clause < verb.i:
        return []
    for c in parse.children[verb.i]:
        if parse.words[c].deprel == "obj" and verb.i < c < clause and max(parse.subtree(c)) < clause:
            return parse.subtree(c)
    return []


def _content_from_host(parse: Parse, verb: Word) -> list[int]:
    """ "The plan failed, he said." / "“A,” he said, “B.”": the verb hangs off the clause it reports."""
    if verb.deprel not in {"parataxis", "conj"} or verb.head < 0:
        return []
    host = parse.words[verb.head]
    if host.i > verb.i or not _is_clause(parse, host):
        return []
    if verb.deprel == "conj" and not _separated_by_comma_only(parse, host, verb):
        return []
    return parse.subtree(host.i, frozenset({verb.i}))


def _separated_by_comma_only(parse: Parse, host: Word, verb: Word) -> bool:
    """A conj cue counts as fronted only in "Y, he said" (no "and"/"but" before the cue's clause)."""
    return not any(parse.words[c].deprel == "cc" for c in parse.children[verb.i])


def _content_after_verb(parse: Parse, verb: Word) -> list[int]:
    """ "..., saying Moscow could not be trusted" when the parser attached the clause elsewhere (or made it
    the verb's governor): a finite clause that starts right after the verb, past its object and modifiers,
    is its complement."""
    sent = parse.sentences[verb.sent]
    for k in range(verb.i + 1, sent.last):
        word = parse.words[k]
        if _starts_clause(word):
            head = word.head
            if head < 0 or head <= k or not _is_clause(parse, parse.words[head]):
                return []
            if head == verb.head:  # the clause was made the verb's governor
                return [j for j in parse.subtree(head, frozenset({verb.i})) if j >= k]
            if _is_ancestor(parse, head, verb.i):
                return []
            return list(range(k, _clause_end(parse, head, sent.last)))
        if word.deprel not in BRIDGE_RELS or _is_quote_mark(word):
            return []
    return []


def _starts_clause(word: Word) -> bool:
    return (
        word.deprel.startswith("nsubj")
        or word.deprel == "expl"
        or (word.deprel == "mark" and word.lemma == "that")
    )


def _is_ancestor(parse: Parse, ancestor: int, i: int) -> bool:
    j = parse.words[i].head
    while j >= 0:
        if j == ancestor:
            return True
        j = parse.words[j].head
    return False


def _clause_end(parse: Parse, head: int, limit: int) -> int:
    """One past the last word of ``head``'s subtree, within the sentence."""
    return min(limit, max(parse.subtree(head)) + 1)


def _is_clause(parse: Parse, word: Word) -> bool:
    if _is_verb(word) or word.upos == "AUX":
        return True
    return any(
        parse.words[c].deprel.startswith("nsubj") or parse.words[c].deprel == "cop"
        for c in parse.children[word.i]
    )


def _is_quote_mark(word: Word) -> bool:
    return word.upos == "PUNCT" and any(
        ch in word.text for ch in "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e`"
    )


def _fragments(parse: Parse, indices: Iterable[int]) -> tuple[Fragment, ...]:
    """Contiguous runs of words as character ranges, punctuation trimmed at both edges; a paragraph's
    dateline is never content."""
    datelines: dict[int, int] = {}
    ordered = []
    for i in sorted(set(indices)):
        paragraph = parse.sentences[parse.words[i].sent].paragraph
        if paragraph not in datelines:
            datelines[paragraph] = dateline_end(parse, parse.words[i].start)
        if parse.words[i].start >= datelines[paragraph]:
            ordered.append(i)
    runs: list[list[int]] = []
    for i in ordered:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    out: list[Fragment] = []
    for run in runs:
        words = [parse.words[i] for i in run]
        while words and words[0].upos == "PUNCT":
            words.pop(0)
        while words and words[-1].upos == "PUNCT":
            words.pop()
        if any(w.upos not in _FUNCTION_UPOS for w in words):
            out.append((words[0].start, words[-1].end))
    return tuple(out)


#: The content patterns of a reporting verb, in the order they are tried (docs/rules.md): the parse's own
#: analyses first, the textual fallbacks for misparses last.
CONTENT_PATTERNS: tuple[tuple[str, Callable[[Parse, Word], list[int]]], ...] = (
    ("complement", _content_from_complement),
    ("fronted", _content_from_host),
    ("following-clause", _content_after_verb),
    ("trailing-frame", _content_before_frame),
    ("following-words", _content_after_frame),
)


# --------------------------------------------------------------------------------------------------------
# Direct quotes and cues


def link_quotes(
    parse: Parse, cues: Sequence[CueMatch], quotes: Sequence[QuoteSpan]
) -> tuple[list[CueMatch], list[QuoteLink]]:
    """Give each direct quote to the cue that governs it; return the updated cues and the quotes left over.

    A quote goes to the cue whose content overlaps it ("“A,” he said"), else to a cue in the sentence that
    opens or closes it whose frame has no content of its own ("He said: “A.”", "“A.” he added").
    """
    claimed: dict[int, list[QuoteSpan]] = {}
    framed: set[int] = set()
    heads = {cue.head: k for k, cue in enumerate(cues)}
    near = _CueIndex(parse, cues)
    orphans: list[QuoteLink] = []
    for quote in (q for q in quotes if q.depth == 0):
        index = _framing_cue(parse, heads, quote)
        if index is not None:
            framed.add(index)
        else:
            index = _cue_for_quote(parse, cues, near, quote)
        if index is None:
            orphans.append(QuoteLink(quote, _sentence_at(parse, quote.start)))
        else:
            claimed.setdefault(index, []).append(quote)
    out = []
    for k, cue in enumerate(cues):
        linked = tuple(claimed.get(k, ()))
        content = cue.content
        if k in framed:  # what the parse hung off a framing cue besides its quotes is not what was said
            content = tuple(f for f in content if any(_overlaps(f, (q.start, q.end)) for q in linked))
            pattern = "quote-frame"
        else:
            pattern = cue.pattern
        out.append(attrs.evolve(cue, quotes=linked, content=_merge_quotes(content, linked), pattern=pattern))
    return out, orphans


#: Punctuation that ends a quotation in frame position, inside or right after its closing mark
#: ("“We will win,” she said", "“Why?” he asked", "“We —” he began").
FRAME_ENDS = frozenset(",?!\u2014\u2013-\u2026")
#: Parts of speech allowed between a quotation and the cue of its frame: the speaker's noun phrase
#: ("“...,” Issam al-Reis, an FSA spokesman, told the BBC"), auxiliaries and adverbs ("has since said").
FRAME_UPOS = frozenset(
    {"PROPN", "NOUN", "PRON", "DET", "ADJ", "ADV", "AUX", "PART", "NUM", "ADP", "PUNCT", "CCONJ"}
)
#: How many words a frame may hold between the quotation and its cue.
FRAME_WORDS = 12


def _framing_cue(parse: Parse, heads: Mapping[int, int], quote: QuoteSpan) -> int | None:
    """The cue (``heads``: cue head word -> cue index) whose reporting clause frames a quotation: "“A,” she
    said", "“A,” said Ahmed Karimi", "She said: “A”", "He told reporters, “A”". The quotation is then
    that cue's content, whatever the parse hung off the cue (Pareti 2015: a direct quote and its adjacent
    reporting clause)."""
    if not quote.closed or not parse.words:
        return None
    if _ends_in_frame_position(parse.text, quote):
        found = _cue_after(parse, heads, quote)
        if found is not None:
            return found
    return _cue_before(parse, heads, quote)


def _ends_in_frame_position(text: str, quote: QuoteSpan) -> bool:
    last = quote.end - len(quote.close_mark)
    while last > quote.start and text[last - 1].isspace():
        last -= 1
    after = text[quote.end : quote.end + 2].lstrip()[:1]
    return (last > quote.start and text[last - 1] in FRAME_ENDS) or after == ","


def _cue_after(parse: Parse, heads: Mapping[int, int], quote: QuoteSpan) -> int | None:
    """ "“A,” she said": the first cue after the closing mark, past a speaker's noun phrase only."""
    i = _bisect_word(parse, quote.end)
    if i >= len(parse.words):
        return None
    sent = parse.words[i].sent
    for word in parse.words[i : i + FRAME_WORDS + 1]:
        if word.sent != sent or _is_quote_mark(word):
            return None
        if word.i in heads:
            return heads[word.i]
        if word.upos not in FRAME_UPOS or word.text in {".", ";", ":"}:
            return None
    return None


def _cue_before(parse: Parse, heads: Mapping[int, int], quote: QuoteSpan) -> int | None:
    """ "She said: “A”", "He told reporters, “A”": a cue before the opening mark and its colon or comma,
    past its own object or adverbs only."""
    i = _bisect_word(parse, quote.start) - 1
    if i < 0 or parse.words[i].text not in {":", ","} or parse.words[i].end > quote.start:
        return None
    sent = parse.words[i].sent
    for word in reversed(parse.words[max(0, i - FRAME_WORDS) : i]):
        if word.sent != sent or _is_quote_mark(word):
            return None
        if word.i in heads:
            return heads[word.i]
        if word.upos not in FRAME_UPOS or word.text in {".", ";", ":", ","}:
            return None
    return None


class _CueIndex:
    """Where each cue's content lies and which sentence holds it, so that finding the cues near a quote
    does not scan every cue of the text."""

    def __init__(self, parse: Parse, cues: Sequence[CueMatch]) -> None:
        extents = [
            (min(f[0] for f in c.content), max(f[1] for f in c.content), k)
            for k, c in enumerate(cues)
            if c.content
        ]
        self.by_start = sorted(extents)
        self.starts = [lo for lo, _, _ in self.by_start]
        self.widest = max((hi - lo for lo, hi, _ in extents), default=0)
        self.by_sentence: dict[int, list[int]] = {}
        for k, cue in enumerate(cues):
            self.by_sentence.setdefault(parse.words[cue.head].sent, []).append(k)

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indices of the cues whose content extent overlaps ``[start, end)``, in cue order."""
        lo = bisect.bisect_left(self.starts, start - self.widest)
        hi = bisect.bisect_left(self.starts, end)
        return sorted(k for first, last, k in self.by_start[lo:hi] if first < end and start < last)

    def in_sentences(self, sentences: Iterable[int]) -> list[int]:
        return sorted({k for s in sentences for k in self.by_sentence.get(s, ())})


def _cue_for_quote(parse: Parse, cues: Sequence[CueMatch], index: _CueIndex, quote: QuoteSpan) -> int | None:
    for k in index.overlapping(quote.start, quote.end):
        cue = cues[k]
        if cue.pattern == "label":  # a label's paragraph is its content: only quotes inside it join
            if any(f[0] <= quote.start and quote.end <= f[1] for f in cue.content):
                return k
        elif any(_overlaps(frag, (quote.start, quote.end)) for frag in cue.content):
            return k
    first, last = _sentence_at(parse, quote.start), _sentence_at(parse, max(quote.start, quote.end - 1))
    best: tuple[int, int] | None = None
    for k in index.in_sentences((first - 1, first, last)):
        cue = cues[k]
        sent = parse.words[cue.head].sent
        if cue.content and not _only_quotes_around(cue, quote):
            continue
        if sent in (first, last) or (sent == first - 1 and _ends_with_introducer(parse, sent)):
            head = parse.words[cue.head].start
            distance = min(abs(head - quote.end), abs(head - quote.start))
            if best is None or distance < best[0]:
                best = (distance, k)
    return None if best is None else best[1]


def _only_quotes_around(cue: CueMatch, quote: QuoteSpan) -> bool:
    """A cue that already has quotes may take another one ("“A,” he said. “B.”")."""
    return bool(cue.quotes) and all(_overlaps(f, (q.start, q.end)) for f in cue.content for q in cue.quotes)


def _ends_with_introducer(parse: Parse, sent: int) -> bool:
    sentence = parse.sentences[sent]
    return parse.words[sentence.last - 1].text in INTRODUCERS


def _sentence_at(parse: Parse, offset: int) -> int:
    i = min(_bisect_word(parse, offset), len(parse.words) - 1)
    return parse.words[i].sent if parse.words else 0


def _overlaps(a: Fragment, b: Fragment) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _merge_quotes(content: tuple[Fragment, ...], quotes: Sequence[QuoteSpan]) -> tuple[Fragment, ...]:
    """Widen content fragments to whole quote spans they touch, add quotes outside them, sort."""
    frags = list(content)
    for quote in quotes:
        outer = (quote.start, quote.end)
        touching = [f for f in frags if _overlaps(f, outer)]
        if touching:
            frags = [f for f in frags if f not in touching]
            frags.append((min(outer[0], *(f[0] for f in touching)), max(outer[1], *(f[1] for f in touching))))
        else:
            frags.append(outer)
    return tuple(sorted(frags))


def _has_unquoted_words(text: str, content: Sequence[Fragment], quotes: Sequence[QuoteSpan]) -> bool:
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
