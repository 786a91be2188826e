"""The content of a reporting verb: the clause it governs, by the first content pattern that finds one.

Each pattern is one small named helper; the docstring shows the sentence shape it handles. The parse's
own analyses come first, the textual fallbacks for misparses last (:data:`CONTENT_PATTERNS`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from quotekit.adjuncts import main_clause_past
from quotekit.bounds import (
    clause_conjunct,
    clause_of_object,
    cue_conjunct_start,
    infinitive_after,
    inner_gaps,
    is_venue_phrase,
    past_conjunct,
    present_conjunct,
    split_subject,
    stranded_conjunct,
)
from quotekit.closers import appended_comment, main_clause_resumed, next_statement, reduced_saying
from quotekit.document import Parse, Word
from quotekit.lang.en import (
    ADDRESSEE_VERBS,
    CLAUSE_RELS,
    DIRECTIVE_VERBS,
    NAMING_CUES,
    NONFINITE_CUES,
    OBJECT_CUES,
    QUESTION_CUES,
    TIME_NOUNS,
)
from quotekit.second_acts import reporting_conjunct, source_participle
from quotekit.syntax import Fragment, is_ancestor, is_clause, is_quote_mark, is_subject
from quotekit.text import dateline_end

__all__ = [
    "BRIDGE_RELS",
    "CONTENT_PATTERNS",
    "FINITE_XPOS",
    "TOPIC_PREPOSITIONS",
    "ContentPattern",
    "content_of_verb",
    "fragments",
    "is_time_phrase",
    "nonfinite_content",
    "object_content",
    "question_content",
    "topic_content",
    "trailing_complements",
]

#: Parts of speech that cannot make up content on their own (a stray "the" split off by a parse error).
_FUNCTION_UPOS = frozenset({"DET", "ADP", "PUNCT", "CCONJ", "SCONJ", "PART", "AUX"})

#: Relations a word between a cue and its clause may have for the clause to still be its complement.
BRIDGE_RELS = frozenset(
    {
        "obj",
        "iobj",
        "obl",
        "obl:tmod",
        "obl:agent",
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

#: Finite verb tags (Penn Treebank): a stretch of words with one of them can be a reported clause.
FINITE_XPOS = frozenset({"VBD", "VBZ", "VBP", "MD"})

#: Parts of speech that may follow a cue at the end of its sentence ("..., a source said on Monday.").
_TRAILING_UPOS = frozenset({"ADV", "ADP", "NOUN", "PROPN", "NUM", "DET", "ADJ", "PUNCT", "PRON"})

#: Parts of speech that may open a reported clause right after its cue ("said [the two] raised ...").
_CLAUSE_START_UPOS = frozenset({"DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ", "SCONJ"})

#: A speaker's noun phrase between a comma and a closing cue has at most this many words.
SPEAKER_WORDS = 10


#: A content pattern: a name and a function from a parse and a cue verb to the content's word indices.
ContentPattern = tuple[str, Callable[[Parse, Word], list[int]]]


def content_of_verb(
    parse: Parse, verb: Word, patterns: Sequence[ContentPattern] | None = None
) -> tuple[tuple[Fragment, ...], str]:
    """The clause a reporting verb governs, by the first of ``patterns`` (default
    :data:`CONTENT_PATTERNS`) that finds one, with a conjunct the parser hung above it
    (:func:`~quotekit.bounds.stranded_conjunct`) and the words inside it the parser hung elsewhere
    (:func:`~quotekit.bounds.inner_gaps`)."""
    for name, finder in CONTENT_PATTERNS if patterns is None else patterns:
        words = finder(parse, verb)
        if words:
            drop = {*past_conjunct(parse, verb, words), *source_participle(parse, verb, words)}
            drop |= set(reporting_conjunct(parse, verb, words))
            drop |= set(appended_comment(parse, verb, words)) | set(reduced_saying(parse, verb, words))
            drop |= set(main_clause_past(parse, verb, words)) | set(next_statement(parse, verb, words))
            drop |= set(main_clause_resumed(parse, verb, words))
            words = [j for j in words if j not in drop]
            if not words:  # all of it the source's second act ("said, and warned that ..."): no content here
                continue
            words = [*words, *stranded_conjunct(parse, verb, words)]
            words = [*words, *present_conjunct(parse, verb, words)]
            words = [*words, *clause_conjunct(parse, verb, words)]
            return fragments(parse, [*words, *inner_gaps(parse, verb, words)]), name
    return (), "none"


def _content_from_complement(parse: Parse, verb: Word) -> list[int]:
    """ "X said (that) Y", "X told the BBC Y", "Y, X said" with Y parsed as the verb's ccomp.

    When several clauses hang off the verb, those with a subject or "that" win (a stray noun tagged as a
    clause is dropped). A noun object right before a subjectless clause is that clause's subject, misattached
    by the parser ("Western nations say [a majority of the strikes] have targeted ...")."""
    clauses = [
        c
        for c in parse.children[verb.i]
        if parse.words[c].deprel in CLAUSE_RELS
        and is_clause(parse, parse.words[c])
        and not _is_relative_clause(parse, verb, c)
    ]
    clauses = [c for c in clauses if not _is_coordinated(parse, verb, c)]
    chosen = [c for c in clauses if _has_subject_or_mark(parse, c)] or clauses
    out: list[int] = []
    for c in chosen:
        out.extend(parse.subtree(c))
        out.extend(_misattached_subject(parse, verb, c) or split_subject(parse, verb, c))
    for c in clauses:  # "says it is attacking mainly [IS forces]": a clause split in two by the parser
        if c not in chosen and out and c > verb.i and min(parse.subtree(c)) == max(out) + 1:
            out.extend(parse.subtree(c))
    out.extend(_and_that_clauses(parse, verb, out))
    return _with_stranded_words(parse, verb, out)


def _content_around_cue(parse: Parse, verb: Word) -> list[int]:
    """ "The museum, the mayor said, would open in May": a reporting clause set off by commas inside the
    clause it reports, parsed with the clause's subject as a second subject of the cue and the rest of the
    clause as its complement. The content is both: the first subject and the complement."""
    subjects = _nominal_subjects_before(parse, verb)
    if len(subjects) < 2 or not _comma_between(parse, subjects[0], subjects[-1]):
        return []
    for c in parse.children[verb.i]:
        if c > verb.i and parse.words[c].deprel in CLAUSE_RELS and _opens_with_verb(parse, c):
            return [*parse.subtree(subjects[0]), *parse.subtree(c)]
    return []


def _opens_with_verb(parse: Parse, c: int) -> bool:
    """Whether the clause headed by ``c`` opens with its verb or auxiliary ("would open", "was that ..."):
    its subject stands elsewhere."""
    words = [parse.words[k] for k in parse.subtree(c) if parse.words[k].upos != "PUNCT"]
    return bool(words) and words[0].upos in {"AUX", "VERB"}


def _nominal_subjects_before(parse: Parse, verb: Word) -> list[int]:
    """The cue's nominal subjects before it, in text order."""
    return [
        c
        for c in parse.children[verb.i]
        if c < verb.i and is_subject(parse.words[c]) and parse.words[c].upos in {"NOUN", "PROPN", "PRON"}
    ]


