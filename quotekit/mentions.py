"""The mention room: the words of the noun phrase that names a source, without its appositions or
relative clauses, and the coordination of several sources as one group.

Requires: a :class:`~quotekit.document.Parse`. Provides the contiguous words of a mention
(:func:`mention_words`), a coordination of sources (:func:`coordination`), whether a conjunct belongs to
an apposition (:func:`appended_to_apposition`), and the name after a dateline that the parser made the
subject (:func:`past_dateline`).
"""

from __future__ import annotations

from quotekit.document import Parse, Word
from quotekit.lang.en import (
    CLOSING_QUOTES,
    GIVEN_NAMES,
    MENTION_EXCLUDED_RELS,
    OPENING_QUOTES,
    PEOPLE_POINTERS,
    PREPOSITIONS_NOT_SPEAKERS,
    ROLE_NOUNS,
    TIME_NOUNS,
    TIME_UNITS,
    WEEKDAYS,
)
from quotekit.syntax import NOMINAL_UPOS, is_ancestor, is_verb
from quotekit.text import dateline_end

__all__ = [
    "UNDER_DATELINE_RELS",
    "appended_to_apposition",
    "bare_role_apposition",
    "coordination",
    "is_surname_after",
    "mention_words",
    "names_a_time",
    "names_no_speaker",
    "past_dateline",
    "words_hung_on_cue",
]

#: Parts of speech of a role's premodifiers ("managing director", "chief executive", "bond analyst").
_MODIFIER_UPOS = frozenset({"ADJ", "NOUN", "PROPN", "VERB"})
#: Words trimmed from the edges of a mention ("after Russian Foreign Minister ..." -> no "after").
_EDGE_UPOS = frozenset({"PUNCT", "ADP", "CCONJ", "SCONJ"})


def coordination(parse: Parse, head: int) -> tuple[int, ...]:
    """ "Federal and state officials said", "Roe and Kim said": a subject coordinated with nouns is one
    group source, the whole coordination (each conjunct without its appositions or relative clauses).
    Empty when ``head`` has no nominal conjunct."""
    conjuncts = [
        c
        for c in parse.children[head]
        if parse.words[c].deprel == "conj" and parse.words[c].upos in NOMINAL_UPOS and c > head
        if not appended_to_apposition(parse, head, c) and not bare_role_apposition(parse, head, c)
    ]
    if not conjuncts:
        return ()
    first = mention_words(parse, head)
    last = coordination(parse, conjuncts[-1]) or mention_words(parse, conjuncts[-1])
    return tuple(range(first[0], last[-1] + 1))


def appended_to_apposition(parse: Parse, head: int, conjunct: int, apposition: int | None = None) -> bool:
    """ "Ann Roe, a trade lawyer and senior fellow at X,": a common noun coordinated after an apposition of
    the name (``apposition`` if known, else one of ``head``'s) is the apposition's second conjunct (the
    parser hung it on the name), no second person."""
    if parse.words[conjunct].upos != "NOUN":
        return False
    if apposition is not None:
        return apposition < conjunct
    return any(
        (parse.words[c].deprel == "appos" or bare_role_apposition(parse, head, c)) and head < c < conjunct
        for c in parse.children[head]
    )


def bare_role_apposition(parse: Parse, head: int, conjunct: int) -> bool:
    """ "Ivan Petrov, president and chief executive of X,": a role noun without a determiner right after the
    name and its comma, parsed as the name's conjunct, is the name's apposition (a news apposition drops
    the article; a list of people keeps it: "Roe, the mayor and the governor")."""
    word = parse.words[conjunct]
    if word.deprel != "conj" or word.upos != "NOUN" or word.feat("Number") == "Plur":
        return False
    if word.lemma.lower() not in ROLE_NOUNS and word.text.lower() not in ROLE_NOUNS:
        return False
    if any(parse.words[c].deprel in {"det", "cc", "nmod:poss"} for c in parse.children[conjunct]):
        return False
    name_end = max(mention_words(parse, head))
    between = parse.words[name_end + 2 : conjunct]  # "managing" of "managing director", wherever it hangs
    return parse.words[name_end + 1].text == "," and all(w.upos in _MODIFIER_UPOS for w in between)


def mention_words(parse: Parse, head: int) -> tuple[int, ...]:
    """The contiguous words of the noun phrase headed by ``head``, without appositions, relative clauses
    or trailing punctuation: "Issam al-Reis, an FSA spokesman," -> "Issam al-Reis"."""
    keep = set(parse.subtree(head, _excluded_children(parse, head)))
    keep |= _percent_signs(parse, keep) | _pointer_participle(parse, head)
    lo = hi = head
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    while lo < head and parse.words[lo].upos in _EDGE_UPOS and not _opens_quote_inside(parse, lo, hi):
        lo += 1
    hi = _before_trailing_brackets(parse, head, hi)
    while hi > head and parse.words[hi].upos in _EDGE_UPOS:
        hi -= 1
    lo, hi = _split_name(parse, lo, head, -1), _split_name(parse, hi, head, 1)
    return tuple(range(lo, hi + 1))


