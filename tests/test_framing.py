# ruff: noqa: E501  (rule tables: one sentence per line)
"""Frame verbs the tagger misreads as nouns (quotekit.parse.framing, issue 19): "“...,” the lawsuit says."
with the closing mark parsed as a preposition and "says" as a noun is mended on the models' own parse of our
sentences (fixtures/rules/framing_*.conllu, kept as the models gave them), a correct parse is left as it
is, and the same sentences end to end on the real models, in both modes."""

from __future__ import annotations

import pytest
from checks import Found, load_fixture, mention_and_rule, row_or_gap, rows_and_gaps, word_arcs

from quotekit import Extractor
from quotekit.parse.framing import misread_frame_verbs

# fmt: off
#: fixture -> the arcs the mend makes (each replaces the model's arc of the same dependent).
FRAMING_ROWS: dict[str, set[tuple[str, str, str, str]]] = {
    # "“The new plan cannot work in this city,” the lawsuit says.": "says" a noun, "lawsuit" its adjective
    "framing_noun_says": {("says", "VERB", "parataxis", "work"), ("lawsuit", "NOUN", "nsubj", "says"), ("”", "PUNCT", "punct", "work"), ("the", "DET", "det", "lawsuit")},
    # "“The road will close in May for repairs,” the statement read.": "read" a noun, "statement" its compound
    "framing_noun_read": {("read", "VERB", "parataxis", "close"), ("statement", "NOUN", "nsubj", "read"), ("”", "PUNCT", "punct", "close"), ("the", "DET", "det", "statement")},
    # negative: "report" is a noun, its bare form ("“The plan is dead,” the report on the vote concluded.")
    "framing_report_noun": set(),
}
# fmt: on

#: Every fixture of this file (for tests/test_rules.py::test_every_fixture_is_in_a_table).
FIXTURES = frozenset(FRAMING_ROWS)

#: Correct parses of frames and other fixtures a mend must leave alone.
UNTOUCHED = ["inversion", "told", "subject", "interrupted"]


@pytest.mark.parametrize("name", sorted(FRAMING_ROWS))
def test_frame_verb_mended(name: str) -> None:
    """The mend makes exactly the row's arcs and leaves every other word as the models gave it."""
    words = load_fixture(name).words
    mended = misread_frame_verbs(words)
    before, after = word_arcs(words), word_arcs(mended)
    assert after - before == FRAMING_ROWS[name]
    assert {d for d, *_ in before - after} == {d for d, *_ in FRAMING_ROWS[name]}
    if not FRAMING_ROWS[name]:
        assert mended is words


@pytest.mark.parametrize("name", UNTOUCHED)
def test_frame_mend_leaves_a_correct_parse_alone(name: str) -> None:
    words = load_fixture(name).words
    assert misread_frame_verbs(words) is words


@pytest.mark.parametrize("name", sorted(FRAMING_ROWS))
def test_frame_mend_is_idempotent(name: str) -> None:
    once = misread_frame_verbs(load_fixture(name).words)
    assert misread_frame_verbs(once) is once


# fmt: off
#: On the real models: the speaker of a quotation whose frame verb the tagger reads as a noun.
MODEL_ROWS: dict[str, tuple[str, Found]] = {
    # the tagger calls "lawsuit" and "user" adjectives, so with the verb tagged as one the parse reads the
    # subject as a fused head (rule "quantifier")
    "lawsuit_says": ("“The new plan cannot work in this city,” the lawsuit says.", ("the lawsuit", "quantifier")),
    "statement_read": ("“The road will close in May for repairs,” the statement read.", ("the statement", "frame")),
    "one_user_wrote": ("“It is great fun to watch the race,” one user wrote.", ("one user", "quantifier")),
}

#: Known gaps on the real models, as strict xfail rows stating the right answer.
MODEL_GAPS: dict[str, tuple[str, Found, str]] = {
    "report_then_verb": ("“The plan is dead,” the report on the vote concluded.", ("the report", "frame"), "the models make “concluded” a participle on “report” (acl) and the mark its preposition; the speaker given is “the vote”"),
}
# fmt: on


@pytest.mark.parametrize("name", rows_and_gaps(MODEL_ROWS, MODEL_GAPS))
@pytest.mark.parametrize("attributions", ["speech", "all"])
def test_frame_speaker_on_the_models(extractors: dict[str, Extractor], name: str, attributions: str) -> None:
    text, expected = row_or_gap(MODEL_ROWS, MODEL_GAPS, name)
    chosen = extractors[attributions]
    assert mention_and_rule(chosen, text) == expected