def _comma_between(parse: Parse, a: int, b: int) -> bool:
    return any(parse.words[k].text == "," for k in range(a + 1, b))


#: How the parser may hang "and that Y" off the cue: as a conjunct or as a second complement.
_AND_THAT_RELS = frozenset({"conj", *CLAUSE_RELS})


def _and_that_clauses(parse: Parse, verb: Word, content: list[int]) -> list[int]:
    """ "He said the plan was dead and that talks would end": a "that" clause coordinated with the content
    but hung off the cue by the parser (as a conjunct or a second complement) is more of the same content
    (PolNeAR, like PARC, annotates one attribution whose content spans both clauses)."""
    if not content:
        return []
    out: list[int] = []
    for c in parse.children[verb.i]:
        kids = [parse.words[g] for g in parse.children[c]]
        if (
            parse.words[c].deprel in _AND_THAT_RELS
            and c > max(content)
            and any(k.deprel == "cc" for k in kids)
            and any(k.deprel == "mark" and k.lemma.lower() == "that" for k in kids)
        ):
            out.extend(parse.subtree(c))
    return out


#: Relations of a non-finite complement: "vowed [to repeal]" (xcomp), "accused him [of lying]" (advcl).
NONFINITE_RELS = frozenset({"xcomp", "ccomp", "advcl"})
#: Markers that open a non-finite complement of a cue: "to repeal", "of lying".
_NONFINITE_MARKS = frozenset({"to", "of"})


