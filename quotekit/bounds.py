"""Where a content ends: the words a content pattern's parse subtree leaves out or takes in wrongly.

A content pattern (:mod:`quotekit.content`) takes the subtree of a cue's complement. Where the parser split
the complement, or hung one of the cue's own modifiers beside it, the subtree ends in the wrong place. Each
helper here mends one such boundary, from the grammar of the reported phrase:

- a finite clause right after a noun-phrase object, with no subject of its own, has the object as its
  subject (:func:`clause_of_object`);
- "called for X to act": the infinitive after the phrase of "for" is part of it (:func:`infinitive_after`);
- "talked about trade and how to fix it": a conjunct right after the content, hung above it, is more of
  it (:func:`stranded_conjunct`);
- "praised the plan at a rally": the phrase of the occasion of a saying is not what was said
  (:func:`is_venue_phrase`);
- "acknowledged that [reforming the code] will take time": a gerund or noun phrase right before a
  subjectless complement clause, hung on the cue, is the clause's subject (:func:`split_subject`);
- "has not endorsed her or conceded the race": a verb phrase coordinated with the cue is the source's
  second act, where a content read off the words after the cue ends (:func:`cue_conjunct_start`);
- "said [the dam could fail] and will be closed": a verb phrase in the present (or with a modal)
  coordinated with a cue in the past, right after a content in the present, is the content's
  (:func:`present_conjunct`);
- "said [the port is safe] and [the ferries will run]": a clause with its own subject joined to a clause
  content by "and"/"but" with no comma, hung on the cue, is its second conjunct (:func:`clause_conjunct`);
- "said [he earns $40,000 a year] and questioned the plan": the mirror case, a verb phrase in the past
  coordinated inside a content in the present, with a cue in the past, is the source's second act
  (:func:`past_conjunct`);
- "argued that [Clinton's use of a server] did not show judgment": the words inside a content's stretch
  that the parser hung elsewhere are part of it, unless a reporting clause or a parenthetical interrupts
  it (:func:`inner_gaps`).

Requires: a parse (:mod:`quotekit.document`). Provides word indices to add to a content, or a test.
"""

from __future__ import annotations

from quotekit.document import Parse, Word
from quotekit.lang.en import (
    CLAUSE_COORDINATORS,
    COGNITION_VERBS,
    CONTENT_COORDINATORS,
    FIRST_PERSON,
    PRONOUNS,
    SPEECH_VERBS,
    VENUE_NOUNS,
    VENUE_PREPOSITIONS,
    WH_OPENERS,
)
from quotekit.syntax import is_ancestor, is_quote_mark, is_subject

__all__ = [
    "clause_conjunct",
    "clause_of_object",
    "cue_conjunct_start",
    "has_own_subject",
    "infinitive_after",
    "inner_gaps",
    "is_venue_phrase",
    "past_conjunct",
    "present_conjunct",
    "reports",
    "split_subject",
    "stranded_conjunct",
    "verb_tense",
]

#: How the parser hangs on the cue the subject it split off a complement clause: "acknowledged that
#: [reforming the code] will take time" (advcl), "argued [the governor's use] ... did not" (ccomp).
_SPLIT_SUBJECT_RELS = frozenset({"advcl", "ccomp", "obj", "xcomp", "csubj"})

#: Relations of the auxiliary or copula that may open a clause before its head ("[would] think").
_AUXILIARY_RELS = frozenset({"aux", "aux:pass", "cop"})
#: Parts of speech that may head a clause with a copula or auxiliary ("would be [unfair]", "is [a sham]").
_CLAUSE_HEAD_UPOS = frozenset({"VERB", "AUX", "ADJ", "NOUN", "PROPN", "PRON"})
#: Punctuation that sets off a parenthetical or a second clause inside a content's stretch: "the plan, he
#: said, would fail", "the minister (a lawyer) said", "the plan - a costly one - failed".
_INTERRUPTING_MARKS = frozenset({",", ";", ":", "(", ")", "[", "]", "\u2014", "\u2013", "--"})
#: Punctuation that opens the writer's comment on a conjunct: "and the parent company[ — all businesses he
#: assailed]".
_COMMENT_MARKS = frozenset({";", ":", "(", "\u2014", "\u2013", "--"})
#: Dependents of the cue that are its own, not the content's: its object or addressee ("told [the BBC] the
#: group would fight"), its punctuation, a second verb coordinated with it ("said the video should be
#: released [but said] the timing was wrong") and that verb's conjunction.
_CUE_OWN_RELS = frozenset({"obj", "iobj", "punct", "conj", "cc"})
#: The relations of a word that make it a dependent of its head's clause rather than its head's phrase.
_CLAUSE_MARK_RELS = frozenset({"case", "mark", "cop"})


