"""The names room: where a proper name starts and ends in a noun phrase, and its canonical form.

Requires: a :class:`~quotekit.document.Parse`. Provides word spans of names (:func:`name_words`), their
words for matching (:func:`name_tokens`), and the tests the rooms above share (a word of a name, an
institution's name as NER spans it, a headline in title case). Knows nothing of roles or speakers.

- "Russian Foreign Minister Sergei Lavrov" -> "Sergei Lavrov";
- "Securities and Exchange Commission": NER's span, joiners and all;
- Robert C. "Bobby" Scott: a quoted nickname inside the name.
"""

from __future__ import annotations

import regex

from quotekit.document import Parse, Word
from quotekit.lang.en import (
    DEMONYMS,
    FEMALE_GIVEN_NAMES,
    MALE_GIVEN_NAMES,
    PARTY_WORDS,
    ROLE_NOUNS,
    TIME_NOUNS,
    TITLES,
)
from quotekit.mentions import is_surname_after

__all__ = [
    "FUNCTION_WORDS",
    "INSTITUTION_NER",
    "NAME_JOINERS",
    "POSSESSIVE",
    "given_name_gender",
    "in_institution_name",
    "is_acronym",
    "is_headline",
    "is_name_part",
    "is_title_domain",
    "is_title_word",
    "name_tokens",
    "name_words",
    "one_institution",
    "organization_span",
    "proper_phrase",
    "text_of",
]

NAME_JOINERS = frozenset({"of", "for", "and", "&"})

FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "al", "&"})

_NAME_TOKEN = regex.compile(r"\w+")

POSSESSIVE = regex.compile(r"\s*['\u2019]s?$")

#: A headline: at least HEADLINE_MIN_WORDS words longer than HEADLINE_WORD_CHARS letters (function words
#: are short), HEADLINE_SHARE of them capitalised (AP and Chicago title case).
HEADLINE_MIN_WORDS, HEADLINE_WORD_CHARS, HEADLINE_SHARE = 4, 3, 0.8

#: NER classes whose names NER delimits better than the parser does (organizations, and places that act).
INSTITUTION_NER = frozenset({"organization", "place"})

#: Quotation marks around a nickname inside a name: Robert C. "Bobby" Scott.
_NICKNAME_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})


def name_tokens(name: str | None) -> frozenset[str]:
    """The lower-cased words of a name without function words: ``"Free Syrian Army"`` ->
    ``{"free", "syrian", "army"}``; two names of one entity share them ("Lopez" <= "Maria Lopez")."""
    if not name:
        return frozenset()
    return frozenset(t.lower() for t in _NAME_TOKEN.findall(name) if t.lower() not in FUNCTION_WORDS)


def text_of(parse: Parse, indices: list[int] | tuple[int, ...]) -> str:
    if not indices:
        return ""
    return parse.text[parse.words[min(indices)].start : parse.words[max(indices)].end]


def is_name_part(word: Word, after: Word | None = None, before: Word | None = None) -> bool:
    """A word of a proper name: a proper noun (not a time word: "Congress Friday"), a hyphen, or before
    a proper noun a capitalised adjective that is no demonym or party ("New" in "New York Times", "White"
    in "White House"; not "Russian" in "Russian Foreign Minister"), or a capitalised common noun inside an
    organization's name ("Shipping" in "Baltic Shipping Association"). A time word is a name's only as the
    surname after a person's name (:func:`is_surname_after`)."""
    if word.text.lower() in TIME_NOUNS and not (before is not None and is_surname_after(before, word)):
        return False  # "Congress Friday"; but "Lawrence Summers", "Theresa May"
    if word.upos == "PROPN" or (word.upos == "PUNCT" and word.text in {"-", "\u2010", "\u2011"}):
        return True
    if after is None or after.upos != "PROPN" or not word.text[:1].isupper():
        return False
    if word.upos == "NOUN" and word.ner == after.ner == "organization":
        return True  # "Baltic Shipping Association": NER spans the tagger's common noun
    return word.upos == "ADJ" and word.text.lower() not in DEMONYMS and word.text.lower() not in PARTY_WORDS