def question_content(parse: Parse, verb: Word) -> list[int]:
    """ "The actress was asked if she had been treated unfairly", "He wondered whether it would pass": the
    question a verb of :data:`~quotekit.lang.en.QUESTION_CUES` reports, an interrogative clause opened by
    "if" or "whether" that the parser hung on it as an adverbial clause."""
    if verb.lemma not in QUESTION_CUES:
        return []
    for c in parse.children[verb.i]:
        if c < verb.i or parse.words[c].deprel != "advcl":
            continue
        marks = [g for g in parse.children[c] if g < c and parse.words[g].deprel == "mark"]
        if marks and parse.words[marks[0]].lemma.lower() in _QUESTION_MARKS:
            return parse.subtree(c)
    return []


#: The subordinators of a yes-no question: "asked [if] ...", "wondered [whether] ...".
_QUESTION_MARKS = frozenset({"if", "whether"})


def _content_from_infinitive(parse: Parse, verb: Word) -> list[int]:
    """ "She vowed to repeal the law", "He told aides to wait", "She admitted using a private server",
    "They accused him of lying": the infinitive or gerund complement of a cue that takes one
    (:data:`~quotekit.lang.en.NONFINITE_CUES`), with the object or addressee before it. A passive cue
    ("Trump is said to be furious") is no such cue (:func:`quotekit.cues.find_cues` drops it first)."""
    return nonfinite_content(parse, verb) if verb.lemma in NONFINITE_CUES else []


def nonfinite_content(parse: Parse, verb: Word) -> list[int]:
    """The infinitive or gerund complement of ``verb``, with its object or addressee before it, whatever
    the verb (:func:`_content_from_infinitive` says which verbs report by one). After the object of a
    directive (:data:`~quotekit.lang.en.DIRECTIVE_VERBS`) a "to" infinitive the parser made an adverbial
    clause of purpose is the complement all the same ("ordered the agency [to release the records]")."""
    for c in parse.children[verb.i]:
        if c < verb.i or parse.words[c].deprel not in NONFINITE_RELS:
            continue
        objects = [
            o for o in parse.children[verb.i] if parse.words[o].deprel in {"obj", "iobj"} and verb.i < o < c
        ]
        if _is_nonfinite(parse, parse.words[c]) or (
            objects and verb.lemma in DIRECTIVE_VERBS and _is_infinitive(parse, parse.words[c])
        ):
            return sorted({*parse.subtree(c), *(k for o in objects for k in parse.subtree(o))})
    return []


def _content_from_object(parse: Parse, verb: Word) -> list[int]:
    """ "The ministry announced the arrest of a suspect", "She cited the report": the noun phrase a cue of
    :data:`~quotekit.lang.en.OBJECT_CUES` takes as its object names what was said (PARC 3.0 annotates
    it as content, Pareti 2015). A pronoun or a bare quantity ("said nothing", "said as much") is not."""
    return object_content(parse, verb) if verb.lemma in OBJECT_CUES else []


