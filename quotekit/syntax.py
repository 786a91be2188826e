"""Small predicates over a parse that several stages share: is a word a verb, does it head a clause, is
it a quotation mark, does one word govern another, do two character ranges overlap, which phrase ends right
before a word, does a comma close an apposition, may a verb after a relative clause be the main clause's."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quotekit.document import Parse, Word
from quotekit.lang.en import COPULA_RELS, FINITE_VERB_TAGS, NOMINAL_SUBJECT_RELS, SPEECH_VERBS

__all__ = [
    "NOMINAL_UPOS",
    "Fragment",
    "cases",
    "closes_apposition",
    "is_ancestor",
    "is_clause",
    "is_quote_mark",
    "is_subject",
    "is_verb",
    "may_resume_main_clause",
    "overlaps",
    "phrase_before",
]

#: Parts of speech of a noun phrase's head: a speaker, a subject, a source is one of them.
NOMINAL_UPOS = frozenset({"NOUN", "PROPN", "PRON"})

#: A character range ``(start, end)`` into the caller's text.
Fragment = tuple[int, int]


def is_verb(word: Word) -> bool:
    return word.upos == "VERB" or (word.upos in {"NOUN", "AUX"} and word.xpos.startswith("VB"))


def is_clause(parse: Parse, word: Word) -> bool:
    if is_verb(word) or word.upos == "AUX":
        return True
    return any(
        is_subject(parse.words[c]) or parse.words[c].deprel in COPULA_RELS for c in parse.children[word.i]
    )


def is_subject(word: Word) -> bool:
    """A nominal subject, active or passive (``nsubj``, ``nsubj:pass``, and other subtypes)."""
    return word.deprel.split(":")[0] in NOMINAL_SUBJECT_RELS


def is_quote_mark(word: Word) -> bool:
    return word.upos == "PUNCT" and any(
        ch in word.text for ch in "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e`"
    )


def is_ancestor(parse: Parse, ancestor: int, i: int) -> bool:
    j = parse.words[i].head
    while j >= 0:
        if j == ancestor:
            return True
        j = parse.words[j].head
    return False


def overlaps(a: Fragment, b: Fragment) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def cases(parse: Parse, i: int) -> set[str]:
    """The prepositions of word ``i`` ("for" in "for the army"), also when the parser hung one on the first
    word of a name ("at" under "Hill" in "at Hill College")."""
    parts = [i, *(c for c in parse.children[i] if c < i and parse.words[c].deprel in {"compound", "flat"})]
    return {
        parse.words[g].lemma.lower()
        for w in parts
        for g in parse.children[w]
        if parse.words[g].deprel == "case"
    }


def phrase_before(parse: Parse, j: int, word: Word, stop: Callable[[int], bool] | None = None) -> int:
    """From word ``j`` before ``word``, the head of the largest phrase of its sentence that ends right before
    ``word`` ("30 percent [of voters] saying", "a letter [to the mayor] asking"), leaving aside ``word``'s own
    words (the parser may hang a participle inside the phrase before it); the climb ends early at a word
    ``stop`` accepts."""
    first = parse.sentences[word.sent].first
    own = set(parse.subtree(word.i))
    while (
        (stop is None or not stop(j))
        and first <= parse.words[j].head < word.i
        and max((k for k in parse.subtree(parse.words[j].head) if k not in own), default=-1) == word.i - 1
    ):
        j = parse.words[j].head
    return j


def closes_apposition(words: Sequence[Word], first: int, comma: int) -> bool:
    """Whether the comma at ``comma`` closes an apposition after word ``first``: a phrase with no verb
    between a noun's comma and this one ("said the mayor[, a veteran of the council,] would resign"), after
    which the noun's own verb follows, not the next clause."""
    start = comma - 1
    while start > first and words[start].text != ",":
        start -= 1
    if start <= first or start + 1 == comma or words[start - 1].upos not in NOMINAL_UPOS:
        return False
    return not any(w.upos in {"VERB", "AUX"} for w in words[start + 1 : comma])


def may_resume_main_clause(word: Word, rel: str) -> bool:
    """Whether ``word``, hung by ``rel``, right after a relative clause's closing comma, may be the verb of
    the main clause it interrupts: a finite verb; a past participle the parser hung as a root or beside
    another verb (a weak tagger reads "posted" as one; "the plan, drafted in May, ..." hangs on its noun);
    or a verb of saying it read as an adjunct's participle ("said")."""
    if word.xpos in FINITE_VERB_TAGS:
        return True
    if word.xpos != "VBN":
        return False
    return rel in _MAIN_CLAUSE_RELS or (rel == "advcl" and word.lemma in SPEECH_VERBS)


#: How the parser hangs a main clause's verb it read as a participle: as the root or beside another verb.
_MAIN_CLAUSE_RELS = frozenset({"root", "conj", "parataxis"})
