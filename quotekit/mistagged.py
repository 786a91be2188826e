"""Verbs the tagger read as nouns: what follows them still shows their complement.

Requires: a :class:`~quotekit.document.Parse`. Provides :func:`looks_like_verb` and
:func:`stands_as_verb` (used by :mod:`quotekit.cues` and :mod:`quotekit.plan`), :func:`that_follows` and
:func:`infinitive_after_noun_verb` (used by :mod:`quotekit.wide`).

The offline models tag a verb in the third person after its subject as a plural noun ("The senator
plans/NNS to run", "A new poll shows/NNS that ...") and then parse the words after it as a noun phrase.
:mod:`quotekit.parse.retag` tags most such verbs again before the parse; the ones it leaves (a form whose
plural is a common noun too, "plans"; one after an aside's comma; one in a ``Document`` a caller parsed)
reach the rules as nouns.
:func:`stands_as_verb` still finds such a verb by where it stands; its complement is found by
the words right after it: "that" opens a complement clause, "to" and a verb's base form an infinitive
(Huddleston & Pullum 2002, ch. 11 and 14: finite and infinitival complements of verbs).
"""

from __future__ import annotations

from quotekit.document import Parse, Word
from quotekit.lang.en import (
    APPEARANCE_VERBS,
    INFINITIVE_MARKS,
    NONFINITE_CUES,
    NOUN_ONLY_FORMS,
    RELATIVE_PRONOUNS,
    VOLITION_VERBS,
    WIDE_NONFINITE_CUES,
)
from quotekit.syntax import is_quote_mark, is_verb

__all__ = [
    "infinitive_after_noun_verb",
    "is_prenominal_participle",
    "looks_like_verb",
    "stands_as_verb",
    "that_follows",
]

#: Verbs whose infinitive complement is what they attribute ("plans to run", "vows to fight"); not an
#: aspectual verb, whose infinitive is the event itself ("continues to grow"), nor a verb of appearance,
#: whose content takes in its subject ("the plan appears to work", :data:`APPEARANCE_VERBS`).
_INFINITIVE_CUES = (NONFINITE_CUES | WIDE_NONFINITE_CUES | VOLITION_VERBS) - APPEARANCE_VERBS
#: Tags of a determiner or possessive before a noun ("the", "his").
_DETERMINER_TAGS = frozenset({"DT", "PRP$", "WP$", "POS"})
#: Parts of speech a tagger gives a reporting verb it mistook for a noun ("says/NNS", "Says/NNPS").
_MISTAGGED_UPOS = frozenset({"NOUN", "PROPN"})


def that_follows(parse: Parse, verb: Word) -> bool:
    """ "A new poll shows/NNS that ...": "that" right after the verb opens its complement clause, however
    the tagger read the clause (a fallback may then read it)."""
    k = verb.i + 1
    return k < parse.sentences[verb.sent].last and parse.words[k].text.lower() == "that"


def infinitive_after_noun_verb(parse: Parse, verb: Word) -> list[int]:
    """ "The senator plans/NNS [to run for governor next year]": a verb tagged as a noun, right before "to"
    and a verb's base form, takes the infinitive to the end of its sentence (or to a semicolon or a
    comment after a comma)."""
    sent = parse.sentences[verb.sent]
    k = verb.i + 1
    if verb.upos not in _MISTAGGED_UPOS or verb.lemma not in _INFINITIVE_CUES or k + 1 >= sent.last:
        return []
    if parse.words[k].text.lower() not in INFINITIVE_MARKS or parse.words[k + 1].xpos != "VB":
        return []
    if verb.i > sent.first and parse.words[verb.i - 1].xpos in _DETERMINER_TAGS:
        return []  # "His promises to cut taxes": a noun after a determiner or possessive is a noun
    end = k
    while end < sent.last and not _closes(parse, end):
        end += 1
    while end > k and parse.words[end - 1].upos == "PUNCT":
        end -= 1
    return list(range(k, end)) if end - k >= 3 else []


def _closes(parse: Parse, k: int) -> bool:
    word = parse.words[k]
    """A semicolon, or a comment after a comma (", which ..."): where an infinitive read by position ends."""
    return word.text == ";" or (word.text.lower() in RELATIVE_PRONOUNS and parse.words[k - 1].text == ",")


#: What may stand right before a mistagged verb: its subject ("Clinton says"), an adverb ("often says"), or
#: "and"/"but" after a first verb ("... and says he will").
_BEFORE_VERB_UPOS = frozenset({"PROPN", "PRON", "NOUN", "ADV", "CCONJ"})
#: What cannot follow a mistagged verb: a verb of its own ("tax reports [show]") ...
_NOT_AFTER_VERB_UPOS = frozenset({"VERB", "AUX"})
#: ... or a preposition that a noun takes ("the claims [of] abuse", "hopes [for] a deal").
_NOUN_PREPOSITIONS = frozenset({"of", "for", "about"})
#: At most this many adverbs between a mistagged verb and its subject: "Mr. Obama [often] says".
_ADVERBS_BEFORE_VERB = 2


def looks_like_verb(word: Word, before: Word | None) -> bool:
    """A verb, or possibly a reporting verb mistagged as a noun ("Clinton says/NNS she was awake"): an
    inflected form ("says", "said", "told") right after a name, pronoun, adverb or "and" (``before``), not
    after a determiner. Decides on tags alone which sentences to parse; :func:`stands_as_verb` decides on
    the parse."""
    if is_verb(word):
        return True
    if word.upos not in _MISTAGGED_UPOS or word.text.lower() == word.lemma.lower() or before is None:
        return False
    return before.sent == word.sent and (
        before.upos in _BEFORE_VERB_UPOS or _closes_a_quotation(before) or before.text == ","
    )