def object_content(parse: Parse, verb: Word) -> list[int]:
    """The noun-phrase object of ``verb`` with its trailing complements, whatever the verb
    (:func:`_content_from_object` says which verbs report by one); the clause whose subject the object is,
    when the parser split one ("feared [her employer] would object":
    :func:`~quotekit.bounds.clause_of_object`)."""
    for c in parse.children[verb.i]:
        word = parse.words[c]
        if c > verb.i and word.deprel == "obj" and word.upos in {"NOUN", "PROPN"}:
            phrase = [*_without_venue(parse, c), *_second_object(parse, verb, c)]
            trailing = trailing_complements(parse, verb, max(phrase))
            return clause_of_object(parse, verb, c) or [*phrase, *trailing]
    return []


def _without_venue(parse: Parse, head: int) -> list[int]:
    """The words of ``head``'s phrase up to a phrase of the occasion of the saying that the parser hung
    inside it ("defended [his position] during a radio interview": :func:`~quotekit.bounds.is_venue_phrase`,
    as when hung on the verb)."""
    words = sorted(parse.subtree(head))
    for k in words:
        if k > head and parse.words[k].deprel in {"nmod", "obl"} and is_venue_phrase(parse, k):
            cut = min(parse.subtree(k))
            return [j for j in words if j < cut]
    return words


def _second_object(parse: Parse, verb: Word, first: int) -> list[int]:
    """ "supported Medicare [and Social Security cuts]": a second object of the cue that starts with "and"
    or "or" right after the first is the first's conjunct, which the parser split off."""
    end = max(parse.subtree(first))
    for c in parse.children[verb.i]:
        words = parse.subtree(c)
        if c > first and parse.words[c].deprel == "obj" and min(words) == end + 1:
            return words if parse.words[end + 1].deprel == "cc" else []
    return []


#: Dependents of a cue after its object that belong to what was said ("cited a threat [to public health]",
#: "called for footage [to be released]", "noted the rule [in an interview]").
_TRAILING_RELS = frozenset({"obl", "xcomp", "nmod", "iobj"})


#: Prepositions of time: "since the debate", "during a speech" set the scene of the saying, not its content.
_TIME_PREPOSITIONS = frozenset({"since", "during", "after", "before", "until", "while"})


def is_time_phrase(parse: Parse, c: int) -> bool:
    """ "since the debate", "on Sunday", "last week": a phrase of time."""
    if parse.words[c].deprel == "obl:tmod" or parse.words[c].lemma.lower() in TIME_NOUNS:
        return True
    return any(
        parse.words[g].deprel == "case" and parse.words[g].lemma.lower() in _TIME_PREPOSITIONS
        for g in parse.children[c]
    )


def trailing_complements(parse: Parse, verb: Word, after: int) -> list[int]:
    """The cue's dependents of :data:`_TRAILING_RELS` that follow word ``after`` with no comma between, up to
    a phrase of the occasion of the saying ("cited the report [at a rally]":
    :func:`~quotekit.bounds.is_venue_phrase`)."""
    out: list[int] = []
    end = max(parse.subtree(after))
    for c in parse.children[verb.i]:
        if c <= after or parse.words[c].deprel not in _TRAILING_RELS or is_time_phrase(parse, c):
            continue
        if parse.words[c].deprel == "obl" and is_venue_phrase(parse, c):
            break
        words = parse.subtree(c)
        # the comma may be the phrase's own first word ("the plan[,] according to a poll"): look up to its
        # first word that is not punctuation
        lead = min((k for k in words if parse.words[k].upos != "PUNCT"), default=min(words))
        if any(parse.words[k].text in {",", ";", ":"} for k in range(end + 1, lead)):
            break
        out.extend(words)
        end = max(end, *words)
    return out


