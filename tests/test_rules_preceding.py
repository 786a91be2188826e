# ruff: noqa: E501  (rule tables: one expected attribution per line, as in tests/test_rules.py)
"""The subject before a cue (issue 19): the last speaker rule, for a cue whose own clause lost its subject
in the parse ("Rubio hit back again, saying ..." with "hit" read as a noun). The nearest subject before the
cue in its sentence whose clause governs the cue speaks, else the nearest one; a time is no subject, and a
passive participle after a subordinator ("..., she said when asked about ...") gets no speaker: the one
asked is its understood subject, and who asked is unsaid. Rows as in ``tests/test_rules.py``: ``(kind,
cue, content, speaker name, mention, role, affiliation, speaker kind, rule)``. Every fixture keeps the
models' own wrong parse, the one the rule is for; the correctly parsed twin of the ``*_misparsed`` one
shows that a right parse leaves the cue to the rules before this one (fixtures/README.md)."""

from __future__ import annotations

import pytest
from checks import Found, mention_and_rule, row_or_gap, rows_and_gaps
from test_rules import Case, check

from quotekit import Extractor

# fmt: off
PRECEDING_ROWS: dict[str, Case] = {
    # a quantifier that heads the subject on its own, which the model tagged a coordinator or an adverb
    # (its own parse): "both", "several" right before the cue
    "quantifier_head_before_cue": ("On Social Security, both oppose the new formula. In interviews, several threatened to leave the party.", [
        ("indirect", "oppose", "the new formula", None, "both", None, None, "group", "adjacent"),
        ("indirect", "threatened", "to leave the party", None, "several", None, None, "group", "adjacent"),
    ]),
    # the model's own parse lost the subject "those surveyed" ("those" hung on "margins", the participle on
    # "say"): the noun before a participle right before the cue is its subject, with the participle
    "reduced_relative_speaker": ("By large margins, those surveyed say the mayor should resign.", [
        ("indirect", "say", "the mayor should resign", None, "those surveyed", None, None, "group", "adjacent"),
    ]),
    # the clause's subject sits under a verb the parser made an adverbial clause; a time subject is passed by
    "preceding_subject_past_time_misparsed": ("A few minutes later they changed course, opened the doors and said they would count the ballots by hand.", [
        ("indirect", "said", "they would count the ballots by hand", None, "they", None, None, "group", "preceding-subject"),
    ]),
    # the same sentence parsed right: the coordinated verb shares its first conjunct's subject (no fallback)
    "preceding_subject_past_time": ("A few minutes later they changed course, opened the doors and said they would count the ballots by hand.", [
        ("indirect", "said", "they would count the ballots by hand", None, "they", None, None, "group", "shared-subject"),
    ]),
    # a second coordinated verb whose link to the subject the parser lost
    "preceding_subject_coordinated": ("The state-owned utility Norsk Kraft runs two dams in Chile and says it has set up a fund to build more.", [
        ("indirect", "says", "it has set up a fund to build more", "Norsk Kraft", "Norsk Kraft", None, None, "person", "preceding-subject"),
    ]),
    # negative: a passive participle after "when": the one asked is no asker
    "preceding_subject_not_reduced_passive": ("“We will see,” the mayor said when asked about the strike.", [
        ("direct", "said", "We will see,", None, "the mayor", "mayor", None, "person", "subject"),
        ("indirect", "asked", "the strike", None, None, None, None, None, None),
    ]),
}

#: Known gaps on the fixtures, as strict xfail rows stating the right answer.
PRECEDING_GAPS: dict[str, tuple[Case, str]] = {
    "preceding_subject_noun_verb": (("Kovac hit back again, saying the levy was fair to every farmer.", [
        ("indirect", "saying", "the levy was fair to every farmer", "Kovac", "Kovac", None, None, "person", "preceding-subject"),
    ]), "the tagger reads 'hit' as a noun with 'Kovac' its compound and 'the levy' as the subject of 'fair': the mention is the whole phrase 'Kovac hit back again' and the content loses 'the'"),
}
# fmt: on

#: Every fixture of this file (for tests/test_rules.py::test_every_fixture_is_in_a_table).
FIXTURES = frozenset(PRECEDING_ROWS) | frozenset(PRECEDING_GAPS)


@pytest.mark.parametrize(
    "name",
    [
        *sorted(PRECEDING_ROWS),
        *(
            pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=reason))
            for name, (_, reason) in sorted(PRECEDING_GAPS.items())
        ),
    ],
)
@pytest.mark.parametrize("attributions", ["speech", "all"])
def test_subject_before_cue(name: str, attributions: str) -> None:
    """The speaker of a cue whose clause lost its subject in the parse, on the models' own parse and on
    its hand-corrected twin, in both modes."""
    case = PRECEDING_ROWS[name] if name in PRECEDING_ROWS else PRECEDING_GAPS[name][0]
    check(name, case, attributions=attributions)


# fmt: off
#: The same pattern on the real models (stanza's own parse of our sentences), in both modes.
MODEL_ROWS: dict[str, tuple[str, Found]] = {
    "past_time": ("A few minutes later they changed course, opened the doors and said they would count the ballots by hand.", ("they", "preceding-subject")),
    # "says" tagged a verb again before the parse: the models coordinate it with "runs", whose subject it shares
    "coordinated": ("The state-owned utility Norsk Kraft runs two dams in Chile and says it has set up a fund to build more.", ("The state-owned utility Norsk Kraft", "shared-subject")),
    "not_reduced_passive": ("“We will see,” the mayor said when asked about the strike.", (None, None)),
    "not_reduced_passive_adverb": ("“Nobody told us,” Okafor said when first asked whether the port would close.", (None, None)),
}

#: Known gaps on the real models, as strict xfail rows stating the right answer.
MODEL_GAPS: dict[str, tuple[str, Found, str]] = {
    "noun_verb": ("Kovac hit back again, saying the levy was fair to every farmer.", ("Kovac", "preceding-subject"), "the tagger reads 'hit' as a noun with 'Kovac' its compound: the mention is 'Kovac hit back again'"),
    "titled_participle": ("Senator Ilse Berg hit back on Tuesday, saying the levy was fair to every farmer.", ("Senator Ilse Berg", "preceding-subject"), "the tagger reads 'hit' as a noun and hangs 'Berg' on it: the mention loses the surname"),
    "nominal_root": ("One nurse at the clinic declined to speak on the record, saying it would cost her the job.", ("One nurse at the clinic", "preceding-subject"), "the model makes 'nurse' the root and 'declined' a modifier of 'clinic': the sentence has no subject"),
}
# fmt: on


@pytest.mark.parametrize("name", rows_and_gaps(MODEL_ROWS, MODEL_GAPS))
@pytest.mark.parametrize("attributions", ["speech", "all"])
def test_subject_before_cue_on_the_models(
    extractors: dict[str, Extractor], name: str, attributions: str
) -> None:
    """The speaker as quotekit reads stanza's own parse of our sentences, in both modes: the last quote's."""
    text, expected = row_or_gap(MODEL_ROWS, MODEL_GAPS, name)
    chosen = extractors[attributions]
    assert mention_and_rule(chosen, text, index=-1) == expected