def _is_finite(word: Word) -> bool:
    """A finite verb or auxiliary (UD VerbForm=Fin: "would", "fear", "was")."""
    return word.upos in {"VERB", "AUX"} and word.feat("VerbForm") == "Fin"


def has_own_subject(parse: Parse, i: int) -> bool:
    """Whether word ``i`` has a subject (or an expletive "there") of its own."""
    return any(is_subject(parse.words[c]) or parse.words[c].deprel == "expl" for c in parse.children[i])


def clause_of_object(parse: Parse, verb: Word, obj: int) -> list[int]:
    """ "She feared [her employer] would fire her", "The poll shows [voters] backing the plan": a finite
    verb (or a gerund, a small clause) right after the cue's noun-phrase object, past adverbs, that has no
    subject of its own makes the object its subject: the content is the whole clause. An English finite
    clause has a subject (Huddleston & Pullum 2002, ch. 4, §3), so the parser's object was the clause's
    subject, split off. Empty when the next word opens no such clause, or its clause holds the cue."""
    words = parse.subtree(obj)
    end = max(words)
    sent = parse.sentences[verb.sent]
    k = end + 1
    while k < sent.last and parse.words[k].upos == "ADV":
        k += 1
    if k >= sent.last:
        return []
    word = parse.words[k]
    if word.deprel in _AUXILIARY_RELS and word.head > k and _is_finite(word):
        head = word.head
    elif _is_finite(word) or word.xpos == "VBG":
        head = k
    else:
        return []
    if parse.words[head].upos not in _CLAUSE_HEAD_UPOS or head == verb.i or is_ancestor(parse, head, verb.i):
        return []
    if has_own_subject(parse, head):
        return []
    owned = set(words)
    clause = [j for j in parse.subtree(head) if j not in owned]
    if min(clause) < end or any(parse.words[j].upos == "PUNCT" for j in range(end + 1, head)):
        return []  # a clause that reaches back over the object, or one set off by punctuation
    return sorted({*words, *range(end + 1, k), *clause})


def infinitive_after(parse: Parse, verb: Word, phrase: int) -> list[int]:
    """ "called for [Congress] to act", "called on [the court] to rule": the "to"-infinitive right after the
    phrase ``phrase`` of the cue, which the parser hung on the cue (advcl or ccomp) rather than xcomp: in a
    "for ... to" clause the noun phrase is the infinitive's subject (Huddleston & Pullum 2002, ch. 14,
    §1.3), and the two make up what is called for."""
    after = max(parse.subtree(phrase)) + 1
    for c in parse.children[verb.i]:
        word = parse.words[c]
        if (
            word.deprel in {"advcl", "ccomp"}
            and min(parse.subtree(c)) == after
            and _is_to_infinitive(parse, word)
        ):
            return parse.subtree(c)
    return []


def _is_to_infinitive(parse: Parse, word: Word) -> bool:
    """A verb in the base form with "to" ("to act")."""
    return word.xpos == "VB" and any(
        parse.words[c].deprel == "mark" and parse.words[c].lemma.lower() == "to"
        for c in parse.children[word.i]
    )


def stranded_conjunct(parse: Parse, verb: Word, content: list[int]) -> list[int]:
    """ "talked about [immigration] and how it changes the country", "cited [trade] and campaign reform":
    a conjunct right after the content ("and"/"or", :data:`~quotekit.lang.en.CONTENT_COORDINATORS`) that
    the parser hung on the cue or above it, up to a dash or parenthesis that opens a comment, when it is of
    the kind that coordinates with a noun phrase: a noun phrase, an embedded question
    (:data:`~quotekit.lang.en.WH_OPENERS`), or a gerund phrase hung above a cue that is no gerund itself. A
    verb phrase coordinated with the cue itself ("criticized the plan and [called] for a vote", "by
    pledging reform and [trying] to reach voters") is the source's second act, not more content."""
    if not content:
        return []
    cc = max(content) + 1
    sent = parse.sentences[verb.sent]
    if cc + 1 >= sent.last:
        return []
    mark = parse.words[cc]
    if mark.deprel != "cc" or mark.lemma.lower() not in CONTENT_COORDINATORS:
        return []
    h = mark.head
    head = parse.words[h]
    if h <= cc or h in content or is_ancestor(parse, h, verb.i):
        return []
    if not (head.head == verb.i or is_ancestor(parse, head.head, verb.i)):
        return []  # hung inside the content or elsewhere: the parse's own analysis stands
    words = parse.subtree(h)
    if min(words) != cc:
        return []
    breaks = [j for j in words if parse.words[j].text in _COMMENT_MARKS]
    words = [j for j in words if not breaks or j < breaks[0]]  # "... and Apple[ — all businesses that ...]"
    kids = [parse.words[g] for g in parse.children[h]]
    if head.upos in {"NOUN", "PROPN"} and not any(k.deprel in _CLAUSE_MARK_RELS for k in kids):
        return words
    if parse.words[cc + 1].lemma.lower() in WH_OPENERS and cc + 1 < h:
        return words
    if (
        head.xpos == "VBG"
        and verb.xpos != "VBG"
        and head.head != verb.i
        and not any(is_subject(k) for k in kids)
    ):
        return words
    return []