def _content_of_naming(parse: Parse, verb: Word) -> list[int]:
    """ "She called the plan a disaster", "He called for an inquiry", "They called on Congress to act": a
    cue of :data:`~quotekit.lang.en.NAMING_CUES` reports by naming; its content is the object with what it
    is called, or what is called for (past the preposition; "on" right after the cue, with an
    infinitive), with the infinitive after it ("called for Congress to act":
    :func:`~quotekit.bounds.infinitive_after`). "She called the mayor" (a phone call), "called on Monday"
    and "the so-called plan" give none."""
    if verb.lemma not in NAMING_CUES:
        return []
    kids = [c for c in parse.children[verb.i] if c > verb.i]
    for c in kids:
        cases = [
            g
            for g in parse.children[c]
            if parse.words[g].deprel in {"case", "mark"}
            and g < c
            and parse.words[g].lemma.lower() in _CALL_FOR
        ]
        if parse.words[c].deprel not in {"obl", "advcl"} or not cases:
            continue
        rest = [k for x in kids if x > c and parse.words[x].deprel == "xcomp" for k in parse.subtree(x)]
        rest = rest or infinitive_after(parse, verb, c)
        if parse.words[cases[0]].lemma.lower() == "for" or (rest and cases[0] == verb.i + 1):
            return (
                [k for k in parse.subtree(c) if k not in cases] + rest + trailing_complements(parse, verb, c)
            )
    objects = [c for c in kids if parse.words[c].deprel == "obj"]
    named = [
        c
        for c in kids
        if parse.words[c].deprel in {"xcomp", "obj"}
        and objects
        and c > objects[0]
        and (parse.words[c].upos in _NAME_UPOS or parse.words[c].xpos in _NAME_PARTICIPLE_TAGS)
    ]
    if objects and named:
        return [*parse.subtree(objects[0]), *parse.subtree(named[0])]
    return []


#: What a naming cue may call its object: "a disaster", "Mr. Fixit", "unfit".
_NAME_UPOS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "PRON"})
#: ... or a past participle used as an adjective: "called the system rigged" (not "called him to complain").
_NAME_PARTICIPLE_TAGS = frozenset({"VBN"})
#: The prepositions of "called for an inquiry" and "called on Congress to act".
_CALL_FOR = frozenset({"for", "on"})


def topic_content(parse: Parse, verb: Word) -> list[int]:
    """ "She warned of a crisis", "He complained about the microphone", "asked him about the emails": what a
    cue speaks about, in the phrase of a preposition of topic (:data:`TOPIC_PREPOSITIONS`) right after the
    cue and its object, without the preposition. Not for naming cues ("called on the mayor": a visit)."""
    if verb.lemma in NAMING_CUES:
        return []
    for c in parse.children[verb.i]:
        word = parse.words[c]
        if c < verb.i or word.deprel not in {"obl", "advcl"} or is_time_phrase(parse, c):
            continue
        cases = [g for g in parse.children[c] if g < c and parse.words[g].deprel in {"case", "mark"}]
        if not cases or parse.words[cases[0]].lemma.lower() not in TOPIC_PREPOSITIONS:
            continue
        between = [k for k in range(verb.i + 1, cases[0]) if parse.words[k].upos not in {"ADV", "PART"}]
        if all(_before_topic(parse, verb, k) for k in between):
            return [k for k in parse.subtree(c) if k not in cases]
    return []


def _before_topic(parse: Parse, verb: Word, k: int) -> bool:
    """Whether word ``k`` between a cue and a topic's preposition may stand there: a word of a phrase below
    the cue's dependents, or a dependent of :data:`_BEFORE_TOPIC_RELS`, but not the phrase of a preposition
    the cue selects ("asked [for proof] of citizenship": the "of" phrase is the proof's)."""
    word = parse.words[k]
    if word.head != verb.i:
        return True
    cases = {parse.words[g].lemma.lower() for g in parse.children[k] if parse.words[g].deprel == "case"}
    return word.deprel in _BEFORE_TOPIC_RELS and not cases & _SELECTED_PREPOSITIONS


#: Prepositions a cue selects for a complement of its own ("asked for", "called for"): a phrase after such
#: a phrase is the complement's, never the cue's topic.
_SELECTED_PREPOSITIONS = frozenset({"for"})