def _pointer_participle(parse: Parse, head: int) -> set[int]:
    """ "those [surveyed]": the participle right after "those" that makes it people, wherever the parser
    hung it."""
    after = head + 1
    if parse.words[head].text.lower() not in PEOPLE_POINTERS or after >= len(parse.words):
        return set()
    word = parse.words[after]
    return {after} if word.xpos == "VBN" and word.sent == parse.words[head].sent else set()


def _percent_signs(parse: Parse, words: set[int]) -> set[int]:
    """ "85 [%] of farmers": a percent sign belongs to the number before it, wherever the parser hung it."""
    return {
        k + 1
        for k in words
        if parse.words[k].upos == "NUM" and k + 1 < len(parse.words) and parse.words[k + 1].text == "%"
    }


def _before_trailing_brackets(parse: Parse, head: int, hi: int) -> int:
    """The end of a mention without the bracketed tag after its head: "Gov. Rick Olsen [(R)]", "Rep. Ann
    Kim [(D-Ohio)]" (a party and state, which the parser may hang inside the name)."""
    if parse.words[hi].text not in _BRACKETS:
        return hi
    opening = _BRACKETS[parse.words[hi].text]
    for k in range(hi - 1, head, -1):
        if parse.words[k].text == opening:
            return k - 1
    return hi


#: Closing brackets and their opening ones.
_BRACKETS = {")": "(", "]": "["}


def _opens_quote_inside(parse: Parse, lo: int, hi: int) -> bool:
    """ "“Night Desk” host Ben Ward": an opening quotation mark whose closing mark is inside the phrase
    (a quoted title) belongs to it."""
    return parse.words[lo].text in OPENING_QUOTES and any(
        parse.words[i].text in CLOSING_QUOTES for i in range(lo + 1, hi + 1)
    )


def _split_name(parse: Parse, edge: int, head: int, step: int) -> int:
    """The edge of a mention widened over a name the parser split into two arguments of one verb ("Ann"
    and "Kim" both subjects of "said"): proper nouns side by side with one verb governor and relation are
    one noun phrase, for a clause has one subject. The sibling's own name words come along ("Senator" +
    "Ann Kim")."""
    word = parse.words[head]
    if word.head < 0 or not is_verb(parse.words[word.head]):
        return edge
    while 0 <= edge + step < len(parse.words):
        other = parse.words[edge + step]
        if other.sent != word.sent or other.upos != "PROPN":
            break
        if (other.head, other.deprel) != (word.head, word.deprel) and other.head not in range(
            min(edge, head), max(edge, head) + 1
        ):
            break
        if parse.words[edge].upos != "PROPN":
            break
        edge += step
    return edge


def _excluded_children(parse: Parse, head: int) -> frozenset[int]:
    """Appositions, relative clauses and the like; a clause that makes "those" people stays ("those
    surveyed"); a time the parser hung on the head after it ("Ana Ruiz [on Monday]", "The Times [on
    Saturday]"), which dates what was said, not who said it."""
    kept = _POINTER_CLAUSE_RELS if parse.words[head].text.lower() in PEOPLE_POINTERS else frozenset()
    excluded = frozenset(
        c
        for c in parse.children[head]
        if parse.words[c].deprel in MENTION_EXCLUDED_RELS and parse.words[c].deprel not in kept
    )
    name = [head, *(c for c in parse.children[head] if parse.words[c].deprel in _NAME_PART_RELS)]
    return excluded | {c for k in name for c in parse.children[k] if _is_time_after(parse, head, c)}


def _is_time_after(parse: Parse, head: int, c: int) -> bool:
    """Whether ``c`` is a time phrase after ``head`` that modifies it: "on Monday", "last week"."""
    word = parse.words[c]
    return c > head and word.deprel in _TIME_RELS and word.text.lower() in TIME_NOUNS


#: Relations of the words of a name after its first ("Ana [Ruiz]"), on which a time may hang too.
_NAME_PART_RELS = frozenset({"flat", "flat:name", "compound"})
#: Relations of a time phrase the parser hangs on a noun ("Kim [on Monday]", "the report [last week]").
_TIME_RELS = frozenset({"nmod", "obl", "obl:tmod", "nmod:tmod", "nmod:npmod"})


#: Relations of the clause that makes "those" a phrase of people: "those [surveyed]", "those [who voted]".
_POINTER_CLAUSE_RELS = frozenset({"acl", "acl:relcl"})


