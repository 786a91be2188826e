"""The title room: the words a role is written with before a name, apart from the role finders.

Requires: a :class:`~quotekit.document.Parse`, the names room and the US conventions. Provides the
helpers the finders of :mod:`quotekit.roles` read a premodifying title with ("Veteran comedian Tom Baker",
"Democratic front-runner Ellen Briggs", "Former Breitbart reporter Jane Fields", "“Morning Desk” host Ana
Lutz", "Labor Secretary Tom Peres"):

- a hyphenated word the tokenizer splits ("front", "-", "runner") is one word: a role noun or a modifier;
- temporal and evaluative modifiers at a title's front ("Former", "Veteran") are no part of the employer
  written after them;
- a title in quotation marks before a role is the show or paper the role belongs to;
- an organization or person written at the front of a role is its affiliation ("NYPD Commissioner",
  "White House spokesman", "a Lopez campaign aide"), and so is a US cabinet department before "Secretary".
"""

from __future__ import annotations

from collections.abc import Callable

from quotekit.conventions import before_campaign
from quotekit.document import Parse, Word
from quotekit.lang.en import (
    CLOSING_QUOTES,
    DEMONYMS,
    HYPHENS,
    OPENING_QUOTES,
    PARTY_WORDS,
    ROLE_MODIFIERS_DROPPED,
    ROLE_NOUNS,
    US_CABINET_DEPARTMENTS,
)
from quotekit.names import POSSESSIVE, is_acronym, is_name_part, text_of

__all__ = [
    "MAX_TITLE_WORDS",
    "cabinet_department",
    "employer_text",
    "hyphen_end",
    "hyphen_start",
    "is_affiliation_word",
    "is_role_word",
    "leading_affiliation",
    "modifiers_start",
    "past_dropped_modifiers",
    "quoted_title_before",
    "role_noun_of",
    "role_text",
]

#: The most words a quoted title before a role may have ("“The Late Show with Stephen Colbert” host").
MAX_TITLE_WORDS = 8


def role_noun_of(parse: Parse, i: int) -> str:
    """The role noun a word ends, lower-cased: a hyphenated compound the tokenizer split when it is a role
    ("front-runner" for "runner" of "front - runner"), else the word's lemma ("spokesmen" -> "spokesman")."""
    compound = text_of(parse, list(range(hyphen_start(parse, i), i + 1))).lower()
    return compound if compound in ROLE_NOUNS else parse.words[i].lemma.lower()


def is_role_word(parse: Parse, i: int) -> bool:
    """A role noun as written, alone or closing a hyphenated compound ("front-runner"); not a plural or a
    possessive ("Senators", "the nominee's daughter")."""
    compound = text_of(parse, list(range(hyphen_start(parse, i), i + 1))).lower()
    return parse.words[i].text.lower() in ROLE_NOUNS or compound in ROLE_NOUNS


def hyphen_start(parse: Parse, i: int) -> int:
    """ "front-runner", split by the tokenizer into "front", "-", "runner": the first word of the
    hyphenated compound word ``i`` closes (``i`` itself when no hyphen joins it to the word before)."""
    first = parse.sentences[parse.words[i].sent].first
    k = i
    while k - 2 >= first and _hyphen_joins(parse, k - 1):
        k -= 2
    return k


def hyphen_end(parse: Parse, i: int) -> int:
    """ "fast-food": the last word of the hyphenated compound word ``i`` opens (``i`` if none)."""
    last = parse.sentences[parse.words[i].sent].last
    k = i
    while k + 2 < last and _hyphen_joins(parse, k + 1):
        k += 2
    return k


def _hyphen_joins(parse: Parse, h: int) -> bool:
    """Word ``h`` is a hyphen written with no space on either side ("front-runner", not "Roe - a
    dash")."""
    before, hyphen, after = parse.words[h - 1], parse.words[h], parse.words[h + 1]
    return hyphen.text in HYPHENS and before.end == hyphen.start and hyphen.end == after.start


def modifiers_start(parse: Parse, i: int, modifier: Callable[[Word], bool], *, attached: bool = False) -> int:
    """Where the role noun ``i``'s modifiers start: "Foreign" of "Foreign Minister", "retired fast-food" of
    "retired fast-food worker" (a hyphenated modifier counts as one word, a hyphenated age none: "the
    71-year-old diplomat"); ``modifier`` says which words may modify a role, ``attached`` that the parse
    must hang them on the role."""
    first = parse.sentences[parse.words[i].sent].first
    k = hyphen_start(parse, i)
    while (
        k - 1 >= first
        and modifier(parse.words[k - 1])
        and parse.words[hyphen_start(parse, k - 1)].upos != "NUM"
    ):
        if attached and not k <= parse.words[k - 1].head <= i:
            break
        k = hyphen_start(parse, k - 1)
    return k