#: What may stand between a cue and the phrase of its topic: the one addressed ("asked [him] about"), and
#: the phrases of the occasion ("asked [at a briefing] [on Monday] about the merger", "asked [by a host]
#: about the attacks").
_BEFORE_TOPIC_RELS = frozenset({"obj", "iobj", "obl", "obl:tmod", "obl:agent", "obl:npmod"})


#: Prepositions that name the topic of what was said: "warned of", "complained about", "commented on".
TOPIC_PREPOSITIONS = frozenset({"about", "of", "on", "against", "over"})


def _is_infinitive(parse: Parse, word: Word) -> bool:
    """A verb in the base form after "to" ("to repeal")."""
    marks = {parse.words[c].lemma.lower() for c in parse.children[word.i] if parse.words[c].deprel == "mark"}
    return word.xpos == "VB" and "to" in marks


def _is_nonfinite(parse: Parse, word: Word) -> bool:
    """A verb in the base form after "to" ("to repeal"), or a gerund ("using", "of lying")."""
    if word.upos not in {"VERB", "AUX"} and not word.xpos.startswith("VB"):
        return False
    marks = {parse.words[c].lemma.lower() for c in parse.children[word.i] if parse.words[c].deprel == "mark"}
    if word.deprel == "advcl":
        return word.xpos == "VBG" and "of" in marks
    if word.xpos == "VBG":
        return not marks - _NONFINITE_MARKS
    return _is_infinitive(parse, word)


def _is_coordinated(parse: Parse, verb: Word, c: int) -> bool:
    """ "“He loves us,” she said, and soon the balloons dropped": a clause after "and" is not content."""
    return c > verb.i and any(parse.words[g].deprel == "cc" and g < c for g in parse.children[c])


def _with_stranded_words(parse: Parse, verb: Word, words: list[int]) -> list[int]:
    """Content after the verb starts right after the verb's own dependents: words in between that the
    parser hung elsewhere belong to the content ("says [Donald Trump's flurry ... was] “unhinged”")."""
    if not words or min(words) <= verb.i:
        return words
    first = min(words)
    if _fronted_in_clause(parse, verb, first):
        return [*range(verb.i + 1, first), *words]
    owned = set()
    for c in parse.children[verb.i]:
        if c < first and parse.words[c].deprel not in CLAUSE_RELS:
            owned.update(parse.subtree(c))
    start = max([verb.i, *(o for o in owned if o < first)]) + 1
    gap = [k for k in range(start, first) if parse.words[k].sent == verb.sent]
    if any(parse.words[k].upos == "VERB" and is_ancestor(parse, verb.i, k) for k in gap):
        return words
    return [*gap, *words]


def _fronted_in_clause(parse: Parse, verb: Word, first: int) -> bool:
    """ "said that, for workers under 20, the rate is 51 percent" with "that" and the phrase hung on the
    cue (a misparse): a complementizer right after the cue, before the clause's first word in the same
    sentence, opens the clause, and what lies between is the clause's fronted phrase."""
    k = verb.i + 1
    if k >= first or parse.words[first].sent != verb.sent:
        return False
    word = parse.words[k]
    return word.text.lower() == "that" and word.upos == "SCONJ" and word.deprel == "mark"


def _is_relative_clause(parse: Parse, verb: Word, i: int) -> bool:
    """ "John Doe, who heads the Red Cross, said ...": a clause whose subject is a relative pronoun; not
    a question the cue embeds right after itself or its object ("asked [which] county was his favorite",
    "asked voters [who] would win": a wh-word there opens an indirect question, not a relative clause)."""
    words = [parse.words[c] for c in parse.children[i]]
    subjects = [w for w in words if is_subject(w) and w.feat("PronType") == "Rel"]
    if i > verb.i and verb.deprel == "acl:relcl" and all(w.i < verb.i for w in subjects):
        return False  # "the budget, which the mayor said was too small": the pronoun left the complement
    return bool(subjects) and not (i > verb.i and _opens_after_cue(parse, verb, min(parse.subtree(i))))


