"""The words that open a reported clause, as the tagger misreads them, tagged again before the parse.

The offline models (and, less often, stanza's released ones) read two words that open what a cue reports
as something else, and the parser then hangs the clause anywhere but on its cue:

- a participle of a verb of saying as a noun: "Kim left early, saying/NN he was tired", "She replied by
  saying/NN she is ready", "a release saying/NN the vote was fair" (about one "saying" in five on
  PolNeAR's news). :func:`misread_gerunds` finds the -ing form of a cue verb where no determiner,
  possessive, adjective or hyphen makes it a noun ("an old saying", "his calling", "early-warning") and
  what follows opens what it reports;
- "that" after a verb that reports a clause as a pronoun or determiner: "argued that/DT she won", "said
  that/DT if elected, ..." (:func:`misread_that`), where what follows cannot follow a demonstrative.

Requires: each sentence's words as (text, xpos) pairs from the tagger. Provides the indices to retag;
:mod:`.build` applies them to stanza's words before the parse runs, with the tags of
:mod:`.retag` (``PARTICIPLE_TAGS``, ``COMPLEMENTIZER_TAGS``).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotekit.lang.en import (
    COGNITION_VERBS,
    EVIDENCE_VERBS,
    FINITE_VERB_TAGS,
    NOUN_VERB_HOMOGRAPHS,
    OPENING_QUOTES,
    RETAGGED_VERBS,
    SPEECH_VERBS,
    verb_forms,
)
from quotekit.parse.retag import COMPLEMENTIZERS, THAT_PRONOUN_TAGS

__all__ = ["misread_gerunds", "misread_that"]

#: The -ing forms of the cue verbs, each with its verb: "saying" -> "say", "arguing" -> "argue".
_ING = {f: v for v in sorted(RETAGGED_VERBS) for f in verb_forms(v) if f.endswith("ing")}
#: Tags of a word before a noun in "-ing" that modifies it or makes it a noun phrase's head ("an old
#: saying", "his calling", "a stern warning", "early-warning"): a participle after one stays a noun.
_ING_NOUN_BEFORE_TAGS = frozenset({"DT", "PRP$", "POS", "JJ", "JJR", "JJS", "HYPH", "WP$"})
#: Tags of the word after a participle that opens what it reports: a pronoun, determiner, possessive,
#: name, number, "there", "how" or "why".
_ING_OPENER_TAGS = frozenset({"NNP", "NNPS", "DT", "PRP", "PRP$", "CD", "EX", "WRB"})
#: Words after it that open its clause: "if", "whether" ("that" too, unless a verb follows: a relative's).
_ING_OPENERS = frozenset({"if", "whether"})
#: The forms of the verbs that report a "that" clause (speech, belief, evidence): "said", "argues", "found".
_THAT_VERB_FORMS = frozenset(
    f for v in SPEECH_VERBS | COGNITION_VERBS | EVIDENCE_VERBS for f in verb_forms(v)
)
#: Tags of a word that no demonstrative "that" stands right before: a name, pronoun, possessive, "there",
#: a number ("said that/WDT Kim ...", "argued that/DT she ...").
_AFTER_COMPLEMENTIZER_TAGS = frozenset({"NNP", "NNPS", "PRP", "PRP$", "EX", "CD"})
#: Conjunctions that open an adverbial clause inside the reported one ("said that/DT if elected, ...").
_SUBORDINATORS = frozenset("if although though because while when unless once whether".split())


def misread_gerunds(tagged: Sequence[tuple[str, str]]) -> list[int]:
    """The indices of ``tagged`` that are present participles of cue verbs read as nouns ("..., saying/NN
    he would run", "by saying/NN he is ready", "a release saying/NN Kim owes"): the -ing form of a verb of
    :data:`~quotekit.lang.en.RETAGGED_VERBS` tagged as a noun, in lower case, where no determiner,
    possessive, adjective or hyphen makes it a noun ("an old saying", "his calling", "early-warning"), and
    before what it reports: a pronoun, determiner, possessive, name or number, "if", "whether", "how", an
    opening quotation mark, or "that" before anything but a verb. A verb whose noun is no homograph
    ("saying", "adding", not "ruling", "voting") also before a comma or colon ("adding, “...") and before
    a clause's subject and verb ("saying patrols were ..."). A noun in "-ing" runs on into a noun or a
    preposition ("warning signs", "the calling of").

    >>> misread_gerunds([("Kim", "NNP"), ("left", "VBD"), (",", ","), ("saying", "NN"), ("he", "PRP")])
    [3]
    >>> misread_gerunds([("an", "DT"), ("old", "JJ"), ("saying", "NN"), ("goes", "VBZ")])
    []
    >>> misread_gerunds([("his", "PRP$"), ("60-page", "JJ"), ("ruling", "NN"), (",", ",")])
    []
    """
    out = []
    for k in range(1, len(tagged) - 1):
        text, xpos = tagged[k]
        if text not in _ING or xpos not in {"NN", "NNP"} or tagged[k - 1][1] in _ING_NOUN_BEFORE_TAGS:
            continue
        if _reports_after(tagged, k, _ING[text] not in NOUN_VERB_HOMOGRAPHS):
            out.append(k)
    return out


def _reports_after(tagged: Sequence[tuple[str, str]], k: int, no_noun: bool) -> bool:
    """Whether what follows word ``k`` opens what a participle reports (see :func:`misread_gerunds`);
    ``no_noun``: the verb has no noun of the same form."""
    after_text, after = tagged[k + 1]
    then = tagged[k + 2][1] if k + 2 < len(tagged) else ""
    if after in _ING_OPENER_TAGS or after_text.lower() in _ING_OPENERS or after_text in OPENING_QUOTES:
        return True
    if after_text.lower() in COMPLEMENTIZERS:
        return not then.startswith(("VB", "MD"))
    return no_noun and (after in {",", ":"} or (after in {"NN", "NNS"} and then in FINITE_VERB_TAGS))


def misread_that(tagged: Sequence[tuple[str, str]]) -> list[int]:
    """The indices of "that" read as a pronoun or determiner right after a verb that reports a clause
    ("argued that/DT she ...", "said that/WDT if elected, ...", "added that/DT at least 100 people ...")
    where it opens that clause: before a name, pronoun, possessive, "there" or number; before a
    subordinating conjunction; or before a preposition whose phrase a comma ends ahead of a finite verb
    ("said that/DT over the last five days, the party has ..."). "He said that/DT in an interview" keeps
    its pronoun: no clause follows.

    >>> misread_that([("Kim", "NNP"), ("said", "VBD"), ("that", "DT"), ("she", "PRP"), ("won", "VBD")])
    [2]
    >>> misread_that([("Kim", "NNP"), ("said", "VBD"), ("that", "DT"), ("in", "IN"), ("May", "NNP")])
    []
    """
    out = []
    for k in range(1, len(tagged) - 1):
        verb, verb_tag = tagged[k - 1]
        if tagged[k][0].lower() not in COMPLEMENTIZERS or tagged[k][1] not in THAT_PRONOUN_TAGS:
            continue
        if not verb_tag.startswith("VB") or verb.lower() not in _THAT_VERB_FORMS:
            continue
        if _opens_clause(tagged, k + 1):
            out.append(k)
    return out


def _opens_clause(tagged: Sequence[tuple[str, str]], k: int) -> bool:
    """Whether word ``k``, right after "that", shows it the complementizer (see :func:`misread_that`)."""
    text, tag = tagged[k]
    if tag in _AFTER_COMPLEMENTIZER_TAGS or text.lower() in _SUBORDINATORS:
        return True
    return tag == "IN" and _clause_after_comma(tagged, k + 1)


def _clause_after_comma(tagged: Sequence[tuple[str, str]], k: int) -> bool:
    """Whether a comma at or after ``k`` is followed, later in the sentence, by a finite verb."""
    comma = next((j for j in range(k, len(tagged)) if tagged[j][0] == ","), None)
    return comma is not None and any(tag in FINITE_VERB_TAGS for _, tag in tagged[comma + 1 :])