def past_dropped_modifiers(parse: Parse, k: int, j: int) -> int:
    """ "Former Breitbart reporter": the index after the temporal and evaluative modifiers that open a role
    ("Former", "veteran"), where an employer written before the role may start."""
    d = k
    while d < j and parse.words[d].text.lower() in ROLE_MODIFIERS_DROPPED:
        d += 1
    return d


def role_text(parse: Parse, k: int, d: int, start: int, end: int) -> str:
    """The role's words without the employer written inside it: "Former reporter" of "Former Breitbart
    reporter" (the dropped modifiers ``k``..``d`` kept, so that the role still reads as former)."""
    role = text_of(parse, list(range(start, end + 1)))
    return f"{text_of(parse, list(range(k, d)))} {role}" if d > k else role


def cabinet_department(parse: Parse, k: int, j: int) -> str | None:
    """ "Labor Secretary", "Treasury Secretary": the department a US cabinet secretary heads, named before
    the title ("Labor Department"); "Foreign Secretary" or "press secretary" name no department."""
    words = parse.words[k:j]
    if role_noun_of(parse, j) != "secretary" or len(words) != 1:
        return None
    return (
        f"{words[0].text.capitalize()} Department"
        if words[0].text.lower() in US_CABINET_DEPARTMENTS
        else None
    )


def employer_text(parse: Parse, k: int, m: int, j: int) -> str:
    """The employer written at the front of role ``j``, words ``k`` to ``m`` ("NYPD" of "NYPD
    Commissioner"), a cabinet department written out ("Labor" of "Labor Secretary" -> "Labor Department")."""
    return (m == j and cabinet_department(parse, k, j)) or text_of(parse, list(range(k, m)))


def quoted_title_before(parse: Parse, close: int, first: int) -> str | None:
    """ "“The Evening Hour” host": the title in quotation marks closing at word ``close``, right before a
    role, is the show, paper or work the role belongs to (news sets such titles in quotation marks)."""
    if parse.words[close].text not in CLOSING_QUOTES:
        return None
    opening = next(
        (
            o
            for o in range(close - 1, max(first, close - MAX_TITLE_WORDS - 1) - 1, -1)
            if parse.words[o].text in OPENING_QUOTES
        ),
        None,
    )
    if opening is None or opening + 1 == close:
        return None
    inside = parse.words[opening + 1 : close]
    if not all(w.text[:1].isupper() or w.upos in {"ADP", "DET", "CCONJ"} for w in inside):
        return None  # a title capitalises its words: "“Morning Desk” host", not a quoted phrase
    return text_of(parse, list(range(opening + 1, close)))


def is_affiliation_word(parse: Parse, i: int) -> bool:
    """A word of a name before a role, not a dropped modifier capitalised at the sentence's start
    ("Former" of "Former Reuters correspondent")."""
    return is_name_part(parse.words[i], parse.words[i + 1]) and parse.words[i].text.lower() not in (
        ROLE_MODIFIERS_DROPPED
    )


def leading_affiliation(parse: Parse, k: int, j: int) -> int:
    """Where a role starts after the organization or person written at its front: the index after
    "NYPD" in "NYPD Commissioner", after "White House" in "White House spokesman" (``k`` if none)."""
    m = k
    while (
        m < j
        and is_name_part(parse.words[m], parse.words[m + 1])
        and parse.words[m].text.lower() not in ROLE_NOUNS
    ):
        m += 1
    run = [parse.words[i] for i in range(k, m)]
    if any(is_acronym(w.text) or w.ner in {"organization", "person", "place"} for w in run):
        return m
    if m > k and POSSESSIVE.search(parse.words[m - 1].text):  # "Norway's ambassador": a possessor, even
        return m  # where NER names nothing and it opens the sentence
    if m > k and (before_campaign(parse, m - 1) or _named_before_common_role(parse, k, m, j)):
        return m
    if cabinet_department(parse, k, j) is not None:  # "Labor Secretary"
        return j
    return k


def _named_before_common_role(parse: Parse, k: int, m: int, j: int) -> bool:
    """ "The Ledger technology columnist", "Daily Show host": capitalised proper nouns before a role in
    lower case name its employer (a title in capitals, "Senate Minority Whip", keeps its words); a sentence's
    first word is capitalised anyway, so it counts only when NER names it."""
    role = parse.words[m : j + 1]
    if not role or any(w.text[:1].isupper() for w in role):
        return False
    first = parse.sentences[parse.words[k].sent].first
    run = parse.words[k:m]
    if any(w.text.lower() in DEMONYMS or w.text.lower() in PARTY_WORDS for w in run):
        return False
    return k > first or bool(parse.words[k].ner)