def _opens_after_cue(parse: Parse, verb: Word, start: int) -> bool:
    """Whether a clause starting at ``start`` follows the cue right away, or right after its object."""
    ends = {verb.i} | {
        max(parse.subtree(c)) for c in parse.children[verb.i] if parse.words[c].deprel in {"obj", "iobj"}
    }
    return start - 1 in ends


def _has_subject_or_mark(parse: Parse, i: int) -> bool:
    return any(
        parse.words[c].deprel.startswith(("nsubj", "csubj", "expl", "mark")) for c in parse.children[i]
    )


def _misattached_subject(parse: Parse, verb: Word, clause: int) -> list[int]:
    """The cue's noun-phrase object right before its complement clause, as the front of the clause's
    subject: before a clause with no subject ("say [a majority of the strikes] have targeted ..."), or
    right before the clause's own first word when the cue takes no addressee ("said [the process of
    crafting the platform and holding] the convention could be messy")."""
    if clause < verb.i:
        return []
    first = min(parse.subtree(clause))
    split = not _has_subject_or_mark(parse, clause)
    joined = verb.lemma not in ADDRESSEE_VERBS and not any(
        parse.words[c].deprel == "mark" for c in parse.children[clause]
    )
    for c in parse.children[verb.i]:
        if parse.words[c].deprel != "obj" or not verb.i < c < clause:
            continue
        end = max(parse.subtree(c))
        if end < clause and (split or (joined and end == first - 1 and not is_time_phrase(parse, c))):
            return parse.subtree(c)
    return []


def _content_from_host(parse: Parse, verb: Word) -> list[int]:
    """ "The plan failed, he said." / "“A,” he said, “B.”": the verb hangs off the clause it reports."""
    if verb.deprel not in {"parataxis", "conj"} or verb.head < 0 or verb.xpos == "VBG":
        return []
    host = parse.words[verb.head]
    if host.i > verb.i or not is_clause(parse, host):
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
    fronted = verb.xpos in {"VBN", "VBG"} and all(
        parse.words[j].upos in {"PUNCT", "SCONJ"} for j in range(sent.first, verb.i)
    )
    for k in range(verb.i + 1, sent.last):
        word = parse.words[k]
        if fronted and word.text == "," and k > verb.i + 1:
            return []  # "Asked about her vote, the senator laughed": the comma closes the fronted participle
        if _starts_clause(word):
            head = word.head
            if head < 0 or head <= k or not is_clause(parse, parse.words[head]):
                return []
            if head == verb.head:  # the clause was made the verb's governor
                return [j for j in parse.subtree(head, frozenset({verb.i})) if j >= k]
            if is_ancestor(parse, head, verb.i):
                return []
            start = min(j for j in parse.subtree(k) if j > verb.i) if is_subject(word) else k
            return list(range(start, _clause_end(parse, head, sent.last)))  # "[14] people had been ..."
        if word.deprel not in BRIDGE_RELS or is_quote_mark(word) or _is_adverbial_mark(word):
            return []
    return []


def _is_adverbial_mark(word: Word) -> bool:
    """ "called the hearing [because] they felt ...": a subordinator other than "that" opens an adverbial
    clause, not what was said."""
    return word.deprel == "mark" and word.lemma.lower() not in {"that", "whether", "if"}


def _starts_clause(word: Word) -> bool:
    """Whether ``word`` opens a reported clause: its subject ("says [he] ..."), "there", or "that". A
    relative pronoun opens a relative clause ("protested the funding, [which] advocates say ..."), which
    is no one's report."""
    if word.lemma.lower() in _RELATIVE_PRONOUNS:
        return False
    return is_subject(word) or word.deprel == "expl" or (word.deprel == "mark" and word.lemma == "that")


#: Pronouns that open relative clauses.
_RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "whose"})


def _clause_end(parse: Parse, head: int, limit: int) -> int:
    """One past the last word of ``head``'s subtree, within the sentence."""
    return min(limit, max(parse.subtree(head)) + 1)


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
    if not any(_may_be_finite(parse.words[k]) for k in content):
        return []
    return content