def name_words(parse: Parse, head: int) -> list[int]:
    """The proper name in the phrase: the run of proper nouns around the head, without leading titles,
    role nouns and affiliation words ("Russian Foreign Minister Sergei Lavrov" -> "Sergei Lavrov")."""
    sent = parse.sentences[parse.words[head].sent]
    if parse.words[head].upos != "PROPN" and not (
        _tagged_institution(parse, head, sent.first) or _tagged_surname(parse, head, sent.first)
    ):
        return []
    lo = hi = head
    while True:
        if (
            lo - 1 >= sent.first
            and is_name_part(parse.words[lo - 1], parse.words[lo])
            and not POSSESSIVE.search(parse.words[lo - 1].text)
        ):
            lo -= 1
        elif lo - 4 >= sent.first and _is_nickname(parse, lo - 4):
            lo -= 4
        else:
            break
    while True:
        if (
            hi + 1 < sent.last
            and is_name_part(parse.words[hi + 1], before=parse.words[hi])
            and not POSSESSIVE.search(parse.words[hi].text)  # "Kim's Senate seat": the name ends at 's
            and (
                parse.words[hi + 1].head in range(lo, hi + 2)
                or parse.words[hi + 1].head == parse.words[head].head
                or _hung_on_next_name_word(parse, hi + 1, lo, sent.last)
            )
        ):
            hi += 1
        elif hi + 4 < sent.last and _is_nickname(parse, hi):
            hi += 4
        else:
            break
    ner = parse.words[head].ner
    if ner in INSTITUTION_NER:  # "Securities and Exchange Commission": NER's span, joiners and all
        lo, hi = organization_span(parse, ner, (lo, hi), (sent.first, sent.last))
    if ner and is_headline(parse, sent.first, sent.last):
        # title case runs names into the words around them ("Roe Calls Kim A Liar"): NER draws the line
        lo = max((i + 1 for i in range(lo, head) if parse.words[i].ner != ner), default=lo)
        hi = min((i - 1 for i in range(head + 1, hi + 1) if parse.words[i].ner != ner), default=hi)
    run = list(range(lo, hi + 1))
    last_title = max((i for i in run[:-1] if is_title_word(parse.words[i])), default=lo - 1)
    names = [i for i in run if i > last_title]
    if names and parse.words[names[-1]].ner == "person":  # "Senate Minority Whip Tom Ekker": a person's
        while names and parse.words[names[0]].ner != "person":  # name holds no title or organization
            names.pop(0)
    while names and parse.words[names[0]].upos == "PUNCT":
        names.pop(0)
    while len(names) > 1 and is_title_domain(parse, names[0], names):
        names.pop(0)  # "Secretary of State Ann Roe": "State" is the title's, however NER spans the person
    while (
        len(names) > 1
        and parse.words[names[0]].text.lower() in PARTY_WORDS
        and parse.words[names[-1]].ner == "person"
    ):
        names.pop(0)  # "Democrat Ann Kim": her party ("Democratic National Committee" keeps its word)
    return names


def _hung_on_next_name_word(parse: Parse, i: int, lo: int, last: int) -> bool:
    """ "Alderman William D. Burns" parsed with "D." on "Burns" and "Burns" on "William": a middle initial
    hangs on the surname after it, which joins the name before it."""
    after = i + 1
    if parse.words[i].head != after or after >= last or not is_name_part(parse.words[after]):
        return False
    return parse.words[after].head in range(lo, i)


def is_title_domain(parse: Parse, i: int, names: list[int]) -> bool:
    """Whether word ``i`` is the "of" phrase of a title before the name ("State" in "Secretary of State
    Ann Roe", as the parse repair leaves it): an ``nmod`` of a capitalised title outside the name, with "of"
    before it (not "Ana" in "the car of Ana Ruiz")."""
    word = parse.words[i]
    if i == 0 or parse.words[i - 1].text.lower() != "of" or word.deprel != "nmod" or word.head in names:
        return False
    title = parse.words[word.head] if word.head >= 0 else None
    return title is not None and title.text[:1].isupper() and is_title_word(title)


def given_name_gender(name: str | None) -> str:
    """ "Masc" or "Fem" when a person's name of two words or more starts with a given name of one gender
    (:data:`~quotekit.lang.en.MALE_GIVEN_NAMES`, :data:`~quotekit.lang.en.FEMALE_GIVEN_NAMES`), else "".

    >>> given_name_gender("Ellen Briggs"), given_name_gender("Robert C. Roe"), given_name_gender("Roe")
    ('Fem', 'Masc', '')
    """
    words = (name or "").split()
    if len(words) < 2:
        return ""
    first = words[0].lower()
    return "Masc" if first in MALE_GIVEN_NAMES else "Fem" if first in FEMALE_GIVEN_NAMES else ""


def is_headline(parse: Parse, first: int, last: int) -> bool:
    """Whether words ``first`` to ``last`` are in title case, as a headline ("Hillary Clinton Speaks To
    Voters"): its names run into other words, so the registry reads no names there."""
    long_words = [
        w.text for w in parse.words[first:last] if len(w.text) > HEADLINE_WORD_CHARS and w.text.isalpha()
    ]
    if len(long_words) < HEADLINE_MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in long_words) >= HEADLINE_SHARE * len(long_words)


def one_institution(parse: Parse, head: int, words: tuple[int, ...]) -> bool:
    """Whether a coordination is one organization's name that NER spans ("Securities and Exchange
    Commission" parsed as "Securities" and "Commission"), not two sources ("NBC and ABC")."""
    ner = parse.words[head].ner
    if ner not in INSTITUTION_NER:
        return False
    sent = parse.sentences[parse.words[head].sent]
    lo, hi = organization_span(parse, ner, (head, head), (sent.first, sent.last))
    named = [i for i in words if parse.words[i].upos not in {"DET", "PUNCT"}]
    return lo <= named[0] and named[-1] <= hi


