"""The names of the speaker rules and of the cue forms: one enumeration each, used by the stages,
:mod:`~quotekit.confidence` and docs/rules.md.

A :class:`Rule` is what ``Quote.rule`` reports (its string value); a :class:`CueForm` is what a cue is
made of (a verb, a noun, "according to", a punctuation mark), which the later stages branch on, apart
from the content pattern that found its content.

>>> Rule.SUBJECT == "subject"
True
>>> Rule("controller") is Rule.CONTROLLER
True
"""

from __future__ import annotations

from enum import Enum

__all__ = ["NAMING_RULES", "CueForm", "Rule"]


class Rule(str, Enum):
    """A rule that finds a speaker; the value is the name ``Quote.rule`` reports (docs/rules.md)."""

    #: "X said ...": the verb's subject (:mod:`quotekit.speakers`).
    SUBJECT = "subject"
    #: "Two in three said ...", "Most said ...": a subject headed by a number or quantifier
    #: (:mod:`quotekit.quantifiers`).
    QUANTIFIER = "quantifier"
    #: "“...,” said X": the noun phrase after an inverted cue.
    INVERSION = "inversion"
    #: "Trump's claim that ...": the possessor of a noun cue.
    POSSESSIVE = "possessive"
    #: "X was asked by Y whether ...", "Asked by Y if ...": the agent of a passive verb of asking
    #: (:mod:`quotekit.preceding`).
    ASKER = "asker"
    #: "X rejected the offer, saying ...": a participle's governing subject.
    PARTICIPLE = "participle"
    #: "X smiled and said ...": a coordinated verb's first subject.
    SHARED_SUBJECT = "shared-subject"
    #: "X appeared to suggest ...": the controller of an infinitive cue (subject or object control).
    CONTROLLER = "controller"
    #: "“...,” Pine fumed": the speaker of the verb of a quotation's frame, whatever the verb
    #: (:mod:`quotekit.frames`).
    FRAME = "frame"
    #: "As Ann Roe put it, “...”": the noun phrase after "as" (:mod:`quotekit.frames`).
    AS_CLAUSE = "as-clause"
    #: "The minister interjected: “Not today.”": the subject of the clause ending on a colon before a
    #: quotation, whatever its verb (:mod:`quotekit.colons`).
    COLON_FRAME = "colon-frame"
    #: "Issam said" misparsed: the noun right before the cue.
    ADJACENT = "adjacent"
    #: "Rubio hit back, saying ..." misparsed: the nearest subject before the cue in its sentence.
    PRECEDING_SUBJECT = "preceding-subject"
    #: "According to X, ...".
    ACCORDING_TO = "according-to"
    #: "“...” ― Ana Ruiz": the name after a dash.
    DASH = "dash"
    #: "MORALES: Well, ...": the name of a transcript label.
    LABEL = "label"
    #: "“A,” he said. “B.”": the speaker of an attributed neighbouring sentence (:mod:`quotekit.assemble`).
    ADJACENT_SENTENCE = "adjacent-sentence"
    #: A paragraph that is all quotation after one ending on an attributed quote.
    PREVIOUS_PARAGRAPH = "previous-paragraph"
    #: A paragraph that is all quotation after one whose last sentence attributes a statement, direct or
    #: not: "Roe said the plan would fail.¶“It cannot work.”" (:mod:`quotekit.assemble`).
    PREVIOUS_STATEMENT = "previous-statement"
    # The rules of the wider notion of attribution (``attributions="all"``, :mod:`quotekit.wide`), which
    # ``Quote.rule`` reports instead of the speaker rule:
    #: "the poll shows the race tightening": a verb of evidence.
    EVIDENCE = "evidence"
    #: "the plan appears to work": a verb of appearance (no source).
    APPEARANCE = "appearance"
    #: "the minister is expected to resign": a passive verb of expectation or belief (no source).
    RAISING = "raising"
    #: "the FBI is reportedly preparing an interview": an adverb of hearsay (no source).
    HEARSAY = "hearsay"
    #: "the senator plans to run", "the union supports the bill": a verb of stance or intention.
    STANCE = "stance"
    #: "voters believe the race is close": a verb of cognition.
    BELIEF = "belief"
    #: "she criticized the plan": the noun-phrase object of a speech or evidence verb.
    NP_CONTENT = "np-content"
    #: "his claim that taxes would fall": a noun cue with its complement (off: precision below 0.5).
    NOMINAL_CUE = "nominal-cue"

    def __str__(self) -> str:
        return self.value


class CueForm(str, Enum):
    """What a cue is made of: the stages after :mod:`quotekit.cues` branch on this, never on strings."""

    #: "said", "told": a reporting verb.
    VERB = "verb"
    #: "“...,” Pine fumed": a verb outside the lexicon that frames a quotation (:mod:`quotekit.frames`).
    FRAME = "frame"
    #: "As Ann Roe put it, ...": "put it" in a clause opened by "as" (:mod:`quotekit.frames`); it reports
    #: what follows it, never a quotation before it.
    AS_CLAUSE = "as-clause"
    #: "The minister interjected: “...”": the predicate of a clause ending on a colon before a quotation
    #: (:mod:`quotekit.colons`); it reports that quotation only.
    COLON_FRAME = "colon-frame"
    #: "the claim that ...": a reporting noun with a complement clause.
    NOUN = "noun"
    #: "according to X".
    ACCORDING_TO = "according-to"
    #: "“...” ― Ana Ruiz": a dash before the speaker's name.
    DASH = "dash"
    #: "MORALES: ...": a transcript label.
    LABEL = "label"

    def __str__(self) -> str:
        return self.value


#: Rules whose mention is a name by convention, written as is ("― Ana Ruiz", "MORALES:").
NAMING_RULES = frozenset({Rule.DASH, Rule.LABEL})