def _content_around_frame(parse: Parse, verb: Word) -> list[int]:
    """ "Climate change, the president often says, is the greatest threat" when the parse gave the cue
    nothing: a reporting clause set off by commas mid-sentence (a speaker of a few words, no verb of its
    own, then the cue and perhaps an adverb) interrupts what was said, which is the rest of the sentence.
    Textual fallback for misparses."""
    sent = parse.sentences[verb.sent]
    after = verb.i + 1
    while after < sent.last and parse.words[after].upos == "ADV":
        after += 1
    if after >= sent.last - 1 or parse.words[after].text != ",":
        return []
    comma = verb.i - 1
    while comma > sent.first and parse.words[comma].text != ",":
        if parse.words[comma].upos in {"VERB", "PUNCT"} or verb.i - comma > SPEAKER_WORDS:
            return []
        comma -= 1
    if comma <= sent.first or comma == verb.i - 1:
        return []
    content = [*range(sent.first, comma), *range(after + 1, sent.last)]
    if not any(parse.words[k].xpos in FINITE_XPOS for k in range(after + 1, sent.last)):
        return []
    return content


def _content_after_frame(parse: Parse, verb: Word) -> list[int]:
    """ "Officials said the pair moved $90 million ..." when the parse gave the cue nothing: the words from
    right after the cue (past the addressee of "told") to the sentence end, when they open like a clause
    (after "that", which they keep) and hold a finite verb (or follow "that"). Textual fallback for
    misparses."""
    sent = parse.sentences[verb.sent]
    k = verb.i + 1
    if verb.lemma == "tell":  # "told reporters ...": the addressee
        while k < sent.last and parse.words[k].upos in {"DET", "ADJ", "NOUN", "PROPN", "PRON"}:
            k += 1
    start = k  # "that" opens the content, as the complement pattern's clause does
    that = k < sent.last and parse.words[k].lemma == "that"
    k += that
    if k >= sent.last or parse.words[k].upos not in _CLAUSE_START_UPOS:
        return []
    last = sent.last - (parse.words[sent.last - 1].upos == "PUNCT")
    content = list(range(start, last))
    # "that" opens a clause even where the tagger read its verb as something else ("that most farmers
    # oppose/IN the dam"); without it, the words need a verb that may be finite
    clause = content[that:]
    if len(clause) < 3 or not (that or any(_may_be_finite(parse.words[j]) for j in clause[1:])):
        return []
    end = cue_conjunct_start(parse, verb) or sent.last
    return [j for j in content if j < end]


def _may_be_finite(word: Word) -> bool:
    """A verb that may head a clause: finite, or a past participle (a weak tagger confuses the two)."""
    return word.xpos in FINITE_XPOS or (word.upos in {"VERB", "AUX"} and word.xpos == "VBN")


def fragments(parse: Parse, indices: Iterable[int]) -> tuple[Fragment, ...]:
    """Contiguous runs of words as character ranges, punctuation trimmed at both edges; a paragraph's
    dateline is never content."""
    datelines: dict[int, int] = {}
    ordered = []
    for i in sorted(set(indices)):
        paragraph = parse.sentences[parse.words[i].sent].paragraph
        if paragraph not in datelines:
            datelines[paragraph] = dateline_end(parse.text, parse.paragraphs, parse.words[i].start)
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
CONTENT_PATTERNS: tuple[ContentPattern, ...] = (
    ("interrupted", _content_around_cue),
    ("complement", _content_from_complement),
    ("question", question_content),
    ("infinitive", _content_from_infinitive),
    ("naming", _content_of_naming),
    ("fronted", _content_from_host),
    ("following-clause", _content_after_verb),
    ("object", _content_from_object),
    ("topic", topic_content),
    ("trailing-frame", _content_before_frame),
    ("interrupting-frame", _content_around_frame),
    ("following-words", _content_after_frame),
)