def is_venue_phrase(parse: Parse, c: int) -> bool:
    """ "in an interview", "at a rally", "during the debate", "on the condition of anonymity": a phrase of
    the occasion or medium of a saying (:data:`~quotekit.lang.en.VENUE_NOUNS` after a preposition of
    :data:`~quotekit.lang.en.VENUE_PREPOSITIONS`)."""
    cases = [g for g in parse.children[c] if g < c and parse.words[g].deprel == "case"]
    return (
        bool(cases)
        and parse.words[cases[0]].lemma.lower() in VENUE_PREPOSITIONS
        and parse.words[c].lemma.lower() in VENUE_NOUNS
    )


def inner_gaps(parse: Parse, verb: Word, content: list[int]) -> list[int]:
    """ "Axelrod argued that [Clinton's use of a server] did not show good judgment": the words between the
    first and last of a content that the parser hung elsewhere (here a second complement of the cue). A
    phrase's words stand together in English (projectivity), so a gap inside a content is a misparse,
    unless what fills it interrupts the content: the cue or a word above it ("The plan, he said, would
    fail"), the cue's subject, object or a verb coordinated with it (:data:`_CUE_OWN_RELS`), a quotation mark,
    or the punctuation of a parenthetical (:data:`_INTERRUPTING_MARKS`)."""
    have = set(content)
    out: list[int] = []
    gap: list[int] = []
    for k in range(min(have), max(have) + 1):
        if k not in have:
            gap.append(k)
            continue
        if (
            gap
            and all(_may_fill(parse, verb, j) for j in gap)
            and any(parse.words[j].upos != "PUNCT" for j in gap)
        ):
            out.extend(gap)
        gap = []
    return out


def _may_fill(parse: Parse, verb: Word, j: int) -> bool:
    """Whether word ``j`` in a gap of a content may belong to it (:func:`inner_gaps`)."""
    word = parse.words[j]
    if j == verb.i or word.sent != verb.sent or is_ancestor(parse, j, verb.i) or is_quote_mark(word):
        return False
    if word.head == verb.i and (is_subject(word) or word.deprel in _CUE_OWN_RELS):
        return False
    return word.text not in _INTERRUPTING_MARKS


def split_subject(parse: Parse, verb: Word, clause: int) -> list[int]:
    """ "Both sides acknowledged that [reforming the pension code] will take time": a complement clause
    after the cue with no subject of its own, right after a gerund or noun phrase that the parser hung on
    the cue (:data:`_SPLIT_SUBJECT_RELS`): that phrase is the clause's subject (a finite clause has one,
    Huddleston & Pullum 2002, ch. 4, §3; a gerund-participial clause can be it, ch. 14, §1.2)."""
    if clause < verb.i or has_own_subject(parse, clause):
        return []
    first = min(parse.subtree(clause))
    for c in parse.children[verb.i]:
        word = parse.words[c]
        if not (verb.i < c < clause and word.deprel in _SPLIT_SUBJECT_RELS):
            continue
        if max(parse.subtree(c)) == first - 1 and (word.upos in {"NOUN", "PROPN"} or word.xpos == "VBG"):
            return parse.subtree(c)
    return []


def cue_conjunct_start(parse: Parse, verb: Word) -> int | None:
    """ "The mayor has not endorsed her [or conceded the race]", "She called him reckless [and said] he
    should resign": the first word (its "and"/"or"/"but") of the first verb phrase after the cue that the
    parser coordinated with it: the source's second act, not what the cue reports. None when there is none."""
    for c in parse.children[verb.i]:
        word = parse.words[c]
        if c > verb.i and word.deprel == "conj" and word.upos in {"VERB", "AUX"}:
            kids = [parse.words[g] for g in parse.children[c] if g < c]
            if not any(k.deprel == "cc" for k in kids):
                continue
            start = min(parse.subtree(c))
            if has_own_subject(parse, c) and "," not in {
                parse.words[start].text,
                parse.words[start - 1].text,
            }:
                return None  # "said [she and Obama] had made progress": a coordinated subject, misparsed
            return start
    return None


def verb_tense(parse: Parse, i: int) -> str:
    """The tense of the verb phrase headed by word ``i`` ("Past", "Pres"): of its finite auxiliary or copula,
    else of itself ("" when not finite)."""
    for c in parse.children[i]:
        word = parse.words[c]
        if word.deprel in _AUXILIARY_RELS and _is_finite(word):
            return word.feat("Tense") or "Pres"  # a modal ("can", "will") has no Tense feature: present
    word = parse.words[i]
    return word.feat("Tense") if _is_finite(word) else ""