def in_institution_name(word: Word, ner: str) -> bool:
    """Whether ``word`` is a capitalised word that NER puts in a name of class ``ner``, whatever its part
    of speech ("Securities" in "Securities and Exchange Commission", "House" in "The White House")."""
    return word.ner == ner and word.text[:1].isupper() and word.upos not in {"DET", "PUNCT"}


def _tagged_surname(parse: Parse, i: int, first: int) -> bool:
    """A surname the tagger calls a common noun after a first name NER puts in the same person ("Eriksen"
    in "Professor Lars Eriksen of the University of Oslo said")."""
    word = parse.words[i]
    before = parse.words[i - 1] if i > first else None
    return (
        before is not None
        and word.upos == "NOUN"
        and word.ner == before.ner == "person"
        and before.upos == "PROPN"
        and word.text[:1].isupper()
    )


def _tagged_institution(parse: Parse, i: int, first: int) -> bool:
    """A common noun inside a sentence (not its capitalised first word) that NER puts in an organization's
    or place's name: "House" in "The White House said"."""
    word = parse.words[i]
    return (
        word.ner in INSTITUTION_NER
        and in_institution_name(word, word.ner)
        and i > first
        and word.upos == "NOUN"
    )


def organization_span(
    parse: Parse, ner: str, run: tuple[int, int], sentence: tuple[int, int]
) -> tuple[int, int]:
    """The ``run`` of words (first, last) widened over the capitalised words NER gives the same
    organization or place (class ``ner``) inside ``sentence`` (first word, end), and the joiners between
    them ("and", "of", "for"), whatever the parser made of them."""
    (lo, hi), (first, last) = run, sentence

    def member(i: int) -> bool:
        return in_institution_name(parse.words[i], ner)

    def possessor(i: int) -> bool:
        """ "NBC’s" of "NBC’s Lena Ortiz" (the parse repair makes it the name's ``nmod:poss``): a name
        ends at a possessor, whatever span NER gives ("McDonald's" alone stays one name)."""
        word = parse.words[i]
        return word.deprel == "nmod:poss" and bool(POSSESSIVE.search(word.text))

    def joiner(i: int) -> bool:
        """ "of" / "for" inside a name; "and" only inside one name, whose word before it depends on a word
        of the name after it ("Securities and Exchange Commission"), or the tagger took for a common noun:
        "and" joins two names too ("NBC and ABC", where "NBC" heads the coordination)."""
        word, before = parse.words[i], parse.words[i - 1]
        if word.ner != ner or word.text.lower() not in NAME_JOINERS:
            return False
        if word.text.lower() not in {"and", "&"} or before.upos != "PROPN":
            return True
        return before.head > i and member(before.head)

    while True:
        if lo - 1 >= first and member(lo - 1) and not possessor(lo - 1):
            lo -= 1
        elif lo - 2 >= first and joiner(lo - 1) and member(lo - 2):
            lo -= 2
        else:
            break
    while not possessor(hi):
        if hi + 1 < last and member(hi + 1):
            hi += 1
        elif hi + 2 < last and joiner(hi + 1) and member(hi + 2):
            hi += 2
        else:
            break
    return lo, hi


def _is_nickname(parse: Parse, i: int) -> bool:
    """Whether a quoted nickname joins the name words ``i`` and ``i + 4``: Robert C. "Bobby" Scott."""
    a, open_, nick, close, b = parse.words[i : i + 5]
    return (
        open_.text in _NICKNAME_MARKS
        and close.text in _NICKNAME_MARKS
        and all(w.upos == "PROPN" and w.text[:1].isupper() for w in (a, nick, b))
        and open_.end == nick.start
        and nick.end == close.start
    )


def is_title_word(word: Word) -> bool:
    lower = word.text.lower()
    return (
        lower in ROLE_NOUNS
        or lower.removesuffix("s") in ROLE_NOUNS
        or lower in TITLES
        or lower + "." in TITLES
    )


def proper_phrase(parse: Parse, i: int) -> str:
    """The proper-noun words around ``i`` ("Saudi Arabia", "the Free Syrian Army" -> without "the")."""
    sent = parse.sentences[parse.words[i].sent]
    lo = hi = i
    while lo - 1 >= sent.first and is_name_part(parse.words[lo - 1], parse.words[lo]):
        lo -= 1
    while hi + 1 < sent.last and (
        is_name_part(parse.words[hi + 1])
        or (
            parse.words[hi + 1].text in NAME_JOINERS
            and hi + 2 < sent.last
            and parse.words[hi + 2].upos == "PROPN"
            and parse.words[hi + 2].text[:1].isupper()
        )
    ):
        hi += 1
    return POSSESSIVE.sub("", text_of(parse, list(range(lo, hi + 1))))


def is_acronym(text: str) -> bool:
    letters = text.replace(".", "").replace("&", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()