def is_surname_after(before: Word, word: Word) -> bool:
    """Whether ``word``, a time word ("May", "Summers", "Winter"), is a surname: a capitalised proper noun
    (or a modal the tagger made of "May") right after a person's given name or a proper noun NER calls a
    person, and itself in the person's name by NER or after a given name of the lists ("Theresa May",
    "Lawrence Summers"; not "Congress Friday", "Kim on Monday").

    >>> def w(i, text, upos, ner): return Word(i, text, text, upos, "", "", -1, "", 0, 0, 0, ner)
    >>> is_surname_after(w(0, "Theresa", "PROPN", "person"), w(1, "May", "AUX", ""))
    True
    >>> is_surname_after(w(0, "Congress", "PROPN", "organization"), w(1, "Friday", "PROPN", ""))
    False
    """
    if before.sent != word.sent or before.upos != "PROPN" or not word.text[:1].isupper():
        return False
    if word.upos not in {"PROPN", "AUX"} or word.text.lower() in WEEKDAYS:
        return False
    return before.text.lower() in GIVEN_NAMES or before.ner == word.ner == "person"


def names_no_speaker(parse: Parse, i: int) -> bool:
    """Whether word ``i`` cannot head a speaker's mention: it names a time (:func:`names_a_time`), or it is
    a preposition in lower case that the tagger read as a noun
    (:data:`~quotekit.lang.en.PREPOSITIONS_NOT_SPEAKERS`; a capital is a name's: "“...,” From said")."""
    return names_a_time(parse, i) or parse.words[i].text in PREPOSITIONS_NOT_SPEAKERS


def names_a_time(parse: Parse, i: int) -> bool:
    """Whether word ``i`` names a time (:data:`~quotekit.lang.en.TIME_NOUNS`: "Friday", "week"; a plural of
    :data:`~quotekit.lang.en.TIME_UNITS`: "Minutes" in "Minutes later"), not the surname of the person
    named right before it ("Lawrence Summers"), nor a capitalized word whose lemma alone is a time ("Summers
    added", which the lemmatizer makes "summer")."""
    word = parse.words[i]
    text = word.text.lower()
    plural_unit = text.endswith("s") and text[:-1] in TIME_UNITS  # "Minutes later", "Hours after"
    lemma = text if word.text[:1].isupper() else word.lemma.lower()  # "Summers added": a name's own form
    if lemma not in TIME_NOUNS and text not in TIME_NOUNS and not plural_unit:
        return False
    return not (i > 0 and is_surname_after(parse.words[i - 1], word))


#: Parts of speech of the words of a noun phrase before its head: "[The] audit", "[A new] study".
_PREMODIFIER_UPOS = frozenset({"DET", "ADJ", "NUM", "PROPN", "NOUN"})


def words_hung_on_cue(parse: Parse, words: tuple[int, ...], cue: Word) -> tuple[int, ...]:
    """A mention right before a verb the tagger read as a noun ("The audit shows/NNS that ..."), widened
    left over the words of its noun phrase that the parser hung on that "noun" ("The"): the cue is a verb,
    and those words are its subject's."""
    if cue.upos not in {"NOUN", "PROPN"} or not words or words[-1] != cue.i - 1:
        return words
    lo = words[0]
    while (
        lo - 1 >= parse.sentences[cue.sent].first
        and parse.words[lo - 1].head == cue.i
        and parse.words[lo - 1].upos in _PREMODIFIER_UPOS
    ):
        lo -= 1
    return tuple(range(lo, words[-1] + 1))


#: Relations by which a misparse hangs the real subject under a dateline word.
UNDER_DATELINE_RELS = frozenset({"appos", "conj", "flat", "compound", "dep", "list", "nmod", "parataxis"})


def past_dateline(parse: Parse, i: int) -> int | None:
    """``i``, or when it lies in its paragraph's dateline, the noun phrase it governs right after the
    dateline ("WASHINGTON -- President Obama ... said", misparsed with "President" and "Obama" under
    "WASHINGTON"; "CLEVELAND, July 19 (UPI) -- Mayor Ann Roe said", with "Mayor" under "UPI"): its last
    proper noun. ``None`` when the dateline governs no such phrase."""
    end = dateline_end(parse.text, parse.paragraphs, parse.words[i].start)
    if parse.words[i].start >= end:
        return i
    first = parse.sentences[parse.words[i].sent].first
    dateline = range(first, parse.word_at(end))  # the words that start before the dateline's end
    under = [
        c
        for k in dateline
        if k == i or is_ancestor(parse, i, k)
        for c in parse.children[k]
        if parse.words[c].start >= end
        and parse.words[c].upos in NOMINAL_UPOS
        and parse.words[c].deprel.split(":")[0] in UNDER_DATELINE_RELS
    ]
    under.sort()
    if not under:
        return None
    head = under[0]
    while head + 1 in under and parse.words[head + 1].upos == "PROPN":
        head += 1
    return head