def _closes_a_quotation(word: Word) -> bool:
    """ "“...,” says/NNS Ann Roe": a closing quotation mark stands before an inverted reporting verb."""
    return is_quote_mark(word) and word.text in _CLOSING_MARKS


#: Closing quotation marks: a cue form right after one is an inverted reporting verb ("..." says X).
_CLOSING_MARKS = frozenset({"\u201d", '"', "''", "\u2019"})


def stands_as_verb(parse: Parse, word: Word) -> bool:
    r"""A verb, or a cue-lexicon form tagged as a noun that stands where a verb would: after its subject
    (a name, pronoun or noun, perhaps past an adverb or two: "Mr. Obama often says/NNS") or "and" after a
    first verb, never before a preposition ("the claims of abuse", "hopes of a deal") or a verb ("tax
    reports show").

    >>> from quotekit.parse import parse_conllu
    >>> rows = ["Lopez\tLopez\tPROPN\tNNP\t_\t2\tcompound", "says\tsay\tNOUN\tNNS\t_\t0\troot",
    ...         "it\tit\tPRON\tPRP\t_\t4\tnsubj", "works\twork\tVERB\tVBZ\t_\t2\tappos"]
    >>> conllu = "\n".join(f"{k}\t{r}\t_\t_" for k, r in enumerate(rows, 1)) + "\n\n"
    >>> parse = parse_conllu(conllu, "Lopez says it works")
    >>> stands_as_verb(parse, parse.words[1]), stands_as_verb(parse, parse.words[0])
    (True, False)
    """
    if is_verb(word):
        return True
    sent = parse.sentences[word.sent]
    if word.ner or not looks_like_verb(word, _word_before(parse, word)):  # "the United States": a name
        return False
    if word.lemma.lower() in NOUN_ONLY_FORMS and not _opens_complement_clause(parse, word):
        return False  # "the dozen states that held primaries", "battleground states where ..."
    after = parse.words[word.i + 1] if word.i + 1 < sent.last else None
    if after is not None and (after.upos in _NOT_AFTER_VERB_UPOS or after.text.lower() in _NOUN_PREPOSITIONS):
        return False
    j = word.i - 1
    if (
        j - 1 >= sent.first
        and _closes_a_quotation(parse.words[j])
        and parse.words[j - 1].text in {",", "?", "!"}
    ):
        return True  # "“...,” says/NNS Ann Roe": inverted after the quotation it reports
    while j > sent.first and word.i - j <= _ADVERBS_BEFORE_VERB and parse.words[j].upos == "ADV":
        j -= 1
    return parse.words[j].upos in _BEFORE_VERB_UPOS - {"ADV"} or _after_aside(parse, word)


def _opens_complement_clause(parse: Parse, word: Word) -> bool:
    """Whether "that" and a clause's subject follow ``word`` ("The mayor states/NNS [that the bridge] ..."),
    not "that" and a verb, a relative clause ("the dozen states [that held] primaries")."""
    sent = parse.sentences[word.sent]
    if word.i + 2 >= sent.last or parse.words[word.i + 1].lemma.lower() != "that":
        return False
    return parse.words[word.i + 2].upos not in {"VERB", "AUX"}


def _after_aside(parse: Parse, word: Word) -> bool:
    """ "Rep. Ann Kim, D-Ohio, says/NNS meeting ...", "Forbes, however, says/NNS that ...": a third-person
    form right after the comma closing an aside, before a clause ("that", a pronoun, a name or a noun)."""
    after = parse.words[word.i + 1] if word.i + 1 < parse.sentences[word.sent].last else None
    return (
        parse.words[word.i - 1].text == ","
        and word.text.lower().endswith("s")
        and after is not None
        and (after.lemma == "that" or after.upos in _CLAUSE_OPENER_UPOS)
    )


#: What may open the clause after a mistagged verb past an aside: a pronoun, determiner, name or noun.
_CLAUSE_OPENER_UPOS = frozenset({"PRON", "DET", "PROPN", "NOUN"})


def _word_before(parse: Parse, word: Word) -> Word | None:
    return parse.words[word.i - 1] if word.i > 0 else None


#: Tags of the word that opens a noun phrase before an adjective: "the", "a", "her", "its", "two", "Kim's",
#: or another adjective.
_NOUN_PHRASE_OPENER_TAGS = frozenset({"DT", "PRP$", "WP$", "CD", "POS", "JJ", "JJR", "JJS"})


def is_prenominal_participle(parse: Parse, word: Word) -> bool:
    """A participle inside a noun phrase, before the noun it modifies: "the disputed sea", "a promised
    review" (an adjective, Huddleston & Pullum 2002, ch. 7, §14.3), not a verb whose own clause the parser
    hung on a later word ("Reyes, a Dorn ally, called Ohio's rules “strong.”")."""
    if word.deprel != "amod" or word.head <= word.i or word.i == 0:
        return False
    punctuated = any(parse.words[k].upos == "PUNCT" for k in range(word.i + 1, word.head))
    return parse.words[word.i - 1].xpos in _NOUN_PHRASE_OPENER_TAGS and not punctuated