def present_conjunct(parse: Parse, verb: Word, content: list[int]) -> list[int]:
    """ "The agency said [the dam could fail] and will be closed next week": a subjectless verb phrase in the
    present or with a modal right after a content in the present or with a modal, which the parser
    coordinated with a cue in the past, is the content's: a second act of the source would be told in the
    past, as the first ("said the plan is dead and [left] the room"). Empty otherwise."""
    if not content or min(content) < verb.i:
        return []
    k = max(content) + 1
    if k < len(parse.words) and parse.words[k].text == ",":
        k += 1
    sent = parse.sentences[verb.sent]
    if k + 1 >= sent.last:
        return []
    mark = parse.words[k]
    if mark.deprel != "cc" or mark.lemma.lower() not in CONTENT_COORDINATORS:
        return []
    h = mark.head
    tops = [j for j in content if parse.words[j].head not in set(content)]
    if (
        h <= k
        or parse.words[h].head != verb.i
        or parse.words[h].deprel != "conj"
        or has_own_subject(parse, h)
    ):
        return []
    if len(tops) != 1 or verb_tense(parse, verb.i) != "Past":
        return []
    if verb_tense(parse, h) != "Pres" or verb_tense(parse, tops[0]) != "Pres":
        return []
    return [j for j in parse.subtree(h) if j >= k - 1]


def past_conjunct(parse: Parse, verb: Word, content: list[int]) -> list[int]:
    """ "Ana Ruiz said [he earns $40,000 a year] and questioned the plan": a subjectless verb phrase in the
    past that the parser coordinated with the head of a content in the present (or with a modal), after a
    cue in the past, is the source's second act, told in the tense of the first (the mirror of
    :func:`present_conjunct`). The words from its "and"/"but" on, to drop from the content; empty
    otherwise."""
    if not content or min(content) < verb.i or verb_tense(parse, verb.i) != "Past":
        return []
    have = set(content)
    tops = [j for j in content if parse.words[j].head not in have]
    if len(tops) != 1 or verb_tense(parse, tops[0]) != "Pres":
        return []
    if any(parse.words[g].deprel in {"aux", "aux:pass"} for g in parse.children[tops[0]]):
        return []  # "he has not held dinners and never [called] a donor": the conjunct may share "has"
    for c in parse.children[tops[0]]:
        word = parse.words[c]
        if c < tops[0] or word.deprel != "conj" or word.xpos != "VBD" or has_own_subject(parse, c):
            continue
        if any(parse.words[g].deprel == "cc" for g in parse.children[c] if g < c):
            start = min(parse.subtree(c))
            return [j for j in content if j >= start]
    return []


def clause_conjunct(parse: Parse, verb: Word, content: list[int]) -> list[int]:
    """ "The minister said [the port is safe] and [the ferries will run on Monday]": a finite clause with a
    subject of its own right after a finite clause content, joined by "and"/"but" with no punctuation before
    it, which the parser coordinated with the cue, is the second conjunct of the reported clause. Not when
    its subject is a personal pronoun that may stand for the source ("said the plan is dead and [he] left"),
    nor when it reports a saying or thought of its own ("and others have [said] ..."). Empty otherwise."""
    if not content or min(content) < verb.i:
        return []
    have = set(content)
    tops = [j for j in content if parse.words[j].head not in have]
    if len(tops) != 1 or parse.words[tops[0]].head != verb.i or not has_own_subject(parse, tops[0]):
        return []
    if not verb_tense(parse, tops[0]):
        return []
    k = max(content) + 1
    if k + 1 >= parse.sentences[verb.sent].last:
        return []
    mark = parse.words[k]
    if mark.deprel != "cc" or mark.lemma.lower() not in CLAUSE_COORDINATORS:
        return []
    h = mark.head
    if h <= k or parse.words[h].head != verb.i or parse.words[h].deprel != "conj" or not verb_tense(parse, h):
        return []
    subjects = [parse.words[c] for c in parse.children[h] if is_subject(parse.words[c]) and c < h]
    if not subjects or any(_may_be_source(s) for s in subjects):
        return []
    words = parse.subtree(h)
    if min(words) != k or any(reports(parse.words[j]) for j in words):
        return []
    return words


def _may_be_source(word: Word) -> bool:
    """A personal pronoun that may stand for a person ("he", "they"), not "it"."""
    person = PRONOUNS.get(word.text.lower())
    return (person is not None and person[1] != "Neut") or word.text.lower() in FIRST_PERSON


def reports(word: Word) -> bool:
    """A verb of saying or thinking ("said", "believes"): a clause with one reports on its own."""
    return word.upos == "VERB" and (word.lemma in SPEECH_VERBS or word.lemma in COGNITION_VERBS)
